"""Billing services on a real migrated SQLite file: saving, the counter's rules, numbering,
approvals, cancellation, returns."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models import AuditLog, NumberSeries, PieceEvent, StockPiece, SyncOutbox
from jewelpos.db.models_billing import (
    ApprovalLog,
    CreditNote,
    Invoice,
    InvoiceLine,
    OldGoldVoucher,
    OldGoldVoucherLine,
    Payment,
)
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import (
    ApprovalRequired,
    BuyerDetailsRequired,
    CashLimitExceeded,
    InvalidCredentials,
    NotFound,
    PanRequired,
    PermissionDenied,
    PieceNotAvailable,
    ValidationError,
)
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import (
    APPROVE_BELOW_FLOOR,
    APPROVE_CANCEL,
    Approval,
    BillDraft,
    BillLine,
    CustomerOnBill,
    PaymentEntry,
    PaymentMode,
    approve_line,
)
from jewelpos.services.customers import CustomerInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import (
    CASHIER_PIN,
    MANAGER_PIN,
    Counter,
    cash,
    count_rows,
    exchange_old_gold,
    make_counter,
    paid_in_full,
    upi,
)

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _silver_line(counter: Counter) -> BillLine:
    """50.000 g of silver anklets (S925 at 95.00, making 15.00/g): 4,750.00 + 750.00."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Silver payal"
    )
    return line


def test_exchange_bill_writes_exactly_the_expected_documents(counter: Counter) -> None:
    """Two tagged pieces + a silver line + customer + old gold + cash and UPI: the rows, amounts
    (DOMAIN.md worked examples), stock status, number and outbox are as expected."""
    neck = counter.necklace(huid="NEK001")
    ring = counter.ring()
    silver = _silver_line(counter)
    draft = BillDraft(
        lines=(neck, ring, silver),
        old_gold=(exchange_old_gold(),),
        customer_id=counter.customer.id,
        payments=(cash("100000"), upi("98275")),
    )
    customer = CustomerOnBill.from_info(counter.customer)
    q = counter.billing.quote(draft, customer=customer)
    # exchange piece 2,66,093.64 + ring 49,217.50 + silver 5,500.00
    assert q.lines_amounts[neck.key].taxable == D("266093.64")
    assert q.lines_amounts[ring.key].taxable == D("49217.50")
    assert q.lines_amounts[ring.key].wastage == D("3360.50")
    assert q.lines_amounts[silver.key].taxable == D("5500.00")
    assert q.taxable == D("320811.14")
    assert (q.cgst, q.sgst, q.igst) == (D("4812.17"), D("4812.17"), D("0.00"))
    assert q.invoice_value == D("330435.48")
    assert q.old_gold_value == D("132160.64")
    assert (q.round_off, q.net_payable) == (D("0.16"), D("198275.00"))
    assert q.problems == ()

    saved = counter.billing.save_bill(draft, by=counter.cashier)

    assert saved.number == "IB1-C2/25/00001"
    assert saved.old_gold_voucher_number == "PB1-C2/25/00001"
    svc = counter.services
    with svc.uow.read() as s:
        inv = s.scalars(select(Invoice)).one()
        assert (inv.taxable_paise, inv.cgst_paise, inv.sgst_paise, inv.igst_paise) == (
            32081114,
            481217,
            481217,
            0,
        )
        assert inv.invoice_value_paise == 33043548
        assert (inv.old_gold_paise, inv.round_off_paise, inv.net_payable_paise) == (
            13216064,
            16,
            19827500,
        )
        assert (inv.buyer_name, inv.buyer_pan, inv.supply, inv.place_of_supply) == (
            "Asha Patil",
            "ABCPE1234F",
            "intra",
            "27",
        )
        assert inv.cashier_id == counter.cashier.id and inv.status == "final"
        lines = s.scalars(select(InvoiceLine).order_by(InvoiceLine.line_no)).all()
        assert [(r.rate_paise, r.taxable_paise) for r in lines] == [
            (715000, 26609364),
            (715000, 4921750),
            (9500, 550000),
        ]
        assert lines[1].wastage_mg == 470 and lines[1].net_mg == 5_870
        assert lines[0].huids == "NEK001" and lines[0].hallmark_paise == 4500
        pays = s.scalars(select(Payment).order_by(Payment.line_no)).all()
        assert [(p.mode, p.amount_paise) for p in pays] == [("cash", 10000000), ("upi", 9827500)]
        voucher = s.scalars(select(OldGoldVoucher)).one()
        vline = s.scalars(select(OldGoldVoucherLine)).one()
        assert (voucher.invoice_id, voucher.total_paise, voucher.fine_mg) == (
            inv.id,
            13216064,
            17_514,
        )
        assert (vline.buy_rate_paise, vline.touch_bp) == (754600, 8400)
        sold = s.scalars(select(StockPiece.status).where(StockPiece.tag_code != "")).all()
        assert sorted(sold) == ["sold", "sold"]
        events = s.scalars(select(PieceEvent.kind).where(PieceEvent.ref == inv.id)).all()
        assert events == ["sold", "sold"]
        outbox = {
            (t, op)
            for t, op in s.execute(
                select(SyncOutbox.table_name, SyncOutbox.op).where(
                    SyncOutbox.created_at == svc.clock.now()
                )
            )
        }
        for table in ("invoice", "invoice_line", "payment", "old_gold_voucher"):
            assert (table, "insert") in outbox
        assert ("stock_piece", "update") in outbox
        assert (
            s.scalar(
                select(AuditLog.id).where(
                    AuditLog.action == "bill.save", AuditLog.entity_id == inv.id
                )
            )
            is not None
        )
    assert count_rows(svc, Invoice) == 1
    assert count_rows(svc, InvoiceLine) == 3
    assert count_rows(svc, Payment) == 2
    assert count_rows(svc, OldGoldVoucher) == 1
    # the next bill takes the next number
    second = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(_silver_line(counter),))),
        by=counter.cashier,
    )
    assert second.number == "IB1-C2/25/00002"


def test_cash_of_two_lakh_in_one_bill_is_refused(counter: Counter) -> None:
    """Rs 2,00,000 cash in one bill is refused, for a customer and for a walk-in buyer."""
    draft = BillDraft(lines=(counter.necklace(),), customer_id=counter.customer.id)
    due = counter.billing.quote(
        draft, customer=CustomerOnBill.from_info(counter.customer)
    ).net_payable
    assert due > D("200000")
    over = replace(draft, payments=(cash("200000"), upi(str(due - 200000))))
    with pytest.raises(CashLimitExceeded) as info:
        counter.billing.save_bill(over, by=counter.cashier)
    assert info.value.params["remaining"] == "199999.99"
    walk_in = replace(over, customer_id=None, form60=True)
    with pytest.raises(CashLimitExceeded):
        counter.billing.save_bill(walk_in, by=counter.cashier)
    assert count_rows(counter.services, Invoice) == 0
    ok = replace(draft, payments=(cash("199999.99"), upi(str(due - D("199999.99")))))
    assert counter.billing.save_bill(ok, by=counter.cashier).status == "final"


def test_cash_rule_adds_up_a_customers_bills_of_the_day(
    counter: Counter, clock: FixedClock
) -> None:
    """1.5 lakh cash then 50,000 more the same day is refused (the message says what is left);
    a cancelled bill does not count; the next day starts again."""
    first = counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(lines=(counter.necklace(net_mg=20_000),), customer_id=counter.customer.id),
            cash_amount="150000",
        ),
        by=counter.cashier,
    )
    assert counter.billing.cash_taken_today(counter.customer.id) == D("150000.00")
    second = paid_in_full(
        counter,
        BillDraft(lines=(counter.necklace(net_mg=20_000),), customer_id=counter.customer.id),
        cash_amount="50000",
    )
    with pytest.raises(CashLimitExceeded) as info:
        counter.billing.save_bill(second, by=counter.cashier)
    assert "49,999.99" in info.value.message
    assert counter.billing.cash_taken_today(counter.customer.id) == D("150000.00")

    # a cancelled bill's cash is not counted
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(
        first.id, reason="customer changed mind", approval=approval, by=counter.cashier
    )
    assert counter.billing.cash_taken_today(counter.customer.id) == D("0.00")
    counter.billing.save_bill(second, by=counter.cashier)

    # next day: allowed again
    clock.advance(timedelta(days=1))
    counter.set_rates()
    third = paid_in_full(
        counter,
        BillDraft(lines=(counter.necklace(net_mg=20_000),), customer_id=counter.customer.id),
        cash_amount="150000",
    )
    assert counter.billing.save_bill(third, by=counter.cashier).number.endswith("/00003")


def test_pan_or_form60_above_two_lakh(counter: Counter, services: Services) -> None:
    """An invoice above Rs 2 lakh needs the buyer's PAN or Form 60; below it does not."""
    no_pan = services.customers.save(
        CustomerInput(name="Ramesh Rao", mobile="9876543210", address="1 Camp", state_code="27"),
        by=counter.owner,
    )
    big = paid_in_full(counter, BillDraft(lines=(counter.necklace(),), customer_id=no_pan.id))
    q = counter.billing.quote(big, customer=CustomerOnBill.from_info(no_pan))
    assert [p.code for p in q.problems] == ["pan_required"]
    with pytest.raises(PanRequired) as info:
        counter.billing.save_bill(big, by=counter.cashier)
    assert info.value.code == "pan_required" and isinstance(info.value, ValidationError)
    saved = counter.billing.save_bill(replace(big, form60=True), by=counter.cashier)
    assert counter.billing.bill(saved.id).form60 is True
    small = paid_in_full(
        counter, BillDraft(lines=(counter.necklace(net_mg=20_000),), customer_id=no_pan.id)
    )
    counter.billing.save_bill(small, by=counter.cashier)


def test_buyer_details_from_fifty_thousand(counter: Counter, services: Services) -> None:
    """Taxable >= 50,000 needs name, address and state (walk-in or incomplete customer);
    below it a walk-in bill is fine."""
    bare = services.customers.save(
        CustomerInput(name="Kiran", mobile="9123456780"), by=counter.owner
    )
    # 7.000 g at 7,150 + 14 % VA = 57,057.00 taxable
    line = counter.necklace(net_mg=7_000)
    for customer_id in (None, bare.id):
        draft = paid_in_full(counter, BillDraft(lines=(line,), customer_id=customer_id))
        with pytest.raises(BuyerDetailsRequired) as info:
            counter.billing.save_bill(draft, by=counter.cashier)
        assert "address" in info.value.params["missing"]
    ok = paid_in_full(counter, BillDraft(lines=(line,), customer_id=counter.customer.id))
    counter.billing.save_bill(ok, by=counter.cashier)
    # 6.000 g: 48,906.00 taxable, no details needed
    small = paid_in_full(counter, BillDraft(lines=(counter.necklace(net_mg=6_000),)))
    assert counter.billing.quote(small, customer=None).buyer_details_required is False
    counter.billing.save_bill(small, by=counter.cashier)


def test_a_sold_piece_cannot_be_billed_again(counter: Counter) -> None:
    """After a sale the tag scans as not available, and saving an old draft with it fails
    without writing anything or using a number."""
    line = counter.necklace(net_mg=5_000)
    draft = paid_in_full(counter, BillDraft(lines=(line,)))
    counter.billing.save_bill(draft, by=counter.cashier)
    with pytest.raises(PieceNotAvailable):
        counter.billing.line_for_code(line.tag_code)
    outbox_before = count_rows(counter.services, SyncOutbox)
    with pytest.raises(PieceNotAvailable):
        counter.billing.save_bill(draft, by=counter.cashier)
    assert count_rows(counter.services, Invoice) == 1
    assert count_rows(counter.services, SyncOutbox) == outbox_before
    with pytest.raises(NotFound):
        counter.billing.line_for_code("NOSUCHTAG")


def test_numbering_stays_gapless_across_a_failed_save(counter: Counter) -> None:
    """A save that fails after its number was taken rolls back: the number is used next."""
    first = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.necklace(net_mg=5_000),))),
        by=counter.cashier,
    )
    bad_gold = replace(exchange_old_gold(), touch_percent=D("84.125"))  # voucher refuses 3 dp
    failing = paid_in_full(
        counter,
        BillDraft(
            lines=(counter.necklace(),), old_gold=(bad_gold,), customer_id=counter.customer.id
        ),
    )
    with pytest.raises(ValidationError):
        counter.billing.save_bill(failing, by=counter.cashier)
    assert count_rows(counter.services, Invoice) == 1
    assert count_rows(counter.services, OldGoldVoucher) == 0
    with counter.services.uow.read() as s:
        nxt = s.scalar(select(NumberSeries.next_value).where(NumberSeries.doc_type == "invoice"))
        piece_status = s.scalar(
            select(StockPiece.status).where(StockPiece.id == failing.lines[0].piece_id)
        )
    assert nxt == 2 and piece_status == "in_stock"
    second = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.necklace(net_mg=5_000),))),
        by=counter.cashier,
    )
    assert (first.number, second.number) == ("IB1-C2/25/00001", "IB1-C2/25/00002")


def test_below_the_floor_needs_a_managers_logged_approval(counter: Counter) -> None:
    """A lowered rate or making needs a manager's PIN: a cashier's PIN and a forged approval
    are refused; the approval is logged, used once, and the line records who approved."""
    ring = counter.ring()
    cheap = replace(ring, making_value=D("300.00"))
    draft = paid_in_full(counter, BillDraft(lines=(cheap,)))
    q = counter.billing.quote(draft, customer=None)
    assert [p.code for p in q.problems] == ["below_floor_making"] and q.needs_approval
    with pytest.raises(ApprovalRequired):
        counter.billing.save_bill(draft, by=counter.cashier)
    with pytest.raises(PermissionDenied):
        counter.billing.approve(username="ravi", pin=CASHIER_PIN, what=APPROVE_BELOW_FLOOR)
    with pytest.raises(InvalidCredentials):
        counter.billing.approve(username="meena", pin="9999", what=APPROVE_BELOW_FLOOR)
    forged = Approval(manager_id=counter.manager.id, what=APPROVE_BELOW_FLOOR)
    with pytest.raises(ApprovalRequired):
        counter.billing.save_bill(replace(draft, approvals=(forged,)), by=counter.cashier)
    approval = counter.billing.approve(
        username="meena", pin=MANAGER_PIN, what=approve_line(cheap.key)
    )
    assert (
        counter.billing.quote(replace(draft, approvals=(approval,)), customer=None).problems == ()
    )
    saved = counter.billing.save_bill(replace(draft, approvals=(approval,)), by=counter.cashier)
    with counter.services.uow.read() as s:
        line = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == saved.id)).one()
        log = s.get(ApprovalLog, approval.log_id)
        assert log is not None
        assert (line.approved_by, log.used_for, log.manager_id) == (
            counter.manager.id,
            saved.id,
            counter.manager.id,
        )
        assert line.making_value == 30000 and line.making_paise == 176100  # 5.870 g x 300
    # used once: the same approval cannot lower another bill
    other = replace(counter.necklace(net_mg=5_000), rate=D("7000.00"))
    again = paid_in_full(
        counter, BillDraft(lines=(other,), approvals=(replace(approval, what=APPROVE_BELOW_FLOOR),))
    )
    with pytest.raises(ApprovalRequired):
        counter.billing.save_bill(again, by=counter.cashier)
    # raising the rate needs no one
    dearer = replace(counter.necklace(net_mg=5_000), rate=D("7200.00"))
    counter.billing.save_bill(paid_in_full(counter, BillDraft(lines=(dearer,))), by=counter.cashier)


def test_cancellation_needs_a_manager_and_frees_the_pieces(
    counter: Counter, clock: FixedClock
) -> None:
    """Cancel: manager's approval and a reason; amounts and number stay, status and who/why
    change (synced), pieces go back to stock and can be sold again; only on the same day."""
    line = counter.necklace(net_mg=5_000)
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(line,))), by=counter.cashier
    )
    with pytest.raises(PermissionDenied):
        counter.billing.approve(username="ravi", pin=CASHIER_PIN, what=APPROVE_CANCEL)
    forged = Approval(manager_id=counter.cashier.id, what=APPROVE_CANCEL)
    with pytest.raises(ApprovalRequired):
        counter.billing.cancel_bill(
            saved.id, reason="wrong item", approval=forged, by=counter.cashier
        )
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    with pytest.raises(ValidationError):
        counter.billing.cancel_bill(saved.id, reason="  ", approval=approval, by=counter.cashier)
    done = counter.billing.cancel_bill(
        saved.id, reason="wrong item", approval=approval, by=counter.cashier
    )
    assert done.status == "cancelled" and done.number == saved.number
    assert done.net_payable == saved.net_payable
    view = counter.billing.bill(saved.id)
    assert (view.status, view.cancel_reason, view.cancelled_by) == (
        "cancelled",
        "wrong item",
        "Ravi Kumar",
    )
    with counter.services.uow.read() as s:
        inv = s.get(Invoice, saved.id)
        assert inv is not None and inv.cancel_approved_by == counter.manager.id
        assert (
            s.scalar(
                select(SyncOutbox.id).where(
                    SyncOutbox.table_name == "invoice",
                    SyncOutbox.row_id == saved.id,
                    SyncOutbox.op == "update",
                )
            )
            is not None
        )
    again = counter.billing.line_for_code(line.tag_code)  # back in stock
    assert again.piece_id == line.piece_id
    resold = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(again,))), by=counter.cashier
    )
    # yesterday's bill cannot be cancelled
    clock.advance(timedelta(days=1))
    late = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    with pytest.raises(ValidationError, match="sales return"):
        counter.billing.cancel_bill(resold.id, reason="late", approval=late, by=counter.cashier)


def test_sales_return_makes_a_credit_note_and_restocks(counter: Counter) -> None:
    """A return is a new credit note with the GST of the returned lines; the piece is back in
    stock; a line comes back once; the bill itself keeps its amounts."""
    neck, ring = counter.necklace(net_mg=5_000), counter.ring()
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(neck, ring), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    view = counter.billing.bill(saved.id)
    ring_line = view.lines[1]
    with pytest.raises(PermissionDenied):
        counter.billing.sales_return(
            saved.id, line_ids=(ring_line.id,), reason="size", by=counter.cashier
        )
    note = counter.billing.sales_return(
        saved.id,
        line_ids=(ring_line.id,),
        reason="size",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    assert note.number == "CB1-C2/25/00001"
    assert (note.taxable, note.cgst, note.sgst) == (D("49217.50"), D("738.26"), D("738.26"))
    assert note.total == D("50694.02") and note.pieces_back == (ring.tag_code,)
    assert counter.billing.line_for_code(ring.tag_code).piece_id == ring.piece_id
    with pytest.raises(ValidationError):
        counter.billing.sales_return(
            saved.id, line_ids=(ring_line.id,), reason="x", by=counter.manager
        )
    after = counter.billing.bill(saved.id)
    assert after.invoice_value == view.invoice_value and after.lines[1].returned
    assert after.credit_notes == (note.number,)
    assert count_rows(counter.services, CreditNote) == 1


def test_out_of_state_customer_collecting_at_the_counter_pays_cgst_and_sgst(
    counter: Counter, services: Services
) -> None:
    """A customer from another state (Karnataka, 29) who takes the ring at the counter is
    supplied in the shop's state (IGST Act s. 10): CGST + SGST, place of supply Maharashtra."""
    other = services.customers.save(
        CustomerInput(
            name="Lakshmi", mobile="9900112233", address="MG Road, Bengaluru", state_code="29"
        ),
        by=counter.owner,
    )
    draft = paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=other.id))
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(other))
    # ring taxable 49,217.50 x 1.5 % = 738.2625 -> 738.26 each half
    assert (q.cgst, q.sgst, q.igst) == (D("738.26"), D("738.26"), D("0.00"))
    saved = counter.billing.save_bill(draft, by=counter.cashier)
    doc = counter.billing.invoice_document(saved.id)
    assert not doc.inter_state and doc.place_of_supply_code == "27"
    assert doc.place_of_supply_name == "Maharashtra" and doc.buyer.state_code == "29"


def test_payments_must_match_and_cash_gives_change(counter: Counter) -> None:
    """Short payment and a card without its last 4 digits are refused; cash over the amount is
    change due (tendered and change stored)."""
    ring = counter.ring()
    base = BillDraft(lines=(ring,))
    due = counter.billing.quote(base, customer=None).net_payable
    assert due == D("50694.00")
    with pytest.raises(ValidationError, match="still to be paid"):
        counter.billing.save_bill(replace(base, payments=(upi("50000"),)), by=counter.cashier)
    card = PaymentEntry(key="c", mode=PaymentMode.CARD, amount=due)
    with pytest.raises(ValidationError, match="last 4"):
        counter.billing.save_bill(replace(base, payments=(card,)), by=counter.cashier)
    with pytest.raises(ValidationError, match="only cash can give change"):
        counter.billing.save_bill(replace(base, payments=(upi("50700"),)), by=counter.cashier)
    saved = counter.billing.save_bill(
        replace(base, payments=(upi("694"), cash("50500"))), by=counter.cashier
    )
    assert saved.change_due == D("500.00")
    pays = counter.billing.bill(saved.id).payments
    assert [(p.mode, p.amount, p.tendered, p.change) for p in pays] == [
        ("upi", D("694.00"), D("694.00"), D("0.00")),
        ("cash", D("50000.00"), D("50500.00"), D("500.00")),
    ]
    with pytest.raises(ValidationError, match="no lines"):
        counter.billing.save_bill(BillDraft(), by=counter.cashier)


def test_lists_and_lookup(counter: Counter) -> None:
    """bills_for_day lists the day's bills; find_bill finds by number (any case) or id."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),))), by=counter.cashier
    )
    rows = counter.billing.bills_for_day(counter.today())
    assert [(r.number, r.pieces, r.cashier) for r in rows] == [(saved.number, 1, "Ravi Kumar")]
    found = counter.billing.find_bill(saved.number.lower())
    assert found is not None and found.id == saved.id
    assert counter.billing.find_bill(saved.id) is not None
    assert counter.billing.find_bill("IB1-C2/25/99999") is None


def test_cashier_takes_goods_back_only_with_a_managers_approval(counter: Counter) -> None:
    """A cashier's return needs a manager's PIN (APPROVE_RETURN), usable once."""
    from jewelpos.services.billing import APPROVE_RETURN

    ring = counter.ring()
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(ring,), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    wrong = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    with pytest.raises(PermissionDenied):
        counter.billing.sales_return(
            saved.id, line_ids=(line.id,), reason="size", by=counter.cashier, approval=wrong
        )
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_RETURN)
    note = counter.billing.sales_return(
        saved.id,
        line_ids=(line.id,),
        reason="size",
        by=counter.cashier,
        approval=ok,
        keep_rest_as_credit=True,
    )
    assert note.pieces_back == (ring.tag_code,)
    assert counter.billing.line_for_code(ring.tag_code).piece_id == ring.piece_id
