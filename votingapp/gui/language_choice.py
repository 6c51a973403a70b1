"""The station's language: kept in the data dir's settings, applied at start, chosen in the setup wizard (a
list on its first page) and in the main window (a Language menu).

Each language is offered by its name in that language, so that whoever reads it finds it whatever the
app shows now. The voter's language in the booth is another matter (``ballot_flow.choose_language``): it
lasts one visit, and the booth returns to the station's language after it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QWidget

from votingapp.gui.translations import LANGUAGES, current_language, system_language, use_language
from votingapp.store.datadir import DataDir

log = logging.getLogger(__name__)
SETTING = "language"


def station_language(data_dir: DataDir) -> str:
    """The language kept in the station's settings; the system's (or English) when none or an unknown one is."""
    code = data_dir.config().get(SETTING)
    return code if isinstance(code, str) and code in LANGUAGES else system_language()


def save_station_language(data_dir: DataDir, code: str) -> None:
    """Keep ``code`` as the station's language (no write when it already is)."""
    config = data_dir.config()
    if config.get(SETTING) != code:
        config[SETTING] = code
        data_dir.save_config(config)


def choose_station_language(data_dir: DataDir, code: str) -> bool:
    """Switch the app to ``code`` and keep it for the next start; False (nothing changed) when it is unknown."""
    app = QApplication.instance()
    if code not in LANGUAGES or not isinstance(app, QApplication):
        return False
    try:
        save_station_language(data_dir, code)
    except OSError as exc:  # the switch still happens; the next start uses the system's language
        log.warning("the station's language could not be kept in %s: %s", data_dir.config_path, exc)
    if current_language(app) != code:
        use_language(app, code)
    return True


def _app_language() -> str:
    app = QApplication.instance()
    return current_language(app) if isinstance(app, QApplication) else "en"


class LanguageMenu(QMenu):
    """The main window's Language menu: one checked entry per shipped language, named in its own language."""

    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self.group.triggered.connect(self._chosen)
        self.aboutToShow.connect(self._show_current)
        self._show_current()

    @Slot()
    def _show_current(self) -> None:
        action = self.language_actions.get(_app_language())
        if action is not None:
            action.setChecked(True)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        self.choose(str(action.data()))

    def choose(self, code: str) -> bool:
        """Switch the station to ``code`` (as the menu entry does)."""
        chosen = choose_station_language(self.data_dir, code)
        self._show_current()
        return chosen


class LanguagePicker(QComboBox):
    """The setup wizard's list of languages (first page): choosing one switches the wizard at once."""

    def __init__(self, data_dir: DataDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setAccessibleName(self.tr("Language of this station"))
        self.view().setAccessibleName(self.tr("Language of this station"))
        self.setCurrentIndex(max(0, self.findData(_app_language())))
        self.currentIndexChanged.connect(self._chosen)

    @Slot(int)
    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if isinstance(code, str):
            choose_station_language(self.data_dir, code)
