"""Feedback by bill number, the complaint life cycle, touch-point checklists and salespeople's
monthly targets with their achievement worked by hand from known bills (a return included)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft
from jewelpos.services.complaints import ComplaintInput
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from jewelpos.services.staff_targets import Figures, TargetInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal
JUNE = date(2025, 6, 1)  # factories.SHOP_MORNING's shop day


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _kiran(counter: Counter) -> UserInfo:
    return counter.services.auth.add_user(
        username="kiran",
        display_name="Kiran Rao",
        role=Role.SALESPERSON,
        pin="4444",
        by=counter.owner,
    )


def _chain(counter: Counter, huid: str = "CHN001") -> object:
    """DOMAIN.md's 22K chain: net 18.450 g at 7,150.00, VA 12 %, one hallmark."""
    tag = counter.add_piece("CHAIN", gross_mg=18_450, huids=(huid,))
    return counter.billing.line_for_code(tag)


def _payal(counter: Counter) -> object:
    """10.000 g silver anklet (S925 at 95.00, making 15.00/g): 950.00 + 150.00 = 1,100.00."""
    tag = counter.add_piece("PAYAL", metal="silver", purity=925, gross_mg=10_000)
    return counter.billing.line_for_code(tag)


def _bill(counter: Counter, lines: tuple[object, ...], customer_id: str, salesperson: str) -> str:
    draft = BillDraft(lines=lines, customer_id=customer_id, salesperson_id=salesperson)  # type: ignore[arg-type]
    return counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier).id


def _customer(counter: Counter, name: str, mobile: str) -> str:
    info = CustomerInput(name, mobile, address="7 FC Road", city="Pune", state_code="27")
    return counter.services.customers.save(info, by=counter.owner).id


# --- feedback ------------------------------------------------------------------------------


def test_feedback_is_taken_by_the_bill_number_once_and_reaches_the_360_view(
    counter: Counter,
) -> None:
    """A rating against a bill's number (any case) is kept with its customer, shown on their
    time line; a second rating of the bill, a rating of 6 and an unknown number are refused."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    number = counter.billing.bill(saved.id).number
    fb = counter.services.feedback
    with pytest.raises(ValidationError) as bad:
        fb.record(invoice_no=number, rating=6, by=counter.cashier)
    assert bad.value.field == "rating"
    with pytest.raises(ValidationError, match="no bill has the number"):
        fb.record(invoice_no="B9-C9/25/99999", rating=4, by=counter.cashier)
    got = fb.record(
        invoice_no=number.lower(), rating="4", comment="Quick billing", by=counter.cashier
    )
    assert (got.invoice_no, got.rating, got.customer_name, got.via) == (
        number,
        4,
        "Asha Patil",
        "counter",
    )
    with pytest.raises(ValidationError, match="has feedback already"):
        fb.record(invoice_no=number, rating=5, by=counter.cashier)
    board = fb.recent()
    assert board.count == 1 and board.average == D("4.0") and board.rows[0].taken_by == "Ravi Kumar"
    timeline = counter.services.customer360.view(counter.customer.id).timeline
    ratings = [e for e in timeline if e.kind == "feedback"]
    assert len(ratings) == 1 and ratings[0].amount == 4 and "Quick billing" in ratings[0].title


def test_feedback_by_code_finds_the_bill_and_average_rounds_half_up(
    counter: Counter, owner: UserInfo
) -> None:
    """The thank-you message's code alone finds its bill (typed in any case) and is kept (via
    code); an unknown code, or another bill's code, is refused; 4 and 5 average 4.5, and 4, 5,
    5 average 4.666... shown as 4.7."""
    from sqlalchemy import select

    from jewelpos.db.models import Device
    from jewelpos.db.models_messaging import FeedbackCode

    svc = counter.services
    with svc.uow.read() as s:
        device = s.scalars(select(Device.id).where(Device.is_local.is_(True))).one()
    svc.messages.config.save_messaging({"sender": device}, by=owner)  # this counter sends
    numbers = []
    for _ in range(3):
        saved = counter.billing.save_bill(
            paid_in_full(
                counter, BillDraft(lines=(_payal(counter),), customer_id=counter.customer.id)
            ),
            by=counter.cashier,
        )
        numbers.append(counter.billing.bill(saved.id).number)
    assert svc.messages.queue_automatic().queued == {"thank_you": 3}
    with svc.uow.read() as s:
        codes = {c.invoice_no: c.code for c in s.scalars(select(FeedbackCode))}
    fb = svc.feedback
    with pytest.raises(ValidationError) as unknown:
        fb.record(invoice_no="", rating=4, code="ZZZZZZ", by=counter.cashier)
    assert unknown.value.field == "feedback_code"
    with pytest.raises(ValidationError) as other:
        fb.record(invoice_no=numbers[1], rating=4, code=codes[numbers[0]], by=counter.cashier)
    assert other.value.field == "feedback_code" and numbers[0] in str(other.value)
    first = fb.record(invoice_no="", rating=4, code=codes[numbers[0]].lower(), by=counter.cashier)
    assert (first.invoice_no, first.code, first.via) == (numbers[0], codes[numbers[0]], "code")
    fb.record(invoice_no=numbers[1], rating=5, by=counter.cashier)
    assert fb.recent().average == D("4.5")
    fb.record(invoice_no=numbers[2], rating=5, code=codes[numbers[2]], by=counter.cashier)
    assert fb.recent().average == D("4.7")


# --- complaints ----------------------------------------------------------------------------


def test_complaint_life_cycle_open_follow_up_due_and_close_with_a_resolution(
    counter: Counter, clock: FixedClock
) -> None:
    """Opened against a bill (its customer taken from it), handled by Ravi with a follow-up
    tomorrow; due the next day; closing needs a resolution and Ravi or a manager."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    number = counter.billing.bill(saved.id).number
    cs = counter.services.complaints
    with pytest.raises(ValidationError) as no_words:
        cs.open(ComplaintInput("complaint", "quality", "  ", invoice_no=number), by=counter.owner)
    assert no_words.value.field == "description"
    with pytest.raises(ValidationError) as no_bill:
        cs.open(ComplaintInput("return", "size_fit", "Too small"), by=counter.owner)
    assert no_bill.value.field == "bill"
    with pytest.raises(ValidationError) as past:
        cs.open(
            ComplaintInput("complaint", "quality", "x", follow_up_on=JUNE - timedelta(days=1)),
            by=counter.owner,
        )
    assert past.value.field == "follow_up"
    opened = cs.open(
        ComplaintInput("complaint", "quality", "Stone fell out of the ring", invoice_no=number),
        by=counter.owner,
    )
    assert (opened.status, opened.customer_name, opened.invoice_no) == (
        "open",
        "Asha Patil",
        number,
    )
    assert cs.due() == ()
    moved = cs.follow_up(
        opened.id,
        handler_id=counter.cashier.id,
        follow_up_on=JUNE + timedelta(days=1),
        by=counter.owner,
    )
    assert (moved.status, moved.handler_name) == ("in_progress", "Ravi Kumar")
    assert cs.due() == ()  # tomorrow's follow-up is not due today
    clock.advance(timedelta(days=1))
    assert [c.id for c in cs.due()] == [opened.id]
    assert cs.listing()[0].id == opened.id
    with pytest.raises(ValidationError) as bare:
        cs.close(opened.id, resolution=" ", by=counter.cashier)
    assert bare.value.field == "resolution"
    kiran = _kiran(counter)
    with pytest.raises(PermissionDenied):
        cs.close(opened.id, resolution="Stone reset free", by=kiran)
    closed = cs.close(opened.id, resolution="Stone reset free of charge", by=counter.cashier)
    assert (closed.status, closed.resolution, closed.closed_by) == (
        "closed",
        "Stone reset free of charge",
        "Ravi Kumar",
    )
    assert cs.due() == () and cs.listing() == ()
    assert len(cs.listing(open_only=False)) == 1
    with pytest.raises(ValidationError, match="closed already"):
        cs.close(opened.id, resolution="again", by=counter.manager)
    kinds = [e.kind for e in counter.services.customer360.view(counter.customer.id).timeline]
    assert "complaint" in kinds


# --- touch points --------------------------------------------------------------------------


def test_touch_points_are_ticked_per_bill_with_who_and_when_and_the_list_is_the_shops(
    counter: Counter,
) -> None:
    """The default checklist has door, counter, billing and delivery items; a tick records who
    and when and a second tick keeps the first; a manager changes the items, a cashier cannot."""
    saved = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(_payal(counter),))), by=counter.cashier
    )
    number = counter.billing.bill(saved.id).number
    tp = counter.services.touch_points
    stages = {i.stage for i in tp.items()}
    assert stages == {"door", "counter", "billing", "delivery"}
    first = tp.items()[0]
    ticked = tp.tick(number, stage=first.stage, item=first.item, by=counter.cashier)
    assert ticked.done_count == 1 and ticked.items[0].done_by == "Ravi Kumar"
    again = tp.tick(number, stage=first.stage, item=first.item, by=counter.manager)
    assert again.done_count == 1 and again.items[0].done_by == "Ravi Kumar"
    assert again.items[0].done_at == counter.services.clock.now()
    with pytest.raises(ValidationError):
        tp.tick(number, stage="door", item="Not an item", by=counter.cashier)
    with pytest.raises(PermissionDenied):
        tp.set_items([("door", "Namaste at the door")], by=counter.cashier)
    with pytest.raises(ValidationError) as bad:
        tp.set_items([("porch", "Wave")], by=counter.manager)
    assert bad.value.field == "stage"
    tp.set_items([("delivery", "Gift bag"), ("door", "Namaste at the door")], by=counter.manager)
    assert [(i.stage, i.item) for i in tp.items()] == [
        ("door", "Namaste at the door"),
        ("delivery", "Gift bag"),
    ]
    kept = tp.checklist(number)  # the old tick stays on the bill's list
    assert [i.item for i in kept.items if i.done] == [first.item]
    assert len(kept.items) == 3


# --- staff targets ----------------------------------------------------------------------------


def test_achievement_is_exact_from_the_bills_naming_the_salesperson_less_returns(
    counter: Counter, clock: FixedClock
) -> None:
    """June: Kiran sells the chain (Asha's first bill) and ring + anklet to Asha, the ring comes
    back in June; a cancelled bill, Ravi's sale to Bina and a July return are not June's."""
    services = counter.services
    kiran = _kiran(counter)
    bina = _customer(counter, "Bina Joshi", "98220 54321")
    chetan = _customer(counter, "Chetan Kale", "98220 67890")
    asha = counter.customer.id
    _bill(counter, (_chain(counter),), asha, kiran.id)
    ring, payal = counter.ring(), _payal(counter)
    second = _bill(counter, (ring, payal), asha, kiran.id)
    _bill(counter, (_chain(counter, "CHN002"),), bina, counter.cashier.id)
    gone = _bill(counter, (_payal(counter),), chetan, kiran.id)
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(gone, reason="wrong item", approval=approval, by=counter.cashier)
    lines = counter.billing.bill(second).lines
    counter.billing.sales_return(
        second, line_ids=(lines[0].id,), reason="size", by=counter.manager, keep_rest_as_credit=True
    )
    plan = services.schemes.save_plan(
        PlanInput(
            "GOLD11",
            "Gold 11+1",
            PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7, late_cut_percent=D(0)),
        ),
        by=counter.manager,
    )
    services.schemes.enrol(customer_id=bina, plan_id=plan.id, by=kiran)
    services.schemes.enrol(customer_id=chetan, plan_id=plan.id, by=counter.cashier)

    board = services.staff_targets.board(JUNE, by=counter.manager)
    mine = next(r for r in board.rows if r.user_id == kiran.id)
    # value before GST: chain 1,31,917.50 + VA 15,830.10 + hallmark 45.00 = 1,47,792.60;
    # ring 49,217.50 (DOMAIN.md) + anklet 1,100.00 = 50,317.50; ring returned -49,217.50
    # -> 1,47,792.60 + 50,317.50 - 49,217.50 = 1,48,892.60
    # gold net: chain 18.450 + ring 5.870 - ring 5.870 = 18.450 g (the anklet is silver)
    # new customers: Asha (her first bill is Kiran's); Chetan's only bill was cancelled
    assert mine.achieved == Figures(D("148892.60"), 18_450, 1, 1)
    assert mine.target is None
    ravi = next(r for r in board.rows if r.user_id == counter.cashier.id)
    assert ravi.achieved == Figures(D("147792.60"), 18_450, 1, 1)  # Bina; Chetan's scheme

    # July: the anklet comes back; it lowers July's value, not June's, and no gold weight
    clock.advance(timedelta(days=30))
    counter.billing.sales_return(
        second, line_ids=(lines[1].id,), reason="size", by=counter.manager, keep_rest_as_credit=True
    )
    july = services.staff_targets.board(date(2025, 7, 15), by=counter.manager)
    assert next(r for r in july.rows if r.user_id == kiran.id).achieved == Figures(
        D("-1100.00"), 0, 0, 0
    )
    again = services.staff_targets.board(JUNE, by=counter.manager)
    assert next(r for r in again.rows if r.user_id == kiran.id).achieved == mine.achieved


def test_targets_are_set_by_a_manager_one_per_person_and_month(counter: Counter) -> None:
    """A manager sets Kiran's June target (and changes it: still one row); a cashier cannot set
    or read them; bad numbers name their field."""
    kiran = _kiran(counter)
    st = counter.services.staff_targets
    inp = TargetInput(kiran.id, date(2025, 6, 17), "500000", "60.5", "4", "3")
    with pytest.raises(PermissionDenied):
        st.set_target(inp, by=counter.cashier)
    with pytest.raises(PermissionDenied):
        st.board(JUNE, by=counter.cashier)
    for field, bad in (
        ("target_value", replace(inp, value="lots")),
        ("target_weight", replace(inp, weight_g="1.2345")),
        ("target_new_customers", replace(inp, new_customers="-1")),
        ("target_enrolments", replace(inp, scheme_enrolments="2.5")),
        ("salesperson_id", replace(inp, user_id="nobody")),
    ):
        with pytest.raises(ValidationError) as e:
            st.set_target(bad, by=counter.manager)
        assert e.value.field == field
    st.set_target(inp, by=counter.manager)
    row = st.set_target(replace(inp, value="600000.50"), by=counter.manager)
    assert row.target == Figures(D("600000.50"), 60_500, 4, 3)
    board = st.board(JUNE, by=counter.owner)
    assert [r.name for r in board.rows if r.target is not None] == ["Kiran Rao"]
    assert board.month == JUNE
    assert st.board(date(2025, 7, 1), by=counter.owner).rows[0].target is None
