"""The fit checks themselves catch what they are for (offscreen, no real display needed): a squeezed label,
a button narrower than its text, a list row cut by the list's edge, an Alt letter used twice, an Alt letter
that a second shortcut took away from its button."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from tests.display.fit import fit_problems, mnemonic_problems

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support \w+\(\)")


def window_with(qtbot, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_label_narrower_than_its_text_is_reported(qtbot):
    label = QLabel("Repairs to the old swimming pool on Mill Road")
    label.setAccessibleName("Option")
    window = window_with(qtbot, label)
    assert not fit_problems(window)
    label.setFixedWidth(60)
    problems = fit_problems(window)
    assert any("QLabel 'Option'" in p and "Mill Road" in p for p in problems), problems


def test_a_wrapped_label_with_too_little_height_is_reported(qtbot):
    label = QLabel("one two three four five six seven eight nine ten eleven twelve")
    label.setWordWrap(True)
    window = window_with(qtbot, label)
    label.setFixedSize(60, 20)
    assert any("lines cut" in p for p in fit_problems(window))


def test_a_button_narrower_than_its_text_is_reported(qtbot):
    button = QPushButton("Export the election record…")
    window = window_with(qtbot, button)
    assert not fit_problems(window)
    button.setFixedWidth(50)
    assert any("Export the election record" in p for p in fit_problems(window))


def test_a_list_row_past_the_lists_edge_is_reported(qtbot):
    rows = QListWidget()
    rows.addItem("Desk 3 — school hall — fingerprint 2fe8-99df-a337-0aa1")
    window = window_with(qtbot, rows)
    rows.setFixedWidth(120)
    assert any("row 1" in p and "2fe8-99df" in p for p in fit_problems(window))


def test_an_alt_letter_used_twice_is_reported(qtbot):
    window = window_with(qtbot, QPushButton("&Registration desk"), QPushButton("Export the election &record"))
    problems = mnemonic_problems(window, press=False)
    assert any(p.startswith("Alt+R is used 2 times") for p in problems), problems


def test_an_alt_letter_taken_by_another_shortcut_is_reported(qtbot):
    booth = QPushButton("Voting &booth")
    results = QPushButton("R&esults")
    holder = QWidget()
    QHBoxLayout(holder).addWidget(results)
    window = window_with(qtbot, booth, holder)
    qtbot.waitActive(window)
    assert mnemonic_problems(window) == []
    booth.setShortcut(QKeySequence("Ctrl+2"))  # replaces Alt+B: the underline lies (the main window's old bug)
    problems = mnemonic_problems(window)
    assert any(p.startswith("Alt+B should trigger") and "reached nothing" in p for p in problems), problems
    assert not any("Alt+E" in p for p in problems), problems


def test_status_rows_squeezed_by_a_small_window_are_reported(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    form = QFormLayout(box)
    for name in ("Election", "Connected stations", "Blocks", "Turnout"):
        value = QLabel(f"{name}: a value that wraps over a few lines when the window is narrow")
        value.setWordWrap(True)
        form.addRow(name + ":", value)
    box.show()
    qtbot.waitExposed(box)
    assert not fit_problems(box)
    box.setFixedSize(220, 60)  # a window smaller than its layout needs: Qt squeezes the rows
    qtbot.wait(10)
    problems = fit_problems(box)
    assert any("Turnout" in p and ("lines cut" in p or "overlap" in p) for p in problems), problems
