"""The booth on its screen: the voter's text size, shrunk (a bounded number of times) until every text of
the page shown fits the screen — on a 1366×768 laptop at 200 % system text Qt's screen is 683×384 — and a
booth window that grows to show larger text, within its screen.

Qt's estimate of a page with word-wrapped text is a little short; so after the estimate (``fit``) a check
once Qt has really laid the page out (``_check``) shrinks the text again if the page got squeezed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Slot
from PySide6.QtWidgets import QApplication, QSizePolicy, QStackedWidget, QWidget

from votingapp.gui.booth_style import apply_text_scale
from votingapp.gui.screen_fit import FRAME_ALLOWANCE

FIT_ROUNDS = 8  # halvings of the range of scales, looking for the largest that fits the screen
FIT_MARGIN = 0.97
FIT_SPARE = 0.98  # Qt's layout of word-wrapped text takes a few pixels more than its estimate
MIN_SCALE = 0.5
FRAME_WAITS = 20  # at most this many waits for the window manager's frame...
FRAME_WAIT_MS = 100  # ...this long each
LAYOUT_PASSES = 4  # a nested layout's request reaches its parent's on the next pass


class ScreenFit(QObject):
    """Fits one voter's booth (``flow``, its pages in ``pages``) to the screen of its window."""

    def __init__(self, flow: QWidget, pages: QStackedWidget) -> None:
        super().__init__(flow)
        self.flow = flow
        self.pages = pages
        self.scale = 1.0
        self.full_screen = False  # the kiosk: its window is (or is about to be) the whole screen
        self._checks_left = 0
        self._frame_waits = 0  # checks put off until the window manager has framed the window

    def fit(self, requested: float, standard: float = 1.0) -> None:
        """Set the text to ``requested`` times its standard size, less if the screen is too small for it (but
        not less than ``standard``, the smallest size the voter can choose, if that one fits)."""
        scale = requested
        apply_text_scale(self.flow, scale)
        # A window not shown yet has no screen size to fit; else the largest scale that fits, by bisection.
        if (self.flow.isVisible() or self.full_screen) and not self._fits():
            fits = MIN_SCALE
            if standard < requested:
                apply_text_scale(self.flow, standard)
                fits = standard if self._fits() else MIN_SCALE
            too_big = requested if fits > MIN_SCALE else min(requested, standard)
            for _ in range(FIT_ROUNDS):
                scale = (fits + too_big) / 2
                apply_text_scale(self.flow, scale)
                if self._fits():
                    fits = scale
                else:
                    too_big = scale
            scale = fits
            apply_text_scale(self.flow, scale)
        self.scale = scale
        self._grow_window()
        self._checks_left = FIT_ROUNDS
        self._frame_waits = FRAME_WAITS
        if self.flow.isVisible():
            QTimer.singleShot(0, self._check)

    def _fits(self) -> bool:
        needed, room = self._needed_size(), self._room() * FIT_SPARE
        return needed.width() <= room.width() and needed.height() <= room.height()

    def size_to_current_page(self) -> None:
        """Only the page shown counts for the booth's size (a stack is otherwise as big as its biggest page)."""
        current = self.pages.currentWidget()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            policy = QSizePolicy.Policy.Preferred if page is current else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    @Slot()
    def _check(self) -> None:
        """Once Qt has laid the page out for real: a page squeezed below what its texts need, or a window
        beyond its screen, gets a smaller text, a few times at most."""
        page = self.pages.currentWidget()
        flow = self.flow
        if page is None or not flow.isVisible() or self._checks_left <= 0:
            return
        top = flow.window()
        if top is not flow and not top.isFullScreen() and top.frameGeometry() == top.geometry() \
                and self._frame_waits > 0:
            # not framed yet (a busy machine's window manager is slow): its title bar would push the window
            # below the screen after this check, so check again once it is there
            self._frame_waits -= 1
            QTimer.singleShot(FRAME_WAIT_MS, self._check)
            return
        for _ in range(LAYOUT_PASSES):  # the page as laid out for this text
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = page.layout()
        needed = layout.totalHeightForWidth(page.width()) if layout is not None and layout.hasHeightForWidth() \
            else page.minimumSizeHint().height()
        top = flow.window()
        area = top.screen().availableGeometry()
        frame = top.frameGeometry()
        too_big = max(flow.minimumSizeHint().width() / max(flow.width(), 1), frame.width() / max(area.width(), 1),
                      frame.height() / max(area.height(), 1))
        if needed <= page.height() and too_big <= 1.0:
            return
        self._checks_left -= 1
        ratio = min(FIT_MARGIN, page.height() / max(needed, 1), 1 / too_big)
        self.scale = max(MIN_SCALE, self.scale * ratio)
        apply_text_scale(flow, self.scale)
        self._grow_window()
        QTimer.singleShot(0, self._check)

    def _room(self) -> QSize:
        """The room the booth's window has on its screen (less its frame when it is not full screen)."""
        top = self.flow.window()
        area = top.screen().availableGeometry().size()
        if self.full_screen or top.isFullScreen() or top is self.flow:
            return area
        frame = top.frameGeometry().size() - top.geometry().size()
        if frame.isEmpty():  # not framed by the window manager yet: leave room for its frame
            frame = frame.expandedTo(FRAME_ALLOWANCE)
        return QSize(area.width() - frame.width(), area.height() - frame.height())

    def _needed_size(self) -> QSize:
        """The smallest size of the booth's window for its contents, at the width it would have."""
        top = self.flow.window()
        top.ensurePolished()
        layout = top.layout()
        if layout is None:
            return top.minimumSizeHint()
        for _ in range(LAYOUT_PASSES):  # the new fonts' sizes, up through every nested layout
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout.invalidate()
        layout.activate()
        minimum = layout.totalMinimumSize()
        full = self.full_screen or top.isFullScreen()
        width = self._room().width() if full else max(top.width(), minimum.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else minimum.height()
        return QSize(minimum.width(), max(minimum.height(), height))

    def _grow_window(self) -> None:
        """A window (not full screen) grows to show the larger text, within its screen."""
        top = self.flow.window()
        if top is self.flow or top.isFullScreen() or not top.isVisible():
            return
        needed, room = self._needed_size(), self._room()
        width = min(room.width(), max(top.width(), needed.width()))
        height = min(room.height(), max(top.height(), needed.height()))
        area = top.screen().availableGeometry()
        frame = top.frameGeometry()
        extra_w, extra_h = frame.width() - top.width(), frame.height() - top.height()
        x = min(max(frame.x(), area.x()), area.right() + 1 - (width + extra_w))
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - (height + extra_h))
        if (width, height) != (top.width(), top.height()):
            top.resize(width, height)
        if (x, y) != (frame.x(), frame.y()):
            top.move(x, y)
