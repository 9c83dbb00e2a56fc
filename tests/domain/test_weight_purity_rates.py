"""Weights in milligrams, carats, purity labels, karats and derived rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.purity import (
    STANDARD_PURITIES,
    Metal,
    check_fineness,
    karat,
    parse_metal,
    purity_label,
)
from jewelpos.domain.rates import derive_rate, parse_rate_key, rate_key
from jewelpos.domain.weight import (
    CARAT_MG,
    fine_mg,
    grams_from_mg,
    mg_from_carats,
    mg_from_grams,
)


def test_grams_and_milligrams() -> None:
    """Grams convert to whole milligrams (half up) and back with exactly 3 decimals."""
    assert mg_from_grams("18.450") == 18450
    assert mg_from_grams(Decimal("0.0005")) == 1
    assert str(grams_from_mg(18450)) == "18.450"
    assert str(grams_from_mg(5)) == "0.005"
    with pytest.raises(ValidationError):
        mg_from_grams("18,450", field="gross_g")


def test_carats() -> None:
    """1 ct = 200 mg: 1.90 ct is 0.380 g; fractions of a milligram round half up."""
    assert CARAT_MG == 200
    assert mg_from_carats(Decimal("1.90")) == 380
    assert mg_from_carats(Decimal("0.0025")) == 1


def test_fine_weight() -> None:
    """Fine weight = net x fineness / 1000 rounded to the milligram."""
    assert fine_mg(18450, fineness=916) == 16900  # 16.9002 g
    assert fine_mg(1000, fineness=999) == 999


@pytest.mark.parametrize(
    ("metal", "fineness", "label"),
    [
        (Metal.GOLD, 916, "22K916"),
        (Metal.GOLD, 750, "18K750"),
        (Metal.GOLD, 999, "24K999"),
        (Metal.GOLD, 958, "23K958"),
        (Metal.GOLD, 833, "20K833"),
        (Metal.GOLD, 585, "14K585"),
        (Metal.GOLD, 375, "9K375"),
        (Metal.SILVER, 925, "S925"),
        (Metal.PLATINUM, 950, "PT950"),
    ],
)
def test_purity_label(metal: Metal, fineness: int, label: str) -> None:
    """Purity prints as karat+fineness for gold, S/PT prefixes for silver and platinum."""
    assert purity_label(metal, fineness) == label


def test_every_standard_gold_purity_has_the_karat_people_use() -> None:
    """The standard gold purities map to the karats of DOMAIN.md."""
    karats = [karat(f) for f in STANDARD_PURITIES[Metal.GOLD]]
    assert karats == [24, 24, 23, 22, 20, 18, 14, 9]
    assert 925 in STANDARD_PURITIES[Metal.SILVER]


def test_metal_and_fineness_checks() -> None:
    """Metal names parse case-insensitively; fineness must be 1..999 and an integer."""
    assert parse_metal(" Gold ", field="m") is Metal.GOLD
    with pytest.raises(ValidationError, match="unknown metal"):
        parse_metal("copper", field="m")
    assert check_fineness(916, field="p") == 916
    for bad in (0, 1000, "916", True, 91.6):
        with pytest.raises(ValidationError):
            check_fineness(bad, field="p")


def test_derive_rate() -> None:
    """A 22K rate from a 24K board rate: round2(board x 916 / 999)."""
    assert derive_rate(Decimal("7800.00"), board_purity=999, purity=916) == Decimal("7151.95")
    assert derive_rate(Decimal("7800.00"), board_purity=999, purity=750) == Decimal("5855.86")
    assert derive_rate(Decimal("7800"), board_purity=999, purity=999) == Decimal("7800.00")
    with pytest.raises(ValidationError):
        derive_rate(Decimal("7800"), board_purity=0, purity=916)


def test_rate_keys() -> None:
    """Rates are keyed metal-purity; malformed keys raise with the field named."""
    assert rate_key(Metal.GOLD, 916) == "gold-916"
    assert parse_rate_key("silver-925", field="rates.silver-925") == (Metal.SILVER, 925)
    for bad in ("gold916", "gold-", "gold-abc", "tin-916", "gold-0"):
        with pytest.raises(ValidationError) as e:
            parse_rate_key(bad, field=f"rates.{bad}")
        assert e.value.field == f"rates.{bad}"
