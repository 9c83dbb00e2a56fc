"""Pure GST builders: tax split over lines to the paisa, rate groups matched to the stored
totals, and a Tally voucher that does not balance is refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.gstr1 import RateTax, allocate, reconcile_rates
from jewelpos.domain.tally import TallyVoucher, entries, tally_xml

D = Decimal


def test_allocate_adds_up_to_the_total() -> None:
    """10.00 over three equal lines: cumulative rounding gives 3.33, 3.34, 3.33 (sum 10.00)."""
    assert allocate(D("10.00"), [D(1), D(1), D(1)]) == [D("3.33"), D("3.34"), D("3.33")]
    assert allocate(D("5.00"), [D(0), D(0)]) == [D("5.00"), D("0.00")]


def test_reconcile_puts_the_stray_paisa_on_the_largest_group() -> None:
    """Groups taxed 738.26 + 15.00 CGST against a stored 753.27: the paisa goes to the 3 %
    group (the larger taxable value), so the groups add up to the document."""
    groups = [
        RateTax(D("3"), D("49217.50"), cgst=D("738.26"), sgst=D("738.26")),
        RateTax(D("5"), D("600.00"), cgst=D("15.00"), sgst=D("15.00")),
    ]
    out = reconcile_rates(groups, cgst=D("753.27"), sgst=D("753.26"), igst=D("0.00"))
    assert out[0].cgst == D("738.27") and out[1].cgst == D("15.00")
    assert sum(g.sgst for g in out) == D("753.26")


def test_an_unbalanced_voucher_is_refused() -> None:
    """A sale of 100.00 posting only 99.00 of sales is not written."""
    v = TallyVoucher(
        "Sales",
        "I1",
        date(2025, 6, 1),
        "Party",
        "",
        entries(("Party", D("100")), ("Sales", D("-99"))),
    )
    with pytest.raises(ValidationError, match="does not balance"):
        tally_xml([v])
