"""The app's language: Danish by default, English shipped too, chosen by a setting or, when
the setting says "system", by the system locale.

The strings in the code are Danish (the source language); English comes from
resources/translations/sus_desktop_en.qm, built from the .ts beside it by
tests/tools/update_translations.py. Qt's own dialogs follow with qtbase_<lang>.qm. Labels the
Qt-free core declares (mode names) are marked there with QT_TRANSLATE_NOOP and translated
where they are shown; the core's and the store's error messages and the command line stay
Danish, for the Danish users they address.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sus_desktop.resources import resource_path

SETTING = "language"  # the key in the store's settings (ui/common/settings.py: LANGUAGE)
DANISH, ENGLISH, SYSTEM = "da", "en", "system"


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """'da' or 'en' for a setting value; the system locale decides for 'system'."""
    if choice in (DANISH, ENGLISH):
        return choice
    if choice == SYSTEM:
        lang = (system or QLocale.system()).language()
        return (
            DANISH
            if lang in (QLocale.Language.Danish, QLocale.Language.AnyLanguage, QLocale.Language.C)
            else ENGLISH
        )
    return DANISH  # no setting yet: Danish, whatever the machine says


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translators for `language` ('da' or 'en'); returns them to be kept alive."""
    if language == ENGLISH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    loaded = []
    own = QTranslator(app)
    if language != DANISH and own.load(
        f"sus_desktop_{language}", str(resource_path("translations"))
    ):
        app.installTranslator(own)
        loaded.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded
