"""The booth's pages, one class each: widgets built once, every text set in ``retranslate()`` (called again on
a language change), also the texts that depend on what happened (a hint, a refusal, a countdown): each page
keeps what it shows and says it again in the new language.  What the pages do is in ``ballot_flow``.

Texts that were the flow's before the pages had classes of their own keep its translation context
("BallotFlow"), so that their translations stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from votingapp.core.errors import (
    AlreadyVoted,
    CeremonyFailed,
    CeremonyNotComplete,
    ElectionClosed,
    ElectionNotOpen,
    UnknownOption,
    VoterIdError,
    VoterNotRegistered,
)
from votingapp.core.voter_id import LENGTH, check_partial, normalize
from votingapp.gui.booth_style import set_font_factor
from votingapp.gui.booth_widgets import Notice, OptionButton, Page, button, label
from votingapp.gui.refusals import sentence
from votingapp.gui.translations import LANGUAGES

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

LANGUAGE_FACTOR = 1.5


class EntryPage(Page):
    """The first page: the voter's language (each named in itself), then the voter ID."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout()
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            language = QPushButton(name)  # a language's own name: never translated
            language.setCheckable(True)
            language.setAutoDefault(False)
            set_font_factor(language, LANGUAGE_FACTOR, bold=True)
            self.language_group.addButton(language)
            self.language_buttons[code] = language
            row.addWidget(language)
        self.layout_.addLayout(row)
        self.prompt = label(1.4)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        set_font_factor(self.id_edit, 1.5, mono=True)
        self.id_edit.setMaxLength(64)
        self.id_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy of a secret
        self.id_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an ID reads left to right everywhere
        self.id_hint = Notice(1.2)
        self.checking = False  # the node is checking the voter ID
        self.continue_button = button("primary")
        self.continue_button.setEnabled(False)
        self.primary = self.continue_button
        self.layout_.addStretch(1)
        for widget in (self.prompt, self.id_edit, self.id_hint, self.continue_button):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Enter your voter ID"))
        for code, language in self.language_buttons.items():
            language.setAccessibleName(self.tr("Language: {name}").format(name=LANGUAGES[code]))
        self.prompt.setText(self.tr("Type your voter ID, or scan the code on your slip."))
        self.prompt.setAccessibleName(self.tr("Instructions"))
        self.id_edit.setAccessibleName(self.tr("Voter ID"))
        self.id_edit.setAccessibleDescription(self.tr("32 letters and digits, dashes optional"))
        self.id_hint.setAccessibleName(self.tr("Voter ID check"))
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue to the ballot"))
        self.show_check()

    def show_check(self) -> bool:
        """Say what is wrong or missing in the voter ID typed so far; True when it is complete."""
        text = self.id_edit.text()
        problem = check_partial(text)
        try:
            count = len(normalize(text))
        except VoterIdError:
            count = -1
        complete = problem is None and count == LENGTH
        if self.checking:
            hint, kind = translate("BallotFlow", "Checking your voter ID…"), "info"
        elif count < 0:
            hint, kind = translate("BallotFlow", "A voter ID has only letters and digits: check the last character "
                                           "typed."), "error"
        elif count > LENGTH:
            hint, kind = translate("BallotFlow", "Too long: a voter ID has {n} letters and digits.").format(n=LENGTH), \
                "error"
        elif problem is not None:
            hint, kind = translate("BallotFlow", "This voter ID has a typing mistake: check every character."), "error"
        elif complete:
            hint, kind = translate("BallotFlow", "Voter ID complete. Press Enter to continue."), "ok"
        elif count == 0:
            hint, kind = translate("BallotFlow", "A voter ID has {n} letters and digits.").format(n=LENGTH), "info"
        else:
            hint, kind = translate("BallotFlow", "{count} of {n} characters").format(count=count, n=LENGTH), "info"
        self.id_hint.set_text(hint, kind)
        return complete


class ChoicePage(Page):
    """The options, one row each (number keys 1-9 choose), and the way to the review."""

    def __init__(self, options: tuple[str, ...] | list[str]) -> None:
        super().__init__()
        self.instructions = label(1.4)
        self.layout_.addWidget(self.instructions)
        self.option_group = QButtonGroup(self)
        self.option_buttons: list[QRadioButton] = []
        for number, option in enumerate(options, start=1):
            option_button = OptionButton(number, option)
            set_font_factor(option_button, 1.6)
            self.option_group.addButton(option_button, number - 1)
            self.option_buttons.append(option_button)
            self.layout_.addWidget(option_button)
        self.review_button = button("primary")
        self.review_button.setEnabled(False)
        self.back_button = button()
        self.primary = self.review_button
        self.add_footer(self.back_button, self.review_button)
        self.options = list(options)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Choose"))
        self.instructions.setText(self.tr("Choose one option, then review your choice."))
        self.instructions.setAccessibleName(self.tr("Instructions"))
        for number, (option_button, option) in enumerate(zip(self.option_buttons, self.options, strict=True), 1):
            name = self.tr("Option {number}: {option}").format(number=number, option=option)
            if option_button.isChecked():
                name = self.tr("{option}, chosen").format(option=name)
            option_button.setAccessibleName(name)
        self.review_button.setText(self.tr("&Review my choice"))
        self.review_button.setAccessibleName(self.tr("Review my choice"))
        self.back_button.setText(self.tr("Start &again"))
        self.back_button.setAccessibleName(self.tr("Start again"))


class ReviewPage(Page):
    """The choice once more, and the one irreversible step (cast, or encrypt in a secret election)."""

    def __init__(self, secret: bool) -> None:
        super().__init__()
        self.secret = secret
        self.heading = label(1.4)
        self.choice = label(2.2, bold=True)
        self.choice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_step = label(1.2)
        for widget in (self.heading, self.choice, self.next_step):
            self.layout_.addWidget(widget)
        self.change_button = button()
        self.cast_button = button("primary")
        self.primary = self.cast_button
        self.add_footer(self.change_button, self.cast_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Review your choice"))
        self.heading.setText(self.tr("You are voting for:"))
        self.heading.setAccessibleName(self.tr("Review"))
        self.choice.setAccessibleName(self.tr("Your choice"))
        if self.secret:
            self.next_step.setText(self.tr(
                "Next, this machine encrypts your choice and shows your ballot's tracking code. You can then cast "
                "it, or check that this machine encrypted what you chose."))
            self.next_step.setAccessibleName(self.tr("What comes next"))
            self.cast_button.setText(self.tr("&Encrypt my choice"))
            self.cast_button.setAccessibleName(self.tr("Encrypt my choice"))
        else:
            self.next_step.setText(self.tr("Once cast, your vote cannot be changed."))
            self.next_step.setAccessibleName(self.tr("Warning"))
            self.cast_button.setText(self.tr("Cast my &vote"))
            self.cast_button.setAccessibleName(self.tr("Cast my vote"))
        self.change_button.setText(self.tr("C&hange my choice"))
        self.change_button.setAccessibleName(self.tr("Change my choice"))


def _code_label(factor: float) -> QLabel:
    """A tracking code or receipt: fixed width, left to right in every language, selectable."""
    code = QLabel()
    set_font_factor(code, factor, mono=True)
    code.setWordWrap(True)
    code.setAlignment(Qt.AlignmentFlag.AlignCenter)
    code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return code


class CastOrCheckPage(Page):
    """A secret ballot, encrypted: its tracking code, then cast it or check this machine (Benaloh)."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = label(1.4)
        self.tracking_label = _code_label(1.3)
        self.explanation = label(1.2)
        for widget in (self.heading, self.tracking_label, self.explanation):
            self.layout_.addWidget(widget)
        self.check_button = button()
        self.cast_ballot_button = button("primary")
        self.primary = self.cast_ballot_button
        self.add_footer(self.check_button, self.cast_ballot_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Cast or check"))
        self.heading.setText(self.tr("Your ballot is encrypted. Its tracking code:"))
        self.heading.setAccessibleName(self.tr("Your ballot is encrypted"))
        self.tracking_label.setAccessibleName(self.tr("Tracking code"))
        self.explanation.setText(self.tr(
            "Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds "
            "your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed."))
        self.explanation.setAccessibleName(self.tr("Cast or check"))
        self.check_button.setText(self.tr("Check this &machine"))
        self.check_button.setAccessibleName(self.tr("Check this machine"))
        self.cast_ballot_button.setText(self.tr("Cast my &ballot"))
        self.cast_ballot_button.setAccessibleName(self.tr("Cast my ballot"))


class OpenedPage(Page):
    """A checked (spoiled) ballot, opened: text and QR code for another station; then vote again."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = label(1.5, bold=True)
        self.help = label(1.1)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.help)
        row = QHBoxLayout()
        self.opened_text = QPlainTextEdit()
        self.opened_text.setReadOnly(True)
        set_font_factor(self.opened_text, 0.9, mono=True)
        self.opened_text.setTabChangesFocus(True)
        self.opened_text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.opened_qr = QLabel()
        self.opened_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.opened_text, 1)
        row.addWidget(self.opened_qr)
        self.layout_.addLayout(row, 1)
        self.vote_again_button = button("primary")
        self.leave_button = button()
        self.primary = self.vote_again_button
        self.add_footer(self.leave_button, self.vote_again_button)
        self.choice: str | None = None  # the option the opened ballot must show
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your ballot, opened for checking"))
        self.heading.setText(self.tr("This ballot is opened for checking: it will never be counted."))
        self.heading.setAccessibleName(self.tr("Ballot opened"))
        self.help.setAccessibleName(self.tr("How to check this machine"))
        self.opened_text.setAccessibleName(self.tr("The opened ballot, as text"))
        self.opened_qr.setAccessibleName(self.tr("QR code of the opened ballot"))
        self.vote_again_button.setText(self.tr("&Vote again"))
        self.vote_again_button.setAccessibleName(self.tr("Vote again"))
        self.leave_button.setText(self.tr("&Leave"))
        self.leave_button.setAccessibleName(self.tr("Leave without voting"))
        self.show_help(self.choice)

    def show_help(self, choice: str | None) -> None:
        """How to check this machine with the opened ballot of ``choice`` (None: no ballot opened)."""
        self.choice = choice
        self.help.setText("" if choice is None else translate("BallotFlow",
            "To check this machine, scan this code or copy this text on any other station: Results → “Check a "
            "ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, "
            "the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast "
            "yet.").format(choice=choice))


class WaitingPage(Page):
    """While the node works for the voter."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting_label = label(1.6)
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.waiting_label)
        self.what = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Please wait"))
        self.waiting_label.setAccessibleName(self.tr("Please wait"))
        self.show_waiting(self.what)

    def show_waiting(self, what: str) -> None:
        """What the node is doing: "record", "encrypt" or "open"."""
        self.what = what
        texts = {"record": translate("BallotFlow", "Recording your vote…"),
                 "encrypt": translate("BallotFlow", "Encrypting your ballot…"),
                 "open": translate("BallotFlow", "Opening your ballot for checking…")}
        self.waiting_label.setText(texts.get(what, ""))


class ReceiptPage(Page):
    """The vote is recorded: the receipt (text and QR code) and a countdown before the screen clears."""

    def __init__(self, secret: bool) -> None:
        super().__init__()
        self.secret = secret
        self.heading = Notice(1.6)
        self.about = label(1.1)
        self.receipt_label = _code_label(1.3)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_qr = QLabel()
        self.receipt_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label = label(1.0)
        self.finish_button = button("primary")
        self.primary = self.finish_button
        self.seconds_left = 0
        for widget in (self.heading, self.about, self.receipt_label, self.receipt_qr, self.countdown_label):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your receipt"))
        self.heading.set_text(self.tr("Thank you. Your vote is recorded."), "ok")
        self.heading.setAccessibleName(self.tr("Vote recorded"))
        if self.secret:
            self.about.setText(self.tr(
                "Your receipt is your ballot's tracking code: it lets you check later that your ballot is in the "
                "record (Results → Check a receipt). It shows neither your choice nor who you are."))
        else:
            self.about.setText(self.tr(
                "Your receipt lets you check later that your vote is in the record (Results → Check a receipt). "
                "It does not show who you are."))
        self.about.setAccessibleName(self.tr("About the receipt"))
        self.receipt_label.setAccessibleName(self.tr("Receipt"))
        self.receipt_qr.setAccessibleName(self.tr("QR code of the receipt"))
        self.countdown_label.setAccessibleName(self.tr("Time left on this screen"))
        self.finish_button.setText(self.tr("&Done"))
        self.finish_button.setAccessibleName(self.tr("Done"))
        self.show_countdown(self.seconds_left)

    def show_countdown(self, seconds: int) -> None:
        """The seconds left before the screen clears itself (0: nothing to say)."""
        self.seconds_left = seconds
        self.countdown_label.setText(
            translate("BallotFlow", "This screen clears itself in {n} s.").format(n=seconds) if seconds > 0 else "")


class RefusalPage(Page):
    """A refused voter or vote: what happened, in plain words, with an error icon."""

    def __init__(self) -> None:
        super().__init__()
        self.title = Notice(1.6)
        self.explanation = label(1.3)
        self.again_button = button("primary")
        self.primary = self.again_button
        self.refusal: tuple[type[BaseException], str] | None = None  # the error's type and text, to retranslate
        for widget in (self.title, self.explanation):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Your vote was not recorded"))
        self.title.setAccessibleName(self.tr("Problem"))
        self.explanation.setAccessibleName(self.tr("What happened"))
        self.again_button.setText(self.tr("Start &again"))
        self.again_button.setAccessibleName(self.tr("Start again"))
        self.show_refusal(self.refusal)

    def show_refusal(self, refusal: tuple[type[BaseException], str] | None) -> None:
        """Say why the voter or the vote was refused (the error's type and message; None: clear)."""
        self.refusal = refusal
        title, text = texts_of_refusal(*refusal) if refusal is not None else ("", "")
        self.title.set_text(title, "error")
        self.explanation.setText(text)


def texts_of_refusal(kind: type[BaseException], reason: str) -> tuple[str, str]:
    """The heading and explanation a voter sees for a refused voter or vote, in the current language."""
    if issubclass(kind, VoterIdError):
        return translate("BallotFlow", "Unknown voter ID"), translate(
            "BallotFlow", "This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.")
    if issubclass(kind, VoterNotRegistered):
        return translate("BallotFlow", "Not registered yet"), translate(
            "BallotFlow", "This voter ID is not registered (yet). If you were registered just now, wait a "
                          "moment and try again, or ask a poll worker.")
    if issubclass(kind, AlreadyVoted):
        return translate("BallotFlow", "Already voted"), translate(
            "BallotFlow", "A vote was already cast with this voter ID. Each voter votes once. Ask a poll "
                          "worker if this is wrong.")
    if issubclass(kind, ElectionClosed):
        return translate("BallotFlow", "The election is closed"), translate(
            "BallotFlow", "No more votes can be cast.")
    if issubclass(kind, ElectionNotOpen):
        return translate("BallotFlow", "The election is not open yet"), translate(
            "BallotFlow", "Votes can be cast once the election opens.")
    if issubclass(kind, UnknownOption):
        return translate("BallotFlow", "Unknown option"), translate(
            "BallotFlow", "That option is not on this ballot.")
    if issubclass(kind, CeremonyNotComplete):
        return translate("BallotFlow", "The election key is not ready yet"), translate(
            "BallotFlow", "The trustee stations have not finished making the election key: ballots can be "
                          "cast once they have. Please ask a poll worker.")
    if issubclass(kind, CeremonyFailed):
        return translate("BallotFlow", "The election key could not be made"), translate(
            "BallotFlow", "The trustee stations' key ceremony stopped: no ballot can be cast. Please ask a "
                          "poll worker.")
    return translate("BallotFlow", "Your vote could not be recorded"), translate(
        "BallotFlow", "Please ask a poll worker. ({reason})").format(reason=sentence(kind, reason))
