"""Indian grouping, rupee amounts, weights and amounts in words (lakh and crore)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jewelpos.domain.formatting import (
    amount_in_words,
    format_indian,
    format_inr,
    format_percent,
    format_weight_mg,
)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("152226.38", "1,52,226.38"),
        ("152226", "1,52,226.00"),
        ("12345678.9", "1,23,45,678.90"),
        ("999.995", "1,000.00"),
        ("0", "0.00"),
        ("-266093.64", "-2,66,093.64"),
    ],
)
def test_format_indian(amount: str, text: str) -> None:
    """Lakh/crore grouping with two decimals, rounded half up."""
    assert format_indian(Decimal(amount)) == text


def test_format_indian_decimals() -> None:
    """decimals=0 drops the fraction (rounded half up)."""
    assert format_indian(Decimal("152226.50"), decimals=0) == "1,52,227"


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2))
def test_format_indian_round_trips(amount: Decimal) -> None:
    """Removing the commas gives back the same amount."""
    assert Decimal(format_indian(amount).replace(",", "")) == amount


def test_format_inr() -> None:
    """The rupee sign goes after a minus sign; symbol can be left out."""
    assert format_inr(Decimal("152226")) == "₹1,52,226.00"
    assert format_inr(Decimal("-0.38")) == "-₹0.38"
    assert format_inr(Decimal("2471.12"), symbol=False) == "2,471.12"
    assert format_inr(Decimal("-0.001")) == "₹0.00"


def test_format_weight_and_percent() -> None:
    """Weights print with 3 decimals and ' g'; percentages without trailing zeros."""
    assert format_weight_mg(18450) == "18.450 g"
    assert format_weight_mg(380) == "0.380 g"
    assert format_percent(Decimal("12.50")) == "12.5"
    assert format_percent(Decimal("100")) == "100"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (
            "152226",
            "Rupees One Lakh Fifty-Two Thousand Two Hundred and Twenty-Six Only",
        ),
        (
            "152226.38",
            "Rupees One Lakh Fifty-Two Thousand Two Hundred and Twenty-Six "
            "and Thirty-Eight Paise Only",
        ),
        (
            "12345678",
            "Rupees One Crore Twenty-Three Lakh Forty-Five Thousand Six Hundred and "
            "Seventy-Eight Only",
        ),
        ("0.50", "Fifty Paise Only"),
        ("0", "Rupees Zero Only"),
        ("100000", "Rupees One Lakh Only"),
    ],
)
def test_amount_in_words(amount: str, words: str) -> None:
    """Indian system words, title case, 'and' lower case, paise when present."""
    assert amount_in_words(Decimal(amount)) == words


def test_negative_zero_is_never_shown_signed() -> None:
    """-0, -0.00 and amounts that round to zero (-0.004) read ₹0.00 / 0.00, never -₹0.00."""
    from decimal import Decimal

    from jewelpos.domain.formatting import format_indian, format_inr

    for amount in (Decimal("-0"), Decimal("-0.00"), Decimal("-0.004"), -Decimal("0.001")):
        assert format_inr(amount) == "₹0.00"
        assert format_inr(amount, symbol=False) == "0.00"
        assert format_indian(amount) == "0.00"
        assert format_inr(amount, decimals=0) == "₹0"
    assert format_inr(Decimal("-0.005")) == "-₹0.01"  # half up away from zero: a real paisa
