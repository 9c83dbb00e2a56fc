"""Rewards at the counter by keyboard: Ctrl+J sets off the customer's loyalty points and
Ctrl+G a scanned gift voucher (partly used, its balance kept) on one bill; the bill's taxable
value and GST stay those of C1 without them."""

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
from jewelpos.domain.clock import FixedClock
from jewelpos.services.billing import BillDraft, PaymentEntry, PaymentMode
from jewelpos.services.customers import CustomerInput
from jewelpos.services.vouchers import VoucherInput
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.screens.billing_rewards import VoucherScanDialog
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """Priya bought the ring earlier (her points), holds an open voucher of Rs 2,00,000; the
    chain is in stock; a cashier bills."""
    from jewelpos.services.auth import Role

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    priya = services.customers.save(
        CustomerInput(
            name="Priya Sharma",
            mobile="9820012345",
            address="14 Shivaji Nagar",
            city="Pune",
            state_code="27",
            pan="ABCPS1234K",
        ),
        by=owner,
    )
    draft = BillDraft(
        lines=(services.billing.line_for_code(stocked.ring.tag_code),), customer_id=priya.id
    )
    q = services.billing.quote(draft, customer=None)
    services.billing.save_bill(
        BillDraft(
            lines=draft.lines,
            customer_id=priya.id,
            payments=(PaymentEntry(key="u", mode=PaymentMode.UPI, amount=q.net_payable),),
        ),
        by=owner,
    )
    yield services, cashier, stocked, priya
    services.engine.dispose()


def test_points_and_a_partly_used_voucher_on_one_bill_leave_its_tax_alone(
    qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """Priya's ring earned 49,217.50 / 100 = 492.175 -> 492 points. The chain (DOMAIN.md:
    taxable 1,47,792.60, CGST = SGST 2,216.89, invoice 1,52,226.38): Ctrl+J sets off 492
    (under 10 % = 15,222.63); Ctrl+G with the voucher's code sets off 1,52,226.38 - 492 =
    1,51,734.38; taxable and GST stay as without set-offs; payable 0. Saved: the voucher keeps
    2,00,000 - 1,51,734.38 = 48,265.62; Priya has 492 - 492 + (1,47,792.60 - 492) / 100
    = 1,473.006 -> 1,473 points."""
    services, cashier, stocked, priya = world
    points = services.loyalty.summary(priya.id).balance
    assert points == 492
    voucher = services.vouchers.issue(
        VoucherInput(amount=D("200000"), value_kind="open"), by=cashier
    )
    runner = TaskRunner()
    screen = BillingScreen(services, runner, user=cashier, clock=services.clock)
    qtbot.addWidget(screen)
    screen.resize(1366, 728)
    screen.show()
    screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    screen.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan)
    assert screen.buttons["points"].text() == "Ctrl+J\nPoints"
    assert screen.buttons["voucher"].text() == "Ctrl+G\nVoucher"
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        type_text(stocked.chain.tag_code)
        press(ENTER)
    with qtbot.waitSignal(screen.credits_loaded, timeout=10_000):
        press(Qt.Key.Key_F4)
        dialog = screen.dialog
        qtbot.waitUntil(lambda: focused() is dialog.search)
        type_text("98200 12345")
        with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
            pass
        press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    before = screen.quote
    with qtbot.waitSignal(screen.rewards_changed, timeout=10_000) as took:
        press(Qt.Key.Key_J, CTRL)
    assert took.args[0].amount == D(points)
    press(Qt.Key.Key_G, CTRL)
    scan = screen.dialog
    assert isinstance(scan, VoucherScanDialog)
    qtbot.waitUntil(lambda: focused() is scan.code)
    with qtbot.waitSignal(scan.used, timeout=10_000) as used:
        type_text(voucher.code)
        press(ENTER)
    voucher_part = D("151734.38")
    assert used.args[0].amount == voucher_part
    q = screen.quote
    assert (q.priced.taxable, q.priced.cgst, q.priced.sgst) == (
        D("147792.60"),
        D("2216.89"),
        D("2216.89"),
    )
    assert (before.priced.taxable, before.priced.cgst) == (D("147792.60"), D("2216.89"))
    assert q.net_payable == D("0")
    assert "Loyalty points" in screen.set_offs_label.text()
    assert voucher.code in screen.set_offs_label.text()
    shot(screen, "billing_points_voucher")
    qtbot.waitUntil(lambda: screen.dialog is None and focused() is screen.scan)
    with qtbot.waitSignal(screen.bill_saved, timeout=10_000) as saved:
        press(Qt.Key.Key_F10)
    bill = services.billing.bill(saved.args[0].id)
    assert (bill.taxable, bill.cgst) == (before.priced.taxable, before.priced.cgst)
    assert services.vouchers.find(voucher.code).balance == D("48265.62")
    assert services.loyalty.summary(priya.id).balance == 1473
    runner.shutdown()
