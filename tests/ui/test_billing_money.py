"""The billing screen by keyboard: Deliver to (F9) sets the place of supply, and the customer's
credit from a return is set off after tax (F11)."""

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
from jewelpos.domain.weight import mg_from_grams
from jewelpos.ui.dialogs.deliver_to import DeliverToDialog
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop with today's rates, a chain and a ring in stock, a cashier."""
    from jewelpos.services.auth import Role

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    yield services, owner, cashier, stocked
    services.engine.dispose()


@pytest.fixture
def screen(qtbot: QtBot, world: tuple[Any, Any, Any, Any]) -> Iterator[BillingScreen]:
    services, _owner, cashier, _stocked = world
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
    yield screen
    runner.shutdown()


def _scan(qtbot: QtBot, screen: BillingScreen, code: str) -> None:
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        type_text(code)
        press(ENTER)


def test_f9_ships_to_another_state_and_the_totals_show_igst(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """F9, Alt+S, the address, Enter, the state by typing, Enter: the bill is a shipment to
    Karnataka (29) with IGST 3 % (the ring's 49,217.50 -> 1,476.53); back to the counter with
    F9, Alt+C, Enter: CGST + SGST again."""
    stocked = world[3]
    _scan(qtbot, screen, stocked.ring.tag_code)
    assert screen.quote is not None and str(screen.quote.supply) == "intra"
    assert "at the counter" in screen.delivery_label.text()
    press(Qt.Key.Key_F9)
    dialog = screen.dialog
    assert isinstance(dialog, DeliverToDialog)
    qtbot.waitUntil(lambda: focused() is dialog.counter)
    press(Qt.Key.Key_S, ALT)
    qtbot.waitUntil(dialog.ship.isChecked)  # a button's mnemonic clicks it after a moment
    press(Qt.Key.Key_A, ALT)
    assert focused() is dialog.address
    press(ENTER, CTRL)  # no address yet: said at the field, nothing set
    assert dialog.errors.error_label("address").isVisible() and dialog.isVisible()
    type_text("12 Brigade Road, Bengaluru 560001")
    press(ENTER)
    assert focused() is dialog.state
    type_text("Karnataka")
    assert dialog.state.currentData() == "29"
    assert dialog.tax_note.text() == "Sent to another state: IGST."
    shot(dialog, "deliver_to_ship")
    press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    q = screen.quote
    assert str(screen.draft.delivery) == "ship" and screen.draft.ship_state_code == "29"
    assert str(q.supply) == "inter" and q.igst == Decimal("1476.53")
    assert screen.total_values["igst"].isVisible() and not screen.total_values["cgst"].isVisible()
    assert "Karnataka (29)" in screen.delivery_label.text()
    shot(screen, "billing_shipped_igst")
    hint = screen.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    press(Qt.Key.Key_F9)
    dialog = screen.dialog
    qtbot.waitUntil(lambda: focused() is dialog.ship)
    press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(dialog.counter.isChecked)
    press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert str(screen.quote.supply) == "intra" and screen.quote.cgst == Decimal("738.26")


def _customer_with_credit(services: Any, owner: Any, stocked: Any) -> tuple[Any, Any]:
    """Priya bought a 2.000 g bangle and returned it, keeping its value as credit."""
    from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
    from jewelpos.services.customers import CustomerInput
    from jewelpos.services.stock import NewPiece

    customer = services.customers.save(
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
    bangle = services.stock.add_piece(
        NewPiece(
            category_id=stocked.categories["BANGLE"].id,
            metal="gold",
            purity=916,
            gross_mg=mg_from_grams("2.000"),
        ),
        by=owner,
    )
    draft = BillDraft(
        lines=(services.billing.line_for_code(bangle.tag_code),), customer_id=customer.id
    )
    q = services.billing.quote(draft, customer=CustomerOnBill.from_info(customer))
    saved = services.billing.save_bill(
        BillDraft(
            lines=draft.lines,
            customer_id=customer.id,
            payments=(PaymentEntry(key="u", mode=PaymentMode.UPI, amount=q.net_payable),),
        ),
        by=owner,
    )
    line = services.billing.bill(saved.id).lines[0]
    note = services.billing.sales_return(
        saved.id, line_ids=(line.id,), reason="size", by=owner, keep_rest_as_credit=True
    )
    return customer, note


def test_f11_sets_the_customers_credit_off_and_the_bill_saves_with_it(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """With Priya on the bill her credit is shown; F11 sets it off after tax as "Credit note
    R... -₹x" (payable falls by it, rounded to the rupee); F11 again takes it off; the bill
    saved with it leaves her no credit."""
    services, owner, _cashier, stocked = world
    _customer, note = _customer_with_credit(services, owner, stocked)
    _scan(qtbot, screen, stocked.chain.tag_code)
    press(Qt.Key.Key_F11)  # no customer yet: said, nothing set off
    assert "put the customer on the bill first" in screen.message.text
    with qtbot.waitSignal(screen.credits_loaded, timeout=10_000):
        press(Qt.Key.Key_F4)
        dialog = screen.dialog
        qtbot.waitUntil(lambda: focused() is dialog.search)
        type_text("98200 12345")
        with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
            pass
        press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    credit = note.total
    assert screen.set_offs_label.text() == (
        f"Customer's credit ₹{_indian(credit)} available: F11 uses it"
    )
    before = screen.quote
    press(Qt.Key.Key_F11)
    q = screen.quote
    assert screen.set_offs_label.text() == (
        f"Set-offs (F11): Credit note {note.number} -₹{_indian(credit)}"
    )
    assert q.invoice_value == before.invoice_value
    assert q.net_payable == (before.invoice_value - credit).quantize(Decimal(1), "ROUND_HALF_UP")
    shot(screen, "billing_credit_set_off")
    press(Qt.Key.Key_F11)
    assert screen.draft.set_offs == () and screen.quote.net_payable == before.net_payable
    press(Qt.Key.Key_F11)
    press(Qt.Key.Key_F8)
    pay = screen.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    press(Qt.Key.Key_F8)  # the balance into the cash field
    with qtbot.waitSignal(screen.bill_saved, timeout=10_000) as saved:
        press(Qt.Key.Key_F10)
    view = services.billing.bill(saved.args[0].id)
    assert view.set_offs == ((f"Credit note {note.number}", credit),)
    assert services.billing.customer_credits(view.customer_id) == ()


def _indian(amount: Decimal) -> str:
    from jewelpos.domain.formatting import format_indian

    return format_indian(amount)
