"""QR codes (segno) as Qt images: the voter_id on the screen and on the slip."""

from __future__ import annotations

import segno

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET_ZONE = 4  # modules of white border that scanners need


def qr_image(text: str, module_px: int = 8, error: str = "m") -> QImage:
    """A black-on-white QR code of ``text`` with ``module_px`` pixels per module (``error``: the correction
    level, "l" for the longest texts).  Raises ``ValueError`` for a text too long for any QR code."""
    code = segno.make(text, error=error, micro=False)
    rows = list(code.matrix_iter(scale=1, border=QUIET_ZONE))
    size = len(rows) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        black = QColor(Qt.GlobalColor.black)
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * module_px, y * module_px, module_px, module_px, black)
    finally:
        painter.end()
    return image
