"""Old gold bought back (URD purchase): fine weight, buy rate after melting deduction, value."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_indian, format_percent
from jewelpos.domain.limits import MAX_PIECE_MG, MAX_RATE
from jewelpos.domain.money import decimal_places, round2
from jewelpos.domain.purity import Metal
from jewelpos.domain.weight import grams_from_mg


@dataclass(frozen=True)
class OldGoldLine:
    """Metal the customer hands over: weighed, tested (touch %), bought at a rate less a deduction."""

    gross_mg: int
    touch_percent: Decimal
    rate: Decimal
    less_mg: int = 0
    deduction_percent: Decimal = Decimal(0)
    metal: Metal = Metal.GOLD
    description: str = ""


@dataclass(frozen=True)
class PricedOldGold:
    line: OldGoldLine
    net_mg: int
    fine_mg: int
    buy_rate: Decimal
    value: Decimal
    label: str


def price_old_gold(line: OldGoldLine, *, field: str = "old_gold[0]") -> PricedOldGold:
    """fine = round3((gross - less) x touch%); buy rate = round2(rate x (1 - deduction%));
    value = round2(fine x buy rate). Set off after tax; no GST from an individual."""
    if line.gross_mg <= 0:
        raise ValidationError(f"{field}.gross_mg", "must be greater than zero")
    if line.gross_mg > MAX_PIECE_MG:
        raise ValidationError(
            f"{field}.gross_mg",
            f"must be at most {grams_from_mg(MAX_PIECE_MG)} g ({MAX_PIECE_MG // 10**6} kg)",
        )
    if line.less_mg < 0:
        raise ValidationError(f"{field}.less_mg", "must not be negative")
    if line.less_mg > line.gross_mg:
        raise ValidationError(
            f"{field}.less_mg",
            f"less weight ({grams_from_mg(line.less_mg)} g) is more than the gross weight "
            f"({grams_from_mg(line.gross_mg)} g)",
        )
    if not (line.touch_percent.is_finite() and 0 < line.touch_percent <= 100):
        raise ValidationError(f"{field}.touch_percent", "must be more than 0 and at most 100")
    if not (line.rate.is_finite() and line.rate > 0):
        raise ValidationError(f"{field}.rate", "must be greater than zero")
    if line.rate > MAX_RATE:
        raise ValidationError(f"{field}.rate", f"must be at most {format_indian(MAX_RATE)}")
    if decimal_places(line.rate) > 2:
        raise ValidationError(f"{field}.rate", "must have at most 2 decimal places")
    if not (line.deduction_percent.is_finite() and 0 <= line.deduction_percent < 100):
        raise ValidationError(f"{field}.deduction_percent", "must be at least 0 and below 100")
    net_mg = line.gross_mg - line.less_mg
    fine = int(
        (Decimal(net_mg) * line.touch_percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    )
    buy_rate = round2(line.rate * (1 - line.deduction_percent / 100))
    value = round2(grams_from_mg(fine) * buy_rate)
    label = (
        f"Old {line.metal.value} {grams_from_mg(net_mg)} g x {format_percent(line.touch_percent)}% = "
        f"{grams_from_mg(fine)} g fine @ {buy_rate}"
    )
    return PricedOldGold(line, net_mg, fine, buy_rate, value, label)
