"""The node's chain service: a batch of synced blocks is checked in parallel but applied in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.unit.chainmaker import ChainMaker, child, filled_chain, key, make_election
from votingapp.core.errors import BadSignature, BlockTransactionError
from votingapp.net.chain_access import BlockResult
from votingapp.node.chain_service import ChainService
from votingapp.store.database import ChainStore


def _service(tmp_path: Path, election, executor=None) -> ChainService:
    store = ChainStore(tmp_path / "db.sqlite3", create=True)
    store.set_genesis(election.genesis)
    return ChainService(store, key("service station"), "Desk", lambda *_: None, executor)


def test_a_batch_of_blocks_is_applied_in_order_and_stored(tmp_path):
    election = make_election()
    chain = filled_chain(election, 6)
    with ThreadPoolExecutor(2) as pool:
        service = _service(tmp_path, election, pool)
        results = service.receive_blocks(chain.encoded(), "peer")
        assert results == [BlockResult.NEW] * 6
        assert service.ledger.height == 6
        assert [h for h, _hash, _data in service.store.main_blocks()] == [1, 2, 3, 4, 5, 6]
        assert service.receive_blocks(chain.encoded()[:2], "peer") == [BlockResult.KNOWN] * 2
        service.store.close()


def test_a_batch_stops_at_the_first_orphan(tmp_path):
    election = make_election()
    chain = filled_chain(election, 4)
    service = _service(tmp_path, election)
    encoded = chain.encoded()
    assert service.receive_blocks([encoded[0], encoded[2], encoded[3]], "peer") == [BlockResult.NEW, BlockResult.ORPHAN]
    assert service.ledger.height == 1
    service.store.close()


def test_a_bad_signature_in_a_batch_raises_after_the_good_blocks_before_it(tmp_path):
    election = make_election()
    maker = ChainMaker(election)
    voters = [election.voter(i) for i in range(3)]
    good = maker.add([election.register(v) for v in voters])
    forged = election.vote(voters[0], "Alice")
    forged = type(forged)(**{**forged.__dict__, "sig": bytes(64)})
    bad = child(election, good, [forged])
    service = _service(tmp_path, election)
    with pytest.raises(BlockTransactionError) as caught:
        service.receive_blocks([good.encode(), bad.encode()], "peer")
    assert isinstance(caught.value.cause, BadSignature)
    assert service.ledger.height == 1 and service.state.registered == {v.public for v in voters}
    service.store.close()
