"""The pricing engine's rule discounts (coupons, a scheme's making bonus): negative lines before
tax on making or VA, never more than what is left of the line, so the metal value is never
discounted; and the allocation of a rule by C1 point 3."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.pricing import ItemLine, Making, MakingKind, RuleDiscount, price_item
from jewelpos.domain.purity import Metal
from jewelpos.services.billing.rule_discounts import DiscountRule, allocate

D = Decimal


def _ring(*rules: RuleDiscount, manual: str = "0") -> ItemLine:
    """4.492 g 22K at 7,150.00 with making 418.00/g: gold 32,117.80, making 1,877.66."""
    return ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=4_492,
        rate=D("7150.00"),
        making=Making(MakingKind.PER_G, D("418.00")),
        making_discount_percent=D(manual),
        rule_discounts=rules,
    )


def test_a_rule_discount_is_a_negative_line_before_tax() -> None:
    """Coupon 187.77 off making: taxable 32,117.80 + 1,877.66 - 187.77 = 33,807.69."""
    priced = price_item(_ring(RuleDiscount("making", D("187.77"), "Coupon X")))
    assert (priced.making_discount, priced.rule_making_discount) == (D("-187.77"), D("-187.77"))
    assert priced.taxable == D("33807.69")
    assert priced.lines[-1].label == "Coupon X"


def test_the_engine_refuses_a_rule_that_would_reach_the_metal_value() -> None:
    """48 % by hand leaves 1,877.66 - 901.28 = 976.38 of making: 976.39 is refused, 976.38
    leaves taxable = gold 32,117.80."""
    with pytest.raises(ValidationError) as too_much:
        price_item(_ring(RuleDiscount("making", D("976.39"), "Coupon X"), manual="48"))
    assert too_much.value.field == "items[0].rule_discounts[0].amount"
    priced = price_item(_ring(RuleDiscount("making", D("976.38"), "Coupon X"), manual="48"))
    assert priced.taxable == D("32117.80")


def test_a_percent_rule_is_of_the_line_as_printed_and_capped_by_what_is_left() -> None:
    """10 % of the making line 1,877.66 = 187.766 -> 187.77 (C1 point 3); after a 95 % hand
    discount (1,783.78, leaving 93.88) the same rule takes only 93.88."""
    plain = price_item(_ring())
    rule = DiscountRule("coupon", "c", "Coupon X", percent=D("10"))
    per_line, totals = allocate([rule], [None], [plain])
    assert totals == (D("187.77"),)
    assert per_line[0] == (RuleDiscount("making", D("187.77"), "Coupon X"),)
    squeezed = price_item(_ring(manual="95"))
    assert squeezed.making_discount == D("-1783.78")  # 1,877.66 x 0.95 = 1,783.777
    _per_line, totals = allocate([rule], [None], [squeezed])
    assert totals == (D("93.88"),)
