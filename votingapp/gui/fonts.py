"""Fonts relative to the system font, so that every text scales with the user's setting."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget


def scaled(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    """The widget's font at ``factor`` times the system size."""
    font = QFont(widget.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    font.setBold(bold)
    return font


def monospace(widget: QWidget, factor: float = 1.0) -> QFont:
    """A fixed-width font (voter ids, receipts, hashes) at ``factor`` times the system size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor)
    return font


def enlarge(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Set the widget's font to ``factor`` times the system size."""
    widget.setFont(scaled(widget, factor, bold))
