"""GST reversed by returns: cumulative allocation from the bill's own tax."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from jewelpos.domain.money import ZERO
from jewelpos.domain.returns_tax import reverse_gst
from jewelpos.domain.tax import Supply, gst_by_group

D = Decimal


def test_two_returns_of_two_lines_of_100_30_reverse_the_bills_3_01() -> None:
    """2 x 100.30 at 3 %: bill CGST = round2(200.60 x 1.5 %) = round2(3.009) = 3.01; the first
    return reverses round2(3.01 x 100.30 / 200.60) = round2(1.505) = 1.51, the second 3.01 -
    1.51 = 1.50, so 3.01 in all (per-line rounding gave 1.50 + 1.50 = 3.00)."""
    bill = gst_by_group([(D(3), D("100.30")), (D(3), D("100.30"))], supply=Supply.INTRA)
    first = reverse_gst(bill, returned_before={}, returning={D(3): D("100.30")})
    second = reverse_gst(bill, returned_before={D(3): D("100.30")}, returning={D(3): D("100.30")})
    assert (first[0].cgst, first[0].sgst) == (D("1.51"), D("1.51"))
    assert (second[0].cgst, second[0].sgst) == (D("1.50"), D("1.50"))
    assert first[0].cgst + second[0].cgst == bill[0].cgst == D("3.01")


_amounts = st.decimals(min_value=D("0.01"), max_value=D("500000"), places=2)
_lines = st.lists(st.tuples(st.sampled_from([D(3), D(5), D(18)]), _amounts), min_size=1, max_size=8)


@given(
    lines=_lines,
    supply=st.sampled_from(list(Supply)),
    data=st.data(),
)
def test_any_partition_of_a_bill_into_returns_reverses_exactly_its_gst(
    lines: list[tuple[Decimal, Decimal]], supply: Supply, data: st.DataObject
) -> None:
    """Whatever lines each return takes, in any order, the returns reverse exactly the bill's
    CGST, SGST and IGST per rate, and no return reverses a negative amount."""
    bill = gst_by_group(lines, supply=supply)
    order = data.draw(st.permutations(range(len(lines))))
    cuts = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    batches: list[list[int]] = [[]]
    for i, cut in zip(order, cuts, strict=True):
        batches[-1].append(i)
        if cut:
            batches.append([])
    before: dict[Decimal, Decimal] = {}
    totals: dict[Decimal, list[Decimal]] = {}
    for batch in batches:
        now: dict[Decimal, Decimal] = {}
        for i in batch:
            rate, amount = lines[i]
            now[rate.normalize()] = now.get(rate.normalize(), ZERO) + amount
        for r in reverse_gst(bill, returned_before=before, returning=now):
            assert min(r.cgst, r.sgst, r.igst) >= 0
            t = totals.setdefault(r.rate_percent.normalize(), [ZERO, ZERO, ZERO])
            t[0] += r.cgst
            t[1] += r.sgst
            t[2] += r.igst
        for rate, amount in now.items():
            before[rate] = before.get(rate, ZERO) + amount
    for g in bill:
        assert totals[g.rate_percent.normalize()] == [g.cgst, g.sgst, g.igst]
