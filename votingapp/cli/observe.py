"""``observe --data-dir DIR``: serve the observer board of a data dir with no node running (after the day)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from votingapp.cli.base import EXIT_OK, CliError, Subparsers, add_data_dir, data_dir_of
from votingapp.node.observer.i18n import pick_language, station_language
from votingapp.node.observer.lifecycle import lan_address
from votingapp.node.observer.server import ObserverServer
from votingapp.node.observer.sources import DataDirSource
from votingapp.node.options import DEFAULT_OBSERVER_PORT


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register ``observe``."""
    p = subparsers.add_parser(
        "observe", help="serve the read-only observer board of a data dir (no node needed) until SIGINT/SIGTERM",
        description="Serve the observer board (a read-only web page: election, turnout, results, chain, the "
                    "record to download) from a data dir, without running a node.",
    )
    add_data_dir(p)
    p.add_argument("--port", type=_port, default=DEFAULT_OBSERVER_PORT, metavar="N",
                   help=f"the port to serve on (default {DEFAULT_OBSERVER_PORT})")
    p.add_argument("--host", default="0.0.0.0", metavar="ADDRESS",
                   help="the address to serve on (default 0.0.0.0: every interface, the LAN)")
    p.add_argument("--language", metavar="CODE",
                   help="the board's language besides English (default: the station's, as chosen in the app)")
    p.set_defaults(func=cmd_observe)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return int(text)


def cmd_observe(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    language = pick_language(args.language) if args.language else station_language(data_dir.config())
    source = DataDirSource(data_dir, language)  # a StoreError if there is no election: one line
    return asyncio.run(_serve(source, args.host, args.port))


async def _serve(source: DataDirSource, host: str, port: int) -> int:
    server = ObserverServer(source, host, port)
    try:
        bound_host, bound_port = server.start()
    except OSError as exc:
        raise CliError(f"cannot serve on {host}:{port}: {exc.strerror or exc}") from None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    board = source.board()
    shown = lan_address(None) if bound_host in ("0.0.0.0", "::") else bound_host
    print(f"observer board of {board.title!r} (height {board.height}, from the data dir) on "
          f"http://{shown}:{bound_port}/", flush=True)
    try:
        await stop.wait()
    finally:
        await server.stop()
    print("observer board stopped", flush=True)
    return EXIT_OK
