"""Languages: Spanish is the source language of every string; English comes from a .qm.

Strings are written in Spanish in the code (`self.tr("Expedientes")`), so the app speaks
Spanish even if no translation loads; `resources/translations/shelter_desk_en.qm` turns
it into English. Widgets re-read their texts on `QEvent.LanguageChange`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from shelter_desk.paths import resources_dir

LANGUAGES = {"es": "Español", "en": "English"}
DEFAULT_LANGUAGE = "es"

_installed: list[QTranslator] = []


def translations_dir():  # type: ignore[no-untyped-def]
    return resources_dir() / "translations"


def set_language(language: str) -> bool:
    """Install the translator for `language` (replacing the last one); False if missing."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish if language == "es"
                               else QLocale.Language.English, QLocale.Country.Mexico
                               if language == "es" else QLocale.Country.UnitedStates))
    # Qt's own words (OK, Cancel, the file and print dialogs) in the same language.
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                          .TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    translator = QTranslator(app)
    loaded = translator.load(str(translations_dir() / f"shelter_desk_{language}.qm"))
    if loaded:
        app.installTranslator(translator)
        _installed.append(translator)
    return loaded or language == "es"


def current_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "es"


class Retranslating:
    """Mixin for widgets: `retranslate()` sets every visible text and runs again on a
    language change. Put it before the Qt class in the bases."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
