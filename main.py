"""Start votingapp: ``python main.py [--data-dir DIR]`` opens the desktop app; ``python main.py COMMAND ...``
runs one of the headless commands (``python -m votingapp --help`` lists them); ``python main.py --self-test``
checks the whole app off screen (see ``votingapp/gui/self_test.py``). The bundled app's entry point too."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    """A first argument that is not an option names a command; ``--self-test`` runs the self-test; anything else
    starts the desktop app."""
    if argv and not argv[0].startswith("-"):
        from votingapp.bench.command import add_commands as bench_commands
        from votingapp.cli.main import main as cli_main

        return cli_main(list(argv), extra=[bench_commands])
    if "--self-test" in argv:
        from votingapp.gui.self_test import run as self_test

        return self_test([arg for arg in argv if arg != "--self-test"])
    from votingapp.gui.app import run

    return run(list(argv))


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the bundled app starts worker processes (verify) with itself
    sys.exit(main(sys.argv[1:]))
