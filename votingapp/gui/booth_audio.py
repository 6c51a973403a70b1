"""The audio ballot: a headphone mode of the booth for a voter who cannot see the screen.

It reads each page aloud (the instructions, each option with its number, the review, the tracking code and
the receipt, spelled out) in the booth's current language where the engine has a voice for it, and drives
the booth through its API (``ballot_flow``'s docstring) with a few keys alone:

- **F1** starts the audio ballot (or the button on the booth's first page), then repeats the page; an arrow
  key on the idle first page says so.
  F1, not a letter: the first page's voter-ID field takes letters and digits (H is a voter-ID letter).
- **F2** blanks the screen, and shows it again; the audio ballot starts with the screen blanked.
- **Number keys** choose an option; **up/down arrows** go through the options (on the first page: the
  languages; elsewhere: the page's sentences one by one); **Return** goes forward (continue, review, cast,
  done); the **left arrow** takes the other way of a page (change my choice, check this machine, leave).

The booth's warning before it clears itself for the next voter is said aloud too. The audio ballot is off
again for each new voter (a refused voter who starts again keeps it). When no speech engine works, the
booth says so on its first page and the voter votes on screen.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from votingapp.gui import fonts
from votingapp.gui.booth_speech import Voice, VoiceOpener, installed_engines
from votingapp.gui.translations import LANGUAGES, current_language

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from votingapp.gui.ballot_flow import BallotFlow

START_KEY = Qt.Key.Key_F1
BLANK_KEY = Qt.Key.Key_F2
_FORWARD = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)


def spell(code: str) -> str:
    """A tracking code or receipt as speech: one character at a time, a pause between its groups."""
    return ", ".join(" ".join(group.upper()) for group in code.split())


def _plain(text: str) -> str:
    return re.sub("&(.)", r"\1", text)


def _language() -> str:
    """The booth's language now (the voter's, once chosen)."""
    app = QApplication.instance()
    return current_language(app) if isinstance(app, QApplication) else "en"


class _Curtain(QWidget):
    """The blanked screen: dark over the whole booth, so that nobody reads the voter's choice."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("black"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#808080"))
        self.setPalette(palette)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        fonts.enlarge(self.label, 1.2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Screen blanked"))
        self.label.setAccessibleName(self.tr("Screen blanked"))
        self.label.setText(self.tr("Audio ballot in use: the screen is blanked for privacy (F2 shows it)."))

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None  # made with the window as its parent
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class _Keys(QObject):
    """The application-wide key filter while the audio ballot is on: the booth's keys go to it first."""

    def __init__(self, audio: AudioBallot) -> None:
        super().__init__(audio)
        self._audio = audio

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        audio: AudioBallot | None = getattr(self, "_audio", None)  # as in AudioBallot.eventFilter
        if audio is None or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        window = audio.window
        if not isinstance(watched, QWidget) or not (watched is window or window.isAncestorOf(watched)):
            return False  # another window (a poll worker's dialog): not the voter's keys
        return audio.key(event)


class AudioBallot(QObject):
    """Reads one booth window aloud and drives it by keys; one per window, kept across its voters."""

    started = Signal()
    stopped = Signal()
    voice_ready = Signal()  # the engine connected (on first use)

    def __init__(self, window: QWidget, flow_started: SignalInstance, flow: BallotFlow | None) -> None:
        """``window``: the booth window (ballot_window.BallotWindow), its ``flow_started`` signal and its current
        flow, passed apart so that this module does not import the window (which imports it)."""
        super().__init__(window)
        self.window = window
        self.voice: Voice | None = None
        self._opener: VoiceOpener | None = None
        self._then = ""
        self.active = False
        self.curtain = _Curtain(window)
        self._keys = _Keys(self)
        self._flow: BallotFlow | None = None
        self._button: QPushButton | None = None
        self._status: QLabel | None = None
        self._problem = ""
        self._sentences: list[str] = []
        self._sentence = -1
        self._keep_on = False
        window.installEventFilter(self)
        # The booth's "still there?" box before it clears itself: said aloud too (a listener may be slow).
        warning = getattr(window, "idle_warning", None)
        self._warning: QWidget | None = warning if isinstance(warning, QWidget) else None
        if self._warning is not None:
            self._warning.installEventFilter(self)
        flow_started.connect(self._flow_started)
        if flow is not None:
            self._flow_started(flow)

    # -- each voter's flow
    @Slot(object)
    def _flow_started(self, flow: BallotFlow) -> None:
        keep = self.active and self._keep_on
        self._keep_on = False
        self._flow = flow
        flow.page_changed.connect(self._page_changed)
        flow.selection_changed.connect(self._selection_changed)
        self._add_controls(flow)
        if keep:
            self._speak_page()
        else:
            self.stop()

    def _add_controls(self, flow: BallotFlow) -> None:
        """The first page's button and status line (thrown away with the flow)."""
        self._button = QPushButton()
        fonts.enlarge(self._button, 1.4)
        self._button.clicked.connect(self.start)
        self._status = QLabel()
        self._status.setWordWrap(True)
        fonts.enlarge(self._status, 1.1)
        flow.entry_page.layout_.addWidget(self._button)
        flow.entry_page.layout_.addWidget(self._status)
        if not installed_engines():
            self._problem = self.tr("no speech engine is installed")
        self._retranslate()

    def _retranslate(self) -> None:
        self.curtain.retranslate()
        if self._button is None or self._status is None:
            return
        self._button.setText(self.tr("Audio ballot on: F1 repeats, F2 blanks the screen") if self.active
                             else self.tr("Audio ballot (headphones): press F1"))
        self._button.setAccessibleName(self.tr("Audio ballot"))
        self._status.setAccessibleName(self.tr("Audio ballot status"))
        before = self._status.text()
        self._set_status()
        if self._status.text() != before and self._flow is not None and self._flow.isVisible():
            QTimer.singleShot(0, self._refit)  # a longer line (no engine) must not push the booth off the screen

    @Slot()
    def _refit(self) -> None:
        if self._flow is not None and self._flow.isVisible():
            self._flow.fit_to_screen()

    def _set_status(self) -> None:
        assert self._status is not None
        if self._opener is not None:
            self._status.setText(self.tr("Starting the audio ballot…"))
        elif self._problem:
            self._status.setText(self.tr(
                "The audio ballot is not available on this machine ({reason}). You can vote on screen; "
                "please ask a poll worker for help.").format(reason=self._problem))
        else:
            self._status.setText(self.tr("Put on the headphones and press F1 to hear the ballot read aloud.")
                                 if not self.active else "")

    # -- on and off
    @Slot()
    def start(self) -> None:
        """Turn the audio ballot on (from any page), or repeat the page when it is on."""
        if self.active:
            self.repeat()
        elif self._flow is not None and self._with_voice("start"):
            self._activate()

    def offer(self) -> None:
        """Say how to start the audio ballot (an arrow key pressed on the idle first page: maybe a voter who
        cannot see the screen)."""
        flow = self._flow
        if self.active or flow is None or flow.page_name() != "entry" or not self._with_voice("offer"):
            return
        self._speak([self.tr("For the audio ballot, press F1: the second key from the left in the top row.")])

    def _with_voice(self, then: str) -> bool:
        """True when the voice is there. Else it is connected on first use (no speech daemon starts before a
        voter asks for one), without making the GUI thread wait (booth_speech), and ``then`` ("start" or
        "offer") happens once it is."""
        if self.voice is not None:
            return True
        self._then = then
        if self._opener is None:
            self._opener = VoiceOpener(self)
            self._opener.opened.connect(self._opened)
            self._opener.unavailable.connect(self._unavailable)
            self._retranslate()  # "Starting the audio ballot…"
            self._opener.start()
        return False

    @Slot(object)
    def _opened(self, voice: Voice) -> None:
        self._forget_opener()
        self.voice = voice
        voice.failed.connect(self._engine_failed)
        self._retranslate()
        self.voice_ready.emit()
        then, self._then = self._then, ""
        if then == "start":
            self.start()
        elif then == "offer":
            self.offer()

    @Slot(str)
    def _unavailable(self, reason: str) -> None:
        self._forget_opener()
        self._then = ""
        self._problem = reason
        self._retranslate()

    def _forget_opener(self) -> None:
        if self._opener is not None:
            self._opener.deleteLater()
            self._opener = None

    def _activate(self) -> None:
        flow = self._flow
        assert flow is not None  # start() checked
        self.active = True
        self._problem = ""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._keys)
        self.curtain.cover()
        self._retranslate()
        if flow.page_name() == "entry":
            flow.id_edit.setFocus()  # scanning or typing the voter ID goes on there
        self._speak([self.tr("Audio ballot."), self.tr(
            "The screen is blanked for your privacy. Press F2 to show it, and again to blank it."),
            *self._page_texts()])
        self.started.emit()

    def stop(self) -> None:
        """Turn the audio ballot off (a new voter; the engine failed)."""
        was_active = self.active
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._keys)
        self.curtain.hide()
        if self.voice is not None:
            self.voice.stop()
        self._retranslate()
        if was_active:
            self.stopped.emit()

    @Slot()
    def repeat(self) -> None:
        """Say the current page again from its start."""
        if self.active:
            self._speak_page()

    @Slot()
    def toggle_blank(self) -> None:
        if not self.active:
            return
        if self.curtain.isVisible():
            self.curtain.hide()
            self._speak([self.tr("The screen is shown.")])
        else:
            self.curtain.cover()
            self._speak([self.tr("The screen is blanked.")])

    @Slot(str)
    def _engine_failed(self, message: str) -> None:
        self._problem = message
        self.stop()

    # -- what is said
    def _speak(self, texts: list[str]) -> None:
        if self.voice is None:
            return
        self.voice.use_language(_language())
        self._sentences = texts
        self._sentence = -1
        self.voice.speak(texts)

    def _speak_page(self) -> None:
        self._speak(self._page_texts())

    def _page_texts(self) -> list[str]:
        """What the current page says, then which keys do what on it."""
        flow = self._flow
        if flow is None:
            return []
        name = flow.page_name()
        buttons = {_plain(button.text()) for button in flow.findChildren(QAbstractButton)}
        skip = buttons | {flow.opened_text.toPlainText()} | ({self._status.text()} if self._status else set())
        codes = {label.text() for label in (flow.tracking_label, flow.receipt_label) if label.text()}
        texts = [flow.info.title] if name == "entry" else []
        for text in flow.texts_for_page():
            if text in codes:
                texts.append(spell(text))
            elif text not in skip:
                texts.append(text)
        if name == "choice":
            options = flow.options()
            texts.append(self.tr("There are {n} options.").format(n=len(options)))
            texts += [self.tr("Option {number}: {option}.").format(number=number, option=option)
                      for number, option in enumerate(options, start=1)]
            chosen = flow.selected_option()
            if chosen >= 0:
                texts.append(self.tr("Chosen: option {number}, {option}.").format(number=chosen + 1,
                                                                                  option=options[chosen]))
        texts += self._help(name, flow.info.secret)
        return texts

    def _help(self, page: str, secret: bool) -> list[str]:
        if page == "entry":
            return [self.tr("Scan the code on your voter slip, or type your voter ID, then press Return."),
                    self.tr("The up and down arrows change the language."),
                    self.tr("Press F1 at any time to hear a page again.")]
        if page == "choice":
            return [self.tr("Press the number of an option, or use the up and down arrows, to choose it. "
                            "Then press Return to review your choice.")]
        if page == "review":
            forward = (self.tr("Press Return to encrypt your choice.") if secret
                       else self.tr("Press Return to cast your vote."))
            return [forward, self.tr("Press the left arrow to change your choice.")]
        if page == "cast_or_check":
            return [self.tr("Press Return to cast your ballot."),
                    self.tr("Or press the left arrow to check this machine: the ballot is then opened, never "
                            "counted, and you vote again.")]
        if page == "opened":
            return [self.tr("Press Return to vote again."), self.tr("Press the left arrow to leave without voting.")]
        if page == "receipt":
            return [self.tr("Press Return when you are done.")]
        if page == "refusal":
            return [self.tr("Press Return to start again.")]
        return []

    @Slot(str)
    def _page_changed(self, _name: str) -> None:
        if self.active:
            self._speak_page()

    @Slot(int)
    def _selection_changed(self, index: int) -> None:
        flow = self._flow
        if not self.active or flow is None or flow.page_name() != "choice" or index < 0:
            return
        options = flow.options()
        self._speak([self.tr("Option {number} of {count}: {option}. Chosen.").format(
            number=index + 1, count=len(options), option=options[index]),
            self.tr("Press Return to review your choice.")])

    # -- the keys
    def key(self, event: QKeyEvent) -> bool:
        """A key pressed in the booth while the audio ballot is on; True when it was the audio ballot's."""
        flow = self._flow
        if flow is None or event.modifiers() & _MODIFIERS:
            return False  # a poll worker's keys (Ctrl+Shift+Q) go on
        key = Qt.Key(event.key())
        page = flow.page_name()
        if page == "entry" and key not in (START_KEY, BLANK_KEY, Qt.Key.Key_Up, Qt.Key.Key_Down,
                                           Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *_FORWARD):
            return False  # typing or scanning the voter ID
        if page == "entry" and key in _FORWARD and flow.continue_button.isEnabled():
            return False  # the flow checks the voter ID
        flow.activity.emit()  # the booth must not reset under a voter who is listening
        if key == START_KEY:
            self.repeat()
        elif key == BLANK_KEY:
            self.toggle_blank()
        elif page == "entry":
            self._entry_key(flow, key)
        elif page == "choice":
            self._choice_key(flow, key)
        elif key in _FORWARD:
            self._forward(flow, page)
        elif key == Qt.Key.Key_Left:
            self._other_way(flow, page)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._read_one(1 if key == Qt.Key.Key_Down else -1)
        return True  # no other key acts unheard (Space or Tab would press or move to a button)

    def _entry_key(self, flow: BallotFlow, key: Qt.Key) -> None:
        if key in _FORWARD:  # the voter ID is not complete: say why
            self._speak([flow.id_hint.text()])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            codes = list(LANGUAGES)
            here = _language()
            step = 1 if key == Qt.Key.Key_Down else -1
            code = codes[(codes.index(here) + step) % len(codes)]
            if flow.choose_language(code):
                QTimer.singleShot(0, self._speak_language)  # once the page has its new language's texts

    @Slot()
    def _speak_language(self) -> None:
        if self.active:
            self._speak([LANGUAGES[_language()], *self._page_texts()])

    def _choice_key(self, flow: BallotFlow, key: Qt.Key) -> None:
        count = len(flow.options())
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_1 + 1
            if not flow.select_option(number - 1):
                self._speak([self.tr("There is no option {number}: there are {n} options.").format(
                    number=number, n=count)])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            chosen = flow.selected_option()
            if chosen < 0:
                index = 0 if key == Qt.Key.Key_Down else count - 1
            else:
                index = min(max(chosen + (1 if key == Qt.Key.Key_Down else -1), 0), count - 1)
            if index == chosen:
                self._selection_changed(index)  # at the first or last option: say it again
            else:
                flow.select_option(index)
        elif key in _FORWARD and not flow.review():
            self._speak([self.tr("Choose an option first: press its number, or use the up and down arrows.")])

    def _forward(self, flow: BallotFlow, page: str) -> None:
        if page in ("review", "cast_or_check"):
            flow.cast()
        elif page == "opened":
            flow.vote_again()
        elif page == "receipt":
            flow.finish()
        elif page == "refusal":
            self._keep_on = True  # the same voter starts again
            flow.finish()

    def _other_way(self, flow: BallotFlow, page: str) -> None:
        if page == "review":
            flow.change_choice()
        elif page == "cast_or_check":
            flow.check_machine()
        elif page == "opened":
            flow.finish()

    def _read_one(self, step: int) -> None:
        """The page's next (or previous) sentence alone."""
        if not self._sentences or self.voice is None:
            return
        self._sentence = min(max(self._sentence + step, 0), len(self._sentences) - 1)
        self.voice.speak([self._sentences[self._sentence]])

    # -- the window
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window: QWidget | None = getattr(self, "window", None)  # gone when Python let go of a window Qt deletes later
        kind = event.type()
        warning: QWidget | None = getattr(self, "_warning", None)
        if warning is not None and watched is warning and kind == QEvent.Type.Show and self.active:
            self._speak([label.text() for label in warning.findChildren(QLabel) if label.text()])
            return False
        if window is not None and watched is window:
            if kind == QEvent.Type.Resize and self.curtain.isVisible():
                self.curtain.setGeometry(window.rect())
            elif kind == QEvent.Type.LanguageChange:
                self._retranslate()
            elif (kind == QEvent.Type.KeyPress and not self.active and isinstance(event, QKeyEvent)
                  and event.key() == START_KEY and not event.modifiers() & _MODIFIERS):
                self.start()  # F1 reached the window: no widget of the booth wanted it
                return True
            elif (kind == QEvent.Type.KeyPress and not self.active and isinstance(event, QKeyEvent)
                  and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & _MODIFIERS):
                self.offer()
                return True
        return False
