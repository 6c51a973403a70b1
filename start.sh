#!/usr/bin/env bash
# Set up (system packages, a venv in .venv with the pinned requirements) and start the desktop app.
# Arguments go to the app, e.g. `bash start.sh --data-dir ~/desk2`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/system-packages.sh app
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r requirements.txt
exec .venv/bin/python main.py "$@"
