"""Indian number formatting (lakh/crore grouping via babel), rupees, weights, amounts in words."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal
from num2words import num2words

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import round2
from jewelpos.domain.weight import grams_text

RUPEE_SIGN = "₹"


def format_indian(amount: Decimal, decimals: int = 2) -> str:
    """``152226.38`` -> ``1,52,226.38``: Indian grouping (en_IN), rounded half up first."""
    if decimals < 0:
        raise ValueError("decimals must not be negative")
    quantum = Decimal(1).scaleb(-decimals)
    value = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    if value.is_zero():
        value = abs(value)  # -0.004 rounds to -0.00: show 0.00, never a signed zero
    pattern = "#,##,##0" + ("." + "0" * decimals if decimals else "")
    text: str = format_decimal(value, format=pattern, locale="en_IN")
    return text


def format_inr(amount: Decimal, *, symbol: bool = True, decimals: int = 2) -> str:
    """``₹1,52,226.00``; negatives put the sign first: ``-₹0.38``; zero is never signed."""
    quantum = Decimal(1).scaleb(-decimals)
    value = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 and not value.is_zero() else ""
    return f"{sign}{RUPEE_SIGN if symbol else ''}{format_indian(abs(value), decimals)}"


def format_weight_mg(mg: int) -> str:
    """``18450`` -> ``18.450 g``."""
    return f"{grams_text(mg)} g"


def format_percent(p: Decimal) -> str:
    """A percentage without trailing zeros or exponent: ``12`` / ``12.5`` / ``0.25``."""
    text = format(p.normalize(), "f")
    return text


def _words(n: int) -> str:
    raw: str = num2words(n, lang="en_IN")
    words = []
    for word in raw.replace(",", "").split():
        words.append(word if word == "and" else "-".join(p.capitalize() for p in word.split("-")))
    return " ".join(words)


def amount_in_words(amount: Decimal) -> str:
    """``152226.38`` -> ``Rupees One Lakh Fifty-Two Thousand Two Hundred and Twenty-Six and
    Thirty-Eight Paise Only`` (Indian lakh/crore system, paise rounded half up)."""
    value = round2(amount)
    if value < 0:
        raise ValidationError("amount", "must not be negative to be written in words")
    rupees = int(value)
    paise = int((value - rupees) * 100)
    if paise and not rupees:
        return f"{_words(paise)} Paise Only"
    text = f"Rupees {_words(rupees)}"
    if paise:
        text += f" and {_words(paise)} Paise"
    return text + " Only"
