"""The data dir: one node's database, station key, optional authority key, config and logs.

Layout (docs/design.md section 6)::

    votingapp.sqlite3   the blocks (SQLite, WAL)
    station.key         this station's Ed25519 key (PKCS#8 PEM, owner-only)
    authority.key       the election authority's key (only on the station that created the election)
    config.json         station name and settings
    control.secret      secret of the local control endpoint (written while a node runs)
    logs/               log files

Keys are encrypted at rest when ``VOTINGAPP_PASSPHRASE`` is set.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path
from typing import Any

from votingapp.core.keys import SigningKey
from votingapp.core.manifest import Genesis
from votingapp.store.database import ChainStore, StoreError
from votingapp.store.files import atomic_write_bytes

DB_NAME = "votingapp.sqlite3"


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


class DataDir:
    """Paths and small files of one node's data dir."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db_path = self.path / DB_NAME
        self.station_key_path = self.path / "station.key"
        self.authority_key_path = self.path / "authority.key"
        self.config_path = self.path / "config.json"
        self.secret_path = self.path / "control.secret"
        self.log_dir = self.path / "logs"

    def ensure(self) -> None:
        """Create the directory (owner-only) if absent."""
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"data dir {self.path} is a file, not a directory")
        self.path.mkdir(mode=0o700, parents=True, exist_ok=True)

    def require(self) -> None:
        """Raise unless the data dir exists."""
        if not self.path.is_dir():
            raise StoreError(f"data dir {self.path} does not exist")

    def station_key(self) -> SigningKey:
        """This station's key, created on first use."""
        if self.station_key_path.exists():
            return SigningKey.load(self.station_key_path, _passphrase())
        self.ensure()
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
        atomic_write_bytes(self.config_path, json.dumps(config, indent=2, sort_keys=True).encode())

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
        """Open the database; with ``create``, make the data dir and database if absent."""
        if create:
            self.ensure()
        else:
            self.require()
        return ChainStore(self.db_path, create=create, readonly=readonly)
