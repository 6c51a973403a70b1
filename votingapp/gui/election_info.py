"""What the windows know of the election and this station: fixed once the node runs."""

from __future__ import annotations

from dataclasses import dataclass

from votingapp.core.keys import fingerprint
from votingapp.node.facade import Node


@dataclass(frozen=True)
class ElectionInfo:
    """The election (from its immutable manifest) and this station's identity."""

    election_id: str  # hex
    title: str
    options: tuple[str, ...]
    results_mode: str  # "live" or "after_close"
    station_key: str  # hex
    station_name: str
    authority: bool
    ballot: str = "open"  # "secret": encrypted ballots, decrypted only as a sum by k of the trustees
    trustees: tuple[str, ...] = ()  # the trustee stations' names (trustee i is trustees[i - 1])
    threshold: int = 0  # k of the trustees decrypt the result

    @property
    def secret(self) -> bool:
        """True for a secret-ballot election (docs/design.md section 10)."""
        return self.ballot == "secret"

    @property
    def election_fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.election_id))

    @property
    def station_fingerprint(self) -> str:
        return fingerprint(bytes.fromhex(self.station_key))


def election_info(node: Node) -> ElectionInfo:
    """Read on the node's thread, once the node serves (``bridge.request(lambda: election_info(node))``)."""
    manifest = node.manifest
    status = node.status()
    names = {station.key: station.name for station in manifest.stations}
    return ElectionInfo(
        election_id=node.election_id.hex(),
        title=manifest.title,
        options=tuple(manifest.options),
        results_mode=manifest.results,
        station_key=status.station,
        station_name=node.station_name,
        authority=status.authority,
        ballot=manifest.ballot,
        trustees=tuple(names.get(key) or fingerprint(key) for key in manifest.trustees),
        threshold=manifest.threshold,
    )
