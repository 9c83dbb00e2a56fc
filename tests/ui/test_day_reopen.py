"""Billing after day end, by keyboard: the banner before anything is scanned, a manager reopening
the day (then a bill is saved), and reopening refused once the day end reached head office."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.db.models import SyncOutbox
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.formatting import format_inr
from jewelpos.services.billing import PaymentEntry, PaymentMode
from jewelpos.ui.dialogs.day_end import DayEndDialog
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
CLOSED_BANNER = (
    "Today's day end is done: no more bills can be saved today. "
    "A manager can reopen the day in Day end (Ctrl+D)."
)


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop with today's rates, pieces in stock and a cashier at the counter."""
    from jewelpos.services.auth import Role

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    services.prints.data_dir = tmp_path / "data"
    yield services, owner, cashier, stocked
    services.engine.dispose()


@pytest.fixture
def screen(qtbot: QtBot, world: tuple[Any, Any, Any, Any]) -> Iterator[BillingScreen]:
    services, _owner, cashier, _stocked = world
    runner = TaskRunner()
    screen = BillingScreen(services, runner, user=cashier, clock=services.clock)
    qtbot.addWidget(screen)
    screen.resize(1180, 728)
    screen.show()
    screen.activateWindow()
    with qtbot.waitSignal(screen.day_state_loaded, timeout=10_000):
        screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    screen.focus_scan()
    yield screen
    runner.shutdown()


def _day_end(qtbot: QtBot, screen: BillingScreen, world: Any) -> DayEndDialog:
    services, _owner, cashier, _stocked = world
    dialog = DayEndDialog(services, screen._runner, user=cashier, clock=services.clock)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.summary_loaded, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.table and bool(dialog._managers))
    return dialog


def _approve_with_pin(qtbot: QtBot, dialog: DayEndDialog, key: Qt.Key) -> Any:
    with qtbot.waitSignal(dialog.approval_asked, timeout=10_000) as asked:
        press(key, CTRL if key == Qt.Key.Key_R else Qt.KeyboardModifier.NoModifier)
    approval = asked.args[0]
    qtbot.waitUntil(lambda: focused() is approval.pin)
    return approval


def _refresh(qtbot: QtBot, screen: BillingScreen) -> bool:
    """What the main window does when the day-end dialog closes."""
    with qtbot.waitSignal(screen.day_state_loaded, timeout=10_000) as loaded:
        screen.refresh_day_state()
    return bool(loaded.args[0])


def test_the_screen_says_the_day_is_closed_before_anything_is_scanned(
    qtbot: QtBot, screen: BillingScreen, world: Any
) -> None:
    """Opening float Rs 1,000 typed at Alt+O, the day closed by F10 and the owner's PIN; the
    billing screen then shows the banner with nothing scanned; a counter started on a closed
    day shows it from the start."""
    assert screen.day_banner.isHidden()
    dialog = _day_end(qtbot, screen, world)
    cash_sales = dialog.expected_cash()  # the sold bangle's cash
    assert cash_sales is not None
    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.opening_float
    type_text("1000")
    # expected cash = the day's cash + the float of Rs 1,000
    assert dialog.expected.text() == format_inr(cash_sales + 1000)
    _approve_with_pin(qtbot, dialog, Qt.Key.Key_F10)
    with qtbot.waitSignal(dialog.day_closed, timeout=10_000) as closed:
        type_text("1111")
        press(ENTER)
    assert closed.args[0].opening_float == Decimal("1000.00")
    assert closed.args[0].expected_cash == cash_sales + Decimal("1000.00")
    shot(dialog, "day_end_closed_reopen_key")
    dialog.close()

    assert _refresh(qtbot, screen) is True
    assert not screen.day_banner.isHidden()
    assert screen.day_banner.text == CLOSED_BANNER
    assert screen.draft.lines == ()
    shot(screen, "billing_day_closed_banner")


def test_a_manager_reopens_the_day_and_billing_works_again(
    qtbot: QtBot, screen: BillingScreen, world: Any
) -> None:
    """Ctrl+R without a reason asks for one at the field; with a reason and the owner's PIN the
    day reopens, the banner goes and a bill is saved by F10."""
    services, owner, _cashier, stocked = world
    services.day_end.close_day(services.billing.today(), counted={}, by=owner)
    assert _refresh(qtbot, screen) is True
    dialog = _day_end(qtbot, screen, world)
    qtbot.waitUntil(lambda: dialog.buttons["reopen"].isEnabled())
    press(Qt.Key.Key_R, CTRL)
    assert focused() is dialog.reopen_reason
    assert "Type why the day is reopened" in dialog.message.text
    type_text("customer came back for a ring")
    approval = _approve_with_pin(qtbot, dialog, Qt.Key.Key_R)
    assert "customer came back for a ring" in approval.reason.text()
    with qtbot.waitSignal(dialog.day_reopened, timeout=10_000):
        type_text("1111")
        press(ENTER)
    assert not services.day_end.is_closed(services.billing.today())
    assert dialog.buttons["close_day"].isEnabled()
    assert not dialog.buttons["reopen"].isEnabled()
    dialog.close()

    assert _refresh(qtbot, screen) is False
    assert screen.day_banner.isHidden()
    screen.activateWindow()
    screen.focus_scan()
    qtbot.waitUntil(lambda: focused() is screen.scan)
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        type_text(stocked.ring.tag_code)
        press(ENTER)
    upi = PaymentEntry(key="u", mode=PaymentMode.UPI, amount=screen.quote.net_payable)
    screen._set_draft(replace(screen.draft, payments=(upi,)))
    with qtbot.waitSignal(screen.bill_saved, timeout=10_000):
        press(Qt.Key.Key_F10)


def test_reopening_is_refused_once_the_day_end_reached_head_office(
    qtbot: QtBot, screen: BillingScreen, world: Any
) -> None:
    """Sent to head office while the dialog is open: Ctrl+R with a reason and a PIN is refused
    by the service with the reason; opened again, the dialog says so and offers no reopening."""
    services, owner, _cashier, _stocked = world
    services.day_end.close_day(services.billing.today(), counted={}, by=owner)
    dialog = _day_end(qtbot, screen, world)
    qtbot.waitUntil(lambda: dialog.buttons["reopen"].isEnabled())
    qtbot.waitUntil(lambda: "can reopen the day until 16:30" in dialog.reopen_note.text())
    with services.uow.begin() as s:  # the sync worker sends the day_end row meanwhile
        s.execute(
            update(SyncOutbox)
            .where(SyncOutbox.table_name == "day_end")
            .values(sent_at=services.clock.now())
        )
    press(Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.reopen_reason
    type_text("one more bill")
    _approve_with_pin(qtbot, dialog, Qt.Key.Key_R)
    type_text("1111")
    press(ENTER)
    refused = "The day cannot be reopened: its day-end report has already reached head office."
    qtbot.waitUntil(lambda: dialog.message.text == refused, timeout=10_000)
    assert services.day_end.is_closed(services.billing.today())
    dialog.close()

    again = _day_end(qtbot, screen, world)
    qtbot.waitUntil(lambda: again.reopen_note.text() == refused, timeout=10_000)
    assert not again.buttons["reopen"].isEnabled()
    press(Qt.Key.Key_R, CTRL)
    assert again.approval is None  # nothing asked: the day stays closed
    assert again.message.text != "Type why the day is reopened (Alt+E), then press Ctrl+R again."
    QApplication.processEvents()


def test_ctrl_p_prints_the_day_end_slip(qtbot: QtBot, screen: BillingScreen, world: Any) -> None:
    """Ctrl+P in the day-end dialog: with no receipt printer set the slip is queued and the
    dialog says where to set the printer; nothing else changes."""
    dialog = _day_end(qtbot, screen, world)
    with qtbot.waitSignal(dialog.slip_printed, timeout=10_000) as done:
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert done.args[0].queued and not done.args[0].printed
    assert "Settings (F12)" in dialog.message.text
    assert world[0].prints.waiting_count() == 1
