"""How long a station takes to hand out a voter_id and a receipt: one real node process, no peer, N
registrations and votes one after another through the control endpoint (what `register` and `vote` use).

    python -m tools.receipt_latency [N] [CHECKOUT]

CHECKOUT (default: this one) is the tree whose `votingapp` is measured, so the same command measures an older
commit checked out elsewhere (before/after figures in docs/benchmarks.md). Prints median, p95 and mean in ms.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 500
    if len(argv) > 1:
        sys.path.insert(0, argv[1])
    from votingapp.bench.cluster import make_election  # from the checkout asked for

    with tempfile.TemporaryDirectory(prefix="votingapp-latency-") as tmp:
        nodes, _manifest = make_election(Path(tmp), ["Desk"])
        node = nodes[0]
        node.start()
        try:
            def timed(cmd: str, **args: Any) -> tuple[float, Any]:
                start = time.perf_counter()
                result = node.request(cmd, **args)
                return (time.perf_counter() - start) * 1000, result

            for _ in range(20):  # warm-up
                timed("register")
            registrations, votes = [], []
            for _ in range(n):
                ms, answer = timed("register")
                registrations.append(ms)
                ms, _ = timed("vote", voter_id=answer["voter_id"], choice="Alice")
                votes.append(ms)
        finally:
            node.stop()
    for name, values in (("register", registrations), ("vote", votes)):
        values.sort()
        print(f"{name}: n={len(values)} median={statistics.median(values):.2f} ms "
              f"p95={values[int(len(values) * 0.95)]:.2f} ms mean={statistics.mean(values):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
