"""Ctrl+Shift+M opens Messages for the owner, its keys clash with no window-wide key; a
cashier has no Messages button and the key does nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from ui_helpers import CASHIER, OWNER, press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _log_in(qtbot: QtBot, counter: Any, who: tuple[str, str]) -> Any:
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    assert login.select_user(who[0])
    login.pin.setFocus()
    qtbot.waitUntil(lambda: login.pin.hasFocus())
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(who[1])
        press(Qt.Key.Key_Return)
    return counter.shell.main_window


def test_ctrl_shift_m_opens_messages_for_the_owner(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """Side-bar "Messages  Ctrl+Shift+M"; the key opens the outbox with the list focused; the
    screen's F2-F11 and Ctrl+S are bound once and not window-wide."""
    window = _log_in(qtbot, make_counter(), OWNER)
    assert window.nav_buttons["messages"].text() == "Messages  Ctrl+Shift+M"
    window_wide = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    ]
    screen = window.messages_screen
    keys = [
        a.shortcut().toString()
        for w in (screen, *screen.pages)
        for a in w.actions()
        if not a.shortcut().isEmpty()
    ]
    assert len(keys) == len(set(keys)), keys
    assert not set(keys) & set(window_wide)
    press(Qt.Key.Key_M, CTRL_SHIFT)
    assert window.current_screen() == "messages"
    assert screen.outbox.view.hasFocus()


def test_a_cashier_has_no_messages_screen(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """The button is hidden and Ctrl+Shift+M leaves the cashier where they are."""
    window = _log_in(qtbot, make_counter(), CASHIER)
    assert window.nav_buttons["messages"].isHidden()
    before = window.current_screen()
    press(Qt.Key.Key_M, CTRL_SHIFT)
    assert window.current_screen() == before
