"""A trustee's secrets in its data dir: owner-only, encrypted with VOTINGAPP_PASSPHRASE, unreadable without
it (or with another one), survive a reopen, and never reach a log."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest

from votingapp.core.crypto.dkg import new_polynomial
from votingapp.core.crypto.group import Scalar
from votingapp.node.trustee_store import SecretFileError, TrusteeStore
from votingapp.store.datadir import DataDir

ELECTION = bytes(range(32))


def _secrets_hex(store: TrusteeStore) -> list[str]:
    s = store.load()
    assert s is not None
    out = [s.hpke.private_bytes_raw().hex()]
    if s.polynomial is not None:
        out += [a.hex() for a in s.polynomial.coefficients]
    if s.share is not None:
        out.append(s.share.hex())
    return out


def test_secrets_are_encrypted_with_the_passphrase_and_unreadable_without_it(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("VOTINGAPP_PASSPHRASE", "correct horse")
    dd = DataDir(tmp_path / "desk")
    store = TrusteeStore(dd)
    secrets = store.new(ELECTION, 2)
    secrets = store.update(secrets, polynomial=new_polynomial(2))
    secrets = store.update(secrets, share=Scalar.from_int(123456789), polynomial=None)
    raw = dd.trustee_secret_path.read_bytes()
    assert secrets.share is not None
    for value in _secrets_hex(store):
        assert value not in raw.decode()
        assert bytes.fromhex(value) not in raw
    assert b"scrypt-chacha20poly1305" in raw

    again = TrusteeStore(DataDir(tmp_path / "desk")).load()  # what a restarted node reads
    assert again is not None and again.index == 2 and again.election == ELECTION
    assert again.public_key == secrets.public_key and again.share == secrets.share and again.polynomial is None

    monkeypatch.delenv("VOTINGAPP_PASSPHRASE")
    with pytest.raises(SecretFileError, match="VOTINGAPP_PASSPHRASE"):
        TrusteeStore(DataDir(tmp_path / "desk")).load()
    monkeypatch.setenv("VOTINGAPP_PASSPHRASE", "wrong")
    with pytest.raises(SecretFileError, match="passphrase is wrong"):
        TrusteeStore(DataDir(tmp_path / "desk")).load()


def test_a_damaged_secret_file_is_refused_not_misread(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("VOTINGAPP_PASSPHRASE", "pw")
    dd = DataDir(tmp_path / "desk")
    TrusteeStore(dd).new(ELECTION, 1)
    raw = bytearray(dd.trustee_secret_path.read_bytes())
    i = raw.index(b'"data": "') + 12
    raw[i] = ord("0") if raw[i] != ord("0") else ord("1")
    dd.trustee_secret_path.write_bytes(bytes(raw))
    with pytest.raises(SecretFileError):
        TrusteeStore(dd).load()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_secret_file_is_owner_only_even_under_a_lax_umask(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("VOTINGAPP_PASSPHRASE", raising=False)
    old = os.umask(0o022)
    try:
        dd = DataDir(tmp_path / "desk")
        TrusteeStore(dd).new(ELECTION, 1)
    finally:
        os.umask(old)
    assert stat.S_IMODE(dd.trustee_secret_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(dd.path.stat().st_mode) == 0o700
    # without a passphrase (as the station key) it is owner-only but readable back
    assert TrusteeStore(dd).load() is not None


def test_no_secret_reaches_a_log_or_a_repr(tmp_path: Path, monkeypatch, caplog):
    monkeypatch.setenv("VOTINGAPP_PASSPHRASE", "pw")
    caplog.set_level(logging.DEBUG)
    dd = DataDir(tmp_path / "desk")
    store = TrusteeStore(dd)
    secrets = store.new(ELECTION, 1)
    secrets = store.update(secrets, polynomial=new_polynomial(3), share=Scalar.from_int(987654321))
    logging.getLogger("votingapp").info("secrets: %r", secrets)
    text = caplog.text + repr(secrets) + str(secrets)
    for value in _secrets_hex(store):
        assert value not in text
        assert value[:16] not in text
