"""The station's language: switching the whole app between the shipped languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from votingapp.gui.translations import LANGUAGES, UnknownLanguage, current_language, use_language


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
