"""Property tests of the pricing engine: invariants that hold for any valid bill."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jewelpos.domain.old_gold import OldGoldLine
from jewelpos.domain.pricing import (
    BillInput,
    Discount,
    ItemLine,
    Making,
    MakingKind,
    RepairLine,
    SetOff,
    Supply,
    Wastage,
    WastageOn,
    price_bill,
)
from jewelpos.domain.purity import Metal

money = st.decimals(min_value=0, max_value=100000, places=2)
small_money = st.decimals(min_value=0, max_value=500, places=2)
percent = st.decimals(min_value=0, max_value=40, places=2)
rates = st.decimals(min_value=1, max_value=12000, places=2)


@st.composite
def items(draw: st.DrawFn) -> ItemLine:
    gross = draw(st.integers(min_value=1, max_value=500_000))
    stone = draw(st.integers(min_value=0, max_value=gross))
    kind = draw(st.one_of(st.none(), st.sampled_from(list(MakingKind))))
    making = None
    if kind is not None:
        making = Making(kind, draw(percent if kind is MakingKind.PERCENT else small_money))
    return ItemLine(
        metal=draw(st.sampled_from(list(Metal))),
        purity=draw(st.sampled_from([999, 916, 750, 925, 585])),
        gross_mg=gross,
        stone_mg=stone,
        rate=draw(rates),
        stone_value=draw(small_money),
        wastage=draw(
            st.one_of(st.none(), st.builds(Wastage, percent, st.sampled_from(list(WastageOn))))
        ),
        making=making,
        making_discount_percent=draw(percent),
        wastage_discount_percent=draw(percent),
        other_charges=draw(small_money),
        hallmark_pieces=draw(st.integers(min_value=0, max_value=5)),
    )


repairs = st.builds(
    RepairLine,
    labour=small_money,
    labour_gst_percent=st.sampled_from([None, Decimal(5), Decimal(12), Decimal(3)]),
    added_metal=st.just(Metal.GOLD),
    added_purity=st.just(916),
    added_mg=st.integers(min_value=0, max_value=5000),
    rate=rates,
)
old_gold = st.builds(
    OldGoldLine,
    gross_mg=st.integers(min_value=1, max_value=100_000),
    touch_percent=st.decimals(min_value=1, max_value=100, places=1),
    rate=rates,
    deduction_percent=percent,
)


@st.composite
def bills(draw: st.DrawFn) -> BillInput:
    its = tuple(draw(st.lists(items(), max_size=4)))
    discounts: tuple[Discount, ...] = ()
    goods = price_bill(BillInput(items=its)).taxable
    if goods > 0 and draw(st.booleans()):
        discounts = (Discount(draw(st.decimals(min_value=0, max_value=goods, places=2))),)
    return BillInput(
        items=its,
        repairs=tuple(draw(st.lists(repairs, max_size=2))),
        old_gold=tuple(draw(st.lists(old_gold, max_size=2))),
        discounts=discounts,
        set_offs=tuple(draw(st.lists(st.builds(SetOff, st.just("scheme"), money), max_size=2))),
        supply=draw(st.sampled_from(list(Supply))),
    )


@settings(max_examples=300, deadline=None)
@given(bills())
def test_bill_invariants(bill: BillInput) -> None:
    """Lines add up to taxable; invoice = taxable + taxes; CGST == SGST per group; payable is
    within half a rupee of invoice - set-offs; net = gross - stone for every item."""
    priced = price_bill(bill)
    assert sum((line.amount for line in priced.lines), Decimal(0)) == priced.taxable
    assert priced.invoice_value == priced.taxable + priced.cgst + priced.sgst + priced.igst
    for group in priced.gst:
        assert group.cgst == group.sgst
        if priced.supply is Supply.INTER:
            assert group.cgst == 0
        else:
            assert group.igst == 0
    assert sum((g.taxable for g in priced.gst), Decimal(0)) == priced.taxable
    due = priced.invoice_value - priced.old_gold_value - priced.set_offs_total
    assert abs(priced.net_payable - due) <= Decimal("0.50")
    assert priced.net_payable == due + priced.round_off
    assert priced.net_payable == priced.net_payable.to_integral_value()
    for item, p in zip(bill.items, priced.items, strict=True):
        assert p.net_mg == item.gross_mg - item.stone_mg
        assert p.taxable == (
            p.metal_value
            + p.wastage_value
            + p.wastage_discount
            + p.making
            + p.making_discount
            + p.stones
            + p.hallmark
            + p.other
        )
        assert p.making_discount <= 0 <= p.making


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=1_000_000),
    rates,
    st.decimals(min_value=0, max_value=30, places=2),
)
def test_wastage_by_weight_rounds_grams_first(net_mg: int, rate: Decimal, pct: Decimal) -> None:
    """Wastage as weight = round3(net x %) grams, then x rate, rounded to the paisa."""
    bill = price_bill(
        BillInput(
            items=(
                ItemLine(
                    metal=Metal.GOLD,
                    purity=916,
                    gross_mg=net_mg,
                    rate=rate,
                    wastage=Wastage(pct, WastageOn.WEIGHT),
                ),
            )
        )
    )
    p = bill.items[0]
    assert abs(Decimal(p.wastage_mg) - Decimal(net_mg) * pct / 100) <= Decimal("0.5")
    expected = (Decimal(p.wastage_mg) / 1000 * rate).quantize(Decimal("0.01"))
    assert abs(p.wastage_value - expected) <= Decimal("0.01")
