"""Counter rules: section 269ST cash limit, PAN threshold, buyer details threshold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelpos.domain.errors import CashLimitExceeded, ValidationError
from jewelpos.domain.rules import (
    CASH_LIMIT,
    buyer_details_required,
    check_cash,
    pan_required,
    require_cash_allowed,
)


def test_cash_below_the_limit_is_allowed_with_the_allowance_left() -> None:
    """1,50,000 already + 49,999.99 new = 1,99,999.99: allowed, nothing more may be taken."""
    c = check_cash(already_paid_today=Decimal("150000"), new_cash=Decimal("49999.99"))
    assert c.allowed
    assert c.total == Decimal("199999.99")
    assert c.remaining == Decimal("49999.99")
    assert Decimal("200000") == CASH_LIMIT


def test_cash_reaching_the_limit_is_refused() -> None:
    """The total must stay strictly below Rs 2,00,000: exactly 2,00,000 is refused."""
    c = check_cash(already_paid_today=Decimal("150000"), new_cash=Decimal("50000"))
    assert not c.allowed
    with pytest.raises(CashLimitExceeded) as e:
        require_cash_allowed(already_paid_today=Decimal("150000"), new_cash=Decimal("50000"))
    assert e.value.params["remaining"] == Decimal("49999.99")


def test_cash_limit_is_a_parameter() -> None:
    """A different limit changes the outcome; remaining never goes below zero."""
    c = check_cash(
        already_paid_today=Decimal("15000"), new_cash=Decimal("1"), limit=Decimal("10000")
    )
    assert not c.allowed
    assert c.remaining == Decimal(0)
    assert require_cash_allowed(
        already_paid_today=Decimal(0), new_cash=Decimal("9999.99"), limit=Decimal("10000")
    ).allowed


def test_pan_needed_only_above_two_lakh() -> None:
    """PAN/Form 60 above Rs 2,00,000 of invoice value, not at it; threshold configurable."""
    assert not pan_required(Decimal("200000.00"))
    assert pan_required(Decimal("200000.01"))
    assert pan_required(Decimal("100001"), threshold=Decimal("100000"))


def test_buyer_details_for_unregistered_buyers_from_fifty_thousand() -> None:
    """Unregistered buyer at taxable >= 50,000 must give details; registered never."""
    assert buyer_details_required(Decimal("50000.00"), registered=False)
    assert not buyer_details_required(Decimal("49999.99"), registered=False)
    assert not buyer_details_required(Decimal("90000"), registered=True)
    assert not buyer_details_required(
        Decimal("50000"), registered=False, threshold=Decimal("60000")
    )


def test_negative_cash_is_refused() -> None:
    """A negative cash amount is a mistake, not a way to make room under the limit."""
    with pytest.raises(ValidationError) as e:
        check_cash(already_paid_today=Decimal("150000"), new_cash=Decimal("-1"))
    assert e.value.field == "new_cash"
