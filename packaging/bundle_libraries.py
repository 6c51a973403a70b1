"""The system libraries of the Linux bundle, decided here rather than by what the build machine happens to have.

- **Carried, always:** what Qt's xcb platform (the X11 window system) needs, resolved with ``ldd`` from Qt's
  ``platforms/libqxcb.so``, ``libQt6XcbQpa`` and the ``xcbglintegrations`` plugins (libxcb-cursor, -icccm,
  -keysyms, libxkbcommon-x11 ...), and what Qt's text-to-speech module and its speech-dispatcher plugin need
  (libpulse, through QtMultimedia). A build machine without one of them cannot make a bundle that opens a
  window (or speaks) on a desktop lacking it: the build stops and names the library and its Debian package.
- **From the target system, never carried:** glibc, the OpenGL/EGL drivers' libraries, ``libxcb.so.1`` and
  Wayland's client libraries (PyInstaller's own rule: they must match the system's drivers and server).
- **Left out, always:** ``NEVER_CARRIED``: GTK and its stack (only Qt's GTK theme plugin, left out, uses
  it), and the printing system's client ``libcups`` with what only it pulls in (GnuTLS, Avahi, Kerberos):
  Qt's cups plugin loads the system's own libcups where printing is set up (it talks to that system's print
  service), and a system without it just lists no printer. Also speech-dispatcher's ``libspeechd`` (the
  client must match the system's speech service).

Used by ``votingapp.spec`` (at build time) and ``build.py`` (its report and its check of the result). Only the
standard library: ``build.py`` runs with any Python 3.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Inside PySide6's Qt folder: the binaries of the xcb platform, and of speech.
XCB_BINARIES = ("plugins/platforms/libqxcb.so", "lib/libQt6XcbQpa.so.6",
                "plugins/xcbglintegrations/libqxcb-egl-integration.so",
                "plugins/xcbglintegrations/libqxcb-glx-integration.so")
SPEECH_BINARIES = ("lib/libQt6TextToSpeech.so.6", "plugins/texttospeech/libqtexttospeech_speechd.so")
REQUIRED_BINARIES = XCB_BINARIES + SPEECH_BINARIES

# Provided by the target system (PyInstaller leaves them out too): glibc, the graphics drivers' libraries,
# libxcb itself (installed with every X client) and Wayland's client libraries.
FROM_THE_SYSTEM = re.compile(
    r"^(linux-vdso|ld-linux[-\w]*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libcrypt|libnsl"
    r"|libE?(Open)?GLX?(ESv1_CM|ESv2)?(dispatch)?|libdrm|libxcb|libxcb-dri\d*|libwayland-[a-z]+)\.so(\.[\d.]+)?$")

# Never in the bundle, whatever the build machine has (basename patterns), and why.
NEVER_CARRIED: dict[str, str] = {
    **dict.fromkeys(("libgtk-3.so*", "libgdk-3.so*", "libatk-1.0.so*", "libatk-bridge-2.0.so*", "libatspi.so*",
                     "libcairo.so*", "libcairo-gobject.so*", "libpango-1.0.so*", "libpangocairo-1.0.so*",
                     "libpangoft2-1.0.so*", "libgdk_pixbuf-2.0.so*", "libepoxy.so*", "libcloudproviders.so*",
                     "libtracker-sparql-3.0.so*", "libcolord.so*", "librsvg-2.so*"),
                    "GTK (only Qt's GTK theme plugin, which the bundle leaves out, uses it)"),
    **dict.fromkeys(("libcups.so*", "libcupsimage.so*"),
                    "printing: Qt's cups plugin loads the system's own libcups (it must match its print service)"),
    **dict.fromkeys(("libgnutls.so*", "libnettle.so*", "libhogweed.so*", "libgmp.so*", "libtasn1.so*",
                     "libp11-kit.so*", "libidn2.so*", "libunistring.so*"), "TLS of libcups"),
    **dict.fromkeys(("libavahi-client.so*", "libavahi-common.so*"), "printer discovery of libcups"),
    "libspeechd.so*": "speech: Qt's speech-dispatcher plugin loads the system's own client of its service",
}

# The Debian/Ubuntu package of each library the xcb platform needs (for the build's error message).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-util.so.1": "libxcb-util1", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libpulse.so.0": "libpulse0", "libsndfile.so.1": "libsndfile1",
    "libasyncns.so.0": "libasyncns0",
}

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


class MissingLibrary(Exception):
    """A library the bundle must carry is not on the build machine; the message says which and how to get it."""


@dataclass(frozen=True)
class Needed:
    """A library a binary links to, as ``ldd`` resolved it (``path`` None: not found)."""

    name: str
    path: Path | None


def parse_ldd(output: str) -> list[Needed]:
    """The libraries in ``ldd``'s output (lines ``name => path`` or ``name => not found``)."""
    needed = []
    for line in output.splitlines():
        match = LDD_LINE.match(line)
        if match:
            name, where = match.groups()
            needed.append(Needed(name, None if where == "not found" else Path(where)))
    return needed


def never_carried(name: str) -> str | None:
    """Why the library ``name`` (a file name) is never in the bundle, or None."""
    for pattern, reason in NEVER_CARRIED.items():
        if fnmatch.fnmatch(name, pattern):
            return reason
    return None


def to_carry(needed: list[Needed], qt_dir: Path) -> dict[str, Path]:
    """Of the libraries ``needed``, those the bundle carries itself (not Qt's own, not the system's): name ->
    path. Raises :class:`MissingLibrary` naming every one that is not found."""
    missing = sorted({n.name for n in needed if n.path is None and not FROM_THE_SYSTEM.match(n.name)
                      and not never_carried(n.name)})
    if missing:
        packages = sorted({DEBIAN_PACKAGES.get(name, "?") for name in missing} - {"?"})
        hint = f"install {' '.join(packages)} (bash scripts/system-packages.sh app installs them)" if packages \
            else "install the packages that provide them"
        raise MissingLibrary(f"the bundle must carry {', '.join(missing)} for Qt's xcb platform (a real X display) "
                             "or its speech, "
                             f"and this build machine does not have {'it' if len(missing) == 1 else 'them'}: "
                             f"{hint}, then build again")
    carried: dict[str, Path] = {}
    for n in needed:
        if n.path is None or FROM_THE_SYSTEM.match(n.name) or never_carried(n.name) \
                or n.path.resolve().is_relative_to(qt_dir.resolve()):
            continue
        carried.setdefault(n.name, n.path)
    return carried


def required_libraries(qt_dir: Path) -> dict[str, Path]:
    """What the xcb platform and speech need that the bundle must carry (name -> path on this machine), by
    ``ldd`` of their binaries in PySide6's ``qt_dir``; raises :class:`MissingLibrary` when one is missing here."""
    binaries = [qt_dir / relative for relative in REQUIRED_BINARIES if (qt_dir / relative).exists()]
    for relative in (XCB_BINARIES[0], SPEECH_BINARIES[0]):
        if not (qt_dir / relative).exists():
            raise MissingLibrary(f"{relative} is not in {qt_dir}: is PySide6 installed whole?")
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(filter(None, [str(qt_dir / "lib"),
                                                                          os.environ.get("LD_LIBRARY_PATH")]))}
    needed: list[Needed] = []
    for binary in binaries:
        done = subprocess.run(["ldd", str(binary)], env=env, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise MissingLibrary(f"ldd {binary} failed: {done.stderr.strip()}")
        needed += parse_ldd(done.stdout)
    return to_carry(needed, qt_dir)
