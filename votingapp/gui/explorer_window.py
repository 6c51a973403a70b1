"""The block explorer: blocks (height, time, sealing station, transactions), a block's transactions, and one
transaction's fields.  The chain holds nothing secret (public keys, signatures; an open election's choices),
so neither does this.  A secret election's ballot is shown as its tracking code and its size ("encrypted
ballot"): nothing in it reveals a choice; the key ceremony and the decryption shares as short summaries.
"""

from __future__ import annotations

import datetime
import json

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from votingapp.gui import fonts
from votingapp.gui.bridge import NodeBridge
from votingapp.gui.election_info import ElectionInfo
from votingapp.gui.refusals import refusal
from votingapp.gui.screen_fit import place_on_screen
from votingapp.node.events import ChainChanged
from votingapp.node.queries import EXPLORER_PAGE, BlockPage, BlockRow, TxDetail, TxSummary

REFRESH_MS = 700
DEFAULT_SIZE = QSize(1100, 720)  # cut to the screen when it is smaller


def _table(columns: list[str], name: str, stretch: int) -> QTableWidget:
    """Columns as wide as their contents but ``stretch``, which takes the rest and wraps: no row runs past
    the table's edge."""
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _time(ms: int) -> str:
    return datetime.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


class ExplorerWindow(QWidget):
    """Browse the best chain as this node holds it."""

    def __init__(self, bridge: NodeBridge, info: ElectionInfo, parent: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.info = info
        self.tip = 0
        self._oldest: int | None = None
        self._loading = False
        self._selected_height: int | None = None
        self._placed = False
        self.setWindowTitle(self.tr("Block explorer — {title}").format(title=info.title))
        self.setAccessibleName(self.tr("Block explorer"))
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(refresh_ms)
        self._throttle.timeout.connect(self.reload)
        bridge.block.connect(self._chain_changed)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Chain summary"))
        fonts.enlarge(self.summary, 1.2, bold=True)
        self.blocks = _table([self.tr("Height"), self.tr("Time"), self.tr("Sealed by"), self.tr("Transactions")],
                             self.tr("Blocks"), stretch=2)
        self.blocks.itemSelectionChanged.connect(self._block_selected)
        self.older_button = QPushButton(self.tr("&Older blocks"))
        self.older_button.setAccessibleName(self.tr("Load older blocks"))
        self.older_button.clicked.connect(self.load_older)
        self.txs = _table([self.tr("Transaction"), self.tr("Type"), self.tr("What")],
                          self.tr("Transactions of the block"), stretch=2)
        self.txs.itemSelectionChanged.connect(self._tx_selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Transaction detail"))
        self.detail.setFont(fonts.monospace(self))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Blocks, newest first")))
        left_layout.addWidget(self.blocks, 1)
        left_layout.addWidget(self.older_button)
        # The blocks across the top, a block's transactions and one transaction's fields below: each table
        # gets the window's width or half of it, enough for its columns at 200 % text too.
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.txs)
        below.addWidget(self.detail)
        below.setSizes([550, 450])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(below)
        splitter.setSizes([350, 350])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- blocks
    @Slot(object)
    def _chain_changed(self, _event: ChainChanged) -> None:
        if not self._throttle.isActive():
            self._throttle.start()

    @Slot()
    def reload(self) -> None:
        """Load the newest page of blocks again (a reorg may have replaced any of them)."""
        if self._loading:
            self._throttle.start()
            return
        self._request(None, replace=True)

    @Slot()
    def load_older(self) -> None:
        """Append the next page of older blocks."""
        if self._oldest is not None and self._oldest > 1 and not self._loading:
            self._request(self._oldest - 1, replace=False)

    def _request(self, top: int | None, replace: bool) -> None:
        self._loading = True
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.blocks(top, EXPLORER_PAGE))
        reply.finished.connect(self._show_page if replace else self._append_page)
        reply.failed.connect(self._load_failed)

    @Slot(object)
    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self.summary.setText(self.tr("The node did not answer: {error}").format(error=refusal(error)))

    @Slot(object)
    def _show_page(self, page: BlockPage) -> None:
        self._loading = False
        self.tip = page.tip
        keep = self._selected_height
        self.blocks.blockSignals(True)
        self.blocks.setRowCount(0)
        self.blocks.blockSignals(False)
        self._add_rows(page.rows)
        self.summary.setText(self.tr("{n} blocks on the best chain").format(n=self.tip))
        if keep is not None:
            self.select_height(keep)

    @Slot(object)
    def _append_page(self, page: BlockPage) -> None:
        self._loading = False
        self._add_rows(page.rows)

    def _add_rows(self, rows: tuple[BlockRow, ...]) -> None:
        for row in rows:
            at = self.blocks.rowCount()
            self.blocks.insertRow(at)
            values = [str(row.height), _time(row.time), row.miner, str(row.txs)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.height)
                if column in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.blocks.setItem(at, column, item)
            self._oldest = row.height
        self.older_button.setEnabled(self._oldest is not None and self._oldest > 1)

    def select_height(self, height: int) -> bool:
        """Select a block by height if it is listed."""
        for row in range(self.blocks.rowCount()):
            item = self.blocks.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == height:
                self.blocks.selectRow(row)
                return True
        return False

    # -- a block's transactions
    @Slot()
    def _block_selected(self) -> None:
        items = self.blocks.selectedItems()
        if not items:
            return
        height = int(items[0].data(Qt.ItemDataRole.UserRole))
        if height == self._selected_height and self.txs.rowCount():
            return
        self._selected_height = height
        node = self.bridge.node
        reply = self.bridge.request(lambda: node.block_transactions(height))
        reply.finished.connect(self._show_transactions)
        reply.failed.connect(self._load_failed)

    @Slot(object)
    def _show_transactions(self, txs: tuple[TxSummary, ...]) -> None:
        self.txs.setRowCount(0)
        self.detail.clear()
        for tx in txs:
            at = self.txs.rowCount()
            self.txs.insertRow(at)
            for column, value in enumerate((tx.txid[:16] + "…", tx.type, self.describe(tx))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, tx.txid)
                self.txs.setItem(at, column, item)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            place_on_screen(self, DEFAULT_SIZE)
        super().showEvent(event)

    def describe(self, tx: TxSummary | TxDetail) -> str:
        """One line for people about a transaction (public facts only)."""
        kind, facts = tx.type, tx.summary
        if kind == "vote":
            return self.tr("vote for “{choice}” by voter {voter}").format(**facts)
        if kind == "register":
            return self.tr("voter {voter} registered by {station}").format(**facts)
        if kind == "admit":
            return self.tr("station {name} ({station}) admitted").format(**facts)
        if kind == "close":
            return self.tr("election closed")
        if kind == "open":
            return self.tr("election opened")
        if kind == "ballot":
            return self.tr("encrypted ballot, tracking code {code}…").format(code=tx.txid[:16])
        if kind == "trustee_key":
            return self.tr("key ceremony: a trustee's encryption key")
        if kind == "dkg_deal":
            return self.tr("key ceremony: a trustee's commitments and encrypted shares")
        if kind == "dkg_ack":
            return self.tr("key ceremony: a trustee checked the shares it received")
        if kind == "dkg_complaint":
            return self.tr("key ceremony: {station} reports a bad share from trustee {dealer}").format(
                station=facts.get("station", "?"), dealer=facts.get("dealer", "?"))
        if kind == "decryption":
            return self.tr("decryption share from {station} (the sum up to block {upto}…)").format(
                station=facts.get("station", "?"), upto=facts.get("upto", "")[:16])
        return kind

    # -- one transaction
    @Slot()
    def _tx_selected(self) -> None:
        items = self.txs.selectedItems()
        if not items or self._selected_height is None:
            return
        txid = str(items[0].data(Qt.ItemDataRole.UserRole))
        height, node = self._selected_height, self.bridge.node
        reply = self.bridge.request(lambda: node.transaction_detail(height, txid))
        reply.finished.connect(self._show_detail)
        reply.failed.connect(self._load_failed)

    @Slot(object)
    def _show_detail(self, detail: TxDetail | None) -> None:
        if detail is None:
            self.detail.setPlainText(self.tr("This transaction is no longer on the best chain."))
            return
        lines = [
            self.tr("Transaction {txid}").format(txid=detail.txid),
            self.tr("In block {height} ({block})").format(height=detail.height, block=detail.block[:16]),
            self.describe(detail),
        ]
        if detail.type == "ballot":
            size = len(json.dumps(detail.fields, sort_keys=True, separators=(",", ":")).encode())
            lines.append(self.tr("Size: {size} bytes (the choice is encrypted: nothing here shows it)").format(
                size=size))
        lines += ["", json.dumps(detail.fields, indent=2, ensure_ascii=False)]
        self.detail.setPlainText("\n".join(lines))
