"""Savings-scheme arithmetic: schedule, lateness, bonus rules, weight plans, closure."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.schemes import (
    BonusRule,
    BonusTreatment,
    EarlyClosure,
    PlanKind,
    PlanTerms,
    add_months,
    bonus,
    check_redemption,
    check_within_limit,
    due_dates,
    early_closure,
    grams_for,
    late_count,
    maturity_date,
    mg_for,
    missed_by,
    validate_terms,
    value_of_mg,
)

D = Decimal
PLAN_11 = PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7, late_cut_percent=D("50"))
START = date(2026, 1, 10)


def test_schedule_is_monthly_from_enrolment() -> None:
    """Eleven instalments fall due on the 10th of Jan..Nov; maturity is 10 Dec."""
    dues = due_dates(START, 11)
    assert dues[0] == START and dues[-1] == date(2026, 11, 10)
    assert maturity_date(START, 11) == date(2026, 12, 10)


def test_month_end_start_clamps() -> None:
    """A plan started on 31 Jan falls due on 28 Feb, 31 Mar, 30 Apr."""
    assert due_dates(date(2026, 1, 31), 4)[1:] == (
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    )


def test_one_instalment_bonus_on_time() -> None:
    """11 x 5,000 all on time: the bonus is one instalment, 5,000.00."""
    paid = list(due_dates(START, 11))
    b = bonus(PLAN_11, START, paid)
    assert (b.amount, b.late) == (D("5000.00"), 0)


def test_one_late_instalment_cuts_half() -> None:
    """One instalment paid 8 days late (grace 7): 50% cut -> 5,000 x 50% = 2,500.00."""
    paid = list(due_dates(START, 11))
    paid[3] = paid[3] + timedelta(days=8)
    assert bonus(PLAN_11, START, paid).amount == D("2500.00")


def test_paid_within_grace_is_not_late() -> None:
    """Paid 7 days after the due date with 7 grace days: on time, full bonus."""
    paid = list(due_dates(START, 11))
    paid[3] = paid[3] + timedelta(days=7)
    assert late_count(START, PLAN_11, paid) == 0
    assert bonus(PLAN_11, START, paid).amount == D("5000.00")


def test_forfeit_after_late() -> None:
    """Two late instalments with 'lose the bonus after 2 late': bonus 0."""
    terms = PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, forfeit_after_late=2)
    paid = [d + timedelta(days=1) if i < 2 else d for i, d in enumerate(due_dates(START, 11))]
    assert bonus(terms, START, paid).amount == D("0.00")


def test_percent_of_one_instalment() -> None:
    """A 75% bonus on 3,333.33: 3,333.33 x 0.75 = 2,499.9975 -> 2,500.00."""
    terms = PlanTerms(
        PlanKind.AMOUNT, D("3333.33"), 11, bonus_rule=BonusRule.PERCENT_OF_ONE, bonus_percent=D(75)
    )
    assert bonus(terms, START, list(due_dates(START, 11))).amount == D("2500.00")


def test_making_discount_bonus() -> None:
    """A 50% making discount with one late at 20% cut keeps 50 x 80% = 40%."""
    terms = PlanTerms(
        PlanKind.AMOUNT,
        D("2000.00"),
        11,
        bonus_rule=BonusRule.MAKING_DISCOUNT,
        bonus_percent=D(50),
        treatment=BonusTreatment.PRE_TAX,
        late_cut_percent=D(20),
    )
    paid = list(due_dates(START, 11))
    paid[0] += timedelta(days=1)
    b = bonus(terms, START, paid)
    assert (b.amount, b.making_discount_percent) == (D("0.00"), D("40.00"))


def test_no_bonus_before_fully_paid() -> None:
    """Ten of eleven instalments paid: no bonus yet."""
    assert bonus(PLAN_11, START, list(due_dates(START, 10))).amount == D("0.00")


def test_weight_plan_grams_at_days_rate() -> None:
    """5,000 at 7,150.00/g: 0.69930... -> 0.699 g; 5,000 at 7,200: 0.69444 -> 0.694 g."""
    assert grams_for(D("5000"), D("7150.00")) == D("0.699")
    assert mg_for(D("5000"), D("7200.00")) == 694
    # redeemed at 7,300/g: 1.393 g x 7,300 = 10,168.90
    assert value_of_mg(699 + 694, D("7300.00")) == D("10168.90")


def test_defaulters_count_missed() -> None:
    """On 20 Apr, grace 7: Jan, Feb, Mar, Apr 10 (+7 = 17 < 20) are overdue; 2 paid -> 2 missed."""
    assert missed_by(START, PLAN_11, 2, date(2026, 4, 20)) == 2
    assert missed_by(START, PLAN_11, 2, date(2026, 4, 17)) == 1


def test_365_day_limit() -> None:
    """12 monthly from 1 Mar 2027 mature 1 Mar 2028: 366 days (leap) -> refused; 11 is fine."""
    with pytest.raises(ValidationError, match="365 days"):
        check_within_limit(date(2027, 3, 1), 12)
    check_within_limit(date(2027, 3, 1), 11)
    check_within_limit(date(2026, 1, 1), 12)  # 365 days exactly


def test_terms_validation_names_fields() -> None:
    """Bad terms name the field in words."""
    with pytest.raises(ValidationError, match="number of instalments"):
        validate_terms(PlanTerms(PlanKind.AMOUNT, D(1000), 13))
    with pytest.raises(ValidationError, match="purity"):
        validate_terms(PlanTerms(PlanKind.WEIGHT, D(1000), 11))
    with pytest.raises(ValidationError, match="bonus treatment"):
        validate_terms(
            PlanTerms(
                PlanKind.AMOUNT,
                D(1000),
                11,
                bonus_rule=BonusRule.MAKING_DISCOUNT,
                bonus_percent=D(10),
            )
        )


def test_early_closure_and_redemption_rules() -> None:
    """Closing early pays back the savings without bonus; partial only where allowed."""
    assert early_closure(PLAN_11, D("15000.00")).amount == D("15000.00")
    none = PlanTerms(PlanKind.AMOUNT, D(1000), 11, early_closure=EarlyClosure.NONE)
    with pytest.raises(ValidationError, match="early closure"):
        early_closure(none, D(1000))
    with pytest.raises(ValidationError, match="in full only"):
        check_redemption(PLAN_11, available=D(60000), amount=D(1000), matured=True)
    with pytest.raises(ValidationError, match="not matured"):
        check_redemption(PLAN_11, available=D(60000), amount=D(60000), matured=False)


@given(st.dates(date(2000, 1, 1), date(2090, 12, 31)), st.integers(0, 24))
def test_add_months_properties(d: date, n: int) -> None:
    """add_months moves exactly n calendar months and never past the month's last day."""
    r = add_months(d, n)
    assert (r.year * 12 + r.month) - (d.year * 12 + d.month) == n
    assert r.day <= d.day


@given(
    st.integers(1, 12),
    st.lists(st.integers(0, 40), min_size=12, max_size=12),
    st.decimals(min_value=0, max_value=100, places=0),
)
def test_bonus_never_exceeds_full_and_shrinks_with_lateness(
    count: int, delays: list[int], cut: Decimal
) -> None:
    """The bonus is between 0 and one instalment; more lateness never increases it."""
    terms = PlanTerms(PlanKind.AMOUNT, D("1000.00"), count, grace_days=5, late_cut_percent=cut)
    paid = [due + timedelta(days=delays[i]) for i, due in enumerate(due_dates(START, count))]
    b = bonus(terms, START, paid)
    assert D(0) <= b.amount <= D("1000.00")
    later = [p + timedelta(days=30) for p in paid]
    assert bonus(terms, START, later).amount <= b.amount


@given(
    st.decimals(min_value=1, max_value=100000, places=2),
    st.decimals(min_value=100, max_value=20000, places=2),
)
def test_grams_round_to_mg(amount: Decimal, rate: Decimal) -> None:
    """Grams have 3 decimals and are within half a milligram of amount / rate."""
    g = grams_for(amount, rate)
    assert g == g.quantize(D("0.001"))
    assert abs(g - amount / rate) <= D("0.0005")
