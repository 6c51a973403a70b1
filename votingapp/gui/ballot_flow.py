"""One voter's way through the booth: voter ID → choice → review → vote → receipt (or a clear refusal).

In a secret election the review leads to "cast or check" (Benaloh, docs/design.md section 10): the booth
encrypts the choice and shows the ballot's tracking code; the voter casts it, or checks this machine: the
ballot is then opened (text and QR code, for any other station to check) and never counted, and the voter
votes again.  The voter_id is never shown after it is entered, nor logged.

A :class:`BallotFlow` serves exactly one voter and is thrown away afterwards (see ``ballot_window``),
so nothing the voter typed or chose survives in any widget, undo history or attribute.

The booth API (for the audio ballot, ``booth_audio.py``, and any other way of driving the booth):

- ``BallotWindow.flow_started(flow)`` is emitted with each voter's new flow (the previous one is thrown away);
  ``BallotWindow.flow`` is the current one.
- ``page_changed(name)``: the page now shown, one of ``PAGE_NAMES``: "entry" (language and voter ID),
  "choice", "review", "cast_or_check" (secret ballot: the tracking code), "opened" (a checked ballot),
  "waiting", "receipt", "refusal".  ``page_name()`` says which page is shown now.
- ``selection_changed(index)``: the option now chosen (-1: none).  ``options()``, ``selected_option()``.
- ``texts_for_page()``: what the current page says, in reading order (headings, instructions, hints, the
  options as "1  Alice", the choice, codes, buttons), translated, without mnemonics: for reading aloud.
- Actions, each returns True if it did something on the current page (False: not possible here, nothing
  changed): ``enter_voter_id(text)`` (entry: type it and continue when complete), ``select_option(i)``
  (choice, 0-based), ``review()`` (choice -> review), ``change_choice()`` (review -> choice), ``cast()``
  (review: cast an open ballot, or encrypt a secret one -> "cast_or_check"; cast_or_check: cast the
  encrypted ballot), ``check_machine()`` (cast_or_check: open the ballot for checking), ``vote_again()``
  (opened -> choice), ``finish()`` (ends this voter's visit: the booth resets, from any page but "waiting").
- ``choose_language(code)``: the voter's language (a key of ``translations.LANGUAGES``) for this visit.
- ``done`` is emitted when the booth should reset (the window then makes a new flow).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.qr import qr_image
from votingapp.gui.translations import LANGUAGES, use_language
from votingapp.node.facade import PreparedBallot

RECEIPT_SECONDS = 45
PAGE_NAMES = ("entry", "choice", "review", "cast_or_check", "opened", "waiting", "receipt", "refusal")


class _Page(QWidget):
    """A page whose Return key presses its main button (unless another button has the focus)."""

    returnPressed = Signal()  # before the main button is pressed (the choice page picks the focused option)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.primary: QPushButton | None = None
        self.layout_ = QVBoxLayout(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.primary is not None:
            self.returnPressed.emit()
            if self.primary.isEnabled():
                self.primary.click()
            event.accept()
            return
        super().keyPressEvent(event)


class _OptionButton(QRadioButton):
    """An option whose whole row is the click target, not only the small circle and the text."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


def _add_footer(page: _Page, back: QPushButton, forward: QPushButton) -> None:
    """The bottom row of a ballot page: the way back on the left, the way forward on the right."""
    row = QHBoxLayout()
    row.addWidget(back)
    row.addStretch(1)
    row.addWidget(forward)
    page.layout_.addStretch(1)
    page.layout_.addLayout(row)


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(True)
    fonts.enlarge(button, 1.4)
    return button


def _label(text: str, name: str, factor: float = 1.3, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    fonts.enlarge(label, factor, bold)
    return label


class BallotFlow(QWidget):
    """The pages of one voter's visit; emits ``done`` when the booth should reset."""

    done = Signal()
    activity = Signal()
    voteRecorded = Signal()
    page_changed = Signal(str)
    selection_changed = Signal(int)

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.setAccessibleName(self.tr("Ballot"))
        self._voter_id: str | None = None
        self._choice: str | None = None
        self._prepared: PreparedBallot | None = None  # a secret election's encrypted ballot, not cast yet
        self._busy = False
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Ballot steps"))
        layout = QVBoxLayout(self)
        title = _label(info.title, self.tr("Election title"), 1.8, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)
        self._build_entry()
        self._build_choice()
        self._build_review()
        self._build_cast_or_check()
        self._build_opened()
        self._build_waiting()
        self._build_receipt()
        self._build_refusal()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._seconds_left = 0
        self.pages.setCurrentWidget(self.entry_page)
        self._page_names = dict(zip((self.entry_page, self.choice_page, self.review_page, self.cast_or_check_page,
                                     self.opened_page, self.waiting_page, self.receipt_page, self.refusal_page),
                                    PAGE_NAMES, strict=True))
        self.pages.currentChanged.connect(self._page_shown)

    # -- pages
    def _build_entry(self) -> None:
        page = _Page(self.tr("Enter your voter ID"))
        prompt = _label(self.tr("Type your voter ID, or scan the code on your slip."), self.tr("Instructions"), 1.4)
        self.id_edit = QLineEdit()
        self.id_edit.setAccessibleName(self.tr("Voter ID"))
        self.id_edit.setAccessibleDescription(self.tr("32 letters and digits, dashes optional"))
        self.id_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.id_edit.setFont(fonts.monospace(self, 1.8))
        self.id_edit.setMaxLength(64)
        self.id_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy of a secret
        self.id_edit.textChanged.connect(self._id_changed)
        self.id_hint = _label("", self.tr("Voter ID check"), 1.2)
        self.continue_button = _button(self.tr("&Continue"), self.tr("Continue to the ballot"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._check_voter)
        page.primary = self.continue_button
        page.layout_.addStretch(1)
        for widget in (prompt, self.id_edit, self.id_hint, self.continue_button):
            page.layout_.addWidget(widget)
        page.layout_.addStretch(2)
        self.entry_page = page
        self.pages.addWidget(page)
        self._id_changed("")

    def _build_choice(self) -> None:
        page = _Page(self.tr("Choose"))
        page.layout_.addWidget(_label(self.tr("Choose one option, then review your choice."),
                                      self.tr("Instructions"), 1.4))
        self.option_group = QButtonGroup(self)
        self.option_buttons: list[QRadioButton] = []
        for number, option in enumerate(self.info.options, start=1):
            button = _OptionButton(f"&{number}  {option}" if number < 10 else option)
            button.setAccessibleName(self.tr("Option {number}: {option}").format(number=number, option=option))
            fonts.enlarge(button, 1.8)
            button.setMinimumHeight(button.sizeHint().height() * 2)
            self.option_group.addButton(button, number - 1)
            self.option_buttons.append(button)
            page.layout_.addWidget(button)
        self.option_group.idToggled.connect(self._option_toggled)
        self.review_button = _button(self.tr("&Review my choice"), self.tr("Review my choice"))
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self._review)
        back = _button(self.tr("Start &again"), self.tr("Start again"))
        back.clicked.connect(self.done)
        page.primary = self.review_button
        page.returnPressed.connect(self._choose_focused)
        _add_footer(page, back, self.review_button)
        self.choice_page = page
        self.pages.addWidget(page)

    def _build_review(self) -> None:
        page = _Page(self.tr("Review your choice"))
        page.layout_.addWidget(_label(self.tr("You are voting for:"), self.tr("Review"), 1.4))
        self.review_choice = _label("", self.tr("Your choice"), 2.4, bold=True)
        self.review_choice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.layout_.addWidget(self.review_choice)
        if self.info.secret:
            page.layout_.addWidget(_label(self.tr(
                "Next, this machine encrypts your choice and shows your ballot's tracking code. You can then cast "
                "it, or check that this machine encrypted what you chose."), self.tr("What comes next"), 1.2))
        else:
            page.layout_.addWidget(_label(self.tr("Once cast, your vote cannot be changed."), self.tr("Warning"),
                                          1.2))
        change = _button(self.tr("C&hange my choice"), self.tr("Change my choice"))
        change.clicked.connect(self._back_to_choice)
        if self.info.secret:
            self.cast_button = _button(self.tr("&Encrypt my choice"), self.tr("Encrypt my choice"))
            self.cast_button.clicked.connect(self._prepare)
        else:
            self.cast_button = _button(self.tr("Cast my &vote"), self.tr("Cast my vote"))
            self.cast_button.clicked.connect(self._cast)
        page.primary = self.cast_button
        _add_footer(page, change, self.cast_button)
        self.review_page = page
        self.pages.addWidget(page)

    def _build_cast_or_check(self) -> None:
        page = _Page(self.tr("Cast or check"))
        page.layout_.addWidget(_label(self.tr("Your ballot is encrypted. Its tracking code:"),
                                      self.tr("Your ballot is encrypted"), 1.4))
        self.tracking_label = QLabel()
        self.tracking_label.setAccessibleName(self.tr("Tracking code"))
        self.tracking_label.setFont(fonts.monospace(self, 1.3))
        self.tracking_label.setWordWrap(True)
        self.tracking_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.layout_.addWidget(self.tracking_label)
        page.layout_.addWidget(_label(self.tr(
            "Cast your ballot, or check this machine first: a checked ballot is opened to show that it holds "
            "your choice, it is never counted, and you then vote again. Once cast, your vote cannot be changed."),
            self.tr("Cast or check"), 1.2))
        self.check_button = _button(self.tr("Check this &machine"), self.tr("Check this machine"))
        self.check_button.clicked.connect(self._spoil)
        self.cast_ballot_button = _button(self.tr("Cast my &ballot"), self.tr("Cast my ballot"))
        self.cast_ballot_button.clicked.connect(self._cast_prepared)
        page.primary = self.cast_ballot_button
        _add_footer(page, self.check_button, self.cast_ballot_button)
        self.cast_or_check_page = page
        self.pages.addWidget(page)

    def _build_opened(self) -> None:
        page = _Page(self.tr("Your ballot, opened for checking"))
        page.layout_.addWidget(_label(self.tr("This ballot is opened for checking: it will never be counted."),
                                      self.tr("Ballot opened"), 1.5, bold=True))
        self.opened_help = _label("", self.tr("How to check this machine"), 1.1)
        page.layout_.addWidget(self.opened_help)
        row = QHBoxLayout()
        self.opened_text = QPlainTextEdit()
        self.opened_text.setReadOnly(True)
        self.opened_text.setAccessibleName(self.tr("The opened ballot, as text"))
        self.opened_text.setFont(fonts.monospace(self, 0.9))
        self.opened_text.setTabChangesFocus(True)
        self.opened_qr = QLabel()
        self.opened_qr.setAccessibleName(self.tr("QR code of the opened ballot"))
        self.opened_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.opened_text, 1)
        row.addWidget(self.opened_qr)
        page.layout_.addLayout(row, 1)
        self.vote_again_button = _button(self.tr("&Vote again"), self.tr("Vote again"))
        self.vote_again_button.clicked.connect(self._vote_again)
        finish = _button(self.tr("&Leave"), self.tr("Leave without voting"))
        finish.clicked.connect(self.done)
        page.primary = self.vote_again_button
        _add_footer(page, finish, self.vote_again_button)
        self.opened_page = page
        self.pages.addWidget(page)

    def _build_waiting(self) -> None:
        page = _Page(self.tr("Please wait"))
        self.waiting_label = _label("", self.tr("Please wait"), 1.6)
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.layout_.addWidget(self.waiting_label)
        self.waiting_page = page
        self.pages.addWidget(page)

    def _build_receipt(self) -> None:
        page = _Page(self.tr("Your receipt"))
        page.layout_.addWidget(_label(self.tr("Thank you. Your vote is recorded."), self.tr("Vote recorded"), 1.8,
                                      bold=True))
        if self.info.secret:
            about = self.tr("Your receipt is your ballot's tracking code: it lets you check later that your "
                            "ballot is in the record (Results → Check a receipt). It shows neither your choice nor "
                            "who you are.")
        else:
            about = self.tr("Your receipt lets you check later that your vote is in the record (Results → Check a "
                            "receipt). It does not show who you are.")
        page.layout_.addWidget(_label(about, self.tr("About the receipt"), 1.1))
        self.receipt_label = QLabel()
        self.receipt_label.setAccessibleName(self.tr("Receipt"))
        self.receipt_label.setFont(fonts.monospace(self, 1.3))
        self.receipt_label.setWordWrap(True)
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_qr = QLabel()
        self.receipt_qr.setAccessibleName(self.tr("QR code of the receipt"))
        self.countdown_label = _label("", self.tr("Time left on this screen"), 1.0)
        finish = _button(self.tr("&Done"), self.tr("Done"))
        finish.clicked.connect(self.done)
        page.primary = finish
        for widget in (self.receipt_label, self.receipt_qr, self.countdown_label, finish):
            page.layout_.addWidget(widget)
        page.layout_.addStretch(1)
        self.receipt_page = page
        self.finish_button = finish
        self.pages.addWidget(page)

    def _build_refusal(self) -> None:
        page = _Page(self.tr("Your vote was not recorded"))
        self.refusal_title = _label("", self.tr("Problem"), 1.8, bold=True)
        self.refusal_label = _label("", self.tr("What happened"), 1.4)
        again = _button(self.tr("Start &again"), self.tr("Start again"))
        again.clicked.connect(self.done)
        page.primary = again
        for widget in (self.refusal_title, self.refusal_label, again):
            page.layout_.addWidget(widget)
        page.layout_.addStretch(1)
        self.refusal_page = page
        self.again_button = again
        self.pages.addWidget(page)

    # -- the voter ID, checked as it is typed (or scanned)
    @Slot(str)
    def _id_changed(self, text: str) -> None:
        self.activity.emit()
        problem = check_partial(text)
        try:
            count = len(normalize(text))
        except VoterIdError:
            count = -1
        complete = problem is None and count == LENGTH
        self.continue_button.setEnabled(complete and not self._busy)
        if count < 0:
            hint = self.tr("A voter ID has only letters and digits: check the last character typed.")
        elif count > LENGTH:
            hint = self.tr("Too long: a voter ID has {n} letters and digits.").format(n=LENGTH)
        elif problem is not None:
            hint = self.tr("This voter ID has a typing mistake: check every character.")
        elif complete:
            hint = self.tr("✓ Voter ID complete. Press Enter to continue.")
        elif count == 0:
            hint = self.tr("A voter ID has {n} letters and digits.").format(n=LENGTH)
        else:
            hint = self.tr("{count} of {n} characters").format(count=count, n=LENGTH)
        self.id_hint.setText(hint)

    @Slot()
    def _check_voter(self) -> None:
        text = self.id_edit.text()
        if self._busy or check_partial(text) is not None:
            return
        self._busy = True
        self.continue_button.setEnabled(False)
        self.id_hint.setText(self.tr("Checking your voter ID…"))
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.check_voter(text))
        reply.finished.connect(self._voter_ok)
        reply.failed.connect(self._refused)
        self._voter_id = text

    @Slot(object)
    def _voter_ok(self, _result: object) -> None:
        self._busy = False
        self.id_edit.clear()  # the ID is kept only in this flow, which is thrown away after the voter
        self.pages.setCurrentWidget(self.choice_page)
        (self.option_group.checkedButton() or self.option_buttons[0]).setFocus()

    # -- choosing
    @Slot(int, bool)
    def _option_toggled(self, _id: int, _checked: bool) -> None:
        self.activity.emit()
        self.review_button.setEnabled(self.option_group.checkedId() >= 0)
        if _checked:
            self.selection_changed.emit(_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.activity.emit()
        key = event.key()
        if self.pages.currentWidget() is self.choice_page and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < len(self.option_buttons):
                self.option_buttons[index].setChecked(True)
                self.option_buttons[index].setFocus()
                event.accept()
                return
        super().keyPressEvent(event)

    @Slot()
    def _choose_focused(self) -> None:
        """Return on an option (reached with the arrow keys) chooses it."""
        focused = self.focusWidget()
        if isinstance(focused, _OptionButton) and not focused.isChecked():
            focused.setChecked(True)

    @Slot()
    def _review(self) -> None:
        index = self.option_group.checkedId()
        if index < 0:
            return
        self._choice = self.info.options[index]
        self.review_choice.setText(self._choice)
        self.pages.setCurrentWidget(self.review_page)
        self.cast_button.setFocus()

    @Slot()
    def _back_to_choice(self) -> None:
        self.pages.setCurrentWidget(self.choice_page)
        (self.option_group.checkedButton() or self.option_buttons[0]).setFocus()

    # -- voting
    @Slot()
    def _cast(self) -> None:
        if self._busy or self._voter_id is None or self._choice is None:
            return
        self._busy = True
        voter_id, choice, node = self._voter_id, self._choice, self.bridge.node
        self.waiting_label.setText(self.tr("Recording your vote…"))
        self.pages.setCurrentWidget(self.waiting_page)
        reply = self.bridge.request(lambda: node.vote(voter_id, choice))
        reply.finished.connect(self._voted)
        reply.failed.connect(self._refused)

    # -- a secret election: encrypt, then cast or check (Benaloh)
    @Slot()
    def _prepare(self) -> None:
        if self._busy or self._voter_id is None or self._choice is None:
            return
        self._busy = True
        voter_id, choice, node = self._voter_id, self._choice, self.bridge.node
        self.waiting_label.setText(self.tr("Encrypting your ballot…"))
        self.pages.setCurrentWidget(self.waiting_page)
        reply = self.bridge.request(lambda: node.prepare_ballot(voter_id, choice))
        reply.finished.connect(self._prepared_ready)
        reply.failed.connect(self._refused)

    @Slot(object)
    def _prepared_ready(self, prepared: PreparedBallot) -> None:
        self._busy = False
        self._prepared = prepared
        code = prepared.tracking_code
        self.tracking_label.setText(" ".join(code[i:i + 8] for i in range(0, len(code), 8)))
        self.pages.setCurrentWidget(self.cast_or_check_page)
        self.cast_ballot_button.setFocus()

    @Slot()
    def _cast_prepared(self) -> None:
        prepared = self._prepared
        if self._busy or prepared is None:
            return
        self._busy = True
        node = self.bridge.node
        self.waiting_label.setText(self.tr("Recording your vote…"))
        self.pages.setCurrentWidget(self.waiting_page)
        reply = self.bridge.request(lambda: node.cast_prepared(prepared))
        reply.finished.connect(self._voted)
        reply.failed.connect(self._refused)

    @Slot()
    def _spoil(self) -> None:
        prepared = self._prepared
        if self._busy or prepared is None:
            return
        self._busy = True
        self._prepared = None  # opened: never cast (the node refuses it too)
        node = self.bridge.node
        self.waiting_label.setText(self.tr("Opening your ballot for checking…"))
        self.pages.setCurrentWidget(self.waiting_page)
        reply = self.bridge.request(lambda: node.spoil(prepared))
        reply.finished.connect(self._opened)
        reply.failed.connect(self._refused)

    @Slot(object)
    def _opened(self, text: str) -> None:
        self._busy = False
        self.opened_help.setText(self.tr(
            "To check this machine, scan this code or copy this text on any other station: Results → “Check a "
            "ballot”, or the command “votingapp check-ballot”. It must say that the booth encrypted “{choice}”, "
            "the option you chose. If it does not, tell a poll worker. Then vote again: your vote is not cast "
            "yet.").format(choice=self._choice or ""))
        self.opened_text.setPlainText(text)
        try:
            pixmap = QPixmap.fromImage(qr_image(text, module_px=2, error="l"))
            self.opened_qr.setPixmap(pixmap)
            self.opened_qr.setMinimumSize(pixmap.size())  # a cropped QR code does not scan: the window grows
        except ValueError:  # too long for one QR code (many options): the text is there
            self.opened_qr.setText(self.tr("(too long for a QR code: use the text)"))
        self.pages.setCurrentWidget(self.opened_page)
        self.vote_again_button.setFocus()

    @Slot()
    def _vote_again(self) -> None:
        """Back to the choice with the same voter ID: a new ballot is encrypted (new randomness)."""
        self.opened_text.clear()
        self.opened_qr.clear()
        self.opened_qr.setMinimumSize(0, 0)
        self.opened_help.clear()
        self.tracking_label.clear()
        self.activity.emit()
        self._back_to_choice()

    @Slot(object)
    def _voted(self, txid: bytes) -> None:
        self._busy = False
        self._voter_id = None
        self._choice = None
        self._prepared = None
        receipt = txid.hex()
        self.receipt_label.setText(" ".join(receipt[i:i + 8] for i in range(0, len(receipt), 8)))
        self.receipt_qr.setPixmap(QPixmap.fromImage(qr_image(receipt, module_px=3)))
        self.pages.setCurrentWidget(self.receipt_page)
        self.finish_button.setFocus()
        self._seconds_left = RECEIPT_SECONDS
        self._tick()
        self._countdown.start()
        self.voteRecorded.emit()

    @Slot()
    def _tick(self) -> None:
        if self._seconds_left <= 0:
            self._countdown.stop()
            self.done.emit()
            return
        self.countdown_label.setText(self.tr("This screen clears itself in {n} s.").format(n=self._seconds_left))
        self._seconds_left -= 1

    @Slot(object)
    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self._voter_id = None
        self._choice = None
        self._prepared = None
        self.id_edit.clear()
        title, text = self.refusal_text(error)
        self.refusal_title.setText(title)
        self.refusal_label.setText(text)
        self.pages.setCurrentWidget(self.refusal_page)
        self.again_button.setFocus()

    def refusal_text(self, error: BaseException) -> tuple[str, str]:
        """The heading and explanation people see for a refused voter or vote."""
        if isinstance(error, VoterIdError):
            return self.tr("Unknown voter ID"), self.tr(
                "This is not a valid voter ID. Check it for typing mistakes, or ask a poll worker.")
        if isinstance(error, VoterNotRegistered):
            return self.tr("Not registered yet"), self.tr(
                "This voter ID is not registered (yet). If you were registered just now, wait a moment and try "
                "again, or ask a poll worker.")
        if isinstance(error, AlreadyVoted):
            return self.tr("Already voted"), self.tr(
                "A vote was already cast with this voter ID. Each voter votes once. Ask a poll worker if this "
                "is wrong.")
        if isinstance(error, ElectionClosed):
            return self.tr("The election is closed"), self.tr("No more votes can be cast.")
        if isinstance(error, ElectionNotOpen):
            return self.tr("The election is not open yet"), self.tr("Votes can be cast once the election opens.")
        if isinstance(error, UnknownOption):
            return self.tr("Unknown option"), self.tr("That option is not on this ballot.")
        if isinstance(error, CeremonyNotComplete):
            return self.tr("The election key is not ready yet"), self.tr(
                "The trustee stations have not finished making the election key: ballots can be cast once they "
                "have. Please ask a poll worker.")
        if isinstance(error, CeremonyFailed):
            return self.tr("The election key could not be made"), self.tr(
                "The trustee stations' key ceremony stopped: no ballot can be cast. Please ask a poll worker.")
        return self.tr("Your vote could not be recorded"), self.tr(
            "Please ask a poll worker. ({reason})").format(reason=error)

    @property
    def busy(self) -> bool:
        """True while the node handles this voter's request (the booth must not reset now)."""
        return self._busy

    def forget(self) -> None:
        """Drop everything this flow knows about its voter (before it is thrown away)."""
        self._countdown.stop()
        self._voter_id = None
        self._choice = None
        self._prepared = None
        self.id_edit.clear()
        self.review_choice.clear()
        self.tracking_label.clear()
        self.opened_text.clear()
        self.opened_qr.clear()
        self.opened_qr.setMinimumSize(0, 0)
        self.opened_help.clear()
        self.receipt_label.clear()
        self.receipt_qr.clear()

    # -- the booth API (see the module's docstring)
    @Slot(int)
    def _page_shown(self, _index: int) -> None:
        self.page_changed.emit(self.page_name())

    def page_name(self) -> str:
        """The name of the page shown now (one of ``PAGE_NAMES``)."""
        return self._page_names[self._current_page()]

    def _current_page(self) -> _Page:
        page = self.pages.currentWidget()
        assert isinstance(page, _Page)  # the stack holds only pages
        return page

    def options(self) -> tuple[str, ...]:
        """The ballot's options, in order."""
        return tuple(self.info.options)

    def selected_option(self) -> int:
        """The chosen option's index, -1 when none is chosen."""
        return self.option_group.checkedId()

    def texts_for_page(self) -> list[str]:
        """What the current page says, in reading order, without mnemonics (for reading it aloud)."""
        return [text for text in _texts_of(self._current_page().layout_) if text]

    def enter_voter_id(self, text: str) -> bool:
        """On the entry page: type ``text`` as the voter ID and continue if it is complete."""
        if self.page_name() != "entry" or self._busy:
            return False
        self.id_edit.setText(text)
        if not self.continue_button.isEnabled():
            return False
        self.continue_button.click()
        return True

    def select_option(self, index: int) -> bool:
        """On the choice page: choose option ``index`` (0-based)."""
        if self.page_name() != "choice" or not 0 <= index < len(self.option_buttons):
            return False
        self.option_buttons[index].setChecked(True)
        self.option_buttons[index].setFocus()
        return True

    def review(self) -> bool:
        """From the choice (once made) to the review."""
        if self.page_name() != "choice" or self.selected_option() < 0:
            return False
        self._review()
        return True

    def change_choice(self) -> bool:
        """From the review back to the choice."""
        if self.page_name() != "review":
            return False
        self._back_to_choice()
        return True

    def cast(self) -> bool:
        """Review: cast an open ballot (or encrypt a secret one); cast or check: cast the encrypted ballot."""
        if self._busy or self.page_name() not in ("review", "cast_or_check"):
            return False
        (self.cast_button if self.page_name() == "review" else self.cast_ballot_button).click()
        return True

    def check_machine(self) -> bool:
        """Cast or check: open the encrypted ballot for checking (it is never counted)."""
        if self._busy or self.page_name() != "cast_or_check":
            return False
        self._spoil()
        return True

    def vote_again(self) -> bool:
        """After a checked ballot: back to the choice."""
        if self.page_name() != "opened":
            return False
        self._vote_again()
        return True

    def finish(self) -> bool:
        """End this voter's visit (the booth resets); not while the node records a vote."""
        if self._busy:
            return False
        self.done.emit()
        return True

    def choose_language(self, code: str) -> bool:
        """The voter's language for this visit (the booth returns to the station's after the voter)."""
        app = QApplication.instance()
        if code not in LANGUAGES or not isinstance(app, QApplication):
            return False
        self.activity.emit()
        use_language(app, code)
        return True


def _texts_of(item: QLayoutItem | None) -> list[str]:
    """The visible texts of a layout item, depth first."""
    if item is None:
        return []
    widget = item.widget()
    if widget is not None:
        if widget.isHidden():
            return []
        if isinstance(widget, QLabel):
            return [widget.text()]
        if isinstance(widget, QAbstractButton):
            return [re.sub("&(.)", r"\1", widget.text())]
        if isinstance(widget, QPlainTextEdit):
            return [widget.toPlainText()]
        return []
    layout = item if isinstance(item, QLayout) else item.layout()
    if layout is None:
        return []
    return [text for index in range(layout.count()) for text in _texts_of(layout.itemAt(index))]
