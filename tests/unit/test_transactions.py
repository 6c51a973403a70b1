"""Transactions: what is signed is the canonical body, and the id covers body and signature."""

from __future__ import annotations

import functools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.chainmaker import Election, key, make_election
from votingapp.core.encoding import canonical
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, decode_tx, sign, txid_of

DOMAIN = b"votingapp/tx/v1"
names = st.text(max_size=64)


@functools.cache
def election() -> Election:
    return make_election()


def signs_the_canonical_body(tx: Transaction) -> bool:
    return tx.signing_bytes() == DOMAIN + canonical(tx.body())


def test_every_type_signs_the_domain_tag_and_its_canonical_body() -> None:
    e = election()
    voter = e.voter(1)
    for tx in (e.register(voter), e.vote(voter, "Alice"), e.admit(key("x")), e.open(), e.close()):
        assert signs_the_canonical_body(tx), tx.TYPE


@settings(max_examples=100, deadline=None)
@given(names)
def test_a_vote_signs_its_canonical_body_whatever_the_choice_text(choice: str) -> None:
    assert signs_the_canonical_body(Vote(election().id, voter=b"\1" * 32, choice=choice))


@settings(max_examples=100, deadline=None)
@given(names)
def test_an_admission_signs_its_canonical_body_whatever_the_station_name(name: str) -> None:
    assert signs_the_canonical_body(AdmitStation(election().id, station=b"\2" * 32, name=name))


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 1 << 53))
def test_timed_transactions_sign_their_canonical_body_whatever_the_time(time: int) -> None:
    assert signs_the_canonical_body(Open(election().id, time=time))
    assert signs_the_canonical_body(Close(election().id, time=time))
    assert signs_the_canonical_body(Register(election().id, station=b"\2" * 32, voter=b"\1" * 32, time=time))
    assert signs_the_canonical_body(Vote(election().id, voter=b"\1" * 32, choice="Zoë", time=time))


def test_the_transaction_id_changes_with_the_signature() -> None:
    e = election()
    vote = e.vote(e.voter(1), "Alice")
    assert txid_of(vote) != txid_of(replace(vote, sig=bytes(64)))


def test_signing_twice_gives_the_same_transaction_and_id() -> None:
    e = election()
    vote = Vote(e.id, voter=e.voter(1).public, choice="Bob", time=e.genesis.manifest.created + 5)
    assert sign(vote, e.voter(1)).sig == sign(vote, e.voter(1)).sig
    assert txid_of(sign(vote, e.voter(1))) == txid_of(e.vote(e.voter(1), "Bob", time=e.genesis.manifest.created + 5))


def test_a_decoded_transaction_has_the_same_id() -> None:
    e = election()
    vote = e.vote(e.voter(1), "Carol")
    assert txid_of(decode_tx(vote.encode())) == txid_of(vote)
