"""Danish display formats: clock times "13.05", dates "13. marts 2025", countdowns "24:59".

Clock times and dates come from QLocale("da_DK"), which carries its own CLDR data and does
not depend on the machine's locale.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

_DA = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def tr(text: str) -> str:
    return QCoreApplication.translate("fmt", text)


def locale() -> QLocale:
    return _DA


def clock(epoch: float) -> str:
    """Epoch seconds -> local clock time '13.05'."""
    dt = datetime.fromtimestamp(epoch)
    return _DA.toString(QTime(dt.hour, dt.minute), "HH.mm")


def hhmm(text: str) -> str:
    """'13:05' -> '13.05' (as typed times are shown)."""
    return text.replace(":", ".") if text else ""


def date(iso: str) -> str:
    """'2025-03-13' -> '13. marts 2025'; unparseable text is shown as it is."""
    d = QDate.fromString(iso or "", "yyyy-MM-dd")
    return _DA.toString(d, "d. MMMM yyyy") if d.isValid() else (iso or "")


def datetime_short(epoch: float) -> str:
    qdt = QDateTime.fromSecsSinceEpoch(int(epoch))
    return _DA.toString(qdt, "d. MMM yyyy HH.mm")


def countdown(seconds: float) -> str:
    """Remaining time, rounded up so a fresh 25-minute phase shows 25:00 and then 24:59."""
    s = max(0, int(math.ceil(seconds - 1e-6)))
    return _mmss(s)


def overrun(seconds: float) -> str:
    """Time past the budget, counting up: '+2:13'."""
    return "+" + _mmss(max(0, int(math.floor(seconds + 1e-6))))


def elapsed(seconds: float) -> str:
    return _mmss(max(0, int(math.floor(seconds + 1e-6))))


def _mmss(s: int) -> str:
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


def minutes(m: float) -> str:
    return str(int(m)) if float(m).is_integer() else f"{m:.1f}".replace(".", ",")


def behind(seconds: float) -> str:
    """'3 min bagud' / '2 min foran' / 'Til tiden' (within half a minute)."""
    mins = int(round(abs(seconds) / 60.0))
    if mins == 0:
        return tr("Til tiden")
    if seconds > 0:
        return tr("%n min bagud").replace("%n", str(mins))
    return tr("%n min foran").replace("%n", str(mins))
