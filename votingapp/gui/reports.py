"""The zero report and the results report on paper (PDF via Qt), and the main window's two buttons for them.

The content comes from ``votingapp/election/report.py`` (no Qt, so ``verify --report`` checks it offline);
this module draws it: the heading and the rows (label and value, in the order a verifier expects them, with
nothing between them), the end line, then the QR code of the check text and the check text itself in a
fixed-width font, so the paper can be checked by scanning the code or by reading the PDF's text.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, Qt, Slot
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from votingapp.election.report import END_LINE, Report, report_of_data_dir
from votingapp.election.report_language import printed
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.qr import qr_image
from votingapp.gui.refusals import refusal
from votingapp.gui.translations import RIGHT_TO_LEFT, current_language
from votingapp.gui.worker_thread import Job, StopRequested

MARGIN_MM = 15.0
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _block(painter: QPainter, font: QFont, rect: QRectF, text: str, flags: int) -> float:
    painter.setFont(font)
    bound = painter.boundingRect(rect, flags | int(Qt.TextFlag.TextWordWrap), text)
    painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), bound.height()),
                     flags | int(Qt.TextFlag.TextWordWrap), text)
    return bound.height()


def _direction(text: str) -> int:
    """Left to right for a text with Latin letters or digits (a name, a count), else right to left."""
    latin = any(char.isascii() and char.isalnum() for char in text)
    return int(Qt.TextFlag.TextForceLeftToRight if latin else Qt.TextFlag.TextForceRightToLeft)


def draw_report(painter: QPainter, width: float, dpi: int, report: Report) -> float:
    """Draw ``report`` from the top of the painter's device, ``width`` pixels wide; the height used."""
    left = int(Qt.AlignmentFlag.AlignLeft)
    gap = dpi / 10
    # The paper in the app's language (report_language.py; a verifier reads any shipped one), mirrored in Arabic.
    text = printed(report.heading, report.rows(), END_LINE, len(report.results),
                   current_language(QCoreApplication.instance()))
    rtl = text.language in RIGHT_TO_LEFT
    lead = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute) if rtl else left
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    heading = QFont()
    heading.setPointSizeF(18)
    heading.setBold(True)
    y = _block(painter, heading, QRectF(0, 0, width, 10 * dpi), text.heading, lead) + gap
    label_font = QFont()
    label_font.setPointSizeF(11)
    label_font.setBold(True)
    value_font = QFont()
    value_font.setPointSizeF(11)
    label_width = min(width * 0.3, max(QFontMetricsF(label_font, painter.device()).horizontalAdvance(label)
                                       for label, _value in text.rows) + gap)
    hex_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    hex_font.setPointSizeF(9)
    hex_font.setKerning(False)
    label_x, value_x = (width - label_width + gap / 2, 0.0) if rtl else (0.0, label_width)
    for label, value in text.rows:
        used = _block(painter, label_font, QRectF(label_x, y, label_width - gap / 2, 10 * dpi), label, lead)
        font = hex_font if _HEX64.fullmatch(value) else value_font  # 64 hex digits on one line
        # Figures and names read left to right in an Arabic report too, its words right to left.
        way = _direction(value) if rtl else 0
        used = max(used, _block(painter, font, QRectF(value_x, y, width - label_width, 10 * dpi), value,
                                lead | way))
        y += used + gap / 3
    y += _block(painter, value_font, QRectF(0, y, width, 10 * dpi), text.end_line, lead) + gap
    side = min(width / 2, dpi * 2.0)
    check = report.check_text()
    painter.drawImage(QRectF(0, y, side, side), qr_image(check, module_px=6))
    hint = QCoreApplication.translate(
        "Report", "To check this report against the election record, scan the code or run: "
        "votingapp verify RECORD --report THIS.pdf")
    small = QFont()
    small.setPointSizeF(9)
    _block(painter, small, QRectF(side + gap, y, width - side - gap, side), hint, left)
    y += side + gap
    # The check text at full width, one line per field, never wrapped (a verifier reads it line by line).
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setKerning(False)
    points = 8.0
    while True:  # bounded: 8 pt down to 4 pt
        mono.setPointSizeF(points)
        metrics = QFontMetricsF(mono, painter.device())
        if points <= 4 or max(metrics.horizontalAdvance(line) for line in check.split("\n")) <= width:
            break
        points -= 0.5
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the check text is read as it is, in any language
    painter.setFont(mono)
    for line in check.split("\n"):
        painter.drawText(QRectF(0, y, width, metrics.lineSpacing()), left, line)
        y += metrics.lineSpacing()
    return y


def paint_report(device: QPagedPaintDevice, report: Report) -> None:
    """Draw ``report`` on one page of ``device`` (a printer or a PDF writer); ``OSError`` when the device
    cannot be drawn on (a file that cannot be written)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the report could not be written (the printer or file refused it)")
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        draw_report(painter, area.width(), device.logicalDpiY(), report)
    finally:
        painter.end()


def _layout(page: QPageSize) -> QPageLayout:
    return QPageLayout(page, QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def write_report_pdf(path: Path, report: Report, page: QPageSize | None = None) -> None:
    """Write ``report`` as a one-page PDF (A4 unless ``page``). Starts an off-screen Qt application when
    there is none (the ``report`` command)."""
    if QGuiApplication.instance() is None:
        _APPS.append(QGuiApplication(["votingapp", "-platform", "offscreen"]))
    with open(path, "wb"):  # an OSError naming the file, before Qt would only warn that it cannot paint
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(_layout(page or QPageSize(QPageSize.PageSizeId.A4)))
    writer.setTitle(report.heading)
    writer.setCreator(f"votingapp {report.software}")
    paint_report(writer, report)


_APPS: list[QGuiApplication] = []  # the off-screen application of a command, kept until the process ends


def print_report(parent: QWidget, report: Report) -> bool:
    """Ask for a printer (or a PDF file: a report holds no secret) and print; False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_layout(QPageSize(QPageSize.PageSizeId.A4)))
    printer.setDocName(report.heading)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Report", "Print the report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_report(printer, report)
    return True


class ReportActions(QObject):
    """The main window's "zero report" and "results report" buttons: make the report on a worker thread
    (it reads the data dir), then open the print dialog."""

    def __init__(self, window: QWidget, bridge: NodeBridge, station: str) -> None:
        super().__init__(window)
        self._window = window
        self._bridge = bridge
        self._station = station
        self._jobs: set[Job] = set()
        self.zero_button = QPushButton(self.tr("Print the &zero report…"))
        self.zero_button.setAccessibleName(self.tr("Print the zero report, before the first ballot"))
        self.zero_button.clicked.connect(self.ask_zero)
        self.results_button = QPushButton(self.tr("Print the results re&port…"))
        self.results_button.setAccessibleName(self.tr("Print the results report after the close"))
        self.results_button.clicked.connect(self.ask_results)
        self.buttons = (self.zero_button, self.results_button)
        self.last_report: Report | None = None
        self.last_error = ""

    @Slot()
    def ask_zero(self) -> None:
        self.make("zero")

    @Slot()
    def ask_results(self) -> None:
        self.make("results")

    def make(self, kind: str) -> Job:
        """Make the report of ``kind`` on a worker thread; print it when it is ready."""
        data_dir = self._bridge.node.data_dir
        station = self._station

        def work(_stop: StopRequested) -> Report:  # worker thread: no Qt object in here
            return report_of_data_dir(data_dir, kind, station)

        job = Job(work, f"votingapp-report-{kind}")
        job.succeeded.connect(self._ready)
        job.failed.connect(self._failed)
        job.finished.connect(self._forget_jobs)
        self._jobs.add(job)
        job.start_job()
        return job

    @Slot()
    def _forget_jobs(self) -> None:
        self._jobs = {job for job in self._jobs if not job.isFinished()}

    @Slot(object)
    def _ready(self, report: Report) -> None:
        self.last_report = report
        self.print(report)

    def print(self, report: Report) -> bool:
        """Open the print dialog for ``report`` (a seam for tests)."""
        return print_report(self._window, report)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        reason = refusal(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("No report"),
                          self.tr("The report was not made: {reason}").format(reason=reason),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setAccessibleName(self.tr("No report"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_error = str(error)
