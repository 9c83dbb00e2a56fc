"""GST split per rate group: each half rounded on its own, IGST for inter-state supply."""

from __future__ import annotations

from decimal import Decimal

from jewelpos.domain.tax import Supply, gst_by_group, split_gst


def test_intra_state_rounds_each_half_separately() -> None:
    """1,787.50 at 3%: CGST 26.81 + SGST 26.81 = 53.62, not round2(53.625) = 53.63."""
    g = split_gst(Decimal("1787.50"), rate_percent=Decimal("3"), supply=Supply.INTRA)
    assert (g.cgst, g.sgst, g.igst) == (Decimal("26.81"), Decimal("26.81"), Decimal("0.00"))
    assert g.total == Decimal("53.62")


def test_inter_state_is_igst_on_the_whole_rate() -> None:
    """Inter-state: one IGST at the full rate, rounded once."""
    g = split_gst(Decimal("1787.50"), rate_percent=Decimal("3"), supply=Supply.INTER)
    assert (g.cgst, g.sgst, g.igst) == (Decimal("0.00"), Decimal("0.00"), Decimal("53.63"))


def test_groups_sum_per_rate_and_sort() -> None:
    """Lines at the same rate are taxed together; groups come back ordered by rate."""
    groups = gst_by_group(
        [
            (Decimal("5"), Decimal("600.00")),
            (Decimal("3"), Decimal("1000.00")),
            (Decimal("3.0"), Decimal("787.50")),
        ],
        supply=Supply.INTRA,
    )
    assert [g.rate_percent for g in groups] == [Decimal("3"), Decimal("5")]
    assert groups[0].taxable == Decimal("1787.50")
    assert groups[1].cgst == Decimal("15.00")
