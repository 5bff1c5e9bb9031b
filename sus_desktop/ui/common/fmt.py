"""The screens' only formatting of their own: the translatable ahead/behind text. Every
number, time and date is formatted by the core's `sus_desktop.core.danish`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

_DA = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def locale() -> QLocale:
    """The Danish locale for Qt's own editors (date and time pickers)."""
    return _DA


def behind(seconds: float) -> str:
    """'3 min bagud' / '2 min foran' / 'Til tiden' (within half a minute)."""
    mins = int(round(abs(seconds) / 60.0))
    if mins == 0:
        return QCoreApplication.translate("fmt", "Til tiden")
    if seconds > 0:
        return QCoreApplication.translate("fmt", "%n min bagud").replace("%n", str(mins))
    return QCoreApplication.translate("fmt", "%n min foran").replace("%n", str(mins))
