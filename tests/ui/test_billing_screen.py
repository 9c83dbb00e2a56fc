"""The billing screen on its own, by keyboard: scanning, refusals, floor approvals, the cash rule, models."""

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
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog
from jewelpos.ui.dialogs.cancel_bill import CancelBillDialog
from jewelpos.ui.dialogs.day_end import DayEndDialog
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.models.bill_lines import BillLinesModel, OldGoldModel
from jewelpos.ui.models.day_end import DenominationModel
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
UPI_VPA = "shreeganesh@okhdfc"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop with today's rates, a chain and a ring in stock, a sold bangle, a cashier."""
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
    screen = BillingScreen(services, runner, user=cashier, clock=services.clock, upi_vpa=UPI_VPA)
    qtbot.addWidget(screen)
    screen.resize(1180, 780)
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


def test_scanning_a_sold_piece_says_so_and_adds_nothing(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """A sold tag: a message naming the piece and its state, no line, the code kept selected."""
    stocked = world[3]
    with qtbot.waitSignal(screen.scan_refused, timeout=10_000) as refused:
        type_text(stocked.sold.tag_code)
        press(ENTER)
    assert refused.args[0] == f"Piece {stocked.sold.tag_code} is sold: it cannot be billed."
    assert screen.message.text == refused.args[0]
    assert screen.model.rowCount() == 0
    assert screen.draft.lines == ()
    assert focused() is screen.scan
    assert screen.scan.selectedText() == stocked.sold.tag_code
    # The next scan replaces the refused code and is added.
    _scan(qtbot, screen, stocked.chain.tag_code)
    assert screen.model.rowCount() == 1
    assert screen.draft.lines[0].piece_id == stocked.chain.id
    # The same piece twice is refused too.
    with qtbot.waitSignal(screen.scan_refused, timeout=10_000) as again:
        type_text("AB12CD")  # its HUID
        press(ENTER)
    assert "already on this bill (line 1)" in again.args[0]
    assert screen.model.rowCount() == 1


def test_a_scan_reaches_the_scan_field_from_the_lines_table(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """Focus in the lines table: the scanner's keys still land in the scan field and add the piece."""
    stocked = world[3]
    _scan(qtbot, screen, stocked.chain.tag_code)
    press(Qt.Key.Key_Down)
    assert focused() is screen.table
    _scan(qtbot, screen, stocked.ring.tag_code)
    assert [x.piece_id for x in screen.draft.lines] == [stocked.chain.id, stocked.ring.id]
    assert focused() is screen.scan
    assert screen.scan.text() == ""
    # Weights with three decimals, purity as 22K916, the taxable from the C1 engine.
    ring_row = [screen.model.index(1, c).data() for c in range(BillLinesModel.COLUMN_COUNT)]
    assert ring_row[BillLinesModel.PURITY] == "22K916"
    assert ring_row[BillLinesModel.GROSS : BillLinesModel.NET + 1] == ["6.250", "0.380", "5.870"]
    assert ring_row[BillLinesModel.RATE] == "7,150.00"
    assert ring_row[BillLinesModel.WASTAGE] == "8% = 0.470 g"
    assert ring_row[BillLinesModel.MAKING] == "450.00/g"
    assert screen.payable.text().startswith("₹ ")


def test_lowering_a_rate_asks_a_manager_and_keeps_the_approval(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """Rate below today's: a manager's PIN in place; a wrong PIN is said; approved, the rate holds."""
    stocked = world[3]
    _scan(qtbot, screen, stocked.chain.tag_code)
    before = screen.quote.net_payable
    press(Qt.Key.Key_Down)  # into the lines, on the rate column
    assert screen.table.currentIndex().column() == BillLinesModel.RATE
    press(ENTER)  # edit the rate
    qtbot.waitUntil(lambda: focused().objectName() == "lineCellEditor")
    focused().selectAll()
    with qtbot.waitSignal(screen.approval_asked, timeout=10_000) as asked:
        type_text("7000")
        press(ENTER)
    dialog = asked.args[0]
    assert isinstance(dialog, ApprovalDialog)
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    assert "rate ₹7,000.00 is below today's ₹7,150.00" in dialog.reason.text()
    assert screen.draft.lines[0].rate == Decimal("7150.00")  # not yet
    shot(screen.window(), "billing_en_approval_screen")
    shot(dialog, "billing_en_approval")
    with qtbot.waitSignal(dialog.approval_failed, timeout=10_000) as failed:
        type_text("9999")
        press(ENTER)
    assert failed.args[0] == "Wrong user or PIN. Try again."
    assert dialog.pin_error.text() == failed.args[0]
    assert screen.draft.lines[0].rate == Decimal("7150.00")
    with qtbot.waitSignal(screen.totals_changed, timeout=10_000):
        type_text("1111")  # the owner's PIN (factories.OWNER_PIN)
        press(ENTER)
    line = screen.draft.lines[0]
    assert line.rate == Decimal("7000")
    assert [a.what for a in screen.draft.approvals] == [f"below_floor:{line.key}"]
    assert screen.quote.net_payable < before
    assert not screen.quote.needs_approval
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert "Approved by Suresh Soni." in screen.message.text


def test_a_refused_approval_leaves_the_rate_as_it_was(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """Esc in the approval: the lowered rate is not taken, the scan field has the focus again."""
    stocked = world[3]
    _scan(qtbot, screen, stocked.ring.tag_code)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_F2)  # F2 in the table edits the cell
    qtbot.waitUntil(lambda: focused().objectName() == "lineCellEditor")
    focused().selectAll()
    with qtbot.waitSignal(screen.approval_asked, timeout=10_000) as asked:
        type_text("100")
        press(ENTER)
    dialog = asked.args[0]
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert screen.draft.lines[0].rate == Decimal("7150.00")
    assert screen.draft.approvals == ()


def _customer_who_paid_cash(services: Any, owner: Any, stocked: Any) -> Any:
    """A customer who already paid ₹1,61,000-odd in cash today on another bill."""
    from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
    from jewelpos.services.customers import CustomerInput

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
    coin = services.billing.untagged_line(
        category_id=stocked.categories["GCOIN"].id, gross_mg=20_000
    )
    draft = BillDraft(lines=(coin,), customer_id=customer.id)
    q = services.billing.quote(draft, customer=CustomerOnBill.from_info(customer))
    services.billing.save_bill(
        BillDraft(
            lines=(coin,),
            customer_id=customer.id,
            payments=(PaymentEntry(key="c", mode=PaymentMode.CASH, amount=q.net_payable),),
        ),
        by=owner,
    )
    return customer, q.net_payable


def test_cash_above_the_limit_is_refused_with_the_allowance_and_nothing_is_lost(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """269ST across bills: the payment dialog and the save both refuse, saying how much cash is left."""
    services, owner, _cashier, stocked = world
    _customer, paid_before = _customer_who_paid_cash(services, owner, stocked)
    allowance = Decimal("199999.99") - paid_before
    _scan(qtbot, screen, stocked.chain.tag_code)

    with qtbot.waitSignal(screen.customer_changed, timeout=10_000):
        press(Qt.Key.Key_F4)
        dialog = screen.dialog
        qtbot.waitUntil(lambda: focused() is dialog.search)
        type_text("98200 12345")
        with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
            pass
        press(ENTER)
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert "Priya Sharma" in screen.customer_label.text()
    assert "98xxxxxx45" in screen.customer_label.text()

    press(Qt.Key.Key_F8)
    pay = screen.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    type_text("60000")
    expected = (
        f"Cash limit: this customer has paid ₹{_indian(paid_before)} in cash today; "
        f"at most ₹{_indian(allowance)} more in cash. Take the rest by card, UPI or bank."
    )
    assert pay.amount_errors["cash"].text() == expected
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Done: refused, kept
    assert pay.isVisible()
    assert pay.amounts["cash"].text() == "60000"
    assert focused() is pay.amounts["cash"]
    shot(pay, "billing_en_cash_limit")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is screen.scan)

    # Had the payment got onto the bill another way, the save is refused the same way.
    from dataclasses import replace

    from jewelpos.services.billing import PaymentEntry, PaymentMode

    cash = PaymentEntry(key="x", mode=PaymentMode.CASH, amount=screen.quote.net_payable)
    screen._set_draft(replace(screen.draft, payments=(cash,)))
    draft_before = screen.draft
    with qtbot.waitSignal(screen.save_refused, timeout=10_000) as refused:
        press(Qt.Key.Key_F10)
    assert f"at most ₹{_indian(allowance)} more in cash" in refused.args[0]
    assert screen.draft == draft_before  # nothing typed is lost
    assert screen.message.text == refused.args[0]
    assert services.billing.bills_for_day(services.billing.today())[-1].customer_name == (
        "Priya Sharma"
    )
    assert len(services.billing.bills_for_day(services.billing.today())) == 2


def _indian(amount: Decimal) -> str:
    from jewelpos.domain.formatting import format_indian

    return format_indian(amount)


def test_bill_line_and_old_gold_models_pass_qtmodeltester(
    qtmodeltester: Any, screen: BillingScreen, qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """Both table models keep Qt's model contract, with lines and without."""
    stocked = world[3]
    qtmodeltester.check(screen.model)
    _scan(qtbot, screen, stocked.chain.tag_code)
    _scan(qtbot, screen, stocked.ring.tag_code)
    qtmodeltester.check(screen.model)
    assert screen.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) == screen.draft.lines[0]
    model = OldGoldModel()
    qtmodeltester.check(model)
    from jewelpos.services.billing import OldGoldEntry
    from jewelpos.ui.dialogs.old_gold import price_entry

    entry = OldGoldEntry(
        key="k",
        description="Old bangles",
        metal="gold",
        gross_mg=21_300,
        less_mg=450,
        touch_percent=Decimal("84.0"),
        rate=Decimal("7700"),
        deduction_percent=Decimal("2"),
    )
    model.set_entries([entry], [price_entry(entry)])
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(model.COLUMN_COUNT)]
    assert row[OldGoldModel.FINE] == "17.514"  # DOMAIN.md's worked example
    assert row[OldGoldModel.VALUE] == "1,32,160.64"


def test_find_a_bill_reprint_it_and_cancel_it_with_a_manager(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any], tmp_path: Path
) -> None:
    """Ctrl+F: today's bill by Enter, A4 PDF saved, receipt queued (no printer), F9 cancels."""
    services, _owner, _cashier, stocked = world
    services.prints.data_dir = tmp_path / "data"
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    lookup = screen.dialog
    assert isinstance(lookup, BillLookupDialog)
    qtbot.waitUntil(lambda: focused() is lookup.number and lookup.today.count() == 1)
    with qtbot.waitSignal(lookup.bill_shown, timeout=10_000) as shown:
        press(ENTER)  # nothing typed: the highlighted bill of today
    bill = shown.args[0]
    assert bill.number == "IB1-C2/25/00001"
    assert stocked.sold.tag_code in lookup.view.toPlainText()
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as printed:
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args[0].pdf_path.is_file()
    assert lookup.message.text.startswith("Tax invoice saved as ")
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as printed:
        press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert printed.args[0].queued
    assert lookup.message.text.startswith("No receipt printer is set: the receipt is queued.")
    shot(lookup, "billing_en_lookup")

    press(Qt.Key.Key_F9)
    cancel = lookup.cancel_dialog
    assert isinstance(cancel, CancelBillDialog)
    qtbot.waitUntil(lambda: focused() is cancel.reason)
    press(ENTER)  # no reason yet: on to the manager
    press(ENTER)  # the manager as offered
    type_text("1111")
    press(ENTER)  # refused at the reason, nothing sent, the PIN kept
    assert cancel.errors.error_label("reason").text() == "Say why the bill is cancelled."
    assert focused() is cancel.reason
    type_text("Customer changed her mind")
    press(ENTER)
    press(ENTER)
    with qtbot.waitSignal(lookup.bill_cancelled, timeout=10_000):
        press(ENTER)
    qtbot.waitUntil(lambda: "CANCELLED" in lookup.view.toPlainText())
    assert services.stock.find_by_code(stocked.sold.tag_code).status == "in_stock"
    assert services.billing.find_bill(bill.number).cancel_reason == "Customer changed her mind"
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: focused() is screen.scan)


def test_day_end_counts_cash_against_expected_and_a_manager_closes_the_day(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any], tmp_path: Path
) -> None:
    """Counts typed by note; the difference is live; F10 + manager PIN closes; no bill after."""
    services, _owner, cashier, stocked = world
    services.prints.data_dir = tmp_path / "data"
    dialog = DayEndDialog(services, screen._runner, user=cashier, clock=services.clock)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.summary_loaded, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.table)
    expected = dialog.expected_cash()
    assert expected == services.billing.find_bill("IB1-C2/25/00001").net_payable
    notes = {2000: int(expected) // 2000}
    rest = int(expected) % 2000
    for note in (500, 200, 100, 50, 20, 10, 5, 2, 1):
        notes[note], rest = divmod(rest, note)
    for i, note in enumerate(DenominationModel(None).counted()):
        qtbot.waitUntil(lambda i=i: dialog.table.currentIndex().row() == i)
        if notes[note]:
            type_text(str(notes[note]))
            press(ENTER)  # commits and goes to the next note
        else:
            press(Qt.Key.Key_Down)
        if i == 0:
            assert dialog.difference.text().endswith(" short")
    assert dialog.model.total() == expected
    assert dialog.difference.text() == "₹0.00 - matches"
    assert "By payment mode" in dialog.sales.toPlainText()
    shot(dialog, "billing_en_day_end")
    with qtbot.waitSignal(dialog.approval_asked, timeout=10_000) as asked:
        press(Qt.Key.Key_F10)
    approval = asked.args[0]
    qtbot.waitUntil(lambda: focused() is approval.pin)
    with qtbot.waitSignal(dialog.report_saved, timeout=10_000) as saved:
        type_text("1111")
        press(ENTER)
    assert saved.args[0].pdf_path.is_file()
    assert services.day_end.is_closed(dialog.day)
    assert dialog.report.counted_cash == expected and dialog.report.difference == 0
    assert not dialog.buttons["close_day"].isEnabled()
    dialog.close()

    # A closed day takes no more bills: the screen says so and keeps the bill.
    screen.activateWindow()
    screen.focus_scan()
    qtbot.waitUntil(lambda: focused() is screen.scan)
    _scan(qtbot, screen, stocked.ring.tag_code)  # under ₹50,000: no buyer details needed
    from dataclasses import replace

    from jewelpos.services.billing import PaymentEntry, PaymentMode

    upi = PaymentEntry(key="u", mode=PaymentMode.UPI, amount=screen.quote.net_payable)
    screen._set_draft(replace(screen.draft, payments=(upi,)))
    with qtbot.waitSignal(screen.save_refused, timeout=10_000) as refused:
        press(Qt.Key.Key_F10)
    assert refused.args[0] == "Today's day end is done: no more bills can be saved today."
    assert len(screen.draft.lines) == 1


def test_denomination_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    """The cash count model keeps Qt's model contract and sums notes times counts."""
    model = DenominationModel()
    qtmodeltester.check(model)
    assert model.setData(model.index(0, DenominationModel.COUNT), "3")
    assert model.setData(model.index(9, DenominationModel.COUNT), "7")
    assert not model.setData(model.index(1, DenominationModel.COUNT), "two")
    assert not model.setData(model.index(1, DenominationModel.NOTE), "5")
    qtmodeltester.check(model)
    assert model.total() == Decimal(6007)
    assert model.index(0, DenominationModel.AMOUNT).data() == "6,000"


def test_a_realistic_bill_reads_in_english_and_hindi(
    qtbot: QtBot, qapp: Any, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """The same bill, retranslated live: keys, totals and warnings in Hindi; screenshots of both."""
    from dataclasses import replace

    from jewelpos.services.billing import PaymentEntry, PaymentMode
    from jewelpos.ui.i18n import Translations

    services, owner, _cashier, stocked = world
    customer, _paid = _customer_who_paid_cash(services, owner, stocked)
    _scan(qtbot, screen, stocked.chain.tag_code)
    _scan(qtbot, screen, stocked.ring.tag_code)
    payal = services.billing.untagged_line(
        category_id=stocked.categories["PAYAL"].id, gross_mg=42_100, description="Payal pair"
    )
    screen.add_line(payal)
    old = services.billing.new_old_gold(
        gross_mg=21_300, less_mg=450, touch_percent=Decimal("84.0"), description="Old bangles"
    )
    screen._on_customer_chosen(customer, False)
    screen._set_draft(replace(screen.draft, old_gold=(old,)))
    upi = screen.quote.net_payable - Decimal(30000)
    screen._set_draft(
        replace(
            screen.draft,
            payments=(
                PaymentEntry(key="c", mode=PaymentMode.CASH, amount=Decimal(30000)),
                PaymentEntry(key="u", mode=PaymentMode.UPI, amount=upi, reference="4123"),
            ),
        )
    )
    assert screen.quote.can_save
    assert screen.buttons["save"].text() == "F10\nSave && print"  # && shows one &
    assert screen.total_values["old_gold"].text().startswith("- ")
    shot(screen, "billing_en_realistic")

    translations = Translations(qapp)
    try:
        assert translations.set_language("hi")
        qtbot.waitUntil(lambda: screen.payable_caption.text() == "देय राशि")
        assert screen.buttons["save"].text() == "F10\nसेव और प्रिंट"
        assert screen.total_captions["round_off"].text() == "राउंड ऑफ़"
        assert screen.customer_label.text().startswith("ग्राहक (F4): Priya Sharma")
        assert screen.model.headerData(BillLinesModel.PURITY, Qt.Orientation.Horizontal) == (
            "शुद्धता"
        )
        shot(screen, "billing_hi_realistic")
        screen._set_draft(replace(screen.draft, payments=()))
        assert "कैश" not in screen.warnings.text()  # only rule warnings, in words
        screen.customer = None
        screen._set_draft(replace(screen.draft, customer_id=None))
        assert "कर योग्य मूल्य ₹50,000 या ज़्यादा: खरीदार का नाम, पता और राज्य" in (
            screen.warnings.text()
        )
        assert "PAN या फ़ॉर्म 60" in screen.warnings.text()
        shot(screen, "billing_hi_warnings")
    finally:
        translations.reset()


def test_f3_saves_an_estimate_and_scanning_its_number_opens_it_as_a_bill(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """F3 keeps the lines as an estimate and clears; its number scanned brings them back."""
    stocked = world[3]
    _scan(qtbot, screen, stocked.ring.tag_code)
    payable = screen.quote.net_payable
    with qtbot.waitSignal(screen.estimate_saved, timeout=10_000) as saved:
        press(Qt.Key.Key_F3)
    estimate = saved.args[0]
    assert estimate.net_payable == payable
    assert screen.draft.lines == ()
    assert screen.message.text.startswith(f"Estimate {estimate.number} saved: ")
    with qtbot.waitSignal(screen.estimate_opened, timeout=10_000):
        type_text(estimate.number)
        press(ENTER)
    assert [x.piece_id for x in screen.draft.lines] == [stocked.ring.id]
    assert screen.draft.estimate_id == estimate.id
    assert screen.quote.net_payable == payable
    assert focused() is screen.scan


def test_sales_return_by_keyboard_makes_a_credit_note_with_a_managers_pin(
    qtbot: QtBot, screen: BillingScreen, world: tuple[Any, Any, Any, Any]
) -> None:
    """Ctrl+F, Enter, F7: tick the piece (Space), a reason, the manager's PIN: a credit note,
    the piece back in stock, the bill's own amounts untouched; a wrong PIN is said at the PIN."""
    from jewelpos.ui.dialogs.return_goods import ReturnGoodsDialog

    services, _owner, _cashier, stocked = world
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    lookup = screen.dialog
    assert isinstance(lookup, BillLookupDialog)
    qtbot.waitUntil(lambda: focused() is lookup.number and lookup.today.count() == 1)
    with qtbot.waitSignal(lookup.bill_shown, timeout=10_000) as shown:
        press(ENTER)
    bill = shown.args[0]
    press(Qt.Key.Key_F7)
    dialog = lookup.return_dialog
    assert isinstance(dialog, ReturnGoodsDialog)
    qtbot.waitUntil(lambda: focused() is dialog.lines)
    press(ENTER, Qt.KeyboardModifier.ControlModifier)  # nothing ticked: said, nothing sent
    assert dialog.errors.error_label("lines").isVisible()
    press(Qt.Key.Key_Space)  # tick the bangle
    press(ENTER)  # -> reason
    assert focused() is dialog.reason
    type_text("Bangle too small")
    press(ENTER)  # -> how the value goes back (cash, the first choice)
    assert focused() is dialog.mode and dialog.mode.currentData() == "cash"
    press(ENTER)  # -> manager
    press(Qt.Key.Key_Tab)  # -> PIN
    type_text("9999")
    with qtbot.waitSignal(dialog.return_failed, timeout=10_000):
        press(ENTER)
    assert dialog.pin.text() == "" and dialog.errors.error_label("pin").isVisible()
    type_text("1111")  # the owner (listed as manager) approves
    with qtbot.waitSignal(lookup.goods_returned, timeout=10_000) as returned:
        press(ENTER)
    note = returned.args[0]
    assert note.number.startswith("CB1-C2/25/")
    assert note.refunds == (("cash", note.total),)
    assert note.pieces_back == (stocked.sold.tag_code,)
    assert services.stock.find_by_code(stocked.sold.tag_code).status == "in_stock"
    after = services.billing.find_bill(bill.number)
    assert after.net_payable == bill.net_payable and after.lines[0].returned
    qtbot.waitUntil(lambda: "Credit note" in lookup.message.text)
    qtbot.waitUntil(lambda: not lookup.buttons["return"].isEnabled())  # every line is back
