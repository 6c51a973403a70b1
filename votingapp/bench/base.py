"""What a benchmark section receives and returns."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class BenchOptions:
    """The run's parameters: the size of the election and a scratch directory for this section."""

    votes: int
    workdir: Path
    verbose: bool = False

    def progress(self, message: str) -> None:
        """A progress line on stderr (only when someone watches: stderr is a terminal)."""
        if self.verbose:
            sys.stderr.write(f"  ... {message}\n")
            sys.stderr.flush()


@dataclass(frozen=True)
class Figure:
    """One measured value; ``limit`` is its target (the value must be at most the limit) if it has one."""

    key: str
    label: str
    value: float | int
    unit: str = ""
    limit: float | None = None
    note: str = ""

    @property
    def met(self) -> bool | None:
        """Whether the target is met (None without a target)."""
        return None if self.limit is None else self.value <= self.limit


@dataclass
class SectionResult:
    """The figures of one section, in the order they are reported."""

    name: str
    title: str
    figures: list[Figure] = field(default_factory=list)

    def add(
        self, key: str, label: str, value: float | int, unit: str = "", limit: float | None = None, note: str = ""
    ) -> None:
        """Append a figure."""
        self.figures.append(Figure(key, label, value, unit, limit, note))
