"""Small elections, signed transactions and blocks for tests, fast (low proof of work).

``make_election()`` gives an :class:`Election` with deterministic keys; its methods sign transactions.
Registrations, votes and closes are stamped by the election's own clock, one millisecond after the one
made before (from the creation time): what a test makes later is cast later, as at a real station.
``build_block()`` seals any block, also one that breaks a rule (wrong Merkle root, weak proof of work,
foreign signer, any height/prev/time).  :class:`ChainMaker` grows a chain block by block, and
:func:`filled_chain` gives a chain with registrations and votes in every block.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

from votingapp.core.block import BLOCK_SIG_DOMAIN, Block, header_obj
from votingapp.core.encoding import canonical
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis, Station, create_genesis
from votingapp.core.merkle import merkle_root
from votingapp.core.pow import block_hash, meets_difficulty, search_nonce
from votingapp.core.transactions import AdmitStation, Close, Open, Register, Transaction, Vote, sign, txid_of
from votingapp.core.voter_id import voter_key

DIFFICULTY = 6
T0 = 1_700_000_000_000  # creation time (ms) of every test election
STEP_MS = 1_000  # time between two blocks made here
OPTIONS = ("Alice", "Bob", "Carol")


_Tx = TypeVar("_Tx", AdmitStation, Register, Vote, Open, Close)


def _signed(tx: _Tx, signer: SigningKey) -> _Tx:
    return cast(_Tx, sign(tx, signer))


def key(label: str) -> SigningKey:
    """The same Ed25519 key for the same label, in every run."""
    return SigningKey.from_seed(hashlib.sha256(b"chainmaker/" + label.encode()).digest())


@dataclass
class Election:
    """A test election: its authority, its stations (in manifest order) and the signed manifest."""

    authority: SigningKey
    stations: list[SigningKey]
    genesis: Genesis
    clock: int = T0  # the time stamped on the last registration, vote or close made here

    def now(self) -> int:
        """The next time to stamp: one millisecond after the last one."""
        self.clock += 1
        return self.clock

    @property
    def id(self) -> bytes:
        """The election id."""
        return self.genesis.election_id

    @property
    def difficulty(self) -> int:
        """The manifest's proof-of-work difficulty."""
        return self.genesis.manifest.difficulty

    def voter(self, n: int) -> SigningKey:
        """Voter number ``n``'s key, derived like a real voter_id's."""
        return voter_key(hashlib.sha256(b"voter %d" % n).digest()[:16], self.id)

    def register(self, voter: SigningKey, station: SigningKey | None = None, time: int | None = None) -> Register:
        """A registration of ``voter`` by ``station`` (default: the first station) at ``time`` (default: now)."""
        station = station or self.stations[0]
        when = self.now() if time is None else time
        return _signed(Register(self.id, station=station.public, voter=voter.public, time=when), station)

    def vote(self, voter: SigningKey, choice: str, time: int | None = None) -> Vote:
        """A vote signed by the voter, cast at ``time`` (default: now)."""
        when = self.now() if time is None else time
        return _signed(Vote(self.id, voter=voter.public, choice=choice, time=when), voter)

    def admit(self, station: SigningKey, name: str = "late desk") -> AdmitStation:
        """The authority admits ``station``."""
        return _signed(AdmitStation(self.id, station=station.public, name=name), self.authority)

    def open(self, time: int = T0) -> Open:
        """The authority opens a manually opened election."""
        return _signed(Open(self.id, time=time), self.authority)

    def close(self, time: int | None = None) -> Close:
        """The authority closes the election at ``time`` (default: now)."""
        return _signed(Close(self.id, time=self.now() if time is None else time), self.authority)


def make_election(
    stations: int = 1,
    options: Sequence[str] = OPTIONS,
    difficulty: int = DIFFICULTY,
    manual_open: bool = False,
    label: str = "test",
    ballot: str = "open",
    threshold: int | None = None,
) -> Election:
    """A new election (fresh salt, so a new id each call) with ``stations`` admitted stations.

    Open (plaintext votes) unless ``ballot="secret"``: then every station is a trustee, ``threshold`` of them
    (default a majority) decrypt.
    """
    authority = key(f"{label}/authority")
    keys = [key(f"{label}/station {i}") for i in range(stations)]
    genesis = create_genesis(
        authority,
        f"Election {label}",
        list(options),
        [Station(k.public, f"Desk {i + 1}") for i, k in enumerate(keys)],
        difficulty=difficulty,
        manual_open=manual_open,
        created=T0,
        ballot=ballot,
        threshold=threshold,
    )
    return Election(authority, keys, genesis)


def build_block(
    height: int,
    prev: bytes,
    time: int,
    txs: Sequence[Transaction],
    miner: SigningKey,
    difficulty: int,
    *,
    merkle: bytes | None = None,
    signer: SigningKey | None = None,
    weak: bool = False,
) -> Block:
    """A block sealed by ``miner``, or one that breaks a rule on purpose.

    ``merkle`` overrides the Merkle root, ``signer`` signs in the miner's place, ``weak`` picks a nonce
    whose hash misses ``difficulty``.  Zero or too many transactions are allowed here.
    """
    txids = tuple(txid_of(tx) for tx in txs)
    root = merkle_root(txids) if merkle is None else merkle
    header = canonical(header_obj(height, prev, time, root, miner.public))
    if weak:
        nonce = next(n for n in range(1 << 16) if not meets_difficulty(block_hash(header, n), difficulty))
    else:
        found = search_nonce(header, difficulty)
        assert found is not None
        nonce = found
    digest = block_hash(header, nonce)
    sig = (signer or miner).sign(BLOCK_SIG_DOMAIN + digest)
    return Block(height, prev, time, root, miner.public, nonce, sig, tuple(txs), txids, digest)


def child(
    election: Election,
    parent: Block | None,
    txs: Sequence[Transaction],
    miner: SigningKey | None = None,
    *,
    height: int | None = None,
    prev: bytes | None = None,
    time: int | None = None,
    merkle: bytes | None = None,
    signer: SigningKey | None = None,
    weak: bool = False,
) -> Block:
    """A block on top of ``parent`` (None: the genesis), one step later, by ``miner`` (default: station 0).

    Any header field can be overridden; ``merkle``, ``signer`` and ``weak`` are as in :func:`build_block`.
    """
    if height is None:
        height = parent.height + 1 if parent else 1
    if prev is None:
        prev = parent.hash if parent else election.id
    if time is None:
        time = (parent.time if parent else T0) + STEP_MS
    return build_block(
        height,
        prev,
        time,
        txs,
        miner or election.stations[0],
        election.difficulty,
        merkle=merkle,
        signer=signer,
        weak=weak,
    )


@dataclass
class ChainMaker:
    """A chain of valid blocks grown one at a time on an election."""

    election: Election
    blocks: list[Block] = field(default_factory=list)

    @property
    def tip(self) -> Block | None:
        """The last block (None while only the genesis exists)."""
        return self.blocks[-1] if self.blocks else None

    def add(self, txs: Sequence[Transaction], miner: SigningKey | None = None) -> Block:
        """Mine the next block of ``txs`` and append it."""
        block = child(self.election, self.tip, txs, miner)
        self.blocks.append(block)
        return block

    def encoded(self) -> list[bytes]:
        """The blocks' canonical encodings, in order."""
        return [b.encode() for b in self.blocks]


def filled_chain(election: Election, n_blocks: int, voters_per_block: int = 3) -> ChainMaker:
    """A chain where each block registers new voters and holds the votes of the previous block's voters."""
    maker = ChainMaker(election)
    options = election.genesis.manifest.options
    for b in range(n_blocks):
        new = [election.voter(b * voters_per_block + i) for i in range(voters_per_block)]
        old = [election.voter((b - 1) * voters_per_block + i) for i in range(voters_per_block)] if b else []
        txs: list[Transaction] = [election.register(v) for v in new]
        txs += [election.vote(v, options[i % len(options)]) for i, v in enumerate(old)]
        maker.add(txs)
    return maker
