"""The sales-return dialog by keyboard: how the value goes back (split, kept as credit), the
credit note's number and value after saving, its slip queued and its A4 PDF, the bill shown as
partly returned / returned with no cancellation, one key per mnemonic, a manager first."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.formatting import format_inr
from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog
from jewelpos.ui.dialogs.return_goods import ReturnGoodsDialog
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A shop with a manager and a cashier, and Priya's bill for the chain and the ring."""
    from jewelpos.services.auth import Role
    from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
    from jewelpos.services.customers import CustomerInput

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    services.prints.data_dir = tmp_path / "data"
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    manager = services.auth.add_user(
        username="meena", display_name="Meena Shah", role=Role.MANAGER, pin="2222", by=owner
    )
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
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
    lines = tuple(services.billing.line_for_code(p.tag_code) for p in (stocked.ring, stocked.chain))
    draft = BillDraft(lines=lines, customer_id=customer.id)
    q = services.billing.quote(draft, customer=CustomerOnBill.from_info(customer))
    saved = services.billing.save_bill(
        BillDraft(
            lines=lines,
            customer_id=customer.id,
            payments=(PaymentEntry(key="u", mode=PaymentMode.UPI, amount=q.net_payable),),
        ),
        by=owner,
    )
    yield {
        "services": services,
        "owner": owner,
        "manager": manager,
        "cashier": cashier,
        "customer": customer,
        "bill": services.billing.bill(saved.id),
    }
    services.engine.dispose()


@pytest.fixture
def lookup(qtbot: QtBot, world: dict[str, Any]) -> Iterator[BillLookupDialog]:
    runner = TaskRunner()
    services = world["services"]
    users = sorted(  # the owner handed in first
        (u for u in services.auth.users() if u.can_manage), key=lambda u: u.role != "owner"
    )
    assert users[0].username != "meena"
    dialog = BillLookupDialog(services, runner, user=world["cashier"], managers=users)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.number and dialog.today.count() >= 1)
    yield dialog
    runner.shutdown()


def _open_return(qtbot: QtBot, lookup: BillLookupDialog, number: str) -> ReturnGoodsDialog:
    with qtbot.waitSignal(lookup.bill_shown, timeout=10_000):
        type_text(number)
        press(ENTER)
    press(Qt.Key.Key_F7)
    dialog = lookup.return_dialog
    assert isinstance(dialog, ReturnGoodsDialog)
    qtbot.waitUntil(lambda: focused() is dialog.lines)
    return dialog


def _mnemonics(dialog: ReturnGoodsDialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    return [m.lower() for t in texts for m in re.findall(r"(?<!&)&([^&\s])", t)]


def test_split_refund_and_credit_then_a_full_return_by_keyboard(
    qtbot: QtBot, lookup: BillLookupDialog, world: dict[str, Any]
) -> None:
    """Ring back: split 5,000.00 cash, the rest kept as credit, Meena's PIN (she is offered
    first): the credit note's number, value and split are shown, its slip waits in the print
    queue, Ctrl+P saves its PDF; the bill is "partly returned" and cannot be cancelled. Then the
    chain, kept as credit: the bill is "returned" and offers neither return nor cancel."""
    services = world["services"]
    bill = world["bill"]
    dialog = _open_return(qtbot, lookup, bill.number)
    marks = _mnemonics(dialog)
    assert len(marks) == len(set(marks)), marks  # Alt+P was the pieces and the PIN
    assert dialog.manager.currentData() == "meena"
    press(Qt.Key.Key_Space)  # the ring
    qtbot.waitUntil(lambda: dialog.value is not None)
    value = dialog.value
    assert value == bill.lines[0].taxable + Decimal("738.26") * 2  # ring: 49,217.50 + GST
    assert format_inr(value) in dialog.value_label.text()
    press(ENTER)
    type_text("Size")
    press(ENTER)
    assert focused() is dialog.mode
    type_text("Sp")  # Split between modes
    assert dialog.mode.currentData() == "split"
    press(ENTER)
    assert focused() is dialog.split["cash"]
    size = dialog.sizeHint()
    assert size.width() <= 1366 and size.height() <= 728  # fits the counter's screen
    type_text("5000")
    for _ in range(3):  # card, UPI, bank left empty
        press(ENTER)
    press(ENTER)
    assert focused() is dialog.keep_rest
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.keep_rest.isChecked)
    press(ENTER)
    assert focused() is dialog.manager
    press(Qt.Key.Key_Tab)
    type_text("2222")
    with (
        qtbot.waitSignal(dialog.printed, timeout=10_000),
        qtbot.waitSignal(lookup.goods_returned, timeout=10_000) as returned,
    ):
        press(ENTER)
    note = returned.args[0]
    rest = value - Decimal(5000)
    assert note.refunds == (("cash", Decimal(5000)),) and note.kept_as_credit == rest
    text = dialog.outcome.text()
    assert text.startswith(
        f"Credit note {note.number} for {format_inr(value)}. Pay back ₹5,000.00 by cash. "
        f"{format_inr(rest)} kept as the customer's credit."
    )
    assert "waiting in the print queue" in text
    assert [q.kind for q in services.prints.queued()] == ["credit_note"]
    shot(dialog, "return_done")
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as pdf:
        press(Qt.Key.Key_P, CTRL)
    assert pdf.args[0].pdf_path.read_bytes().startswith(b"%PDF")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: lookup.return_dialog is None)
    qtbot.waitUntil(lambda: "partly returned" in lookup.view.toPlainText())
    assert not lookup.buttons["cancel"].isEnabled()
    assert lookup.buttons["return"].isEnabled()
    lookup.activateWindow()  # the window manager's part, offscreen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lookup.number)
    press(Qt.Key.Key_F7)
    dialog = lookup.return_dialog
    qtbot.waitUntil(lambda: dialog is not None and focused() is dialog.lines)
    press(Qt.Key.Key_Down)  # the ring is back already; the chain
    press(Qt.Key.Key_Space)
    press(ENTER)
    type_text("Not wanted")
    press(ENTER)
    type_text("Keep")
    assert dialog.mode.currentData() == "credit"
    press(ENTER)
    press(Qt.Key.Key_Tab)
    type_text("2222")
    with qtbot.waitSignal(lookup.goods_returned, timeout=10_000) as returned:
        press(ENTER)
    second = returned.args[0]
    assert second.refunds == () and second.kept_as_credit == second.total
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "Final · returned (credit notes" in lookup.view.toPlainText())
    assert "partly" not in lookup.view.toPlainText()
    assert not lookup.buttons["cancel"].isEnabled()
    assert not lookup.buttons["return"].isEnabled()
    credits = services.billing.customer_credits(world["customer"].id)
    assert sum(c.balance for c in credits) == rest + second.total
