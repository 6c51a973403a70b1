"""``python -m votingapp COMMAND``: the command line, with the benchmark suite's ``bench`` command."""

from __future__ import annotations

import sys

from votingapp.bench.command import add_commands as bench_commands
from votingapp.cli.main import main

if __name__ == "__main__":
    sys.exit(main(extra=[bench_commands]))
