"""The counter's bill takes a percent making discount of the rounded making line (C1 point 3)."""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import make_counter

D = Decimal


def test_counter_discount_matches_the_estimate_file(services: Services, owner: UserInfo) -> None:
    """48% off a making line of 1,877.66 on a counter bill is 901.28, as in the estimate file."""
    counter = make_counter(services, owner)
    tag = counter.add_piece("RING", gross_mg=4_492)
    line = replace(
        counter.billing.line_for_code(tag),
        wastage_percent=D(0),
        making_kind="per_g",
        making_value=D("418.00"),
        making_discount_percent=D("48"),
        hallmark_pieces=0,
    )
    quote = counter.billing.quote(BillDraft(lines=(line,)), customer=None)
    amounts = quote.lines_amounts[line.key]
    # Gold 4.492 g x 7150.00 = 32,117.80; making 4.492 g x 418.00 = 1,877.656 -> 1,877.66;
    # 48% of the line as printed: 1,877.66 x 0.48 = 901.2768 -> 901.28 (not 901.27, which is
    # 48% of the unrounded 1,877.656). Taxable 32,117.80 + 1,877.66 - 901.28 = 33,094.18.
    assert (amounts.metal_value, amounts.making, amounts.making_discount) == (
        D("32117.80"),
        D("1877.66"),
        D("-901.28"),
    )
    assert amounts.taxable == D("33094.18")
