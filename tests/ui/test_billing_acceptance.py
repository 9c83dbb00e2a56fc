"""Issue 4 acceptance: a whole bill by keyboard alone on the real counter, checked in the database."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_world import RATES, set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import CASHIER, OWNER, focused, open_services, press, shot, type_text

from jewelpos.config import Settings
from jewelpos.domain.old_gold import OldGoldLine
from jewelpos.domain.pricing import (
    BillInput,
    ItemLine,
    Making,
    MakingKind,
    Wastage,
    WastageOn,
    price_bill,
)
from jewelpos.domain.purity import Metal
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.dialogs.old_gold import OldGoldDialog
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.untagged_line import UntaggedLineDialog
from jewelpos.ui.main_window import MainWindow

ENTER = Qt.Key.Key_Return
UPI_VPA = "shreeganesh@okhdfc"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """The counter prints receipts to a file (a printer that always answers) and knows its UPI ID."""
    return Settings(
        data_dir=tmp_path / "counter",
        receipt_printer=f"file:{tmp_path / 'receipt.bin'}",
        extra={"upi_vpa": UPI_VPA},
    )


def _prepare(settings: Settings, clock: Any) -> Any:
    """Rates, two pieces in stock (and a bangle sold on bill 1), a customer with PAN and address."""
    from jewelpos.services.customers import CustomerInput

    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        set_rates(services, owner)
        stocked = stock_pieces(services, owner)
        services.customers.save(
            CustomerInput(
                name="Priya Sharma",
                mobile="9820012345",
                address="14 Shivaji Nagar",
                city="Pune",
                pin_code="411005",
                state_code="27",
                pan="ABCPS1234K",
            ),
            by=owner,
        )
        return stocked
    finally:
        engine.dispose()


def _log_in_cashier(qtbot: QtBot, counter: Any) -> MainWindow:
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    login.select_user(CASHIER[0])
    login.pin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin)
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(CASHIER[1])
        press(ENTER)
    window = counter.shell.main_window
    assert window is not None
    window.activateWindow()
    return window


def _expected() -> Any:
    """The same bill priced by the domain's C1 engine directly, from the category defaults."""
    gold = RATES[("gold", 916)]
    chain = ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=18_450,
        rate=gold,
        wastage=Wastage(Decimal(12), WastageOn.VALUE),
        hallmark_pieces=1,
    )
    ring = ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=6_250,
        stone_mg=380,
        stone_value=Decimal("1200.00"),
        rate=gold,
        wastage=Wastage(Decimal(8), WastageOn.WEIGHT),
        making=Making(MakingKind.PER_G, Decimal("450.00")),
        hallmark_pieces=1,
    )
    payal = ItemLine(
        metal=Metal.SILVER,
        purity=925,
        gross_mg=50_000,
        rate=RATES[("silver", 925)],
        making=Making(MakingKind.PER_G, Decimal("15.00")),
    )
    old = OldGoldLine(
        gross_mg=10_000,
        less_mg=500,
        touch_percent=Decimal(84),
        rate=RATES[("gold", 999)],
        deduction_percent=Decimal(2),
    )
    return price_bill(BillInput(items=(chain, ring, payal), old_gold=(old,)))


def test_a_bill_by_keyboard_alone_lands_in_the_database_as_priced_by_c1(
    qtbot: QtBot,
    ready_shop: None,
    make_counter: Any,
    settings: Settings,
    clock: Any,
    tmp_path: Path,
) -> None:
    """Scan 2 pieces, F5 silver, F4 customer by mobile, F6 old gold, F8 cash + UPI, F10 save."""
    stocked = _prepare(settings, clock)
    counter = make_counter()
    window = _log_in_cashier(qtbot, counter)
    screen = window.billing_screen
    assert window.current_screen() == "billing"  # a cashier starts on Billing
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    qtbot.waitUntil(lambda: focused() is screen.scan)
    qtbot.waitUntil(lambda: screen.next_number == "IB1-C1/25/00002")
    assert screen.number_label.text() == "Bill  next: IB1-C1/25/00002"

    # Two tags scanned: the scanner types the code and Enter.
    for piece in (stocked.chain, stocked.ring):
        with qtbot.waitSignal(screen.line_added, timeout=10_000):
            type_text(piece.tag_code)
            press(ENTER)
        assert focused() is screen.scan

    # F5: silver anklet by weight.
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        press(Qt.Key.Key_F5)
        item = screen.dialog
        assert isinstance(item, UntaggedLineDialog)
        qtbot.waitUntil(lambda: focused() in (item.category, item.category.lineEdit()))
        assert item.category.currentText().startswith("Silver anklet")
        press(ENTER)  # category as offered
        press(ENTER)  # purity S925 as offered
        assert item.purity.currentText() == "S925"
        type_text("50.000")
        press(ENTER)
        press(ENTER)  # no stones
        press(ENTER)  # no description: added
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert len(screen.draft.lines) == 3
    assert "PAN or Form 60" in screen.warnings.text()

    # F4: the customer found by mobile, picked with Enter.
    with qtbot.waitSignal(screen.customer_changed, timeout=10_000):
        press(Qt.Key.Key_F4)
        pick = screen.dialog
        assert isinstance(pick, CustomerPickDialog)
        qtbot.waitUntil(lambda: focused() is pick.search)
        assert "PAN or Form 60 is needed" in pick.needs.text()
        with qtbot.waitSignal(pick.search_finished, timeout=10_000):
            type_text("9820012345")
        press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert "Priya Sharma" in screen.customer_label.text()
    assert "PAN ✓" in screen.customer_label.text()
    assert not screen.warnings.isVisible()

    # F6: old gold, one lot; the 24K rate is offered.
    press(Qt.Key.Key_F6)
    old = screen.dialog
    assert isinstance(old, OldGoldDialog)
    qtbot.waitUntil(lambda: old.rate.text() == "7800.00" and focused() is old.gross)
    for text in ("10.000", "0.500", "84", "", "", ""):  # gross, less, touch, rate, deduction, item
        type_text(text)
        press(ENTER)
    assert old.model.rowCount() == 1
    assert old.model.index(0, old.model.FINE).data() == "7.980"
    shot(old, "billing_en_old_gold")
    press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    expected = _expected()
    assert screen.quote.net_payable == expected.net_payable
    assert screen.payable.text() == "₹ " + _indian(expected.net_payable, 0)
    shot(window, "billing_en_bill")

    # F8: cash 50,000 and the rest by UPI (F8 in the UPI field puts the balance there).
    press(Qt.Key.Key_F8)
    pay = screen.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    type_text("50000")
    press(ENTER)  # -> card
    press(ENTER)  # empty card: -> UPI
    assert focused() is pay.amounts["upi"]
    press(Qt.Key.Key_F8)
    upi = expected.net_payable - Decimal(50000)
    assert pay.amount("upi") == upi
    assert pay.qr_amount() == upi and pay.qr.pixmap() is not None
    assert pay.balance() == 0
    press(ENTER)
    type_text("412345678901")
    shot(pay, "billing_en_payment")
    press(ENTER)  # -> cheque
    press(ENTER)  # -> bank
    with qtbot.waitSignal(screen.totals_changed, timeout=10_000):
        press(ENTER)  # done
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert screen.quote.balance == 0 and screen.quote.can_save

    # F10: saved on the worker, printed, the screen is ready for the next bill.
    with (
        qtbot.waitSignal(screen.bill_printed, timeout=20_000),
        qtbot.waitSignal(screen.bill_saved, timeout=20_000) as saved_signal,
    ):
        press(Qt.Key.Key_F10)
    saved = saved_signal.args[0]
    assert saved.number == "IB1-C1/25/00002"  # next after the bangle's bill
    assert screen.draft.lines == () and screen.customer is None
    assert screen.message.text.startswith(f"Bill {saved.number} saved: ")
    assert "Receipt printed." in screen.message.text
    assert (tmp_path / "receipt.bin").stat().st_size > 0
    qtbot.waitUntil(lambda: screen.next_number == "IB1-C1/25/00003")
    shot(window, "billing_en_saved")

    # The database, through the services.
    engine, services = open_services(settings, clock)
    try:
        bill = services.billing.find_bill(saved.number)
        assert bill is not None and bill.status == "final"
        assert (bill.taxable, bill.cgst, bill.sgst, bill.igst) == (
            expected.taxable,
            expected.cgst,
            expected.sgst,
            Decimal("0.00"),
        )
        assert bill.invoice_value == expected.invoice_value
        assert bill.old_gold_value == expected.old_gold_value
        assert bill.round_off == expected.round_off
        assert bill.net_payable == expected.net_payable
        assert [line.taxable for line in bill.lines] == [i.taxable for i in expected.items]
        assert bill.customer_name == "Priya Sharma" and bill.customer_pan == "ABCPS1234K"
        assert {(p.mode, p.amount, p.reference) for p in bill.payments} == {
            ("cash", Decimal("50000.00"), ""),
            ("upi", upi, "412345678901"),
        }
        assert bill.old_gold_voucher_number
        for piece in (stocked.chain, stocked.ring):
            assert services.stock.find_by_code(piece.tag_code).status == "sold"
        numbers = [b.number for b in services.billing.bills_for_day(services.billing.today())]
        assert numbers == ["IB1-C1/25/00001", "IB1-C1/25/00002"]
    finally:
        engine.dispose()
    with sqlite3.connect(settings.db_path) as db:
        rows = dict(
            db.execute(
                "SELECT table_name, COUNT(*) FROM sync_outbox WHERE row_id = ? GROUP BY table_name",
                (saved.id,),
            ).fetchall()
        )
        assert rows.get("invoice", 0) >= 1
        lines = db.execute(
            "SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'invoice_line' "
            "AND row_id IN (SELECT id FROM invoice_line WHERE invoice_id = ?)",
            (saved.id,),
        ).fetchone()[0]
        assert lines == 3


def _indian(amount: Decimal, decimals: int = 2) -> str:
    from jewelpos.domain.formatting import format_indian

    return format_indian(amount, decimals)
