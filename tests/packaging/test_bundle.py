"""The double-click app: ``packaging/build.py`` builds the one-folder bundle, and the bundled binary works.

One build per test session (a couple of minutes at most), into a temporary folder: a developer's
``dist/`` and PyInstaller's work folder ``build/votingapp/`` are left alone, and so is ``.venv``: the pinned
PyInstaller goes into a virtual environment of its own, ``build/test-build-venv/`` (git-ignored, kept from
one run to the next), which sees the libraries of ``.venv``. Sizes and start-up times are benchmark figures
(``docs/benchmarks.md``), not assertions.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import PySide6

from tests.packaging.test_real_display_libraries import bundle_libraries, system_libraries
from tests.xdisplay import x_display

ROOT = Path(__file__).resolve().parents[2]
BUILD_VENV = ROOT / "build" / "test-build-venv"
PROJECT_PYTHON = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def project_packages() -> list[str]:
    """``name==version`` of every distribution installed in ``.venv``."""
    code = ("import importlib.metadata as m\n"
            "for d in sorted(f\"{d.metadata['Name']}=={d.version}\" for d in m.distributions()): print(d)")
    done = subprocess.run([str(PROJECT_PYTHON), "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.splitlines()


@dataclass(frozen=True)
class Build:
    folder: Path  # the bundle
    packages_before: list[str]  # in .venv, before and after the build
    packages_after: list[str]
    output: str  # what the build printed


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The build, done once."""
    out = tmp_path_factory.mktemp("bundle")
    before = project_packages()
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--distpath", str(out / "dist"),
                           "--workpath", str(out / "build"), "--venv", str(BUILD_VENV)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1100, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-8000:]
    return Build(out / "dist" / "votingapp", before, project_packages(), done.stdout)


@pytest.fixture(scope="module")
def bundle(built: Build) -> Path:
    """The built bundle's folder."""
    return built.folder


def test_the_build_tools_go_into_a_venv_of_their_own(built: Build) -> None:
    assert built.packages_after == built.packages_before, "the build changed what is installed in .venv"
    python = BUILD_VENV / PROJECT_PYTHON.relative_to(ROOT / ".venv")
    code = "import importlib.metadata as m, PyInstaller; print(PyInstaller.__file__); print(m.version('pyinstaller'))"
    where, version = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True,
                                    timeout=60).stdout.split()
    assert Path(where).is_relative_to(BUILD_VENV), where
    assert f"pyinstaller=={version}" in (ROOT / "packaging" / "requirements-build.txt").read_text(encoding="utf-8")


def run_bundled(bundle: Path, *args: str, cwd: Path,
                display: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the bundled executable the way a terminal would, away from the checkout and its venv; off screen, or on
    the X ``display`` (an environment from ``tests.xdisplay.x_display``)."""
    exe = bundle / ("votingapp-cli.exe" if os.name == "nt" else "votingapp")
    base = display if display is not None else os.environ
    env = {k: v for k, v in base.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    if display is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180,
                          check=False)


def test_the_bundled_app_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    done = run_bundled(bundle, "--self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("self-test passed: "), done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 (Xvfb) is the Linux desktop's display")
def test_the_bundled_app_passes_its_self_test_on_a_real_x_display(bundle: Path, tmp_path: Path) -> None:
    with x_display(1366, 768) as display:
        done = run_bundled(bundle, "--self-test", cwd=tmp_path, display=display)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("self-test passed: 7 windows opened on the xcb platform"), done.stdout + done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the system libraries of the Linux bundle")
def test_the_bundle_carries_what_the_xcb_platform_needs_and_no_gtk_or_cups(built: Build) -> None:
    carried = system_libraries(built.folder)
    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    required = bundle_libraries.required_libraries(qt)
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"} <= set(required)
    assert set(required) <= set(carried), sorted(set(required) - set(carried))
    assert not [name for name in carried if bundle_libraries.never_carried(name)]
    assert not [name for name in carried if name.startswith(("libgtk", "libgdk-3", "libcups", "libgnutls", "libavahi"))]
    assert f"the bundle carries {len(carried)} system libraries" in built.output, built.output[-3000:]
    plugins = built.folder / "_internal" / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert not list(plugins.glob("platformthemes/*gtk*"))


def test_the_bundle_carries_the_translations_and_qt_speech(built: Build) -> None:
    internal = built.folder / "_internal"
    translations = sorted(path.name for path in (ROOT / "resources" / "translations").glob("*.qm"))
    assert translations, "no compiled translation in resources/translations"
    assert sorted(path.name for path in (internal / "resources" / "translations").glob("*.qm")) == translations
    assert list((internal / "PySide6").glob("QtTextToSpeech*")), "PySide6.QtTextToSpeech is not in the bundle"
    if sys.platform.startswith("linux"):
        assert (internal / "PySide6" / "Qt" / "plugins" / "texttospeech" / "libqtexttospeech_speechd.so").is_file()


def test_the_bundled_app_runs_the_commands(bundle: Path, tmp_path: Path) -> None:
    # An open election: its tally shows the options at once (the bundled --self-test runs a secret one).
    created = run_bundled(bundle, "election", "create", "--data-dir", "desk1", "--title", "Bundle check",
                          "--ballot", "open", "--option", "Yes", "--option", "No", "--name", "Desk 1", cwd=tmp_path)
    assert created.returncode == 0, created.stdout + created.stderr
    tally = run_bundled(bundle, "tally", "--data-dir", "desk1", cwd=tmp_path)
    assert tally.returncode == 0, tally.stdout + tally.stderr
    assert "Yes" in tally.stdout and "No" in tally.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is for Linux desktops")
def test_the_desktop_entry_installs_for_the_bundle(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    script = bundle / "install-desktop-entry.sh"
    subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True, timeout=60)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(tmp_path / "applications" / "votingapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f'"{bundle / "votingapp"}"'
    assert desktop["Icon"] == "votingapp"
    assert (tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "votingapp.png").is_file()
    subprocess.run(["sh", str(script), "--remove"], env=env, check=True, capture_output=True, timeout=60)
    assert not (tmp_path / "applications" / "votingapp.desktop").exists()
