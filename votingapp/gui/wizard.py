"""First run: create an election (this station becomes its authority) or join one, from the LAN or a file.

The election is written to the data dir by :mod:`votingapp.election.setup` (the same code as
``election create``); joining from the LAN fetches the signed manifest from a station of that election.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from votingapp.core.errors import LedgerError
from votingapp.core.keys import fingerprint
from votingapp.core.manifest import DEFAULT_DIFFICULTY, MAX_DIFFICULTY, Genesis, Station
from votingapp.election.setup import ElectionSetupError, create_election, join_election, record_genesis
from votingapp.gui import fonts
from votingapp.gui.lan_browser import LanBrowser
from votingapp.gui.language_choice import LanguagePicker
from votingapp.gui.refusals import refusal
from votingapp.gui.screen_fit import grow_to_content, place_on_screen
from votingapp.gui.worker_thread import Job, StopRequested
from votingapp.node.lan import StationAdvert, fetch_election
from votingapp.store.datadir import DataDir

START, CREATE, JOIN_LAN, JOIN_FILE, SUMMARY = range(5)
KEY_ROLE = Qt.ItemDataRole.UserRole
FETCH_TIMEOUT = 5.0
DEFAULT_SIZE = QSize(800, 760)  # room for the secret ballot's settings; cut to a smaller screen


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    return label


def _help_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    return label


def _whole_rows(view: QListWidget) -> None:
    """At least as wide as its widest row, so that no row (a fingerprint to compare) is cut."""
    width = view.sizeHintForColumn(0) if view.count() else 0
    view.setMinimumWidth(width + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 4)


class _LineNumbers(QWidget):
    """The numbers beside the options editor: one option per line, and a long one cannot pose as two."""

    def __init__(self, editor: OptionsEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setPen(self.palette().placeholderText().color())
        block = self.editor.firstVisibleBlock()
        number = 0
        offset = self.editor.contentOffset()
        height = self.fontMetrics().height()
        lines = 0
        while block.isValid() and lines < 10_000:  # bounded: the editor holds a ballot's options
            lines += 1
            top = round(self.editor.blockBoundingGeometry(block).translated(offset).top())
            if top > event.rect().bottom():
                break
            if block.text().strip():
                number = self._number_of(block.blockNumber())
                painter.drawText(QRect(0, top, self.width() - 6, height),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{number}.")
            block = block.next()
        painter.end()

    def _number_of(self, block_number: int) -> int:
        """The option's number: empty lines are not options."""
        lines = self.editor.toPlainText().split("\n")[: block_number + 1]
        return sum(1 for line in lines if line.strip())


class OptionsEdit(QPlainTextEdit):
    """One option per line, numbered, never wrapped (a long option scrolls across instead of posing as two)."""

    def __init__(self) -> None:
        super().__init__()
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.numbers = _LineNumbers(self)
        self.blockCountChanged.connect(self._margin)
        self.updateRequest.connect(self._scrolled)
        self.textChanged.connect(self.numbers.update)
        self._margin()

    @Slot()
    def _margin(self) -> None:
        self.setViewportMargins(self.fontMetrics().horizontalAdvance("999.") + 10, 0, 0, 0)

    @Slot(QRect, int)
    def _scrolled(self, rect: QRect, dy: int) -> None:
        if dy:
            self.numbers.scroll(0, dy)
        else:
            self.numbers.update(0, rect.y(), self.numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        contents = self.contentsRect()
        self.numbers.setGeometry(QRect(contents.left(), contents.top(), self.viewportMargins().left(),
                                       contents.height()))


class StartPage(QWizardPage):
    """This station's name and fingerprint; create or join."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Set up this polling station"))
        self.setAccessibleName(self.title())
        self.name_edit = QLineEdit(wizard.data_dir.station_name())
        self.name_edit.setAccessibleName(self.tr("Name of this station"))
        self.name_edit.setMaxLength(64)
        self.registerField("name*", self.name_edit)
        self.name_edit.textChanged.connect(self.completeChanged)
        key_label = QLabel(self.tr("This station's fingerprint: <b>{fp}</b>").format(fp=wizard.station_fingerprint))
        key_label.setAccessibleName(self.tr("This station's fingerprint"))
        fonts.enlarge(key_label, 1.3)
        self.create_choice = QRadioButton(self.tr("&Create a new election (this station becomes its authority)"))
        self.create_choice.setAccessibleName(self.tr("Create a new election"))
        self.join_lan_choice = QRadioButton(self.tr("&Join an election on this network"))
        self.join_lan_choice.setAccessibleName(self.tr("Join an election on this network"))
        self.join_file_choice = QRadioButton(self.tr("Join with a &manifest file"))
        self.join_file_choice.setAccessibleName(self.tr("Join with a manifest file"))
        group = QButtonGroup(self)
        for button in (self.create_choice, self.join_lan_choice, self.join_file_choice):
            group.addButton(button)
        self.create_choice.setChecked(True)
        self.reason = _error_label()
        self.reason.setAccessibleName(self.tr("Why Next is not available"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), LanguagePicker(wizard.data_dir))  # switches the wizard at once
        form.addRow(self.tr("Sta&tion name:"), self.name_edit)
        form.addRow(key_label)
        for button in (self.create_choice, self.join_lan_choice, self.join_file_choice):
            form.addRow(button)
        form.addRow(self.reason)

    def isComplete(self) -> bool:
        # Not Qt's default: it wants a mandatory field changed from its initial value, and the name is prefilled.
        complete = bool(self.name_edit.text().strip())
        self.reason.setText("" if complete else self.tr("Enter a name for this station to go on."))
        return complete

    def nextId(self) -> int:
        if self.create_choice.isChecked():
            return CREATE
        return JOIN_LAN if self.join_lan_choice.isChecked() else JOIN_FILE


class CreatePage(QWizardPage):
    """Title, options, stations, kind of election (secret: trustees and threshold), results mode; difficulty
    under "advanced"."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.data_dir = wizard.data_dir  # not the wizard: no reference cycle of Qt wrappers
        self.setTitle(self.tr("Create an election"))
        self.setAccessibleName(self.title())
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Election title"))
        self.title_edit.setMaxLength(200)
        self.options_edit = OptionsEdit()
        self.options_edit.setAccessibleName(self.tr("Options, one per line"))
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setPlaceholderText(self.tr("One option per line (at least two)"))
        self.options_edit.setMaximumHeight(8 * self.fontMetrics().height())
        self.options_edit.textChanged.connect(self.completeChanged)
        self.title_edit.textChanged.connect(self.completeChanged)
        self.stations = QListWidget()
        self.stations.setAccessibleName(self.tr("Stations that take part"))
        self.stations.setMaximumHeight(150)
        me = QListWidgetItem(self.tr("This station ({fp})").format(fp=wizard.station_fingerprint))
        me.setFlags(Qt.ItemFlag.ItemIsEnabled)
        me.setCheckState(Qt.CheckState.Checked)
        me.setData(KEY_ROLE, wizard.data_dir.station_key().public.hex())
        self.stations.addItem(me)
        self._this_station = me.text()
        self.live = QRadioButton(self.tr("Show results &live"))
        self.live.setAccessibleName(self.tr("Show results live"))
        self.after_close = QRadioButton(self.tr("Show results only &after the close"))
        self.after_close.setAccessibleName(self.tr("Show results only after the close"))
        self.live.setChecked(True)
        self.advanced = QCheckBox(self.tr("Ad&vanced settings"))
        self.advanced.setAccessibleName(self.tr("Show advanced settings"))
        self.advanced_box = QGroupBox(self.tr("Advanced"))
        self.advanced_box.setAccessibleName(self.tr("Advanced settings"))
        self.difficulty = QSpinBox()
        self.difficulty.setRange(0, MAX_DIFFICULTY)
        self.difficulty.setValue(DEFAULT_DIFFICULTY)
        self.difficulty.setAccessibleName(self.tr("Proof-of-work difficulty in bits"))
        advanced_form = QFormLayout(self.advanced_box)
        advanced_form.addRow(self.tr("&Difficulty (bits):"), self.difficulty)
        self.advanced_box.setVisible(False)
        self.advanced.toggled.connect(self.advanced_box.setVisible)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Problem with the election"))
        results = QHBoxLayout()
        results.addWidget(self.live)
        results.addWidget(self.after_close)
        self.results_row = QWidget()
        self.results_row.setLayout(results)
        inner = QWidget()  # scrolls on a small screen: the secret ballot's settings make the page tall
        form = QFormLayout(inner)
        self._form = form
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(scroll)
        self.scroll_area = scroll
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Options:"), self.options_edit)
        form.addRow(self.tr("&Stations:"), self.stations)
        form.addRow(self.tr("Kind of election:"), self._build_kind())
        form.addRow(self.secret_box)
        form.addRow(self.tr("Results:"), self.results_row)
        form.addRow(self.advanced)
        form.addRow(self.advanced_box)
        form.addRow(self.error)
        self.stations.itemChanged.connect(self._stations_changed)
        self._stations_changed()
        self._kind_changed()
        if wizard.lan is not None:
            wizard.lan.found.connect(self._station_found)
            for advert in wizard.lan.waiting_stations():
                self._station_found(advert)

    @Slot(object)
    def _station_found(self, advert: StationAdvert) -> None:
        if advert.election_id is not None:
            return
        key = advert.station_key.hex()
        for row in range(self.stations.count()):
            if self.stations.item(row).data(KEY_ROLE) == key:
                return
        item = QListWidgetItem(f"{advert.station_name} ({fingerprint(advert.station_key)})")
        item.setData(KEY_ROLE, key)
        item.setData(KEY_ROLE + 1, advert.station_name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.stations.addItem(item)

    def _build_kind(self) -> QWidget:
        """Secret ballot (the default) or open, each in one sentence; a secret ballot's trustees and threshold."""
        self.secret = QRadioButton(self.tr("Se&cret ballot (recommended)"))
        self.secret.setAccessibleName(self.tr("Secret ballot (recommended)"))
        self.open_poll = QRadioButton(self.tr("O&pen (informal polls: votes and live results are public)"))
        self.open_poll.setAccessibleName(self.tr("Open election: votes and live results are public"))
        secret_help = _help_label(self.tr(
            "Every ballot is encrypted; only the total is ever decrypted, by the trustee stations together."),
            self.tr("About the secret ballot"))
        open_help = _help_label(self.tr(
            "Every vote is stored in plain text on every station: anyone with the record sees each vote."),
            self.tr("About the open election"))
        group = QButtonGroup(self)
        group.addButton(self.secret)
        group.addButton(self.open_poll)
        self.secret.setChecked(True)
        self.secret.toggled.connect(self._kind_changed)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.secret, secret_help, self.open_poll, open_help):
            column.addWidget(widget)

        self.secret_box = QGroupBox(self.tr("Secret ballot"))
        self.secret_box.setAccessibleName(self.tr("Secret ballot: trustees and threshold"))
        self.trustees = QListWidget()
        self.trustees.setAccessibleName(self.tr("Trustee stations"))
        self.trustees.setMinimumHeight(70)
        self.trustees.setMaximumHeight(110)
        self.trustees.itemChanged.connect(self._trustees_changed)
        trustees_help = _help_label(self.tr(
            "Trustee stations hold a share of the election key: together they decrypt the result, and no single "
            "laptop can read a ballot."), self.tr("About the trustees"))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 1)
        self.threshold.setAccessibleName(self.tr("Trustee stations needed to decrypt the result"))
        self.threshold_help = _help_label("", self.tr("About the threshold"))
        self.single_trustee = _error_label()
        self.single_trustee.setAccessibleName(self.tr("Warning about a single trustee"))
        self.single_trustee.setText(self.tr(
            "Warning: with one trustee station, this laptop alone could read single ballots. Add trustee stations "
            "for a secret ballot that no single laptop can open."))
        box_form = QFormLayout(self.secret_box)
        box_form.addRow(self.tr("T&rustees:"), self.trustees)
        box_form.addRow(trustees_help)
        box_form.addRow(self.tr("Thres&hold k:"), self.threshold)
        box_form.addRow(self.threshold_help)
        box_form.addRow(self.single_trustee)
        self.threshold.valueChanged.connect(self._explain_threshold)
        self.secret.toggled.connect(self.completeChanged)
        return holder

    @Slot()
    def _kind_changed(self) -> None:
        secret = self.secret.isChecked()
        self.secret_box.setVisible(secret)
        # A secret ballot's result exists only once the trustees decrypt it, after the close.
        self._form.setRowVisible(self.results_row, not secret)

    @Slot()
    def _stations_changed(self) -> None:
        """The trustee list follows the stations taking part (ticked by default, as before for those listed)."""
        ticked = {self.trustees.item(row).data(KEY_ROLE): self.trustees.item(row).checkState()
                  for row in range(self.trustees.count())}
        self.trustees.blockSignals(True)
        self.trustees.clear()
        for row in range(self.stations.count()):
            station = self.stations.item(row)
            if station.checkState() != Qt.CheckState.Checked:
                continue
            key = station.data(KEY_ROLE)
            item = QListWidgetItem(station.text())
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(ticked.get(key, Qt.CheckState.Checked))
            self.trustees.addItem(item)
        self.trustees.blockSignals(False)
        self._trustees_changed()

    @Slot()
    def _trustees_changed(self) -> None:
        self.completeChanged.emit()
        n = max(1, len(self.trustee_keys()))
        self.threshold.setRange(min(2, n), n)  # 1 of several would let each trustee alone read ballots
        self.threshold.setValue(n // 2 + 1)  # the default: a majority of the trustees
        self._explain_threshold()

    @Slot()
    def _explain_threshold(self) -> None:
        n = len(self.trustee_keys())
        if n > 1:
            self.threshold_help.setText(self.tr(
                "{k} of the {n} trustee stations must be up after the close to decrypt the result; no single "
                "laptop can read a ballot.").format(k=self.threshold.value(), n=n))
        else:
            self.threshold_help.setText(self.tr("The trustee station must be up after the close to decrypt the "
                                                "result."))
        self.single_trustee.setVisible(n == 1)

    def trustee_keys(self) -> list[bytes]:
        """The station keys ticked as trustees, in the list's order."""
        out = []
        for row in range(self.trustees.count()):
            item = self.trustees.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(bytes.fromhex(str(item.data(KEY_ROLE))))
        return out

    def ballot_kind(self) -> str:
        return "secret" if self.secret.isChecked() else "open"

    def options(self) -> list[str]:
        return [line.strip() for line in self.options_edit.toPlainText().splitlines() if line.strip()]

    def other_stations(self) -> list[Station]:
        out = []
        for row in range(1, self.stations.count()):
            item = self.stations.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(Station(bytes.fromhex(item.data(KEY_ROLE)), str(item.data(KEY_ROLE + 1))))
        return out

    def results_mode(self) -> str:
        return "after_close" if self.after_close.isChecked() else "live"

    def missing(self) -> str:
        """Why the election cannot be made yet (shown under the form while Next is greyed), or ""."""
        options = self.options()
        if not self.title_edit.text().strip():
            return self.tr("Enter the election's title to go on.")
        if len(options) < 2:
            return self.tr("Enter at least two options, one per line, to go on.")
        if len(set(options)) != len(options):
            return self.tr("An option is listed twice: each line must be a different option.")
        if self.ballot_kind() == "secret" and not self.trustee_keys():
            return self.tr("Tick at least one trustee station (this station, at least).")
        return ""

    def isComplete(self) -> bool:
        reason = self.missing()
        self.error.setText(reason)
        return not reason

    def validatePage(self) -> bool:
        return self.isComplete()

    def create_election(self) -> None:
        """Write the election to the data dir (irreversible; the summary page's Finish)."""
        secret = self.ballot_kind() == "secret"
        create_election(self.data_dir, self.title_edit.text().strip(), self.options(),
                        self.other_stations(), self.difficulty.value(),
                        "after_close" if secret else self.results_mode(),
                        name=self.field("name").strip(), ballot=self.ballot_kind(),
                        trustees=self.trustee_keys() if secret else None,
                        threshold=self.threshold.value() if secret else None)

    def nextId(self) -> int:
        return SUMMARY


class SummaryPage(QWizardPage):
    """Everything the election will be, before Finish makes it: it cannot be changed afterwards."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.create_page = wizard.create_page
        self.fingerprint = wizard.station_fingerprint
        self.setTitle(self.tr("Check the election before creating it"))
        self.setAccessibleName(self.title())
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the election"))
        warning = _help_label(self.tr(
            "Creating the election is final: its title, options and stations cannot be changed afterwards. Go "
            "Back to change anything."), self.tr("Creating is final"))
        fonts.enlarge(warning, 1.1, bold=True)
        self.details = QWidget()
        self.grid = QGridLayout(self.details)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Problem with the election"))
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(warning)
        column.addWidget(self.details)
        column.addWidget(self.error)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.scroll_area = scroll

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.error.clear()
        page = self.create_page
        row = 0

        def add(heading: str, value: str, number: str = "") -> None:
            nonlocal row
            if heading:
                name = QLabel(heading)
                name.setAlignment(Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(name, row, 0)
            if number:
                digits = QLabel(number)
                digits.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(digits, row, 1)
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setAccessibleName(heading or number)
            self.grid.addWidget(text, row, 2)
            row += 1

        add(self.tr("Title:"), page.title_edit.text().strip())
        for i, option in enumerate(page.options(), 1):
            add(self.tr("Options:") if i == 1 else "", option, f"{i}.")
        stations = [page.stations.item(r).text() for r in range(1, page.stations.count())
                    if page.stations.item(r).checkState() == Qt.CheckState.Checked]
        stations.insert(0, self.tr("{name} ({fp}) — this station, the election authority").format(
            name=self.field("name").strip(), fp=self.fingerprint))
        add(self.tr("Stations:"), "\n".join(stations))
        if page.ballot_kind() == "secret":
            trustees = len(page.trustee_keys())
            add(self.tr("Kind:"), self.tr("secret ballot; {k} of {n} trustee stations decrypt the result after the "
                                          "close").format(k=page.threshold.value(), n=trustees))
        else:
            add(self.tr("Kind:"), self.tr("open: votes are public; results {mode}").format(
                mode=self.tr("live") if page.results_mode() == "live" else self.tr("only after the close")))
        add(self.tr("Difficulty:"), self.tr("{bits} bits").format(bits=page.difficulty.value()))

    def validatePage(self) -> bool:
        try:
            self.create_page.create_election()
        except (ElectionSetupError, LedgerError, OSError) as exc:
            self.error.setText(refusal(exc))
            return False
        return True

    def nextId(self) -> int:
        return -1


class JoinLanPage(QWizardPage):
    """Elections seen on the LAN: title and fingerprint to compare with the authority's screen."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.data_dir = wizard.data_dir  # not the wizard: no reference cycle of Qt wrappers
        self.setTitle(self.tr("Join an election on this network"))
        self.setAccessibleName(self.title())
        self._joined = False
        self._job: Job | None = None
        self.elections = QListWidget()
        self.elections.setAccessibleName(self.tr("Elections on this network"))
        self.elections.currentItemChanged.connect(self.completeChanged)
        mine = QLabel(self.tr("Show this station's fingerprint to the election authority so that it admits this "
                              "station: <b>{fp}</b>").format(fp=wizard.station_fingerprint))
        mine.setAccessibleName(self.tr("This station's fingerprint"))
        mine.setWordWrap(True)
        fonts.enlarge(mine, 1.2)
        hint = QLabel(self.tr("Compare the election's fingerprint with the one on the authority's screen."))
        hint.setAccessibleName(self.tr("Hint"))
        hint.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Joining"))
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Problem joining"))
        self.reason = _error_label()
        self.reason.setAccessibleName(self.tr("Why Next is not available"))
        layout = QVBoxLayout(self)
        for widget in (hint, self.elections, mine, self.progress, self.error, self.reason):
            layout.addWidget(widget)
        if wizard.lan is not None:
            wizard.lan.found.connect(self.add_election)
            for advert in wizard.lan.elections():
                self.add_election(advert)
        else:
            self.elections.addItem(self.tr("(discovery is off: join with a manifest file)"))

    @Slot(object)
    def add_election(self, advert: StationAdvert) -> None:
        """Show an election seen on the LAN (once per election)."""
        if advert.election_id is None:
            return
        for row in range(self.elections.count()):
            known = self.elections.item(row).data(KEY_ROLE)
            if isinstance(known, StationAdvert) and known.election_id == advert.election_id:
                return
        # The fingerprint on a line of its own: whole, to compare with the authority's screen.
        item = QListWidgetItem(self.tr("{title}\nElection fingerprint: {fp}\nSeen via {station}").format(
            title=advert.title or "?", fp=fingerprint(advert.election_id), station=advert.station_name))
        item.setData(KEY_ROLE, advert)
        self.elections.addItem(item)
        _whole_rows(self.elections)

    def chosen(self) -> StationAdvert | None:
        item = self.elections.currentItem()
        advert = item.data(KEY_ROLE) if item is not None else None
        return advert if isinstance(advert, StationAdvert) else None

    def isComplete(self) -> bool:
        if self._job is not None:
            self.reason.setText(self.tr("Wait: fetching the election."))
        elif self.chosen() is None:
            self.reason.setText(self.tr("Pick the election in the list to go on (none seen yet: wait a moment, or go "
                                        "Back and join with a manifest file)."))
        else:
            self.reason.clear()
        return self.chosen() is not None and self._job is None

    def validatePage(self) -> bool:
        if self._joined:
            return True
        advert = self.chosen()
        if advert is None or self._job is not None:
            return False
        assert advert.election_id is not None
        election_id, host, port = advert.election_id, advert.addresses[0], advert.port

        def fetch(_stop: StopRequested) -> Genesis:
            return fetch_election(host, port, election_id, FETCH_TIMEOUT)

        self.error.clear()
        self.progress.setText(self.tr("Fetching the election from {station}…").format(station=advert.station_name))
        job = Job(fetch, "votingapp-fetch-genesis")
        job.succeeded.connect(self._fetched)
        job.failed.connect(self._fetch_failed)
        self._job = job
        self.completeChanged.emit()
        job.start_job()
        return False

    @Slot(object)
    def _fetched(self, genesis: Genesis) -> None:
        self._job = None
        try:
            record_genesis(self.data_dir, genesis, self.field("name").strip())
        except (LedgerError, OSError) as exc:
            self._fetch_failed(exc)
            return
        self._joined = True
        self.progress.setText(self.tr("Joined “{title}”.").format(title=genesis.manifest.title))
        self.wizard().accept()

    @Slot(object)
    def _fetch_failed(self, error: BaseException) -> None:
        self._job = None
        self.progress.clear()
        self.error.setText(self.tr("Could not join: {error}").format(error=refusal(error)))
        self.completeChanged.emit()

    def nextId(self) -> int:
        return -1


class JoinFilePage(QWizardPage):
    """Join with the manifest file the authority exported."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.data_dir = wizard.data_dir  # not the wizard: no reference cycle of Qt wrappers
        self.setTitle(self.tr("Join with a manifest file"))
        self.setAccessibleName(self.title())
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Manifest file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Choose the manifest file"))
        browse.clicked.connect(self._browse)
        mine = QLabel(self.tr("This station's fingerprint, for the authority to admit it: <b>{fp}</b>").format(
            fp=wizard.station_fingerprint))
        mine.setAccessibleName(self.tr("This station's fingerprint"))
        mine.setWordWrap(True)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Problem joining"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        self.reason = _error_label()
        self.reason.setAccessibleName(self.tr("Why Finish is not available"))
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), holder)
        form.addRow(mine)
        form.addRow(self.error)
        form.addRow(self.reason)

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Election manifest"), str(Path.home()),
                                              self.tr("Election manifests (*.json);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        complete = bool(self.path_edit.text().strip())
        self.reason.setText("" if complete else self.tr("Choose the manifest file the authority exported to go on."))
        return complete

    def validatePage(self) -> bool:
        data_dir = self.data_dir
        try:
            genesis = join_election(data_dir, Path(self.path_edit.text().strip()))
            record_genesis(data_dir, genesis, self.field("name").strip())
        except (ElectionSetupError, LedgerError, OSError) as exc:
            self.error.setText(refusal(exc))
            return False
        return True

    def nextId(self) -> int:
        return -1


class SetupWizard(QWizard):
    """The first-run wizard; accepted once the data dir holds an election."""

    def __init__(self, data_dir: DataDir, lan: LanBrowser | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lan = lan
        self.station_fingerprint = fingerprint(data_dir.station_key().public)
        self.setWindowTitle(self.tr("New polling station"))
        self.setAccessibleName(self.tr("Setup"))
        self.start_page = StartPage(self)
        self.create_page = CreatePage(self)
        self.join_lan_page = JoinLanPage(self)
        self.join_file_page = JoinFilePage(self)
        self.setPage(START, self.start_page)
        self.setPage(CREATE, self.create_page)
        self.setPage(JOIN_LAN, self.join_lan_page)
        self.setPage(JOIN_FILE, self.join_file_page)
        self.summary_page = SummaryPage(self)
        self.setPage(SUMMARY, self.summary_page)
        self._placed = False
        place_on_screen(self, DEFAULT_SIZE)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))
        self.finished.connect(self._stop_lan)
        # A page that scrolls gets the room the screen has (the secret ballot's settings make it tall).
        self._fit_soon = QTimer(self)
        self._fit_soon.setSingleShot(True)
        self._fit_soon.setInterval(0)
        self._fit_soon.timeout.connect(self._fit_page)
        self.currentIdChanged.connect(self._fit_soon.start)
        for signal in (self.create_page.completeChanged, self.create_page.secret.toggled,
                       self.create_page.advanced.toggled, self.create_page.stations.itemChanged):
            signal.connect(self._fit_soon.start)
        if lan is not None:
            lan.start()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            place_on_screen(self, DEFAULT_SIZE)
        super().showEvent(event)

    @Slot()
    def _fit_page(self) -> None:
        area = getattr(self.currentPage(), "scroll_area", None)
        if isinstance(area, QScrollArea):
            grow_to_content(self, area)

    @Slot(int)
    def _stop_lan(self, _result: int) -> None:
        if self.lan is not None:
            self.lan.close()
            self.lan = None
