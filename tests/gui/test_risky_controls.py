"""Risky controls ask first and default to the safe answer; the wizard says why Next is greyed, numbers the
options and shows a summary before the irreversible Finish (issue 11, items 8 and 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QWizard

from tests.gui.conftest import info_of
from votingapp.election.setup import existing_election
from votingapp.gui.main_window import MainWindow
from votingapp.gui.wizard import SetupWizard
from votingapp.store.datadir import DataDir


def test_the_close_question_defaults_to_cancel_and_return_closes_nothing(qtbot, authority, monkeypatch):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    box = window.close_question()
    qtbot.addWidget(box)
    default = box.defaultButton()
    assert default is not None and box.buttonRole(default) == QMessageBox.ButtonRole.RejectRole
    assert box.buttonRole(box.escapeButton()) == QMessageBox.ButtonRole.RejectRole
    box.open()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.RejectRole
    closes = []
    monkeypatch.setattr(window, "close_election", lambda: closes.append(1))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.defaultButton().click())  # Return
    window.ask_close()
    assert closes == []
    window.close()


def test_the_stop_question_defaults_to_cancel(qtbot, authority):
    window = MainWindow(authority, info_of(authority))
    qtbot.addWidget(window)
    box = window.quit_question()
    qtbot.addWidget(box)
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    window.close()  # not spontaneous (the app's own shutdown): no question


def test_the_first_page_goes_on_with_the_prefilled_name_and_says_why_not_without_one(qtbot, tmp_path):
    wizard = SetupWizard(DataDir(tmp_path / "new"))
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.start_page.name_edit.text()  # prefilled
    assert next_button.isEnabled()
    assert not wizard.start_page.reason.text()
    wizard.start_page.name_edit.clear()
    assert not next_button.isEnabled()
    assert "name" in wizard.start_page.reason.text()


def test_the_create_page_says_what_is_missing_and_the_summary_numbers_each_option(qtbot, tmp_path):
    data_dir = DataDir(tmp_path / "new")
    wizard = SetupWizard(data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.create_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled() and "title" in page.error.text()
    page.title_edit.setText("Budget vote")
    page.options_edit.setPlainText("Repairs to the old swimming pool on Mill Road and the footbridge")
    assert not next_button.isEnabled() and "two options" in page.error.text()
    assert page.options_edit.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap  # a long option never wraps
    page.options_edit.setPlainText("Repairs to the old swimming pool on Mill Road and the footbridge\n\nBike lanes")
    assert next_button.isEnabled() and not page.error.text()
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert existing_election(data_dir) is None  # nothing written before Finish
    texts = [label.text() for label in wizard.summary_page.details.findChildren(QLabel)]
    assert "1." in texts and "2." in texts and "3." not in texts
    assert "Bike lanes" in texts
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert "Create the election" in finish.text().replace("&", "")
    finish.click()
    assert existing_election(data_dir).manifest.options == (
        "Repairs to the old swimming pool on Mill Road and the footbridge", "Bike lanes")
