"""One voter's way through the booth: language and voter ID → choice → review → vote → receipt (or a clear
refusal).

In a secret election the review leads to "cast or check" (Benaloh, docs/design.md section 10): the booth
encrypts the choice and shows the ballot's tracking code; the voter casts it, or checks this machine: the
ballot is then opened (text and QR code, for any other station to check) and never counted, and the voter
votes again.  The voter_id is never shown after it is entered, nor logged.

A :class:`BallotFlow` serves exactly one voter and is thrown away afterwards (see ``ballot_window``),
so nothing the voter typed or chose survives in any widget, undo history or attribute — nor their settings:
language, text size and contrast (``booth_settings``) start from the station's for each voter.  The pages
are in ``booth_pages``, their building blocks in ``booth_widgets``, the colours and sizes in ``booth_style``,
the fitting of the text to the screen in ``booth_fit``.

The booth API (for the audio ballot, ``booth_audio.py``, and any other way of driving the booth):

- ``BallotWindow.flow_started(flow)`` is emitted with each voter's new flow (the previous one is thrown away);
  ``BallotWindow.flow`` is the current one.
- ``page_changed(name)``: the page now shown, one of ``PAGE_NAMES``: "entry" (language and voter ID),
  "choice", "review", "cast_or_check" (secret ballot: the tracking code), "opened" (a checked ballot),
  "waiting", "receipt", "refusal".  ``page_name()`` says which page is shown now.
- ``selection_changed(index)``: the option now chosen (0-based).  ``options()``, ``selected_option()`` (-1:
  none chosen yet).
- ``texts_for_page()``: what the current page says, in reading order (headings, instructions, hints, the
  options as "1  Alice", the choice, codes, buttons), translated, without mnemonics: for reading aloud.
- Actions, each returns True if it did something on the current page (False: not possible here, nothing
  changed): ``enter_voter_id(text)`` (entry: type it and continue when complete), ``select_option(i)``
  (choice, 0-based), ``review()`` (choice -> review), ``change_choice()`` (review -> choice), ``cast()``
  (review: cast an open ballot, or encrypt a secret one -> "cast_or_check"; cast_or_check: cast the
  encrypted ballot), ``check_machine()`` (cast_or_check: open the ballot for checking), ``vote_again()``
  (opened -> choice), ``finish()`` (ends this voter's visit: the booth resets, from any page but "waiting").
- ``choose_language(code)``: the voter's language (a key of ``translations.LANGUAGES``) for this visit;
  ``language_chosen(code)`` is emitted after the booth has switched (its texts are then retranslated).
- ``done`` is emitted when the booth should reset (the window then makes a new flow).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLayout,
    QLayoutItem,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from votingapp.core.voter_id import check_partial
from votingapp.gui.booth_fit import ScreenFit
from votingapp.gui.booth_pages import (
    CastOrCheckPage,
    ChoicePage,
    EntryPage,
    OpenedPage,
    ReceiptPage,
    RefusalPage,
    ReviewPage,
    WaitingPage,
    texts_of_refusal,
)
from votingapp.gui.booth_settings import VoterSettingsBar
from votingapp.gui.booth_style import SCHEMES, TEXT_SIZES, palette, style_sheet
from votingapp.gui.booth_widgets import Notice, OptionButton, Page, label
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.qr import qr_image
from votingapp.gui.translations import LANGUAGES, current_language, use_language
from votingapp.node.facade import PreparedBallot

RECEIPT_SECONDS = 45
PAGE_NAMES = ("entry", "choice", "review", "cast_or_check", "opened", "waiting", "receipt", "refusal")


class BallotFlow(QWidget):
    """The pages of one voter's visit; emits ``done`` when the booth should reset."""

    done = Signal()
    activity = Signal()
    voteRecorded = Signal()
    page_changed = Signal(str)
    selection_changed = Signal(int)
    language_chosen = Signal(str)

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None,
                 base_scale: float = 1.0) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.base_scale = base_scale  # the kiosk sizes its text to the screen
        app = QApplication.instance()
        self.station_language = current_language(app) if isinstance(app, QApplication) else "en"
        self.voter_language: str | None = None
        self._voter_id: str | None = None
        self._choice: str | None = None
        self._prepared: PreparedBallot | None = None  # a secret election's encrypted ballot, not cast yet
        self._busy = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the scheme's background, whole
        self.settings = VoterSettingsBar()
        self.settings.text_size_chosen.connect(self._text_size_chosen)
        self.settings.contrast_chosen.connect(self._contrast_chosen)
        self.title = label(1.6, bold=True)
        self.title.setText(info.title)  # the election's own words: not translated
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self._build_pages()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._seconds_left = 0
        self.pages.setCurrentWidget(self.entry_page)
        self.screen_fit = ScreenFit(self, self.pages)
        self.screen_fit.size_to_current_page()
        self.pages.currentChanged.connect(self._page_shown)
        self._contrast_chosen("standard")
        self.screen_fit.fit(TEXT_SIZES[0] * base_scale)  # fitted to the screen once shown: fit_to_screen()
        self.retranslate()

    def _build_pages(self) -> None:
        entry = self.entry_page = EntryPage()
        self.id_edit, self.id_hint, self.continue_button = entry.id_edit, entry.id_hint, entry.continue_button
        self.id_edit.textChanged.connect(self._id_changed)
        self.continue_button.clicked.connect(self._check_voter)
        entry.language_group.buttonClicked.connect(self._language_clicked)
        choice = self.choice_page = ChoicePage(self.info.options)
        self.option_group, self.option_buttons = choice.option_group, choice.option_buttons
        self.review_button = choice.review_button
        self.option_group.idToggled.connect(self._option_toggled)
        self.review_button.clicked.connect(self._review)
        choice.back_button.clicked.connect(self.done)
        choice.returnPressed.connect(self._choose_focused)
        review = self.review_page = ReviewPage(self.info.secret)
        self.review_choice, self.cast_button = review.choice, review.cast_button
        review.change_button.clicked.connect(self._back_to_choice)
        self.cast_button.clicked.connect(self._prepare if self.info.secret else self._cast)
        check = self.cast_or_check_page = CastOrCheckPage()
        self.tracking_label, self.check_button = check.tracking_label, check.check_button
        self.cast_ballot_button = check.cast_ballot_button
        self.check_button.clicked.connect(self._spoil)
        self.cast_ballot_button.clicked.connect(self._cast_prepared)
        opened = self.opened_page = OpenedPage()
        self.opened_help, self.opened_text, self.opened_qr = opened.help, opened.opened_text, opened.opened_qr
        self.vote_again_button = opened.vote_again_button
        self.vote_again_button.clicked.connect(self._vote_again)
        opened.leave_button.clicked.connect(self.done)
        self.waiting_page = WaitingPage()
        self.waiting_label = self.waiting_page.waiting_label
        receipt = self.receipt_page = ReceiptPage(self.info.secret)
        self.receipt_label, self.receipt_qr = receipt.receipt_label, receipt.receipt_qr
        self.countdown_label, self.finish_button = receipt.countdown_label, receipt.finish_button
        self.finish_button.clicked.connect(self.done)
        refusal = self.refusal_page = RefusalPage()
        self.refusal_title, self.refusal_label, self.again_button = (refusal.title, refusal.explanation,
                                                                    refusal.again_button)
        self.again_button.clicked.connect(self.done)
        self._pages: dict[Page, str] = dict(zip(
            (entry, choice, review, check, opened, self.waiting_page, receipt, refusal), PAGE_NAMES, strict=True))
        for page in self._pages:
            self.pages.addWidget(page)

    # -- language, text size and contrast
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the current language (also the ones that depend on what happened)."""
        self.setAccessibleName(self.tr("Ballot"))
        self.pages.setAccessibleName(self.tr("Ballot steps"))
        self.title.setAccessibleName(self.tr("Election title"))
        self.settings.retranslate()
        for page in self._pages:
            page.retranslate()
        app = QApplication.instance()
        code = current_language(app) if isinstance(app, QApplication) else self.station_language
        for language, language_button in self.entry_page.language_buttons.items():
            language_button.setChecked(language == code)
        self.fit_to_screen()  # another language, other text widths

    @Slot(QAbstractButton)
    def _language_clicked(self, clicked: QAbstractButton) -> None:
        for code, language_button in self.entry_page.language_buttons.items():
            if language_button is clicked:
                self.choose_language(code)
        self.id_edit.setFocus()

    @Slot(int)
    def _text_size_chosen(self, _index: int) -> None:
        self.activity.emit()
        self.fit_to_screen()

    @Slot(str)
    def _contrast_chosen(self, name: str) -> None:
        self.activity.emit()
        scheme = SCHEMES[name]
        self.setPalette(palette(scheme))
        self.setStyleSheet(style_sheet(scheme))
        self.scheme = scheme
        for notice in self.findChildren(Notice):
            notice.set_scheme(scheme)
        for option in self.findChildren(OptionButton):
            option.scheme = scheme
        self.update()

    def fit_to_screen(self) -> None:
        """The voter's text size (times the kiosk's screen scale), shrunk if the screen is too small for it."""
        self.screen_fit.fit(TEXT_SIZES[self.settings.text_size()] * self.base_scale, TEXT_SIZES[0] * self.base_scale)

    @property
    def scale(self) -> float:
        """The text scale in use: the voter's size, shrunk if needed to fit the screen."""
        return self.screen_fit.scale

    # -- the voter ID, checked as it is typed (or scanned)
    @Slot(str)
    def _id_changed(self, _text: str) -> None:
        self.activity.emit()
        complete = self.entry_page.show_check()
        self.continue_button.setEnabled(complete and not self._busy)

    @Slot()
    def _check_voter(self) -> None:
        text = self.id_edit.text()
        if self._busy or check_partial(text) is not None:
            return
        self._busy = True
        self.continue_button.setEnabled(False)
        self.entry_page.checking = True
        self.entry_page.show_check()
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.check_voter(text))
        reply.finished.connect(self._voter_ok)
        reply.failed.connect(self._refused)
        self._voter_id = text

    @Slot(object)
    def _voter_ok(self, _result: object) -> None:
        self._busy = False
        self.entry_page.checking = False
        self.id_edit.clear()  # the ID is kept only in this flow, which is thrown away after the voter
        self.pages.setCurrentWidget(self.choice_page)
        (self.option_group.checkedButton() or self.option_buttons[0]).setFocus()

    # -- choosing
    @Slot(int, bool)
    def _option_toggled(self, index: int, checked: bool) -> None:
        self.activity.emit()
        self.review_button.setEnabled(self.option_group.checkedId() >= 0)
        self.choice_page.retranslate()  # the accessible names say which option is chosen
        if checked:
            self.selection_changed.emit(index)

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
        if isinstance(focused, OptionButton) and not focused.isChecked():
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
    def _wait(self, what: str) -> None:
        self._busy = True
        self.waiting_page.show_waiting(what)
        self.pages.setCurrentWidget(self.waiting_page)

    @Slot()
    def _cast(self) -> None:
        if self._busy or self._voter_id is None or self._choice is None:
            return
        voter_id, choice, node = self._voter_id, self._choice, self.bridge.node
        self._wait("record")
        reply = self.bridge.request(lambda: node.vote(voter_id, choice))
        reply.finished.connect(self._voted)
        reply.failed.connect(self._refused)

    # -- a secret election: encrypt, then cast or check (Benaloh)
    @Slot()
    def _prepare(self) -> None:
        if self._busy or self._voter_id is None or self._choice is None:
            return
        voter_id, choice, node = self._voter_id, self._choice, self.bridge.node
        self._wait("encrypt")
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
        node = self.bridge.node
        self._wait("record")
        reply = self.bridge.request(lambda: node.cast_prepared(prepared))
        reply.finished.connect(self._voted)
        reply.failed.connect(self._refused)

    @Slot()
    def _spoil(self) -> None:
        prepared = self._prepared
        if self._busy or prepared is None:
            return
        self._prepared = None  # opened: never cast (the node refuses it too)
        node = self.bridge.node
        self._wait("open")
        reply = self.bridge.request(lambda: node.spoil(prepared))
        reply.finished.connect(self._opened)
        reply.failed.connect(self._refused)

    @Slot(object)
    def _opened(self, text: str) -> None:
        self._busy = False
        self.opened_page.show_help(self._choice or "")
        self.opened_text.setPlainText(text)
        try:
            pixmap = self._qr_pixmap(text, 2, "l")
            self.opened_qr.setPixmap(pixmap)
            # a cropped QR code does not scan: the window grows
            self.opened_qr.setMinimumSize(pixmap.deviceIndependentSize().toSize())
        except ValueError:  # too long for one QR code (many options): the text is there
            self.opened_qr.setText(self.tr("(too long for a QR code: use the text)"))
        self.pages.setCurrentWidget(self.opened_page)
        self.vote_again_button.setFocus()

    def _qr_pixmap(self, text: str, module_px: int, error: str) -> QPixmap:
        """A QR code with modules of ``module_px`` screen pixels (not larger on a 200 % screen: it still scans)."""
        pixmap = QPixmap.fromImage(qr_image(text, module_px=module_px, error=error))
        pixmap.setDevicePixelRatio(max(1.0, self.devicePixelRatioF()))
        return pixmap

    @Slot()
    def _vote_again(self) -> None:
        """Back to the choice with the same voter ID: a new ballot is encrypted (new randomness)."""
        self.opened_text.clear()
        self.opened_qr.clear()
        self.opened_qr.setMinimumSize(0, 0)
        self.opened_page.show_help(None)
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
        self.receipt_qr.setPixmap(self._qr_pixmap(receipt, 3, "m"))
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
        self.receipt_page.show_countdown(self._seconds_left)
        self._seconds_left -= 1

    @Slot(object)
    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.entry_page.checking = False
        self._voter_id = None
        self._choice = None
        self._prepared = None
        self.id_edit.clear()
        self.refusal_page.show_refusal((type(error), str(error)))
        self.pages.setCurrentWidget(self.refusal_page)
        self.again_button.setFocus()

    def refusal_text(self, error: BaseException) -> tuple[str, str]:
        """The heading and explanation people see for a refused voter or vote."""
        return texts_of_refusal(type(error), str(error))

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
        self.refusal_page.show_refusal(None)
        self.id_edit.clear()
        self.review_choice.clear()
        self.tracking_label.clear()
        self.opened_text.clear()
        self.opened_qr.clear()
        self.opened_qr.setMinimumSize(0, 0)
        self.opened_page.show_help(None)
        self.receipt_label.clear()
        self.receipt_qr.clear()

    # -- the booth API (see the module's docstring)
    @Slot(int)
    def _page_shown(self, _index: int) -> None:
        self.activity.emit()  # a voter who clicks through the pages is still there
        self.screen_fit.size_to_current_page()
        self.fit_to_screen()  # this page's texts may need another size to fit
        self.page_changed.emit(self.page_name())

    def page_name(self) -> str:
        """The name of the page shown now (one of ``PAGE_NAMES``)."""
        return self._pages[self._current_page()]

    def _current_page(self) -> Page:
        page = self.pages.currentWidget()
        assert isinstance(page, Page)  # the stack holds only pages
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
        self.voter_language = code
        if current_language(app) != code:
            use_language(app, code)  # Qt sends LanguageChange: every page retranslates itself
        self.retranslate()
        self.language_chosen.emit(code)
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
        layout = widget.layout()
        return _texts_of(layout) if layout is not None else []
    layout = item if isinstance(item, QLayout) else item.layout()
    if layout is None:
        return []
    return [text for index in range(layout.count()) for text in _texts_of(layout.itemAt(index))]
