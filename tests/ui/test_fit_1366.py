"""Every screen and dialog (found by discovery) in English and Hindi, with its largest realistic
content: it fits the counter's 1366 x 728 (768 less the taskbar), no text is taller than its box,
and no mnemonic or shortcut is used twice in one window."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fit_windows import SCREENS, all_windows, close_all, discovered, make_world
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

SCREEN_W, SCREEN_H = 1366, 728  # a 1366 x 768 screen less a 40 px taskbar
INK_SLACK = 1  # tightBoundingRect rounds each edge outwards to whole pixels
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _needed(window: QWidget) -> tuple[int, int]:
    """The size the window opens at: its hint, never less than its minimum or a size it was given."""
    size = window.sizeHint().expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize())
    if window.testAttribute(Qt.WidgetAttribute.WA_Resized) and window.objectName() != "mainWindow":
        size = size.expandedTo(window.size())
    if window.objectName() == "mainWindow":  # it opens maximised: only its minimum must fit
        size = window.minimumSizeHint().expandedTo(window.size())
        bar = window.statusBar().minimumSizeHint()  # (Qt leaves it out of the window's minimum)
        size = size.expandedTo(QSize(bar.width(), 0))
    return size.width(), size.height()


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible()


# --- text boxes ------------------------------------------------------------------------------------
def _text_height(widget: QWidget, text: str, width: int, wrap: bool) -> int:
    """Height the text takes in the widget's own font, Devanagari fallback and matras included."""
    fm = QFontMetrics(widget.font())
    flags = int(Qt.TextFlag.TextShowMnemonic)
    lines = text.split("\n")
    if wrap and width > 0:
        flags |= int(Qt.TextFlag.TextWordWrap)
        box = fm.boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
    else:
        box = fm.lineSpacing() * (len(lines) - 1) + fm.height()
    ink = 0
    for i, line in enumerate(lines):
        plain = line.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not plain.strip():
            continue
        tight = fm.tightBoundingRect(plain)
        # the line's baseline sits fm.ascent() below its top: ink above it or below it clips
        top = min(0, fm.ascent() + tight.top())
        bottom = max(fm.height(), fm.ascent() + tight.bottom() + 1)
        if i in (0, len(lines) - 1):
            ink = max(ink, bottom - top - fm.height())
    return box + ink


def _boxes(widget: QWidget) -> list[tuple[str, QRect, bool]]:
    """(text, rectangle the text is drawn in, wraps) for each text the widget shows."""
    style = widget.style()
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.RichText or _rich(widget.text()):
            return []
        rect = widget.contentsRect().adjusted(
            widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
        )
        return [(widget.text(), rect, widget.wordWrap())]
    if isinstance(widget, QCheckBox):
        opt = QStyleOptionButton()
        widget.initStyleOption(opt)
        rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, widget)
        return [(widget.text(), rect, False)]
    if isinstance(widget, QPushButton):
        opt = QStyleOptionButton()
        widget.initStyleOption(opt)
        rect = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, widget)
        return [(widget.text(), rect, False)]
    if isinstance(widget, QLineEdit):
        opt = QStyleOptionFrame()
        widget.initStyleOption(opt)
        rect = style.subElementRect(QStyle.SubElement.SE_LineEditContents, opt, widget)
        m = widget.textMargins()
        rect = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        return [(widget.text() or widget.placeholderText(), rect, False)]
    if isinstance(widget, QComboBox):
        opt = QStyleOptionComboBox()
        widget.initStyleOption(opt)
        rect = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            opt,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        return [(widget.currentText(), rect, False)]
    if isinstance(widget, QTabBar):
        return [(widget.tabText(i), widget.tabRect(i), False) for i in range(widget.count())]
    return []


def _cells(view: QTableView) -> list[str]:
    """Table rows too low for their cells' text (the first rows shown, every column)."""
    model = view.model()
    found = []
    if model is None:
        return found
    for row in range(min(model.rowCount(), 20)):
        for col in range(model.columnCount()):
            if view.isColumnHidden(col):
                continue
            index = model.index(row, col)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip():
                continue
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            fm = QFontMetrics(font)
            lines = text.split("\n")
            need = fm.lineSpacing() * (len(lines) - 1) + fm.height()
            ink = max(-min(0, fm.ascent() + fm.tightBoundingRect(x).top()) for x in lines)
            if need + ink > view.rowHeight(row) + INK_SLACK:
                name = view.objectName() or type(view).__name__
                found.append(
                    f"{name} row {row} {text!r}: text {need + ink} px in a "
                    f"{view.rowHeight(row)} px row"
                )
    return found


def clipped(window: QWidget) -> list[str]:
    kinds = (QLabel, QAbstractButton, QLineEdit, QComboBox, QTabBar)
    found = []
    for view in window.findChildren(QTableView):
        if _shown(view, window):
            found += _cells(view)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or not _shown(widget, window):
            continue
        for text, rect, wrap in _boxes(widget):
            if not text.strip() or rect.height() <= 0:
                continue
            need = _text_height(widget, text, rect.width(), wrap)
            if need > rect.height() + INK_SLACK:
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} {text!r}: text {need} px in a {rect.height()} px box")
    return found


# --- keys --------------------------------------------------------------------------------------
def _mnemonic_texts(window: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append((widget.text(), widget.buddy().objectName() or "label"))
        elif isinstance(widget, QAbstractButton | QGroupBox):
            texts.append(
                (
                    widget.text() if isinstance(widget, QAbstractButton) else widget.title(),
                    widget.objectName() or type(widget).__name__,
                )
            )
        elif (
            isinstance(widget, QTabBar) and not isinstance(widget.parent(), QTabWidget | None)
        ) or isinstance(widget, QTabWidget):
            texts += [(widget.tabText(i), f"tab {i}") for i in range(widget.count())]
    return texts


def key_clashes(window: QWidget) -> list[str]:
    """Keys of one window that reach two things: Alt+letter mnemonics and shortcuts."""
    owners: dict[str, list[str]] = {}
    for text, what in _mnemonic_texts(window):
        for letter in MNEMONIC.findall(text):
            owners.setdefault(f"Alt+{letter.upper()}", []).append(f"{what} {text!r}")
    for action in window.findChildren(QAction):
        on = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
        if not action.isEnabled() or not any(o is window or _shown(o, window) for o in on):
            continue
        for seq in action.shortcuts():
            key = seq.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(key, []).append(f"action {action.text() or action.objectName()!r}")
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        hidden = isinstance(parent, QWidget) and parent is not window and not _shown(parent, window)
        if not shortcut.isEnabled() or hidden:
            continue
        key = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        owners.setdefault(key, []).append(f"shortcut {shortcut.objectName()!r}")
    return [f"{key}: {', '.join(who)}" for key, who in owners.items() if key and len(who) > 1]


# --- the walk ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def walked(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Each window in each language: its size, clipped texts and key clashes."""
    sheet = qapp.styleSheet()
    found: dict[str, dict[str, tuple[tuple[int, int], list[str], list[str]]]] = {}
    try:
        for language in ("en", "hi"):
            world = make_world(Path(tmp_path_factory.mktemp(f"fit-{language}")), language)
            try:
                found[language] = {
                    name: (_needed(window), clipped(window), key_clashes(window))
                    for name, window in all_windows(world)
                }
            finally:
                close_all(world)
    finally:
        qapp.setStyleSheet(sheet)
    yield found


def test_every_screen_and_dialog_is_walked(walked: dict) -> None:
    """A new screen or dialog module is walked too: discovery finds every class."""
    names = {c.__name__ for c in discovered()}
    for language in ("en", "hi"):
        seen = {name.split("[")[0] for name in walked[language]}
        missed = sorted(names - seen - SCREENS)
        assert not missed, f"not walked ({language}): {missed}"
    assert "CustomerPickDialog" in names and "BillingScreen" in names  # discovery works


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_window_fits_1366_by_728(walked: dict, language: str) -> None:
    """Every screen (in the main window) and dialog opens within 1366 x 728."""
    too_big = [
        f"{name}: {w} x {h}"
        for name, ((w, h), _c, _k) in walked[language].items()
        if w > SCREEN_W or h > SCREEN_H
    ]
    assert not too_big, f"larger than {SCREEN_W} x {SCREEN_H} ({language}):\n" + "\n".join(too_big)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_no_text_is_taller_than_its_box(walked: dict, language: str) -> None:
    """No label, button, field, list, check box or tab shows text taller than its box."""
    offenders = [f"{name}: {c}" for name, (_s, cs, _k) in walked[language].items() for c in cs]
    assert not offenders, f"clipped text ({language}):\n" + "\n".join(offenders)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_one_key_one_thing_in_every_window(walked: dict, language: str) -> None:
    """No mnemonic or shortcut reaches two things in one window."""
    clashes = [f"{name}: {k}" for name, (_s, _c, ks) in walked[language].items() for k in ks]
    assert not clashes, f"keys used twice ({language}):\n" + "\n".join(clashes)


def _rich(text: str) -> bool:
    from PySide6.QtGui import Qt as GuiQt

    return bool(GuiQt.mightBeRichText(text))  # type: ignore[attr-defined]


def test_the_checks_see_a_clash_and_a_clipped_label(qapp: QApplication) -> None:
    """The walk's own checks: Alt+N twice, F2 twice and a squeezed Hindi label are all found."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for text, name in (("&Name", "name"), ("PA&N", "pan")):
        label, field = QLabel(text), QLineEdit()
        field.setObjectName(name)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addWidget(field)
    squeezed = QLabel("प्राप्ति")
    squeezed.setObjectName("squeezed")
    squeezed.setFixedHeight(squeezed.fontMetrics().height() - 4)
    layout.addWidget(squeezed)
    for _ in range(2):
        action = QAction(dialog)
        action.setShortcut(QKeySequence("F2"))
        dialog.addAction(action)
    dialog.show()
    QApplication.processEvents()
    try:
        clashes = key_clashes(dialog)
        assert any(c.startswith("Alt+N: name") and "pan" in c for c in clashes), clashes
        assert any(c.startswith("F2:") for c in clashes), clashes
        assert [c for c in clipped(dialog) if c.startswith("squeezed")], clipped(dialog)
    finally:
        dialog.close()
        dialog.deleteLater()
