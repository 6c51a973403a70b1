#!/usr/bin/env bash
# Install the Debian/Ubuntu packages votingapp needs, if any is missing: `app` (Qt's libraries, venv) or
# `test` (those, plus iproute2 for the LAN tests, binutils for the PyInstaller bundle and an X server with its tools for the real-display tests).
# Uses sudo when not root; does nothing where apt-get is absent (other systems: install the same by hand).
set -euo pipefail
app=(python3-venv libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon0 libbrotli1 libdbus-1-3 libx11-6
     # Qt's xcb platform plugin (a real X display): without these the app aborts before its first window
     libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
     libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
     # the booth's audio ballot: the speechd plugin of Qt's text-to-speech needs libspeechd2 and libpulse0 (ldd);
     # speech-dispatcher speaks with espeak-ng (voices for English, French, Spanish and Arabic)
     libspeechd2 libpulse0 speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
# the tests' real X display: Xvfb, a window manager, typing and clicking, screenshots, QR and PDF readers
display=(xvfb openbox x11-utils xdotool imagemagick zbar-tools poppler-utils)
# the observer board's real headless browser tests (Selenium drives it)
browser=(chromium chromium-driver)
case "${1:-app}" in
  app) wanted=("${app[@]}") ;;
  test) wanted=("${app[@]}" iproute2 binutils "${display[@]}" "${browser[@]}") ;;
  *) echo "usage: $0 [app|test]" >&2; exit 2 ;;
esac
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || exit 0
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo)
echo "installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
