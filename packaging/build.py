"""Build the double-click app: ``python3 packaging/build.py`` makes the one-folder bundle ``dist/votingapp/``.

It installs the pinned build tools (``packaging/requirements-build.txt``) into the project's ``.venv`` (made
by the README's first command or by ``bash tests/run``), runs PyInstaller with ``packaging/votingapp.spec``
and prints the bundle's size. On Linux it also puts the desktop entry and its installer into the bundle.

``--venv DIR`` leaves ``.venv`` as it is: the build tools go into the virtual environment ``DIR`` (made if
missing, from the same Python), which sees the libraries of ``.venv`` through a ``.pth`` file, so the bundle
holds the very libraries the app runs with from the checkout.
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


PROJECT_VENV = ROOT / ".venv"
PTH_NAME = "votingapp-project-venv.pth"


def python_of(folder: Path) -> Path:
    """Where the Python of the virtual environment ``folder`` is."""
    return folder / "Scripts" / "python.exe" if os.name == "nt" else folder / "bin" / "python"


def venv_python() -> Path:
    """The Python of the project's virtual environment."""
    python = python_of(PROJECT_VENV)
    if not python.exists():
        sys.exit(f"build: no virtual environment in {PROJECT_VENV}: make it with the README's first command "
                 "or with 'bash tests/run'")
    return python


def ask(python: Path, code: str) -> str:
    """What ``code`` prints when ``python`` runs it."""
    return subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def install_tools(python: Path) -> None:
    """Install the pinned build tools with ``python``'s pip."""
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "-r", str(PACKAGING / "requirements-build.txt")], check=True)


def build_venv(folder: Path, install: bool = True) -> Path:
    """The Python of the virtual environment ``folder`` for the build tools; made or updated as needed.

    It is made by the project's Python (so it has the same version). The tools are installed while it sees
    only itself, so that they go into it even where ``.venv`` has them too; then a ``.pth`` file adds the
    project venv's site-packages behind its own: PyInstaller, run from here, bundles the project's libraries.
    """
    project = venv_python()
    python = python_of(folder)
    if folder.exists() and any(folder.iterdir()) and not (folder / "pyvenv.cfg").is_file():
        sys.exit(f"build: {folder} is not a virtual environment: give an empty or a new folder to --venv")
    which = "import sys; print(sys.version, sys.base_prefix)"
    if not python.exists() or ask(python, which) != ask(project, which):
        subprocess.run([str(project), "-m", "venv", "--clear", str(folder)], check=True)
    pth = Path(ask(python, "import sysconfig; print(sysconfig.get_path('purelib'))")) / PTH_NAME
    pth.unlink(missing_ok=True)
    if install:
        install_tools(python)
    paths = "import sysconfig; print(sysconfig.get_path('purelib')); print(sysconfig.get_path('platlib'))"
    pth.write_text("".join(f"{path}\n" for path in dict.fromkeys(ask(project, paths).splitlines())),
                   encoding="utf-8")
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


def build(distpath: Path, workpath: Path, install: bool = True, venv: Path | None = None) -> Path:
    """Build the bundle into ``distpath`` with the tools in ``venv`` (default: ``.venv``); the bundle's folder."""
    if venv is None:
        python = venv_python()
        if install:
            install_tools(python)
    else:
        python = build_venv(venv, install)
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
    parser.add_argument("--venv", type=Path, help="install the build tools into this virtual environment "
                        "(made if missing; it sees the libraries of .venv) instead of into .venv")
    parser.add_argument("--no-install", action="store_true", help="do not install the build tools")
    args = parser.parse_args(argv)
    venv = args.venv.resolve() if args.venv is not None else None
    bundle = build(args.distpath.resolve(), args.workpath.resolve(), install=not args.no_install, venv=venv)
    size, files = size_on_disk(bundle)
    print(f"build: {bundle}: {size / 1e6:.1f} MB on disk ({size / 2**20:.1f} MiB), {files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
