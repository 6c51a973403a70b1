"""The station's language: switching the whole app between the shipped languages."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.gui.conftest import new_election
from tests.gui.test_app import sigterm_once_logged
from votingapp.gui.language_choice import LanguageMenu, LanguagePicker, save_station_language, station_language
from votingapp.gui.translations import LANGUAGES, UnknownLanguage, current_language, system_language, use_language
from votingapp.store.datadir import DataDir


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "en")


def test_the_shipped_languages_are_named_in_their_own_language() -> None:
    assert LANGUAGES == {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
    assert list(LANGUAGES) == ["en", "fr", "es", "ar"]


def test_arabic_lays_the_app_out_right_to_left_and_the_others_left_to_right(app: QApplication) -> None:
    for code in LANGUAGES:
        use_language(app, code)
        expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        assert app.layoutDirection() == expected, code
        assert current_language(app) == code


def test_switching_language_replaces_the_translators_instead_of_stacking_them(app: QApplication) -> None:
    for code in ("fr", "es", "ar", "fr"):
        use_language(app, code)
    # Qt's own translation and the app's: two, whatever came before.
    assert len(app.findChildren(QTranslator, "votingappTranslator")) == 2
    use_language(app, "en")
    assert app.findChildren(QTranslator, "votingappTranslator") == []


def test_qts_own_strings_follow_the_language(app: QApplication) -> None:
    use_language(app, "fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    use_language(app, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_an_unknown_language_is_refused_and_nothing_changes(app: QApplication) -> None:
    use_language(app, "es")
    with pytest.raises(UnknownLanguage, match="unknown language 'de'"):
        use_language(app, "de")
    assert current_language(app) == "es"
    assert len(app.findChildren(QTranslator, "votingappTranslator")) >= 1


def test_the_station_language_is_kept_in_its_settings_and_the_systems_by_default(tmp_path) -> None:
    data_dir = DataDir(tmp_path / "desk")
    assert station_language(data_dir) == system_language()
    save_station_language(data_dir, "es")
    assert station_language(data_dir) == "es"
    assert json.loads(data_dir.config_path.read_text(encoding="utf-8"))["language"] == "es"
    data_dir.save_config({**data_dir.config(), "language": "klingon"})  # edited by hand: not a shipped language
    assert station_language(data_dir) == system_language()


def test_the_language_menu_switches_the_station_and_keeps_its_choice(qtbot, app: QApplication, tmp_path) -> None:
    data_dir = DataDir(tmp_path / "desk")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(data_dir, window)
    window.menuBar().addMenu(menu)
    assert [action.text() for action in menu.actions()] == list(LANGUAGES.values())
    assert menu.language_actions["en"].isChecked()
    menu.language_actions["fr"].trigger()
    assert current_language(app) == "fr" and station_language(data_dir) == "fr"
    assert menu.title() == "&Langue" and menu.language_actions["fr"].isChecked()
    assert [action.text() for action in menu.actions()] == list(LANGUAGES.values())  # names stay in their own
    assert not menu.choose("xx") and current_language(app) == "fr"


def test_the_wizard_list_switches_at_once_and_keeps_the_choice(qtbot, app: QApplication, tmp_path) -> None:
    data_dir = DataDir(tmp_path / "new")
    picker = LanguagePicker(data_dir)
    qtbot.addWidget(picker)
    assert picker.currentText() == "English" and picker.count() == len(LANGUAGES)
    picker.setCurrentIndex(picker.findData("ar"))
    assert current_language(app) == "ar" and app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert station_language(data_dir) == "ar"
    assert picker.accessibleName() == "لغة هذه المحطة"


def test_the_app_starts_in_the_language_kept_in_the_stations_settings(tmp_path) -> None:
    data_dir = new_election(tmp_path / "desk")
    save_station_language(data_dir, "ar")
    text = sigterm_once_logged(data_dir.path, "node started", "--listen", "127.0.0.1:0")
    assert "the station's language: ar" in text and "Traceback" not in text
