"""A discount coupon in billing by keyboard: Ctrl+U, the code, Enter; the bill's taxable value
and GST fall as C1 point 3 says (a pre-tax discount on VA); F10 saves it and the coupon is used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
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
from jewelpos.services.auth import Role
from jewelpos.services.coupons import CouponInput
from jewelpos.services.customers import CustomerInput
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.screens.billing_coupons import CouponDialog
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Today's rates, the 22K chain in stock, a cashier, and the manager's coupon DIWALI10:
    10 % off making and VA this month."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    today = shop_today(services.clock)
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    services.customers.save(
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
    services.coupons.create(
        CouponInput("DIWALI10", today, today + timedelta(days=30), percent=D("10"), on_va=True),
        by=owner,
    )
    yield {"services": services, "cashier": cashier, "stocked": stocked}
    services.engine.dispose()


@pytest.fixture
def screen(qtbot: QtBot, world: dict[str, Any]) -> Iterator[BillingScreen]:
    services = world["services"]
    runner = TaskRunner()
    screen = BillingScreen(services, runner, user=world["cashier"], clock=services.clock)
    qtbot.addWidget(screen)
    screen.resize(1366, 728)
    screen.show()
    screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    screen.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan)
    yield screen
    runner.shutdown()


def test_ctrl_u_applies_a_coupon_before_tax(
    qtbot: QtBot, screen: BillingScreen, world: dict[str, Any]
) -> None:
    """Chain (DOMAIN.md): gold 1,31,917.50, VA 12 % 15,830.10, hallmark 45.00; taxable
    1,47,792.60. DIWALI10 takes 10 % of the VA line: 1,583.01 (the chain has no making).
    Taxable 1,47,792.60 - 1,583.01 = 1,46,209.59; CGST = SGST = 2,193.14385 -> 2,193.14;
    invoice 1,46,209.59 + 4,386.28 = 1,50,595.87; payable 1,50,596 (round off +0.13)."""
    bill = screen
    with qtbot.waitSignal(bill.line_added, timeout=10_000):
        type_text(world["stocked"].chain.tag_code)
        press(ENTER)
    assert bill.quote.taxable == D("147792.60")
    assert bill.coupon_key.button.text() == "Ctrl+U\nCoupon"
    press(Qt.Key.Key_U, CTRL)
    dialog = bill.dialog
    assert isinstance(dialog, CouponDialog)
    qtbot.waitUntil(lambda: focused() is dialog.code)
    type_text("NOSUCH")
    press(ENTER)
    qtbot.waitUntil(lambda: "NOSUCH" in dialog.message.text)
    dialog.code.clear()
    type_text("diwali10")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        press(ENTER)
    q = bill.quote
    a = q.lines_amounts[bill.draft.lines[0].key]
    assert (a.metal_value, a.wastage, a.wastage_discount) == (
        D("131917.50"),
        D("15830.10"),
        D("-1583.01"),
    )
    assert (q.taxable, q.cgst, q.sgst) == (D("146209.59"), D("2193.14"), D("2193.14"))
    assert (q.invoice_value, q.round_off, q.net_payable) == (
        D("150595.87"),
        D("0.13"),
        D("150596"),
    )
    assert "1,583.01" in bill.message.text
    assert "Before tax: Coupon DIWALI10 -₹1,583.01" in bill.set_offs_label.text()
    qtbot.waitUntil(lambda: focused() is bill.scan)
    press(Qt.Key.Key_F4)  # taxable over 50,000: the buyer's details
    customer = bill.dialog
    qtbot.waitUntil(lambda: focused() is customer.search)
    type_text("98200 12345")
    with qtbot.waitSignal(customer.search_finished, timeout=10_000):
        pass
    press(ENTER)
    qtbot.waitUntil(lambda: focused() is bill.scan and bill.customer is not None)
    assert bill.quote.taxable == D("146209.59")
    shot(bill, "billing_coupon")
    hint = bill.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    press(Qt.Key.Key_F8)
    pay = bill.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    press(Qt.Key.Key_F8)
    with qtbot.waitSignal(bill.bill_saved, timeout=10_000):
        press(Qt.Key.Key_F10)
    assert world["services"].coupons.find("DIWALI10").uses == 1


def test_ctrl_u_again_takes_the_coupon_off(
    qtbot: QtBot, screen: BillingScreen, world: dict[str, Any]
) -> None:
    """With the coupon on the bill, Ctrl+U takes it off: taxable back to 1,47,792.60."""
    bill = screen
    with qtbot.waitSignal(bill.line_added, timeout=10_000):
        type_text(world["stocked"].chain.tag_code)
        press(ENTER)
    press(Qt.Key.Key_U, CTRL)
    dialog = bill.dialog
    assert isinstance(dialog, CouponDialog)
    qtbot.waitUntil(lambda: focused() is dialog.code)
    type_text("DIWALI10")
    with qtbot.waitSignal(dialog.applied, timeout=10_000):
        press(ENTER)
    assert bill.quote.taxable == D("146209.59")
    qtbot.waitUntil(lambda: focused() is bill.scan)
    with qtbot.waitSignal(bill.coupon_key.removed, timeout=5_000):
        press(Qt.Key.Key_U, CTRL)
    assert bill.quote.taxable == D("147792.60")
    assert bill.draft.discounts == ()


def test_a_manager_makes_a_coupon_by_keyboard_on_the_customers_screen(
    qtbot: QtBot, world: dict[str, Any]
) -> None:
    """F7 on Customers: code FEST5, 5 % off making and VA, minimum 10,000, a limit of 50 bills,
    Enter through the fields makes it; a bad percent keeps what was typed and says why. The
    cashier's Customers screen has no F7."""
    from jewelpos.ui.dialogs.new_coupon import NewCouponDialog
    from jewelpos.ui.screens.customers import CustomersScreen

    services = world["services"]
    owner = user_named(services, "owner")
    runner = TaskRunner()
    screen = CustomersScreen(services, runner, user=owner)
    qtbot.addWidget(screen)
    screen.resize(1176, 700)
    screen.show()
    screen.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: focused() is screen.search)
    assert screen.coupon_button.text() == "F7 New coupon"
    with qtbot.waitSignal(screen.dialog_opened, timeout=5_000) as opened:
        press(Qt.Key.Key_F7)
    dialog = opened.args[0]
    assert isinstance(dialog, NewCouponDialog)
    qtbot.waitUntil(lambda: focused() is dialog.code)
    type_text("fest5")
    press(ENTER)
    type_text("five")
    for _ in range(8):  # through amount, VA, minimum, dates, once, limit
        press(ENTER)
    assert "Percent off making" in dialog.message.text
    assert dialog.percent.text() == "five" and dialog.code.text() == "fest5"
    dialog.percent.clear()
    dialog.percent.setFocus()
    type_text("5")
    press(ENTER)  # amount stays empty
    press(ENTER)
    press(Qt.Key.Key_Down)  # also off VA: Yes
    press(ENTER)
    type_text("10000")
    press(ENTER)
    press(ENTER)  # valid from today
    press(ENTER)  # to today + 30
    press(ENTER)  # not once per customer
    dialog.limit.selectAll()
    type_text("50")
    with qtbot.waitSignal(dialog.made, timeout=10_000) as made:
        press(ENTER)
    info = made.args[0]
    assert (info.code, info.percent, info.on_va, info.min_bill, info.max_uses) == (
        "FEST5",
        D("5.00"),
        True,
        D("10000.00"),
        50,
    )
    assert "FEST5" in dialog.made_text.text()
    assert dialog.width() <= 1366 and dialog.height() <= 728
    shot(dialog, "new_coupon")
    press(Qt.Key.Key_Escape)
    cashier_screen = CustomersScreen(services, runner, user=world["cashier"])
    qtbot.addWidget(cashier_screen)
    assert not cashier_screen.coupon_button.isVisibleTo(cashier_screen)
    runner.shutdown()
