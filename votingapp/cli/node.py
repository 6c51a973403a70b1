"""Commands that run or talk to a node: ``node``, ``register``, ``vote``, ``status``, ``election admit|close|open``."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from votingapp.cli.audit import after_close_lines
from votingapp.cli.base import EXIT_OK, EXIT_USAGE, PROG, CliError, Subparsers, add_data_dir, data_dir_of
from votingapp.election.setup import join_election
from votingapp.node.control_client import ControlRefused, NoNodeRunning, request
from votingapp.node.errors import NodeError
from votingapp.node.facade import Node
from votingapp.node.logging_setup import setup_logging
from votingapp.node.options import NodeOptions, parse_host_port

MAX_VOTER_ID_LINE = 1024  # characters read from standard input for the voter_id


def add_commands(subparsers: Subparsers, election: Subparsers) -> None:
    """Register this module's commands."""
    p = subparsers.add_parser("node", help="run this station's node headless until SIGINT/SIGTERM")
    add_data_dir(p)
    p.add_argument("--join", type=Path, metavar="FILE", help="join the election of this exported manifest")
    p.add_argument("--listen", type=_address, metavar="HOST:PORT", help="address to accept peers on")
    p.add_argument("--peer", type=_address, action="append", default=[], metavar="HOST:PORT", help="a peer to keep")
    p.add_argument("--no-discovery", action="store_true", help="do not use zeroconf (manual peers only)")
    p.add_argument("--name", help="this station's name, as people see it (default: the host name)")
    p.add_argument("--observer-port", type=_port, metavar="N",
                   help="serve the read-only observer board (a web page) on port N of the listen address")
    p.set_defaults(func=cmd_node)

    p = subparsers.add_parser("register", help="register a voter through the running node; print the voter_id")
    add_data_dir(p)
    p.add_argument("--wait", action="store_true", help="return once the registration is in a block")
    p.set_defaults(func=cmd_register)

    p = subparsers.add_parser(
        "vote", help="cast a vote through the running node; print the receipt id",
        description="Cast a vote. The voter_id is read from standard input (one line) or, on a terminal, "
                    "asked for without echo: it never appears on a command line.",
    )
    add_data_dir(p)
    p.add_argument("--voter-id", metavar="ID",
                   help="(discouraged: visible to other users in the process list) the voter's private voter_id; "
                        "by default it is read from standard input")
    p.add_argument("--choice", required=True, metavar="OPTION", help="one of the election's options")
    p.add_argument("--wait", action="store_true", help="return once the vote is in a block")
    p.set_defaults(func=cmd_vote)

    p = subparsers.add_parser("status", help="height, tip, peers, mempool and mining of the running node")
    add_data_dir(p)
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_status)

    p = election.add_parser("admit", help="(authority, node running) admit a station")
    add_data_dir(p)
    p.add_argument("--station", required=True, metavar="KEY", help="the station's key (its node-id)")
    p.add_argument("--name", default="", help="the station's name")
    p.add_argument("--wait", action="store_true", help="return once the admission is in a block")
    p.set_defaults(func=cmd_admit)

    p = election.add_parser("close", help="(authority, node running) close the election")
    add_data_dir(p)
    p.add_argument("--wait", action="store_true", help="return once the close is in a block")
    p.set_defaults(func=cmd_close)

    p = election.add_parser("open", help="(authority, node running) open an election created with --manual-open")
    add_data_dir(p)
    p.add_argument("--wait", action="store_true", help="return once the open is in a block")
    p.set_defaults(func=cmd_open)


def _address(text: str) -> tuple[str, int]:
    try:
        return parse_host_port(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return int(text)


def _remote(args: argparse.Namespace, cmd: str, **kwargs: Any) -> Any:
    try:
        return request(data_dir_of(args), cmd, **kwargs)
    except (NoNodeRunning, ControlRefused) as exc:
        raise CliError(str(exc)) from None


def cmd_node(args: argparse.Namespace) -> int:
    data_dir = data_dir_of(args)
    data_dir.ensure()  # the data dir and what is in it become owner-only
    setup_logging(data_dir, verbose=True)
    if args.join is not None:
        join_election(data_dir, args.join)  # its errors are LedgerErrors: one line, exit 1
    host, port = args.listen if args.listen else ("0.0.0.0", NodeOptions.listen_port)
    options = NodeOptions(listen_host=host, listen_port=port, peers=args.peer, discovery=not args.no_discovery,
                          name=args.name, observer_port=args.observer_port)
    node = Node(data_dir, options)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        node.start()
    except NodeError as exc:
        raise CliError(str(exc)) from None
    status = node.call(node.status)
    print(
        f"node running: station {status.name} ({status.station_fingerprint}), "
        f"election {status.title!r} ({status.election[:16]}), height {status.height}, "
        f"listening on {status.listen}" + ("" if status.admitted else " (not admitted yet)"),
        flush=True,
    )
    board = node.call(node.observer_url)
    if board is not None:
        print(f"observer board on {board}", flush=True)
    while not stop.wait(0.5):
        if not node.running:
            raise CliError("the node stopped on an error (see the log in the data dir)")
    node.stop()
    logging.getLogger(__name__).info("stopped on a signal")
    print("node stopped", flush=True)
    return EXIT_OK


def cmd_register(args: argparse.Namespace) -> int:
    result = _remote(args, "register", wait=args.wait)
    print(result["voter_id"])
    return EXIT_OK


def _read_voter_id(args: argparse.Namespace) -> str:
    """The voter_id: ``--voter-id`` (with a warning), else a prompt without echo on a terminal, else stdin."""
    if args.voter_id is not None:
        sys.stderr.write(f"{PROG}: warning: --voter-id is visible to other users of this computer in the process "
                         "list; give the voter_id on standard input instead\n")
        sys.stderr.flush()
        voter_id = str(args.voter_id)
    elif sys.stdin is None:
        raise CliError("give the voter_id on standard input (one line)", EXIT_USAGE)
    elif sys.stdin.isatty():
        try:
            voter_id = getpass.getpass("voter_id (not shown): ")
        except EOFError:
            voter_id = ""
    else:
        voter_id = sys.stdin.readline(MAX_VOTER_ID_LINE)
    voter_id = voter_id.strip()
    if not voter_id:
        raise CliError("no voter_id given: give it on standard input (one line)", EXIT_USAGE)
    return voter_id


def cmd_vote(args: argparse.Namespace) -> int:
    voter_id = _read_voter_id(args)
    result = _remote(args, "vote", voter_id=voter_id, choice=args.choice, wait=args.wait)
    print(result["txid"])
    return EXIT_OK


def cmd_admit(args: argparse.Namespace) -> int:
    key = args.station.strip().lower()
    if len(key) != 64:
        raise CliError("--station: expected a station key of 64 hex digits (see node-id on that station)", EXIT_USAGE)
    result = _remote(args, "admit", station=key, name=args.name, wait=args.wait)
    print(result["txid"])
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    print(_remote(args, "close", wait=args.wait)["txid"])
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    print(_remote(args, "open", wait=args.wait)["txid"])
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    status = _remote(args, "status")
    if args.json:
        print(json.dumps(status, sort_keys=True))
        return EXIT_OK
    peers = ", ".join(f"{p['name'] or p['station'][:8]} ({p['address']})" for p in status["peers"]) or "none"
    state = "closed" if status["closed"] else ("open" if status["opened"] else "not open yet")
    print(f"election   {status['title']} ({status['election'][:16]}), {state}")
    print(f"station    {status['name']} ({status['station_fingerprint']})"
          + (", authority" if status["authority"] else "") + ("" if status["admitted"] else ", NOT admitted"))
    print(f"height     {status['height']} (tip {status['tip'][:16]})")
    print(f"turnout    {status['voted']} voted of {status['registered']} registered")
    if status.get("ballot") == "secret":
        print(f"ballot     secret; ceremony {status.get('ceremony') or '-'}")
        if status.get("decryption"):
            print(f"results    {status['decryption']}")
    print(f"mempool    {status['mempool']} waiting; mining: {'yes' if status['mining'] else 'no'}")
    print(f"peers      {peers}")
    print(f"listening  {status['listen']}")
    if status.get("clock_error"):
        print(f"CLOCK      {status['clock_error']}")
    if status.get("storage_error"):
        print(f"DISK       {status['storage_error']}")
    if status.get("key_conflict"):
        print(f"KEY        {status['key_conflict']}")
    after = status.get("after_close")
    if after:
        for line in after_close_lines(after):
            print(line)
    return EXIT_OK
