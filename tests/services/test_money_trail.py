"""Place of supply, and returns that close the money trail: refunds, customer credit used as a
set-off after tax on a later bill, GST reversed from the bill's own tax, day end's cash."""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models_money import CreditNoteRefund, CustomerCreditEntry, InvoiceSetOff
from jewelpos.domain.errors import CashLimitExceeded, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import (
    APPROVE_CANCEL,
    BillDraft,
    BillLine,
    CustomerOnBill,
    Delivery,
    draft_from_json,
    draft_to_json,
)
from jewelpos.services.customers import CustomerInput
from jewelpos.services.returns import RefundEntry
from jewelpos.services.set_offs import CUSTOMER_CREDIT, SetOffUse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _silver(counter: Counter, *, gross_mg: int = 50_000, rate: str | None = None) -> BillLine:
    """Silver payal S925 at 95.00 (or ``rate``), making 15.00/g, no wastage, no hallmark."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=gross_mg, purity=925, description="Payal"
    )
    return line if rate is None else replace(line, rate=D(rate))


def _customer(counter: Counter) -> CustomerOnBill:
    return CustomerOnBill.from_info(counter.customer)


def _refund_ring_bill(counter: Counter, **how: object) -> tuple[str, object]:
    """A ring bill for Asha (invoice 50,694.02, DOMAIN.md) and the ring's return."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    note = counter.billing.sales_return(
        saved.id, line_ids=(line.id,), reason="size", by=counter.manager, **how
    )
    return saved.id, note


def _rows(counter: Counter, model: type, *where: object) -> list:
    with counter.services.uow.read() as s:
        return list(s.scalars(select(model).where(*where)))


# --- place of supply --------------------------------------------------------------------------


def test_registered_buyer_of_another_state_collecting_at_the_counter_pays_cgst_sgst(
    counter: Counter, services: Services
) -> None:
    """A GST-registered buyer of Karnataka (GSTIN 29...) collecting at the counter is supplied
    in Maharashtra: ring taxable 49,217.50 x 1.5 % = 738.2625 -> CGST 738.26 + SGST 738.26."""
    firm = services.customers.save(
        CustomerInput(
            name="Tara Jewels",
            mobile="9900112244",
            address="MG Road, Bengaluru",
            state_code="29",
            gstin="29AABCT1332L1ZA",
        ),
        by=counter.owner,
    )
    draft = paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=firm.id))
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(firm))
    assert (q.cgst, q.sgst, q.igst) == (D("738.26"), D("738.26"), D("0.00"))
    saved = counter.billing.save_bill(draft, by=counter.cashier)
    view = counter.billing.bill(saved.id)
    assert (view.supply, view.place_of_supply, view.delivery) == ("intra", "27", "counter")


def test_walk_in_without_customer_is_intra_state(counter: Counter) -> None:
    """A walk-in with no customer on the bill pays CGST + SGST (738.26 each on the ring)."""
    q = counter.billing.quote(BillDraft(lines=(counter.ring(),)), customer=None)
    assert (q.cgst, q.sgst, q.igst) == (D("738.26"), D("738.26"), D("0.00"))


def test_shipment_to_another_state_is_igst_with_the_address_printed(counter: Counter) -> None:
    """Sent to Bengaluru (29): IGST 3 % of 49,217.50 = 1,476.525 -> 1,476.53; invoice 50,694.03
    -> payable 50,694; the invoice prints place of supply Karnataka (29) and the ship-to."""
    draft = BillDraft(
        lines=(counter.ring(),),
        customer_id=counter.customer.id,
        delivery=Delivery.SHIP,
        ship_address="12 Brigade Road, Bengaluru 560001",
        ship_state_code="29",
    )
    q = counter.billing.quote(draft, customer=_customer(counter))
    assert (q.cgst, q.sgst, q.igst) == (D("0.00"), D("0.00"), D("1476.53"))
    assert q.invoice_value == D("50694.03") and q.net_payable == D("50694")
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    doc = counter.billing.invoice_document(saved.id)
    assert doc.inter_state and (doc.place_of_supply_name, doc.place_of_supply_code) == (
        "Karnataka",
        "29",
    )
    assert doc.ship_to_address == "12 Brigade Road, Bengaluru 560001"
    assert doc.ship_to_state_code == "29"


def test_shipment_within_the_state_stays_cgst_sgst_and_needs_an_address(counter: Counter) -> None:
    """Shipped inside Maharashtra is still CGST + SGST; a shipment without address is refused."""
    base = BillDraft(lines=(counter.ring(),), delivery=Delivery.SHIP, ship_state_code="27")
    q = counter.billing.quote(replace(base, ship_address="Nashik"), customer=None)
    assert (q.cgst, q.igst) == (D("738.26"), D("0.00"))
    q = counter.billing.quote(base, customer=None)
    assert "ship_address" in {p.code for p in q.problems}
    with pytest.raises(ValidationError, match="Deliver to"):
        counter.billing.save_bill(paid_in_full(counter, base), by=counter.cashier)


def test_draft_json_keeps_delivery_and_set_offs() -> None:
    """draft_to_json / draft_from_json carry the delivery, ship-to and set-offs."""
    draft = BillDraft(
        delivery=Delivery.SHIP,
        ship_address="12 Brigade Road",
        ship_state_code="29",
        set_offs=(SetOffUse(CUSTOMER_CREDIT, "cn1", D("20000.00"), "Credit note R1"),),
    )
    data = draft_to_json(draft)
    assert data["delivery"] == "ship"
    assert data["set_offs"] == [
        {
            "kind": "credit",
            "source_id": "cn1",
            "amount": "20000.00",
            "label": "Credit note R1",
        }
    ]
    assert draft_from_json(data) == draft


# --- refunds ----------------------------------------------------------------------------------


def test_cash_refund_within_the_limit_is_its_own_row(counter: Counter) -> None:
    """The ring's credit note (49,217.50 + 738.26 + 738.26 = 50,694.02) paid back in cash."""
    _, note = _refund_ring_bill(counter, refunds=(RefundEntry("cash", D("50694.02")),))
    assert note.total == D("50694.02") and note.refunds == (("cash", D("50694.02")),)
    assert note.kept_as_credit == D("0")
    rows = _rows(counter, CreditNoteRefund, CreditNoteRefund.credit_note_id == note.id)
    assert [(r.mode, r.amount_paise) for r in rows] == [("cash", 5_069_402)]


def test_cash_refund_over_the_limit_is_refused_and_a_split_passes(counter: Counter) -> None:
    """The exchange necklace (taxable 2,66,093.64, invoice 2,74,076.44) back: 2,00,000 in cash
    is not below the limit; 1,99,999.00 cash + 74,077.44 UPI is."""
    saved = counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(lines=(counter.necklace(huid="NEK001"),), customer_id=counter.customer.id),
        ),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    with pytest.raises(CashLimitExceeded):
        counter.billing.sales_return(
            saved.id,
            line_ids=(line.id,),
            reason="changed mind",
            by=counter.manager,
            refunds=(RefundEntry("cash", D("200000")), RefundEntry("upi", D("74076.44"))),
        )
    note = counter.billing.sales_return(
        saved.id,
        line_ids=(line.id,),
        reason="changed mind",
        by=counter.manager,
        refunds=(RefundEntry("cash", D("199999")), RefundEntry("upi", D("74077.44"), "UTR1")),
    )
    assert note.total == D("274076.44")
    assert note.refunds == (("cash", D("199999")), ("upi", D("74077.44")))


def test_upi_refund_and_unaccounted_value_refused(counter: Counter) -> None:
    """A refund must account for the whole value: 50,000 by UPI alone leaves 694.02 nowhere;
    the full 50,694.02 by UPI passes."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    with pytest.raises(ValidationError, match="neither refunded nor kept"):
        counter.billing.sales_return(
            saved.id,
            line_ids=(line.id,),
            reason="size",
            by=counter.manager,
            refunds=(RefundEntry("upi", D("50000")),),
        )
    note = counter.billing.sales_return(
        saved.id,
        line_ids=(line.id,),
        reason="size",
        by=counter.manager,
        refunds=(RefundEntry("upi", D("50694.02"), "UTR9"),),
    )
    assert note.refunds == (("upi", D("50694.02")),)


# --- customer credit as a set-off -------------------------------------------------------------


def test_credit_kept_then_used_partly_on_a_later_bill_keeps_the_balance(counter: Counter) -> None:
    """Ring returned, 50,694.02 kept as credit; a later ring bill (invoice 50,694.02) uses
    20,000.00: payable round(30,694.02) = 30,694 (round off -0.02); 30,694.02 stays."""
    _, note = _refund_ring_bill(counter, keep_rest_as_credit=True)
    assert note.kept_as_credit == D("50694.02")
    credits = counter.billing.customer_credits(counter.customer.id)
    assert [(c.number, c.balance) for c in credits] == [(note.number, D("50694.02"))]
    use = SetOffUse(CUSTOMER_CREDIT, note.id, D("20000.00"), f"Credit note {note.number}")
    draft = BillDraft(
        lines=(counter.ring(huid="RNG002"),), customer_id=counter.customer.id, set_offs=(use,)
    )
    q = counter.billing.quote(draft, customer=_customer(counter))
    assert (q.invoice_value, q.net_payable, q.round_off) == (
        D("50694.02"),
        D("30694"),
        D("-0.02"),
    )
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    left = counter.billing.customer_credits(counter.customer.id)
    assert [c.balance for c in left] == [D("30694.02")]
    entries = _rows(
        counter, CustomerCreditEntry, CustomerCreditEntry.customer_id == counter.customer.id
    )
    assert sorted(e.amount_paise for e in entries) == [-2_000_000, 5_069_402]
    view = counter.billing.bill(saved.id)
    assert view.set_offs == ((f"Credit note {note.number}", D("20000.00")),)
    doc = counter.billing.invoice_document(saved.id)
    assert [(s.label, s.amount) for s in doc.set_offs] == [
        (f"Credit note {note.number}", D("20000.00"))
    ]


def test_credit_larger_than_the_bill_or_the_balance_is_refused(counter: Counter) -> None:
    """Payal (5,500.00 + 82.50 + 82.50 = 5,665.00) returned and kept as credit: 6,000 on a
    second payal bill (due 5,665.00) is more than due; 5,665.01 on a ring bill is more than the
    balance; credit on a bill without its customer is refused; the balance stays 5,665.00."""
    saved = counter.billing.save_bill(
        paid_in_full(
            counter, BillDraft(lines=(_silver(counter),), customer_id=counter.customer.id)
        ),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    note = counter.billing.sales_return(
        saved.id, line_ids=(line.id,), reason="x", by=counter.manager, keep_rest_as_credit=True
    )
    assert note.total == D("5665.00")
    over_due = BillDraft(
        lines=(_silver(counter),),
        customer_id=counter.customer.id,
        set_offs=(SetOffUse(CUSTOMER_CREDIT, note.id, D("6000.00")),),
    )
    q = counter.billing.quote(over_due, customer=_customer(counter))
    assert "set_off_over_due" in {p.code for p in q.problems}
    with pytest.raises(ValidationError, match="more than the amount due"):
        counter.billing.save_bill(over_due, by=counter.cashier)
    over_balance = BillDraft(
        lines=(counter.ring(),),
        customer_id=counter.customer.id,
        set_offs=(SetOffUse(CUSTOMER_CREDIT, note.id, D("5665.01")),),
    )
    with pytest.raises(ValidationError, match=r"only ₹5,665\.00 is available"):
        counter.billing.save_bill(paid_in_full(counter, over_balance), by=counter.cashier)
    walk_in = replace(
        over_due, customer_id=None, set_offs=(SetOffUse(CUSTOMER_CREDIT, note.id, D("1")),)
    )
    q = counter.billing.quote(walk_in, customer=None)
    assert "set_off_needs_customer" in {p.code for p in q.problems}
    assert [c.balance for c in counter.billing.customer_credits(counter.customer.id)] == [
        D("5665.00")
    ]


def test_cancelling_a_bill_that_used_credit_gives_it_back(counter: Counter) -> None:
    """A bill using 1,000.00 of credit is cancelled: a new +1,000.00 entry restores 5,665.00."""
    saved = counter.billing.save_bill(
        paid_in_full(
            counter, BillDraft(lines=(_silver(counter),), customer_id=counter.customer.id)
        ),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    note = counter.billing.sales_return(
        saved.id, line_ids=(line.id,), reason="x", by=counter.manager, keep_rest_as_credit=True
    )
    draft = BillDraft(
        lines=(_silver(counter),),
        customer_id=counter.customer.id,
        set_offs=(SetOffUse(CUSTOMER_CREDIT, note.id, D("1000.00")),),
    )
    used = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert [c.balance for c in counter.billing.customer_credits(counter.customer.id)] == [
        D("4665.00")
    ]
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(used.id, reason="wrong", approval=ok, by=counter.cashier)
    assert [c.balance for c in counter.billing.customer_credits(counter.customer.id)] == [
        D("5665.00")
    ]
    kinds = sorted(
        e.kind
        for e in _rows(
            counter, CustomerCreditEntry, CustomerCreditEntry.customer_id == counter.customer.id
        )
    )
    assert kinds == ["given_back", "kept", "used"]
    assert len(_rows(counter, InvoiceSetOff, InvoiceSetOff.invoice_id == used.id)) == 1


# --- GST reversed from the bill's own tax -----------------------------------------------------


def test_two_returns_of_a_two_line_bill_reverse_exactly_its_gst(counter: Counter) -> None:
    """Two payal lines of 0.500 g at 185.60 (92.80) + making 15/g (7.50) = 100.30 each: the bill's
    CGST is round2(200.60 x 1.5 %) = round2(3.009) = 3.01 (SGST the same). The first return
    reverses round2(3.01 x 100.30 / 200.60) = 1.51 each (103.32), the second 3.01 - 1.51 = 1.50
    each (103.30): 3.01 + 3.01 in all, and 103.32 + 103.30 = 206.62 = the invoice value."""
    a, b = (
        _silver(counter, gross_mg=500, rate="185.60"),
        _silver(counter, gross_mg=500, rate="185.60"),
    )
    draft = BillDraft(lines=(a, b), customer_id=counter.customer.id)
    q = counter.billing.quote(draft, customer=_customer(counter))
    assert q.lines_amounts[a.key].taxable == D("100.30")
    assert (q.cgst, q.sgst, q.invoice_value) == (D("3.01"), D("3.01"), D("206.62"))
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    first, second = counter.billing.bill(saved.id).lines
    assert counter.billing.return_value(saved.id, (first.id,)) == D("103.32")
    one = counter.billing.sales_return(
        saved.id,
        line_ids=(first.id,),
        reason="x",
        by=counter.manager,
        refunds=(RefundEntry("cash", D("103.32")),),
    )
    two = counter.billing.sales_return(
        saved.id,
        line_ids=(second.id,),
        reason="x",
        by=counter.manager,
        refunds=(RefundEntry("cash", D("103.30")),),
    )
    assert (one.cgst, one.sgst, one.total) == (D("1.51"), D("1.51"), D("103.32"))
    assert (two.cgst, two.sgst, two.total) == (D("1.50"), D("1.50"), D("103.30"))
    assert counter.billing.return_value(saved.id, (first.id, second.id)) == D("0")
    assert one.cgst + two.cgst == D("3.01") and one.sgst + two.sgst == D("3.01")
    assert counter.billing.bill(saved.id).return_state == "returned"


def test_partly_returned_bill_says_so(counter: Counter) -> None:
    """One of two lines back: the bill is partly returned."""
    draft = BillDraft(lines=(_silver(counter), _silver(counter)), customer_id=counter.customer.id)
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.billing.bill(saved.id).return_state == ""
    line = counter.billing.bill(saved.id).lines[0]
    counter.billing.sales_return(
        saved.id, line_ids=(line.id,), reason="x", by=counter.manager, keep_rest_as_credit=True
    )
    assert counter.billing.bill(saved.id).return_state == "partly_returned"


# --- day end ------------------------------------------------------------------------------------


def test_day_end_expected_cash_takes_out_cash_refunds(counter: Counter) -> None:
    """Ring bill paid 10,000 cash + UPI; the ring comes back, 5,000.00 in cash and 45,694.02 by
    UPI: expected cash 10,000.00 - 5,000.00 = 5,000.00, cash refunds shown as 5,000.00."""
    saved = counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id),
            cash_amount="10000",
        ),
        by=counter.cashier,
    )
    line = counter.billing.bill(saved.id).lines[0]
    counter.billing.sales_return(
        saved.id,
        line_ids=(line.id,),
        reason="x",
        by=counter.manager,
        refunds=(RefundEntry("cash", D("5000")), RefundEntry("upi", D("45694.02"))),
    )
    summary = counter.services.day_end.summary(counter.today())
    assert summary.cash_refunds == D("5000.00")
    assert summary.expected_cash == D("5000.00")


def test_credit_note_document_says_how_the_value_went_back(counter: Counter) -> None:
    """The printable credit note lists the refunds and the part kept as credit."""
    _, note = _refund_ring_bill(
        counter,
        refunds=(RefundEntry("upi", D("694.02")),),
        keep_rest_as_credit=True,
    )
    doc = counter.billing.credit_note_document(note.id)
    assert doc.number == note.number and doc.total == D("50694.02")
    assert doc.refunds == (("UPI", D("694.02")),) and doc.kept_as_credit == D("50000.00")


def test_credit_note_slip_queues_without_a_printer_and_prints_on_retry(
    counter: Counter, tmp_path: Path
) -> None:
    """No printer set: the credit note's slip waits in the print queue; with a file printer it
    prints from the queue; the A4 credit note is saved as a PDF named by its number."""
    _, note = _refund_ring_bill(counter, refunds=(RefundEntry("upi", D("50694.02")),))
    prints = counter.services.prints
    prints.configure(printer_target="")
    prints.data_dir = tmp_path
    result = prints.print_credit_note_slip(note.id)
    assert result.queued and [q.kind for q in prints.queued()] == ["credit_note"]
    out = tmp_path / "printer.bin"
    prints.configure(printer_target=f"file:{out}")
    assert [r.printed for r in prints.retry_queued()] == [True]
    assert out.read_bytes() == prints.credit_note_slip_bytes(note.id)
    pdf = prints.print_credit_note_pdf(note.id)
    assert pdf.pdf_path is not None and pdf.pdf_path.name == "CB1-C2-25-00001.pdf"
    assert pdf.pdf_path.read_bytes().startswith(b"%PDF")
