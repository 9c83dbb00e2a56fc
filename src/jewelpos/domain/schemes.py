"""Savings-scheme arithmetic (DOMAIN.md "scheme", C1 point 6): the instalment schedule, maturity,
lateness, the bonus by the plan's rule, weight plans' grams, redemption and early closure.

Pure: plain values in, frozen values out, Decimal money rounded half up, weights in mg.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import ZERO, round2, round3

HUNDRED = Decimal(100)
REDEEM_LIMIT_DAYS = 365
"""A scheme must mature within this many days of enrolment (beyond it, it is a deposit)."""


class PlanKind(StrEnum):
    AMOUNT = "amount"
    """The member saves money."""
    WEIGHT = "weight"
    """Each instalment buys grams of the plan's purity at that day's rate."""


class BonusRule(StrEnum):
    ONE_INSTALMENT = "one_instalment"
    PERCENT_OF_ONE = "percent_of_one"
    MAKING_DISCOUNT = "making_discount"
    """A percent off making/VA on the bill that redeems the account (always before tax)."""


class BonusTreatment(StrEnum):
    SET_OFF = "set_off"
    """With the savings, after tax (C1 point 6)."""
    PRE_TAX = "pre_tax"
    """A discount before tax: it reduces the taxable value."""


class EarlyClosure(StrEnum):
    NONE = "none"
    REFUND = "refund"
    CREDIT = "credit"


@dataclass(frozen=True)
class PlanTerms:
    """A plan's rules. Percentages are percent (12.5)."""

    kind: PlanKind
    instalment: Decimal
    count: int
    bonus_rule: BonusRule = BonusRule.ONE_INSTALMENT
    bonus_percent: Decimal = ZERO
    """For PERCENT_OF_ONE: percent of one instalment; for MAKING_DISCOUNT: percent off making."""
    treatment: BonusTreatment = BonusTreatment.SET_OFF
    grace_days: int = 0
    late_cut_percent: Decimal = ZERO
    """Each late instalment cuts this percent of the bonus (capped at the whole bonus)."""
    forfeit_after_late: int = 0
    """This many late instalments lose the whole bonus; 0 never."""
    allow_partial: bool = False
    early_closure: EarlyClosure = EarlyClosure.REFUND
    metal: str = ""
    purity: int = 0


def validate_terms(t: PlanTerms) -> PlanTerms:
    """The terms, or ValidationError naming the field in words."""
    if t.instalment <= 0 or round2(t.instalment) != t.instalment:
        raise ValidationError("instalment", "must be more than zero, in rupees and paise")
    if not 1 <= t.count <= 12:
        raise ValidationError("number of instalments", "must be from 1 to 12")
    if not ZERO <= t.bonus_percent <= HUNDRED:
        raise ValidationError("bonus percent", "must be a percentage from 0 to 100")
    if t.bonus_rule != BonusRule.ONE_INSTALMENT and t.bonus_percent <= 0:
        raise ValidationError("bonus percent", "is required for this bonus rule")
    if t.bonus_rule == BonusRule.MAKING_DISCOUNT and t.treatment != BonusTreatment.PRE_TAX:
        raise ValidationError("bonus treatment", "a making discount is always before tax")
    if not 0 <= t.grace_days <= 31:
        raise ValidationError("grace days", "must be from 0 to 31")
    if not ZERO <= t.late_cut_percent <= HUNDRED:
        raise ValidationError("bonus cut per late instalment", "must be from 0 to 100")
    if t.forfeit_after_late < 0:
        raise ValidationError("late instalments that lose the bonus", "cannot be negative")
    if t.kind == PlanKind.WEIGHT and (not t.metal or t.purity <= 0):
        raise ValidationError("purity", "a weight plan needs a metal and purity")
    return t


def check_within_limit(start: date, count: int) -> None:
    """ValidationError when an account started on ``start`` would mature after 365 days."""
    if maturity_date(start, count) > redeem_by(start):
        raise ValidationError(
            "start date", "the plan would mature more than 365 days after this start date"
        )


def add_months(d: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it is shorter."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def due_dates(start: date, count: int) -> tuple[date, ...]:
    """Instalment k (from 0) falls due k months after the start (the first on enrolment)."""
    return tuple(add_months(start, k) for k in range(count))


def maturity_date(start: date, count: int) -> date:
    """The month after the last instalment: the account may be redeemed from this day."""
    return add_months(start, count)


def redeem_by(start: date) -> date:
    """The last day of the 365-day limit."""
    return start + timedelta(days=REDEEM_LIMIT_DAYS)


def is_late(due: date, paid_on: date, grace_days: int) -> bool:
    return paid_on > due + timedelta(days=grace_days)


def late_count(start: date, terms: PlanTerms, paid_on: Sequence[date]) -> int:
    """Payments settle instalments in order; how many were paid after due date + grace."""
    dues = due_dates(start, terms.count)
    return sum(
        1
        for due, paid in zip(dues, sorted(paid_on), strict=False)
        if is_late(due, paid, terms.grace_days)
    )


def missed_by(start: date, terms: PlanTerms, paid_count: int, on: date) -> int:
    """Instalments past due + grace on ``on`` and not paid (defaulters' lists)."""
    grace = timedelta(days=terms.grace_days)
    overdue = sum(1 for due in due_dates(start, terms.count) if due + grace < on)
    return max(0, overdue - paid_count)


@dataclass(frozen=True)
class Bonus:
    """What the shop adds on maturity: money, or a percent off making (MAKING_DISCOUNT)."""

    amount: Decimal
    making_discount_percent: Decimal
    late: int
    treatment: BonusTreatment


def _cut(late: int, terms: PlanTerms) -> Decimal:
    """The share of the bonus kept after lateness, as a percent."""
    if terms.forfeit_after_late and late >= terms.forfeit_after_late:
        return ZERO
    return max(ZERO, HUNDRED - terms.late_cut_percent * late)


def bonus(terms: PlanTerms, start: date, paid_on: Sequence[date]) -> Bonus:
    """The bonus of a fully paid account; zero until every instalment is paid."""
    late = late_count(start, terms, paid_on)
    if len(paid_on) < terms.count:
        return Bonus(ZERO, ZERO, late, terms.treatment)
    kept = _cut(late, terms)
    if terms.bonus_rule == BonusRule.MAKING_DISCOUNT:
        return Bonus(ZERO, round2(terms.bonus_percent * kept / HUNDRED), late, terms.treatment)
    base = (
        terms.instalment
        if terms.bonus_rule == BonusRule.ONE_INSTALMENT
        else round2(terms.instalment * terms.bonus_percent / HUNDRED)
    )
    return Bonus(round2(base * kept / HUNDRED), ZERO, late, terms.treatment)


def grams_for(amount: Decimal, rate: Decimal) -> Decimal:
    """Grams an instalment buys at the day's rate per gram, to the milligram."""
    if rate <= 0:
        raise ValidationError("rate", "must be more than zero")
    return round3(amount / rate)


def mg_for(amount: Decimal, rate: Decimal) -> int:
    return int(grams_for(amount, rate) * 1000)


def value_of_mg(mg: int, rate: Decimal) -> Decimal:
    """What the credited grams are worth at a day's rate (redemption of a weight plan)."""
    return round2(Decimal(mg) / 1000 * rate)


@dataclass(frozen=True)
class Closure:
    """Closing before maturity: the savings back (refund or credit), never a bonus."""

    amount: Decimal
    mode: EarlyClosure


def early_closure(terms: PlanTerms, saved: Decimal) -> Closure:
    """ValidationError when the plan does not allow closing early."""
    if terms.early_closure == EarlyClosure.NONE:
        raise ValidationError("early closure", "this plan cannot be closed before maturity")
    return Closure(saved, terms.early_closure)


def check_redemption(
    terms: PlanTerms, *, available: Decimal, amount: Decimal, matured: bool
) -> None:
    """ValidationError unless the account is matured and the amount fits the plan's rule."""
    if not matured:
        raise ValidationError("scheme account", "has not matured yet")
    if amount <= 0:
        raise ValidationError("scheme amount", "must be more than zero")
    if amount > available:
        raise ValidationError("scheme amount", "is more than the account holds")
    if amount != available and not terms.allow_partial:
        raise ValidationError("scheme amount", "this plan is redeemed in full only")
