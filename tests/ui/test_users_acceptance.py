"""Issue 17 acceptance: a new shop made from an empty folder adds a cashier and a manager by
keyboard, the cashier logs in and bills, and the new manager approves (by PIN) a making
discount below the floor."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import OWNER, focused, open_services, press, shot, type_text

from jewelpos.config import Settings
from jewelpos.services.auth import Role
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.user_edit import AddUserDialog
from jewelpos.ui.main_window import MainWindow
from jewelpos.ui.models.bill_lines import BillLinesModel

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SUNITA = ("sunita", "4321")
MOHAN = ("mohan", "2468")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The counter prints receipts to a file (a printer that always answers)."""
    return Settings(
        data_dir=tmp_path / "counter", receipt_printer=f"file:{tmp_path / 'receipt.bin'}"
    )


def _set_up_by_keyboard(qtbot: QtBot, counter: Any) -> None:
    setup = counter.shell.setup_dialog
    assert setup is not None and setup.isVisible()
    setup.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.shop_name)
    fields = [
        "Shree Ganesh Jewellers",
        "",  # legal name
        "27AAPFU0939F1ZV",
        "",  # state: taken from the GSTIN's first two digits
        "12, MG Road",
        "Pune",
        "411001",
        "",  # phone
        "",  # head office address: none
        "",  # one-time code: none
        "b1",
        "Main road",
        "c1",
        OWNER[0],
        "Ramesh Soni",
    ]
    for text in fields:
        type_text(text)
        press(ENTER)
    assert focused() is setup.owner_pin
    type_text(OWNER[1])
    press(ENTER)
    with qtbot.waitSignal(counter.shell.setup_completed, timeout=15_000):
        type_text(OWNER[1])
        press(ENTER)


def _log_in(qtbot: QtBot, counter: Any, user_text: str, pin: str) -> MainWindow:
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    login.user_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.user_list)
    type_text(user_text)  # type-to-select in the list
    assert login.selected_user().display_name.startswith(user_text)
    press(ENTER)  # on to the PIN
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin)
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(pin)
        press(ENTER)
    window = counter.shell.main_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: window.shop is not None)
    return window


def _add_user(
    qtbot: QtBot, window: MainWindow, *, name: str, username: str, role_keys: int, pin: str
) -> Any:
    """F2 on the Users screen, every field by keyboard; ``role_keys`` Up presses from Cashier."""
    screen = window.users_screen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.view)
    with qtbot.waitSignal(screen.dialog_opened, timeout=5_000) as opened:
        press(Qt.Key.Key_F2)
    dialog = opened.args[0]
    assert isinstance(dialog, AddUserDialog)
    qtbot.waitUntil(lambda: focused() is dialog.name)
    type_text(name)
    press(ENTER)
    type_text(username)
    press(ENTER)
    assert focused() is dialog.role and dialog.role.currentData() == "cashier"
    for _ in range(role_keys):
        press(Qt.Key.Key_Up)
    press(ENTER)
    press(ENTER)  # language: English
    type_text(pin)
    press(ENTER)
    with (
        qtbot.waitSignal(screen.user_changed, timeout=10_000) as changed,
        qtbot.waitSignal(screen.users_loaded, timeout=10_000),
    ):
        type_text(pin)
        press(ENTER)
    return changed.args[0]


def test_new_shop_adds_staff_and_the_cashier_bills_with_the_managers_approval(
    qtbot: QtBot, make_counter: Any, settings: Settings, clock: Any, tmp_path: Path
) -> None:
    """Empty folder -> setup -> owner adds a cashier and a manager (Ctrl+8, F2) -> log out ->
    the cashier logs in, bills the ring with a 10 % making discount, the new manager approves
    it with their PIN, F8/F10 saves; the database names the cashier and the approver."""
    counter = make_counter()
    _set_up_by_keyboard(qtbot, counter)
    engine, services = open_services(settings, clock)
    try:  # rates and stock as billing_world sets them (receiving has tests of its own)
        owner = services.auth.login(*OWNER)
        set_rates(services, owner)
        stocked = stock_pieces(services, owner)
    finally:
        engine.dispose()

    window = _log_in(qtbot, counter, "Ram", OWNER[1])
    assert not window.nav_buttons["users"].isHidden()
    assert window.nav_buttons["users"].text() == "Users  Ctrl+8"  # name and key on one line
    with qtbot.waitSignal(window.users_screen.users_loaded, timeout=10_000):
        window.users_screen.reload()  # the start-up load may already be done: ask again
    press(Qt.Key.Key_8, CTRL)
    assert window.current_screen() == "users"
    screen = window.users_screen
    qtbot.waitUntil(lambda: focused() is screen.view)
    assert screen.model.rowCount() == 1
    cashier = _add_user(
        qtbot, window, name="Sunita Verma", username=SUNITA[0], role_keys=0, pin=SUNITA[1]
    )
    assert cashier.role is Role.CASHIER
    manager = _add_user(
        qtbot, window, name="Mohan Lal", username=MOHAN[0], role_keys=1, pin=MOHAN[1]
    )
    assert manager.role is Role.MANAGER
    assert screen.model.rowCount() == 3
    assert "Mohan Lal added as Manager." in screen.message.text
    shot(window, "users_en_list")

    # Log out; the cashier logs in and has no Users screen.
    press(Qt.Key.Key_L, CTRL)
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.user_list.count() == 3)  # the two new users are listed
    shot(login, "users_en_login_list")
    window = _log_in(qtbot, counter, "Sun", SUNITA[1])
    assert window.user.username == SUNITA[0]
    assert window.nav_buttons["users"].isHidden()
    bill_screen = window.billing_screen
    assert window.current_screen() == "billing"
    press(Qt.Key.Key_8, CTRL)
    assert window.current_screen() == "billing"  # Ctrl+8 does nothing for a cashier
    qtbot.waitUntil(lambda: bill_screen.shop is not None and bool(bill_screen._managers))
    assert [m.username for m in bill_screen._managers] == ["mohan", "ramesh"]
    qtbot.waitUntil(lambda: focused() is bill_screen.scan)

    # The ring, with 10 % off its making: below the floor, so a manager must approve.
    with qtbot.waitSignal(bill_screen.line_added, timeout=10_000):
        type_text(stocked.ring.tag_code)
        press(ENTER)
    press(Qt.Key.Key_Down)
    table = bill_screen.table
    for _ in range(BillLinesModel.COLUMN_COUNT):
        if table.currentIndex().column() == BillLinesModel.DISCOUNT:
            break
        press(Qt.Key.Key_Right)
    assert table.currentIndex().column() == BillLinesModel.DISCOUNT
    press(ENTER)
    qtbot.waitUntil(lambda: focused().objectName() == "lineCellEditor")
    focused().selectAll()  # type: ignore[attr-defined]
    with qtbot.waitSignal(bill_screen.approval_asked, timeout=10_000) as asked:
        type_text("10")
        press(ENTER)
    approval = asked.args[0]
    assert isinstance(approval, ApprovalDialog)
    qtbot.waitUntil(lambda: focused() is approval.pin)
    assert approval.manager.currentText() == "Mohan Lal"  # the new manager, offered first
    shot(window, "users_en_cashier_approval")
    with qtbot.waitSignal(bill_screen.totals_changed, timeout=10_000):
        type_text(MOHAN[1])
        press(ENTER)
    qtbot.waitUntil(lambda: focused() is bill_screen.scan)
    assert "Approved by Mohan Lal." in bill_screen.message.text
    assert not bill_screen.quote.needs_approval

    # F8: the balance in cash (F8 in the cash field), Ctrl+Enter done; F10 saves.
    press(Qt.Key.Key_F8)
    pay = bill_screen.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    press(Qt.Key.Key_F8)
    with qtbot.waitSignal(bill_screen.totals_changed, timeout=10_000):
        press(ENTER, CTRL)
    qtbot.waitUntil(lambda: focused() is bill_screen.scan)
    with qtbot.waitSignal(bill_screen.bill_saved, timeout=20_000) as saved_signal:
        press(Qt.Key.Key_F10)
    saved = saved_signal.args[0]

    with sqlite3.connect(settings.db_path) as db:
        cashier_id, status = db.execute(
            "SELECT cashier_id, status FROM invoice WHERE number = ?", (saved.number,)
        ).fetchone()
        discount = db.execute(
            "SELECT l.making_discount_bp, l.making_discount_paise FROM invoice_line l"
            " JOIN invoice i ON i.id = l.invoice_id WHERE i.number = ?",
            (saved.number,),
        ).fetchall()
        approvals = db.execute("SELECT manager_id, used_for FROM approval_log").fetchall()
    assert (cashier_id, status) == (cashier.id, "final")
    # making 450/g x net 5.870 g = 2,641.50 (DOMAIN.md's ring); 10 % of it = 264.15, stored
    # as a negative line before tax (DOMAIN.md, rule 3)
    assert discount == [(1000, -26415)]
    assert [a[0] for a in approvals] == [manager.id]
    assert approvals[0][1]  # used by the saved bill
