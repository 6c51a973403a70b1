"""Plain, translated sentences for every refusal or error that reaches the screen from the node or the core.

The core and the node speak English to logs and to the command line; what a person sees in a window goes
through :func:`refusal`. Each error class of the ledger (``LedgerError``) and of the node (``NodeError``)
has its own sentence; the classes whose message differs from one raise to the next (``NodeError``,
``ElectionSetupError``, ``StoreError``, ``VoterIdError``, ...) are matched message by message first.
Ids, keys, paths and fingerprints stay left to right inside right-to-left sentences (``ltr``).
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from votingapp.core import errors as core
from votingapp.core.crypto import errors as crypto
from votingapp.core.keys import KeyFileError
from votingapp.core.mempool import MempoolFull
from votingapp.election.audit import VerificationCancelled
from votingapp.election.report import ReportError, ReportMismatch
from votingapp.election.setup import ElectionSetupError
from votingapp.gui.translations import ltr
from votingapp.node.chain_service import StorageUnavailable
from votingapp.node.errors import NodeError
from votingapp.store.database import StoreError, StoreWriteError
from votingapp.store.datadir import SecretFileError
from votingapp.store.qm import CatalogError
from votingapp.store.record import RecordDamaged, RecordError

Sentence = Callable[[Any], str]


def _numbers(values: tuple[int, ...]) -> str:
    return ltr(", ".join(str(v) for v in values))


def _block(error: core.ChainError) -> str:
    cause = refusal(error.cause) if error.cause is not None else None
    if error.height is None:
        return cause or QCoreApplication.translate("Refusal", "The stored chain is damaged.")
    if cause is None:
        return QCoreApplication.translate("Refusal", "The chain is damaged at block {height}.").format(
            height=ltr(str(error.height)))
    return QCoreApplication.translate("Refusal", "Block {height}: {cause}").format(
        height=ltr(str(error.height)), cause=cause)


def _os_error(error: OSError) -> str:
    path = ltr(str(error.filename)) if error.filename else ""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("Refusal", "{path} does not exist.").format(path=path) if path else \
            QCoreApplication.translate("Refusal", "A file or folder does not exist.")
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("Refusal", "This station may not use {path}.").format(path=path) \
            if path else QCoreApplication.translate("Refusal", "This station may not use a file or folder.")
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate("Refusal", "The disk is full.")
    if path:
        return QCoreApplication.translate("Refusal", "{path} cannot be read or written.").format(path=path)
    return QCoreApplication.translate("Refusal", "A file or folder cannot be read or written.")


#: One sentence per error class, found by the error's exact class first, then its bases.
SENTENCES: dict[type[BaseException], Sentence] = {
    # -- the ledger's rules
    core.LedgerError: lambda e: QCoreApplication.translate(
        "Refusal", "This breaks a rule of the election and was refused."),
    core.DecodeError: lambda e: QCoreApplication.translate(
        "Refusal", "The data is damaged or not in the expected form."),
    core.VoterIdError: lambda e: QCoreApplication.translate(
        "Refusal", "This is not a valid voter ID: check it for typing mistakes."),
    core.InvalidManifest: lambda e: QCoreApplication.translate(
        "Refusal", "The election's description is not valid (it is not signed by its authority)."),
    core.InvalidTransaction: lambda e: QCoreApplication.translate(
        "Refusal", "The request breaks a rule of the election and was refused."),
    core.BadSignature: lambda e: QCoreApplication.translate(
        "Refusal", "A signature does not match: the request was refused."),
    core.WrongElection: lambda e: QCoreApplication.translate(
        "Refusal", "This request belongs to another election."),
    core.DuplicateTransaction: lambda e: QCoreApplication.translate(
        "Refusal", "This request has already been recorded."),
    core.StationNotAdmitted: lambda e: QCoreApplication.translate(
        "Refusal", "This station is not admitted to the election yet: ask the election authority to admit it."),
    core.StationAlreadyAdmitted: lambda e: QCoreApplication.translate(
        "Refusal", "This station is already admitted."),
    core.AlreadyRegistered: lambda e: QCoreApplication.translate(
        "Refusal", "This voter is already registered."),
    core.VoterNotRegistered: lambda e: QCoreApplication.translate(
        "Refusal", "This voter ID is not registered (yet). If it was registered just now, wait a moment and try "
        "again."),
    core.AlreadyVoted: lambda e: QCoreApplication.translate(
        "Refusal", "A vote has already been cast with this voter ID. Each voter votes once."),
    core.UnknownOption: lambda e: QCoreApplication.translate(
        "Refusal", "That choice is not an option on this ballot."),
    core.ElectionClosed: lambda e: QCoreApplication.translate(
        "Refusal", "The election is closed: no more registrations or votes are accepted."),
    core.CastAfterClose: lambda e: QCoreApplication.translate(
        "Refusal", "This registration or vote was made after the election closed: it does not count."),
    core.CloseBeforeLastCast: lambda e: QCoreApplication.translate(
        "Refusal", "The election cannot be closed at a time before votes that were already counted."),
    core.TxBeforeElection: lambda e: QCoreApplication.translate(
        "Refusal", "This registration or vote is dated before the election was created: check this station's "
        "clock."),
    core.ElectionNotOpen: lambda e: QCoreApplication.translate(
        "Refusal", "The election is not open yet: votes can be cast once it opens."),
    core.OpenNotAllowed: lambda e: QCoreApplication.translate(
        "Refusal", "The election cannot be opened by hand: it opens by itself, or it is already open."),
    core.WrongBallotKind: lambda e: QCoreApplication.translate(
        "Refusal", "This request does not fit this kind of election (open or secret ballot)."),
    core.NotATrustee: lambda e: QCoreApplication.translate(
        "Refusal", "This station is not a trustee of the election."),
    core.CeremonyFailed: lambda e: QCoreApplication.translate(
        "Refusal", "The trustees' key ceremony has stopped (a complaint about trustee {dealer}): no ballot can be "
        "cast.").format(dealer=ltr(str(e.dealer))),
    core.CeremonyOver: lambda e: QCoreApplication.translate(
        "Refusal", "The key ceremony is already complete."),
    core.TrusteeKeyAlreadyPublished: lambda e: QCoreApplication.translate(
        "Refusal", "Trustee {trustee} has already published its key.").format(trustee=ltr(str(e.trustee))),
    core.BadTrusteeKey: lambda e: QCoreApplication.translate(
        "Refusal", "The key published by trustee {trustee} is not valid.").format(trustee=ltr(str(e.trustee))),
    core.TrusteeKeysMissing: lambda e: QCoreApplication.translate(
        "Refusal", "Some trustees have not published their key yet (trustees {missing}).").format(
        missing=_numbers(e.missing)),
    core.AlreadyDealt: lambda e: QCoreApplication.translate(
        "Refusal", "Trustee {dealer} has already dealt its shares.").format(dealer=ltr(str(e.dealer))),
    core.BadDeal: lambda e: QCoreApplication.translate(
        "Refusal", "The shares dealt by trustee {dealer} are not valid.").format(dealer=ltr(str(e.dealer))),
    core.DealsMissing: lambda e: QCoreApplication.translate(
        "Refusal", "Some trustees have not dealt their shares yet (trustees {missing}).").format(
        missing=_numbers(e.missing)),
    core.AlreadyAcked: lambda e: QCoreApplication.translate(
        "Refusal", "Trustee {trustee} has already confirmed its shares.").format(trustee=ltr(str(e.trustee))),
    core.BadComplaint: lambda e: QCoreApplication.translate(
        "Refusal", "This complaint does not name another trustee."),
    core.CeremonyNotComplete: lambda e: QCoreApplication.translate(
        "Refusal", "The election key is not ready yet: the trustee stations have not finished the key ceremony "
        "({done} of {trustees} done).").format(done=ltr(str(e.acked)), trustees=ltr(str(e.trustees))),
    core.BadBallot: lambda e: QCoreApplication.translate(
        "Refusal", "The encrypted ballot is not valid."),
    core.DecryptionBeforeClose: lambda e: QCoreApplication.translate(
        "Refusal", "The results cannot be decrypted before the election closes."),
    core.UnknownAggregate: lambda e: QCoreApplication.translate(
        "Refusal", "This decryption refers to a block that is not in the chain after the close."),
    core.DuplicateDecryption: lambda e: QCoreApplication.translate(
        "Refusal", "Trustee {trustee} has already sent its decryption share.").format(trustee=ltr(str(e.trustee))),
    core.BadDecryption: lambda e: QCoreApplication.translate(
        "Refusal", "The decryption share of trustee {trustee} is not valid.").format(trustee=ltr(str(e.trustee))),
    # -- blocks and the chain
    core.InvalidBlock: lambda e: QCoreApplication.translate(
        "Refusal", "A block breaks a rule of the election and was refused."),
    core.BadMerkleRoot: lambda e: QCoreApplication.translate(
        "Refusal", "A block's contents do not match its header."),
    core.InsufficientWork: lambda e: QCoreApplication.translate(
        "Refusal", "A block was not sealed with enough work ({actual} of {required} bits).").format(
        actual=ltr(str(e.actual)), required=ltr(str(e.required))),
    core.BadBlockSignature: lambda e: QCoreApplication.translate(
        "Refusal", "A block's signature does not match."),
    core.MinerNotAdmitted: lambda e: QCoreApplication.translate(
        "Refusal", "A block was sealed by a station that is not admitted."),
    core.WrongPreviousHash: lambda e: QCoreApplication.translate(
        "Refusal", "A block does not link to the block before it."),
    core.UnknownParent: lambda e: QCoreApplication.translate(
        "Refusal", "A block follows a block that this station does not know (yet)."),
    core.BadHeight: lambda e: QCoreApplication.translate(
        "Refusal", "A block has the wrong number: {actual} instead of {expected}.").format(
        actual=ltr(str(e.actual)), expected=ltr(str(e.expected))),
    core.BadTimestamp: lambda e: QCoreApplication.translate(
        "Refusal", "A block's time breaks a rule of the election."),
    core.BlockBeforeParent: lambda e: QCoreApplication.translate(
        "Refusal", "A block is dated before the block it follows."),
    core.BlockFromFuture: lambda e: QCoreApplication.translate(
        "Refusal", "A block is dated in the future: check the stations' clocks."),
    core.TxAfterBlock: lambda e: QCoreApplication.translate(
        "Refusal", "A request is dated after the block that holds it."),
    core.BadBlockSize: lambda e: QCoreApplication.translate(
        "Refusal", "A block holds no requests or too many ({actual}; at most {limit}).").format(
        actual=ltr(str(e.actual)), limit=ltr(str(e.limit))),
    core.BlockTransactionError: lambda e: QCoreApplication.translate(
        "Refusal", "Request {index} of a block was refused: {cause}").format(
        index=ltr(str(e.index)), cause=refusal(e.cause)),
    core.ChainError: _block,
    # -- the secret ballot's cryptography
    crypto.CryptoError: lambda e: QCoreApplication.translate(
        "Refusal", "A cryptographic check failed."),
    crypto.InvalidEncoding: lambda e: QCoreApplication.translate(
        "Refusal", "A key or an encrypted value is malformed."),
    crypto.InvalidProof: lambda e: QCoreApplication.translate(
        "Refusal", "A proof does not check out."),
    crypto.InvalidBallot: lambda e: QCoreApplication.translate(
        "Refusal", "The encrypted ballot is not valid."),
    crypto.BadCommitments: lambda e: QCoreApplication.translate(
        "Refusal", "The commitments of trustee {dealer} are not valid.").format(dealer=ltr(str(e.dealer))),
    crypto.BadShare: lambda e: QCoreApplication.translate(
        "Refusal", "The share from trustee {dealer} to trustee {recipient} is not valid: the key ceremony stops."
    ).format(dealer=ltr(str(e.dealer)), recipient=ltr(str(e.recipient))),
    crypto.FalseComplaint: lambda e: QCoreApplication.translate(
        "Refusal", "A trustee complained about a share that is in fact valid: the complaint is refused."),
    crypto.BadDecryptionShare: lambda e: QCoreApplication.translate(
        "Refusal", "The decryption share of trustee {trustee} is not valid.").format(trustee=ltr(str(e.trustee))),
    crypto.NotEnoughShares: lambda e: QCoreApplication.translate(
        "Refusal", "Not enough trustees have sent their decryption shares yet."),
    crypto.CountOutOfRange: lambda e: QCoreApplication.translate(
        "Refusal", "A count could not be decrypted (the decryption shares do not fit)."),
    # -- this station's files
    KeyFileError: lambda e: QCoreApplication.translate(
        "Refusal", "A key file of this station is damaged or cannot be read."),
    StoreError: lambda e: QCoreApplication.translate(
        "Refusal", "This station's data cannot be read."),
    StoreWriteError: lambda e: QCoreApplication.translate(
        "Refusal", "This station cannot write to its disk (is it full?)."),
    SecretFileError: lambda e: QCoreApplication.translate(
        "Refusal", "A secret file of this station is damaged or cannot be read."),
    RecordError: lambda e: QCoreApplication.translate(
        "Refusal", "This file cannot be read or is not an election record."),
    RecordDamaged: lambda e: QCoreApplication.translate(
        "Refusal", "The election record is cut short or damaged."),
    CatalogError: lambda e: QCoreApplication.translate(
        "Refusal", "A translation file of this app is damaged: reinstall the app."),
    MempoolFull: lambda e: QCoreApplication.translate(
        "Refusal", "This station has too many requests waiting: try again in a moment."),
    VerificationCancelled: lambda e: QCoreApplication.translate(
        "Refusal", "The verification was cancelled."),
    ElectionSetupError: lambda e: QCoreApplication.translate(
        "Refusal", "The election cannot be created as asked."),
    ReportError: lambda e: QCoreApplication.translate(
        "Refusal", "The report cannot be made or read."),
    ReportMismatch: lambda e: QCoreApplication.translate(
        "Refusal", "The report does not match the election record."),
    # -- the node
    NodeError: lambda e: QCoreApplication.translate(
        "Refusal", "This station could not do this."),
    StorageUnavailable: lambda e: QCoreApplication.translate(
        "Refusal", "This station cannot use its disk: nothing new is recorded until it can."),
    OSError: _os_error,
}


def _m(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.DOTALL)


#: Messages of the classes that say different things at different raises: (class, message pattern, sentence).
MESSAGES: list[tuple[type[BaseException], re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    # votingapp/node/facade.py, votingapp/gui/bridge.py
    (NodeError, _m(r"the node did not start in time$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's node did not start in time.")),
    (NodeError, _m(r"the node could not start: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's node could not start.")),
    (NodeError, _m(r"another node is already running for data dir (?P<path>.+)$"), lambda m: QCoreApplication
     .translate("Refusal", "Another station is already running on the data folder {path}.").format(
         path=ltr(m["path"]))),
    (NodeError, _m(r"data dir (?P<path>.+) holds no election: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The data folder {path} holds no election: create one or join one.").format(
        path=ltr(m["path"]))),
    (NodeError, _m(r"the node stopped$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's node has stopped.")),
    (NodeError, _m(r"the transaction was dropped: it conflicts with the chain$"), lambda m: QCoreApplication
     .translate("Refusal", "The request was dropped: it conflicts with what is already recorded.")),
    (NodeError, _m(r"the node is not running\b.*"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's node is not running.")),
    (NodeError, _m(r"the node did not answer in time$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's node did not answer in time: please try again.")),
    (NodeError, _m(r"the transaction is not known to this node$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station does not know that request.")),
    (NodeError, _m(r"the transaction was not in a block within (?P<s>\S+) s$"), lambda m: QCoreApplication
     .translate("Refusal", "The request was not recorded in a block within {seconds} seconds.").format(
         seconds=ltr(m["s"]))),
    (NodeError, _m(r"this station \((?P<fp>.+)\) is not admitted yet: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This station ({fingerprint}) is not admitted yet: ask the election authority to admit it."
    ).format(fingerprint=ltr(m["fp"]))),
    (NodeError, _m(r"this is an open election: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This is an open election: votes are not encrypted.")),
    (NodeError, _m(r"this ballot was opened for checking: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This ballot was opened for checking, so it can never be cast: the voter votes again.")),
    (NodeError, _m(r"this ballot belongs to another election$"), lambda m: QCoreApplication.translate(
        "Refusal", "This ballot belongs to another election.")),
    (NodeError, _m(r"this station's clock is (?P<d>.+) behind the other stations: .*"), lambda m: QCoreApplication
     .translate("Refusal", "This station's clock is {duration} behind the other stations: set the clock. Sealing "
                "blocks and registering voters are paused until then.").format(duration=ltr(m["d"]))),
    (NodeError, _m(r"this station's clock is (?P<d>.+) ahead of the other stations: .*"), lambda m: QCoreApplication
     .translate("Refusal", "This station's clock is {duration} ahead of the other stations: set the clock. "
                "Sealing blocks and registering voters are paused until then.").format(duration=ltr(m["d"]))),
    (NodeError, _m(r"only the station that created the election .*"), lambda m: QCoreApplication.translate(
        "Refusal", "Only the station that created the election (it holds the authority key) can do this.")),
    (NodeError, _m(r"the node's network is not running$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station's network is not running.")),
    (NodeError, _m(r"a receipt is 64 hex digits$"), lambda m: QCoreApplication.translate(
        "Refusal", "A receipt has 64 characters: the digits 0 to 9 and the letters a to f.")),
    (NodeError, _m(r"the request was cancelled$"), lambda m: QCoreApplication.translate(
        "Refusal", "The request was cancelled.")),
    (NodeError, _m(r"the observer board cannot listen on port (?P<port>\S+): .*"), lambda m: QCoreApplication
     .translate("Refusal", "The observer board cannot listen on port {port}: another program may use it.").format(
         port=ltr(m["port"]))),
    # votingapp/node/chain_service.py (the status's storage_error), votingapp/node/facade.py (key_conflict)
    (NodeError, _m(r"this station cannot write to its disk \(.*\): no new votes until space is freed$"), lambda m:
     QCoreApplication.translate("Refusal", "This station cannot write to its disk: it is full. No new votes are "
                                "recorded until space is freed.")),
    (NodeError, _m(r"this station cannot write to its disk\b.*"), lambda m: QCoreApplication.translate(
        "Refusal", "This station cannot write to its disk: no new votes are recorded until it can write again.")),
    (NodeError, _m(r"this station cannot read its database$"), lambda m: QCoreApplication.translate(
        "Refusal", "This station cannot read its database.")),
    (NodeError, _m(r"another laptop runs with this station's key \(a copied data dir\?\): (?P<address>\S+) refused .*"),
     lambda m: QCoreApplication.translate("Refusal", "Another laptop runs with this station's key (a copied data "
                                          "folder?): {address} refused this station because that copy is connected "
                                          "to it. Only one may run.").format(address=ltr(m["address"]))),
    (NodeError, _m(r"two laptops use the key of station (?P<station>\S+): the one at (?P<address>\S+) was refused "
                   r"while the one at (?P<connected>\S+) is connected .*"), lambda m: QCoreApplication.translate(
        "Refusal", "Two laptops use the key of station {station}: the one at {address} was refused while the one at "
        "{connected} is connected (a copied data folder?).").format(
        station=ltr(m["station"]), address=ltr(m["address"]), connected=ltr(m["connected"]))),
    # votingapp/election/setup.py (and the manifest rules it reports)
    (ElectionSetupError, _m(r"the ballot must be one of .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The ballot must be open or secret.")),
    (ElectionSetupError, _m(r"an open election has no trustees .*"), lambda m: QCoreApplication.translate(
        "Refusal", "An open election has no trustees and no threshold (trustees decrypt secret ballots).")),
    (ElectionSetupError, _m(r"a secret election needs at least one trustee station$"), lambda m: QCoreApplication
     .translate("Refusal", "A secret election needs at least one trustee station.")),
    (ElectionSetupError, _m(r"a trustee is listed twice$"), lambda m: QCoreApplication.translate(
        "Refusal", "A trustee is listed twice.")),
    (ElectionSetupError, _m(r"trustee (?P<key>\S+) is not a station of this election: .*"), lambda m:
     QCoreApplication.translate("Refusal", "Trustee {key} is not a station of this election: trustees must be "
                                "admitted stations.").format(key=ltr(m["key"]))),
    (ElectionSetupError, _m(r"the threshold must be 1 to (?P<n>\d+) .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The threshold must be between 1 and {count} (the number of trustees).").format(
        count=ltr(m["n"]))),
    (ElectionSetupError, _m(r"a threshold of 1 with (?P<n>\S+) trustees would let each trustee laptop .*"), lambda m:
     QCoreApplication.translate("Refusal", "A threshold of 1 with {count} trustees would let each trustee laptop "
                                "read single ballots alone: use 2 or more.").format(count=ltr(m["n"]))),
    (ElectionSetupError, _m(r"the difficulty must be 0 to (?P<n>\d+) bits.*"), lambda m: QCoreApplication
     .translate("Refusal", "The difficulty must be between 0 and {most} bits.").format(most=ltr(m["n"]))),
    (ElectionSetupError, _m(r"a station is listed twice$"), lambda m: QCoreApplication.translate(
        "Refusal", "A station is listed twice.")),
    (ElectionSetupError, _m(r"invalid election: manifest needs 2 to (?P<n>\d+) options$"), lambda m:
     QCoreApplication.translate("Refusal", "An election needs 2 to {most} options.").format(most=ltr(m["n"]))),
    (ElectionSetupError, _m(r"invalid election: manifest options must be distinct$"), lambda m: QCoreApplication
     .translate("Refusal", "Each option must differ from the others.")),
    (ElectionSetupError, _m(r"invalid election: field 'title' must have (?P<a>\d+) to (?P<b>\d+) characters$"),
     lambda m: QCoreApplication.translate("Refusal", "The title must have {least} to {most} characters.").format(
         least=ltr(m["a"]), most=ltr(m["b"]))),
    (ElectionSetupError, _m(r"invalid election: option must have (?P<a>\d+) to (?P<b>\d+) characters$"),
     lambda m: QCoreApplication.translate("Refusal", "Each option must have {least} to {most} characters.").format(
         least=ltr(m["a"]), most=ltr(m["b"]))),
    (ElectionSetupError, _m(r"invalid election: field 'name' must have (?P<a>\d+) to (?P<b>\d+) characters$"),
     lambda m: QCoreApplication.translate("Refusal", "A station's name must have at most {most} characters.")
     .format(most=ltr(m["b"]))),
    (ElectionSetupError, _m(r"invalid election: .* has control characters or surrounding spaces$"), lambda m:
     QCoreApplication.translate("Refusal", "The title, the options and the names must not begin or end with a "
                                "space, nor hold control characters.")),
    (ElectionSetupError, _m(r"invalid election: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "These settings do not make a valid election.")),
    (ElectionSetupError, _m(r"data dir (?P<path>.+) already holds election \S+$"), lambda m: QCoreApplication
     .translate("Refusal", "The data folder {path} already holds an election.").format(path=ltr(m["path"]))),
    (ElectionSetupError, _m(r"this station is listed among the other stations; .*"), lambda m: QCoreApplication
     .translate("Refusal", "This station is listed among the other stations (it is admitted anyway).")),
    (ElectionSetupError, _m(r"manifest file (?P<path>.+) does not exist$"), lambda m: QCoreApplication.translate(
        "Refusal", "The election file {path} does not exist.").format(path=ltr(m["path"]))),
    (ElectionSetupError, _m(r"cannot read manifest file (?P<path>.+): .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The election file {path} cannot be read.").format(path=ltr(m["path"]))),
    (ElectionSetupError, _m(r"manifest file (?P<path>.+) is damaged or not an election manifest .*"), lambda m:
     QCoreApplication.translate("Refusal", "The file {path} is damaged or is not an election file.").format(
         path=ltr(m["path"]))),
    # votingapp/election/report.py
    (ReportError, _m(r"a station name for a report is 1 to (?P<n>\d+) characters.*"), lambda m: QCoreApplication
     .translate("Refusal", "A station's name on a report has 1 to {most} characters.").format(most=ltr(m["n"]))),
    (ReportError, _m(r"a report is 'zero' or 'results'.*"), lambda m: QCoreApplication.translate(
        "Refusal", "A report is a zero report or a results report.")),
    (ReportError, _m(r"(?P<n>\S+) ballot\(s\) are cast already: the zero report .*"), lambda m: QCoreApplication
     .translate("Refusal", "Ballots have already been cast ({count}): the zero report is printed before the first "
                "ballot. Print the results report at the close.").format(count=ltr(m["n"]))),
    (ReportError, _m(r"the election is not closed: the results report .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The election is not closed: the results report is printed after the close.")),
    (ReportError, _m(r"the results are sealed \((?P<s>\S+) of (?P<k>\S+) trustee shares\).*"), lambda m:
     QCoreApplication.translate("Refusal", "The results are still sealed ({shares} of {k} trustee shares): print "
                                "the results report once the trustees have decrypted them.").format(
         shares=ltr(m["s"]), k=ltr(m["k"]))),
    (ReportError, _m(r"no '.*' check text found: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This is not a report of this app: it has no check text.")),
    (ReportError, _m(r"the report's check text (lacks|is malformed) .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The report's check text is incomplete or malformed (cut or altered).")),
    (ReportError, _m(r"data dir (?P<path>.+) holds no election$"), lambda m: QCoreApplication.translate(
        "Refusal", "The data folder {path} holds no election.").format(path=ltr(m["path"]))),
    (ReportMismatch, _m(r"the report is of election .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The report is of another election than the record.")),
    (ReportMismatch, _m(r"the record ends at height (?P<h>\S+), before the report's height (?P<r>\S+) .*"),
     lambda m: QCoreApplication.translate("Refusal", "The record ends at block {height}, before the report's block "
                                          "{report} (cut short?).").format(height=ltr(m["h"]), report=ltr(m["r"]))),
    (ReportMismatch, _m(r"the report's tip .* the report is of another chain$"), lambda m: QCoreApplication
     .translate("Refusal", "The report was made on another chain than the record's.")),
    (ReportMismatch, _m(r"the record gives no .* report at height .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The record gives no such report at the report's block.")),
    (ReportMismatch, _m(r"the report's digest .*its figures were altered$"), lambda m: QCoreApplication.translate(
        "Refusal", "The report's figures were altered: they are not the record's.")),
    (ReportMismatch, _m(r"the report does not print .*the printed figures were altered$"), lambda m:
     QCoreApplication.translate("Refusal", "The printed figures were altered: they are not the record's.")),
    # votingapp/core/voter_id.py
    (core.VoterIdError, _m(r"voter_id has an invalid character .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This voter ID holds a character that voter IDs never use: check it for typing mistakes.")),
    (core.VoterIdError, _m(r"voter_id must have (?P<n>\d+) characters, got (?P<got>\d+)$"), lambda m:
     QCoreApplication.translate("Refusal", "A voter ID has {length} characters; this one has {count}.").format(
         length=ltr(m["n"]), count=ltr(m["got"]))),
    (core.VoterIdError, _m(r"voter_id is mistyped .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This voter ID is mistyped: check it character by character.")),
    # votingapp/store/datadir.py, votingapp/store/database.py
    (StoreError, _m(r"data dir (?P<path>.+) is a file, not a directory$"), lambda m: QCoreApplication.translate(
        "Refusal", "{path} is a file, not a data folder.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"data dir (?P<path>.+) does not exist$"), lambda m: QCoreApplication.translate(
        "Refusal", "The data folder {path} does not exist.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"data dir (?P<path>.+) already has an authority key$"), lambda m: QCoreApplication.translate(
        "Refusal", "The data folder {path} already holds an election authority's key.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"(data dir|database) (?P<path>.+) holds no election$"), lambda m: QCoreApplication.translate(
        "Refusal", "The data folder {path} holds no election.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"database (?P<path>.+) holds an election made by an older version of votingapp .*"), lambda m:
     QCoreApplication.translate("Refusal", "The database {path} holds an election made by an older version of this "
                                "program (before the secret ballot): this version cannot open it. Use the version "
                                "that made it, or create a new election in another data folder.").format(
         path=ltr(m["path"]))),
    (StoreError, _m(r"block (?P<block>\S+) is not in the database$"), lambda m: QCoreApplication.translate(
        "Refusal", "Block {block} is not in this station's database.").format(block=ltr(m["block"]))),
    (StoreError, _m(r"no election database at (?P<path>.+)$"), lambda m: QCoreApplication.translate(
        "Refusal", "There is no election database at {path}.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"database (?P<path>.+) has schema .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The database {path} was made by another version of this program.").format(
        path=ltr(m["path"]))),
    (StoreError, _m(r"database (?P<path>.+?) (is damaged|is not a votingapp database|: the election manifest).*"),
     lambda m: QCoreApplication.translate("Refusal", "The database {path} is damaged or is not an election "
                                          "database.").format(path=ltr(m["path"]))),
    (StoreError, _m(r"database (?P<path>.+) already holds election .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The database {path} already holds another election.").format(path=ltr(m["path"]))),
    (SecretFileError, _m(r"secret file (?P<path>.+) is encrypted: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The secret file {path} is protected by a passphrase: start the station with its passphrase."
    ).format(path=ltr(m["path"]))),
    (SecretFileError, _m(r"secret file (?P<path>.+) is damaged or the passphrase is wrong$"), lambda m:
     QCoreApplication.translate("Refusal", "The secret file {path} is damaged, or the passphrase is wrong.").format(
         path=ltr(m["path"]))),
    (SecretFileError, _m(r"cannot read secret file (?P<path>.+): .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The secret file {path} cannot be read.").format(path=ltr(m["path"]))),
    (SecretFileError, _m(r"(the trustee )?secret file (?P<path>.*?) ?is damaged.*"), lambda m: QCoreApplication
     .translate("Refusal", "A secret file of this station is damaged.")),
]


def specific_message(error: BaseException) -> str | None:
    """The sentence for this error's own message, when its class says different things at different raises."""
    text = str(error)
    for cls, pattern, sentence in MESSAGES:
        if isinstance(error, cls):
            match = pattern.match(text)
            if match:
                return sentence(match)
    return None


def class_sentence(error: BaseException) -> str | None:
    """The sentence of the error's class (or of its nearest base that has one)."""
    for cls in type(error).__mro__:
        sentence = SENTENCES.get(cls)
        if sentence is not None:
            return sentence(error)
    return None


def refusal(error: BaseException) -> str:
    """A plain sentence, in the app's language, for an error that reaches the screen."""
    return specific_message(error) or class_sentence(error) or QCoreApplication.translate(
        "Refusal", "Something went wrong ({name}). Please ask the person in charge of the station.").format(
        name=ltr(type(error).__name__))


def sentence(kind: type[BaseException], message: str) -> str:
    """The sentence for an error known only by its class and message (kept to be retranslated later)."""
    try:
        error = kind(message)
    except TypeError:  # a class with more arguments: its message, then its nearest base's sentence
        error = kind.__new__(kind)
        Exception.__init__(error, message)
    found = specific_message(error)
    if found is not None:
        return found
    for cls in kind.__mro__:
        try:
            text = SENTENCES[cls](error) if cls in SENTENCES else None
        except AttributeError:  # the sentence needs values only the instance had
            continue
        if text is not None:
            return text
    return refusal(error)


def node_message(message: str) -> str:
    """A line the node hands to the windows as text (clock, disk, copied station): its translated sentence."""
    return sentence(NodeError, message)


#: Why a ballot opened for checking does or does not check out (votingapp/core/crypto/opened.py).
VERDICTS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_m(r"this is not an opened ballot: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "This is not the text of an opened ballot.")),
    (_m(r"this ballot belongs to another election$"), lambda m: QCoreApplication.translate(
        "Refusal", "This ballot belongs to another election.")),
    (_m(r"the option shown is not the election's option at that position$"), lambda m: QCoreApplication.translate(
        "Refusal", "The option shown is not the election's option at that position.")),
    (_m(r"the randomness is not valid$"), lambda m: QCoreApplication.translate(
        "Refusal", "The opened ballot's randomness is not valid.")),
    (_m(r"the booth did NOT encrypt '?(?P<option>.*?)'?: do not trust this machine$"), lambda m: QCoreApplication
     .translate("Refusal", "The booth did NOT encrypt “{option}”: do not trust this machine.").format(
         option=m["option"])),
    (_m(r"the tracking code the booth showed is not this ballot's: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "The tracking code the booth showed is not this ballot's: the booth may have encrypted another "
        "choice. Do not trust this machine.")),
]


def opened_verdict(reason: str) -> str:
    """The sentence for why an opened ballot does not check out."""
    for pattern, said in VERDICTS:
        match = pattern.match(reason)
        if match:
            return said(match)
    return QCoreApplication.translate("Refusal", "This opened ballot does not check out.")


def dropped_reason(reason: str | None) -> str:
    """Why the node dropped a vote, as the end of a sentence ("... was dropped because {reason}")."""
    if reason and reason.startswith("another vote by the same voter was recorded first"):
        return QCoreApplication.translate(
            "Refusal", "another vote by the same voter was recorded first (a double vote, e.g. across a partition)")
    if not reason or reason == "it conflicts with the chain":
        return QCoreApplication.translate("Refusal", "it conflicts with the chain")
    return QCoreApplication.translate("Refusal", "it breaks a rule of the election")


#: Why this station cannot do its part of the key ceremony (votingapp/node/ceremony.py), said after a colon.
CEREMONY_PROBLEMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (_m(r"its trustee secrets cannot be read or written\b.*"), lambda m: QCoreApplication.translate(
        "Refusal", "its trustee secrets cannot be read or written")),
    (_m(r"its trustee secret file belongs to another election$"), lambda m: QCoreApplication.translate(
        "Refusal", "its trustee secret file belongs to another election")),
    (_m(r"its trustee secrets are lost\b.*"), lambda m: QCoreApplication.translate(
        "Refusal", "its trustee secrets are lost (the trustee key on the chain is not in its data folder)")),
    (_m(r"the trustee key on the chain is not the one in its data dir$"), lambda m: QCoreApplication.translate(
        "Refusal", "the trustee key on the chain is not the one in its data folder")),
    (_m(r"its polynomial is gone but its deal is not in the chain$"), lambda m: QCoreApplication.translate(
        "Refusal", "its secret polynomial is gone but its deal is not in the chain")),
    (_m(r"its polynomial does not match its deal in the chain$"), lambda m: QCoreApplication.translate(
        "Refusal", "its secret polynomial does not match its deal in the chain")),
    (_m(r"its secret share is not in its data dir: .*"), lambda m: QCoreApplication.translate(
        "Refusal", "its secret share is not in its data folder: it cannot take part in the decryption")),
    (_m(r"its secret share does not match its verification key in the chain$"), lambda m: QCoreApplication
     .translate("Refusal", "its secret share does not match its verification key in the chain")),
    (_m(r"stopped at this station: (?P<problem>.*)"), lambda m: QCoreApplication.translate(
        "Refusal", "at this station: {problem}").format(problem=ceremony_problem(m["problem"]))),
    (_m(r"stopped: the share from (?P<station>.*) is bad$"), lambda m: QCoreApplication.translate(
        "Refusal", "the share from {station} is bad").format(station=m["station"])),
]


def ceremony_problem(text: str) -> str:
    """The node's line on a stopped key ceremony (its ``problem`` or its ``text``), in the app's language."""
    for pattern, said in CEREMONY_PROBLEMS:
        match = pattern.match(text)
        if match:
            return said(match)
    return QCoreApplication.translate("Refusal", "this station cannot do its part of the key ceremony")
