"""The registration desk and the voter's slip for a hurried poll worker (issue 11, items 2-4).

The desk at its default size shows the widest possible voter_id whole and a QR code that a real decoder
(zbarimg) reads from the window's pixels; a double press registers one voter; the id leaves the screen by
itself, saying when; the slip's print dialog offers no file. The slip, printed to a real PDF (in the tests
only) on A5, A6, Letter and an 80 mm receipt roll, has every word inside the printable area (pdftotext's
bounding boxes) and the whole id, and its QR code decodes from the rendered page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QFontMetrics, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLineEdit

from tests.gui.conftest import info_of
from votingapp.core.keys import fingerprint
from votingapp.core.voter_id import parse_voter_id
from votingapp.gui import slip
from votingapp.gui.registration_window import RegistrationWindow, widest_voter_id
from votingapp.gui.slip import (
    PAGE_MARGIN_MM,
    RECEIPT_80MM,
    RECEIPT_MARGIN_MM,
    Slip,
    _printer,
    id_lines,
    slip_print_dialog,
    write_slip_pdf,
)

MM = 72 / 25.4  # PDF points per millimetre
FINGERPRINT = fingerprint(bytes(range(32)))


def decode_qr(png: Path) -> list[str]:
    """Every QR code zbarimg finds in ``png`` (it exits 4 when it finds none)."""
    assert shutil.which("zbarimg"), "zbarimg (package zbar-tools) is needed"
    proc = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(png)],
                          capture_output=True, text=True, timeout=30, check=False)
    assert proc.returncode in (0, 4), proc.stderr
    return proc.stdout.splitlines()


def open_desk(qtbot, station) -> RegistrationWindow:
    window = RegistrationWindow(station.bridge, info_of(station))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_widest_voter_id_is_whole_and_its_qr_code_decodes_at_the_default_size(qtbot, authority, tmp_path):
    window = open_desk(qtbot, authority)
    label = window.voter_id_label
    widest = widest_voter_id(QFontMetrics(label.font()))
    window._show_voter_id(widest)
    qtbot.wait(50)  # one round of layout and paint
    needed = label.fontMetrics().size(0, label.text())
    assert needed.width() <= label.contentsRect().width() and needed.height() <= label.contentsRect().height(), (
        needed, label.size())
    assert QRect(0, 0, window.width(), window.height()).contains(label.geometry())
    assert label.text().replace("\n", "-") == widest
    qr = window.qr_label
    assert qr.contentsRect().height() >= qr.pixmap().height() and qr.contentsRect().width() >= qr.pixmap().width()
    for other in (label, window.timeout_label, window.state_label, window.error_label):
        assert not other.geometry().intersects(qr.geometry()), other.accessibleName()
    shot = tmp_path / "desk.png"
    assert window.grab().save(str(shot))
    assert decode_qr(shot) == [widest]


def test_a_real_registration_shows_an_id_that_decodes_from_the_screen(qtbot, authority, tmp_path):
    window = open_desk(qtbot, authority)
    qtbot.keyClick(window.register_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    voter_id = window.voter_id
    assert voter_id is not None
    parse_voter_id(voter_id)
    shot = tmp_path / "desk.png"
    assert window.grab().save(str(shot))
    assert decode_qr(shot) == [voter_id]


def test_a_double_press_registers_one_voter(qtbot, authority):
    window = open_desk(qtbot, authority)
    window.debounce_ms = 500
    qtbot.keyClick(window.register_button, Qt.Key.Key_Return)
    qtbot.keyClick(window.register_button, Qt.Key.Key_Return)  # still on its way
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    first = window.voter_id
    window.register_button.click()  # just after the id appeared
    qtbot.wait(200)  # a double press would have had its answer by now (a registration takes a few ms)
    assert window.registrations == 1 and window.voter_id == first
    qtbot.wait(window.debounce_ms)
    window.register_button.click()  # the next voter, a moment later
    qtbot.waitUntil(lambda: window.registrations == 2, timeout=5000)
    assert window.voter_id != first


def test_the_voter_id_leaves_the_screen_by_itself_and_says_when(qtbot, authority):
    window = open_desk(qtbot, authority)
    assert "60 s" in window.timeout_label.text()
    window.clear_after_s = 2
    window.register_button.click()
    qtbot.waitUntil(lambda: window.registrations == 1, timeout=5000)
    assert re.search(r"leaves the screen in [12] s", window.timeout_label.text()), window.timeout_label.text()
    qtbot.waitUntil(lambda: window.voter_id is None, timeout=4000)
    assert "-" not in window.voter_id_label.text()
    assert window.qr_label.pixmap().isNull()
    assert not window.print_button.isEnabled()


def test_the_slip_print_dialog_offers_no_file(qtbot, authority):
    window = open_desk(qtbot, authority)
    printer = _printer()
    dialog = slip_print_dialog(window, printer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choices = [combo.itemText(i) for combo in dialog.findChildren(QComboBox) for i in range(combo.count())]
    assert not [c for c in choices if "file" in c.lower() or "pdf" in c.lower()], choices
    assert not [edit for edit in dialog.findChildren(QLineEdit) if edit.objectName() == "filename" and edit.isVisible()]
    dialog.reject()


def test_a_dialog_that_chose_a_file_anyway_writes_nothing(qtbot, authority, tmp_path, monkeypatch):
    """Whatever a platform's print dialog allows, a voter_id is never printed into a file."""
    window = open_desk(qtbot, authority)
    target = tmp_path / "voter.pdf"
    opened = []

    def dialog_that_picked_a_file(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog = slip_print_dialog(parent, printer)
        QTimer.singleShot(0, dialog.accept)
        opened.append(dialog)
        return dialog

    monkeypatch.setattr(slip, "slip_print_dialog", dialog_that_picked_a_file)
    assert slip.print_slip(window, Slip(widest_slip_id(), "Board election", "Desk 1", "ab12-cd34")) is False
    assert opened and not target.exists()


# --- the slip on paper --------------------------------------------------------------------------------

PAGES = {
    "A5": (QPageSize(QPageSize.PageSizeId.A5), PAGE_MARGIN_MM),
    "A6": (QPageSize(QPageSize.PageSizeId.A6), PAGE_MARGIN_MM),
    "Letter": (QPageSize(QPageSize.PageSizeId.Letter), PAGE_MARGIN_MM),
    "receipt 80 mm": (RECEIPT_80MM, RECEIPT_MARGIN_MM),
}
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def widest_slip_id() -> str:
    mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    mono.setBold(True)
    mono.setPointSizeF(20)
    return widest_voter_id(QFontMetrics(mono))


@pytest.mark.parametrize("page", list(PAGES))
def test_the_whole_slip_is_inside_the_printable_area(qapp, tmp_path, page):
    size, margin_mm = PAGES[page]
    voter_id = widest_slip_id()
    slip = Slip(voter_id, "Board of the Riverside Gardening Association, 2026", "Gymnasium entrance, desk 12",
                FINGERPRINT)
    pdf = tmp_path / "slip.pdf"
    write_slip_pdf(pdf, slip, size)
    proc = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=30,
                          check=True)
    assert proc.stdout.count("<page ") == 1, "the slip is one page"
    width, height = map(float, PAGE.search(proc.stdout).groups())  # type: ignore[union-attr]
    margin = margin_mm * MM - 0.5  # half a point for rounding
    words = [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(proc.stdout)]
    outside = [w for w in words if w[0] < margin or w[1] < margin or w[2] > width - margin or w[3] > height - margin]
    assert not outside, (page, width, height, outside)
    texts = [w[4] for w in words]
    assert [t for t in texts if t in id_lines(voter_id)] == id_lines(voter_id), texts  # whole, in order
    footer = [t for t in texts if t in ("Registered", "12", FINGERPRINT)]
    assert footer == ["Registered", "12", FINGERPRINT], texts
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=30)
    assert decode_qr(tmp_path / "page.png") == [voter_id]


def test_the_slip_id_is_large_where_the_page_allows(qapp, tmp_path):
    """On A5 the id keeps its full 20 pt; only the narrow receipt roll makes it smaller."""
    voter_id = widest_slip_id()
    sizes = {}
    for page in ("A5", "receipt 80 mm"):
        pdf = tmp_path / f"{page}.pdf"
        write_slip_pdf(pdf, Slip(voter_id, "Board election", "Desk 1", "ab12-cd34"), PAGES[page][0])
        out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, timeout=30,
                             check=True).stdout
        first = id_lines(voter_id)[0]
        box = next((float(a), float(c)) for a, _b, c, _d, text in WORD.findall(out) if text == first)
        sizes[page] = box[1] - box[0]
    assert sizes["A5"] > 19 * 20 * 0.55  # 19 characters of a 20 pt monospace font: about 0.6 em each
    assert sizes["receipt 80 mm"] <= (80 - 2 * RECEIPT_MARGIN_MM) * MM
