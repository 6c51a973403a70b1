"""The app's icon: ``resources/icons/votingapp-<size>.png`` for the windows, rendered from ``votingapp.svg``.

``python -m votingapp.gui.app_icon`` renders the PNGs (16 to 256 px) and the Windows ``.ico`` and macOS
``.icns`` files from the SVG with Qt; run it after editing the SVG and commit what it writes.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter

from votingapp.gui.translations import resource_dir

NAME = "votingapp"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icon types that hold PNG data, by pixel size (the @2x types reuse the larger images).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def icon_dir() -> Path:
    """``resources/icons``, from a checkout or from a PyInstaller bundle."""
    return resource_dir() / "icons"


def app_icon() -> QIcon:
    """The app's icon at every rendered size (a null icon if the files are missing)."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = icon_dir() / f"{NAME}-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size`` × ``size`` image."""
    from PySide6.QtSvg import QSvgRenderer  # only here: the running app uses the PNGs

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide6 6.11 raises ValueError unless it is str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("Qt could not encode a PNG image")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon file holding the PNG images (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = size % 256  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon file holding the PNG images."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(svg: Path, out: Path) -> list[Path]:
    """Render the PNG, ICO and ICNS files of ``svg`` into ``out``; the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    pngs = {size: png_bytes(render(svg, size)) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out / f"{NAME}-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)
    for path, data in ((out / f"{NAME}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
                       (out / f"{NAME}.icns", icns_bytes(pngs))):
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m votingapp.gui.app_icon", description=__doc__)
    parser.add_argument("--svg", type=Path, default=icon_dir() / f"{NAME}.svg", help="the drawing")
    parser.add_argument("--out", type=Path, default=icon_dir(), help="where to write the icon files")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in write_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
