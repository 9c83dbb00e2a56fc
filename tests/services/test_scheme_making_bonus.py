"""A scheme plan whose bonus is a making discount (issue 12 point 5, the other treatment): the
bill redeeming it gets a pre-tax discount on its making and VA through the same rule mechanism
as coupons, so a coupon on top never takes the bill below the metal value."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.schemes import BonusRule, BonusTreatment, PlanKind, PlanTerms, due_dates
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, CustomerOnBill
from jewelpos.services.coupons import CouponInput
from jewelpos.services.scheme_redemption import SCHEME
from jewelpos.services.schemes import AccountInfo, PlanInput
from jewelpos.services.set_offs import SetOffUse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal
START = date(2025, 6, 1)  # factories.SHOP_MORNING's shop day


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _matured(counter: Counter, clock: FixedClock) -> AccountInfo:
    """An 11 x 5,000 plan with a 50 % making/VA bonus, paid on time, matured on 1 May 2026."""
    terms = PlanTerms(
        PlanKind.AMOUNT,
        D("5000.00"),
        11,
        bonus_rule=BonusRule.MAKING_DISCOUNT,
        bonus_percent=D("50"),
        treatment=BonusTreatment.PRE_TAX,
    )
    plan = counter.services.schemes.save_plan(
        PlanInput("MAKE11", "Making 11", terms), by=counter.manager
    )
    acc = counter.services.schemes.enrol(
        customer_id=counter.customer.id,
        plan_id=plan.id,
        nominee="Ramesh Patil",
        start_date=START,
        by=counter.cashier,
    )
    for due in due_dates(START, 11):
        clock.advance(timedelta(days=(due - counter.today()).days))
        counter.services.schemes.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    clock.advance(timedelta(days=(date(2026, 5, 1) - counter.today()).days))
    counter.set_rates()
    return acc


def _bill(counter: Counter, acc: AccountInfo, huid: str = "NCK001") -> BillDraft:
    uses = (SetOffUse(SCHEME, acc.id, D("55000.00"), f"Scheme {acc.passbook}"),)
    rules = counter.services.scheme_redemptions.making_bonus_rules(counter.customer.id, uses)
    return BillDraft(
        lines=(counter.necklace(huid=huid),),
        customer_id=counter.customer.id,
        set_offs=uses,
        discounts=rules,
    )


def test_the_making_bonus_is_a_pre_tax_discount_on_the_redeeming_bill(
    counter: Counter, clock: FixedClock
) -> None:
    """Necklace 32.640 g: gold 2,33,376.00; VA 14 % 32,672.64; hallmark 45.00 (taxable
    2,66,093.64 without the bonus). 50 % of the VA line: 16,336.32. Taxable 2,66,093.64 -
    16,336.32 = 2,49,757.32; CGST = SGST = 2,49,757.32 x 1.5 % = 3,746.3598 -> 3,746.36;
    invoice 2,49,757.32 + 7,492.72 = 2,57,250.04; less the savings 55,000.00 (after tax) =
    2,02,250.04 -> payable 2,02,250 (round off -0.04)."""
    acc = _matured(counter, clock)
    draft = _bill(counter, acc)
    assert [r.percent for r in draft.discounts] == [D("50.00")]
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(counter.customer))
    assert (q.taxable, q.cgst, q.sgst) == (D("249757.32"), D("3746.36"), D("3746.36"))
    assert (q.invoice_value, q.round_off, q.net_payable) == (
        D("257250.04"),
        D("-0.04"),
        D("202250"),
    )
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.billing.bill(saved.id).taxable == D("249757.32")
    assert counter.services.schemes.account(acc.id).status == "redeemed"


def test_a_coupon_on_top_of_the_scheme_bonus_stops_at_the_metal_value(
    counter: Counter, clock: FixedClock
) -> None:
    """The scheme takes 16,336.32 of the VA; a 60 % VA coupon wants 32,672.64 x 0.6 =
    19,603.58 but only 16,336.32 is left. Taxable 2,33,376.00 + 45.00 = 2,33,421.00 (gold and
    hallmark, never less); CGST = SGST = 3,501.315 -> 3,501.32."""
    acc = _matured(counter, clock)
    today = counter.today()
    counter.services.coupons.create(
        CouponInput("BIG60", today, today, percent=D("60"), on_va=True), by=counter.manager
    )
    draft = _bill(counter, acc)
    coupon = counter.services.coupons.rule_for("BIG60", customer_id=counter.customer.id)
    draft = replace(draft, discounts=(*draft.discounts, coupon))
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(counter.customer))
    assert q.discount_totals == (D("16336.32"), D("16336.32"))
    assert (q.taxable, q.cgst) == (D("233421.00"), D("3501.32"))
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.billing.bill(saved.id).taxable == D("233421.00")


def test_the_bonus_needs_the_redeeming_bill_and_comes_back_with_a_cancel(
    counter: Counter, clock: FixedClock
) -> None:
    """Without the account's set-off the bonus is refused at save; a cancelled bill frees it
    for the next bill."""
    acc = _matured(counter, clock)
    draft = _bill(counter, acc)
    alone = replace(draft, set_offs=())
    with pytest.raises(ValidationError, match="redeems the account"):
        counter.billing.save_bill(paid_in_full(counter, alone), by=counter.cashier)
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(saved.id, reason="wrong", approval=ok, by=counter.cashier)
    again = _bill(counter, acc, huid="NCK002")
    assert len(again.discounts) == 1
    counter.billing.save_bill(paid_in_full(counter, again), by=counter.cashier)
