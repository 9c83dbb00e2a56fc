"""Pre-tax discounts by rule (a coupon, a scheme's making bonus): one mechanism in the quote.

Each rule is worked out on the bill's lines by C1 point 3 and handed to the pricing engine as
the lines' ``rule_discounts``: a percent is of the rounded making (and VA) line as printed, then
rounds to 0.01 itself; a flat amount is spread over the eligible lines in order, making first,
then VA. Every rule takes only what is left of the making and VA after the line's own discount
and the rules before it, so no number of rules ever discounts the metal value (the floor: net
weight at the day's rate), the stones or the hallmark. Pure: no database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jewelpos.domain.money import ZERO, round2
from jewelpos.domain.pricing import PricedItem, RuleDiscount

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class DiscountRule:
    """One rule on the bill: ``kind`` (coupon, scheme) and its ``source_id`` say who checks it
    at save; ``percent`` off making (and VA with ``on_va``) or a flat ``amount``; only lines of
    ``categories`` when given; ``min_bill`` is the least taxable value before the rules."""

    kind: str
    source_id: str
    label: str
    percent: Decimal = ZERO
    amount: Decimal = ZERO
    on_va: bool = False
    categories: tuple[str, ...] = ()
    min_bill: Decimal = ZERO


def _eligible(rule: DiscountRule, category: str | None) -> bool:
    return not rule.categories or (category is not None and category in rule.categories)


def allocate(
    rules: Sequence[DiscountRule],
    categories: Sequence[str | None],
    items: Sequence[PricedItem],
) -> tuple[tuple[tuple[RuleDiscount, ...], ...], tuple[Decimal, ...]]:
    """Per line, the rule discounts to price it with; and per rule, the total it gives.

    ``items`` are the lines priced without any rule (their own discount only).
    """
    left_making = [it.making + it.making_discount for it in items]
    left_va = [it.wastage_value + it.wastage_discount for it in items]
    per_line: list[list[RuleDiscount]] = [[] for _ in items]
    totals: list[Decimal] = []
    for rule in rules:
        given = ZERO
        flat_left = rule.amount
        for i, (item, category) in enumerate(zip(items, categories, strict=True)):
            if not _eligible(rule, category):
                continue
            for on, base, left in (
                ("making", item.making, left_making),
                ("wastage", item.wastage_value, left_va),
            ):
                if on == "wastage" and not rule.on_va:
                    continue
                want = round2(base * rule.percent / HUNDRED) if rule.percent else flat_left
                take = max(ZERO, min(want, left[i]))
                if not take:
                    continue
                left[i] -= take
                if not rule.percent:
                    flat_left -= take
                given += take
                per_line[i].append(RuleDiscount(on=on, amount=take, label=rule.label))
        totals.append(given)
    return tuple(tuple(x) for x in per_line), tuple(totals)


def taxable_before(items: Sequence[PricedItem]) -> Decimal:
    """The taxable value of the lines before any rule (what a coupon's minimum bill is of)."""
    return sum((it.taxable for it in items), ZERO)


__all__ = ["DiscountRule", "allocate", "taxable_before"]
