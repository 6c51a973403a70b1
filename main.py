"""Start votingapp: the desktop app, or with a command the headless tools (`python -m votingapp --help`)."""

from __future__ import annotations

import sys

from votingapp.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
