"""Pricing convention C1: the worked examples of DOMAIN.md to the paisa, components, checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.old_gold import OldGoldLine
from jewelpos.domain.pricing import (
    SET_OFF_KINDS,
    BillInput,
    Discount,
    ItemLine,
    LineKind,
    Making,
    MakingKind,
    PricingSettings,
    RepairLine,
    SetOff,
    Supply,
    Wastage,
    WastageOn,
    check_set_offs,
    price_bill,
    price_item,
)
from jewelpos.domain.purity import Metal

D = Decimal
RATE_22K = D("7150.00")


def chain() -> ItemLine:
    return ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=18450,
        rate=RATE_22K,
        wastage=Wastage(D("12"), WastageOn.VALUE),
        hallmark_pieces=1,
    )


def ring() -> ItemLine:
    return ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=6250,
        stone_mg=380,
        stone_value=D("1200.00"),
        rate=RATE_22K,
        wastage=Wastage(D("8"), WastageOn.WEIGHT),
        making=Making(MakingKind.PER_G, D("450.00")),
        hallmark_pieces=1,
    )


def test_worked_example_chain() -> None:
    """22K chain 18.450 g, VA 12%, hallmark 1: payable 1,52,226 with round off -0.38."""
    bill = price_bill(BillInput(items=(chain(),)))
    assert [(line.label, line.amount) for line in bill.lines] == [
        ("Gold 22K916 18.450 g @ 7150.00", D("131917.50")),
        ("VA 12%", D("15830.10")),
        ("Hallmark 1 pc", D("45.00")),
    ]
    assert bill.taxable == D("147792.60")
    assert (bill.cgst, bill.sgst, bill.igst) == (D("2216.89"), D("2216.89"), D(0))
    assert bill.invoice_value == D("152226.38")
    assert bill.round_off == D("-0.38")
    assert bill.net_payable == D("152226")
    assert not bill.pan_required
    assert bill.buyer_details_required


def test_worked_example_ring() -> None:
    """22K ring with 1.90 ct stones, wastage 8% as weight, making 450/g: payable 50,694."""
    bill = price_bill(BillInput(items=(ring(),)))
    item = bill.items[0]
    assert (item.net_mg, item.wastage_mg) == (5870, 470)
    assert item.metal_value == D("41970.50")
    assert item.wastage_value == D("3360.50")
    assert item.making == D("2641.50")
    assert item.stones == D("1200.00")
    assert item.hallmark == D("45.00")
    assert item.taxable == bill.taxable == D("49217.50")
    assert (bill.cgst, bill.sgst) == (D("738.26"), D("738.26"))
    assert bill.invoice_value == D("50694.02")
    assert bill.net_payable == D("50694")
    assert bill.round_off == D("-0.02")
    assert not bill.buyer_details_required


def test_worked_example_exchange() -> None:
    """New 22K 32.640 g VA 14% against old gold 17.514 g fine: round off +0.20, 1,41,916."""
    new = ItemLine(
        metal=Metal.GOLD,
        purity=916,
        gross_mg=32640,
        rate=RATE_22K,
        wastage=Wastage(D("14")),
        hallmark_pieces=1,
    )
    old = OldGoldLine(
        gross_mg=21300,
        less_mg=450,
        touch_percent=D("84.0"),
        rate=D("7700.00"),
        deduction_percent=D("2"),
    )
    bill = price_bill(BillInput(items=(new,), old_gold=(old,)))
    assert bill.taxable == D("266093.64")
    assert (bill.cgst, bill.sgst) == (D("3991.40"), D("3991.40"))
    assert bill.invoice_value == D("274076.44")
    assert bill.old_gold[0].fine_mg == 17514
    assert bill.old_gold[0].buy_rate == D("7546.00")
    assert bill.old_gold_value == D("132160.64")
    assert bill.round_off == D("0.20")
    assert bill.net_payable == D("141916")
    assert bill.pan_required, "invoice value above 2,00,000 needs PAN even after old gold"


def test_worked_example_repair() -> None:
    """0.250 g of 22K added (26.81 + 26.81) plus labour 600 at 5% (15 + 15): 2,471."""
    repair = RepairLine(
        labour=D("600.00"),
        labour_gst_percent=D("5"),
        added_metal=Metal.GOLD,
        added_purity=916,
        added_mg=250,
        rate=RATE_22K,
    )
    bill = price_bill(BillInput(repairs=(repair,)))
    assert [line.amount for line in bill.lines] == [D("1787.50"), D("600.00")]
    assert [(g.rate_percent, g.cgst, g.sgst) for g in bill.gst] == [
        (D("3"), D("26.81"), D("26.81")),
        (D("5"), D("15.00"), D("15.00")),
    ]
    assert bill.invoice_value == D("2471.12")
    assert bill.net_payable == D("2471")


def test_repair_labour_defaults_to_eighteen_percent() -> None:
    """Without its own rate, labour takes the setting (default 18%)."""
    bill = price_bill(BillInput(repairs=(RepairLine(labour=D("100.00")),)))
    assert bill.gst[0].rate_percent == D("18")
    assert bill.cgst == D("9.00")
    custom = PricingSettings(repair_labour_gst_percent=D("5"))
    bill5 = price_bill(BillInput(repairs=(RepairLine(labour=D("100.00")),), settings=custom))
    assert bill5.cgst == D("2.50")


def test_inter_state_supply_uses_igst() -> None:
    """Inter-state: IGST 3% on the chain, rounded once; no CGST/SGST."""
    bill = price_bill(BillInput(items=(chain(),), supply=Supply.INTER))
    assert (bill.cgst, bill.sgst, bill.igst) == (D(0), D(0), D("4433.78"))
    assert bill.invoice_value == D("152226.38")


def test_making_percent_flat_and_discounts() -> None:
    """Making as % of metal value or flat; making and VA discounts are negative pre-tax lines."""
    base = dict(metal=Metal.GOLD, purity=750, gross_mg=10000, rate=D("5850.00"))
    pct = price_item(
        ItemLine(
            **base,  # type: ignore[arg-type]
            making=Making(MakingKind.PERCENT, D("10")),
            making_discount_percent=D("25"),
            wastage=Wastage(D("5")),
            wastage_discount_percent=D("50"),
        )
    )
    assert pct.metal_value == D("58500.00")
    assert pct.making == D("5850.00")
    assert pct.making_discount == D("-1462.50")
    assert pct.wastage_value == D("2925.00")
    assert pct.wastage_discount == D("-1462.50")
    assert pct.taxable == D("58500.00") + D("5850.00") - D("1462.50") + D("2925.00") - D("1462.50")
    kinds = [line.kind for line in pct.lines]
    assert kinds == [
        LineKind.METAL,
        LineKind.WASTAGE,
        LineKind.WASTAGE_DISCOUNT,
        LineKind.MAKING,
        LineKind.MAKING_DISCOUNT,
    ]
    flat = price_item(ItemLine(**base, making=Making(MakingKind.FLAT, D("1500.00"))))  # type: ignore[arg-type]
    assert flat.making == D("1500.00")
    assert flat.lines[-1].label == "Making (flat)"


def test_silver_and_other_charges_and_hallmark_setting() -> None:
    """Silver prices the same way; other charges and a custom hallmark fee are lines."""
    item = ItemLine(
        metal=Metal.SILVER,
        purity=925,
        gross_mg=52345,
        rate=D("95.00"),
        making=Making(MakingKind.PER_G, D("12.50")),
        other_charges=D("100.00"),
        hallmark_pieces=2,
    )
    bill = price_bill(BillInput(items=(item,), settings=PricingSettings(hallmark_fee=D("35"))))
    assert [(line.label, line.amount) for line in bill.lines] == [
        ("Silver S925 52.345 g @ 95.00", D("4972.78")),
        ("Making 12.50/g", D("654.31")),
        ("Hallmark 2 pcs", D("70.00")),
        ("Other charges", D("100.00")),
    ]


def test_discounts_and_set_offs() -> None:
    """A pre-tax discount reduces taxable; set-offs come after tax and never change taxable."""
    bill = price_bill(
        BillInput(
            items=(chain(),),
            discounts=(Discount(D("792.60")),),
            set_offs=(SetOff("scheme", D("55000.00")), SetOff("voucher", D("2000.00"))),
        )
    )
    assert bill.taxable == D("147000.00")
    assert bill.cgst == D("2205.00")
    assert bill.invoice_value == D("151410.00")
    assert bill.set_offs_total == D("57000.00")
    assert bill.net_payable == D("94410")


def test_old_gold_larger_than_bill_gives_negative_payable() -> None:
    """When old gold is worth more than the bill, the shop pays the difference."""
    old = OldGoldLine(gross_mg=100000, touch_percent=D("91.6"), rate=D("7700.00"))
    bill = price_bill(BillInput(items=(ring(),), old_gold=(old,)))
    assert bill.net_payable < 0
    assert bill.net_payable == (bill.invoice_value - bill.old_gold_value + bill.round_off)


def _item(**changes: object) -> ItemLine:
    fields: dict[str, object] = dict(
        metal=Metal.GOLD, purity=916, gross_mg=1000, rate=RATE_22K, hallmark_pieces=0
    )
    fields.update(changes)
    return ItemLine(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("item", "field", "problem"),
    [
        (_item(gross_mg=-5), "items[1].gross_mg", "negative"),
        (_item(gross_mg=0), "items[1].gross_mg", "greater than zero"),
        (_item(stone_mg=1500), "items[1].stone_mg", "heavier than the piece"),
        (_item(stone_mg=-1), "items[1].stone_mg", "negative"),
        (_item(rate=None), "items[1].rate", "no rate for gold 22K916"),
        (_item(rate=D(0)), "items[1].rate", "greater than zero"),
        (_item(rate=D("7150.005")), "items[1].rate", "2 decimal places"),
        (_item(making=Making("per_piece", D(1))), "items[1].making.kind", "unknown making type"),  # type: ignore[arg-type]
        (_item(making=Making(MakingKind.PER_G, D(-1))), "items[1].making.value", "negative"),
        (_item(wastage=Wastage(D(101))), "items[1].wastage.percent", "between 0 and 100"),
        (_item(wastage=Wastage(D(5), "volume")), "items[1].wastage.on", "value or weight"),  # type: ignore[arg-type]
        (_item(stone_value=D("-1")), "items[1].stone_value", "negative"),
        (_item(hallmark_pieces=-1), "items[1].hallmark_pieces", "negative"),
        (_item(purity=1000), "items[1].purity", "between 1 and 999"),
        (_item(metal="copper"), "items[1].metal", "unknown metal"),
        (_item(making_discount_percent=D("NaN")), "items[1].making_discount_percent", "number"),
    ],
)
def test_bad_item_names_the_field(item: ItemLine, field: str, problem: str) -> None:
    """Every impossible item value raises ValidationError naming its path in the bill."""
    with pytest.raises(ValidationError) as e:
        price_bill(BillInput(items=(_item(), item)))
    assert e.value.field == field
    assert problem in e.value.problem


def test_bad_repair_and_bill_values_name_the_field() -> None:
    """Repairs need metal, purity and rate when metal is added; discounts cannot exceed goods."""
    cases = [
        (BillInput(repairs=(RepairLine(labour=D(1), added_mg=10),)), "repairs[0].added_metal"),
        (
            BillInput(repairs=(RepairLine(labour=D(1), added_mg=10, added_metal=Metal.GOLD),)),
            "repairs[0].added_purity",
        ),
        (
            BillInput(
                repairs=(
                    RepairLine(labour=D(1), added_mg=10, added_metal=Metal.GOLD, added_purity=916),
                )
            ),
            "repairs[0].rate",
        ),
        (BillInput(repairs=(RepairLine(labour=D(-1)),)), "repairs[0].labour"),
        (BillInput(items=(_item(),), discounts=(Discount(D("-5")),)), "discounts[0].amount"),
        (BillInput(items=(_item(),), discounts=(Discount(D("9999")),)), "discounts[0].amount"),
        (BillInput(set_offs=(SetOff("", D(1)),)), "set_offs[0].kind"),
        (BillInput(set_offs=(SetOff("scheme", D(-1)),)), "set_offs[0].amount"),
        (BillInput(supply="local"), "supply"),  # type: ignore[arg-type]
        (
            BillInput(settings=PricingSettings(goods_gst_percent=D(-3))),
            "settings.goods_gst_percent",
        ),
    ]
    for bill, field in cases:
        with pytest.raises(ValidationError) as e:
            price_bill(bill)
        assert e.value.field == field, bill


def test_rate_is_copied_onto_the_line() -> None:
    """The priced item keeps the rate it was priced at and its derived fine weight."""
    p = price_item(chain())
    assert p.rate == RATE_22K
    assert p.purity_label == "22K916"
    assert p.fine_mg == 16900


def _discounted(**changes: object) -> ItemLine:
    """22K, net 4.492 g at 7,150.00: gold 4.492 x 7150.00 = 32,117.80."""
    return _item(gross_mg=4492, **changes)


def test_making_discount_is_of_the_rounded_making_line() -> None:
    """C1 point 3: 48% off the making line as printed, 1,877.66, is 901.28."""
    # Making 4.492 g x 418.00 = 1,877.656 -> 1,877.66 on the bill.
    # 1,877.66 x 48% = 901.2768 -> 901.28; of the unrounded making it would be
    # 1,877.656 x 48% = 901.27488 -> 901.27, a paisa the customer could not check.
    p = price_item(
        _discounted(making=Making(MakingKind.PER_G, D("418.00")), making_discount_percent=D("48"))
    )
    assert (p.metal_value, p.making, p.making_discount) == (
        D("32117.80"),
        D("1877.66"),
        D("-901.28"),
    )
    assert p.taxable == D("33094.18")  # 32,117.80 + 1,877.66 - 901.28


def test_va_discount_is_of_the_rounded_va_line() -> None:
    """C1 point 3 for VA: 25% off a VA line of 3,854.14 is 963.54."""
    # VA 12% of 32,117.80 = 3,854.136 -> 3,854.14 on the bill.
    # 3,854.14 x 25% = 963.535 -> 963.54 (half up); of the unrounded VA it would be
    # 3,854.136 x 25% = 963.534 -> 963.53.
    p = price_item(_discounted(wastage=Wastage(D("12")), wastage_discount_percent=D("25")))
    assert (p.wastage_value, p.wastage_discount) == (D("3854.14"), D("-963.54"))


@pytest.mark.parametrize(
    ("item", "field", "problem"),
    [
        (_item(gross_mg=100_000_001), "items[0].gross_mg", "at most 100000.000 g"),
        (_item(gross_mg=100_000_000, stone_mg=100_000_001), "items[0].stone_mg", "at most"),
        (_item(rate=D("1000000.01")), "items[0].rate", "at most 10,00,000.00"),
        (
            _item(making=Making(MakingKind.PER_G, D("1000000.01"))),
            "items[0].making.value",
            "at most 10,00,000.00",
        ),
        (_item(stone_value=D("1000000000.01")), "items[0].stone_value", "1,00,00,00,000.00"),
        (_item(other_charges=D("Infinity")), "items[0].other_charges", "not a number"),
        (_item(hallmark_pieces=1001), "items[0].hallmark_pieces", "at most 1000"),
    ],
)
def test_absurd_item_values_are_refused(item: ItemLine, field: str, problem: str) -> None:
    """The engine's ceilings (domain.limits) hold for the counter as for the estimate file."""
    with pytest.raises(ValidationError) as e:
        price_bill(BillInput(items=(item,)))
    assert e.value.field == field
    assert problem in e.value.problem


def test_the_ceilings_themselves_are_accepted() -> None:
    """A 100 kg piece at Rs 10 lakh a gram is still priced (the limits are inclusive)."""
    p = price_item(_item(gross_mg=100_000_000, rate=D("1000000.00")))
    assert p.metal_value == D("100000000000.00")  # 1,00,000.000 g x 10,00,000.00


def test_too_many_lines_and_unknown_set_off_kinds_are_refused() -> None:
    """More than 1000 lines of a kind, or a set-off kind outside SET_OFF_KINDS, is refused."""
    with pytest.raises(ValidationError) as e:
        price_bill(BillInput(items=(_item(),) * 1001))
    assert e.value.field == "items"
    with pytest.raises(ValidationError) as e:
        price_bill(BillInput(items=(_item(),), set_offs=(SetOff("gift", D(1)),)))
    assert e.value.field == "set_offs[0].kind"
    assert "scheme, voucher, advance, credit, points, coupon" in e.value.problem
    assert set(SET_OFF_KINDS) == {"scheme", "voucher", "advance", "credit", "points", "coupon"}


def test_check_set_offs_refuses_more_than_is_due() -> None:
    """Set-offs may cover the invoice value less old gold, not a paisa more."""
    # Chain invoice 1,52,226.38 (worked example); old gold 1.000 g x 100% at 7,700.00 = 7,700.00
    # leaves 1,44,526.38 for set-offs.
    old = OldGoldLine(gross_mg=1000, touch_percent=D(100), rate=D("7700.00"))
    ok = price_bill(
        BillInput(
            items=(chain(),),
            old_gold=(old,),
            set_offs=(SetOff("scheme", D("144000.00")), SetOff("credit", D("526.38"))),
        )
    )
    check_set_offs(ok)
    assert ok.net_payable == D("0.00")
    over = price_bill(
        BillInput(
            items=(chain(),),
            old_gold=(old,),
            set_offs=(SetOff("scheme", D("144000.00")), SetOff("credit", D("526.39"))),
        )
    )
    with pytest.raises(ValidationError) as e:
        check_set_offs(over)
    assert e.value.field == "set_offs[1].amount"
    assert "1,44,526.38" in e.value.problem
