"""Build the double-click app: ``python3 packaging/build.py`` makes the one-folder bundle ``dist/votingapp/``.

It installs the pinned build tools (``packaging/requirements-build.txt``) into the project's ``.venv`` (made
by the README's first command or by ``bash tests/run``), runs PyInstaller with ``packaging/votingapp.spec``
and prints the bundle's size. On Linux it also puts the desktop entry and its installer into the bundle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX_EXTRAS = ("votingapp.desktop", "install-desktop-entry.sh")


def venv_python() -> Path:
    """The Python of the project's virtual environment."""
    folder = ROOT / ".venv"
    python = folder / "Scripts" / "python.exe" if os.name == "nt" else folder / "bin" / "python"
    if not python.exists():
        sys.exit(f"build: no virtual environment in {folder}: make it with the README's first command "
                 "or with 'bash tests/run'")
    return python


def size_on_disk(folder: Path) -> tuple[int, int]:
    """Bytes the folder takes on disk (allocated blocks where the system says so) and its number of files."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            blocks = getattr(stat, "st_blocks", None)
            total += blocks * 512 if blocks is not None else stat.st_size
            files += 1
    return total, files


def build(distpath: Path, workpath: Path, install: bool = True) -> Path:
    """Build the bundle into ``distpath``; the bundle's folder."""
    python = venv_python()
    if install:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        "-r", str(PACKAGING / "requirements-build.txt")], check=True)
    subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(distpath), "--workpath", str(workpath),
                    str(PACKAGING / "votingapp.spec")], check=True, cwd=ROOT)
    bundle = distpath / "votingapp"
    if sys.platform.startswith("linux"):
        for name in LINUX_EXTRAS:
            shutil.copy2(PACKAGING / name, bundle / name)
    return bundle


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 packaging/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist)")
    parser.add_argument("--workpath", type=Path, default=ROOT / "build",
                        help="PyInstaller's work folder (default: build)")
    parser.add_argument("--no-install", action="store_true", help="do not install the build tools into .venv")
    args = parser.parse_args(argv)
    bundle = build(args.distpath.resolve(), args.workpath.resolve(), install=not args.no_install)
    size, files = size_on_disk(bundle)
    print(f"build: {bundle}: {size / 1e6:.1f} MB on disk ({size / 2**20:.1f} MiB), {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
