"""Metals and purities (fineness in parts per thousand) and how they are printed (``22K916``)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from jewelpos.domain.errors import ValidationError


class Metal(StrEnum):
    GOLD = "gold"
    SILVER = "silver"
    PLATINUM = "platinum"


STANDARD_PURITIES: dict[Metal, tuple[int, ...]] = {
    Metal.GOLD: (999, 995, 958, 916, 833, 750, 585, 375),
    Metal.SILVER: (999, 990, 970, 925, 900, 835, 800),
    Metal.PLATINUM: (950, 900, 850),
}

MAX_FINENESS = 999


def parse_metal(value: object, *, field: str) -> Metal:
    """A metal from its name (case-insensitive), else ``ValidationError``."""
    if isinstance(value, Metal):
        return value
    if isinstance(value, str):
        try:
            return Metal(value.strip().lower())
        except ValueError:
            pass
    names = ", ".join(m.value for m in Metal)
    raise ValidationError(field, f"unknown metal {value!r} (use one of {names})")


def check_fineness(fineness: object, *, field: str) -> int:
    """A fineness must be a whole number of parts per thousand from 1 to 999."""
    if isinstance(fineness, bool) or not isinstance(fineness, int):
        raise ValidationError(field, f"must be a whole number such as 916, not {fineness!r}")
    if not 1 <= fineness <= MAX_FINENESS:
        raise ValidationError(field, f"must be between 1 and {MAX_FINENESS}, not {fineness}")
    return fineness


def karat(fineness: int) -> int:
    """Karat of a gold fineness, rounded half up: 916 -> 22, 750 -> 18, 999 -> 24, 958 -> 23."""
    return int((Decimal(fineness) * 24 / 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def purity_label(metal: Metal, fineness: int) -> str:
    """The printed purity: gold ``22K916``, silver ``S925``, platinum ``PT950``."""
    if metal is Metal.GOLD:
        return f"{karat(fineness)}K{fineness}"
    if metal is Metal.SILVER:
        return f"S{fineness}"
    return f"PT{fineness}"
