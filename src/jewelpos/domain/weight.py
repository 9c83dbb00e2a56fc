"""Weights: integer milligrams in the domain, grams with three decimals for people; carats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import parse_decimal

CARAT_MG = 200
"""One metric carat is 0.200 g."""


def _round_mg(mg: Decimal) -> int:
    return int(mg.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def mg_from_grams(grams: Decimal | str, *, field: str = "grams") -> int:
    """Grams (Decimal or decimal string) to integer milligrams, rounded half up to 0.001 g."""
    value = parse_decimal(grams, field=field) if isinstance(grams, str) else grams
    if not value.is_finite():
        raise ValidationError(field, "is not a number")
    return _round_mg(value * 1000)


def mg_from_carats(carats: Decimal, *, field: str = "carats") -> int:
    """Carats to milligrams (1 ct = 200 mg), rounded half up to the milligram."""
    if not carats.is_finite():
        raise ValidationError(field, "is not a number")
    return _round_mg(carats * CARAT_MG)


def grams_from_mg(mg: int) -> Decimal:
    """Integer milligrams to grams with exactly three decimals (``18450`` -> ``18.450``)."""
    return Decimal(mg).scaleb(-3).quantize(Decimal("0.001"))


def grams_text(mg: int) -> str:
    """Milligrams as grams with exactly three decimals, the way every screen, slip, tag and
    report writes a weight: ``18450`` -> ``"18.450"``, ``0`` -> ``"0.000"``, ``-1500`` ->
    ``"-1.500"`` (no unit: callers add " g" where the column header does not say it)."""
    return str(grams_from_mg(mg))


def fine_mg(net_mg: int, *, fineness: int) -> int:
    """Pure metal in a net weight: net x fineness / 1000, rounded half up to the milligram."""
    return _round_mg(Decimal(net_mg) * fineness / 1000)
