"""Retranslating windows that built their text once, when the app switches language.

A window that sets its labels, buttons and accessible names in ``__init__`` would keep the old language after
``use_language``. Instead of each window keeping a copy of every text in a ``retranslate()`` method, this
module looks each text a widget shows up in the old language's catalog (the compiled ``.qm``, which holds
context, source and translation) and puts the new language's translation in its place. Texts formatted with
values (``"Results — {title}"``) are matched as patterns: the values are kept, only the words change.

Texts the election defines (its title, options, station names) are never touched, even when they happen to
equal a word of the app; neither is any text that is not in the catalog (what the windows refresh by
themselves is drawn in the new language anyway). A window that retranslates itself on LanguageChange
(the booth's pages) is not disturbed: its own texts are then already in the new language.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from votingapp.store.qm import Catalog, fill

WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton)
MAX_WIDGETS = 20_000  # per switch: the app's windows hold a few hundred


class Retranslator:
    """Turns texts from ``old`` into ``new`` for the widgets of some windows, leaving ``keep`` alone."""

    def __init__(self, old: Catalog, new: Catalog, keep: Iterable[str] = ()) -> None:
        self.old = old
        self.new = new
        self.keep = {text for text in keep if text}

    def text(self, text: str, contexts: frozenset[str], shown: bool = True) -> str:
        """``text`` in the new language, or unchanged when it is not the old language's.

        ``shown``: the text is what a label, button or title displays, where the election's names appear (an
        accessible name, a tooltip or a placeholder is the app's own words).
        """
        if not text or (shown and text in self.keep):
            return text
        found = self._exact(text, contexts)
        if found is not None:
            return found
        if text.endswith(":") and not (shown and text[:-1] in self.keep):  # a form's label: tr("Blocks") + ":"
            found = self._exact(text[:-1], contexts)
            if found is not None:
                return found + ":"
        for pattern, context, source in self.old.patterns:
            if context not in contexts and context != "Refusal":
                continue
            match = pattern.match(text)
            if match:
                values = {name: self._exact(value, contexts, inner=True) or value
                          for name, value in match.groupdict().items()}
                return fill(self.new.say(context, source), values)
        return text

    def _exact(self, text: str, contexts: frozenset[str], inner: bool = False) -> str | None:
        keys = self.old.shown.get(text)
        if not keys or (inner and text in self.keep):  # a value in a sentence may be an election's name
            return None
        near = [key for key in keys if key[0] in contexts]
        if len(near) > 1:
            # One translation of two sources ("Election authority", "election authority"): a value inside a
            # sentence is the lower-case one, a text of its own the capitalised one.
            near.sort(key=lambda key: key[1][:1].islower() != inner)
        # A text of another window's context is taken only when it cannot be a lone word of the election.
        chosen = near[0] if near else (keys[0] if " " in text.strip() else None)
        return None if chosen is None else self.new.say(*chosen)

    def windows(self, windows: Iterable[QWidget]) -> int:
        """Retranslate these windows and every widget in them; how many texts changed."""
        changed = 0
        seen = 0
        for window in windows:
            for widget in (window, *window.findChildren(QWidget)):
                seen += 1
                if seen > MAX_WIDGETS:
                    return changed
                changed += self.widget(widget)
            for wizard in (window, *window.findChildren(QWizard)):
                if isinstance(wizard, QWizard):
                    _wizard_buttons(wizard)
        return changed

    def widget(self, widget: QWidget) -> int:
        contexts = _contexts(widget)
        changed = 0

        def swap(getter: object, setter: object, *args: object, shown: bool = True) -> None:
            nonlocal changed
            old = getter(*args)  # type: ignore[operator]
            if isinstance(old, str):
                new = self.text(old, contexts, shown)
                if new != old:
                    setter(*args, new)  # type: ignore[operator]
                    changed += 1

        swap(widget.windowTitle, widget.setWindowTitle)
        swap(widget.accessibleName, widget.setAccessibleName, shown=False)
        swap(widget.accessibleDescription, widget.setAccessibleDescription, shown=False)
        swap(widget.toolTip, widget.setToolTip, shown=False)
        swap(widget.statusTip, widget.setStatusTip, shown=False)
        if isinstance(widget, (QLabel, QAbstractButton)):
            swap(widget.text, widget.setText)
        if isinstance(widget, QGroupBox):
            swap(widget.title, widget.setTitle)
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            swap(widget.placeholderText, widget.setPlaceholderText, shown=False)
        if isinstance(widget, QMenu):
            swap(widget.title, widget.setTitle)
        if isinstance(widget, QWizardPage):
            swap(widget.title, widget.setTitle)
            swap(widget.subTitle, widget.setSubTitle)
            for which in WIZARD_BUTTONS:  # a page's own button texts ("Create the election")
                swap(widget.buttonText, widget.setButtonText, which)
        if isinstance(widget, QListWidget):
            for row in range(min(widget.count(), 1000)):
                item = widget.item(row)
                swap(item.text, item.setText)
                swap(item.toolTip, item.setToolTip)
        if isinstance(widget, QTableWidget):
            for column in range(min(widget.columnCount(), 100)):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    swap(header.text, header.setText)
        for action in widget.actions():
            if isinstance(action, QAction):
                swap(action.text, action.setText)
                swap(action.toolTip, action.setToolTip)
                swap(action.statusTip, action.setStatusTip)
        return changed


def _wizard_buttons(wizard: QWizard) -> None:
    """QWizard words its buttons (Qt's own translation) when a page is shown, not on LanguageChange: now."""
    page = wizard.currentPage()
    for which in WIZARD_BUTTONS:
        button = wizard.button(which)
        text = page.buttonText(which) if page is not None else wizard.buttonText(which)
        if button is not None and button.text() != text:
            if button.accessibleName() == _plain(button.text()):  # named after its text (wizard.py)
                button.setAccessibleName(_plain(text))
            button.setText(text)


def _plain(text: str) -> str:
    return text.replace("&", "").strip(" <>")


def _contexts(widget: QObject) -> frozenset[str]:
    """The translation contexts a widget's texts come from: the class names of it and its parents."""
    names: set[str] = set()
    current: QObject | None = widget
    depth = 0
    while current is not None and depth < 64:
        names.update(cls.__name__ for cls in type(current).__mro__)
        current = current.parent()
        depth += 1
    return frozenset(names)
