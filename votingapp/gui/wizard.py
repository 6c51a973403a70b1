"""First run: create an election (this station becomes its authority) or join one, from the LAN or a file.

The election is written to the data dir by :mod:`votingapp.election.setup` (the same code as
``election create``); joining from the LAN fetches the signed manifest from a station of that election.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
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
from votingapp.gui.worker_thread import Job, StopRequested
from votingapp.node.lan import StationAdvert, fetch_election
from votingapp.store.datadir import DataDir

START, CREATE, JOIN_LAN, JOIN_FILE = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
FETCH_TIMEOUT = 5.0


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    return label


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
        form = QFormLayout(self)
        form.addRow(self.tr("Station &name:"), self.name_edit)
        form.addRow(key_label)
        for button in (self.create_choice, self.join_lan_choice, self.join_file_choice):
            form.addRow(button)

    def nextId(self) -> int:
        if self.create_choice.isChecked():
            return CREATE
        return JOIN_LAN if self.join_lan_choice.isChecked() else JOIN_FILE


class CreatePage(QWizardPage):
    """Title, options, stations, results mode; difficulty under "advanced"."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.data_dir = wizard.data_dir  # not the wizard: no reference cycle of Qt wrappers
        self.setTitle(self.tr("Create an election"))
        self.setAccessibleName(self.title())
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Election title"))
        self.title_edit.setMaxLength(200)
        self.options_edit = QPlainTextEdit()
        self.options_edit.setAccessibleName(self.tr("Options, one per line"))
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setPlaceholderText(self.tr("One option per line (at least two)"))
        self.stations = QListWidget()
        self.stations.setAccessibleName(self.tr("Stations that take part"))
        me = QListWidgetItem(self.tr("This station ({fp})").format(fp=wizard.station_fingerprint))
        me.setFlags(Qt.ItemFlag.ItemIsEnabled)
        me.setCheckState(Qt.CheckState.Checked)
        self.stations.addItem(me)
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
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Options:"), self.options_edit)
        form.addRow(self.tr("&Stations:"), self.stations)
        form.addRow(self.tr("Results:"), results)
        form.addRow(self.advanced)
        form.addRow(self.advanced_box)
        form.addRow(self.error)
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

    def validatePage(self) -> bool:
        try:
            create_election(self.data_dir, self.title_edit.text().strip(), self.options(),
                            self.other_stations(), self.difficulty.value(), self.results_mode(),
                            name=self.field("name").strip())
        except (ElectionSetupError, LedgerError, OSError) as exc:
            self.error.setText(str(exc))
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
        layout = QVBoxLayout(self)
        for widget in (hint, self.elections, mine, self.progress, self.error):
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
        item = QListWidgetItem(self.tr("{title} — election {fp} — via {station}").format(
            title=advert.title or "?", fp=fingerprint(advert.election_id), station=advert.station_name))
        item.setData(KEY_ROLE, advert)
        self.elections.addItem(item)

    def chosen(self) -> StationAdvert | None:
        item = self.elections.currentItem()
        advert = item.data(KEY_ROLE) if item is not None else None
        return advert if isinstance(advert, StationAdvert) else None

    def isComplete(self) -> bool:
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
        self.error.setText(self.tr("Could not join: {error}").format(error=error))
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
        browse = QPushButton(self.tr("&Browse…"))
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
        form = QFormLayout(self)
        form.addRow(self.tr("&File:"), holder)
        form.addRow(mine)
        form.addRow(self.error)

    @Slot()
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Election manifest"), str(Path.home()),
                                              self.tr("Election manifests (*.json);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        data_dir = self.data_dir
        try:
            genesis = join_election(data_dir, Path(self.path_edit.text().strip()))
            record_genesis(data_dir, genesis, self.field("name").strip())
        except (ElectionSetupError, LedgerError, OSError) as exc:
            self.error.setText(str(exc))
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
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", "").strip(" <>"))
        self.finished.connect(self._stop_lan)
        if lan is not None:
            lan.start()

    @Slot(int)
    def _stop_lan(self, _result: int) -> None:
        if self.lan is not None:
            self.lan.close()
            self.lan = None
