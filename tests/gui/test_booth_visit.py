"""A voter's visit: their own language on the first page (the booth retranslates itself live, Arabic mirrors
it) and the station's again for the next voter; a warning with a countdown before an idle booth clears itself;
the kiosk's unlock code with a message for a wrong one and a lockout after three."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import info_of
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.kiosk import CodeDialog, KioskWindow, UnlockCode
from votingapp.gui.translations import LANGUAGES, current_language, use_language


class Marked(QTranslator):
    """Every source text of some contexts, marked: shows which texts were set again after a language change.
    (Qt takes the first non-null answer: one translator for all the contexts.)"""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return f"[{source}]" if context in self.contexts else None

    def isEmpty(self) -> bool:
        return False


def open_booth(qtbot, station, **kwargs) -> BallotWindow:
    booth = BallotWindow(station.bridge, info_of(station), **kwargs)
    qtbot.addWidget(booth)
    booth.show()
    return booth


def test_the_voter_picks_a_language_named_in_itself_and_the_next_voter_gets_the_stations(qtbot, authority):
    app = QApplication.instance()
    use_language(app, "en")
    booth = open_booth(qtbot, authority)
    flow = booth.flow
    buttons = flow.entry_page.language_buttons
    assert [button.text() for button in buttons.values()] == ["English", "Français", "Español", "العربية"]
    assert list(buttons) == list(LANGUAGES) and buttons["en"].isChecked()
    try:
        qtbot.mouseClick(buttons["ar"], Qt.MouseButton.LeftButton)
        assert current_language(app) == "ar" and buttons["ar"].isChecked()
        qtbot.waitUntil(flow.isRightToLeft, timeout=2000)
        voter_id, _ = authority.node.call(authority.node.register)
        flow.enter_voter_id(voter_id)
        qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=5000)
        flow.select_option(0)
        qtbot.waitUntil(lambda: flow.review_button.mapTo(flow, QPoint(0, 0)).x()
                        < flow.choice_page.back_button.mapTo(flow, QPoint(0, 0)).x(), timeout=2000)  # mirrored
        assert flow.id_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight  # an ID reads left to right
        flow.finish()
        assert current_language(app) == "en" and not booth.flow.isRightToLeft()
        assert booth.flow.entry_page.language_buttons["en"].isChecked()
    finally:
        use_language(app, "en")


def test_the_booth_retranslates_itself_live_on_a_language_change(qtbot, authority):
    app = QApplication.instance()
    booth = open_booth(qtbot, authority)
    flow = booth.flow
    flow.id_edit.setText("AB!")  # a hint that depends on what was typed is set again too
    marker = Marked("ChoicePage", "BallotFlow")
    app.installTranslator(marker)
    try:
        qtbot.waitUntil(lambda: flow.choice_page.instructions.text().startswith("[Choose one option"), timeout=2000)
        assert flow.choice_page.review_button.text() == "[&Review my choice]"
        assert flow.id_hint.text().startswith("[A voter ID has only letters and digits")
    finally:
        app.removeTranslator(marker)
    qtbot.waitUntil(lambda: flow.choice_page.instructions.text().startswith("Choose one option"), timeout=2000)


def test_an_idle_booth_warns_with_a_countdown_before_it_clears_itself(qtbot, authority):
    booth = open_booth(qtbot, authority, idle_seconds=3, warning_seconds=2)
    flow = booth.flow
    qtbot.keyClicks(flow.id_edit, "ABCD")
    qtbot.waitUntil(lambda: booth.warning_shown, timeout=3000)
    assert "Still there?" in booth.idle_warning.text() and "2 s" in booth.idle_warning.text()
    assert booth.idle_warning.kind() == "error" and booth.idle_warning.icon.isVisible()
    assert booth.rect().contains(booth.idle_warning.geometry())
    qtbot.waitUntil(lambda: "1 s" in booth.idle_warning.text(), timeout=2000)
    qtbot.mouseClick(flow.title, Qt.MouseButton.LeftButton)  # a touch anywhere keeps the voter's page
    assert not booth.warning_shown and booth.flow is flow and flow.id_edit.text() == "ABCD"
    started = time.monotonic()
    with qtbot.waitSignal(booth.reset_done, timeout=6000):
        qtbot.waitUntil(lambda: booth.warning_shown, timeout=3000)
    assert time.monotonic() - started >= 2.5  # one idle second, then the two of the warning
    assert booth.flow is not flow and booth.flow.id_edit.text() == "" and not booth.warning_shown


def test_a_wrong_unlock_code_is_said_and_three_lock_the_kiosk_for_a_while(qtbot, authority):
    kiosk = KioskWindow(authority.bridge, info_of(authority), UnlockCode("2468"), lockout_seconds=1)
    qtbot.addWidget(kiosk)
    kiosk.start()
    dialog = CodeDialog(kiosk, confirm=False, attempt=kiosk._attempt, locked_message=kiosk._locked_message)
    qtbot.addWidget(dialog)
    dialog.show()
    for left in (2, 1):
        dialog.code.setText("1111")
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
        assert dialog.problem.text() == f"Wrong code. {left} tries left before the booth locks for 1 s."
        assert dialog.code.text() == ""
    dialog.code.setText("1111")
    dialog.ok_button.click()
    assert dialog.problem.text() == "Too many wrong codes: no code is accepted for 1 s."
    assert not dialog.ok_button.isEnabled() and not dialog.code.isEnabled()
    assert not kiosk.unlock("2468")  # locked: not even the right code
    assert kiosk.isVisible()
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    assert dialog.problem.text() == "You can try again now."
    dialog.code.setText("1111")
    dialog.ok_button.click()  # the next lockout is twice as long
    assert dialog.problem.text() == "Wrong code. 2 tries left before the booth locks for 2 s."
    dialog.code.setText("2468")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert kiosk.guard.failures == 0 and kiosk.guard.rounds == 0
    with qtbot.waitSignal(kiosk.unlocked):
        assert kiosk.unlock("2468")
    assert not kiosk.isVisible()
