"""No text that only the core knows: every refusal that can reach the screen has a plain, translated sentence."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

import votingapp
from votingapp.core.errors import AlreadyVoted, CeremonyNotComplete, ChainError, LedgerError, VoterIdError
from votingapp.election.report import ReportError, ReportMismatch
from votingapp.election.setup import ElectionSetupError
from votingapp.gui.refusals import (
    MESSAGES,
    SENTENCES,
    ceremony_problem,
    class_sentence,
    dropped_reason,
    node_message,
    opened_verdict,
    refusal,
    sentence,
    specific_message,
)
from votingapp.gui.translations import LANGUAGES, use_language
from votingapp.node.errors import NodeError
from votingapp.store.database import StoreError
from votingapp.store.datadir import SecretFileError

ROOT = Path(votingapp.__file__).resolve().parent
SHIPPED = [code for code in LANGUAGES if code != "en"]
# The classes whose message differs from one raise to the next: each raise must have its own sentence.
MESSAGE_CLASSES = {"NodeError": NodeError, "ElectionSetupError": ElectionSetupError, "StoreError": StoreError,
                   "SecretFileError": SecretFileError, "VoterIdError": VoterIdError, "ReportError": ReportError,
                   "ReportMismatch": ReportMismatch}
# Raises that cannot reach a window: a programming error inside the core (the class's sentence covers them).
INTERNAL = {"a voter secret has 16 bytes", "voter_id must be text"}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "en")


def error_classes() -> list[type[BaseException]]:
    """Every error class of the ledger and of the node, in every module of the layers that raise them (the
    GUI, the command line and the benchmarks only catch them)."""
    for package in ("core", "store", "net", "node", "election"):
        for module in pkgutil.walk_packages([str(ROOT / package)], f"votingapp.{package}."):
            importlib.import_module(module.name)
    found: list[type[BaseException]] = []
    todo: list[type[BaseException]] = [LedgerError, NodeError]
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
            todo.extend(cls.__subclasses__())
    return [cls for cls in found if not cls.__name__.startswith("_")]  # private: caught where raised


SAMPLES: dict[str, object] = {"int": 2, "int | None": 1, "bytes": bytes(range(32)), "bytes | None": bytes(range(32)),
                              "str": "ballot", "tuple[int, ...]": (2, 3), "InvalidTransaction": AlreadyVoted("x"),
                              "LedgerError | None": AlreadyVoted("x"), "bool": True}


def instance(cls: type[BaseException]) -> BaseException:
    """An error of ``cls`` with a message and a value for every field it carries."""
    if cls.__init__ is BaseException.__init__ or cls.__init__ is Exception.__init__:
        return cls("a message of the core")
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for name, parameter in list(inspect.signature(cls.__init__).parameters.items())[1:]:
        value = "a message of the core" if name == "message" else SAMPLES[str(parameter.annotation)]
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return cls(*args, **kwargs)


def sample_message(node: ast.expr, value: str) -> str | None:
    """The message a raise builds, with ``value`` for each formatted part; None when not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else value for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = sample_message(node.left, value), sample_message(node.right, value)
        return None if left is None or right is None else left + right
    return None


def raised_messages() -> Iterator[tuple[str, str, list[str]]]:
    """(class name, file:line, sample messages) of every literal message given to a message class; the samples
    put a number, then a path, in each formatted part."""
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MESSAGE_CLASSES
                    and node.args):
                samples = [sample_message(node.args[0], value) for value in ("7", "/tmp/x7")]
                if samples[0] is not None:
                    yield node.func.id, f"{path.relative_to(ROOT.parent)}:{node.lineno}", [s for s in samples if s]


def test_every_error_class_has_its_own_sentence() -> None:
    classes = error_classes()
    assert len(classes) > 60
    missing = [cls.__qualname__ for cls in classes if cls not in SENTENCES]
    assert not missing, f"no sentence in votingapp/gui/refusals.py for: {missing}"


def test_every_sentence_is_plain_and_translated_in_each_shipped_language(app: QApplication) -> None:
    errors = [instance(cls) for cls in error_classes()]
    english = [refusal(error) for error in errors]
    for error, text in zip(errors, english, strict=True):
        assert "a message of the core" not in text and "Something went wrong" not in text, (type(error), text)
    for code in SHIPPED:
        use_language(app, code)
        same = [(type(e).__name__, text) for e, text in zip(errors, english, strict=True) if refusal(e) == text]
        assert not same, f"{code}: not translated: {same[:5]}"


def test_each_message_a_node_or_setup_error_is_raised_with_has_its_own_sentence(app: QApplication) -> None:
    messages = list(raised_messages())
    assert len(messages) > 40
    missing = [(where, samples[-1]) for name, where, samples in messages if samples[0] not in INTERNAL
               and all(specific_message(MESSAGE_CLASSES[name](sample)) is None for sample in samples)]
    assert not missing, f"no sentence in MESSAGES (votingapp/gui/refusals.py) for: {missing}"
    english = {where: {specific_message(MESSAGE_CLASSES[name](sample)) for sample in samples}
               for name, where, samples in messages}
    for code in SHIPPED:
        use_language(app, code)
        for name, where, samples in messages:
            if samples[0] not in INTERNAL:
                said = {specific_message(MESSAGE_CLASSES[name](sample)) for sample in samples} - {None}
                assert said and not said & english[where] - {None}, (code, where, said)


def test_the_sentences_say_the_values_that_broke_the_rule(app: QApplication) -> None:
    error = CeremonyNotComplete("3 trustees", keys=3, dealt=2, acked=1, trustees=3)
    assert refusal(error) == ("The election key is not ready yet: the trustee stations have not finished the key "
                              "ceremony (\u20661\u2069 of \u20663\u2069 done).")
    wrapped = ChainError("block 7: already voted", height=7, block_hash=b"\x01" * 32, cause=AlreadyVoted("x"))
    assert refusal(wrapped) == ("Block \u20667\u2069: A vote has already been cast with this voter ID. Each voter "
                                "votes once.")
    use_language(app, "ar")
    assert refusal(wrapped) == "الكتلة \u20667\u2069: سبق الإدلاء بصوت بمعرّف الناخب هذا. يصوّت كل ناخب مرة واحدة."


def test_ids_and_paths_stay_left_to_right_in_an_arabic_sentence(app: QApplication) -> None:
    use_language(app, "ar")
    text = refusal(StoreError("data dir /srv/votes/desk-1 does not exist"))
    assert text == "مجلد البيانات \u2066/srv/votes/desk-1\u2069 غير موجود."


def test_a_refusal_known_only_by_class_and_message_gets_its_sentence(app: QApplication) -> None:
    assert sentence(AlreadyVoted, "voter abc already voted") == refusal(AlreadyVoted("x"))
    assert sentence(CeremonyNotComplete, "not yet").startswith("The request breaks a rule")  # its values are gone
    clock = "this station's clock is 3 min 20 s behind the other stations: set the clock; mining and registration"
    use_language(app, "es")
    assert node_message(clock + " are paused").startswith("El reloj de este puesto va \u20663 min 20 s\u2069 por "
                                                          "detrás")


def test_an_error_the_app_does_not_know_is_still_a_sentence(app: QApplication) -> None:
    assert refusal(RuntimeError("boom")) == ("Something went wrong (\u2066RuntimeError\u2069). Please ask the "
                                             "person in charge of the station.")
    assert refusal(FileNotFoundError(2, "No such file", "/tmp/none")) == "\u2066/tmp/none\u2069 does not exist."
    assert class_sentence(NodeError("anything")) == "This station could not do this."
    assert len(MESSAGES) > 50


def test_each_reason_an_opened_ballot_fails_its_check_has_its_own_sentence(app: QApplication) -> None:
    source = (ROOT / "core" / "crypto" / "opened.py").read_text(encoding="utf-8")
    reasons = [sample_message(node.args[1], "Bob") for node in ast.walk(ast.parse(source))
               if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("verdict", "OpenedVerdict")
               and len(node.args) > 1 and isinstance(node.args[0], ast.Constant) and node.args[0].value is False]
    assert len(reasons) >= 5
    generic = opened_verdict("something else")
    said = {reason: opened_verdict(reason or "") for reason in reasons}
    assert all(text != generic for text in said.values()), said
    assert opened_verdict("the booth did NOT encrypt 'Bob': do not trust this machine") == (
        "The booth did NOT encrypt “Bob”: do not trust this machine.")
    use_language(app, "fr")
    assert opened_verdict("the randomness is not valid") == "L’aléa du bulletin ouvert n’est pas valide."


def test_why_a_vote_was_dropped_is_said_in_the_apps_language(app: QApplication) -> None:
    double = "another vote by the same voter was recorded first (a double vote, e.g. across a partition)"
    assert dropped_reason(double) == double
    assert dropped_reason(None) == dropped_reason("it conflicts with the chain") == "it conflicts with the chain"
    assert dropped_reason("voter abc is not registered") == "it breaks a rule of the election"
    use_language(app, "es")
    assert dropped_reason(double).startswith("otro voto del mismo votante")


def test_each_reason_a_key_ceremony_stops_at_a_station_has_its_own_words(app: QApplication) -> None:
    tree = ast.parse((ROOT / "node" / "ceremony.py").read_text(encoding="utf-8"))
    problems = [sample_message(node.value, "x") for node in ast.walk(tree) if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Attribute) and t.attr == "problem" for t in node.targets)]
    problems = [problem for problem in problems if problem]
    assert len(problems) >= 5
    generic = ceremony_problem("something else")
    assert all(ceremony_problem(problem) != generic for problem in problems), problems
    line = "stopped at this station: its trustee secret file belongs to another election"
    assert ceremony_problem(line) == "at this station: its trustee secret file belongs to another election"
    use_language(app, "fr")
    assert ceremony_problem("stopped: the share from Desk 2 is bad") == "la part de Desk 2 est invalide"
