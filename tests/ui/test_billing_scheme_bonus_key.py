"""A scheme whose bonus is a making discount, redeemed in billing by keyboard: Ctrl+K sets the
savings off after tax and puts the bonus on the bill as a pre-tax discount on making and VA
(the coupon mechanism), so the taxable value and GST fall by C1."""

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
from ui_helpers import focused, press, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.domain.schemes import BonusRule, BonusTreatment, PlanKind, PlanTerms, add_months
from jewelpos.services.auth import Role
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from jewelpos.ui.screens import billing_schemes
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """The 22K chain in stock; Priya's 11 x 5,000 account with a 50 % making/VA bonus, started
    11 months ago and fully paid: it matures today."""
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
    terms = PlanTerms(
        PlanKind.AMOUNT,
        D("5000.00"),
        11,
        bonus_rule=BonusRule.MAKING_DISCOUNT,
        bonus_percent=D("50"),
        treatment=BonusTreatment.PRE_TAX,
    )
    plan = services.schemes.save_plan(PlanInput("MAKE11", "Making 11", terms), by=owner)
    acc = services.schemes.enrol(
        customer_id=priya.id, plan_id=plan.id, start_date=add_months(today, -11), by=owner
    )
    services.schemes.pay(acc.id, amount=D("55000"), mode="cash", by=owner)
    yield {"services": services, "cashier": cashier, "stocked": stocked, "account": acc}
    services.engine.dispose()


def test_ctrl_k_puts_the_making_bonus_on_the_bill_before_tax(
    qtbot: QtBot, world: dict[str, Any]
) -> None:
    """Chain: gold 1,31,917.50, VA 12 % 15,830.10, hallmark 45.00 (taxable 1,47,792.60). The
    bonus takes 50 % of the VA line: 7,915.05. Taxable 1,39,877.55; CGST = SGST = 2,098.16325
    -> 2,098.16; invoice 1,39,877.55 + 4,196.32 = 1,44,073.87; less the savings 55,000.00 =
    89,073.87 -> payable 89,074. Ctrl+K again takes savings and bonus off."""
    services = world["services"]
    runner = TaskRunner()
    bill = BillingScreen(services, runner, user=world["cashier"], clock=services.clock)
    key = billing_schemes.install(bill, services, runner)
    qtbot.addWidget(bill)
    bill.resize(1366, 728)
    bill.show()
    bill.activateWindow()
    bill.start()
    qtbot.waitUntil(lambda: bill.shop is not None and bool(bill._managers))
    bill.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bill.scan)
    try:
        with qtbot.waitSignal(bill.line_added, timeout=10_000):
            type_text(world["stocked"].chain.tag_code)
            press(ENTER)
        press(Qt.Key.Key_F4)
        dialog = bill.dialog
        qtbot.waitUntil(lambda: focused() is dialog.search)
        type_text("98200 12345")
        with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
            pass
        press(ENTER)
        qtbot.waitUntil(lambda: focused() is bill.scan and bill.customer is not None)
        with qtbot.waitSignal(key.redeemed, timeout=10_000):
            press(Qt.Key.Key_K, CTRL)
        q = bill.quote
        assert [u.amount for u in bill.draft.set_offs] == [D("55000.00")]
        assert [r.percent for r in bill.draft.discounts] == [D("50.00")]
        assert q.lines_amounts[bill.draft.lines[0].key].wastage_discount == D("-7915.05")
        assert (q.taxable, q.cgst, q.sgst) == (D("139877.55"), D("2098.16"), D("2098.16"))
        assert (q.invoice_value, q.net_payable) == (D("144073.87"), D("89074"))
        with qtbot.waitSignal(key.redeemed, timeout=10_000):
            press(Qt.Key.Key_K, CTRL)
        assert (bill.draft.set_offs, bill.draft.discounts) == ((), ())
        assert bill.quote.taxable == D("147792.60")
    finally:
        runner.shutdown()
