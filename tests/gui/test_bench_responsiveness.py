"""bench, section gui: a behaviour test of the figures (no timing assertions: figures come from `bench`)."""

from __future__ import annotations

import sys

from votingapp.bench import responsiveness
from votingapp.bench.base import BenchOptions
from votingapp.bench.suite import SECTIONS
from votingapp.gui.gil import SWITCH_INTERVAL_S

KEYS = {
    "max_stall_ms", "gap_p99_ms", "gap_median_ms", "heartbeats", "sync_seconds", "sync_max_stall_ms",
    "mining_seconds", "mining_max_stall_ms", "mined_blocks", "results_refreshes", "results_voted",
    "open_max_stall_ms",
}


def test_the_gui_section_syncs_mines_and_reports_every_figure(qapp, tmp_path):
    interval = sys.getswitchinterval()
    result = responsiveness.run(BenchOptions(200, tmp_path))

    assert result.name == "gui"
    figures = {f.key: f for f in result.figures}
    assert set(figures) == KEYS
    assert all(isinstance(f.value, int | float) and f.value >= 0 for f in figures.values())
    assert [f.key for f in result.figures if f.limit is not None] == ["max_stall_ms"]
    assert figures["max_stall_ms"].limit == 100
    assert figures["heartbeats"].value > 0
    assert figures["mined_blocks"].value >= 1  # the app's node mined after it synced
    # The results window followed the chain live: the synced votes and the ones mined here.
    assert figures["results_voted"].value == 200 + responsiveness.MINING_VOTERS
    assert figures["results_refreshes"].value >= 2
    assert sys.getswitchinterval() == interval  # the app's interval applied during the run only
    assert interval != SWITCH_INTERVAL_S


def test_the_suite_lists_the_gui_section():
    assert "gui" in [s.name for s in SECTIONS]
