"""grams_text: the one way milligrams are written as grams (screens, slips, tags, reports)."""

from __future__ import annotations

import pytest

from jewelpos.domain.formatting import format_weight_mg
from jewelpos.domain.weight import grams_text


@pytest.mark.parametrize(
    ("mg", "text"),
    [
        (0, "0.000"),
        (1, "0.001"),
        (999, "0.999"),
        (1000, "1.000"),
        (18450, "18.450"),
        (-1, "-0.001"),
        (-1500, "-1.500"),  # the old f"{mg // 1000}.{mg % 1000:03d}" wrote -2.500
        (-18450, "-18.450"),
        (10**17 + 1, "100000000000000.001"),  # a float (mg / 1000) loses the last milligram
    ],
)
def test_grams_text(mg: int, text: str) -> None:
    """Three decimals always, exact (no float), the sign kept for negative weights."""
    assert grams_text(mg) == text


def test_format_weight_mg_uses_grams_text() -> None:
    """The weight with its unit is grams_text plus " g", negatives included."""
    assert format_weight_mg(-1500) == "-1.500 g"
    assert format_weight_mg(0) == "0.000 g"


def test_slips_and_tags_write_negative_weights_right() -> None:
    """The receipt, tag and invoice modules have no hand-written formatter of their own left."""
    import jewelpos.printing.invoice_pdf as invoice_pdf
    import jewelpos.printing.receipt as receipt
    import jewelpos.printing.tags as tags

    for module in (receipt, tags, invoice_pdf):
        assert module.grams_text(-1500) == "-1.500"
        assert not hasattr(module, "_grams") and not hasattr(module, "_g")
