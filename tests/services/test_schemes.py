"""Savings schemes: plans, enrolment, instalments with receipts, cheques that bounce, lists,
early closure with a manager, and redemption in a bill for both bonus treatments (C1)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from jewelpos.db.models_schemes import SchemeEntry, SchemeReceipt
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ApprovalRequired, PermissionDenied, ValidationError
from jewelpos.domain.schemes import BonusTreatment, EarlyClosure, PlanKind, PlanTerms, due_dates
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, CustomerOnBill
from jewelpos.services.scheme_redemption import SCHEME, bonus_source
from jewelpos.services.schemes import AccountInfo, PlanInput
from jewelpos.services.set_offs import SetOffUse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal
START = date(2025, 6, 1)  # factories.SHOP_MORNING's shop day


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _plan(counter: Counter, code: str = "GOLD11", **changes: object) -> str:
    terms = PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7, late_cut_percent=D(0))
    terms = replace(terms, **changes)  # type: ignore[arg-type]
    info = counter.services.schemes.save_plan(
        PlanInput(code, "Gold 11+1", terms), by=counter.manager
    )
    return info.id


def _go_to(clock: FixedClock, counter: Counter, day: date) -> None:
    """Move the shop's clock to 10:30 IST on ``day``."""
    now_day = counter.today()
    clock.advance(timedelta(days=(day - now_day).days))
    assert counter.today() == day


def _pay_all(
    counter: Counter, clock: FixedClock, acc: AccountInfo, *, late: int | None = None
) -> None:
    """Pay each of the 11 instalments on its due date (instalment ``late`` 10 days late)."""
    for i, due in enumerate(due_dates(acc.start_date, 11)):
        day = due + timedelta(days=10) if i == late else due
        _go_to(clock, counter, day)
        counter.services.schemes.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)


def _enrol(counter: Counter, plan_id: str) -> AccountInfo:
    return counter.services.schemes.enrol(
        customer_id=counter.customer.id,
        plan_id=plan_id,
        nominee="Ramesh Patil",
        start_date=START,
        by=counter.cashier,
    )


def test_only_a_manager_defines_plans(counter: Counter) -> None:
    """A cashier cannot define a plan."""
    terms = PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)
    with pytest.raises(PermissionDenied):
        counter.services.schemes.save_plan(PlanInput("X", "X", terms), by=counter.cashier)


def test_enrol_and_take_an_instalment_with_a_numbered_receipt(counter: Counter) -> None:
    """Enrolment makes a passbook; the first instalment gets an S-series receipt and the balance
    is the sum of entries: 5,000.00."""
    acc = _enrol(counter, _plan(counter))
    assert acc.passbook and acc.maturity == date(2026, 5, 1) and acc.next_due == START
    r = counter.services.schemes.pay(acc.id, amount=D("5000"), mode="upi", by=counter.cashier)
    assert r.number.startswith("S") and r.balance == D("5000.00") and r.instalments_paid == 1
    assert counter.services.schemes.find(acc.passbook)[0].id == acc.id
    assert counter.services.schemes.find("+91 98220 12345")[0].id == acc.id


def test_amount_must_be_whole_instalments(counter: Counter) -> None:
    """4,000 on a 5,000 plan is refused, naming the amount."""
    acc = _enrol(counter, _plan(counter))
    with pytest.raises(ValidationError, match="amount"):
        counter.services.schemes.pay(acc.id, amount=D("4000"), mode="cash", by=counter.cashier)


def test_receipts_and_entries_are_final(counter: Counter) -> None:
    """An instalment's entry cannot be changed (immutability triggers)."""
    acc = _enrol(counter, _plan(counter))
    counter.services.schemes.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    with pytest.raises(Exception, match="final document"), counter.services.uow.begin() as s:
        s.execute(update(SchemeEntry).values(amount_paise=1))


def test_bounced_cheque_reverses_its_instalment(counter: Counter, clock: FixedClock) -> None:
    """Cheque presented: balance 10,000; bounced with a 250.00 charge: a reversal entry takes
    it back to 5,000.00 and the statement shows both and the charge."""
    acc = _enrol(counter, _plan(counter))
    pdc = counter.services.scheme_cheques
    svc = counter.services.schemes
    svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    c = pdc.add(
        acc.id,
        cheque_no="123456",
        bank="SBI",
        due_on=date(2025, 7, 1),
        amount=D("5000"),
        by=counter.cashier,
    )
    with pytest.raises(ValidationError, match="not yet due"):
        pdc.present(c.id, by=counter.cashier)
    _go_to(clock, counter, date(2025, 7, 1))
    assert pdc.present(c.id, by=counter.cashier).receipt_number
    assert svc.account(acc.id).balance == D("10000.00")
    b = pdc.bounce(c.id, charge=D("250"), by=counter.cashier)
    assert (b.status, b.bounce_charge) == ("bounced", D("250.00"))
    st = svc.statement(acc.id)
    assert st.account.balance == D("5000.00") and st.account.paid_count == 1
    assert [(line.kind, line.amount, line.balance) for line in st.lines] == [
        ("instalment", D("5000.00"), D("5000.00")),
        ("instalment", D("5000.00"), D("10000.00")),
        ("reversal", D("-5000.00"), D("5000.00")),
    ]
    assert st.cheques == (("123456", date(2025, 7, 1), D("5000.00"), "bounced", D("250.00")),)


def test_lists_due_defaulters_maturing(counter: Counter, clock: FixedClock) -> None:
    """On 10 Jul (grace 7 to 8 Jul) an account paid once has missed July; due this week on
    28 Jun lists it for 1 Jul."""
    svc = counter.services.schemes
    acc = _enrol(counter, _plan(counter))
    svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    assert [a.id for a in svc.due_this_week(date(2025, 6, 28))] == [acc.id]
    assert svc.defaulters(1, date(2025, 7, 8)) == ()
    assert [a.id for a in svc.defaulters(1, date(2025, 7, 10))] == [acc.id]
    assert [a.id for a in svc.maturing_in_month(date(2026, 5, 15))] == [acc.id]
    assert svc.matured_not_redeemed(date(2026, 5, 15)) == ()  # not fully paid


def test_early_closure_needs_a_manager_and_pays_no_bonus(counter: Counter) -> None:
    """Two instalments (10,000) closed early: a cashier needs approval; the manager closes
    it by refund of 10,000.00, balance 0."""
    svc = counter.services.schemes
    acc = _enrol(counter, _plan(counter, early_closure=EarlyClosure.REFUND))
    svc.pay(acc.id, amount=D("10000"), mode="cash", by=counter.cashier)
    with pytest.raises(ApprovalRequired):
        svc.close_early(acc.id, by=counter.cashier)
    done = svc.close_early(acc.id, by=counter.manager)
    assert (done.amount, done.mode) == (D("10000.00"), "refund")
    after = svc.account(acc.id)
    assert (after.status, after.balance) == ("closed", D("0.00"))


def _necklace_bill(
    counter: Counter, uses: tuple[SetOffUse, ...], huid: str = "NCK001"
) -> BillDraft:
    """The 22K necklace (32.640 g, VA 14 %, one hallmarked piece) for Asha."""
    line = counter.necklace(huid=huid)
    return BillDraft(lines=(line,), customer_id=counter.customer.id, set_offs=uses)


def test_redeem_matured_11_plus_1_after_tax(counter: Counter, clock: FixedClock) -> None:
    """11 x 5,000 (one late, no cut on this plan) + one instalment bonus = 60,000.00 set off
    after tax on the 22K necklace: gold 32.640 x 7,150 = 2,33,376.00; VA 14 % = 32,672.64;
    hallmark 45.00; taxable 2,66,093.64; CGST = SGST = 3,991.4046 -> 3,991.40; invoice
    2,74,076.44; less 60,000.00 = 2,14,076.44 -> payable 2,14,076 (round off -0.44)."""
    svc = counter.services.schemes
    acc = _enrol(counter, _plan(counter))
    _pay_all(counter, clock, acc, late=4)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    info = svc.account(acc.id)
    assert (info.matured, info.bonus, info.late, info.balance) == (
        True,
        D("5000.00"),
        1,
        D("55000.00"),
    )
    assert [a.id for a in svc.matured_not_redeemed()] == [acc.id]
    use = SetOffUse(SCHEME, acc.id, D("60000.00"), f"Scheme {acc.passbook}")
    draft = _necklace_bill(counter, (use,))
    customer = CustomerOnBill.from_info(counter.customer)
    q = counter.billing.quote(draft, customer=customer)
    assert (q.taxable, q.cgst, q.invoice_value) == (D("266093.64"), D("3991.40"), D("274076.44"))
    assert (q.net_payable, q.round_off) == (D("214076"), D("-0.44"))
    counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    after = svc.account(acc.id)
    assert (after.status, after.balance) == ("redeemed", D("0.00"))


def test_redeem_with_bonus_as_pre_tax_discount(counter: Counter, clock: FixedClock) -> None:
    """The same plan with its 5,000 bonus before tax: taxable 2,66,093.64 - 5,000 =
    2,61,093.64; CGST = SGST = 3,916.4046 -> 3,916.40; invoice 2,68,926.44; less the savings
    55,000.00 = 2,13,926.44 -> payable 2,13,926 (round off -0.44)."""
    svc = counter.services.schemes
    acc = _enrol(counter, _plan(counter, "PRE11", treatment=BonusTreatment.PRE_TAX))
    _pay_all(counter, clock, acc)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    uses = (
        SetOffUse(SCHEME, acc.id, D("55000.00"), "Scheme savings"),
        SetOffUse(SCHEME, bonus_source(acc.id), D("5000.00"), "Scheme bonus"),
    )
    draft = _necklace_bill(counter, uses)
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(counter.customer))
    assert (q.taxable, q.cgst, q.sgst) == (D("261093.64"), D("3916.40"), D("3916.40"))
    assert (q.invoice_value, q.net_payable) == (D("268926.44"), D("213926"))
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.billing.bill(saved.id).taxable == D("261093.64")
    assert svc.account(acc.id).status == "redeemed"


def test_partial_redemption_only_where_allowed(counter: Counter, clock: FixedClock) -> None:
    """A full-only plan refuses 30,000 of 60,000; nothing is saved."""
    acc = _enrol(counter, _plan(counter))
    _pay_all(counter, clock, acc)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    draft = _necklace_bill(counter, (SetOffUse(SCHEME, acc.id, D("30000.00"), "Scheme"),))
    with pytest.raises(ValidationError, match="in full only"):
        counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.services.schemes.account(acc.id).balance == D("55000.00")


def test_unmatured_account_is_refused(counter: Counter) -> None:
    """One instalment paid: redemption is refused as not matured."""
    acc = _enrol(counter, _plan(counter))
    counter.services.schemes.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    draft = _necklace_bill(counter, (SetOffUse(SCHEME, acc.id, D("5000.00"), "Scheme"),))
    with pytest.raises(ValidationError, match="not matured"):
        counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)


def test_weight_plan_credits_grams_at_each_days_rate(counter: Counter, clock: FixedClock) -> None:
    """5,000 at 7,150/g = 0.699 g; next month at 7,200/g = 0.694 g (5000/7200 = 0.69444)."""
    svc = counter.services.schemes
    plan = _plan(counter, "WT11", kind=PlanKind.WEIGHT, metal="gold", purity=916)
    acc = _enrol(counter, plan)
    r1 = svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    _go_to(clock, counter, date(2025, 7, 1))
    counter.services.rates.set_rates(
        counter.today(), {("gold", 916): D("7200.00")}, by=counter.owner
    )
    r2 = svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    assert (r1.grams, r1.rate, r2.grams, r2.rate) == (
        D("0.699"),
        D("7150.00"),
        D("0.694"),
        D("7200.00"),
    )
    assert svc.account(acc.id).grams == D("1.393")
    with counter.services.uow.read() as s:
        assert [r.mg for r in s.scalars(select(SchemeReceipt).order_by(SchemeReceipt.paid_on))] == [
            699,
            694,
        ]


def test_cancelled_bill_gives_the_scheme_back(counter: Counter, clock: FixedClock) -> None:
    """Redeemed for 60,000 then the bill is cancelled: the account is active again and holds
    55,000 + the 5,000 bonus already credited = 60,000.00, all of it redeemable again."""
    svc = counter.services.schemes
    acc = _enrol(counter, _plan(counter))
    _pay_all(counter, clock, acc)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    draft = _necklace_bill(counter, (SetOffUse(SCHEME, acc.id, D("60000.00"), "Scheme"),))
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(saved.id, reason="wrong", approval=ok, by=counter.cashier)
    after = svc.account(acc.id)
    assert (after.status, after.balance) == ("active", D("60000.00"))
    again = _necklace_bill(
        counter, (SetOffUse(SCHEME, acc.id, D("60000.00"), "Scheme"),), huid="NCK002"
    )
    counter.billing.save_bill(paid_in_full(counter, again), by=counter.cashier)
    assert svc.account(acc.id).status == "redeemed"


def test_lateness_cuts_the_bonus_at_redemption(counter: Counter, clock: FixedClock) -> None:
    """A plan cutting 50 % per late instalment, grace 7: the 5th paid 10 days late keeps
    5,000 x 50 % = 2,500.00; tender 55,000 + 2,500 = 57,500.00; invoice 2,74,076.44 - 57,500
    = 2,16,576.44 -> payable 2,16,576."""
    acc = _enrol(counter, _plan(counter, "LATE11", late_cut_percent=D(50)))
    _pay_all(counter, clock, acc, late=4)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    info = counter.services.schemes.account(acc.id)
    assert (info.late, info.bonus) == (1, D("2500.00"))
    draft = _necklace_bill(counter, (SetOffUse(SCHEME, acc.id, D("57500.00"), "Scheme"),))
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(counter.customer))
    assert q.net_payable == D("216576")
    with pytest.raises(ValidationError, match="only"):
        over = _necklace_bill(
            counter, (SetOffUse(SCHEME, acc.id, D("60000.00"), "Scheme"),), huid="NCK009"
        )
        counter.billing.save_bill(paid_in_full(counter, over), by=counter.cashier)
    counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.services.schemes.account(acc.id).status == "redeemed"


def test_weight_plan_redeems_the_grams_at_the_days_rate(
    counter: Counter, clock: FixedClock
) -> None:
    """11 x 5,000 at 7,150/g = 11 x 0.699 = 7.689 g; on maturity at 7,150/g they are worth
    7.689 x 7,150 = 54,976.35, plus the 5,000 bonus = 59,976.35 set off; the grams go to 0."""
    svc = counter.services.schemes
    plan = _plan(counter, "WT11", kind=PlanKind.WEIGHT, metal="gold", purity=916)
    acc = _enrol(counter, plan)
    for due in due_dates(START, 11):
        _go_to(clock, counter, due)
        counter.set_rates()
        svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    _go_to(clock, counter, date(2026, 5, 1))
    counter.set_rates()
    assert svc.account(acc.id).grams == D("7.689")
    use = SetOffUse(SCHEME, acc.id, D("59976.35"), "Gold scheme 7.689 g")
    draft = _necklace_bill(counter, (use,))
    q = counter.billing.quote(draft, customer=CustomerOnBill.from_info(counter.customer))
    # 2,74,076.44 - 59,976.35 = 2,14,100.09 -> 2,14,100
    assert q.net_payable == D("214100")
    counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    after = svc.account(acc.id)
    assert (after.status, after.grams, after.balance) == ("redeemed", D("0"), D("0.00"))
