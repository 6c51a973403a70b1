"""The voter's slip: the voter_id in large characters and as a QR code, printed.

Everything is laid out from the device's paint rectangle (the page inside the printer's margins) and
measured with the device's font metrics: the id, in two lines of four groups, gets the largest size up to
20 pt that fits the width, so it is whole on A5, A6, Letter and an 80 mm receipt roll alike. The print dialog
offers printers only: a voter_id is never printed to a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from votingapp.gui.qr import qr_image

ID_POINTS = 20.0  # the id's size when the page is wide enough
MIN_ID_POINTS = 9.0
RECEIPT_80MM = QPageSize(QSizeF(80, 200), QPageSize.Unit.Millimeter, "Receipt 80 mm",
                         QPageSize.SizeMatchPolicy.ExactMatch)
PAGE_MARGIN_MM = 10.0
RECEIPT_MARGIN_MM = 4.0


@dataclass(frozen=True)
class Slip:
    """What a slip shows. Held only while it is printed."""

    voter_id: str
    title: str
    station: str
    election: str  # fingerprint of the election id


def id_lines(voter_id: str) -> list[str]:
    """The voter_id in two lines of four groups (a group is never split)."""
    groups = voter_id.split("-")
    half = (len(groups) + 1) // 2
    return ["-".join(groups[:half]), "-".join(groups[half:])]


def _fitting_mono(painter: QPainter, lines: list[str], width: float) -> QFont:
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setBold(True)
    points = ID_POINTS
    while True:  # bounded: from 20 pt down to 9 pt in half points
        mono.setPointSizeF(points)
        metrics = QFontMetricsF(mono, painter.device())
        if points <= MIN_ID_POINTS or max(metrics.horizontalAdvance(line) for line in lines) <= width:
            return mono
        points -= 0.5


def _text_block(painter: QPainter, font: QFont, y: float, width: float, text: str) -> float:
    """Draw ``text`` centred and word-wrapped from ``y``; the height it took."""
    painter.setFont(font)
    flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    rect = painter.boundingRect(QRectF(0, y, width, 10 * width), flags, text)
    painter.drawText(QRectF(0, y, width, rect.height()), flags, text)
    return rect.height()


def draw_slip(painter: QPainter, width: int, dpi: int, slip: Slip) -> int:
    """Draw the slip from the top of ``painter``'s device, ``width`` pixels wide; the height used."""
    gap = dpi / 8
    y = 0.0
    title_font = QFont()
    title_font.setPointSizeF(14)
    title_font.setBold(True)
    y += _text_block(painter, title_font, y, width, slip.title) + gap
    body = QFont()
    body.setPointSizeF(10)
    y += _text_block(painter, body, y, width, QCoreApplication.translate(
        "Slip", "Your voter ID. Keep it secret: whoever holds it can cast your vote. "
        "Type it or scan the code at a voting booth.")) + gap
    lines = id_lines(slip.voter_id)
    mono = _fitting_mono(painter, lines, width)
    painter.setFont(mono)
    line_height = QFontMetricsF(mono, painter.device()).lineSpacing()
    for line in lines:
        painter.drawText(QRectF(0, y, width, line_height), Qt.AlignmentFlag.AlignHCenter, line)
        y += line_height
    y += gap
    side = min(width * 0.6, dpi * 1.8)
    painter.drawImage(QRectF((width - side) / 2, y, side, side), qr_image(slip.voter_id, module_px=8))
    y += side + gap
    y += _text_block(painter, body, y, width, QCoreApplication.translate(
        "Slip", "Registered at {station}").format(station=slip.station))
    y += _text_block(painter, body, y, width, QCoreApplication.translate(
        "Slip", "Election {election}").format(election=slip.election))
    return round(y)


def paint_slip(device: QPagedPaintDevice, slip: Slip) -> None:
    """Draw the slip on one page of ``device`` (a printer)."""
    painter = QPainter(device)
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        draw_slip(painter, area.width(), device.logicalDpiY(), slip)
    finally:
        painter.end()


def slip_image(slip: Slip, dpi: int = 150) -> QImage:
    """The slip as an image (A5 width, as tall as it needs), for previews and documentation."""
    width = round(148 / 25.4 * dpi)
    image = QImage(width, round(210 / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        margin = round(PAGE_MARGIN_MM / 25.4 * dpi)
        painter.translate(margin, margin)
        height = draw_slip(painter, width - 2 * margin, dpi, slip)
    finally:
        painter.end()
    return image.copy(0, 0, width, min(image.height(), height + 2 * margin))


def _printer(page: QPageSize | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = page or QPageSize(QPageSize.PageSizeId.A5)
    margin = RECEIPT_MARGIN_MM if size.size(QPageSize.Unit.Millimeter).width() < 100 else PAGE_MARGIN_MM
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter))
    printer.setDocName(QCoreApplication.translate("Slip", "Voter slip"))
    return printer


def write_slip_pdf(path: Path, slip: Slip, page: QPageSize | None = None) -> None:
    """Print the slip to a PDF file: for the tests and the self-test only (the poll worker's dialog cannot)."""
    printer = _printer(page)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint_slip(printer, slip)


def slip_print_dialog(parent: QWidget, printer: QPrinter) -> QPrintDialog:
    """The print dialog for a slip: printers only, no "print to file" (a voter_id must not land on disk)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(QCoreApplication.translate("Slip", "Print the voter slip"))
    return dialog


def print_slip(parent: QWidget, slip: Slip) -> bool:
    """Ask for a printer and print the slip; False when the poll worker cancels (or chose a file anyway)."""
    printer = _printer()
    dialog = slip_print_dialog(parent, printer)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        return False  # never write a voter_id to a file, whatever the platform's dialog allowed
    paint_slip(printer, slip)
    return True
