"""One station's discovery in a process of its own, for the namespace tests: commands in, JSON lines out.

usage: station_process.py ADDRESS STATION_NAME STATION_KEY_HEX ELECTION_ID_HEX

stdout, one JSON object per line: ``{"event": "registered", "service": ...}``, ``{"event": "found",
"service": ..., "key": ..., "height": ..., ...}``, ``{"event": "lost", "service": ...}``, ``{"event": "closed"}``.
stdin: ``height N`` advertises height N; ``quit`` or end of input closes discovery and exits 0.
Run it with the repository root on PYTHONPATH.
"""

from __future__ import annotations

import json
import sys
import threading

from votingapp.net.discovery import StationAdvert, StationDiscovery

_print_lock = threading.Lock()


def emit(event: str, **fields: object) -> None:
    """One JSON line; callbacks on zeroconf's thread and the main thread both print."""
    with _print_lock:
        sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
        sys.stdout.flush()


def on_found(advert: StationAdvert) -> None:
    emit(
        "found",
        service=advert.service_name,
        key=advert.station_key.hex(),
        name=advert.station_name,
        election=advert.election_id.hex() if advert.election_id else "",
        height=advert.height,
        addresses=list(advert.addresses),
        port=advert.port,
    )


def main(address: str, station_name: str, key_hex: str, election_hex: str) -> int:
    discovery = StationDiscovery(
        station_key=bytes.fromhex(key_hex),
        station_name=station_name,
        election_id=bytes.fromhex(election_hex),
        title="Namespace election",
        protocol_version=1,
        port=7000,
        on_found=on_found,
        on_lost=lambda service: emit("lost", service=service),
        interfaces=[address],
        multicast_queries=True,
    )
    try:
        discovery.start().result(timeout=10)
        emit("registered", service=discovery.own.service_name)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "height":
                discovery.update(height=int(argument))
            elif command == "quit":
                break
    finally:
        discovery.close()
    emit("closed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
