"""Delivering an order into a bill: actual weight, today's or the booked rate, the advance set
off after tax through the bill's set-off mechanism, the order delivered; C1 worked by hand."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.orders import AdvanceDisposition, OrderStateError, delivery_portions
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentMode
from jewelpos.services.orders import AdvanceIn, OrderIntake
from jewelpos.services.set_offs import SetOffUse

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from billing_helpers import Counter, make_counter, paid_in_full  # noqa: E402

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _ready_order(c: Counter, *, booked_mg: int | None = None, gross_mg: int = 6_450) -> str:
    """A 22K ring ordered at 5-6 g with a 10,000.00 UPI advance, back at ``gross_mg``, ready."""
    s = c.services
    saved = s.orders.take_order(
        OrderIntake(
            customer_id=c.customer.id,
            category_id=c.cats["RING"],
            metal="gold",
            purity=916,
            weight_min_mg=5_000,
            weight_max_mg=6_000,
            promised_on=c.today() + timedelta(days=5),
            design_notes="Ring",
            advance=AdvanceIn(mode=PaymentMode.UPI, amount=D("10000.00"), reference="UPI9"),
            booked_weight_mg=booked_mg,
        ),
        by=c.owner,
    )
    k = s.karigars.add_karigar(name="Ramesh Soni", by=c.owner)
    s.orders.assign(saved.id, karigar_id=k.id, due_on=c.today() + timedelta(days=4), by=c.owner)
    s.orders.receive(saved.id, gross_mg=gross_mg, by=c.owner)
    s.orders.mark_ready(saved.id, by=c.owner)
    return saved.id


def test_delivery_bills_the_actual_weight_and_sets_off_the_advance(counter: Counter) -> None:
    """Ordered 5-6 g, came back 6.450 g: billed 6.450 g at today's 7,150.00; advance after tax."""
    s = counter.services
    oid = _ready_order(counter)
    draft = s.orders.delivery_draft(oid)
    (line,) = draft.lines
    assert line.gross_mg == 6_450 and line.rate == D("7150.00")
    assert draft.set_offs == (SetOffUse("advance", oid, D("10000.00"), "Advance AB1-C2/25/00001"),)
    bill = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.owner)
    view = counter.billing.bill(bill.id)
    assert view.lines[0].gross_mg == 6_450 and view.lines[0].rate == D("7150.00")
    # gold 6.450 x 7,150.00 = 46,117.50; wastage 8 % of 6.450 g = 0.516 g x 7,150 = 3,689.40;
    # making 450 x 6.450 = 2,902.50; taxable 52,709.40; CGST = SGST = 1.5 % = 790.641 -> 790.64
    # invoice 54,290.68; advance 10,000.00 set off after tax -> 44,290.68 -> 44,291 (+0.32)
    assert view.taxable == D("52709.40")
    assert (view.cgst, view.sgst) == (D("790.64"), D("790.64"))
    assert view.invoice_value == D("54290.68")
    assert view.set_offs == (("Advance AB1-C2/25/00001", D("10000.00")),)
    assert view.round_off == D("0.32") and view.net_payable == D("44291.00")
    order = s.orders.order(oid)
    assert order.row.status == "delivered" and order.invoice_id == bill.id
    assert [h.status for h in order.history] == [
        "taken",
        "with_karigar",
        "received",
        "ready",
        "delivered",
    ]
    with pytest.raises(OrderStateError):
        s.orders.delivery_draft(oid)  # delivered: not ready any more
    # the advance is used up: a second bill cannot set it off again
    other = counter.billing.line_for_code(counter.add_piece("CHAIN", gross_mg=5_000))
    again = BillDraft(
        lines=(other,),
        customer_id=counter.customer.id,
        set_offs=(SetOffUse("advance", oid, D("1.00"), "again"),),
    )
    with pytest.raises(ValidationError):
        counter.billing.save_bill(paid_in_full(counter, again), by=counter.owner)


def test_the_advance_is_the_advance_kind_after_tax_and_leaves_taxable_and_gst_alone(
    counter: Counter,
) -> None:
    """The same bill with and without its 10,000 advance: taxable and GST equal, payable less."""
    from jewelpos.services import set_offs
    from jewelpos.services.order_set_off import OrderAdvanceSetOff

    s = counter.services
    oid = _ready_order(counter)
    draft = s.orders.delivery_draft(oid)
    assert isinstance(set_offs.kind_of("advance"), OrderAdvanceSetOff)
    assert not set_offs.is_pre_tax(draft.set_offs[0])
    customer = CustomerOnBill.from_info(s.customers.get(counter.customer.id))
    with_advance = counter.billing.quote(draft, customer=customer)
    without = counter.billing.quote(replace(draft, set_offs=()), customer=customer)
    # C1 point 6: taxable 52,709.40 (worked above), CGST = SGST = 790.64 either way; invoice
    # 54,290.68 -> 54,291 without the advance; 54,290.68 - 10,000 = 44,290.68 -> 44,291 with it
    for q in (with_advance, without):
        assert q.taxable == D("52709.40") and (q.cgst, q.sgst) == (D("790.64"), D("790.64"))
        assert q.invoice_value == D("54290.68")
    assert without.net_payable == D("54291.00")
    assert with_advance.net_payable == D("44291.00")


def test_a_booked_rate_holds_for_the_booked_weight_and_the_excess_pays_todays(
    counter: Counter, clock: FixedClock
) -> None:
    """Booked 5.000 g at 7,150; delivered next day at 7,300: 6.450 g = 5.000 @ 7,150 + 1.450 @ 7,300."""
    s = counter.services
    oid = _ready_order(counter, booked_mg=5_000)
    clock.advance(timedelta(days=1))
    s.rates.set_rates(
        counter.today(),
        {("gold", 916): D("7300.00"), ("gold", 999): D("7850.00")},
        by=counter.owner,
    )
    draft = s.orders.delivery_draft(oid)
    (line,) = draft.lines
    # 6.450 x 7,150 = 46,117.50 on the line, plus 1.450 x (7,300 - 7,150) = 217.50:
    # together 46,335.00 = 5.000 x 7,150 (35,750.00) + 1.450 x 7,300 (10,585.00)
    assert line.rate == D("7150.00") and line.other_charges == D("217.50")
    bill = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.owner)
    view = counter.billing.bill(bill.id)
    # taxable 46,117.50 + 217.50 + wastage 0.516 g x 7,150 = 3,689.40 + making 2,902.50
    # = 52,926.90; CGST = SGST = 793.9035 -> 793.90; invoice 54,514.70; less 10,000 advance
    # 44,514.70 -> round off +0.30 -> 44,515
    assert view.taxable == D("52926.90")
    assert view.invoice_value == D("54514.70")
    assert view.net_payable == D("44515.00")


def test_delivery_portions_split_at_the_booked_weight() -> None:
    """Without a booking all at today's rate; with one, booked then excess."""
    assert [(p.net_mg, p.rate) for p in delivery_portions(
        net_mg=6_450, today_rate=D("7300"), booked_rate=None, booked_mg=None
    )] == [(6_450, D("7300"))]  # fmt: skip
    assert [(p.net_mg, p.rate) for p in delivery_portions(
        net_mg=6_450, today_rate=D("7300"), booked_rate=D("7150"), booked_mg=5_000
    )] == [(5_000, D("7150")), (1_450, D("7300"))]  # fmt: skip
    assert [(p.net_mg, p.rate) for p in delivery_portions(
        net_mg=4_800, today_rate=D("7300"), booked_rate=D("7150"), booked_mg=5_000
    )] == [(4_800, D("7150"))]  # fmt: skip


def test_an_order_not_ready_cannot_be_delivered_and_a_refunded_advance_is_not_set_off(
    counter: Counter,
) -> None:
    """Delivery needs a ready order; a cancelled order's refunded advance offers nothing."""
    s = counter.services
    oid = _ready_order(counter)
    draft = s.orders.delivery_draft(oid)
    s.orders.cancel(
        oid, disposition=AdvanceDisposition.REFUNDED, reason="refunded", by=counter.owner
    )
    with pytest.raises(OrderStateError):
        s.orders.delivery_draft(oid)
    # the old draft's advance is refused at saving: the customer had it back
    with pytest.raises(ValidationError) as e:
        counter.billing.save_bill(paid_in_full(counter, draft), by=counter.owner)
    assert "available" in str(e.value)


def test_a_cancelled_orders_advance_kept_as_credit_sets_off_on_another_bill(
    counter: Counter,
) -> None:
    """Cancelled with the advance kept as credit: a later bill of the customer sets it off."""
    s = counter.services
    oid = _ready_order(counter)
    s.orders.cancel(
        oid, disposition=AdvanceDisposition.CREDIT, reason="changed mind", by=counter.owner
    )
    line = counter.billing.line_for_code(counter.add_piece("CHAIN", gross_mg=5_000))
    draft = BillDraft(
        lines=(line,),
        customer_id=counter.customer.id,
        set_offs=(SetOffUse("advance", oid, D("10000.00"), "Advance AB1-C2/25/00001"),),
    )
    bill = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.owner)
    assert counter.billing.bill(bill.id).set_offs == (("Advance AB1-C2/25/00001", D("10000.00")),)


def test_cancelling_the_delivery_bill_gives_the_advance_back_and_the_order_is_ready_again(
    counter: Counter,
) -> None:
    """A cancelled delivery bill: the order is ready again and its whole advance set off anew."""
    from billing_helpers import MANAGER_PIN

    from jewelpos.services.billing import APPROVE_CANCEL

    s = counter.services
    oid = _ready_order(counter)
    bill = counter.billing.save_bill(
        paid_in_full(counter, s.orders.delivery_draft(oid)), by=counter.owner
    )
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(bill.id, reason="wrong size", approval=approval, by=counter.owner)
    order = s.orders.order(oid)
    assert order.row.status == "ready" and order.invoice_id is None
    assert order.history[-1].note == f"bill {bill.number} cancelled"
    again = s.orders.delivery_draft(oid)
    assert again.set_offs[0].amount == D("10000.00")


def test_an_advance_kept_as_credit_is_offered_with_the_customers_credit(counter: Counter) -> None:
    """The billing screen's F11 list has the cancelled order's advance beside credit notes."""
    from jewelpos.services.set_offs import CreditAvailable

    s = counter.services
    oid = _ready_order(counter)
    number = s.orders.order(oid).row.number
    assert counter.billing.customer_credits(counter.customer.id) == ()
    s.orders.cancel(oid, disposition=AdvanceDisposition.CREDIT, reason="later", by=counter.owner)
    (credit,) = counter.billing.customer_credits(counter.customer.id)
    assert credit == CreditAvailable(oid, number, D("10000.00"), kind="advance")
    assert credit.label == f"Advance of order {number}"
