"""GST: intra-state CGST + SGST (each half rounded on its own) or inter-state IGST, per rate group."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jewelpos.domain.money import ZERO, round2

DEFAULT_GOODS_GST_PERCENT = Decimal("3")
"""Jewellery, metal added in a repair, silver articles."""
DEFAULT_REPAIR_LABOUR_GST_PERCENT = Decimal("18")
"""Repair labour (job work); many shops use 5%."""


class Supply(StrEnum):
    INTRA = "intra"
    INTER = "inter"


@dataclass(frozen=True)
class GstSplit:
    """The tax on one rate group: CGST and SGST for intra-state supply, IGST for inter-state."""

    rate_percent: Decimal
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal

    @property
    def total(self) -> Decimal:
        return self.cgst + self.sgst + self.igst


def split_gst(taxable: Decimal, *, rate_percent: Decimal, supply: Supply) -> GstSplit:
    """Tax one rate group. Intra: each half (rate/2) rounded to the paisa separately."""
    if supply is Supply.INTRA:
        half = round2(taxable * rate_percent / 200)
        return GstSplit(rate_percent, taxable, cgst=half, sgst=half, igst=ZERO)
    igst = round2(taxable * rate_percent / 100)
    return GstSplit(rate_percent, taxable, cgst=ZERO, sgst=ZERO, igst=igst)


def gst_by_group(
    taxable_by_rate: Iterable[tuple[Decimal, Decimal]], *, supply: Supply
) -> tuple[GstSplit, ...]:
    """Sum taxable values per rate and tax each group; groups come back ordered by rate."""
    totals: dict[Decimal, Decimal] = {}
    for rate, amount in taxable_by_rate:
        key = rate.normalize()
        totals[key] = totals.get(key, ZERO) + amount
    return tuple(
        split_gst(totals[rate], rate_percent=rate, supply=supply) for rate in sorted(totals)
    )
