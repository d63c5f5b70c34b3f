"""The user's language on screen: the Qt translators, switched live.

Source strings are English. For a language every compiled ``veldwerk*_<lang>.qm`` (the shell's
and the tabs') is installed; English has one only for its plural forms (``%n``). Dutch also gets
Qt's own ``qtbase_nl.qm`` so standard buttons and dialogs speak Dutch too. Installing or removing
a translator makes Qt send every widget a LanguageChange event; each screen retranslates itself
in `changeEvent`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from veldwerk import assets

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")


def normalise(lang: str | None, fallback: str = "en") -> str:
    """ "nl" or "en" from a setting or locale name; `fallback` when unknown or empty."""
    if not lang:
        return fallback
    return "nl" if lang.strip().lower().startswith("nl") else "en"


class Translations:
    """The translators installed on the application, for one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self._data: list[bytes] = []  # a translator reads from these bytes: keep them alive
        self._lang: str | None = None  # None: nothing installed yet

    @property
    def lang(self) -> str:
        return self._lang or "en"

    def install(self, lang: str) -> None:
        """Show the program in `lang`; a no-op when it already is."""
        lang = normalise(lang)
        if lang == self._lang:
            return
        removed = bool(self._installed)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        self._data = []
        self._lang = lang
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
            )
        )
        if lang != "en":
            qt = QTranslator()
            path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", path):
                self._add(qt)
        # English is the source language; its file holds only the plural forms (%n)
        for name, data in assets.translation_data(lang):
            translator = QTranslator()
            if translator.load(data):
                self._data.append(data)
                self._add(translator)
            else:
                log.warning("translation file %s could not be loaded", name)
        if not self._installed:
            if lang != "en":
                log.warning(
                    "no compiled translations for %s; run scripts/build_translations.py", lang
                )
            if not removed:  # Qt sent no LanguageChange: nothing was installed or removed
                self._send_change()

    def uninstall(self) -> None:
        """Take this object's translators out of the application (when its session ends), so
        they never outlive it waiting for the garbage collector."""
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        self._installed = []
        self._data = []
        self._lang = None

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    @staticmethod
    def _send_change() -> None:
        """Tell every screen to retranslate, when Qt did not (no translator changed)."""
        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
