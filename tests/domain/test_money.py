"""Money: half-up rounding steps, paise conversion and strict decimal parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import (
    from_paise,
    parse_decimal,
    round2,
    round3,
    round_rupee,
    to_paise,
)


def test_round2_rounds_half_up_not_to_even() -> None:
    """0.125 -> 0.13 and 0.135 -> 0.14: half up, never banker's rounding."""
    assert round2(Decimal("0.125")) == Decimal("0.13")
    assert round2(Decimal("0.135")) == Decimal("0.14")
    assert round2(Decimal("2216.889")) == Decimal("2216.89")
    assert round2(Decimal("26.8125")) == Decimal("26.81")


def test_round3_and_round_rupee() -> None:
    """round3 keeps milligrams; round_rupee gives whole rupees with 2 decimals, half up."""
    assert round3(Decimal("0.4696")) == Decimal("0.470")
    assert round3(Decimal("0.0005")) == Decimal("0.001")
    assert str(round_rupee(Decimal("152226.38"))) == "152226.00"
    assert round_rupee(Decimal("141915.50")) == Decimal("141916")
    assert round_rupee(Decimal("-0.50")) == Decimal("-1")


def test_to_and_from_paise() -> None:
    """Rupees <-> paise, with from_paise always giving two decimals."""
    assert to_paise(Decimal("152226.38")) == 15222638
    assert to_paise(Decimal("0.005")) == 1
    assert str(from_paise(15222638)) == "152226.38"
    assert str(from_paise(-38)) == "-0.38"
    assert str(from_paise(100)) == "1.00"


@given(st.integers(min_value=-(10**14), max_value=10**14))
def test_paise_round_trip(paise: int) -> None:
    """from_paise then to_paise gives back the same integer."""
    assert to_paise(from_paise(paise)) == paise


@given(st.decimals(min_value=-(10**10), max_value=10**10, places=2))
def test_rupees_round_trip(amount: Decimal) -> None:
    """A 2-decimal amount survives to_paise then from_paise unchanged."""
    assert from_paise(to_paise(amount)) == amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7150.00", "7150.00"),
        (" 12 ", "12"),
        ("-0.5", "-0.5"),
        (".5", "0.5"),
        ("+3", "3"),
        (45, "45"),
    ],
)
def test_parse_decimal_accepts_plain_numbers(text: str | int, expected: str) -> None:
    """Plain decimal strings (and JSON integers) parse exactly."""
    assert str(parse_decimal(text, field="x")) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "1,000", "1e3", "NaN", "Infinity", "1.2.3", "--1", "₹10", 1.5, True, None]
)
def test_parse_decimal_refuses_malformed(text: object) -> None:
    """Floats, exponents, NaN, separators and junk raise ValidationError naming the field."""
    with pytest.raises(ValidationError) as e:
        parse_decimal(text, field="items[0].gross_g")
    assert e.value.field == "items[0].gross_g"
