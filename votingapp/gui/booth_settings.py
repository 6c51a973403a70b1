"""The voter's settings on every booth page: text size and contrast, by mouse (the buttons) and keyboard
(Tab to them, or Ctrl++ / Ctrl+- for the size and Ctrl+K for the next contrast). They belong to one voter's
flow and so reset with it.  Each contrast button is a sample ("Aa" in that scheme's colours), so that the row
stays short in every language; its name says what it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from votingapp.gui.booth_style import SCHEMES, TEXT_SIZES, Scheme, set_font_factor

SIZE_SAMPLE = (1.0, 1.15, 1.3, 1.45)  # the "A" of each size button, relative to the bar's text
BAR_FACTOR = 1.05
CONTRAST_KEYS = "Ctrl+K"


def _sample_style(scheme: Scheme) -> str:
    """A contrast button in its own scheme's colours; the chosen one has a thicker border (and a check mark)."""
    fill, ink = (scheme.accent, scheme.accent_text) if scheme.name == "standard" else (scheme.background,
                                                                                      scheme.text)
    return (f"QPushButton {{ background: {fill}; color: {ink}; border: 2px solid #808080; border-radius: 6px;"
            f" padding: 0.1em 0.5em; }}"
            f" QPushButton:checked {{ border: 4px solid #808080; }}"
            f" QPushButton:focus {{ border: 3px dashed #c64600; }}")
BIGGER_KEYS = ("Ctrl++", "Ctrl+=")
SMALLER_KEYS = ("Ctrl+-",)


class VoterSettingsBar(QWidget):
    """A row: "Text size" A A A A, "Contrast" Standard | Black on white | White on black."""

    text_size_chosen = Signal(int)  # index into TEXT_SIZES
    contrast_chosen = Signal(str)  # a key of SCHEMES

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.size_label = QLabel()
        set_font_factor(self.size_label, BAR_FACTOR)
        row.addWidget(self.size_label)
        self.size_group = QButtonGroup(self)
        self.size_buttons: list[QPushButton] = []
        for index, sample in enumerate(SIZE_SAMPLE):
            size_button = QPushButton()
            size_button.setCheckable(True)
            size_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            set_font_factor(size_button, BAR_FACTOR * sample, bold=True)
            self.size_group.addButton(size_button, index)
            self.size_buttons.append(size_button)
            row.addWidget(size_button)
        self.size_buttons[0].setChecked(True)
        self.size_group.idClicked.connect(self.text_size_chosen)
        row.addSpacing(self.fontMetrics().height())
        self.contrast_label = QLabel()
        set_font_factor(self.contrast_label, BAR_FACTOR)
        row.addWidget(self.contrast_label)
        self.contrast_group = QButtonGroup(self)
        self.contrast_buttons: dict[str, QPushButton] = {}
        for index, (name, scheme) in enumerate(SCHEMES.items()):
            contrast_button = QPushButton()
            contrast_button.setCheckable(True)
            contrast_button.setStyleSheet(_sample_style(scheme))
            set_font_factor(contrast_button, BAR_FACTOR * SIZE_SAMPLE[2], bold=True)
            self.contrast_group.addButton(contrast_button, index)
            self.contrast_buttons[name] = contrast_button
            row.addWidget(contrast_button)
        self.contrast_group.buttonToggled.connect(self._mark_contrast)
        self.contrast_buttons["standard"].setChecked(True)
        self.contrast_group.idClicked.connect(self._contrast_clicked)
        row.addStretch(1)
        for keys in BIGGER_KEYS:
            QShortcut(QKeySequence(keys), self, self.bigger, context=Qt.ShortcutContext.WindowShortcut)
        for keys in SMALLER_KEYS:
            QShortcut(QKeySequence(keys), self, self.smaller, context=Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence(CONTRAST_KEYS), self, self.next_contrast, context=Qt.ShortcutContext.WindowShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.size_label.setText(self.tr("Text size:"))
        letter = self.tr("A", "the letter shown on the text size buttons, a capital of the language's script")
        for size_button in self.size_buttons:
            size_button.setText(letter)
        for contrast_button in self.contrast_buttons.values():
            self._mark_contrast(contrast_button, contrast_button.isChecked())
        names = (self.tr("Standard text"), self.tr("Large text"), self.tr("Larger text"), self.tr("Largest text"))
        for size_button, name in zip(self.size_buttons, names, strict=True):
            size_button.setAccessibleName(name)
            size_button.setToolTip(name)
        self.contrast_label.setText(self.tr("Contrast:"))
        texts = {"standard": self.tr("Standard"), "black_on_white": self.tr("Black on white"),
                 "white_on_black": self.tr("White on black")}
        for name, contrast_button in self.contrast_buttons.items():
            contrast_button.setToolTip(texts[name])
            contrast_button.setAccessibleName(self.tr("Contrast: {name}").format(name=texts[name]))

    def text_size(self) -> int:
        return self.size_group.checkedId()

    def contrast(self) -> str:
        return list(SCHEMES)[self.contrast_group.checkedId()]

    @Slot(QAbstractButton, bool)
    def _mark_contrast(self, contrast_button: QAbstractButton, checked: bool) -> None:
        sample = self.tr("Aa", "a sample of text on the contrast buttons, in the language's script")
        contrast_button.setText(f"✓{sample}" if checked else sample)

    @Slot(int)
    def _contrast_clicked(self, index: int) -> None:
        self.contrast_chosen.emit(list(SCHEMES)[index])

    @Slot()
    def bigger(self) -> None:
        self._size_to(min(self.text_size() + 1, len(TEXT_SIZES) - 1))

    @Slot()
    def smaller(self) -> None:
        self._size_to(max(self.text_size() - 1, 0))

    def _size_to(self, index: int) -> None:
        self.size_buttons[index].setChecked(True)
        self.text_size_chosen.emit(index)

    @Slot()
    def next_contrast(self) -> None:
        names = list(SCHEMES)
        name = names[(names.index(self.contrast()) + 1) % len(names)]
        self.contrast_buttons[name].setChecked(True)
        self.contrast_chosen.emit(name)
