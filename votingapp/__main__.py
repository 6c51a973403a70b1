"""``python -m votingapp COMMAND``."""

from __future__ import annotations

import sys

from votingapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
