"""Does every text of a shown window fit? Labels, buttons, item view rows, tabs, group box titles and chart
labels, measured with the widget's own font against the rect Qt gave it; windows against the screen.

Used inside the process that shows the windows (``walk_windows``), on a real display. Each problem is one
line that names the window, the widget and the text, so a failure says what a person would not read.
"""

from __future__ import annotations

import math
import re

import shiboken6

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGroupBox,
    QLabel,
    QLayout,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

SLACK = 1  # px of rounding between font metrics and layout
MAX_ROWS = 300  # rows looked at per item view (every view of the app shows fewer at its default size)
TEXT_ITEM, SIMPLE_TEXT_ITEM = 8, 9  # QGraphicsTextItem::Type, QGraphicsSimpleTextItem::Type


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def describe(widget: QWidget) -> str:
    """``QLabel 'Turnout'``: the class and the name a person or a screen reader knows it by."""
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} '{name}'" if name else type(widget).__name__


def window_name(window: QWidget) -> str:
    return window.windowTitle() or describe(window)


def _rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _clip_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` (in its own coordinates) that its ancestors let show. A scroll area's viewport clips
    across only (its content scrolls up and down); every other ancestor clips both ways."""
    rect = widget.rect()
    offset_x = offset_y = 0
    child = widget
    parent = widget.parentWidget()
    scrolled = False
    while parent is not None:
        pos = child.pos()
        offset_x += pos.x()
        offset_y += pos.y()
        area = parent.parentWidget()
        scrolled = scrolled or (isinstance(area, QAbstractScrollArea) and area.viewport() is parent)
        if scrolled:  # from here up, only across: the scroll area brings it into view up and down
            band = QRect(-offset_x, rect.top(), parent.width(), rect.height())
        else:
            band = QRect(-offset_x, -offset_y, parent.width(), parent.height())
        rect = rect.intersected(band)
        if parent is window:
            break
        child, parent = parent, parent.parentWidget()
    return rect


def _needed_label_size(label: QLabel, width: int) -> QSize:
    text = label.text()
    if _rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
            return QSize(math.ceil(doc.idealWidth()), math.ceil(doc.size().height()))
        return QSize(math.ceil(doc.idealWidth()), math.ceil(doc.size().height()))
    fm = label.fontMetrics()
    flags = int(Qt.TextFlag.TextShowMnemonic) if label.buddy() is not None else 0
    if label.wordWrap():
        flags |= int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(QRect(0, 0, width, 1 << 20), flags, text).size()
    return fm.size(flags, text)


def label_problem(label: QLabel, window: QWidget) -> str | None:
    text = label.text()
    if not text.strip():
        return None
    contents = label.contentsRect()
    margin = label.margin()
    contents.adjust(margin, margin, -margin, -margin)
    need = _needed_label_size(label, contents.width())
    where = f"{describe(label)} «{_short(text)}»"
    if need.width() > contents.width() + SLACK:
        return f"{where}: needs {need.width()} px across, has {contents.width()}"
    if need.height() > contents.height() + SLACK:
        return f"{where}: needs {need.height()} px down, has {contents.height()} (lines cut)"
    shown = QStyle.alignedRect(label.layoutDirection(), label.alignment(), need, contents)
    return _cut(label, window, shown.intersected(label.rect()), where)


def _cut(widget: QWidget, window: QWidget, text_rect: QRect, where: str) -> str | None:
    clip = _clip_rect(widget, window)
    if not clip.contains(text_rect.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
        return f"{where}: cut by its window or a parent (shows {clip.width()}x{clip.height()} of " \
               f"{text_rect.width()}x{text_rect.height()})"
    return None


def _mnemonic_free(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def button_problem(button: QAbstractButton, window: QWidget) -> str | None:
    text = button.text()
    if not text.strip():
        return None
    style = button.style()
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = text
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QCheckBox):
        contents = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QRadioButton):
        contents = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    elif isinstance(button, QPushButton):
        if button.isDefault() or button.autoDefault():
            option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
        contents = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    else:
        contents = button.rect()
    fm = button.fontMetrics()
    need = fm.size(int(Qt.TextFlag.TextShowMnemonic), text)
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    where = f"{describe(button)} «{_short(_mnemonic_free(text))}»"
    if need.width() + icon > contents.width() + SLACK:
        return f"{where}: needs {need.width() + icon} px across, has {contents.width()}"
    if need.height() > contents.height() + SLACK:
        return f"{where}: needs {need.height()} px down, has {contents.height()}"
    return _cut(button, window, contents, where)


def _view_option(view: QAbstractItemView) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    try:
        view.initViewItemOption(option)
    except (AttributeError, TypeError, RuntimeError):  # a view made in C++: Qt's own defaults
        option.initFrom(view)
        option.font = view.font()
        option.fontMetrics = QFontMetrics(view.font())
    return option


def item_view_problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    viewport = view.viewport().rect()
    wraps = view.wordWrap() if isinstance(view, (QListView, QTableView)) else False
    columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
    problems = []
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        if isinstance(view, QListView) and view.isRowHidden(row):
            continue
        for column in range(columns):
            if isinstance(view, QTableView) and (view.isColumnHidden(column) or view.isRowHidden(row)):
                continue
            index = model.index(row, column, root)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip():
                continue
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            option = _view_option(view)
            option.rect = rect
            hint = view.itemDelegateForIndex(index).sizeHint(option, index)
            where = f"{describe(view)} row {row + 1}" + (f" column {column + 1}" if columns > 1
                                                          else "") + f" «{_short(text)}»"
            if hint.width() > rect.width() + SLACK and not wraps:
                problems.append(f"{where}: needs {hint.width()} px across, has {rect.width()} (elided)")
            elif hint.height() > rect.height() + SLACK:
                problems.append(f"{where}: needs {hint.height()} px down, has {rect.height()} (lines cut)")
            elif rect.left() < viewport.left() - SLACK or \
                    min(rect.right(), rect.left() + hint.width()) > viewport.right() + SLACK:
                problems.append(f"{where}: runs past the edge of the list ({rect.left()}..{rect.right()} in "
                                f"{viewport.width()} px)")
    return problems


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    fm = bar.fontMetrics()
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for i in range(bar.count()):
        text = bar.tabText(i)
        rect = bar.tabRect(i)
        need = fm.size(int(Qt.TextFlag.TextShowMnemonic), text).width() + space
        where = f"{describe(bar)} tab «{_short(_mnemonic_free(text))}»"
        if rect.width() + SLACK < need:
            problems.append(f"{where}: needs {need} px, has {rect.width()} (elided)")
        elif not bar.rect().contains(rect):
            problems.append(f"{where}: off the tab bar (scrolled away)")
    return problems


def group_box_problem(box: QGroupBox) -> str | None:
    title = box.title()
    if not title.strip():
        return None
    need = box.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), title).width() + 16
    if need > box.width() + SLACK:
        return f"{describe(box)} title «{_short(_mnemonic_free(title))}»: needs {need} px, has {box.width()}"
    return None


def chart_problems(view: QChartView) -> list[str]:
    """Every category of a bar chart shown whole and inside the chart (Qt Charts elides a label that has no
    room, "Ex...", or lets it run off the view's edge when told not to elide)."""
    shown: dict[str, QRect] = {}
    viewport = view.viewport().rect()
    for item in view.scene().items():
        if not item.isVisible():
            continue
        # Qt Charts' label items are private subclasses: Python sees them as QGraphicsItem, known by type().
        text = None
        if item.type() == TEXT_ITEM:
            text_item = item.toGraphicsObject()
            if isinstance(text_item, QGraphicsTextItem):
                text = text_item.toPlainText()
        elif item.type() == SIMPLE_TEXT_ITEM:
            text = shiboken6.wrapInstance(shiboken6.getCppPointer(item)[0], QGraphicsSimpleTextItem).text()
        if text is not None:
            shown[" ".join(text.split())] = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    problems = []
    for axis in view.chart().axes():
        if isinstance(axis, QBarCategoryAxis) and axis.labelsVisible():
            for category in axis.categories():
                plain = " ".join(re.sub(r"<br\s*/?>", " ", category).split())
                plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
                where = shown.get(plain)
                if where is None:
                    near = sorted(t for t in shown if t.endswith(("...", "…")))
                    problems.append(f"{describe(view)} category «{_short(plain)}»: not shown whole "
                                    f"(elided labels: {', '.join(near) or 'none'})")
                elif not viewport.contains(where.adjusted(SLACK, SLACK, -SLACK, -SLACK)):
                    problems.append(f"{describe(view)} category «{_short(plain)}»: runs off the chart "
                                    f"({where.left()}..{where.right()} in {viewport.width()} px)")
    return problems


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_layout_widgets(item.layout()))
    return out


def overlap_problems(widget: QWidget) -> list[str]:
    """Widgets placed on top of each other by a layout (a window smaller than its layout needs)."""
    layout = widget.layout()
    if layout is None:
        return []
    shown = [w for w in _layout_widgets(layout) if w.isVisible() and not w.isWindow()]
    problems = []
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                problems.append(f"{describe(first)} and {describe(second)} overlap ({common.width()}x"
                                f"{common.height()} px) in {describe(widget)}")
    return problems


def scroll_problem(area: QScrollArea, window: QWidget) -> str | None:
    """A window that makes its content scroll although the screen has room for all of it."""
    content = area.widget()
    if content is None or not area.widgetResizable() or not area.verticalScrollBar().isVisible():
        return None
    viewport = area.viewport()
    need = content.heightForWidth(viewport.width()) if content.hasHeightForWidth() else content.sizeHint().height()
    hidden = need - viewport.height()
    free = window.screen().availableGeometry().height() - window.frameGeometry().height()
    if hidden > SLACK and free >= hidden:
        return f"{describe(area)} in «{window_name(window)}» scrolls {hidden} px away although the screen has " \
               f"{free} px more room"
    return None


def window_geometry_problems(window: QWidget) -> list[str]:
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    name = f"window «{window_name(window)}»"
    problems = []
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(f"{name}: {frame.width()}x{frame.height()} is larger than the screen's "
                        f"{screen.width()}x{screen.height()}")
    elif not screen.contains(frame):
        problems.append(f"{name}: partly off screen at {frame.x()},{frame.y()} {frame.width()}x{frame.height()} "
                        f"(screen {screen.width()}x{screen.height()})")
    return problems


def fit_problems(window: QWidget) -> list[str]:
    """Every text of ``window`` that a person cannot read whole, and the window against the screen."""
    problems = window_geometry_problems(window)
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or (widget is not window and widget.window() is not window):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget, window)
        elif isinstance(widget, QAbstractButton) and widget.parentWidget() is not None \
                and not isinstance(widget.parentWidget(), QTabBar):
            problem = button_problem(widget, window)
        elif isinstance(widget, QGroupBox):
            problem = group_box_problem(widget)
        if problem:
            problems.append(problem)
        if isinstance(widget, QAbstractItemView):
            problems.extend(item_view_problems(widget))
        if isinstance(widget, QTabBar):
            problems.extend(tab_problems(widget))
        if isinstance(widget, QChartView):
            problems.extend(chart_problems(widget))
        if isinstance(widget, QScrollArea):
            problem = scroll_problem(widget, window)
            if problem:
                problems.append(problem)
        problems.extend(overlap_problems(widget))
    return problems


# -- mnemonics (Alt+letter)

class _ShortcutCatcher(QObject):
    """Takes the shortcut events that Alt+letter sends, so that pressing it triggers nothing while checked."""

    def __init__(self) -> None:
        super().__init__()
        self.hit: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.hit.append(watched)
            return True
        return False


def mnemonic_owners(window: QWidget) -> dict[str, list[QWidget]]:
    """The Alt letters of the window's visible, enabled controls: buttons, labels with a buddy, group boxes,
    menu bar titles."""
    owners: dict[str, list[QWidget]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not window:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
        for text in texts:
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                letter = key.toString().split("+")[-1].upper()
                owners.setdefault(letter, []).append(widget)
    return owners


def mnemonic_problems(window: QWidget, press: bool = True) -> list[str]:
    """Alt letters used twice in one window, and (``press``) an Alt+letter that reaches another control."""
    from PySide6.QtTest import QTest

    problems = []
    owners = mnemonic_owners(window)
    for letter, widgets in sorted(owners.items()):
        if len(widgets) > 1:
            problems.append(f"Alt+{letter} is used {len(widgets)} times: "
                            + ", ".join(f"{describe(w)} «{_short(_mnemonic_free(_text(w)))}»" for w in widgets))
    if not press:
        return problems
    catcher = _ShortcutCatcher()
    watched = [w for widgets in owners.values() for w in widgets]
    for widget in watched:
        widget.installEventFilter(catcher)
    try:
        window.activateWindow()
        QApplication.processEvents()
        for letter, widgets in sorted(owners.items()):
            if len(widgets) > 1 or isinstance(widgets[0], QMenuBar):
                continue
            catcher.hit.clear()
            key = Qt.Key(ord(letter)) if len(letter) == 1 else None
            if key is None:
                continue
            QTest.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
            QApplication.processEvents()
            if catcher.hit[:1] != [widgets[0]]:
                got = describe(catcher.hit[0]) if catcher.hit and isinstance(catcher.hit[0], QWidget) else "nothing"
                problems.append(f"Alt+{letter} should trigger {describe(widgets[0])} "
                                f"«{_short(_mnemonic_free(_text(widgets[0])))}» but reached {got}")
    finally:
        for widget in watched:
            widget.removeEventFilter(catcher)
    return problems


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""
