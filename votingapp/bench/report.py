"""The benchmark report: the machine, then each section's figures, as text or as one JSON object."""

from __future__ import annotations

import datetime
import os
import platform
from typing import Any

from votingapp.bench.base import SectionResult


def cpu_model() -> str:
    """The CPU model name (from /proc/cpuinfo where there is one)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": datetime.date.today().isoformat(),
    }


def to_json(votes: int, sections: list[SectionResult]) -> dict[str, Any]:
    """``{"votes": N, "machine": {...}, "<section>": {key: value, ..., "targets": {key: {"max", "met"}}}}``."""
    out: dict[str, Any] = {"votes": votes, "machine": machine()}
    for section in sections:
        values: dict[str, Any] = {f.key: f.value for f in section.figures}
        values["targets"] = {f.key: {"max": f.limit, "met": f.met} for f in section.figures if f.limit is not None}
        out[section.name] = values
    return out


def _value(value: float | int) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.3f}".rstrip("0").rstrip(".")


def to_text(votes: int, sections: list[SectionResult]) -> str:
    """A readable report."""
    m = machine()
    lines = [
        f"votingapp benchmark, {votes} votes",
        f"machine: {m['cpus']} CPUs, {m['cpu_model']}, Python {m['python']}, {m['date']}",
    ]
    for section in sections:
        lines += ["", section.title]
        width = max(len(f.label) for f in section.figures) if section.figures else 0
        for f in section.figures:
            text = f"  {f.label:<{width}}  {_value(f.value):>12} {f.unit}".rstrip()
            if f.limit is not None:
                verdict = "met" if f.met else "MISSED"
                note = f", {f.note}" if f.note else ""
                text += f"   (target <= {_value(f.limit)}{note}: {verdict})"
            lines.append(text)
    return "\n".join(lines)
