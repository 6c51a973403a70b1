"""Nothing secret ever leaves the board: every page, part, file and refusal is searched for secrets.

A real node process (a one-station election, open or secret) serves the board while voters register and
vote.  Searched for, in every response of every route (and language): each voter_id (as printed and with its
separators stripped), the station's and the authority's private keys, the control endpoint's secret, the
trustee's secrets (its X25519 key, polynomial and share of the election key); in the pages, nothing of a
single ballot either (no receipt, no voter key).  A voter_id typed into a URL is neither echoed nor logged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, load_pem_private_key

from tests.integration.cluster import free_port, make_election, wait_until
from tests.observer.rawhttp import Answer, get
from votingapp.core.voter_id import parse_voter_id, voter_key
from votingapp.store.datadir import DataDir

pytestmark = pytest.mark.slow
PAGES = ["/", "/live", "/board.json", *(f"{p}?lang={code}" for p in ("/", "/live") for code in ("fr", "es", "ar")),
         "/static/board.css", "/static/board.js", "/static/icon.svg"]
FILES = ["/manifest", "/record"]


def _plain(data: bytes) -> str:
    """Lowercase letters and digits only: finds a secret whatever its separators or case."""
    return re.sub(r"[^0-9a-z]", "", data.decode("utf-8", errors="replace").lower())


def _private_hex(pem_path: Path) -> str:
    key = load_pem_private_key(pem_path.read_bytes(), password=None)
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()  # type: ignore[union-attr]


def _station_secrets(data_dir: Path) -> dict[str, str]:
    found = {"station key": _private_hex(data_dir / "station.key"),
             "control secret": (data_dir / "control.secret").read_text().strip()}
    if (data_dir / "authority.key").exists():
        found["authority key"] = _private_hex(data_dir / "authority.key")
    raw = DataDir(data_dir).read_trustee_secret()
    if raw is not None:
        trustee = json.loads(raw)
        found["trustee X25519 key"] = trustee["hpke"]
        if trustee.get("share"):
            found["trustee share"] = trustee["share"]
        for i, coefficient in enumerate(trustee.get("polynomial") or []):
            found[f"trustee polynomial {i}"] = coefficient
    return found


def _all(port: int, paths: list[str]) -> dict[str, Answer]:
    out = {}
    for path in paths:
        for method in ("GET", "HEAD"):
            answer = get(port, path, method)
            assert answer.status == 200, (path, method, answer.status)
            assert "set-cookie" not in answer.headers
            out[f"{method} {path}"] = answer
    return out


@pytest.mark.parametrize("ballot", ["open", "secret"])
def test_no_response_of_the_board_holds_a_secret(tmp_path, ballot):
    # a secret ballot needs a second trustee station (the key ceremony has at least two dealers)
    nodes, manifest = make_election(tmp_path, ["Desk 1", "Desk 2"] if ballot == "secret" else ["Desk 1"],
                                    ballot=ballot)
    desk = nodes[0]
    port = free_port()
    try:
        desk.start(extra=["--observer-port", str(port)])
        for other in nodes[1:]:
            other.start(peers=[desk], join=manifest)
        if ballot == "secret":
            wait_until(lambda: desk.status()["ceremony"] == "complete", 60, "the key ceremony")
        election = bytes.fromhex(desk.status()["election"])
        voter_ids, receipts, voter_keys = [], [], []
        for choice in ("Alice", "Bob", "Carol", "Alice"):
            voter_id = desk.request("register", wait=True)["voter_id"]
            voter_ids.append(voter_id)
            receipts.append(desk.request("vote", voter_id=voter_id, choice=choice, wait=True)["txid"])
            voter_keys.append(voter_key(parse_voter_id(voter_id), election).public.hex())
        desk.request("close", wait=True)
        if ballot == "secret":
            wait_until(lambda: desk.request("tally").get("sealed") is False, 60, "the decryption")
        secrets = {f"{n.name}: {what}": value for n in nodes for what, value in _station_secrets(n.data_dir).items()}
        if ballot == "secret":
            assert "Desk 1: trustee share" in secrets  # the test searches for the share of the election key itself
        for i, voter_id in enumerate(voter_ids):
            secrets[f"voter_id {i}"] = voter_id
        # a voter_id typed into a URL: refused without echo
        typed = get(port, "/" + voter_ids[0])
        assert typed.status == 404 and voter_ids[0].encode() not in typed.raw
        pages = _all(port, PAGES)
        files = _all(port, FILES)
        board = json.loads(pages["GET /board.json"].body)
        assert board["voted"] == 4 and board["results"] == [["Alice", 2], ["Bob", 1], ["Carol", 1]]
        one_ballot = {**{f"receipt {i}": r for i, r in enumerate(receipts)},
                      **{f"voter key {i}": k for i, k in enumerate(voter_keys)}}
        for where, answer in [*pages.items(), *files.items(), ("404", typed)]:
            text = _plain(answer.raw)
            for what, secret in secrets.items():
                assert _plain(secret.encode()) not in text, f"{what} in {where}"
        for where, answer in pages.items():
            text = _plain(answer.raw)
            for what, value in one_ballot.items():
                assert value not in text, f"{what} in {where}"
        # the record is the public record (as `export` writes it): its voters' public keys, not their ids
        assert voter_keys[0] in files["GET /record"].body.decode()
        log = "".join(p.read_text(errors="replace") for p in (desk.data_dir / "logs").glob("*"))
        assert log and all(v not in log and _plain(v.encode()) not in _plain(log.encode()) for v in voter_ids)
    finally:
        for node in nodes:
            node.kill9()
