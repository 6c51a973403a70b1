"""Kiosk mode: full screen, locked to the poll worker's code, and nothing of a voter survives the reset."""

from __future__ import annotations

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget

from tests.gui.conftest import info_of
from votingapp.gui.kiosk import KioskWindow, UnlockCode


def open_kiosk(qtbot, station) -> KioskWindow:
    kiosk = KioskWindow(station.bridge, info_of(station), UnlockCode("2468"))
    qtbot.addWidget(kiosk)
    kiosk.start()
    return kiosk


def vote_in(qtbot, kiosk, voter_id, option_key):
    flow = kiosk.flow
    qtbot.keyClicks(flow.id_edit, voter_id)
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.choice_page, timeout=5000)
    qtbot.keyClick(flow.pages.currentWidget(), option_key)
    qtbot.keyClick(flow.pages.currentWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(flow.cast_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.receipt_page, timeout=5000)
    return flow.receipt_label.text()


def every_text(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLineEdit)]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.windowTitle() for w in widget.findChildren(QWidget)]
    return texts


def test_the_kiosk_is_full_screen_and_cannot_be_closed_without_the_code(qtbot, authority):
    kiosk = open_kiosk(qtbot, authority)
    assert kiosk.isFullScreen()
    assert kiosk.windowModality() == Qt.WindowModality.ApplicationModal
    kiosk.close()
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk.flow.id_edit, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    assert not kiosk.unlock("1111")
    assert kiosk.isVisible()
    kiosk.showNormal()  # as a window manager's key would: the kiosk goes back to full screen
    qtbot.waitUntil(kiosk.isFullScreen, timeout=2000)
    with qtbot.waitSignal(kiosk.unlocked):
        assert kiosk.unlock("2468")
    assert not kiosk.isVisible()


def test_after_a_voter_nothing_of_them_stays_in_any_widget(qtbot, authority):
    voter_id, _ = authority.node.call(authority.node.register)
    kiosk = open_kiosk(qtbot, authority)
    old_flow = kiosk.flow
    receipt = vote_in(qtbot, kiosk, voter_id, Qt.Key.Key_3)
    assert receipt
    with qtbot.waitSignal(kiosk.reset_done):
        qtbot.keyClick(old_flow.finish_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_flow), timeout=2000)
    compact_id, compact_receipt = voter_id.replace("-", ""), receipt.replace(" ", "")
    for text in every_text(kiosk):
        flat = text.replace("-", "").replace(" ", "")
        assert compact_id not in flat
        assert compact_receipt[:16] not in flat
        assert "Carol" not in text
    assert not any(b.isChecked() for b in kiosk.findChildren(QRadioButton))
    assert kiosk.flow.pages.currentWidget() is kiosk.flow.entry_page
    assert not kiosk.flow.id_edit.isUndoAvailable()
    assert all(voter_id not in repr(v) for v in vars(kiosk).values())
    kiosk.unlock("2468")


def test_the_receipt_screen_clears_itself(qtbot, authority, monkeypatch):
    from votingapp.gui import ballot_flow

    monkeypatch.setattr(ballot_flow, "RECEIPT_SECONDS", 1)
    voter_id, _ = authority.node.call(authority.node.register)
    kiosk = open_kiosk(qtbot, authority)
    vote_in(qtbot, kiosk, voter_id, Qt.Key.Key_1)
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        pass
    assert kiosk.flow.pages.currentWidget() is kiosk.flow.entry_page
    kiosk.unlock("2468")


def test_a_voter_who_walks_away_is_forgotten(qtbot, authority):
    kiosk = KioskWindow(authority.bridge, info_of(authority), UnlockCode("2468"), idle_seconds=1)
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.keyClicks(kiosk.flow.id_edit, "ABCD")
    with qtbot.waitSignal(kiosk.reset_done, timeout=5000):
        pass
    assert kiosk.flow.id_edit.text() == ""
    kiosk.unlock("2468")
