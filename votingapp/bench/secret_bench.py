"""The secret-ballot section: a chain of N encrypted ballots, its verification, decryption and size.

The election has 4 options and 3 trustee stations with threshold 2 (docs/design.md section 10).  The key
ceremony goes in blocks first (keys, deals, acks: one block each), then N voters are registered and cast
their ballots in blocks filled as a station's miner fills them (``Mempool.select``: at most
``MAX_BLOCK_TXS`` transactions and the byte budget of ``MAX_BLOCK_BYTES``), then the close, then the
decryption shares of trustees 1 and 2.  Reported in one run:

  (a) ballot creation in the booth (encrypt + proofs + the voter's signature), median and p95 over
      :data:`CREATION_SAMPLES` ballots on one thread (target p95 < 50 ms);
  (b) full verification (``verify_blocks``, as ``verify`` runs it: ``verify_chain`` with the signatures
      on os.cpu_count() threads and the ballot proofs in os.cpu_count() worker processes) in ballots/s,
      and its ratio to the raw cost of the same chain (target at most 1.3):
      the libsodium calls one ballot's check makes (variable-base and fixed-base scalar
      multiplications, point validations; counted by running ``verify_ballot`` on a ballot of the chain
      with the calls counted) times the measured time of one bare call, for every ballot, plus a plain
      Ed25519 loop over every signature of the chain, divided by 2 threads;
  (c) decryption after the close: the time a trustee takes to make its share (D_i,o and proofs), and the
      time a node takes to check 2 shares and combine them into the counts (Lagrange, baby-step
      giant-step); their sum is the result's delay (target < 5 s at N = 10000);
  (d) bytes per ballot of the exported record (``write_record_to``, the format of ``export``);
  (e) peak RSS of ``python -m votingapp verify`` on the data dir, in a child process.
"""

from __future__ import annotations

import io
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from nacl import bindings as sodium

from votingapp.bench.base import BenchOptions, SectionResult
from votingapp.bench.ledger_bench import BenchError, chain_signatures, raw_verify_seconds, verify_in_child
from votingapp.core.block import MAX_BLOCK_BYTES, MAX_BLOCK_TXS, decode_block, mine_block
from votingapp.core.chain import Ledger
from votingapp.core.crypto import group
from votingapp.core.crypto.ballot import aggregate, ballot_context, encrypt_ballot, verify_ballot
from votingapp.core.crypto.dkg import (
    DecryptionShare,
    Polynomial,
    combine_decryption,
    combine_shares,
    commit,
    decrypt_share,
    encrypt_share,
    make_decryption_share,
    new_polynomial,
    trustee_context,
    verify_decryption_share,
)
from votingapp.core.crypto.group import Point, Scalar, random_scalar
from votingapp.core.keys import SigningKey
from votingapp.core.manifest import DEFAULT_DIFFICULTY, Genesis, Station, create_genesis
from votingapp.core.mempool import Mempool
from votingapp.core.state import LedgerState
from votingapp.core.tally import tally_state
from votingapp.core.transactions import (
    Ballot,
    Close,
    Decryption,
    DkgAck,
    DkgDeal,
    Register,
    Transaction,
    TrusteeKey,
    sign,
    txid_of,
)
from votingapp.core.voter_id import new_secret, voter_key
from votingapp.election.audit import verify_blocks
from votingapp.store.database import ChainStore
from votingapp.store.datadir import DataDir
from votingapp.store.record import write_record_to

OPTIONS = ["Alice", "Bob", "Carol", "Dave"]
TRUSTEES = 3
THRESHOLD = 2
CREATION_SAMPLES = 200
CREATION_TARGET_MS = 50.0
RATIO_TARGET = 1.3
DECRYPT_TARGET_S = 5.0
OP_SAMPLES = 500  # bare libsodium calls per timing batch
OP_BATCHES = 5  # the median batch is taken
BLOCK_FILL = 0.97  # voters per block: this share of the byte budget (the rest spills into the next block)

# The libsodium calls a ballot's check is made of, and what they are called in the report.
VARIABLE_BASE = "crypto_scalarmult_ed25519_noclamp"
FIXED_BASE = "crypto_scalarmult_ed25519_base_noclamp"
VALIDATION = "crypto_core_ed25519_is_valid_point"
ADDITIONS = ("crypto_core_ed25519_add", "crypto_core_ed25519_sub")  # not in the target's raw cost; reported apart
CHECK_SAMPLES = 200  # ballots checked one by one on one thread


def _now_ms() -> int:
    return int(time.time() * 1000)


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _signed(tx: Transaction, key: SigningKey) -> Any:
    return sign(tx, key)


@dataclass
class Trustee:
    """What trustee ``index``'s station holds: its station key, HPKE key and ceremony polynomial."""

    index: int
    station: SigningKey
    hpke: X25519PrivateKey
    poly: Polynomial


@dataclass
class SecretChain:
    """The built election, what was cast, and its decryption."""

    genesis: Genesis
    election_key: Point
    expected: tuple[int, ...]  # the counts cast
    voter_blocks: int
    ballot_bytes: int  # one ballot transaction's encoding
    build_seconds: float  # up to the close
    decrypted: Decrypted | None  # None: not closed


class Builder:
    """Grows the chain in a data dir: transactions through a :class:`Mempool`, blocks mined by station 1."""

    def __init__(self, store: ChainStore, genesis: Genesis, miner: SigningKey) -> None:
        self.store = store
        self.ledger = Ledger(genesis, load_block=store.load_block)
        self.mempool = Mempool()
        self.miner = miner
        self.verified: set[bytes] = set()  # signed here: "checked on entry", as in the ledger section

    @property
    def state(self) -> LedgerState:
        return self.ledger.state

    def add(self, txs: Sequence[Transaction]) -> None:
        for tx in txs:
            self.verified.add(self.mempool.add(tx, self.state))

    def mine_all(self) -> int:
        """Mine until the pool is empty; return the number of blocks."""
        blocks = 0
        while len(self.mempool):
            txs = self.mempool.select(self.state, MAX_BLOCK_TXS)
            if not txs:
                raise BenchError("the pool holds transactions that no block can take")
            now = max(_now_ms(), self.state.tip_time)
            block = mine_block(self.ledger.height + 1, self.state.tip, now, txs, self.miner, DEFAULT_DIFFICULTY)
            assert block is not None
            update = self.ledger.add_block(block, verified=self.verified)
            self.store.record(block, update)
            self.mempool.update(update, self.state)
            self.verified.clear()
            blocks += 1
        return blocks


def _ceremony(builder: Builder, trustees: list[Trustee]) -> None:
    """Keys, deals and acks, one block each (as tests/unit/secretmaker.py's run_ceremony)."""
    election = builder.state.election_id
    keys = [
        _signed(TrusteeKey(election, station=t.station.public, time=_now_ms(),
                           key=t.hpke.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)), t.station)
        for t in trustees
    ]
    builder.add(keys)
    builder.mine_all()
    deals = []
    for t in trustees:
        dc = commit(t.poly, t.index, trustee_context(election, t.station.public))
        boxes = tuple(
            encrypt_share(t.poly(o.index), o.hpke.public_key(), election, t.index, o.index)
            for o in trustees if o.index != t.index
        )
        deal = DkgDeal(election, station=t.station.public, time=_now_ms(), commitments=dc.commitments,
                       proof=dc.proof, shares=boxes)
        deals.append(_signed(deal, t.station))
    builder.add(deals)
    builder.mine_all()
    builder.add([_signed(DkgAck(election, station=t.station.public, time=_now_ms()), t.station) for t in trustees])
    builder.mine_all()
    if builder.state.election_key is None:
        raise BenchError("the key ceremony did not complete")


def _voter_txs(
    election: bytes, station: SigningKey, key: Point, choice: int
) -> tuple[Register, Ballot]:
    """A new voter's registration by ``station`` and its signed ballot for ``choice``."""
    voter = voter_key(new_secret(), election)
    cast_at = _now_ms()
    register = _signed(Register(election, station=station.public, voter=voter.public, time=cast_at), station)
    body, _secrets = encrypt_ballot(key, len(OPTIONS), choice, ballot_context(election, voter.public))
    ballot = _signed(Ballot(election, voter=voter.public, ballot=body, time=cast_at), voter)
    return register, ballot


def _add_voters(
    builder: Builder, station: SigningKey, key: Point, votes: int, executor: ThreadPoolExecutor,
    progress: Callable[[str], None],
) -> tuple[list[int], int, int]:
    """N voters in full blocks; ballots are made on the executor.  Returns the counts, blocks, ballot bytes."""
    election = builder.state.election_id
    counts = [0] * len(OPTIONS)
    register, ballot = _voter_txs(election, station, key, 0)
    ballot_bytes = len(ballot.encode())
    pair = len(register.encode()) + ballot_bytes + 2
    per_block = max(1, min(MAX_BLOCK_TXS // 2, int(BLOCK_FILL * (MAX_BLOCK_BYTES - 4096) // pair)))
    blocks = 0
    first = 0
    pending: list[tuple[Register, Ballot]] = [(register, ballot)]
    counts[0] += 1
    while first < votes:
        last = min(first + per_block, votes)
        choices = [i % len(OPTIONS) for i in range(first + len(pending), last)]
        made = list(executor.map(lambda c: _voter_txs(election, station, key, c), choices))
        for c in choices:
            counts[c] += 1
        for reg, bal in pending + made:
            # Made here by the booth: its proofs hold, as the mempool's check would find (LedgerState.proven).
            builder.state.proven[txid_of(bal)] = key.encoding
            builder.add([reg, bal])
        pending = []
        blocks += builder.mine_all()
        first = last
        progress(f"built {last} of {votes} ballots, {builder.ledger.height} blocks")
    return counts, blocks, ballot_bytes


def build_chain(
    data_dir: DataDir,
    votes: int,
    options: BenchOptions,
    executor: ThreadPoolExecutor,
    *,
    miner: SigningKey | None = None,
    close: bool = True,
    station_name: str = "Bench desk",
) -> SecretChain:
    """A secret election with ``votes`` ballots in ``data_dir``, closed and decrypted by trustees 1 and 2.

    By default ``data_dir``'s station is trustee 1 and mines every block.  With ``miner`` (another data
    dir's station), that station mines and is admitted first, and the trustees are 3 more stations; with
    ``close=False`` the election stays open (no close, no decryption).
    """
    start = time.perf_counter()
    trustee_keys = [SigningKey.generate() for _ in range(TRUSTEES - (1 if miner is None else 0))]
    if miner is None:
        miner = data_dir.station_key()
        trustee_keys.insert(0, miner)
        stations = trustee_keys
    else:
        stations = [miner, *trustee_keys]
    authority = SigningKey.generate()
    genesis = create_genesis(
        authority, "Benchmark secret election", OPTIONS,
        [Station(s.public, station_name if s is miner else f"Trustee desk {i}") for i, s in enumerate(stations)],
        DEFAULT_DIFFICULTY, ballot="secret", trustees=[k.public for k in trustee_keys], threshold=THRESHOLD,
    )
    trustees = [
        Trustee(i + 1, s, X25519PrivateKey.generate(), new_polynomial(THRESHOLD)) for i, s in enumerate(trustee_keys)
    ]
    store = data_dir.open_store(create=True)
    decrypted: Decrypted | None = None
    try:
        store.set_genesis(genesis)
        builder = Builder(store, genesis, miner)
        options.progress("key ceremony")
        _ceremony(builder, trustees)
        key = builder.state.election_key
        assert key is not None
        counts, voter_blocks, ballot_bytes = _add_voters(builder, miner, key, votes, executor, options.progress)
        if close:
            builder.add([_signed(Close(genesis.election_id, time=_now_ms()), authority)])
            builder.mine_all()
        build_seconds = time.perf_counter() - start
        if close:
            options.progress(f"decryption by trustees 1 to {THRESHOLD}")
            decrypted = decrypt(builder, trustees)
    finally:
        store.close()  # the last connection: checkpoints the WAL into the database file
    return SecretChain(genesis, key, tuple(counts), voter_blocks, ballot_bytes, build_seconds, decrypted)


def build_gui_source(source: DataDir, station_key: SigningKey, votes: int, options: BenchOptions) -> Genesis:
    """For the GUI section's machinery: an open secret election in ``source`` with ``votes`` ballots, mined
    by ``station_key`` (the app's station, admitted, not a trustee) after a 3-trustee ceremony."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
        chain = build_chain(source, votes, options, executor, miner=station_key, close=False, station_name="GUI desk")
    return chain.genesis


def trustee_secret(state: LedgerState, trustee: Trustee) -> Scalar:
    """x_j from the shares dealt to trustee j in the chain and its own f_j(j), as its station computes it."""
    shares = [trustee.poly(trustee.index)]
    for dealer, deal in sorted(state.deals.items()):
        if dealer != trustee.index:
            box = deal.share_to(dealer, trustee.index)
            shares.append(decrypt_share(box, trustee.hpke, state.election_id, dealer, trustee.index))
    return combine_shares(shares)


@dataclass
class Decrypted:
    """The decryption after the close: each trustee's time to make its share, a node's time to check and
    combine them (with the small discrete logs), and the counts found."""

    make_seconds: list[float]
    combine_seconds: float
    counts: tuple[int, ...]


def decrypt(builder: Builder, trustees: Sequence[Trustee]) -> Decrypted:
    """Trustees 1..k make their shares of the aggregate at the close; a node checks and combines them.

    The decryption transactions are then mined into the chain, so that the record holds them.
    """
    state = builder.state
    aggregate = state.latest_aggregate()
    if aggregate is None:
        raise BenchError("no aggregate after the close")
    election = state.election_id
    shares: list[DecryptionShare] = []
    make_seconds: list[float] = []
    txs: list[Transaction] = []
    for trustee in trustees[:THRESHOLD]:
        secret = trustee_secret(state, trustee)
        ctx = trustee_context(election, trustee.station.public)
        start = time.perf_counter()
        share = make_decryption_share(secret, trustee.index, aggregate.ciphertexts, ctx)
        make_seconds.append(time.perf_counter() - start)
        shares.append(share)
        tx = Decryption(election, station=trustee.station.public, time=_now_ms(), upto=aggregate.block,
                        factors=share.factors, proofs=share.proofs)
        txs.append(_signed(tx, trustee.station))
    start = time.perf_counter()
    for share in shares:
        station = trustees[share.trustee - 1].station.public
        verify_decryption_share(share, state.verification_keys[share.trustee], aggregate.ciphertexts,
                                trustee_context(election, station))
    counts = combine_decryption(aggregate.ciphertexts, shares, THRESHOLD, aggregate.ballots)
    combine_seconds = time.perf_counter() - start
    builder.add(txs)
    builder.mine_all()
    return Decrypted(make_seconds, combine_seconds, counts)


# ---- the raw cost of a ballot's check ------------------------------------------------------------------------


class _CountingSodium:
    """``nacl.bindings`` with the calls of the group operations counted."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:
        real = getattr(sodium, name)
        calls = self.calls

        def counted(*args: Any) -> Any:
            calls[name] += 1
            return real(*args)

        return counted


@contextmanager
def _counting() -> Iterator[Counter[str]]:
    """Count the libsodium calls of the group module (single-threaded use only)."""
    proxy = _CountingSodium()
    setattr(group, "sodium", proxy)  # noqa: B010 - the module's global, swapped for the count only
    try:
        yield proxy.calls
    finally:
        setattr(group, "sodium", sodium)  # noqa: B010


def chain_ballots(data_dir: DataDir, limit: int) -> list[Ballot]:
    """The first ``limit`` ballot transactions of the stored chain."""
    found: list[Ballot] = []
    store = data_dir.open_store(readonly=True)
    try:
        for _height, _hash, raw in store.main_blocks():
            found += [tx for tx in decode_block(raw).txs if isinstance(tx, Ballot)]
            if len(found) >= limit:
                break
    finally:
        store.close()
    if not found:
        raise BenchError("no ballot in the chain")
    return found[:limit]


def _check(tx: Ballot, key: Point, election: bytes) -> None:
    assert tx.ballot is not None
    verify_ballot(tx.ballot, key, len(OPTIONS), ballot_context(election, tx.voter))


def ballot_check_calls(tx: Ballot, key: Point, election: bytes) -> Counter[str]:
    """The libsodium calls that checking a ballot makes (``verify_ballot``, as nodes do)."""
    with _counting() as calls:
        _check(tx, key, election)
    return calls


def check_ms(ballots: Sequence[Ballot], key: Point, election: bytes) -> float:
    """The median time (ms) of one ballot's check by the code (``verify_ballot``), one thread."""
    times = []
    for tx in ballots:
        start = time.perf_counter()
        _check(tx, key, election)
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def aggregate_seconds(data_dir: DataDir) -> float:
    """The time to sum every ballot of the chain into the per-option aggregate, from scratch (a node that
    comes up after the close; a running node sums block by block as ballots arrive)."""
    store = data_dir.open_store(readonly=True)
    try:
        bodies = [
            tx.ballot for _h, _hash, raw in store.main_blocks() for tx in decode_block(raw).txs
            if isinstance(tx, Ballot) and tx.ballot is not None
        ]
    finally:
        store.close()
    start = time.perf_counter()
    aggregate(bodies, len(OPTIONS))
    return time.perf_counter() - start


def _median_call_seconds(call: Callable[[bytes, bytes], object], args: list[tuple[bytes, bytes]]) -> float:
    """The median over :data:`OP_BATCHES` batches of the time of one call."""
    batches = []
    for _ in range(OP_BATCHES):
        start = time.perf_counter()
        for a, b in args:
            call(a, b)
        batches.append((time.perf_counter() - start) / len(args))
    return statistics.median(batches)


def op_seconds() -> dict[str, float]:
    """The time of one bare libsodium call of each kind counted, on one thread."""
    scalars = [random_scalar().encoding for _ in range(OP_SAMPLES)]
    points = [sodium.crypto_scalarmult_ed25519_base_noclamp(random_scalar().encoding) for _ in range(OP_SAMPLES)]
    variable = sodium.crypto_scalarmult_ed25519_noclamp
    fixed = sodium.crypto_scalarmult_ed25519_base_noclamp
    valid = sodium.crypto_core_ed25519_is_valid_point
    pairs = list(zip(points, points[1:] + points[:1], strict=True))
    return {
        VARIABLE_BASE: _median_call_seconds(variable, list(zip(scalars, points, strict=True))),
        FIXED_BASE: _median_call_seconds(lambda s, _p: fixed(s), list(zip(scalars, points, strict=True))),
        VALIDATION: _median_call_seconds(lambda p, _s: valid(p), list(zip(points, scalars, strict=True))),
        ADDITIONS[0]: _median_call_seconds(sodium.crypto_core_ed25519_add, pairs),
        ADDITIONS[1]: _median_call_seconds(sodium.crypto_core_ed25519_sub, pairs),
    }


# ---- the other figures ---------------------------------------------------------------------------------------


def creation_ms(key: Point, election: bytes) -> list[float]:
    """Booth time of :data:`CREATION_SAMPLES` ballots: encrypt, prove, sign (the voter key already derived)."""
    times = []
    for i in range(CREATION_SAMPLES):
        voter = voter_key(new_secret(), election)
        start = time.perf_counter()
        body, _secrets = encrypt_ballot(key, len(OPTIONS), i % len(OPTIONS), ballot_context(election, voter.public))
        sign(Ballot(election, voter=voter.public, ballot=body, time=_now_ms()), voter)
        times.append(1000 * (time.perf_counter() - start))
    return times


def verify_in_process(data_dir: DataDir, genesis: Genesis) -> tuple[float, tuple[int, ...] | None]:
    """Wall time of ``verify_chain`` over the stored chain as ``verify`` runs it (``verify_blocks``: signatures
    on os.cpu_count() threads, ballot proofs in os.cpu_count() worker processes, their start included); the
    result."""
    store = data_dir.open_store(readonly=True)
    try:
        start = time.perf_counter()
        report = verify_blocks(genesis, (data for _h, _hash, data in store.main_blocks()))
        seconds = time.perf_counter() - start
    finally:
        store.close()
    results = tally_state(report.state).results
    return seconds, None if results is None else tuple(results[o] for o in OPTIONS)


def record_bytes(data_dir: DataDir, genesis: Genesis) -> int:
    """The size of the exported record (``export``'s format), written to memory."""
    out = io.BytesIO()
    store = data_dir.open_store(readonly=True)
    try:
        write_record_to(out, genesis, ((block_hash, data) for _h, block_hash, data in store.main_blocks()))
    finally:
        store.close()
    return len(out.getvalue())


def run(options: BenchOptions) -> SectionResult:
    """Build, decrypt, export and verify a secret election of ``options.votes`` ballots; report the figures."""
    votes = options.votes
    data_dir = DataDir(options.workdir / "node")
    result = SectionResult(
        "secret",
        f"Secret ballot: {votes} ballots, {len(OPTIONS)} options, {TRUSTEES} trustees (threshold {THRESHOLD}), "
        f"difficulty {DEFAULT_DIFFICULTY}",
    )
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
        chain = build_chain(data_dir, votes, options, executor)
    build_seconds = chain.build_seconds
    decrypted = chain.decrypted
    assert decrypted is not None
    if decrypted.counts != chain.expected:
        raise BenchError(f"the decrypted counts {decrypted.counts} are not the ballots cast {chain.expected}")

    options.progress("ballot creation in the booth")
    creation = creation_ms(chain.election_key, chain.genesis.election_id)

    store = data_dir.open_store(readonly=True)
    try:
        db_bytes = store.size_bytes()
        blocks = sum(1 for _ in store.main_blocks())
    finally:
        store.close()
    export_bytes = record_bytes(data_dir, chain.genesis)

    options.progress("verifying in this process")
    inproc_seconds, verified_counts = verify_in_process(data_dir, chain.genesis)
    if verified_counts != chain.expected:
        raise BenchError(f"verify found the result {verified_counts}, not {chain.expected}")
    options.progress("verifying in a child process")
    child_seconds, rss_mb = verify_in_child(data_dir.path)

    options.progress("raw cost: libsodium calls of a ballot's check, Ed25519 loop")
    election = chain.genesis.election_id
    sample = chain_ballots(data_dir, CHECK_SAMPLES)
    calls = ballot_check_calls(sample[0], chain.election_key, election)
    code_ms = check_ms(sample, chain.election_key, election)
    unit = op_seconds()
    per_ballot = sum(calls[name] * unit[name] for name in (VARIABLE_BASE, FIXED_BASE, VALIDATION))
    per_addition = sum(calls[name] * unit[name] for name in ADDITIONS)
    jobs = chain_signatures(data_dir, chain.genesis)
    sig_seconds = raw_verify_seconds(jobs)
    threads = 2
    raw_seconds = (votes * per_ballot + sig_seconds) / threads
    raw_with_adds = (votes * (per_ballot + per_addition) + sig_seconds) / threads

    sum_seconds = aggregate_seconds(data_dir)
    median_ms = statistics.median(creation)
    make_s = max(decrypted.make_seconds)
    result.add("ballot_create_ms_median", "ballot creation in the booth, median", round(median_ms, 2), "ms")
    result.add("ballot_create_ms_p95", "ballot creation in the booth, p95", round(_percentile(creation, 0.95), 2),
               "ms", CREATION_TARGET_MS, f"{CREATION_SAMPLES} ballots: encrypt, proofs, voter signature")
    result.add("ballot_tx_bytes", "one ballot transaction, encoded", chain.ballot_bytes, "B")
    result.add("blocks", "blocks (3 ceremony, ballots, close, decryptions)", blocks)
    result.add("ballot_blocks", "blocks holding the ballots", chain.voter_blocks)
    result.add("build_seconds", "time to build the chain (ballots made on 2 threads)", round(build_seconds, 2), "s")
    result.add("verify_seconds", "full verify in-process (verify_blocks: 2 threads, 2 processes)",
               round(inproc_seconds, 3), "s")
    result.add("verify_ballots_per_s", "full verify throughput", round(votes / inproc_seconds), "ballots/s")
    result.add("var_mults_per_ballot", "variable-base multiplications per ballot check", calls[VARIABLE_BASE])
    result.add("fixed_mults_per_ballot", "fixed-base multiplications per ballot check", calls[FIXED_BASE])
    result.add("validations_per_ballot", "point validations per ballot check", calls[VALIDATION])
    result.add("var_mult_us", "one variable-base multiplication", round(1e6 * unit[VARIABLE_BASE], 1), "us")
    result.add("fixed_mult_us", "one fixed-base multiplication", round(1e6 * unit[FIXED_BASE], 1), "us")
    result.add("validation_us", "one point validation", round(1e6 * unit[VALIDATION], 1), "us")
    result.add("raw_ballot_ms", "raw cost of one ballot's check, one thread", round(1000 * per_ballot, 3), "ms")
    result.add("code_ballot_ms", "one ballot's check by the code (verify_ballot), one thread, median",
               round(code_ms, 3), "ms")
    result.add("signatures", "signatures in the chain", len(jobs))
    result.add("raw_ed25519_seconds", "raw Ed25519, one thread, every signature", round(sig_seconds, 3), "s")
    result.add("raw_seconds", "raw cost of the chain / 2 threads", round(raw_seconds, 3), "s")
    result.add("verify_raw_ratio", "verify time / raw cost", round(inproc_seconds / raw_seconds, 3), "",
               RATIO_TARGET)
    result.add("additions_per_ballot", "point additions and subtractions per ballot check",
               sum(calls[name] for name in ADDITIONS))
    result.add("addition_us", "one point addition", round(1e6 * unit[ADDITIONS[0]], 1), "us")
    result.add("verify_raw_with_additions_ratio", "verify time / raw cost with the additions counted",
               round(inproc_seconds / raw_with_adds, 3))
    result.add("child_verify_seconds", "full verify (child process, wall, start-up included)",
               round(child_seconds, 3), "s")
    result.add("child_verify_raw_ratio", "child verify / raw cost", round(child_seconds / raw_seconds, 3))
    result.add("aggregate_seconds", "sum of every ballot into the aggregate, from scratch", round(sum_seconds, 3),
               "s")
    result.add("decrypt_share_seconds", "a trustee makes its decryption share (slower of 2)", round(make_s, 3), "s")
    result.add("combine_seconds", "a node checks 2 shares and combines them into the counts",
               round(decrypted.combine_seconds, 3), "s")
    result.add("decrypt_result_seconds", "decryption and result after the close (the three above)",
               round(sum_seconds + make_s + decrypted.combine_seconds, 3), "s", DECRYPT_TARGET_S,
               "target at N=10000")
    result.add("record_bytes_per_ballot", "exported record bytes per ballot", round(export_bytes / votes), "B")
    result.add("db_bytes_per_ballot", "database bytes per ballot", round(db_bytes / votes), "B")
    if rss_mb is not None:
        result.add("verify_peak_rss_mb", "peak RSS of the verifying child", round(rss_mb, 1), "MB")
    return result
