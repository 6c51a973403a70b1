"""A hostile trustee against the key ceremony's complaint (docs/record-format.md sections 6, 10, 11).

A complaint stops the ceremony for good and names the dealer.  When nobody could check it, one hostile
trustee could blame any honest dealer: the ceremony said "the share from Desk 2 is bad" and the authority,
restarting without Desk 2, evicted an honest station on that trustee's word.  Now the complainer reveals its
X25519 private key (worthless once the ceremony stops: no election key, no ballot) and every node decrypts
the share and checks it against the dealer's commitments: a complaint about a good share is refused.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.unit.chainmaker import ChainMaker, Election, make_election
from tests.unit.secretmaker import Trustees
from votingapp.core.chain import Ledger
from votingapp.core.errors import BadComplaint, DealsMissing, InvalidTransaction
from votingapp.core.mempool import Mempool
from votingapp.core.state import LedgerState, check_tx
from votingapp.core.transactions import Transaction, sign, txid_of


def refused(state: LedgerState, tx: Transaction) -> InvalidTransaction:
    with pytest.raises(InvalidTransaction) as info:
        check_tx(tx, txid_of(tx), state, state)
    with pytest.raises(type(info.value)):
        Mempool().add(tx, state)
    return info.value


def dealt(label: str, bad_share_to: int | None = None) -> tuple[Election, Trustees, ChainMaker, Ledger]:
    """Keys and deals in the chain; dealer 2's share to ``bad_share_to`` is wrong if given."""
    election = make_election(stations=3, ballot="secret", threshold=2, label=label)
    trustees, maker, ledger = Trustees(election), ChainMaker(election), Ledger(election.genesis)
    maker.add([trustees.key_tx(i) for i in (1, 2, 3)])
    maker.add([trustees.deal_tx(1), trustees.deal_tx(2, bad_share_to=bad_share_to), trustees.deal_tx(3)])
    for block in maker.blocks:
        ledger.add_block(block)
    return election, trustees, maker, ledger


def test_a_complaint_about_a_good_share_is_refused_and_the_ceremony_goes_on() -> None:
    _election, trustees, maker, ledger = dealt("false complaint")
    state = ledger.state
    assert trustees.check_received(state, 3) is None  # every share trustee 3 received is good
    error = refused(state, trustees.complaint_tx(3, dealer=2))
    assert isinstance(error, BadComplaint) and "good" in str(error)
    assert state.failed_dealer == 0
    maker.add([trustees.ack_tx(i) for i in (1, 2, 3)])
    tip = maker.tip
    assert tip is not None
    ledger.add_block(tip)
    assert state.ceremony_complete  # the false complaint stopped nothing


def test_a_complaint_about_a_bad_share_stops_the_ceremony_naming_the_dealer() -> None:
    election, trustees, maker, ledger = dealt("true complaint", bad_share_to=3)
    state = ledger.state
    maker.add([trustees.complaint_tx(3, dealer=2)])
    tip = maker.tip
    assert tip is not None
    ledger.add_block(tip)
    assert state.failed_dealer == 2 and state.ceremony_failed_by == election.stations[1].public


def test_a_complaint_must_reveal_the_complainers_own_key() -> None:
    """Revealing another key (say, one whose decryption of the box fails) cannot fake a bad share."""
    _election, trustees, _maker, ledger = dealt("wrong key")
    state = ledger.state
    honest = trustees.complaint_tx(3, dealer=2)
    other = trustees.complaint_tx(1, dealer=2)  # trustee 1's key: dealer 2's box to trustee 3 won't open
    forged = sign(replace(honest, private_key=other.private_key), trustees.station(3))
    error = refused(state, forged)
    assert isinstance(error, BadComplaint) and "key" in str(error)
    garbage = sign(replace(honest, private_key=bytes(32)), trustees.station(3))
    assert isinstance(refused(state, garbage), BadComplaint)


def test_a_complaint_about_a_deal_not_yet_in_a_block_waits() -> None:
    election = make_election(stations=3, ballot="secret", threshold=2, label="pending deal")
    trustees, maker, ledger = Trustees(election), ChainMaker(election), Ledger(election.genesis)
    maker.add([trustees.key_tx(i) for i in (1, 2, 3)])
    for block in maker.blocks:
        ledger.add_block(block)
    pool = Mempool()
    pool.add(trustees.deal_tx(2, bad_share_to=3), ledger.state)
    with pytest.raises(DealsMissing):
        pool.add(trustees.complaint_tx(3, dealer=2), ledger.state)
