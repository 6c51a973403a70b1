"""What the surfaces (windows, control endpoint, CLI) ask a node, as typed, public results.

The functions take the node's :class:`ChainService` and run on the node's thread (the facade calls them
there).  Every result is a frozen dataclass of public data: nothing secret, nothing mutable of the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from votingapp.core.close_report import CloseInfo, describe_close
from votingapp.core.keys import fingerprint
from votingapp.core.state import LedgerState
from votingapp.core.tally import MIN_REDECRYPT_BALLOTS, Tally, ceremony_json
from votingapp.core.transactions import (
    AdmitStation,
    Ballot,
    Decryption,
    DkgComplaint,
    Register,
    Transaction,
    Vote,
    txid_of,
)
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.node.booth import check_ballot_voter
from votingapp.node.ceremony import CeremonyProgress
from votingapp.node.chain_service import ChainService
from votingapp.node.events import PeerInfo

EXPLORER_PAGE = 200


@dataclass(frozen=True)
class Status:
    """A node's state at a glance: the ``status --json`` object."""

    election: str
    title: str
    options: tuple[str, ...]
    station: str
    station_fingerprint: str
    name: str
    admitted: bool
    authority: bool
    height: int
    tip: str
    mempool: int
    mining: bool
    peers: tuple[PeerInfo, ...]
    listen: str | None
    last_block_time: int | None
    opened: bool
    closed: bool
    registered: int
    voted: int
    # Why this station cannot write to its disk (and refuses new votes), or None when it can.
    storage_error: str | None = None
    # This station's clock is wrong (mining and registration paused until it is set), or None (node/clock.py).
    clock_error: str | None = None
    # This station's clock minus the other stations' (ms, positive: ahead); None with fewer than 2 admitted peers.
    clock_skew_ms: int | None = None
    held_blocks: int = 0  # blocks dated a little ahead of network time, waiting until they are due
    after_close: CloseInfo | None = None  # once closed: reconciled stations, late returns, last change
    key_conflict: str | None = None  # another laptop with the same station key was seen (a copied data dir)
    ballot: str = "open"  # "secret": encrypted ballots (docs/design.md section 10); "open": plaintext votes
    # A secret election's key ceremony, one line ("waiting for trustee keys 1 of 3", "deals 2 of 3",
    # "acks 3 of 3", "complete", "stopped: the share from Desk 2 is bad"); None when open.
    ceremony: str | None = None
    ceremony_progress: CeremonyProgress | None = None  # the same, as fields (stage, done, of, ...)
    # A secret election's results: "sealed — 1 of 2 trustee shares" or "decrypted by 2 of 3 trustees"; None when open.
    decryption: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The object the control endpoint sends and ``status --json`` prints."""
        obj = {name: getattr(self, name) for name in self.__dataclass_fields__}
        obj["options"] = list(self.options)
        obj["peers"] = [peer_json(p) for p in self.peers]
        obj["after_close"] = self.after_close.to_json() if self.after_close is not None else None
        obj["ceremony_progress"] = self.ceremony_progress.to_json() if self.ceremony_progress is not None else None
        return obj


def tally_json(tally: Tally, state: LedgerState, after: CloseInfo | None) -> dict[str, Any]:
    """The ``tally --json`` object: the tally, a secret election's ceremony, the close report after the close."""
    obj = tally.to_json()
    if tally.secret:
        obj["ceremony"] = ceremony_json(state)
    if after is not None:
        obj["after_close"] = after.to_json()
    return obj


def decryption_text(tally: Tally, trustees: int) -> str | None:
    """What a secret election's results are: sealed (shares of k) or decrypted (by whom); None when open."""
    if not tally.secret:
        return None
    if tally.sealed:
        return f"sealed — {tally.shares} of {tally.threshold} trustee shares"
    text = f"decrypted by {len(tally.decrypted_by)} of {trustees} trustees"
    if tally.late_held_back:
        text += (f" (late returns since: {tally.late_ballots} not in it; fewer than {MIN_REDECRYPT_BALLOTS} late"
                 " ballots stay sealed, decrypting them apart would give away how they voted)")
    elif tally.stale:
        text += " (late returns came in since: the new count waits for the trustees' shares)"
    return text


def close_info(chain: ChainService, peers: tuple[PeerInfo, ...] = ()) -> CloseInfo | None:
    """The close report of the best chain, with stations named; None before the close."""
    return describe_close(chain.ledger.block_at, chain.ledger.height, chain.state, chain.station_key.public,
                          tuple((p.station, p.height) for p in peers))


def peer_json(peer: PeerInfo) -> dict[str, Any]:
    """A peer as JSON (the ``peers`` entries of ``status --json``)."""
    return {"name": peer.name, "station": peer.station, "address": peer.address, "height": peer.height,
            "inbound": peer.inbound}


@dataclass(frozen=True)
class TxLocation:
    """Where a transaction is: ``confirmed`` in a block, ``pending``, ``dropped`` (and why), or ``unknown``."""

    status: str
    type: str | None = None
    height: int | None = None
    block: str | None = None
    position: int | None = None
    confirmations: int | None = None
    reason: str | None = None  # why a ``dropped`` transaction was dropped

    def to_json(self) -> dict[str, Any]:
        """The ``block`` object of ``vote --wait`` / ``register --wait``."""
        if self.status == "dropped":
            return {"status": self.status, "reason": self.reason}
        if self.status != "confirmed":
            return {"status": self.status}
        return {"status": self.status, "height": self.height, "block": self.block, "position": self.position,
                "confirmations": self.confirmations}


@dataclass(frozen=True)
class WaitingStation:
    """A connected station that is not admitted: one the authority may admit."""

    key: str
    name: str
    fingerprint: str


@dataclass(frozen=True)
class BlockRow:
    """One block of the best chain, as the explorer lists it."""

    height: int
    hash: str
    time: int
    miner: str
    txs: int


@dataclass(frozen=True)
class BlockPage:
    """A page of blocks from some height down, and the tip's height."""

    tip: int
    rows: tuple[BlockRow, ...]


@dataclass(frozen=True)
class TxSummary:
    """One transaction of a block: id, type and what it says, as fields a window words."""

    txid: str
    type: str
    summary: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TxDetail:
    """Every (public) field of one transaction and where it is."""

    txid: str
    height: int
    block: str
    type: str
    fields: dict[str, Any]
    summary: dict[str, str]


def locate(chain: ChainService, txid: bytes) -> TxLocation:
    """Where a transaction is, with its type when known."""
    found = chain.store.find_tx(txid)
    if found is not None:
        height, block_hash, pos = found
        block = chain.ledger.block_at(height)
        kind = block.txs[pos].TYPE if block is not None and block.hash == block_hash else None
        return TxLocation("confirmed", kind, height, block_hash.hex(), pos, chain.ledger.height - height + 1)
    tx = chain.mempool.get(txid)
    if tx is not None:
        return TxLocation("pending", tx.TYPE)
    dropped = chain.store.find_dropped(txid)
    if dropped is not None:
        kind, reason, _at = dropped
        return TxLocation("dropped", kind, reason=reason)
    return TxLocation("unknown")


def check_voter(chain: ChainService, voter_id: str) -> None:
    """Raise the typed error that would refuse this voter's vote now (mistyped, not registered, voted, closed).

    Nothing is recorded: the vote is checked against the chain and the pending transactions, unsigned.
    """
    if chain.genesis.manifest.secret:
        check_ballot_voter(chain, voter_id, chain.clock.now_ms())
        return
    key = voter_key(parse_voter_id(voter_id), chain.election_id)
    probe = Vote(chain.election_id, voter=key.public, choice=chain.genesis.manifest.options[0],
                 time=chain.clock.now_ms())
    chain.mempool.check(probe, txid_of(probe), chain.state)


def station_label(chain: ChainService, key: bytes) -> str:
    """A station's name as people see it, with its fingerprint."""
    name = chain.state.station_names.get(key)
    return f"{name} ({fingerprint(key)})" if name else fingerprint(key)


def block_page(chain: ChainService, top: int | None = None, count: int = EXPLORER_PAGE) -> BlockPage:
    """Up to ``count`` blocks of the best chain from height ``top`` (default: the tip) down."""
    ledger = chain.ledger
    tip = ledger.height
    top = tip if top is None else min(top, tip)
    rows = []
    for height in range(top, max(0, top - count), -1):
        block = ledger.block_at(height)
        if block is None:
            continue
        rows.append(BlockRow(height, block.hash.hex(), block.time, station_label(chain, block.miner), len(block.txs)))
    return BlockPage(tip, tuple(rows))


def block_transactions(chain: ChainService, height: int) -> tuple[TxSummary, ...]:
    """The transactions of the best chain's block at ``height``."""
    block = chain.ledger.block_at(height)
    if block is None:
        return ()
    return tuple(TxSummary(txid.hex(), tx.TYPE, _summary(chain, tx)) for txid, tx in zip(block.txids, block.txs))


def transaction_detail(chain: ChainService, height: int, txid_hex: str) -> TxDetail | None:
    """Every field of one transaction of the block at ``height`` (all public: keys, choice, signature)."""
    block = chain.ledger.block_at(height)
    try:
        txid = bytes.fromhex(txid_hex)
    except ValueError:
        return None
    if block is None or txid not in block.txids:
        return None
    tx = block.txs[block.txids.index(txid)]
    return TxDetail(txid_hex, height, block.hash.hex(), tx.TYPE, tx.to_obj(), _summary(chain, tx))


def _summary(chain: ChainService, tx: Transaction) -> dict[str, str]:
    """What a transaction says, as fields the window words (and translates)."""
    if isinstance(tx, Vote):
        return {"choice": tx.choice, "voter": fingerprint(tx.voter)}
    if isinstance(tx, Register):
        return {"voter": fingerprint(tx.voter), "station": station_label(chain, tx.station)}
    if isinstance(tx, AdmitStation):
        return {"name": tx.name, "station": fingerprint(tx.station)}
    if isinstance(tx, Ballot):
        return {"voter": fingerprint(tx.voter)}
    if isinstance(tx, DkgComplaint):
        return {"station": station_label(chain, tx.station), "dealer": str(tx.dealer)}
    if isinstance(tx, Decryption):
        return {"station": station_label(chain, tx.station), "upto": tx.upto.hex()}
    return {}


def waiting_stations(chain: ChainService, peers: tuple[PeerInfo, ...]) -> tuple[WaitingStation, ...]:
    """Connected peers whose station is not admitted (nor about to be): the ones the authority may admit."""
    state = chain.state
    pending = {tx.station for tx in chain.mempool.transactions() if isinstance(tx, AdmitStation)}
    out = []
    for peer in peers:
        try:
            raw = bytes.fromhex(peer.station)
        except ValueError:
            continue
        if len(raw) == 32 and not state.is_admitted(raw) and raw not in pending:
            out.append(WaitingStation(raw.hex(), peer.name, fingerprint(raw)))
    return tuple(out)
