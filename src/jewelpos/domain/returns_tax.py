"""GST reversed by sales returns: allocated from the original bill's tax cumulatively, so any set
of returns of a whole bill reverses exactly the bill's CGST, SGST and IGST to the paisa."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import ZERO, round2
from jewelpos.domain.tax import GstSplit


@dataclass(frozen=True)
class Reversal:
    """The tax one return reverses in one rate group."""

    rate_percent: Decimal
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal

    @property
    def total(self) -> Decimal:
        return self.taxable + self.cgst + self.sgst + self.igst


def _share(component: Decimal, part: Decimal, whole: Decimal) -> Decimal:
    """round2(component x part / whole); the whole gives back exactly the component."""
    if part == whole:
        return component
    return round2(component * part / whole)


def reverse_gst(
    bill_groups: Iterable[GstSplit],
    *,
    returned_before: Mapping[Decimal, Decimal],
    returning: Mapping[Decimal, Decimal],
) -> tuple[Reversal, ...]:
    """The GST this return reverses, per rate group of the bill.

    ``bill_groups`` is the bill's tax per rate; ``returned_before`` and ``returning`` map a rate
    to the taxable value returned by earlier credit notes and by this one. For each component,
    reversed now = round2(bill component x cumulative returned taxable / bill taxable) less what
    the same formula gave before, so the returns of a whole bill add up to the bill's tax.
    """
    groups = {g.rate_percent.normalize(): g for g in bill_groups}
    before = {r.normalize(): v for r, v in returned_before.items()}
    out: list[Reversal] = []
    for rate, now in sorted((r.normalize(), v) for r, v in returning.items()):
        if now == 0:
            continue
        g = groups.get(rate)
        if g is None:
            raise ValidationError("lines", f"the bill has no lines taxed at {rate}%")
        prev = before.get(rate, ZERO)
        cum = prev + now
        if now < 0 or prev < 0 or cum > g.taxable:
            raise ValidationError("lines", "more is returned than the bill sold")
        out.append(
            Reversal(
                rate_percent=g.rate_percent,
                taxable=now,
                cgst=_share(g.cgst, cum, g.taxable) - _share(g.cgst, prev, g.taxable),
                sgst=_share(g.sgst, cum, g.taxable) - _share(g.sgst, prev, g.taxable),
                igst=_share(g.igst, cum, g.taxable) - _share(g.igst, prev, g.taxable),
            )
        )
    return tuple(out)
