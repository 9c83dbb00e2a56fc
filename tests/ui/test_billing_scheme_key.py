"""Redeeming a matured scheme in billing by keyboard: Ctrl+K sets the savings and the bonus off
after tax; the bill saves with it and the account is redeemed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.domain.schemes import PlanKind, PlanTerms, add_months
from jewelpos.services.auth import Role
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.screens import billing_schemes
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Today's rates, the 22K chain in stock, and Priya's 11 x 5,000 account, started 11
    months ago and fully paid: it matures today."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    today = shop_today(services.clock)
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    priya = services.customers.save(
        CustomerInput(
            name="Priya Kulkarni",
            mobile="9820012345",
            address="14 Shivaji Nagar",
            city="Pune",
            state_code="27",
            pan="ABCPK1234F",
        ),
        by=owner,
    )
    plan = services.schemes.save_plan(
        PlanInput("GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)), by=owner
    )
    acc = services.schemes.enrol(
        customer_id=priya.id, plan_id=plan.id, start_date=add_months(today, -11), by=owner
    )
    services.schemes.pay(acc.id, amount=D("55000"), mode="cash", by=owner)
    yield {"services": services, "cashier": cashier, "stocked": stocked, "account": acc}
    services.engine.dispose()


@pytest.fixture
def screen(qtbot: QtBot, world: dict[str, Any]) -> Iterator[tuple[BillingScreen, Any]]:
    services = world["services"]
    runner = TaskRunner()
    screen = BillingScreen(services, runner, user=world["cashier"], clock=services.clock)
    key = billing_schemes.install(screen, services, runner)
    qtbot.addWidget(screen)
    screen.resize(1366, 728)
    screen.show()
    screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    screen.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan)
    yield screen, key
    runner.shutdown()


def test_ctrl_k_redeems_a_matured_scheme_on_the_bill(
    qtbot: QtBot, screen: tuple[BillingScreen, Any], world: dict[str, Any]
) -> None:
    """Chain invoice 1,52,226.38 (DOMAIN.md); Ctrl+K sets off 55,000 + the one-instalment bonus
    5,000 = 60,000.00 after tax: 92,226.38 -> payable 92,226; paid in cash and saved, the
    account is redeemed with balance 0."""
    bill, key = screen
    services = world["services"]
    with qtbot.waitSignal(bill.line_added, timeout=10_000):
        type_text(world["stocked"].chain.tag_code)
        press(ENTER)
    assert bill.quote.invoice_value == D("152226.38")
    press(Qt.Key.Key_K, CTRL)  # no customer yet
    assert "put the customer on the bill first" in bill.message.text
    press(Qt.Key.Key_F4)
    dialog = bill.dialog
    qtbot.waitUntil(lambda: focused() is dialog.search)
    type_text("98200 12345")
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        pass
    press(ENTER)
    qtbot.waitUntil(lambda: focused() is bill.scan and bill.customer is not None)
    assert key.button.text() == "Ctrl+K\nScheme"
    with qtbot.waitSignal(key.redeemed, timeout=10_000):
        press(Qt.Key.Key_K, CTRL)
    q = bill.quote
    assert [u.amount for u in bill.draft.set_offs] == [D("60000.00")]
    assert (q.invoice_value, q.net_payable) == (D("152226.38"), D("92226"))
    assert "Scheme" in bill.set_offs_label.text()
    shot(bill, "billing_scheme_redeemed")
    hint = bill.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    press(Qt.Key.Key_F8)
    pay = bill.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    press(Qt.Key.Key_F8)
    with qtbot.waitSignal(bill.bill_saved, timeout=10_000):
        press(Qt.Key.Key_F10)
    after = services.schemes.account(world["account"].id)
    assert (after.status, after.balance) == ("redeemed", D("0.00"))
