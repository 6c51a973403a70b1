"""What a voter sees in the booth: the chosen option unmistakable (filled row and check mark; the keyboard focus
a dashed ring of another colour), the main action looking like one, errors and hints with an icon, and the
voter's text size and contrast on every page, by mouse and keyboard, reset for the next voter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import info_of
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.booth_style import BLACK_ON_WHITE, STANDARD, WHITE_ON_BLACK
from votingapp.gui.booth_widgets import OptionButton


def open_booth(qtbot, station) -> BallotWindow:
    booth = BallotWindow(station.bridge, info_of(station))
    qtbot.addWidget(booth)
    booth.show()
    return booth


def to_choice(qtbot, station, booth) -> None:
    voter_id, _ = station.node.call(station.node.register)
    flow = booth.flow
    flow.enter_voter_id(voter_id)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=5000)


def colours(image: QImage, box: tuple[int, int, int, int]) -> set[str]:
    x0, y0, x1, y1 = box
    return {image.pixelColor(x, y).name() for x in range(x0, x1) for y in range(y0, y1)}


def share(image: QImage, colour: str, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    pixels = [image.pixelColor(x, y).name() for x in range(x0, x1) for y in range(y0, y1)]
    return pixels.count(colour) / len(pixels)


def test_the_chosen_option_is_a_filled_row_with_a_check_mark_and_the_focus_a_dashed_ring(qtbot, authority):
    booth = open_booth(qtbot, authority)
    to_choice(qtbot, authority, booth)
    flow = booth.flow
    flow.select_option(1)
    chosen, other = flow.option_buttons[1], flow.option_buttons[2]
    assert isinstance(chosen, OptionButton)
    mark = chosen.fontMetrics().height()
    pad = int(mark * 0.6)
    middle = chosen.height() // 2
    mark_box = (pad, middle - mark // 2, pad + mark, middle + mark // 2)
    row_box = (chosen.width() - 40, middle - 3, chosen.width() - 20, middle + 3)  # right of any text
    for scheme, name in ((STANDARD, "standard"), (WHITE_ON_BLACK, "white_on_black"),
                         (BLACK_ON_WHITE, "black_on_white")):
        flow.settings.contrast_buttons[name].click()
        chosen.setFocus()
        image = chosen.grab().toImage()
        assert share(image, QColor(scheme.accent).name(), row_box) == 1.0, name  # the whole row is filled
        ink = share(image, QColor(scheme.accent_text).name(), mark_box)
        tick = share(image, QColor(scheme.accent).name(), mark_box)
        assert ink > 0.3 and tick > 0.05, (name, ink, tick)  # a filled circle with the tick cut out of it
        edge = colours(image, (0, 0, chosen.width(), 3))
        assert QColor(scheme.focus).name() in edge, name  # the dashed focus ring, outside the row
        plain = other.grab().toImage()
        assert share(plain, QColor(scheme.background).name(), row_box) == 1.0, name
        assert share(plain, QColor(scheme.accent_text).name(), mark_box) < 0.2 or scheme.accent_text == \
            scheme.background, name  # an empty circle
        assert QColor(scheme.focus).name() not in colours(plain, (0, 0, other.width(), 3)) or \
            scheme.focus == scheme.border, name
    # Focus alone never fills a row: the third option with the focus but not chosen stays unfilled.
    flow.settings.contrast_buttons["standard"].click()
    other.setFocus()
    focused = other.grab().toImage()
    assert share(focused, QColor(STANDARD.background).name(), row_box) == 1.0
    assert QColor(STANDARD.focus).name() in colours(focused, (0, 0, other.width(), 3))
    assert "chosen" in chosen.accessibleName() and "chosen" not in other.accessibleName()


def test_the_main_action_stands_out_from_the_other_way(qtbot, authority):
    booth = open_booth(qtbot, authority)
    to_choice(qtbot, authority, booth)
    flow = booth.flow
    flow.select_option(0)
    flow.review()
    cast, change = flow.cast_button, flow.review_page.change_button
    assert cast.font().bold() and not change.font().bold()
    assert cast.font().pointSizeF() > change.font().pointSizeF() * 1.1
    assert cast.sizeHint().height() > change.sizeHint().height()
    middle = QPoint(6, cast.height() // 2)
    assert cast.grab().toImage().pixelColor(middle).name() == QColor(STANDARD.accent).name()
    assert change.grab().toImage().pixelColor(QPoint(6, change.height() // 2)).name() == \
        QColor(STANDARD.background).name()
    # To the right of "Change my choice" (left in Arabic).
    assert cast.mapTo(flow, QPoint(0, 0)).x() > change.mapTo(flow, QPoint(0, 0)).x()


def test_a_typing_mistake_shows_an_error_icon_and_a_complete_id_a_check(qtbot, authority):
    voter_id, _ = authority.node.call(authority.node.register)
    booth = open_booth(qtbot, authority)
    flow = booth.flow
    hint = flow.id_hint
    assert hint.kind() == "info" and hint.icon.isVisible()
    flow.id_edit.setText("AB!")
    assert hint.kind() == "error" and hint.icon.isVisible() and "only letters and digits" in hint.text()
    image = hint.icon.grab().toImage()
    side = min(image.width(), image.height())
    beside_the_glyph = QPoint(image.width() // 2 - side // 4, image.height() // 2)
    assert image.pixelColor(beside_the_glyph).name() == QColor(STANDARD.error).name()  # the round icon, in red
    assert hint.label.palette().color(hint.label.foregroundRole()).name() == QColor(STANDARD.error).name()
    flow.id_edit.setText(voter_id)
    assert hint.kind() == "ok" and "complete" in hint.text()


def test_text_size_and_contrast_by_mouse_and_keyboard_reset_for_the_next_voter(qtbot, authority):
    booth = open_booth(qtbot, authority)
    booth.activateWindow()
    qtbot.waitUntil(booth.isActiveWindow, timeout=2000)  # the keys are the window's shortcuts
    flow = booth.flow
    before = flow.continue_button.font().pointSizeF()
    qtbot.mouseClick(flow.settings.size_buttons[2], Qt.MouseButton.LeftButton)
    assert flow.settings.text_size() == 2
    assert flow.continue_button.font().pointSizeF() > before * 1.2 or flow.scale < 1.65  # unless the screen is full
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert flow.settings.text_size() == 0
    assert abs(flow.continue_button.font().pointSizeF() - before) < 0.01
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert flow.settings.text_size() == 1
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(flow.id_edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert flow.settings.contrast() == "white_on_black"
    background = flow.grab().toImage().pixelColor(QPoint(flow.width() - 3, flow.height() - 3)).name()
    assert background == QColor(WHITE_ON_BLACK.background).name()
    # Tab reaches each group of settings, the arrow keys choose within it.
    seen = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert set(seen) & set(flow.settings.size_buttons)
    assert set(seen) & set(flow.settings.contrast_buttons.values())
    flow.settings.size_buttons[1].setFocus()
    qtbot.keyClick(flow.settings.size_buttons[1], Qt.Key.Key_Right)
    assert flow.settings.text_size() == 2 and QApplication.focusWidget() is flow.settings.size_buttons[2]
    flow.settings.contrast_buttons["white_on_black"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert flow.settings.contrast() == "black_on_white"
    flow.finish()
    fresh = booth.flow
    assert fresh is not flow
    assert fresh.settings.text_size() == 0 and fresh.settings.contrast() == "standard"
    assert abs(fresh.continue_button.font().pointSizeF() - before) < 0.01
