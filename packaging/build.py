"""Build the double-click app: ``python3 packaging/build.py`` makes the one-folder bundle ``dist/votingapp/``.

It installs the pinned build tools (``packaging/requirements-build.txt``) into the project's ``.venv`` (made
by the README's first command or by ``bash tests/run``), runs PyInstaller with ``packaging/votingapp.spec``
and prints the bundle's size. On Linux it also puts the desktop entry and its installer into the bundle, and
its system libraries are decided by ``packaging/bundle_libraries.py``, not by the build machine: the build
stops at once, naming the Debian package, when a library the bundle must carry (Qt's xcb platform's, speech's)
is missing here; it prints the system libraries the bundle carries and checks that it carries every one it
must and none it never does.

``--venv DIR`` leaves ``.venv`` as it is: the build tools go into the virtual environment ``DIR`` (made if
missing, from the same Python), which sees the libraries of ``.venv`` through a ``.pth`` file, so the bundle
holds the very libraries the app runs with from the checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_libraries  # packaging/bundle_libraries.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX_EXTRAS = ("votingapp.desktop", "install-desktop-entry.sh")


PROJECT_VENV = ROOT / ".venv"
# Libraries of Qt, PySide, Python, and Python's extension modules: not system libraries.
OWN_LIBRARY = re.compile(r"^(libQt6|libpyside6|libshiboken6|libpython|libicu)|\.(abi3|cpython-[^.]+)\.so$")
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


def qt_folder(python: Path) -> Path:
    """PySide6's Qt folder in the environment of ``python``."""
    return Path(ask(python, "import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).resolve().parent / 'Qt')"))


def required_libraries() -> dict[str, Path]:
    """The libraries the Linux bundle must carry (``bundle_libraries``); exits with the reason if one is missing."""
    try:
        return bundle_libraries.required_libraries(qt_folder(venv_python()))
    except bundle_libraries.MissingLibrary as exc:
        sys.exit(f"build: {exc}")


def system_libraries(bundle: Path) -> list[str]:
    """The shared libraries the bundle carries beside Qt's, PySide's and Python's own (and Python's extensions)."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    return sorted(path.name for path in internal.iterdir() if ".so" in path.name and not OWN_LIBRARY.search(path.name))


def check_libraries(bundle: Path, required: dict[str, Path]) -> list[str]:
    """The bundle's system libraries, after checking it carries every required one and none never carried."""
    carried = system_libraries(bundle)
    missing = sorted(set(required) - set(carried))
    if missing:
        sys.exit(f"build: the bundle lacks {', '.join(missing)}, which it must carry (packaging/bundle_libraries.py)")
    unwanted = [name for name in carried if bundle_libraries.never_carried(name)]
    if unwanted:
        sys.exit(f"build: the bundle carries {', '.join(unwanted)}, which it never should "
                 "(packaging/bundle_libraries.py)")
    return carried


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
    required = required_libraries() if sys.platform.startswith("linux") else {}
    if venv is None:
        python = venv_python()
        if install:
            install_tools(python)
    else:
        python = build_venv(venv, install)
    done = subprocess.run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(distpath), "--workpath", str(workpath),
                           str(PACKAGING / "votingapp.spec")], check=False, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"build: PyInstaller failed with exit code {done.returncode} (its messages are above)")
    bundle = distpath / "votingapp"
    if sys.platform.startswith("linux"):
        for name in LINUX_EXTRAS:
            shutil.copy2(PACKAGING / name, bundle / name)
        carried = check_libraries(bundle, required)
        print(f"build: the bundle carries {len(carried)} system libraries ({len(required)} of them for Qt's xcb "
              f"platform and speech): {' '.join(carried)}")
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
