"""Translations: Qt's own and the app's (``resources/translations/votingapp_<locale>.qm``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


def resource_dir() -> Path:
    """The ``resources`` folder, from a checkout or from a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load the translations for ``locale`` (default: the system's) that exist; the source strings are English."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("votingapp", str(resource_dir() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
