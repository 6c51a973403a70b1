"""The booth's pages, one class each: widgets built once, every text set in ``retranslate()`` (called again on
a language change).  What the pages do is in ``ballot_flow``; they only show."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from votingapp.gui.booth_style import set_font_factor
from votingapp.gui.booth_widgets import Notice, OptionButton, Page, button, label
from votingapp.gui.translations import LANGUAGES

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


class WaitingPage(Page):
    """While the node works for the voter."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting_label = label(1.6)
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.waiting_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Please wait"))
        self.waiting_label.setAccessibleName(self.tr("Please wait"))


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


class RefusalPage(Page):
    """A refused voter or vote: what happened, in plain words, with an error icon."""

    def __init__(self) -> None:
        super().__init__()
        self.title = Notice(1.6)
        self.explanation = label(1.3)
        self.again_button = button("primary")
        self.primary = self.again_button
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
