"""Helper process of the kill -9 test: adds blocks to a store in a loop, printing ``begin H`` before
writing block H and ``H`` once it is committed.

Run as ``python -c "import sys; from tests.unit.store_writer import main; main(sys.argv[1:])" DB LABEL
MAX_BLOCKS MAX_SECONDS`` from the repository root; the election must already be in the store, made by
``make_election(label=LABEL)``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.unit.chainmaker import Election, child, key
from votingapp.core.transactions import Transaction
from votingapp.store.database import ChainStore

VOTERS_PER_BLOCK = 20


def main(argv: list[str]) -> None:
    db, label, max_blocks, max_seconds = argv
    store = ChainStore(Path(db))
    genesis = store.genesis()
    assert genesis is not None
    election = Election(key(f"{label}/authority"), [key(f"{label}/station 0")], genesis)
    options = genesis.manifest.options
    ledger = store.open_ledger()
    deadline = time.monotonic() + float(max_seconds)
    for _ in range(int(max_blocks)):
        if time.monotonic() > deadline:
            break
        height = ledger.height + 1
        # New voters register; those registered by the block before vote.
        txs: list[Transaction] = [
            election.register(election.voter(height * 1000 + i)) for i in range(VOTERS_PER_BLOCK)
        ]
        if height > 1:
            txs += [
                election.vote(election.voter((height - 1) * 1000 + i), options[i % len(options)])
                for i in range(VOTERS_PER_BLOCK)
            ]
        block = child(election, ledger.block_at(ledger.height), txs)
        update = ledger.add_block(block)
        sys.stdout.write(f"begin {height}\n")  # lets the test kill while the block is being written
        sys.stdout.flush()
        store.record(block, update)
        sys.stdout.write(f"{height}\n")
        sys.stdout.flush()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1:])
