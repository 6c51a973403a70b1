"""The observer board in the app: the main window's switch and the results window's QR code.

The board itself is served by the node (``votingapp/node/observer``); these widgets only ask the node, through
the bridge and never waiting, to start or stop it, and show its address as text and as a QR code that an
observer scans with a phone.  One :class:`ObserverState` per bridge tells every widget the board's address.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.qr import qr_image
from votingapp.gui.refusals import refusal
from votingapp.gui.translations import current_language

_STATE_NAME = "observerBoardState"
QR_MODULE_PX = 6


class ObserverState(QObject):
    """The board's address (``url``, "" while off) for every widget of one bridge; ``changed(url)`` when it does."""

    changed = Signal(str)
    failed = Signal(str)

    def __init__(self, bridge: NodeBridge) -> None:
        super().__init__(bridge)
        self.setObjectName(_STATE_NAME)
        self.bridge = bridge
        self.url = ""
        self.busy = False
        node = bridge.node
        reply = bridge.request(node.observer_url)  # on at start (node --observer-port), or already switched on
        reply.finished.connect(self._set)

    @classmethod
    def of(cls, bridge: NodeBridge) -> ObserverState:
        """The one state of ``bridge`` (made on first use)."""
        found = bridge.findChild(ObserverState, _STATE_NAME)
        return found if found is not None else cls(bridge)

    def switch(self, on: bool) -> None:
        """Ask the node to serve the board (in the app's language and English) or to stop it."""
        node = self.bridge.node
        self.busy = True
        if on:
            app = QApplication.instance()
            language = current_language(app) if isinstance(app, QApplication) else "en"
            reply = self.bridge.request(lambda: node.start_observer(language=language))
        else:
            def stop() -> str:  # on the node's thread
                node.stop_observer()
                return ""

            reply = self.bridge.request(stop)
        reply.finished.connect(self._set)
        reply.failed.connect(self._failed)

    @Slot(object)
    def _set(self, url: object) -> None:
        self.busy = False
        self.url = url if isinstance(url, str) else ""
        self.changed.emit(self.url)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self.busy = False
        self.failed.emit(refusal(error) if isinstance(error, BaseException) else str(error))
        self.changed.emit(self.url)


class ObserverSwitch(QGroupBox):
    """The main window's switch: "Observer board: on — http://…" (off by default)."""

    def __init__(self, bridge: NodeBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Observer board"), parent)
        self.setAccessibleName(self.tr("Observer board"))
        self.state = ObserverState.of(bridge)
        layout = QVBoxLayout(self)
        self.check = QCheckBox(self.tr("Serve a read-only page of the election to phones on the LAN"))
        self.check.setAccessibleName(self.tr("Observer board on or off"))
        self.check.toggled.connect(self._toggled)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Observer board address"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fonts.enlarge(self.label, 1.1, bold=True)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Observer board problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.check)
        layout.addWidget(self.label)
        layout.addWidget(self.error)
        self.state.changed.connect(self._show)
        self.state.failed.connect(self._show_error)
        self._show(self.state.url)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if on == bool(self.state.url) or self.state.busy:
            return
        self.error.hide()
        self.check.setEnabled(False)
        self.state.switch(on)

    @Slot(str)
    def _show(self, url: str) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(url))
        self.check.blockSignals(False)
        self.check.setEnabled(True)
        if url:
            self.label.setText(self.tr("Observer board: on — {url}").format(url=url))
        else:
            self.label.setText(self.tr("Observer board: off"))

    @Slot(str)
    def _show_error(self, message: str) -> None:
        self.error.setText(self.tr("The observer board could not start: {reason}").format(reason=message))
        self.error.show()


class ObserverQr(QGroupBox):
    """The results window's QR code of the board's address; hidden while the board is off."""

    def __init__(self, bridge: NodeBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Follow on a phone"), parent)
        self.setAccessibleName(self.tr("Observer board QR code"))
        self.state = ObserverState.of(bridge)
        layout = QVBoxLayout(self)
        self.image = QLabel()
        self.image.setAccessibleName(self.tr("QR code of the observer board's address"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAccessibleName(self.tr("Observer board address"))
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.image)
        layout.addWidget(self.caption)
        self.url = ""
        self.state.changed.connect(self._show)
        self._show(self.state.url)

    @Slot(str)
    def _show(self, url: str) -> None:
        self.url = url
        self.setVisible(bool(url))
        if not url:
            self.image.clear()
            return
        self.image.setPixmap(QPixmap.fromImage(qr_image(url, QR_MODULE_PX)))
        self.caption.setText(self.tr("Scan to open the observer board: {url}").format(url=url))
