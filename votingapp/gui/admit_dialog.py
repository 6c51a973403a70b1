"""The authority admits a station: picked from the connected stations that wait, or by its key."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from votingapp.core.keys import fingerprint
from votingapp.node.queries import WaitingStation

KEY_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class AdmitDialog(QDialog):
    """Choose the station to admit; ``station_key()`` and ``station_name()`` once accepted."""

    def __init__(self, waiting: Sequence[WaitingStation], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Admit a station"))
        self.setAccessibleName(self.tr("Admit a station"))
        form = QFormLayout(self)
        explain = QLabel(self.tr(
            "Compare the fingerprint with the one the station shows on its screen before admitting it. "
            "An admitted station can register voters and seal blocks."))
        explain.setWordWrap(True)
        explain.setAccessibleName(self.tr("Explanation"))
        form.addRow(explain)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Stations waiting for admission"))
        for station in waiting:
            # The fingerprint on a line of its own, whole: it is what the authority compares.
            item = QListWidgetItem(self.tr("{name}\nFingerprint: {fingerprint}").format(
                name=station.name or "?", fingerprint=station.fingerprint))
            item.setData(KEY_ROLE, station.key)
            item.setData(NAME_ROLE, station.name)
            self.waiting.addItem(item)
        if not waiting:
            self.waiting.addItem(self.tr("(no connected station waits; type its key below)"))
            self.waiting.setEnabled(False)
        width = self.waiting.sizeHintForColumn(0)
        self.waiting.setMinimumWidth(width + 2 * self.waiting.frameWidth()
                                     + self.waiting.verticalScrollBar().sizeHint().width() + 4)
        self.waiting.currentItemChanged.connect(self._picked)
        form.addRow(self.tr("&Waiting:"), self.waiting)
        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Station key"))
        self.key_edit.setPlaceholderText(self.tr("64 hexadecimal digits (node-id of that station)"))
        self.key_edit.textChanged.connect(self._check)
        form.addRow(self.tr("Station &key:"), self.key_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Station name"))
        self.name_edit.setMaxLength(64)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of the key"))
        form.addRow(self.tr("Fingerprint:"), self.fingerprint_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Admit"))
        ok.setAccessibleName(self.tr("Admit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._check("")

    @Slot(QListWidgetItem, QListWidgetItem)
    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(KEY_ROLE):
            self.key_edit.setText(str(item.data(KEY_ROLE)))
            self.name_edit.setText(str(item.data(NAME_ROLE) or ""))

    def station_key(self) -> bytes | None:
        """The typed or picked key, or None while it is not 32 bytes of hex."""
        try:
            key = bytes.fromhex(self.key_edit.text().strip())
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def station_name(self) -> str:
        return self.name_edit.text().strip()

    @Slot(str)
    def _check(self, _text: str) -> None:
        key = self.station_key()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(key is not None)
        if key is None:
            self.fingerprint_label.setText("–")
        else:
            self.fingerprint_label.setText(fingerprint(key))
