#!/usr/bin/env bash
# Set up (system packages, a venv in .venv with the pinned requirements) and start the desktop app.
# Arguments go to the app, e.g. `bash start.sh --data-dir ~/desk2`; a command runs it headless
# (`bash start.sh tally --data-dir ~/desk2`).
set -euo pipefail
cd "$(dirname "$0")"
# The desktop app needs a screen: say so in one line rather than let Qt abort (a command or the self-test,
# which runs off screen by default, does not).
needs_screen=1
for arg in "$@"; do
  case "$arg" in --self-test|--help|-h) needs_screen=0 ;; esac
done
[[ $# -gt 0 && "$1" != -* ]] && needs_screen=0  # a command
if [[ $needs_screen == 1 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "start.sh: no display to open the app's windows on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from the desktop's terminal; 'bash start.sh --help' lists the options and 'python -m votingapp --help' the commands" >&2
  exit 1
fi
bash scripts/system-packages.sh app
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
exec .venv/bin/python main.py "$@"
