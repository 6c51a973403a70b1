"""The booth's look for the voter: text sizes, colour schemes (standard and two high-contrast ones), and the
style sheet that makes the primary action, the secondary ones and the notices stand out.

Fonts are set per widget as a factor of the system font (so 200 % system text doubles them too), times the
voter's text size; colours come from a :class:`Scheme` through the palette (custom-painted widgets) and a
style sheet (buttons, notices).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: The voter's text sizes, as factors of the booth's standard size.
TEXT_SIZES = (1.0, 1.3, 1.65, 2.0)
_FACTOR = "boothFontFactor"
_BOLD = "boothFontBold"
_MONO = "boothFontMono"


@dataclass(frozen=True)
class Scheme:
    """The colours of one contrast mode."""

    name: str
    background: str
    text: str
    accent: str  # the chosen option and the primary button
    accent_text: str
    focus: str  # the keyboard focus ring (dashed): never the selection's look
    border: str
    muted: str  # disabled
    error: str
    error_background: str
    ok: str
    ok_background: str
    info: str
    info_background: str


STANDARD = Scheme("standard", "#ffffff", "#1a1a1a", "#1a5fb4", "#ffffff", "#c64600", "#5e5c64", "#9a9996",
                  "#a51d2d", "#fbe3e4", "#26692b", "#e3f4e1", "#1a5fb4", "#e4ecf7")
BLACK_ON_WHITE = Scheme("black_on_white", "#ffffff", "#000000", "#000000", "#ffffff", "#000000", "#000000",
                        "#595959", "#000000", "#ffffff", "#000000", "#ffffff", "#000000", "#ffffff")
WHITE_ON_BLACK = Scheme("white_on_black", "#000000", "#ffffff", "#ffffff", "#000000", "#ffffff", "#ffffff",
                        "#a6a6a6", "#ffffff", "#000000", "#ffffff", "#000000", "#ffffff", "#000000")
SCHEMES = {scheme.name: scheme for scheme in (STANDARD, BLACK_ON_WHITE, WHITE_ON_BLACK)}


def set_font_factor(widget: QWidget, factor: float, bold: bool = False, mono: bool = False) -> None:
    """Mark ``widget``'s font as ``factor`` times the system size (applied now and by ``apply_text_scale``)."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    widget.setProperty(_MONO, mono)
    _apply(widget, 1.0)


def _apply(widget: QWidget, scale: float) -> None:
    factor = widget.property(_FACTOR)
    if not isinstance(factor, float):
        return
    if widget.property(_MONO):
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    else:
        font = QFont(QApplication.font())
    base = QApplication.font().pointSizeF()
    if base > 0:
        font.setPointSizeF(base * factor * scale)
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def apply_text_scale(root: QWidget, scale: float) -> None:
    """Every marked widget under ``root`` at its factor times ``scale``."""
    _apply(root, scale)
    for widget in root.findChildren(QWidget):
        _apply(widget, scale)


def palette(scheme: Scheme) -> QPalette:
    """The palette of a scheme (custom-painted widgets and text fields read it)."""
    result = QPalette(QApplication.palette())
    colours = {
        QPalette.ColorRole.Window: scheme.background, QPalette.ColorRole.WindowText: scheme.text,
        QPalette.ColorRole.Base: scheme.background, QPalette.ColorRole.Text: scheme.text,
        QPalette.ColorRole.Button: scheme.background, QPalette.ColorRole.ButtonText: scheme.text,
        QPalette.ColorRole.Highlight: scheme.accent, QPalette.ColorRole.HighlightedText: scheme.accent_text,
        QPalette.ColorRole.PlaceholderText: scheme.muted, QPalette.ColorRole.Mid: scheme.border,
        QPalette.ColorRole.Link: scheme.focus,
    }
    for role, colour in colours.items():
        result.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(scheme.muted))
    result.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(scheme.muted))
    return result


def style_sheet(scheme: Scheme) -> str:
    """Buttons by role (primary: filled and bold; secondary: outlined) and notices by kind (icon + colour)."""
    s = scheme
    return f"""
BallotFlow {{ background: {s.background}; }}
QLabel {{ color: {s.text}; background: transparent; }}
QPushButton {{ background: {s.background}; color: {s.text}; border: 2px solid {s.border}; border-radius: 6px;
    padding: 0.25em 0.8em; }}
QPushButton:focus {{ border: 3px dashed {s.focus}; }}
QPushButton:disabled {{ color: {s.muted}; border: 2px dotted {s.muted}; }}
QPushButton:checked {{ background: {s.accent}; color: {s.accent_text}; border: 3px solid {s.accent}; }}
QPushButton:checked:focus {{ border: 3px dashed {s.focus}; }}
QPushButton[role="primary"] {{ background: {s.accent}; color: {s.accent_text}; border: 3px solid {s.accent};
    padding: 0.35em 1.2em; font-weight: bold; }}
QPushButton[role="primary"]:focus {{ border: 3px dashed {s.focus}; }}
QPushButton[role="primary"]:disabled {{ background: {s.background}; color: {s.muted};
    border: 2px dotted {s.muted}; }}
QFrame[notice="error"] {{ background: {s.error_background}; border: 2px solid {s.error}; border-radius: 4px; }}
QFrame[notice="ok"] {{ background: {s.ok_background}; border: 2px solid {s.ok}; border-radius: 4px; }}
QFrame[notice="info"] {{ background: {s.info_background}; border: 1px solid {s.info}; border-radius: 4px; }}
QFrame[notice="error"] QLabel {{ color: {s.error}; border: none; background: transparent; }}
QFrame[notice="ok"] QLabel {{ color: {s.ok}; border: none; background: transparent; }}
QFrame[notice="info"] QLabel {{ color: {s.text}; border: none; background: transparent; }}
QLineEdit {{ background: {s.background}; color: {s.text}; border: 2px solid {s.border}; border-radius: 4px; }}
QLineEdit:focus {{ border: 3px solid {s.focus}; }}
QPlainTextEdit {{ background: {s.background}; color: {s.text}; border: 1px solid {s.border}; }}
"""
