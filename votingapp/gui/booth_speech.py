"""The booth's voice: Qt's QtTextToSpeech on the speech engine the system provides.

On Debian that is speech-dispatcher with espeak-ng (the ``speechd`` plugin that ships in the PySide6 wheel
needs ``libspeechd2``; ``scripts/system-packages.sh`` installs it with ``speech-dispatcher`` and
``speech-dispatcher-espeak-ng``). Every text handed to the engine is announced by :attr:`Voice.handed`
first: the tests record what is spoken, and in what order, there. speech-dispatcher logs no spoken text at
its default log level (3).

Connecting takes 1.5-5 s (speech-dispatcher lists its ~1,500 espeak-ng voices) and PySide keeps the GIL
through QTextToSpeech's constructor and ``setEngine``: called from Python, on any thread, it would freeze
the GUI thread that long (measured). So the engines live on one thread of their own (``votingapp-speech``,
a plain Qt event loop): an engine is made there as Qt's ``mock`` engine, which connects at once and never
speaks, and ``setEngine("speechd")`` runs there as a queued call, in C++, without the GIL. Everything the
GUI asks of an engine afterwards is a queued call too. Where the ``mock`` plugin is missing, the engine is
connected on the GUI thread (that freeze, once per booth window).
"""

from __future__ import annotations

import atexit
from collections.abc import Sequence

import shiboken6

from PySide6.QtCore import Q_ARG, QCoreApplication, QLocale, QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

#: The engines a voter can hear, best first (``flite`` where a Qt build ships that plugin).
ENGINES = ("speechd", "flite")
PLACEHOLDER = "mock"  # Qt's engine that speaks nothing: only a QTextToSpeech to call setEngine on
OPEN_TIMEOUT_MS = 20_000
_QUEUED = Qt.ConnectionType.QueuedConnection

_thread: QThread | None = None
_engines: list[QTextToSpeech] = []  # Python never frees one (from the GUI thread): each is deleted on its own


def _keep(engine: QTextToSpeech) -> QTextToSpeech:
    _engines[:] = [kept for kept in _engines if shiboken6.isValid(kept)]
    _engines.append(engine)
    return engine


class NoSpeechEngine(Exception):
    """No speech engine can speak on this machine; the message says why, in one line."""


def installed_engines() -> list[str]:
    """The usable engines whose Qt plugin loads here (no daemon is started to find out)."""
    available = QTextToSpeech.availableEngines()
    return [name for name in ENGINES if name in available]


def _not_installed() -> str:
    return QCoreApplication.translate("Voice", "no text-to-speech engine is installed (speech-dispatcher and "
                                               "espeak-ng)")


def _problem(name: str, engine: QTextToSpeech) -> str:
    error = engine.errorString() or QCoreApplication.translate("Voice", "does not start")
    return QCoreApplication.translate("Voice", "{engine}: {error}").format(engine=name, error=error)


def open_engine(parent: QObject | None = None) -> QTextToSpeech:
    """The first engine that connects, on the calling thread; raises :class:`NoSpeechEngine` when none does."""
    names = installed_engines()
    if not names:
        raise NoSpeechEngine(_not_installed())
    problems = []
    for name in names:
        engine = QTextToSpeech(name, parent)
        if engine.state() != QTextToSpeech.State.Error:
            return engine
        problems.append(_problem(name, engine))
        engine.deleteLater()
    raise NoSpeechEngine("; ".join(problems))


def speech_thread() -> QThread:
    """The thread the engines live on: started on first use, stopped when the app quits."""
    global _thread
    if _thread is None:
        _thread = QThread()
        _thread.setObjectName("votingapp-speech")
        _thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_speech_thread)
        atexit.register(stop_speech_thread)
    return _thread


def stop_speech_thread() -> None:
    """Stop the speech thread (its engines are deleted there first)."""
    global _thread
    thread, _thread = _thread, None
    if thread is not None:
        thread.quit()  # deleteLater()s posted to it run before it finishes
        thread.wait(5000)


class Voice(QObject):
    """One engine, the booth's language, and a queue of texts that a new one replaces."""

    handed = Signal(str)  # each text, just before the engine gets it
    failed = Signal(str)  # the engine stopped working: its reason, one line
    state_changed = Signal(object)  # the engine's QTextToSpeech.State

    def __init__(self, engine: QTextToSpeech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.state = engine.state()
        self.locale = engine.locale()
        self._locales = engine.availableLocales()  # read once, while the engine is idle
        self._language = ""
        engine.stateChanged.connect(self._state)
        engine.errorOccurred.connect(self._error)
        engine.localeChanged.connect(self._locale)
        if engine.thread() is self.thread():
            engine.setParent(self)
        else:
            self.destroyed.connect(engine.deleteLater)  # on the speech thread, where it lives

    def speak(self, texts: Sequence[str]) -> None:
        """Stop what is being said and say ``texts`` in order."""
        QMetaObject.invokeMethod(self.engine, "stop", _QUEUED)
        for text in texts:
            if text.strip():
                self.handed.emit(text)
                QMetaObject.invokeMethod(self.engine, "enqueue", _QUEUED, Q_ARG(str, text))

    def stop(self) -> None:
        QMetaObject.invokeMethod(self.engine, "stop", _QUEUED)

    def use_language(self, code: str) -> bool:
        """Speak ``code`` (e.g. "fr") from now on; False (voice unchanged) when the engine has no voice for it."""
        if code == self._language:
            return True
        wanted = QLocale(code)
        locales = [loc for loc in self._locales if loc.language() == wanted.language()]
        if not locales:
            return False
        territory = [loc for loc in locales if loc.territory() == wanted.territory()]
        QMetaObject.invokeMethod(self.engine, "setLocale", _QUEUED, Q_ARG(QLocale, (territory or locales)[0]))
        self._language = code
        return True

    @property
    def speaking(self) -> bool:
        return self.state == QTextToSpeech.State.Speaking

    @Slot(QTextToSpeech.State)
    def _state(self, state: QTextToSpeech.State) -> None:
        self.state = state
        self.state_changed.emit(state)

    @Slot(QLocale)
    def _locale(self, locale: QLocale) -> None:
        self.locale = locale

    @Slot(QTextToSpeech.ErrorReason, str)
    def _error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        self.failed.emit(message or QCoreApplication.translate("Voice", "the speech engine stopped"))


class VoiceOpener(QObject):
    """Connects an engine without making the GUI thread wait: then ``opened(Voice)`` or ``unavailable(reason)``."""

    opened = Signal(object)
    unavailable = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._names = installed_engines()
        self._problems: list[str] = []
        self._engine: QTextToSpeech | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OPEN_TIMEOUT_MS)
        self._timer.timeout.connect(self._timed_out)

    def start(self) -> None:
        if not self._names:
            self.unavailable.emit(_not_installed())
        elif PLACEHOLDER not in QTextToSpeech.availableEngines():
            try:
                self.opened.emit(Voice(open_engine(), self.parent()))  # on this thread: it waits
            except NoSpeechEngine as error:
                self.unavailable.emit(str(error))
        else:
            self._engine = _keep(QTextToSpeech(PLACEHOLDER))
            self._engine.moveToThread(speech_thread())
            self._engine.engineChanged.connect(self._engine_changed)
            self._timer.start()
            self._try_next()

    def _try_next(self) -> None:
        assert self._engine is not None  # start() made it
        QMetaObject.invokeMethod(self._engine, "setEngine", _QUEUED, Q_ARG(str, self._names.pop(0)))

    @Slot(str)
    def _engine_changed(self, name: str) -> None:
        engine = self._engine
        if engine is None:
            return
        if engine.state() == QTextToSpeech.State.Error:
            self._problems.append(_problem(name, engine))
            if self._names:
                self._try_next()
                return
            self._give_up("; ".join(self._problems))
            return
        self._timer.stop()
        engine.engineChanged.disconnect(self._engine_changed)
        self._engine = None
        self.opened.emit(Voice(engine, self.parent()))

    @Slot()
    def _timed_out(self) -> None:
        self._give_up(QCoreApplication.translate("Voice", "no answer from the speech engine in {n} s").format(
            n=OPEN_TIMEOUT_MS // 1000))

    def _give_up(self, reason: str) -> None:
        self._timer.stop()
        if self._engine is not None:
            self._engine.engineChanged.disconnect(self._engine_changed)
            self._engine.deleteLater()
            self._engine = None
        self.unavailable.emit(reason)
