#!/bin/sh
# Put votingapp in this user's application menu: the desktop entry and the icons, pointing at this bundle.
# Run it from the bundle (dist/votingapp/install-desktop-entry.sh); --remove takes them away again.
# Follows the XDG specs: $XDG_DATA_HOME (default ~/.local/share)/applications and icons/hicolor.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/votingapp.desktop"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/votingapp.png"; done
  echo "removed the votingapp desktop entry from $data"
  exit 0
fi

[ -x "$here/votingapp" ] || { echo "no votingapp executable next to $0: run this from the bundle" >&2; exit 1; }
for size in $sizes; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$here/_internal/resources/icons/votingapp-$size.png" "$data/icons/hicolor/${size}x${size}/apps/votingapp.png"
done
mkdir -p "$data/applications"
# Exec gets the bundle's absolute path, quoted as the desktop entry spec wants it.
sed "s|^Exec=.*|Exec=\"$here/votingapp\"|" "$here/votingapp.desktop" > "$data/applications/votingapp.desktop"
chmod 644 "$data/applications/votingapp.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$data/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
echo "installed the votingapp desktop entry in $data/applications (it starts $here/votingapp)"
