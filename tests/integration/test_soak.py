"""The soak test as CI runs it: `python -m votingapp soak --minutes M --json` must lose nothing and agree.

Root only (network namespaces and tmpfs mounts). M comes from ``VOTINGAPP_SOAK_MINUTES`` (default 5;
fractions such as 0.5 are fine for a quick local run).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.netns import requires_netns
from votingapp.bench.soak import FAULT_KINDS, SETTLE_S

ROOT = Path(__file__).resolve().parents[2]
MINUTES = float(os.environ.get("VOTINGAPP_SOAK_MINUTES", "5"))
# The load, the settle phase, and room for setup and the offline checks (export, verify, tally).
RUN_TIMEOUT_S = MINUTES * 60 + SETTLE_S + 240
INTERRUPT_GRACE_S = 60

pytestmark = [*requires_netns(), pytest.mark.slow]


@pytest.mark.timeout(int(RUN_TIMEOUT_S + INTERRUPT_GRACE_S + 30))
def test_soak_loses_no_receipt_and_the_stations_agree(tmp_path):
    log_dir = tmp_path / "soak-logs"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "votingapp", "soak", "--minutes", str(MINUTES), "--json", "--log-dir", str(log_dir)]
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)  # the soak removes its namespaces and mounts on SIGINT
        try:
            out, err = proc.communicate(timeout=INTERRUPT_GRACE_S)
        finally:
            proc.kill()
        pytest.fail(f"the soak took more than {RUN_TIMEOUT_S:.0f} s; its log:\n{err[-5000:]}")
    assert out.strip(), f"no report (exit {proc.returncode}); stderr:\n{err[-5000:]}"
    report = json.loads(out)
    context = f"problems {report.get('problems')}; logs kept in {log_dir}; stderr:\n{err[-5000:]}"
    assert "receipts_lost" in report, context  # else the harness itself failed
    assert report["receipts_lost"] == 0, report["lost"][:10]
    assert report["voter_ids_lost"] == 0, report["lost"][:10]
    assert all(report["faults"][kind] > 0 for kind in FAULT_KINDS), report["faults"]
    assert report["tallies_agree"], report["tally"]
    assert report["tip_agreement"], report["tips"]
    assert report["verified"] == [True, True, True], context
    assert report["votes"]["returned"] > 0 and report["registrations"]["returned"] > 0, report
    assert report["ok"] and proc.returncode == 0, context
