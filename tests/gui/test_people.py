"""For people: keyboard alone, an accessible name on every control, text that scales with the system font."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.gui.conftest import info_of
from votingapp.gui.admit_dialog import AdmitDialog
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.kiosk import CodeDialog
from votingapp.gui.main_window import MainWindow
from votingapp.gui.registration_window import RegistrationWindow
from votingapp.gui.wizard import SetupWizard
from votingapp.node.queries import WaitingStation
from votingapp.store.datadir import DataDir

CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QPlainTextEdit, QAbstractSpinBox, QChartView)


def unnamed_controls(window: QWidget) -> list[str]:
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        if type(widget).__name__ == "QTableCornerButton":
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_control_of_every_window_has_an_accessible_name(qtbot, authority, tmp_path):
    main = MainWindow(authority, info_of(authority))
    qtbot.addWidget(main)
    windows = [main, main.open_registration(), main.open_ballot(), main.open_results(), main.open_explorer(),
               SetupWizard(DataDir(tmp_path / "new")), CodeDialog(main, confirm=True),
               AdmitDialog([WaitingStation("00" * 32, "Desk 2", "0000-0000-0000-0000")], main)]
    for window in windows[5:]:
        qtbot.addWidget(window)
    for window in windows:
        assert unnamed_controls(window) == [], type(window).__name__
        assert window.accessibleName(), type(window).__name__


def press(qtbot, key, text: str = "") -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, key)


def test_registration_and_ballot_need_only_the_keyboard(qtbot, authority):
    info = info_of(authority)
    desk = RegistrationWindow(authority.bridge, info)
    qtbot.addWidget(desk)
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.register_button, timeout=2000)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.registrations == 1, timeout=5000)
    voter_id = desk.voter_id or ""  # the label shows it in two lines
    desk.close()

    booth = BallotWindow(authority.bridge, info)
    qtbot.addWidget(booth)
    booth.show()
    booth.activateWindow()
    flow = booth.flow
    qtbot.waitUntil(lambda: QApplication.focusWidget() is flow.id_edit, timeout=2000)
    press(qtbot, None, voter_id.lower().replace("-", ""))  # typed without dashes, in lower case
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.choice_page, timeout=5000)
    press(qtbot, Qt.Key.Key_Down)  # arrows move between the options, Return takes the one in focus
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is flow.option_buttons[2]
    press(qtbot, Qt.Key.Key_Return)
    assert flow.pages.currentWidget() is flow.review_page and flow.review_choice.text() == "Carol"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.pages.currentWidget() is flow.receipt_page, timeout=5000)
    with qtbot.waitSignal(booth.reset_done):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is booth.flow.id_edit, timeout=2000)


def test_text_scales_with_the_system_font(qtbot, authority):
    app = QApplication.instance()
    original = QFont(app.font())
    info = info_of(authority)
    try:
        small = BallotWindow(authority.bridge, info)
        qtbot.addWidget(small)
        big_font = QFont(original)
        big_font.setPointSizeF(original.pointSizeF() * 2)
        app.setFont(big_font)
        big = BallotWindow(authority.bridge, info)
        qtbot.addWidget(big)
        ratio = big.flow.option_buttons[0].font().pointSizeF() / small.flow.option_buttons[0].font().pointSizeF()
        assert abs(ratio - 2) < 0.01
        assert big.flow.id_edit.font().pointSizeF() > small.flow.id_edit.font().pointSizeF()
    finally:
        app.setFont(original)
