"""The data dir: one node's database, station key, optional authority key, config and logs.

Layout (docs/design.md section 6)::

    votingapp.sqlite3   the blocks (SQLite, WAL)
    station.key         this station's Ed25519 key (PKCS#8 PEM, owner-only)
    authority.key       the election authority's key (only on the station that created the election)
    config.json         station name and settings
    trustee.secret      a trustee station's secrets of a secret-ballot election (X25519 key, polynomial, x_j)
    control.secret      secret of the local control endpoint (written while a node runs)
    logs/               log files

Keys are encrypted at rest when ``VOTINGAPP_PASSPHRASE`` is set: the Ed25519 keys as encrypted PKCS#8 PEM,
the trustee's secrets (:meth:`DataDir.write_trustee_secret`) sealed with scrypt and ChaCha20-Poly1305
(:func:`seal_secret`).

The data dir and everything in it are owner-only (POSIX): opening a data dir (``ensure``, ``require``,
``open_store``, ``station_key``) makes the directory 0700 and its files 0600, whatever they were before (a
directory made with ``mkdir``, a database created under a lax umask); new files are created owner-only.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis
from votingapp.store.database import ChainStore, StoreError
from votingapp.store.files import atomic_write_bytes, create_private, make_private

DB_NAME = "votingapp.sqlite3"
MAX_SECURED_ENTRIES = 1000  # entries of the data dir (and of logs/) made owner-only, at most
TRUSTEE_SECRET_NAME = "trustee.secret"
SECRET_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1  # about 32 MiB and 0.1 s per open: once per node start
MAX_SECRET_FILE = 64 * 1024


def default_data_dir() -> Path:
    """The per-user application data location."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "votingapp"


def _passphrase() -> bytes | None:
    value = os.environ.get("VOTINGAPP_PASSPHRASE")
    return value.encode() if value else None


class SecretFileError(StoreError):
    """A secret file that cannot be read: damaged, or encrypted and the passphrase is missing or wrong."""


def _aad(label: str) -> bytes:
    return b"votingapp/secret/v1/" + label.encode()


def seal_secret(data: bytes, passphrase: bytes | None, label: str) -> bytes:
    """The bytes of a secret file holding ``data``: JSON; with a passphrase, ``data`` is encrypted with
    ChaCha20-Poly1305 under a key derived by scrypt (random salt and nonce, ``label`` authenticated), without
    one it is stored as hex (the file is owner-only either way, as the station key)."""
    if passphrase is None:
        obj: dict[str, Any] = {"v": SECRET_VERSION, "label": label, "enc": "none", "data": data.hex()}
    else:
        salt, nonce = os.urandom(16), os.urandom(12)
        key = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase)
        sealed = ChaCha20Poly1305(key).encrypt(nonce, data, _aad(label))
        obj = {"v": SECRET_VERSION, "label": label, "enc": "scrypt-chacha20poly1305", "n": SCRYPT_N, "r": SCRYPT_R,
               "p": SCRYPT_P, "salt": salt.hex(), "nonce": nonce.hex(), "data": sealed.hex()}
    return json.dumps(obj, sort_keys=True).encode()


def open_secret(raw: bytes, passphrase: bytes | None, label: str, path: str = "the secret file") -> bytes:
    """The data of a secret file made by :func:`seal_secret`; :class:`SecretFileError` says why not."""
    try:
        obj = json.loads(raw)
        if not isinstance(obj, dict) or obj.get("v") != SECRET_VERSION or obj.get("label") != label:
            raise ValueError("not a secret file of this kind")
        data = bytes.fromhex(str(obj["data"]))
        if obj.get("enc") == "none":
            return data
        if obj.get("enc") != "scrypt-chacha20poly1305":
            raise ValueError("unknown encryption")
        n, r, p = int(obj["n"]), int(obj["r"]), int(obj["p"])
        if not (1 < n <= 1 << 20 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("scrypt parameters out of range")
        salt, nonce = bytes.fromhex(str(obj["salt"])), bytes.fromhex(str(obj["nonce"]))
    except (ValueError, KeyError, TypeError):
        raise SecretFileError(f"secret file {path} is damaged") from None
    if passphrase is None:
        raise SecretFileError(f"secret file {path} is encrypted: set VOTINGAPP_PASSPHRASE")
    try:
        key = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase)
        return ChaCha20Poly1305(key).decrypt(nonce, data, _aad(label))
    except (InvalidTag, ValueError):
        raise SecretFileError(f"secret file {path} is damaged or the passphrase is wrong") from None


class DataDir:
    """Paths and small files of one node's data dir."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db_path = self.path / DB_NAME
        self.station_key_path = self.path / "station.key"
        self.authority_key_path = self.path / "authority.key"
        self.config_path = self.path / "config.json"
        self.secret_path = self.path / "control.secret"
        self.trustee_secret_path = self.path / TRUSTEE_SECRET_NAME
        self.log_dir = self.path / "logs"

    def ensure(self) -> None:
        """Create the directory (owner-only) if absent; make it and its contents owner-only."""
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"data dir {self.path} is a file, not a directory")
        self.path.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.secure()

    def require(self) -> None:
        """Raise unless the data dir exists; make it and its contents owner-only."""
        if not self.path.is_dir():
            raise StoreError(f"data dir {self.path} does not exist")
        self.secure()

    def secure(self) -> None:
        """Make the data dir owner-only: the directory and its subdirectories (``logs/``) 0700, files 0600.

        POSIX only (nothing on Windows, where the per-user location is private already).  Symbolic links
        are not followed and files of other users are left alone; a refused chmod is not an error.
        """
        if os.name != "posix" or not self.path.is_dir():
            return
        make_private(self.path, directory=True)
        self._secure_entries(self.path, depth=1)

    def _secure_entries(self, directory: Path, depth: int) -> None:
        try:
            with os.scandir(directory) as entries:
                for count, entry in enumerate(entries):
                    if count >= MAX_SECURED_ENTRIES:
                        break
                    if entry.is_symlink():
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        make_private(Path(entry.path), directory=True)
                        if depth > 0:
                            self._secure_entries(Path(entry.path), depth - 1)
                    else:
                        make_private(Path(entry.path))
        except OSError:
            pass

    def prepare_log_dir(self) -> Path:
        """Create ``logs/`` owner-only if absent (and make it owner-only if not); its path."""
        self.log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(self.log_dir, directory=True)
        return self.log_dir

    def station_key(self) -> SigningKey:
        """This station's key, created on first use."""
        self.ensure()
        if self.station_key_path.exists():
            return SigningKey.load(self.station_key_path, _passphrase())
        key = SigningKey.generate()
        atomic_write_bytes(self.station_key_path, key.to_pem(_passphrase()), private=True)
        return key

    def authority_key(self) -> SigningKey | None:
        """The authority key if this station created the election."""
        if not self.authority_key_path.exists():
            return None
        return SigningKey.load(self.authority_key_path, _passphrase())

    def save_authority_key(self, key: SigningKey) -> None:
        """Keep the authority key of an election created here."""
        if self.authority_key_path.exists():
            raise StoreError(f"data dir {self.path} already has an authority key")
        atomic_write_bytes(self.authority_key_path, key.to_pem(_passphrase()), private=True)

    def write_trustee_secret(self, data: bytes) -> None:
        """Keep this trustee station's secrets (owner-only, encrypted with ``VOTINGAPP_PASSPHRASE`` when set).

        Written atomically and synced (file and directory) before returning: what is published after it
        survives a crash (kill -9, power loss).
        """
        self.ensure()
        sealed = seal_secret(data, _passphrase(), TRUSTEE_SECRET_NAME)
        atomic_write_bytes(self.trustee_secret_path, sealed, private=True)

    def read_trustee_secret(self) -> bytes | None:
        """The trustee secrets written by :meth:`write_trustee_secret`, or None when there are none."""
        try:
            with open(self.trustee_secret_path, "rb") as f:
                raw = f.read(MAX_SECRET_FILE + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise SecretFileError(f"cannot read secret file {self.trustee_secret_path}: {exc.strerror}") from None
        if len(raw) > MAX_SECRET_FILE:
            raise SecretFileError(f"secret file {self.trustee_secret_path} is damaged (too big)")
        return open_secret(raw, _passphrase(), TRUSTEE_SECRET_NAME, str(self.trustee_secret_path))

    def config(self) -> dict[str, Any]:
        """Settings (station name, ...); empty when absent or unreadable."""
        try:
            data = json.loads(self.config_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save_config(self, config: dict[str, Any]) -> None:
        """Write the settings atomically."""
        self.ensure()
        atomic_write_bytes(self.config_path, json.dumps(config, indent=2, sort_keys=True).encode(), private=True)

    def set_station_name(self, name: str) -> None:
        """Keep this station's human name in the config (no write when it is already that)."""
        config = self.config()
        if config.get("station_name") != name:
            config["station_name"] = name
            self.save_config(config)

    def station_name(self) -> str:
        """The human name of this station (default: the host name)."""
        name = self.config().get("station_name")
        return name if isinstance(name, str) and name else socket.gethostname()[:64]

    def set_election(self, genesis: Genesis) -> None:
        """Record the election this data dir takes part in (refuses to replace another one)."""
        store = self.open_store(create=True)
        try:
            store.set_genesis(genesis)
        finally:
            store.close()

    def open_store(self, create: bool = False, readonly: bool = False) -> ChainStore:
        """Open the database; with ``create``, make the data dir and database (owner-only) if absent."""
        if create:
            self.ensure()
            create_private(self.db_path)  # SQLite would create it 0644; its -wal and -shm take its mode
        else:
            self.require()
        store = ChainStore(self.db_path, create=create, readonly=readonly)
        for suffix in ("", "-wal", "-shm", "-journal"):
            make_private(self.db_path.with_name(self.db_path.name + suffix))
        return store
