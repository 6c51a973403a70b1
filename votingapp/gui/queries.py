"""What the windows ask the node, as functions run on the node's thread (through ``NodeBridge.request``).

Each returns plain, public data (no Qt, nothing secret): the windows only draw it.
"""

from __future__ import annotations

from typing import Any

from votingapp.cli_audit import tally_object
from votingapp.core.keys import fingerprint
from votingapp.core.transactions import AdmitStation, Register, Transaction, Vote, txid_of
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.node import Node

EXPLORER_PAGE = 200


def results(node: Node) -> dict[str, Any]:
    """The tally (results left out while the election hides them), turnout and the election's state."""
    state = node.chain.state
    obj = tally_object(state)
    manifest = state.manifest
    obj.update(
        title=manifest.title,
        options=list(manifest.options),
        results_mode=manifest.results,
        closed=state.closed,
        opened=state.opened,
    )
    return obj


def check_voter(node: Node, voter_id: str) -> None:
    """Raise the typed error that would refuse this voter's vote now (mistyped, not registered, voted, closed).

    Nothing is recorded: the vote is checked against the chain and the pending transactions, unsigned.
    """
    chain = node.chain
    key = voter_key(parse_voter_id(voter_id), chain.election_id)
    probe = Vote(chain.election_id, voter=key.public, choice=chain.genesis.manifest.options[0])
    chain.mempool.check(probe, txid_of(probe), chain.state)


def station_label(node: Node, key: bytes) -> str:
    """A station's name as people see it, with its fingerprint."""
    name = node.chain.state.station_names.get(key)
    return f"{name} ({fingerprint(key)})" if name else fingerprint(key)


def block_rows(node: Node, top: int | None = None, count: int = EXPLORER_PAGE) -> dict[str, Any]:
    """Up to ``count`` blocks of the best chain from height ``top`` (default: the tip) down."""
    ledger = node.chain.ledger
    tip = ledger.height
    top = tip if top is None else min(top, tip)
    rows = []
    for height in range(top, max(0, top - count), -1):
        block = ledger.block_at(height)
        if block is None:
            continue
        rows.append({"height": height, "hash": block.hash.hex(), "time": block.time,
                     "miner": station_label(node, block.miner), "txs": len(block.txs)})
    return {"tip": tip, "rows": rows}


def block_transactions(node: Node, height: int) -> list[dict[str, Any]]:
    """The transactions of the best chain's block at ``height``: id, type and a short summary."""
    block = node.chain.ledger.block_at(height)
    if block is None:
        return []
    return [{"txid": txid.hex(), "type": tx.TYPE, "summary": _summary(node, tx)}
            for txid, tx in zip(block.txids, block.txs)]


def transaction_detail(node: Node, height: int, txid_hex: str) -> dict[str, Any]:
    """Every field of one transaction (all public: keys, choice, signature) and where it is."""
    block = node.chain.ledger.block_at(height)
    txid = bytes.fromhex(txid_hex)
    if block is None or txid not in block.txids:
        return {}
    tx = block.txs[block.txids.index(txid)]
    fields = tx.to_obj()
    return {"txid": txid_hex, "height": height, "block": block.hash.hex(), "fields": fields, "type": tx.TYPE,
            "summary": _summary(node, tx)}


def _summary(node: Node, tx: Transaction) -> dict[str, str]:
    """What a transaction says, as fields the window words (and translates)."""
    if isinstance(tx, Vote):
        return {"choice": tx.choice, "voter": fingerprint(tx.voter)}
    if isinstance(tx, Register):
        return {"voter": fingerprint(tx.voter), "station": station_label(node, tx.station)}
    if isinstance(tx, AdmitStation):
        return {"name": tx.name, "station": fingerprint(tx.station)}
    return {}


def locate_receipt(node: Node, receipt: str) -> dict[str, Any]:
    """Where the vote with this receipt (its transaction id) is: confirmed in a block, pending, or unknown."""
    txid = bytes.fromhex(receipt)
    where = node.chain.locate(txid)
    if where["status"] == "confirmed":
        block = node.chain.ledger.block_at(where["height"])
        if block is not None:
            where["type"] = block.txs[where["position"]].TYPE
    elif where["status"] == "pending":
        tx = node.chain.mempool.get(txid)
        where["type"] = tx.TYPE if tx is not None else "?"
    return where


def waiting_stations(node: Node) -> list[dict[str, Any]]:
    """Connected peers whose station is not admitted (yet): the ones the authority may admit."""
    state = node.chain.state
    pending = {tx.station for tx in node.chain.mempool.transactions() if isinstance(tx, AdmitStation)}
    out = []
    for peer in node.peer_list():
        key = peer.get("station")
        raw = bytes.fromhex(key) if isinstance(key, str) else key
        if isinstance(raw, bytes) and len(raw) == 32 and not state.is_admitted(raw) and raw not in pending:
            out.append({"key": raw.hex(), "name": peer.get("name") or "", "fingerprint": fingerprint(raw)})
    return out
