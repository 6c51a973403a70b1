"""Paper that can be checked: the zero report (when the election opens) and the results report (at the close).

Pure content, no Qt (the PDF is drawn by ``votingapp/gui/reports.py``): what a report says, the check text
printed on it and held by its QR code, and the check of a report against an exported election record.

The check text names the chain the report was made from (election id, height, tip hash: the hash of block
``height``, which commits to the whole record up to there) and a digest of everything the report prints. A
verifier replays the record to that height, makes the same report, and compares: the tip (is it this
chain?), the digest (are these its figures?) and, when the PDF is given, every printed line (was the paper
altered under a genuine QR code?).
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from votingapp import __version__
from votingapp.core.encoding import canonical
from votingapp.core.errors import LedgerError
from votingapp.core.state import LedgerState
from votingapp.core.tally import tally_state
from votingapp.election.audit import verify_blocks
from votingapp.election.report_language import comparable, needle, printed_versions
from votingapp.store.datadir import DataDir
from votingapp.store.record import RecordReader

FORMAT = "votingapp-report"
VERSION = 1
KINDS = ("zero", "results")
_DIGEST_TAG = b"votingapp/report/v1"
_CHECK_KEYS = ("kind", "election", "height", "tip", "station", "software", "digest")
MAX_STATION_CHARS = 80
END_LINE = "End of the report"  # printed after the last row: nothing can be appended to it unseen


class ReportError(LedgerError):
    """A report that cannot be made now (a zero report after the first ballot, ...) or cannot be read."""


class ReportMismatch(ReportError):
    """A report that does not match the election record it is checked against."""


@dataclass(frozen=True)
class Report:
    """What a zero report or a results report says (``results`` only in a results report)."""

    kind: str  # "zero" | "results"
    election: bytes
    title: str
    station: str
    software: str
    height: int
    tip: bytes
    ballot: str  # "open" | "secret"
    registered: int
    voted: int
    closed: bool
    results: tuple[tuple[str, int], ...]
    trustees: tuple[str, ...]
    threshold: int
    decrypted_by: tuple[str, ...]

    def to_obj(self) -> dict[str, Any]:
        """Every field, JSON-able (what the digest covers)."""
        return {
            "kind": self.kind, "election": self.election.hex(), "title": self.title, "station": self.station,
            "software": self.software, "height": self.height, "tip": self.tip.hex(), "ballot": self.ballot,
            "registered": self.registered, "voted": self.voted, "closed": self.closed,
            "results": [[option, count] for option, count in self.results], "trustees": list(self.trustees),
            "threshold": self.threshold, "decrypted_by": list(self.decrypted_by),
        }

    def digest(self) -> bytes:
        """SHA-256 of the tagged canonical JSON of :meth:`to_obj`, the station's name without its spaces (a PDF's
        text may space a name differently from how it was typed; the printed rows are checked too)."""
        obj = self.to_obj()
        obj["station"] = _squeezed(self.station)
        return hashlib.sha256(_DIGEST_TAG + canonical(obj)).digest()

    @property
    def heading(self) -> str:
        return "Zero report" if self.kind == "zero" else "Results report"

    def rows(self) -> list[tuple[str, str]]:
        """The printed rows (label, value), in order: what a verifier finds on the paper."""
        rows = [
            ("Election", self.title),
            ("Election id", self.election.hex()),
            ("Station", self.station),
            ("Software", f"votingapp {self.software}"),
            ("Height", str(self.height)),
            ("Tip hash", self.tip.hex()),
            ("Ballot", self._ballot_text()),
            ("Registered", str(self.registered)),
            ("Ballots cast", str(self.voted)),
        ]
        if self.kind == "zero":
            rows.append(("Status", "no ballot cast yet: every count is zero"))
            rows.append(("Option", "votes"))
            rows += [(option, "0") for option, _count in self.results]
            return rows
        rows.append(("Turnout", f"{self.voted} of {self.registered} ({_percent(self.voted, self.registered)})"))
        rows.append(("Status", "closed" if self.closed else "NOT closed"))
        rows.append(("Option", "votes (share of the ballots cast)"))
        rows += [(option, f"{count} ({_percent(count, self.voted)})") for option, count in self.results]
        if self.ballot == "secret":
            rows.append(("Decrypted by", ", ".join(self.decrypted_by)))
        return rows

    def _ballot_text(self) -> str:
        if self.ballot != "secret":
            return "open"
        return f"secret, trustees {', '.join(self.trustees)}, threshold {self.threshold}"

    def check_text(self) -> str:
        """The text of the QR code, printed under it too: format, kind, chain, station, software, digest."""
        values = {"kind": self.kind, "election": self.election.hex(), "height": str(self.height),
                  "tip": self.tip.hex(), "station": self.station, "software": self.software,
                  "digest": self.digest().hex()}
        return "\n".join([f"{FORMAT} {VERSION}", *(f"{key} {values[key]}" for key in _CHECK_KEYS)])


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "-"


def _trustee_names(state: LedgerState, indexes: tuple[int, ...] | None = None) -> tuple[str, ...]:
    trustees = state.manifest.trustees
    chosen = indexes if indexes is not None else tuple(range(1, len(trustees) + 1))
    return tuple(state.station_names.get(trustees[i - 1]) or f"station {trustees[i - 1].hex()[:8]}" for i in chosen)


def _station_name(station: str) -> str:
    name = " ".join(station.split())
    if not name or len(name) > MAX_STATION_CHARS:
        raise ReportError(f"a station name for a report is 1 to {MAX_STATION_CHARS} characters, got {station[:90]!r}")
    return name


def make_report(state: LedgerState, kind: str, station: str, software: str = __version__) -> Report:
    """The report of ``kind`` for the chain whose state is ``state``; ``ReportError`` when it is not its time:
    a zero report once a ballot is cast, a results report before the close or while the results are sealed."""
    if kind not in KINDS:
        raise ReportError(f"a report is 'zero' or 'results', got {kind!r}")
    tally = tally_state(state)
    manifest = state.manifest
    if kind == "zero":
        if tally.voted:
            raise ReportError(f"{tally.voted} ballot(s) are cast already: the zero report is printed before the "
                              "first ballot (print the results report at the close)")
        results = tuple((option, 0) for option in manifest.options)
        decrypted_by: tuple[str, ...] = ()
    else:
        if not tally.closed:
            raise ReportError("the election is not closed: the results report is printed after the close")
        if tally.results is None:
            raise ReportError(f"the results are sealed ({tally.shares} of {tally.threshold} trustee shares): print "
                              "the results report once the trustees have decrypted them")
        results = tuple(tally.results.items())
        decrypted_by = _trustee_names(state, tally.decrypted_by) if tally.secret else ()
    return Report(
        kind=kind, election=state.election_id, title=manifest.title, station=_station_name(station),
        software=software, height=state.height, tip=state.tip, ballot=tally.ballot, registered=tally.registered,
        voted=tally.voted, closed=tally.closed, results=results,
        trustees=_trustee_names(state) if tally.secret else (), threshold=tally.threshold,
        decrypted_by=decrypted_by,
    )


@dataclass(frozen=True)
class CheckText:
    """What a report's check text says."""

    kind: str
    election: bytes
    height: int
    tip: bytes
    station: str
    software: str
    digest: bytes


_HEX64 = re.compile(r"[0-9a-f]{64}")


def parse_check_text(text: str) -> CheckText:
    """Find and read a report's check text in ``text`` (the QR code's text, or all the text of the PDF)."""
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    try:
        start = lines.index(f"{FORMAT} {VERSION}")
    except ValueError:
        raise ReportError(f"no '{FORMAT} {VERSION}' check text found: not a votingapp report") from None
    values: dict[str, str] = {}
    for line in lines[start + 1:]:
        key, _, value = line.partition(" ")
        if key not in _CHECK_KEYS or key in values:
            break
        values[key] = value if key == "station" else _squeezed(value)  # hex split by a PDF's text extraction
    missing = [key for key in _CHECK_KEYS if key not in values]
    if missing:
        raise ReportError(f"the report's check text lacks {', '.join(missing)} (cut or altered)")
    bad = [key for key in ("election", "tip", "digest") if not _HEX64.fullmatch(values[key])]
    if bad or values["kind"] not in KINDS or not values["height"].isdigit() or len(values["height"]) > 12:
        raise ReportError(f"the report's check text is malformed ({', '.join(bad) or 'kind or height'})")
    return CheckText(values["kind"], bytes.fromhex(values["election"]), int(values["height"]),
                     bytes.fromhex(values["tip"]), values["station"], values["software"],
                     bytes.fromhex(values["digest"]))


def _squeezed(text: str) -> str:
    return "".join(text.split())


def check_report(check: CheckText, state: LedgerState, printed: str | None = None) -> Report:
    """Check a report's ``check`` text against ``state``, the record replayed to the report's height (its
    tip must be the report's tip), and with ``printed`` (all the text of the PDF) every printed row too.
    Returns the report the record gives; raises :class:`ReportMismatch` naming the first difference."""
    if check.election != state.election_id:
        raise ReportMismatch(f"the report is of election {check.election.hex()[:16]}…, the record of "
                             f"{state.election_id.hex()[:16]}…")
    if check.height != state.height:
        raise ReportMismatch(f"the record ends at height {state.height}, before the report's height {check.height} "
                             "(cut short?)")
    if check.tip != state.tip:
        raise ReportMismatch(f"the report's tip {check.tip.hex()[:16]}… is not the record's block {check.height} "
                             f"({state.tip.hex()[:16]}…): the report is of another chain")
    # The station as the chain names it when the PDF's text spaced it differently ("D esk 1").
    station = next((name for name in state.station_names.values() if _squeezed(name) == _squeezed(check.station)),
                   check.station)
    try:
        expected = make_report(state, check.kind, station, check.software)
    except ReportError as exc:
        raise ReportMismatch(f"the record gives no {check.kind} report at height {check.height}: {exc}") from None
    if printed is not None:
        _check_printed(_squeezed(printed), expected, check.height)
    if expected.digest() != check.digest:
        raise ReportMismatch(f"the report's digest {check.digest.hex()[:16]}… is not the one of the record's "
                             f"{check.kind} report at height {check.height} ({expected.digest().hex()[:16]}…): "
                             "its figures were altered")
    return expected


def _check_printed(page: str, expected: Report, height: int) -> None:
    """The heading and the rows must be on the page in order and next to each other (so "Registered 70" cannot
    pass for "Registered 7"); else name the first row that is not."""
    versions = printed_versions(expected.heading, expected.rows(), END_LINE, len(expected.results))
    furthest = 0  # the paper is in one of the languages (report_language.py): name the row its version missed
    for version in versions:
        rows = [("", version.heading), *version.rows, ("", version.end_line)]
        seen = comparable(page, version.language)
        block = ""
        for index, (label, value) in enumerate(rows):
            block += label + value
            if needle(block, version.language) not in seen:
                furthest = max(furthest, index)
                break
        else:
            return  # every row as the record gives it
    english = [("", versions[0].heading), *versions[0].rows, ("", versions[0].end_line)]
    label, value = english[furthest]
    raise ReportMismatch(f"the report does not print '{label}{': ' if label else ''}{value}' as the record "
                         f"gives it at height {height}: the printed figures were altered")


def report_of_data_dir(data_dir: DataDir, kind: str, station: str) -> Report:
    """The report of ``kind`` for the chain stored in ``data_dir`` now (read-only: a node may be running)."""
    store = data_dir.open_store(readonly=True)
    try:
        if store.genesis() is None:
            raise ReportError(f"data dir {data_dir.path} holds no election")
        state = store.open_ledger().state
    finally:
        store.close()
    return make_report(state, kind, station)


def record_state_at(path: Path, height: int) -> LedgerState:
    """The state of the record at ``path`` after its first ``height`` blocks, every one re-checked (or after
    all of them when the record is shorter: the caller compares the height)."""
    with RecordReader(path) as reader:
        return verify_blocks(reader.genesis, itertools.islice(reader.blocks(), height)).state
