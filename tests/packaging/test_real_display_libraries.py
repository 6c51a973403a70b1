"""What the Linux bundle carries for Qt's xcb platform (a real X display) is decided by
``packaging/bundle_libraries.py``, not by the build machine: a missing library stops the build with its name
and Debian package. These checks need no build (``test_bundle.py`` checks a built bundle)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import PySide6

ROOT = Path(__file__).resolve().parents[2]
QT = Path(PySide6.__file__).resolve().parent / "Qt"


def _load(name: str) -> ModuleType:
    """A module of packaging/ (not a package: its name is taken by the PyPI library 'packaging')."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        spec = importlib.util.spec_from_file_location(f"votingapp_packaging_{name}", ROOT / "packaging" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "packaging"))


bundle_libraries = _load("bundle_libraries")
system_libraries = _load("build").system_libraries

LDD_ON_A_BARE_MACHINE = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => {qt}/lib/libQt6XcbQpa.so.6 (0x00007f3e)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f3e)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f3e)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f3e)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f3e)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f3e)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's system libraries")
def test_the_xcb_platform_on_this_machine_has_everything_the_bundle_must_carry() -> None:
    required = bundle_libraries.required_libraries(QT)
    for name in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"):
        assert name in required and required[name].is_file(), name
    assert not [name for name in required if name.startswith(("libQt6", "libc.so", "libGL", "libxcb.so"))], required


def test_a_missing_xcb_library_stops_the_build_naming_it_and_its_package() -> None:
    needed = bundle_libraries.parse_ldd(LDD_ON_A_BARE_MACHINE.format(qt=QT))
    with pytest.raises(bundle_libraries.MissingLibrary) as caught:
        bundle_libraries.to_carry(needed, QT)
    message = str(caught.value)
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert "install libxcb-cursor0 libxcb-icccm4" in message
    assert "\n" not in message


def test_only_libraries_outside_qt_and_the_system_are_carried() -> None:
    found = LDD_ON_A_BARE_MACHINE.replace("libxcb-cursor.so.0 => not found",
                                          "libxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x1)")
    found = found.replace("libxcb-icccm.so.4 => not found", "libxcb-icccm.so.4 => /lib/libxcb-icccm.so.4 (0x1)")
    carried = bundle_libraries.to_carry(bundle_libraries.parse_ldd(found.format(qt=QT)), QT)
    assert sorted(carried) == ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"]


def test_gtk_cups_and_what_they_pull_in_are_never_carried() -> None:
    for name in ("libgtk-3.so.0", "libgdk-3.so.0", "libcups.so.2", "libgnutls.so.30", "libavahi-client.so.3",
                 "libspeechd.so.2"):
        assert bundle_libraries.never_carried(name), name
    for name in ("libxcb-cursor.so.0", "libX11.so.6", "libpulse.so.0", "libfontconfig.so.1"):
        assert bundle_libraries.never_carried(name) is None, name


def test_a_never_carried_library_missing_here_does_not_stop_the_build() -> None:
    needed = bundle_libraries.parse_ldd("\tlibspeechd.so.2 => not found\n\tlibX11.so.6 => /lib/libX11.so.6 (0x1)\n")
    assert sorted(bundle_libraries.to_carry(needed, QT)) == ["libX11.so.6"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's system libraries")
def test_the_build_stops_first_when_this_machine_lacks_an_xcb_library(tmp_path: Path) -> None:
    # This machine without libxcb-cursor, as ldd sees it: a wrapper first on PATH that hides it.
    tools = tmp_path / "bin"
    tools.mkdir()
    real_ldd = shutil.which("ldd")
    assert real_ldd is not None
    (tools / "ldd").write_text(f"#!/bin/sh\n{real_ldd} \"$@\" | sed 's|libxcb-cursor.so.0 => .*|"
                               "libxcb-cursor.so.0 => not found|'\n", encoding="utf-8")
    (tools / "ldd").chmod(0o755)
    env = {**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--distpath", str(tmp_path / "dist"),
                           "--workpath", str(tmp_path / "work"), "--no-install"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.splitlines() == [
        "build: the bundle must carry libxcb-cursor.so.0 for Qt's xcb platform (a real X display) or its speech, and "
        "this build machine does not have it: install libxcb-cursor0 (bash scripts/system-packages.sh app installs "
        "them), then build again"], done.stderr
    assert not (tmp_path / "dist").exists() and not (tmp_path / "work").exists()
