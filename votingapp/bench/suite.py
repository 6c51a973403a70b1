"""The list of benchmark sections and the ``bench`` command's driver.

To add a section: write ``run(options: BenchOptions) -> SectionResult`` in a module of this package and
append a :class:`Section` to :data:`SECTIONS`.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from votingapp.bench import ledger_bench, network_bench, observer_bench, secret_bench
from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.bench.report import to_json, to_text


@dataclass(frozen=True)
class Section:
    """A named part of the suite."""

    name: str
    run: Callable[[BenchOptions], SectionResult]


def _gui(options: BenchOptions) -> SectionResult:
    """The GUI section; imported on use, so that the other sections never load Qt."""
    from votingapp.bench import responsiveness

    return responsiveness.run(options)


def _secret_gui(options: BenchOptions) -> SectionResult:
    """The GUI section with a secret election's chain of ballots as the sync source (Qt imported on use)."""
    from votingapp.bench import responsiveness

    return responsiveness.run(options, secret_bench.build_gui_source, "secret_gui", "ballots")


SECTIONS: list[Section] = [
    Section("ledger", ledger_bench.run),
    Section("network", network_bench.run),
    Section("gui", _gui),
    Section("secret", secret_bench.run),
    Section("secret_gui", _secret_gui),
    Section("observer", observer_bench.run),
]


def run_suite(votes: int, names: Sequence[str] | None = None, verbose: bool = False) -> list[SectionResult]:
    """Run the chosen sections (all by default), each in its own scratch directory."""
    chosen = [s for s in SECTIONS if not names or s.name in names]
    results = []
    with tempfile.TemporaryDirectory(prefix="votingapp-bench-") as tmp:
        for section in chosen:
            if verbose:
                sys.stderr.write(f"bench: {section.name}\n")
            workdir = Path(tmp) / section.name
            workdir.mkdir()
            results.append(section.run(BenchOptions(votes, workdir, verbose)))
    return results


def main(votes: int, as_json: bool, names: Sequence[str] | None = None) -> int:
    """The ``bench`` command: run, then print the report (exit 0) or one error line (exit 1)."""
    unknown = sorted(set(names or ()) - {s.name for s in SECTIONS})
    if unknown:
        known = ", ".join(s.name for s in SECTIONS)
        sys.stderr.write(f"votingapp: error: unknown bench section {unknown[0]!r} (sections: {known})\n")
        return 2
    try:
        results = run_suite(votes, names, verbose=sys.stderr.isatty())
    except ledger_bench.BenchError as exc:
        sys.stderr.write(f"votingapp: error: {exc}\n")
        return 1
    print(json.dumps(to_json(votes, results)) if as_json else to_text(votes, results))
    return 0
