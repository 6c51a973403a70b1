"""Every window and page in each shipped language: no text left in English (names the election defines apart).

A text is untranslated when it is one of the app's English source strings (or a formatted one) that the
language translates differently, or when it reads as an English sentence (a core message shown raw).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
    QWizard,
)

from tests.gui.conftest import info_of
from tests.gui.test_secret_ballot import WAIT, secret_station
from votingapp.election.setup import create_election
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.kiosk import CodeDialog, KioskWindow, UnlockCode
from votingapp.gui.main_window import MainWindow
from votingapp.gui.translations import LANGUAGES, translations_dir, use_language
from votingapp.gui.wizard import SetupWizard
from votingapp.store.datadir import DataDir
from votingapp.store.qm import FIELD, catalog, pattern

SHIPPED = [code for code in LANGUAGES if code != "en"]
ENGLISH_WORDS = re.compile(r"\b(the|is|was|not|and|of|this|with|your|are|has|have|been|could|cannot|does|will)\b")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "en")


def texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(widget, text) of every text a person sees or hears (screen readers speak accessible names)."""
    for widget in (window, *window.findChildren(QWidget)):
        where = f"{type(window).__name__}/{type(widget).__name__}:{widget.objectName()}"
        yield where, widget.windowTitle() if widget.isWindow() else ""
        yield where, widget.accessibleName()
        yield where, widget.toolTip()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            yield where, widget.placeholderText()
        if isinstance(widget, QListWidget):
            yield from ((where, widget.item(row).text()) for row in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield where, header.text() if header is not None else ""
        if isinstance(widget, QWizard):
            yield from ((where, page.title()) for page in map(widget.page, widget.pageIds()))


class Untranslated:
    """Recognises English in a window switched to ``language``."""

    def __init__(self, language: str, keep: set[str]) -> None:
        folder = str(translations_dir())
        english, local = catalog("en", folder), catalog(language, folder)
        said = set(local.translations.values())
        # English sources that this language words differently (not "OK", "Option", "{title} — {station}").
        self.sources = {source for (context, source), text in local.translations.items() if text != source} - said
        self.patterns = [pattern(source) for source in self.sources if FIELD.search(source)]
        self.local_patterns = [compiled for compiled, _, _ in local.patterns]
        self.said = said
        self.keep = keep
        assert english.translations

    def __call__(self, text: str) -> bool:
        text = text.strip()
        if text.endswith(":") and text[:-1] not in self.keep and self(text[:-1]):
            return True  # a form's label
        if not text or text in self.keep or text in self.said:
            return False
        if text in self.sources:
            return True
        if any(p.match(text) for p in self.local_patterns):
            return False
        if any(p.match(text) for p in self.patterns):
            return True
        return len(ENGLISH_WORDS.findall(text.replace("votingapp verify RECORD --report THIS.pdf", ""))) >= 2


def english_in(windows: list[QWidget], language: str, keep: set[str]) -> list[tuple[str, str]]:
    untranslated = Untranslated(language, keep)
    return [(where, text) for window in windows for where, text in texts(window) if untranslated(text)]


def test_the_main_window_and_every_window_it_opens_are_wholly_translated(qtbot, app, authority):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
    windows: list[QWidget] = [window, window.open_registration(), window.open_ballot(), window.open_results(),
                              window.open_explorer(), AdmitDialog((), window), CodeDialog(window, confirm=True),
                              KioskWindow(window.bridge, window.info, UnlockCode("9753"))]
    for extra in windows[-3:]:
        qtbot.addWidget(extra)
    info = window.info
    keep = {info.title, info.station_name, *info.options}
    assert english_in(windows, "fr", keep), "the check must see English before the switch"
    for code in SHIPPED:
        use_language(app, code)
        window.refresh()
        qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
        qtbot.wait(200)  # the status labels are redrawn from the node's next answer
        found = english_in(windows, code, keep)
        assert not found, f"{code}: {len(found)} untranslated: {found[:6]}"


def test_every_page_of_the_setup_wizard_is_wholly_translated(qtbot, app, tmp_path: Path):
    wizard = SetupWizard(DataDir(tmp_path / "new"), None)
    qtbot.addWidget(wizard)
    wizard.show()
    for code in SHIPPED:
        use_language(app, code)
        qtbot.wait(10)
        found = english_in([wizard], code, set())
        assert not found, f"{code}: {len(found)} untranslated: {found[:6]}"


def test_a_window_switched_back_to_english_is_english_again(qtbot, app, authority):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    before = sorted(text for _, text in texts(window) if text)
    use_language(app, "ar")
    assert sorted(text for _, text in texts(window) if text) != before
    use_language(app, "en")
    after = sorted(text for _, text in texts(window) if text)
    assert after == before


def test_the_election_names_stay_as_the_election_defines_them(qtbot, app, tmp_path: Path, start_station):
    # An election whose options happen to be words the app translates.
    data_dir = DataDir(tmp_path / "desk")
    create_election(data_dir, "Connected stations", ["Cancel", "Admit", "Blocks"], [], difficulty=6,
                    results="live", name="Election authority")
    station = start_station(data_dir)
    window = MainWindow(station, info_of(station))
    qtbot.addWidget(window)
    booth = window.open_ballot()
    use_language(app, "fr")
    shown = [text for _, text in texts(booth)]
    for option in ("Cancel", "Admit", "Blocks"):
        assert any(option in text for text in shown), option
    main = {text for _, text in texts(window)}
    assert "Connected stations" in main  # the election's title, although the window says those words too
    assert "Postes connectés" in main  # ... and translates them where they are its own
    qtbot.wait(300)  # the booth's deferred fit check (ballot_flow._check_fit) runs before the windows go


def test_the_main_windows_language_menu_switches_every_window_and_keeps_the_choice(qtbot, app, authority):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    window.show()
    desk = window.open_registration()
    assert window.language_menu in [action.menu() for action in window.menuBar().actions()]
    assert window.language_menu.choose("es")
    assert json.loads(authority.data_dir.config_path.read_text(encoding="utf-8"))["language"] == "es"
    assert desk.windowTitle().startswith("Mesa de inscripción")
    assert not english_in([window, desk], "es", {window.info.title, window.info.station_name})


def test_a_secret_elections_windows_are_wholly_translated_too(qtbot, app, tmp_path, start_station):
    station, complete = secret_station(tmp_path, start_station)
    qtbot.waitUntil(complete, timeout=WAIT)
    window = MainWindow(station, info_of(station))
    qtbot.addWidget(window)
    window.show()
    windows: list[QWidget] = [window, window.open_results(), window.open_ballot()]
    info = window.info
    keep = {info.title, info.station_name, *info.options, *info.trustees}
    for code in SHIPPED:
        use_language(app, code)
        window.refresh()
        qtbot.wait(300)  # the node's next answers redraw the status and the sealed results
        found = english_in(windows, code, keep)
        assert not found, f"{code}: {len(found)} untranslated: {found[:6]}"
