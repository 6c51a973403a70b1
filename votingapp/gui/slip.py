"""The voter's slip: the voter_id in large characters and as a QR code, printed (or printed to PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from votingapp.gui.qr import qr_image


@dataclass(frozen=True)
class Slip:
    """What a slip shows. Held only while it is printed."""

    voter_id: str
    title: str
    station: str
    election: str  # fingerprint of the election id


def draw_slip(painter: QPainter, width: int, dpi: int, slip: Slip) -> int:
    """Draw the slip from the top of ``painter``'s device, ``width`` pixels wide; the height used."""
    line = dpi // 3
    y = 0
    title_font = QFont()
    title_font.setPointSizeF(16)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.drawText(QRect(0, y, width, line * 2), Qt.AlignmentFlag.AlignHCenter, slip.title)
    y += line * 2
    body = QFont()
    body.setPointSizeF(11)
    painter.setFont(body)
    painter.drawText(
        QRect(0, y, width, line * 3),
        Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate(
            "Slip", "Your voter ID. Keep it secret: whoever holds it can cast your vote. "
            "Type it or scan the code at a voting booth."),
    )
    y += line * 3
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setPointSizeF(18)
    mono.setBold(True)
    painter.setFont(mono)
    painter.drawText(QRect(0, y, width, line * 2), Qt.AlignmentFlag.AlignHCenter, slip.voter_id)
    y += line * 2
    side = min(width // 2, int(dpi * 2.2))
    painter.drawImage(QRectF((width - side) / 2, y, side, side), qr_image(slip.voter_id, module_px=8))
    y += side + line // 2
    painter.setFont(body)
    painter.drawText(
        QRect(0, y, width, line * 2),
        Qt.AlignmentFlag.AlignHCenter,
        QCoreApplication.translate("Slip", "Registered at {station} · election {election}").format(
            station=slip.station, election=slip.election),
    )
    return y + line * 2


def paint_slip(device: QPagedPaintDevice, slip: Slip) -> None:
    """Draw the slip on one page of ``device`` (a printer or a PDF writer)."""
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
        margin = dpi // 3
        painter.translate(margin, margin)
        height = draw_slip(painter, width - 2 * margin, dpi, slip)
    finally:
        painter.end()
    return image.copy(0, 0, width, min(image.height(), height + 2 * margin))


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(QCoreApplication.translate("Slip", "Voter slip"))
    return printer


def write_slip_pdf(path: Path, slip: Slip) -> None:
    """Print the slip to a PDF file (what the print dialog's "print to file" does)."""
    printer = _printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint_slip(printer, slip)


def print_slip(parent: QWidget, slip: Slip) -> bool:
    """Ask for a printer (or a PDF file) and print the slip; False when the poll worker cancels."""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Slip", "Print the voter slip"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_slip(printer, slip)
    return True
