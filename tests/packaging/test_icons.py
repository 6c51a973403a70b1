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


def test_the_app_icon_has_every_rendered_size(qapp):
    sizes = app_icon().availableSizes()
    assert sorted(size.width() for size in sizes) == sorted(PNG_SIZES)
    assert all(size == QSize(size.width(), size.width()) for size in sizes)


def test_the_icon_files_are_rendered_from_the_svg(qapp, tmp_path):
    write_icons(icon_dir() / f"{NAME}.svg", tmp_path)
    for name in [f"{NAME}-{size}.png" for size in PNG_SIZES] + [f"{NAME}.ico", f"{NAME}.icns"]:
        committed, fresh = images(icon_dir() / name), images(tmp_path / name)
        assert committed == fresh, f"{name} differs from the SVG: run python -m votingapp.gui.app_icon"


def test_the_windows_and_macos_icons_hold_every_size(qapp):
    assert [image.width() for image in images(icon_dir() / f"{NAME}.ico")] == sorted(ICO_SIZES)
    assert [image.width() for image in images(icon_dir() / f"{NAME}.icns")] == [size for _kind, size in ICNS_TYPES]
