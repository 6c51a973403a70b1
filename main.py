"""Start votingapp: ``python main.py [--data-dir DIR]`` opens the desktop app; ``python main.py COMMAND ...``
runs one of the headless commands (``python -m votingapp --help`` lists them)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    """A first argument that is not an option names a command; anything else starts the desktop app."""
    if argv and not argv[0].startswith("-"):
        from votingapp.cli import main as cli_main

        return cli_main(list(argv))
    from votingapp.gui.app import run

    return run(list(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
