"""Money as Decimal rupees: rounding steps (ROUND_HALF_UP), paise conversion and strict parsing."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from jewelpos.domain.errors import ValidationError

ZERO = Decimal("0.00")
_PAISE = Decimal("0.01")
_MILLI = Decimal("0.001")
_RUPEE = Decimal("1")
_DECIMAL_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def round2(d: Decimal) -> Decimal:
    """Round to the paisa (0.01), half up."""
    return d.quantize(_PAISE, rounding=ROUND_HALF_UP)


def round3(d: Decimal) -> Decimal:
    """Round to three decimals (a milligram when the value is in grams), half up."""
    return d.quantize(_MILLI, rounding=ROUND_HALF_UP)


def round_rupee(d: Decimal) -> Decimal:
    """Round to the whole rupee, half up, kept with two decimals (``152226.00``)."""
    return d.quantize(_RUPEE, rounding=ROUND_HALF_UP).quantize(_PAISE)


def to_paise(d: Decimal) -> int:
    """Rupees to integer paise; a value finer than a paisa is rounded half up first."""
    return int(round2(d) * 100)


def from_paise(p: int) -> Decimal:
    """Integer paise to rupees with two decimals."""
    return Decimal(p).scaleb(-2).quantize(_PAISE)


def decimal_places(d: Decimal) -> int:
    """How many digits a finite Decimal carries after the point (``7150.00`` -> 2, ``12`` -> 0)."""
    exponent = d.as_tuple().exponent
    assert isinstance(exponent, int)
    return max(0, -exponent)


def parse_decimal(text: object, *, field: str) -> Decimal:
    """Parse a plain decimal string (``"7150.00"``, ``"-0.5"``) or an integer.

    Floats, exponents, NaN, infinities, thousands separators and empty text are refused with
    ``ValidationError(field, problem)``: money and weights must never pass through float.
    """
    if isinstance(text, bool) or not isinstance(text, str | int):
        kind = "a JSON number with a fraction" if isinstance(text, float) else type(text).__name__
        raise ValidationError(field, f'must be a decimal string such as "12.50", not {kind}')
    if isinstance(text, int):
        return Decimal(text)
    s = text.strip()
    if not _DECIMAL_TEXT.fullmatch(s):
        raise ValidationError(field, f"{text!r} is not a number")
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise ValidationError(field, f"{text!r} is not a number") from None
