"""Counter rules from the law: cash limit (section 269ST), PAN above a value, buyer details."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jewelpos.domain.errors import CashLimitExceeded, ValidationError
from jewelpos.domain.money import ZERO

CASH_LIMIT = Decimal("200000")
"""Section 269ST: cash from one person in a day must stay strictly below this."""
PAN_THRESHOLD = Decimal("200000")
"""An invoice value above this needs the buyer's PAN or Form 60."""
BUYER_DETAILS_THRESHOLD = Decimal("50000")
"""An unregistered buyer at or above this taxable value must give name, address, state, code."""
_PAISA = Decimal("0.01")


@dataclass(frozen=True)
class CashCheck:
    """Outcome of the cash rule for one new cash payment."""

    allowed: bool
    already_paid: Decimal
    new_cash: Decimal
    total: Decimal
    limit: Decimal
    remaining: Decimal
    """The most cash that may still be taken today (the total must stay below ``limit``)."""


def check_cash(
    *, already_paid_today: Decimal, new_cash: Decimal, limit: Decimal = CASH_LIMIT
) -> CashCheck:
    """Section 269ST: allowed while today's total cash from the person stays strictly below limit."""
    if already_paid_today < 0:
        raise ValidationError("already_paid_today", "must not be negative")
    if new_cash < 0:
        raise ValidationError("new_cash", "must not be negative")
    total = already_paid_today + new_cash
    remaining = max(ZERO, limit - _PAISA - already_paid_today)
    return CashCheck(
        allowed=total < limit,
        already_paid=already_paid_today,
        new_cash=new_cash,
        total=total,
        limit=limit,
        remaining=remaining,
    )


def require_cash_allowed(
    *, already_paid_today: Decimal, new_cash: Decimal, limit: Decimal = CASH_LIMIT
) -> CashCheck:
    """Like ``check_cash`` but raises ``CashLimitExceeded`` when the cash is not allowed."""
    result = check_cash(already_paid_today=already_paid_today, new_cash=new_cash, limit=limit)
    if not result.allowed:
        raise CashLimitExceeded(
            f"cash today would be {result.total}, which is not below the limit of {limit}; "
            f"at most {result.remaining} more may be taken in cash",
            total=result.total,
            limit=limit,
            remaining=result.remaining,
        )
    return result


def pan_required(invoice_value: Decimal, *, threshold: Decimal = PAN_THRESHOLD) -> bool:
    """PAN (or Form 60) is needed when the invoice value is above the threshold."""
    return invoice_value > threshold


def buyer_details_required(
    taxable: Decimal, *, registered: bool, threshold: Decimal = BUYER_DETAILS_THRESHOLD
) -> bool:
    """An unregistered buyer at or above the threshold must give name, address, state, code."""
    return not registered and taxable >= threshold
