"""Metal rates: deriving a purity's rate from a board rate, and the ``metal-purity`` rate keys."""

from __future__ import annotations

from decimal import Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import round2
from jewelpos.domain.purity import Metal, check_fineness, parse_metal


def derive_rate(board_rate: Decimal, *, board_purity: int, purity: int) -> Decimal:
    """Rate of ``purity`` from a board rate quoted at ``board_purity``: round2(board x p / bp)."""
    if board_purity <= 0:
        raise ValidationError("board_purity", "must be greater than zero")
    return round2(board_rate * purity / board_purity)


def rate_key(metal: Metal, purity: int) -> str:
    """The key a rate is filed under: ``gold-916``."""
    return f"{metal.value}-{purity}"


def parse_rate_key(key: str, *, field: str) -> tuple[Metal, int]:
    """Split ``gold-916`` into (Metal.GOLD, 916); ``ValidationError`` if malformed."""
    metal_text, sep, purity_text = key.partition("-")
    if not sep or not (purity_text.isascii() and purity_text.isdigit()):
        raise ValidationError(field, f"rate key {key!r} must look like gold-916")
    metal = parse_metal(metal_text, field=field)
    return metal, check_fineness(int(purity_text), field=field)
