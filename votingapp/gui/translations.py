"""Translations: Qt's own and the app's (``resources/translations/votingapp_<code>.qm``), and switching between them.

The source strings are English. ``LANGUAGES`` lists the shipped languages, each named in its own language
(that is how a voter or a poll worker finds theirs). ``use_language`` switches the whole app: Qt then sends
a LanguageChange event to every widget, and windows that build their text once retranslate on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from votingapp.gui.retranslate import Retranslator
from votingapp.store.qm import catalog, resources_dir
from votingapp.store.qm import translations_dir as _translations_dir

#: The shipped languages, in the order they are offered: code -> name in its own language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})
_LANGUAGE_PROPERTY = "votingappLanguage"
_TRANSLATOR_NAME = "votingappTranslator"


class UnknownLanguage(ValueError):
    """A language code that the app does not ship."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown language {code!r}: use one of {', '.join(LANGUAGES)}")
        self.code = code


def ltr(text: str) -> str:
    """``text`` kept left to right inside a sentence of any direction (ids, hashes, codes, paths, numbers).

    The Unicode isolates LRI ... PDI: in an Arabic sentence a voter_id or a path still reads left to right,
    and the sentence around it is not reordered by it.
    """
    return f"\u2066{text}\u2069"


def resource_dir() -> Path:
    """The ``resources`` folder, from a checkout or from a PyInstaller bundle."""
    return resources_dir()


def translations_dir() -> Path:
    """The folder of the app's ``.ts`` sources and compiled ``.qm`` files."""
    return _translations_dir()


def _load(app: QApplication, locale: QLocale) -> list[QTranslator]:
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("votingapp", str(translations_dir())),
    ):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def _remove_translators(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def use_language(app: QApplication, code: str) -> None:
    """Switch the app to ``code`` (a key of ``LANGUAGES``): the translators and the layout direction.

    The translators installed before (by this function or ``install_translators``) are removed first.
    Arabic lays out right to left; every other language left to right.
    """
    if code not in LANGUAGES:
        raise UnknownLanguage(code)
    before = current_language(app)
    _remove_translators(app)
    if code != SOURCE_LANGUAGE:
        _load(app, QLocale(code))
    app.setProperty(_LANGUAGE_PROPERTY, code)
    direction = Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    app.setLayoutDirection(direction)
    if before != code:
        retranslate_windows(app, before, code)


def election_names(windows: list[QWidget]) -> set[str]:
    """The texts the election defines (title, options, station names), found on the windows' ``info``."""
    names: set[str] = set()
    for window in windows:
        for holder in (window, *window.findChildren(QObject)):
            info = getattr(holder, "info", None)
            if info is None or not hasattr(info, "options"):
                continue
            names.update((str(info.title), str(info.station_name), *map(str, info.options),
                          *map(str, getattr(info, "trustees", ()))))
    return names


def retranslate_windows(app: QApplication, old: str, new: str) -> int:
    """Put the texts the open windows built once into ``new`` (see ``retranslate.py``); how many changed."""
    folder = str(translations_dir())
    # Hidden ones too (the main window shows its windows again), after the visible ones: the walk is bounded.
    windows = sorted(app.topLevelWidgets(), key=lambda window: window.isHidden())
    shown = [window for window in windows if not window.isHidden()]
    retranslator = Retranslator(catalog(old, folder), catalog(new, folder), keep=election_names(shown or windows))
    return retranslator.windows(windows)


def current_language(app: QCoreApplication | None) -> str:
    """The code last given to ``use_language`` (English when none was, or when there is no application)."""
    code = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return code if isinstance(code, str) and code in LANGUAGES else SOURCE_LANGUAGE


def system_language() -> str:
    """The shipped language of the system's locale, English when the system's is not shipped."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the translations for ``locale`` (default: the system's) that exist; the source strings are English."""
    _remove_translators(app)
    return _load(app, locale or QLocale.system())
