"""The votes per option as bars across, each option's name whole beside its bar (wrapped over lines when it is
long, never elided: a chart's category axis cut them to "Ex…", "Re…" or off its edge), first option on top."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

BAR_COLOUR = QColor("#1f6fb2")  # dark enough for white digits on it (contrast above 4.5:1)


class _Bar(QWidget):
    """One option's bar: its length is its share of the largest count; the count is written on or after it."""

    def __init__(self, parent: VoteBars) -> None:
        super().__init__(parent)
        self.bars = parent
        self.count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0") * 24, round(metrics.height() * 1.6))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("00000") + 8, round(metrics.height() * 1.4))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = str(self.count)
        room = self.width() - metrics.horizontalAdvance(text) - 8
        length = round(room * self.count / self.bars.largest()) if self.bars.largest() else 0
        height = round(metrics.height() * 1.2)
        top = (self.height() - height) // 2
        if length:
            painter.fillRect(QRect(0, top, length, height), BAR_COLOUR)
        inside = length >= metrics.horizontalAdvance(text) + 8
        painter.setPen(Qt.GlobalColor.white if inside else self.palette().windowText().color())
        where = QRect(0, top, length - 4, height) if inside else QRect(length + 4, top, self.width(), height)
        align = Qt.AlignmentFlag.AlignRight if inside else Qt.AlignmentFlag.AlignLeft
        painter.drawText(where, int(align | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


class VoteBars(QWidget):
    """Bars of the votes per option, in the ballot's order (``replace(row, count)``, ``at(row)``)."""

    def __init__(self, options: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._bars: list[_Bar] = []
        self._names: list[str] = list(options)
        for row, option in enumerate(options):
            name = QLabel(option)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setAccessibleName(option)
            bar = _Bar(self)
            grid.addWidget(name, row, 0)
            grid.addWidget(bar, row, 1)
            self._bars.append(bar)
            self._describe(row)

    def _describe(self, row: int) -> None:
        bar = self._bars[row]
        bar.setAccessibleName(self.tr("{option}: {count} votes").format(option=self._names[row], count=bar.count))

    def replace(self, row: int, count: int) -> None:
        self._bars[row].count = count
        self._describe(row)
        for bar in self._bars:
            bar.update()

    def at(self, row: int) -> int:
        return self._bars[row].count

    def largest(self) -> int:
        return max((bar.count for bar in self._bars), default=0)
