"""Find a bill by keyboard (Ctrl+F dialog): by customer name or mobile, by amount, by day,
by part of the number, and a results list to pick from with arrows and Enter."""

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
from ui_helpers import focused, press, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
from jewelpos.services.customers import CustomerInput
from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog
from jewelpos.ui.tasks import InlineTaskRunner

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """Day 1 (1 Jun 2025): a bangle sold to a walk-in. Day 2: the ring sold to Asha Patil."""
    clock = FixedClock(SHOP_MORNING)
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), clock)
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)  # sells the bangle on day 1
    walk_in = services.billing.bills_for_day(services.billing.today())[0]
    clock.advance(timedelta(days=1))
    set_rates(services, owner)
    asha = services.customers.save(
        CustomerInput(name="Asha Patil", mobile="98220 12345", state_code="27"), by=owner
    )
    draft = BillDraft(lines=(services.billing.line_for_code(stocked.ring.tag_code),),
                      customer_id=asha.id)  # fmt: skip
    due = services.billing.quote(draft, customer=CustomerOnBill.from_info(asha)).net_payable
    # DOMAIN.md's ring: taxable 49,217.50 + CGST 738.26 + SGST 738.26 = 50,694.02 -> 50,694
    assert due == Decimal("50694")
    paid = BillDraft(lines=draft.lines, customer_id=asha.id,
                     payments=(PaymentEntry(key="p", mode=PaymentMode.UPI, amount=due,
                                            reference="UPI1"),))  # fmt: skip
    ring_bill = services.billing.save_bill(paid, by=owner)
    yield services, owner, walk_in, ring_bill
    services.engine.dispose()


@pytest.fixture
def dialog(qtbot: QtBot, world: tuple[Any, Any, Any, Any]) -> BillLookupDialog:
    services, owner, _walk_in, _ring = world
    dlg = BillLookupDialog(services, InlineTaskRunner(), user=owner, managers=[])
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.number)
    return dlg


def _clear() -> None:
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Backspace)


def _find(qtbot: QtBot, dlg: BillLookupDialog) -> list[Any]:
    with qtbot.waitSignal(dlg.bills_found) as found:
        press(Qt.Key.Key_Return)
    return list(found.args[0])


def test_find_by_name_mobile_amount_and_day(
    qtbot: QtBot, dialog: BillLookupDialog, world: tuple[Any, Any, Any, Any]
) -> None:
    """ "asha", "98220" and ₹50694 each find the ring bill and open it; From/To day pick one day."""
    _services, _owner, walk_in, ring = world
    type_text("asha")
    with qtbot.waitSignal(dialog.bill_shown) as shown:
        assert [b.number for b in _find(qtbot, dialog)] == [ring.number]
    assert shown.args[0].number == ring.number  # one match: shown at once
    _clear()
    type_text("98220")
    assert [b.number for b in _find(qtbot, dialog)] == [ring.number]
    _clear()
    press(Qt.Key.Key_A, ALT)
    assert focused() is dialog.amount
    type_text("50694")
    assert [b.number for b in _find(qtbot, dialog)] == [ring.number]
    _clear()
    press(Qt.Key.Key_F, ALT)
    assert focused() is dialog.day_from
    type_text("02-06-2025")
    assert [b.number for b in _find(qtbot, dialog)] == [ring.number]
    _clear()
    press(Qt.Key.Key_O, ALT)
    assert focused() is dialog.day_to
    type_text("01-06-2025")
    assert [b.number for b in _find(qtbot, dialog)] == [walk_in.number]
    assert "Bills found: 1" in dialog.today_label.text()
    assert "-₹0.00" not in dialog.view.toPlainText()  # no old gold: no "old gold -₹0.00"
    QApplication.processEvents()
    dialog.grab().save("/tmp/screens-find-bill.png")


def test_results_list_is_picked_by_arrows_and_enter(
    qtbot: QtBot, dialog: BillLookupDialog, world: tuple[Any, Any, Any, Any]
) -> None:
    """A number part matching both bills lists them newest first; ↓ then Enter opens the
    older one, and what was typed stays in the field."""
    _services, _owner, walk_in, ring = world
    type_text("/0000")
    found = _find(qtbot, dialog)
    assert [b.number for b in found] == [ring.number, walk_in.number]
    assert dialog.today.count() == 2 and dialog.bill is None
    press(Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.bill_shown) as shown:
        press(Qt.Key.Key_Return)
    assert shown.args[0].number == walk_in.number
    assert dialog.number.text() == "/0000"


def test_bad_day_or_amount_is_named_and_kept(qtbot: QtBot, dialog: BillLookupDialog) -> None:
    """31-02-2025 and "fifty" are refused by field name in words; the text stays to correct."""
    press(Qt.Key.Key_F, ALT)
    type_text("31-02-2025")
    press(Qt.Key.Key_Return)
    assert dialog.message.text == "From day: type the date like 14-11-2025."
    assert dialog.day_from.text() == "31-02-2025"
    _clear()
    press(Qt.Key.Key_A, ALT)
    type_text("fifty")
    press(Qt.Key.Key_Return)
    assert dialog.message.text.startswith("Amount:")
    assert dialog.amount.text() == "fifty"
