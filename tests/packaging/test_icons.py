"""The app's icon: every window gets it at every size, and the committed files are what the SVG renders to."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from votingapp.gui.app_icon import ICNS_TYPES, ICO_SIZES, NAME, PNG_SIZES, app_icon, icon_dir, write_icons

pytestmark = pytest.mark.gui


def images(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    out = []
    for index in range(max(1, reader.imageCount())):
        reader.jumpToImage(index)
        out.append(reader.read().convertToFormat(QImage.Format.Format_ARGB32))
    return out


# Another CPU's renderer may round an anti-aliased edge pixel the other way: a few pixels, by one step.
CHANNEL_TOLERANCE = 2  # largest difference allowed in one channel of one pixel (0-255, premultiplied)
MAX_CHANGED_PIXELS = 8  # how many pixels of one image may differ (within the tolerance)


def image_mismatch(committed: QImage, fresh: QImage) -> str | None:
    """None if the images are the same up to renderer rounding, else what differs.

    Compared premultiplied, as the renderer draws: a nearly transparent edge pixel then weighs as little as
    it shows, where its straight colour could jump by a lot on a one-step change of its alpha.
    """
    if committed.size() != fresh.size():
        return f"size {committed.width()}x{committed.height()} != {fresh.width()}x{fresh.height()}"
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    a, b = committed.convertToFormat(premultiplied), fresh.convertToFormat(premultiplied)
    width = a.width() * 4
    changed, worst, where = 0, 0, None
    for y in range(a.height()):
        row_a, row_b = bytes(a.constScanLine(y))[:width], bytes(b.constScanLine(y))[:width]
        if row_a == row_b:
            continue
        for x in range(a.width()):
            pixel_a, pixel_b = row_a[4 * x : 4 * x + 4], row_b[4 * x : 4 * x + 4]
            if pixel_a != pixel_b:
                changed += 1
                difference = max(abs(p - q) for p, q in zip(pixel_a, pixel_b))
                if difference > worst:
                    worst, where = difference, (x, y)
    if worst > CHANNEL_TOLERANCE or changed > MAX_CHANGED_PIXELS:
        return f"{changed} pixels differ, by up to {worst} (at {where})"
    return None


def files_mismatch(committed: list[QImage], fresh: list[QImage]) -> str | None:
    """None if two icon files hold the same images up to renderer rounding, else what differs."""
    if len(committed) != len(fresh):
        return f"{len(committed)} images != {len(fresh)}"
    for index, (a, b) in enumerate(zip(committed, fresh)):
        if (problem := image_mismatch(a, b)) is not None:
            return f"image {index} ({a.width()} px): {problem}"
    return None


def test_the_app_icon_has_every_rendered_size(qapp):
    sizes = app_icon().availableSizes()
    assert sorted(size.width() for size in sizes) == sorted(PNG_SIZES)
    assert all(size == QSize(size.width(), size.width()) for size in sizes)


def test_the_icon_files_are_rendered_from_the_svg(qapp, tmp_path):
    write_icons(icon_dir() / f"{NAME}.svg", tmp_path)
    for name in [f"{NAME}-{size}.png" for size in PNG_SIZES] + [f"{NAME}.ico", f"{NAME}.icns"]:
        problem = files_mismatch(images(icon_dir() / name), images(tmp_path / name))
        assert problem is None, f"{name} differs from the SVG ({problem}): run python -m votingapp.gui.app_icon"


def shifted(image: QImage, pixels: list[tuple[int, int]], step: int) -> QImage:
    """A copy of ``image`` whose ``pixels`` have red, green and blue moved by ``step`` (down near 255)."""
    out = image.convertToFormat(QImage.Format.Format_ARGB32)
    for x, y in pixels:
        colour = out.pixelColor(x, y)
        red, green, blue = (c + step if c + step <= 255 else c - step for c in colour.getRgb()[:3])
        colour.setRgb(red, green, blue, colour.alpha())
        out.setPixelColor(x, y, colour)
    return out


def opaque_pixels(image: QImage) -> list[tuple[int, int]]:
    """The pixels of ``image`` that are fully opaque."""
    return [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255]


def test_the_comparison_allows_renderer_rounding_but_not_a_changed_icon(qapp):
    icon = images(icon_dir() / f"{NAME}-64.png")[0]
    inside = opaque_pixels(icon)
    assert len(inside) > 1000
    assert image_mismatch(icon, icon) is None
    # Another CPU: a few pixels off by one or two steps.
    assert image_mismatch(icon, shifted(icon, inside[:4], 1)) is None
    assert image_mismatch(icon, shifted(icon, inside[100:104], 2)) is None
    # A changed icon: a colour area (a 6 x 6 square) in another shade, one pixel that is clearly off, the
    # whole icon one step lighter, another size.
    square = [(x, y) for x, y in inside if 29 <= x < 35 and 29 <= y < 35]
    assert len(square) == 36
    assert image_mismatch(icon, shifted(icon, square, 40)) is not None
    assert image_mismatch(icon, shifted(icon, inside[:1], 3)) is not None
    assert image_mismatch(icon, shifted(icon, inside, 1)) is not None
    assert image_mismatch(icon, icon.scaled(63, 63)) is not None
    assert files_mismatch([icon, icon], [icon]) is not None


def test_the_windows_and_macos_icons_hold_every_size(qapp):
    assert [image.width() for image in images(icon_dir() / f"{NAME}.ico")] == sorted(ICO_SIZES)
    assert [image.width() for image in images(icon_dir() / f"{NAME}.icns")] == [size for _kind, size in ICNS_TYPES]
