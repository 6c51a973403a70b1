"""The booth's voice: Qt's QtTextToSpeech on the speech engine the system provides.

On Debian that is speech-dispatcher with espeak-ng (the ``speechd`` plugin that ships in the PySide6 wheel
needs ``libspeechd2``; ``scripts/system-packages.sh`` installs it with ``speech-dispatcher`` and
``speech-dispatcher-espeak-ng``). Qt's ``mock`` engine speaks nothing and is never used. Every text handed
to the engine is announced by :attr:`Voice.handed` first: the tests record what is spoken, and in what
order, there. speech-dispatcher logs no spoken text at its default log level (3).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

#: The engines a voter can hear, best first (``flite`` where a Qt build ships that plugin).
ENGINES = ("speechd", "flite")


class NoSpeechEngine(Exception):
    """No speech engine can speak on this machine; the message says why, in one line."""


def installed_engines() -> list[str]:
    """The usable engines whose Qt plugin loads here (no daemon is started to find out)."""
    available = QTextToSpeech.availableEngines()
    return [name for name in ENGINES if name in available]


def open_engine(parent: QObject | None = None) -> QTextToSpeech:
    """The first engine that connects; raises :class:`NoSpeechEngine` when none does."""
    names = installed_engines()
    if not names:
        raise NoSpeechEngine("no text-to-speech engine is installed (speech-dispatcher and espeak-ng)")
    problems = []
    for name in names:
        engine = QTextToSpeech(name, parent)
        if engine.state() != QTextToSpeech.State.Error:
            return engine
        problems.append(f"{name}: {engine.errorString() or 'does not start'}")
        engine.deleteLater()
    raise NoSpeechEngine("; ".join(problems))


class Voice(QObject):
    """One engine, the booth's language, and a queue of texts that a new one replaces."""

    handed = Signal(str)  # each text, just before the engine gets it
    failed = Signal(str)  # the engine stopped working: its reason, one line

    def __init__(self, engine: QTextToSpeech, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._language = ""
        engine.errorOccurred.connect(self._error)

    def speak(self, texts: Sequence[str]) -> None:
        """Stop what is being said and say ``texts`` in order."""
        self.engine.stop()
        for text in texts:
            if text.strip():
                self.handed.emit(text)
                self.engine.enqueue(text)

    def stop(self) -> None:
        self.engine.stop()

    def use_language(self, code: str) -> bool:
        """Speak ``code`` (e.g. "fr") from now on; False (voice unchanged) when the engine has no voice for it."""
        if code == self._language:
            return True
        wanted = QLocale(code)
        locales = [loc for loc in self.engine.availableLocales() if loc.language() == wanted.language()]
        if not locales:
            return False
        territory = [loc for loc in locales if loc.territory() == wanted.territory()]
        self.engine.setLocale((territory or locales)[0])
        self._language = code
        return True

    @property
    def speaking(self) -> bool:
        return self.engine.state() == QTextToSpeech.State.Speaking

    @Slot(QTextToSpeech.ErrorReason, str)
    def _error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        self.failed.emit(message or "the speech engine stopped")
