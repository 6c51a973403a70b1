"""Windows that fit the screen they open on: at their natural size where there is room, no larger than the
screen's free area (at 200 % text a 1366×768 laptop has 683×384 of it), and wholly on it.

A window's content goes in a :class:`FittingScrollArea`: its size hint is the whole content (not Qt's bound
of 24 lines), its minimum is small, so the window asks for what it needs and scrolls only on a small screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's border and title bar, before the window is framed
MIN_VIEW = QSize(120, 48)


class FittingScrollArea(QScrollArea):
    """Scrolls up and down only when the screen is too small for the whole content; never across."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        width = hint.width() + self.verticalScrollBar().sizeHint().width()
        height = content.heightForWidth(hint.width()) if content.hasHeightForWidth() else hint.height()
        return QSize(width, max(height, hint.height()))

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return MIN_VIEW
        # As wide as the content's narrowest (no scrolling across), as short as a few lines.
        return QSize(content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width(),
                     MIN_VIEW.height())


def place_on_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Give ``window`` its wanted size (default: its size hint), cut to the screen's free area less the window
    manager's frame, and move it so that the whole frame is on that screen (X window managers place the
    window's inside where it is moved to, and draw the title bar above it)."""
    area = window.screen().availableGeometry()
    size = (wanted or window.sizeHint()).expandedTo(window.minimumSizeHint())
    room = QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())
    size = size.boundedTo(room)
    window.resize(size)
    side, top = FRAME_ALLOWANCE.width() // 2, FRAME_ALLOWANCE.height() // 2
    x = area.x() + side + max(0, (room.width() - size.width()) // 2)
    y = area.y() + top + max(0, (room.height() - size.height()) // 2)
    window.move(x, y)


def grow_to_content(window: QWidget, area: QScrollArea) -> None:
    """Make ``window`` taller when the content of ``area`` grew (wrapped lines, a label shown later), as far as
    the screen allows: beyond that it scrolls."""
    content = area.widget()
    if content is None or not window.isVisible():
        return
    viewport = area.viewport()
    need = content.heightForWidth(viewport.width()) if content.hasHeightForWidth() else content.sizeHint().height()
    frame = window.frameGeometry().height() - window.height()  # the title bar, once the window manager framed it
    room = window.screen().availableGeometry().height() - window.height() - (frame or FRAME_ALLOWANCE.height())
    grow = min(need - viewport.height(), room)
    if grow > 0:
        window.resize(window.width(), window.height() + grow)
        keep_on_screen(window)
        QTimer.singleShot(250, window, lambda: keep_on_screen(window))  # once the window manager framed it


def keep_on_screen(window: QWidget) -> None:
    """After the window manager framed the window: move it back inside the screen's free area if it sticks out."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    x = min(max(frame.x(), area.x()), area.x() + max(0, area.width() - frame.width()))
    y = min(max(frame.y(), area.y()), area.y() + max(0, area.height() - frame.height()))
    window.move(x, y)
