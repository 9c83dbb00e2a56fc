"""Old gold purchase: fine weight, buy rate after melting deduction, value, and its checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.old_gold import OldGoldLine, price_old_gold


def test_worked_example() -> None:
    """21.300 g less 0.450 g at 84% touch -> 17.514 g fine at 7,546.00 = 1,32,160.64."""
    p = price_old_gold(
        OldGoldLine(
            gross_mg=21300,
            less_mg=450,
            touch_percent=Decimal("84.0"),
            rate=Decimal("7700.00"),
            deduction_percent=Decimal("2"),
        )
    )
    assert p.net_mg == 20850
    assert p.fine_mg == 17514
    assert p.buy_rate == Decimal("7546.00")
    assert p.value == Decimal("132160.64")


def test_fine_weight_rounds_half_up_to_the_milligram() -> None:
    """1.001 g x 50% = 0.5005 g -> 0.501 g."""
    p = price_old_gold(OldGoldLine(gross_mg=1001, touch_percent=Decimal(50), rate=Decimal(100)))
    assert p.fine_mg == 501
    assert p.value == Decimal("50.10")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            OldGoldLine(gross_mg=0, touch_percent=Decimal(80), rate=Decimal(1)),
            "old_gold[2].gross_mg",
        ),
        (
            OldGoldLine(gross_mg=100, less_mg=200, touch_percent=Decimal(80), rate=Decimal(1)),
            "old_gold[2].less_mg",
        ),
        (
            OldGoldLine(gross_mg=100, touch_percent=Decimal(101), rate=Decimal(1)),
            "old_gold[2].touch_percent",
        ),
        (OldGoldLine(gross_mg=100, touch_percent=Decimal(80), rate=Decimal(0)), "old_gold[2].rate"),
        (
            OldGoldLine(
                gross_mg=100,
                touch_percent=Decimal(80),
                rate=Decimal(1),
                deduction_percent=Decimal(-1),
            ),
            "old_gold[2].deduction_percent",
        ),
    ],
)
def test_bad_old_gold_names_the_field(line: OldGoldLine, field: str) -> None:
    """Impossible weights, touch, rate or deduction raise ValidationError for that field."""
    with pytest.raises(ValidationError) as e:
        price_old_gold(line, field="old_gold[2]")
    assert e.value.field == field
