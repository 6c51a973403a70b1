"""The booth's building blocks: a page whose Return presses its main button, an option row that shows the
choice unmistakably (filled row and a check mark; the keyboard focus is a dashed ring, never a fill), a
notice with an icon and a colour (never colour alone), and buttons marked primary or secondary."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from votingapp.gui.booth_style import STANDARD, Scheme, set_font_factor


class Page(QWidget):
    """A page of the booth; Return presses its main button (unless another button has the focus)."""

    returnPressed = Signal()  # before the main button is pressed (the choice page picks the focused option)

    def __init__(self) -> None:
        super().__init__()
        self.primary: QPushButton | None = None
        self.layout_ = QVBoxLayout(self)

    def retranslate(self) -> None:
        """Set every text of the page in the current language."""

    def heightForWidth(self, width: int) -> int:
        if self.isHidden():
            return 0  # a page not shown takes no room (Qt's stack is as tall as its tallest page otherwise)
        return super().heightForWidth(width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.primary is not None:
            self.returnPressed.emit()
            if self.primary.isEnabled():
                self.primary.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def add_footer(self, back: QPushButton, forward: QPushButton) -> None:
        """The bottom row: the way back at the start (left; right in Arabic), the way forward at the end."""
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(forward)
        self.layout_.addStretch(1)
        self.layout_.addLayout(row)


def button(role: str = "secondary", factor: float = 1.3) -> QPushButton:
    """A booth button; ``role`` "primary" is filled and bold (one per page), "secondary" outlined."""
    result = QPushButton()
    result.setProperty("role", role)
    result.setAutoDefault(True)
    set_font_factor(result, factor * (1.15 if role == "primary" else 1.0), bold=role == "primary")
    return result


def label(factor: float = 1.3, bold: bool = False) -> QLabel:
    """A word-wrapped booth label at ``factor`` times the system text size."""
    result = QLabel()
    result.setWordWrap(True)
    set_font_factor(result, factor, bold)
    return result


MARK_GAP = 0.6  # space around the check mark, in text heights


class OptionButton(QRadioButton):
    """One option: its whole row is the click target; chosen, it is filled with the accent colour and shows a
    check mark; with the keyboard focus it gets a dashed ring in another colour."""

    def __init__(self, number: int, option: str) -> None:
        super().__init__(f"&{number}  {option}" if number < 10 else option)
        self.shown_text = f"{number}  {option}"
        self.setAutoFillBackground(False)
        self.scheme = STANDARD  # the booth's colours (a style sheet would not pass a palette down)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def _mark_size(self) -> int:
        return self.fontMetrics().height()

    def text_rect(self) -> QRect:
        """Where the option's text is drawn (the layout test checks that it fits)."""
        mark = self._mark_size()
        pad = int(mark * MARK_GAP)
        inner = self.rect().adjusted(pad, 0, -pad, 0)
        if self.isRightToLeft():
            return inner.adjusted(0, 0, -(mark + pad), 0)
        return inner.adjusted(mark + pad, 0, 0, 0)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        mark = self._mark_size()
        pad = int(mark * MARK_GAP)
        return QSize(metrics.horizontalAdvance(self.shown_text) + mark + 3 * pad + 2, int(metrics.height() * 1.9))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scheme = self.scheme
        checked = self.isChecked()
        fill = QColor(scheme.accent if checked else scheme.background)
        ink = QColor(scheme.accent_text if checked else scheme.text)
        box = QRectF(self.rect()).adjusted(5, 5, -5, -5)
        painter.setPen(QPen(QColor(scheme.accent if checked else scheme.border), 3 if checked else 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 8, 8)
        if self.hasFocus():
            ring = QPen(QColor(scheme.focus), 3, Qt.PenStyle.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        mark = self._mark_size()
        pad = int(mark * MARK_GAP)
        x = self.width() - pad - mark if self.isRightToLeft() else pad
        circle = QRectF(x, (self.height() - mark) / 2, mark, mark)
        painter.setPen(QPen(ink, 2))
        painter.setBrush(ink if checked else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        if checked:
            tick = QPainterPath(QPointF(circle.left() + mark * 0.25, circle.top() + mark * 0.52))
            tick.lineTo(circle.left() + mark * 0.43, circle.top() + mark * 0.70)
            tick.lineTo(circle.left() + mark * 0.77, circle.top() + mark * 0.32)
            painter.setPen(QPen(fill, max(2.0, mark / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.setPen(ink)
        painter.setFont(self.font())
        flags = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if self.isRightToLeft()
                                                 else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(self.text_rect(), int(flags) | int(Qt.TextFlag.TextShowMnemonic), self.text())
        painter.end()


GLYPHS = {"error": "!", "ok": "✓", "info": "i"}


class NoticeIcon(QWidget):
    """A round icon, one text line high: "!" for an error, "✓" for done, "i" for a hint."""

    def __init__(self) -> None:
        super().__init__()
        self.kind = "info"
        self.scheme = STANDARD

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height(), self.fontMetrics().height())
        circle = QRectF(0, (self.height() - side) / 2, side, side).adjusted(1, 1, -1, -1)
        colour = {"error": self.scheme.error, "ok": self.scheme.ok, "info": self.scheme.info}[self.kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(self.scheme.background))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, GLYPHS[self.kind])
        painter.end()


class Notice(QFrame):
    """A hint or an error: an icon and a text in the kind's colour, in a framed box."""

    def __init__(self, factor: float = 1.2) -> None:
        super().__init__()
        self.icon = NoticeIcon()
        self.label = label(factor)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)  # level with the icon
        set_font_factor(self.icon, factor, bold=True)
        row = QHBoxLayout(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.set_text("", "info")

    def set_text(self, text: str, kind: str = "info") -> None:
        """Show ``text`` as a ``kind`` notice ("error", "ok" or "info"); an empty text hides the box's icon."""
        self.setProperty("notice", kind)
        self.icon.kind = kind
        self.icon.setVisible(bool(text))
        self.label.setText(text)
        self.label.setAccessibleDescription({"error": "error", "ok": "done", "info": "hint"}[kind])
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.icon.update()

    def set_scheme(self, scheme: Scheme) -> None:
        self.icon.scheme = scheme
        self.icon.update()

    def text(self) -> str:
        return self.label.text()

    def kind(self) -> str:
        return str(self.property("notice"))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.label.setAccessibleName(name)
