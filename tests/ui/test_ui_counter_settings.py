"""Counter settings in F12: a manager sets the receipt printer and UPI ID; mistakes keep the dialog."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_counter import ENTER, _log_in, _wait_focus
from ui_helpers import CASHIER, OWNER, press, type_text


def _open_settings(qtbot: QtBot, window):  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible()
    )
    return window.settings_dialog


def test_manager_sets_printer_and_upi_id_kept_in_settings_file(
    qtbot: QtBot, ready_shop, make_counter, settings, tmp_path
) -> None:
    """A bad UPI ID is said at its field; a good one and a file printer are used and saved."""
    counter = make_counter()
    window = _log_in(qtbot, counter, OWNER[1])
    dialog = _open_settings(qtbot, window)
    _wait_focus(qtbot, dialog.language)
    press(Qt.Key.Key_Tab)  # language -> printer
    _wait_focus(qtbot, dialog.printer)
    slip = tmp_path / "slips.bin"
    type_text(f"file:{slip}")
    press(Qt.Key.Key_Tab)  # -> paper width
    press(Qt.Key.Key_Down)  # 80 mm -> 58 mm
    press(Qt.Key.Key_Tab)  # -> UPI ID
    _wait_focus(qtbot, dialog.upi)
    type_text("shreeganesh")  # no @bank part
    press(ENTER)
    assert dialog.isVisible(), "a malformed UPI ID must keep the dialog open"
    assert dialog.error.isVisible() and "UPI" in dialog.error.text()
    assert dialog.upi.hasFocus() and dialog.printer.text() == f"file:{slip}"
    type_text("shreeganesh@okaxis")  # the text was selected: typing replaces it
    with qtbot.waitSignal(window.counter_settings_saved, timeout=10_000):
        press(ENTER)
    prints = counter.services.prints
    assert prints.printer_target == f"file:{slip}"
    assert prints.receipt_width_mm == 58
    assert prints.upi_vpa == "shreeganesh@okaxis"
    assert window.billing_screen.upi_vpa == "shreeganesh@okaxis"
    saved = json.loads((settings.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["receipt_printer"] == f"file:{slip}"
    assert saved["receipt_width_mm"] == 58
    assert saved["extra"]["upi_vpa"] == "shreeganesh@okaxis"


def test_cashier_sees_no_counter_settings(qtbot: QtBot, ready_shop, make_counter) -> None:
    """Only managers and owners may change the printer or the UPI ID."""
    counter = make_counter()
    window = _log_in(qtbot, counter, CASHIER[1], user_text=CASHIER[0])
    dialog = _open_settings(qtbot, window)
    assert dialog.chosen_counter() is None
    assert not dialog.printer.isVisibleTo(dialog)
    _wait_focus(qtbot, dialog.language)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_dialog is None)


def test_manager_chooses_the_customer_display_screen(
    qtbot: QtBot, ready_shop, make_counter, settings
) -> None:
    """F12, Alt+D, Down, Enter: the screen is kept in settings.json; with only the one screen
    attached no customer window opens (nothing changes at a one-screen counter)."""
    counter = make_counter()
    window = _log_in(qtbot, counter, OWNER[1])
    assert window.customer_display.window is None
    dialog = _open_settings(qtbot, window)
    _wait_focus(qtbot, dialog.language)
    press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    _wait_focus(qtbot, dialog.display)
    press(Qt.Key.Key_Down)
    with qtbot.waitSignal(window.counter_settings_saved, timeout=10_000):
        press(ENTER)
    saved = json.loads((settings.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["extra"]["customer_display"] == "Screen 1"
    assert window.customer_display.screen_name == "Screen 1"
    assert window.customer_display.window is None  # one screen: the cashier's own
