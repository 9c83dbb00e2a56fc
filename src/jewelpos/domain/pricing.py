"""Pricing convention C1: one engine for estimates, the estimate file and live billing totals.

Every rate, percentage and fee is an input; the defaults live in ``PricingSettings``. Each money
component is computed from exact inputs and rounded half up to the paisa on its own line; GST is
computed per rate group; old gold, schemes, vouchers and advances are set off after tax.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_indian, format_percent
from jewelpos.domain.limits import (
    MAX_AMOUNT,
    MAX_LINES,
    MAX_PERCENT,
    MAX_PIECE_MG,
    MAX_PIECES,
    MAX_RATE,
)
from jewelpos.domain.money import ZERO, decimal_places, round2, round_rupee
from jewelpos.domain.old_gold import OldGoldLine, PricedOldGold, price_old_gold
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.domain.rates import rate_key
from jewelpos.domain.rules import (
    BUYER_DETAILS_THRESHOLD,
    PAN_THRESHOLD,
    buyer_details_required,
    pan_required,
)
from jewelpos.domain.tax import (
    DEFAULT_GOODS_GST_PERCENT,
    DEFAULT_REPAIR_LABOUR_GST_PERCENT,
    GstSplit,
    Supply,
    gst_by_group,
)
from jewelpos.domain.weight import fine_mg, grams_from_mg

__all__ = [
    "DEFAULT_HALLMARK_FEE",
    "SET_OFF_KINDS",
    "BillInput",
    "Discount",
    "ItemLine",
    "LineKind",
    "Making",
    "MakingKind",
    "OldGoldLine",
    "PricedBill",
    "PricedItem",
    "PricedLine",
    "PricedOldGold",
    "PricedRepair",
    "PricingSettings",
    "RepairLine",
    "RuleDiscount",
    "SetOff",
    "Supply",
    "Wastage",
    "WastageOn",
    "check_set_offs",
    "price_bill",
    "price_item",
    "price_repair",
]

DEFAULT_HALLMARK_FEE = Decimal("45.00")
"""BIS hallmarking charge per piece."""
SET_OFF_KINDS = ("scheme", "voucher", "advance", "credit", "points", "coupon")
"""What may be set off after tax (C1 point 6): scheme redemption (with its bonus), gift voucher,
order advance, the customer's kept credit (credit note), loyalty points, discount coupon."""


class WastageOn(StrEnum):
    VALUE = "value"
    """VA: a percent of the metal value."""
    WEIGHT = "weight"
    """Extra grams: round3(net x percent) charged at the rate."""


class MakingKind(StrEnum):
    PER_G = "per_g"
    PERCENT = "percent"
    FLAT = "flat"


class LineKind(StrEnum):
    METAL = "metal"
    WASTAGE = "wastage"
    WASTAGE_DISCOUNT = "wastage_discount"
    MAKING = "making"
    MAKING_DISCOUNT = "making_discount"
    STONES = "stones"
    HALLMARK = "hallmark"
    OTHER = "other"
    REPAIR_METAL = "repair_metal"
    REPAIR_LABOUR = "repair_labour"
    DISCOUNT = "discount"


@dataclass(frozen=True)
class Wastage:
    percent: Decimal
    on: WastageOn = WastageOn.VALUE


@dataclass(frozen=True)
class Making:
    kind: MakingKind
    value: Decimal
    """Rupees per gram of net weight, percent of metal value, or rupees per piece."""


@dataclass(frozen=True)
class RuleDiscount:
    """An amount off an item's making or VA given by a rule outside the line (a coupon, a
    scheme's making bonus), already worked by C1 point 3 (services/billing/rule_discounts.py).
    ``on`` is ``making`` or ``wastage``; the engine adds it as a negative line before tax."""

    on: str
    amount: Decimal
    label: str


@dataclass(frozen=True)
class ItemLine:
    """One piece (or lot) sold: weights in mg, the rate of the day copied onto the line."""

    metal: Metal
    purity: int
    gross_mg: int
    rate: Decimal | None
    stone_mg: int = 0
    stone_value: Decimal = ZERO
    wastage: Wastage | None = None
    making: Making | None = None
    making_discount_percent: Decimal = Decimal(0)
    wastage_discount_percent: Decimal = Decimal(0)
    other_charges: Decimal = ZERO
    hallmark_pieces: int = 0
    hallmark_fee: Decimal | None = None
    """Per piece; None takes ``PricingSettings.hallmark_fee``."""
    gst_percent: Decimal | None = None
    """None takes ``PricingSettings.goods_gst_percent``."""
    description: str = ""
    rule_discounts: tuple[RuleDiscount, ...] = ()
    """Never more than what is left of the making or VA line they discount: the metal value,
    stones and hallmark are never discounted (ValidationError otherwise)."""


@dataclass(frozen=True)
class RepairLine:
    """A repair: labour (its own GST rate) plus metal added by the karigar (goods rate)."""

    labour: Decimal
    labour_gst_percent: Decimal | None = None
    """None takes ``PricingSettings.repair_labour_gst_percent``."""
    added_metal: Metal | None = None
    added_purity: int | None = None
    added_mg: int = 0
    rate: Decimal | None = None
    description: str = ""


@dataclass(frozen=True)
class Discount:
    """A pre-tax discount on the bill: a negative line that reduces the taxable value."""

    amount: Decimal
    label: str = "Discount"
    gst_percent: Decimal | None = None
    """The rate group it reduces; None means the goods rate."""


@dataclass(frozen=True)
class SetOff:
    """Settled after tax like a payment; ``kind`` is one of ``SET_OFF_KINDS``."""

    kind: str
    amount: Decimal
    label: str = ""


@dataclass(frozen=True)
class PricingSettings:
    """The shop's rates and thresholds (DOMAIN.md defaults)."""

    goods_gst_percent: Decimal = DEFAULT_GOODS_GST_PERCENT
    repair_labour_gst_percent: Decimal = DEFAULT_REPAIR_LABOUR_GST_PERCENT
    hallmark_fee: Decimal = DEFAULT_HALLMARK_FEE
    pan_threshold: Decimal = PAN_THRESHOLD
    buyer_details_threshold: Decimal = BUYER_DETAILS_THRESHOLD


@dataclass(frozen=True)
class BillInput:
    items: tuple[ItemLine, ...] = ()
    repairs: tuple[RepairLine, ...] = ()
    old_gold: tuple[OldGoldLine, ...] = ()
    discounts: tuple[Discount, ...] = ()
    set_offs: tuple[SetOff, ...] = ()
    supply: Supply = Supply.INTRA
    buyer_registered: bool = False
    settings: PricingSettings = field(default_factory=PricingSettings)


@dataclass(frozen=True)
class PricedLine:
    """A taxable line of the bill; ``source`` names its input (``items[0]``, ``repairs[1]``)."""

    kind: LineKind
    label: str
    amount: Decimal
    gst_percent: Decimal
    source: str


@dataclass(frozen=True)
class PricedItem:
    """An item's derived weights and money components (discounts are zero or negative)."""

    item: ItemLine
    purity_label: str
    rate: Decimal
    net_mg: int
    wastage_mg: int
    fine_mg: int
    metal_value: Decimal
    wastage_value: Decimal
    wastage_discount: Decimal
    making: Decimal
    making_discount: Decimal
    stones: Decimal
    hallmark: Decimal
    other: Decimal
    gst_percent: Decimal
    lines: tuple[PricedLine, ...]
    rule_making_discount: Decimal = ZERO
    """The part of ``making_discount`` from ``rule_discounts`` (zero or negative)."""
    rule_wastage_discount: Decimal = ZERO
    """The part of ``wastage_discount`` from ``rule_discounts`` (zero or negative)."""

    @property
    def taxable(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


@dataclass(frozen=True)
class PricedRepair:
    repair: RepairLine
    added_value: Decimal
    labour: Decimal
    goods_gst_percent: Decimal
    labour_gst_percent: Decimal
    lines: tuple[PricedLine, ...]

    @property
    def taxable(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


@dataclass(frozen=True)
class PricedBill:
    supply: Supply
    items: tuple[PricedItem, ...]
    repairs: tuple[PricedRepair, ...]
    old_gold: tuple[PricedOldGold, ...]
    lines: tuple[PricedLine, ...]
    """Every taxable line in order: items, repairs, pre-tax discounts; they add up to taxable."""
    taxable: Decimal
    gst: tuple[GstSplit, ...]
    """One entry per rate group, ordered by rate."""
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    invoice_value: Decimal
    old_gold_value: Decimal
    set_offs: tuple[SetOff, ...]
    set_offs_total: Decimal
    round_off: Decimal
    net_payable: Decimal
    pan_required: bool
    buyer_details_required: bool

    @property
    def tax_total(self) -> Decimal:
        return self.cgst + self.sgst + self.igst


# --- validation helpers: every problem names its field ------------------------------------


def _check_amount(
    value: Decimal, field: str, *, positive: bool = False, ceiling: Decimal = MAX_AMOUNT
) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, "is not a number")
    if positive and value <= 0:
        raise ValidationError(field, "must be greater than zero")
    if value < 0:
        raise ValidationError(field, "must not be negative")
    if value > ceiling:
        raise ValidationError(field, f"must be at most {format_indian(ceiling)}")
    if decimal_places(value) > 2:
        raise ValidationError(field, f"{value} has more than 2 decimal places")
    return value


def _check_percent(value: Decimal, field: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(field, "is not a number")
    if not 0 <= value <= MAX_PERCENT:
        raise ValidationError(field, f"{value} must be between 0 and 100")
    return value


def _check_count(value: int, field: str, *, ceiling: int = MAX_PIECES) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number")
    if value < 0:
        raise ValidationError(field, "must not be negative")
    if value > ceiling:
        raise ValidationError(field, f"must be at most {ceiling}")
    return value


def _check_weight(mg: int, field: str, *, positive: bool = False) -> int:
    if isinstance(mg, bool) or not isinstance(mg, int):
        raise ValidationError(field, "must be a whole number")
    if mg < 0:
        raise ValidationError(field, "must not be negative")
    if positive and mg == 0:
        raise ValidationError(field, "must be greater than zero")
    if mg > MAX_PIECE_MG:
        raise ValidationError(
            field, f"must be at most {grams_from_mg(MAX_PIECE_MG)} g ({MAX_PIECE_MG // 10**6} kg)"
        )
    return mg


def _check_lines(lines: tuple[object, ...], field: str) -> None:
    if len(lines) > MAX_LINES:
        raise ValidationError(field, f"has {len(lines)} lines; at most {MAX_LINES} are allowed")


def _require_rate(rate: Decimal | None, field: str, *, metal: Metal, purity: int) -> Decimal:
    if rate is None:
        raise ValidationError(
            field,
            f"no rate for {metal.value} {purity_label(metal, purity)} ({rate_key(metal, purity)})",
        )
    return _check_amount(rate, field, positive=True, ceiling=MAX_RATE)


def _money(d: Decimal) -> str:
    return str(d.quantize(Decimal("0.01")))


def _pieces(n: int) -> str:
    return f"{n} pc" if n == 1 else f"{n} pcs"


# --- the engine ---------------------------------------------------------------------------


def price_item(
    item: ItemLine, *, settings: PricingSettings | None = None, source: str = "items[0]"
) -> PricedItem:
    """Price one item by convention C1; ``source`` prefixes the field of any ValidationError."""
    s = settings or PricingSettings()
    metal = parse_metal(item.metal, field=f"{source}.metal")
    purity = check_fineness(item.purity, field=f"{source}.purity")
    gross_mg = _check_weight(item.gross_mg, f"{source}.gross_mg", positive=True)
    stone_mg = _check_weight(item.stone_mg, f"{source}.stone_mg")
    if stone_mg > gross_mg:
        raise ValidationError(
            f"{source}.stone_mg",
            f"stones ({grams_from_mg(stone_mg)} g) are heavier than the piece "
            f"({grams_from_mg(gross_mg)} g)",
        )
    rate = _require_rate(item.rate, f"{source}.rate", metal=metal, purity=purity)
    stone_value = _check_amount(item.stone_value, f"{source}.stone_value")
    other = _check_amount(item.other_charges, f"{source}.other_charges")
    pieces = _check_count(item.hallmark_pieces, f"{source}.hallmark_pieces")
    fee = _check_amount(
        s.hallmark_fee if item.hallmark_fee is None else item.hallmark_fee, f"{source}.hallmark_fee"
    )
    gst = _check_percent(
        s.goods_gst_percent if item.gst_percent is None else item.gst_percent,
        f"{source}.gst_percent",
    )
    making_disc = _check_percent(item.making_discount_percent, f"{source}.making_discount_percent")
    wastage_disc = _check_percent(
        item.wastage_discount_percent, f"{source}.wastage_discount_percent"
    )

    label_metal = purity_label(metal, purity)
    net_mg = gross_mg - stone_mg
    net_g = grams_from_mg(net_mg)
    metal_exact = net_g * rate
    metal_value = round2(metal_exact)
    lines: list[PricedLine] = []

    def add(kind: LineKind, label: str, amount: Decimal) -> None:
        lines.append(PricedLine(kind, label, amount, gst, source))

    add(
        LineKind.METAL,
        f"{metal.value.capitalize()} {label_metal} {net_g} g @ {_money(rate)}",
        metal_value,
    )

    wastage_mg = 0
    wastage_exact = ZERO
    wastage_value = ZERO
    if item.wastage is not None:
        pct = _check_percent(item.wastage.percent, f"{source}.wastage.percent")
        try:
            on = WastageOn(item.wastage.on)
        except ValueError:
            raise ValidationError(
                f"{source}.wastage.on", f"{item.wastage.on!r} must be value or weight"
            ) from None
        if on is WastageOn.VALUE:
            wastage_exact = metal_exact * pct / 100
            label = f"VA {format_percent(pct)}%"
        else:
            wastage_mg = int(
                (Decimal(net_mg) * pct / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
            )
            wastage_exact = grams_from_mg(wastage_mg) * rate
            label = f"Wastage {grams_from_mg(wastage_mg)} g"
        wastage_value = round2(wastage_exact)
        add(LineKind.WASTAGE, label, wastage_value)
    # C1 point 3: a percent discount is of the rounded line the customer sees, not of its exact value.
    wastage_discount = -round2(wastage_value * wastage_disc / 100)
    if wastage_discount:
        add(
            LineKind.WASTAGE_DISCOUNT,
            f"VA discount {format_percent(wastage_disc)}%",
            wastage_discount,
        )

    making_exact = ZERO
    making_value = ZERO
    if item.making is not None:
        try:
            kind = MakingKind(item.making.kind)
        except ValueError:
            names = ", ".join(k.value for k in MakingKind)
            raise ValidationError(
                f"{source}.making.kind",
                f"unknown making type {item.making.kind!r} (use one of {names})",
            ) from None
        value_field = f"{source}.making.value"
        if kind is MakingKind.PER_G:
            per_g = _check_amount(item.making.value, value_field, ceiling=MAX_RATE)
            making_exact = net_g * per_g
            label = f"Making {_money(per_g)}/g"
        elif kind is MakingKind.PERCENT:
            pct = _check_percent(item.making.value, value_field)
            making_exact = metal_exact * pct / 100
            label = f"Making {format_percent(pct)}%"
        else:
            making_exact = _check_amount(item.making.value, value_field)
            label = "Making (flat)"
        making_value = round2(making_exact)
        add(LineKind.MAKING, label, making_value)
    making_discount = -round2(making_value * making_disc / 100)
    if making_discount:
        add(
            LineKind.MAKING_DISCOUNT,
            f"Making discount {format_percent(making_disc)}%",
            making_discount,
        )

    rule_making = rule_wastage = ZERO
    for i, rd in enumerate(item.rule_discounts):
        where = f"{source}.rule_discounts[{i}]"
        amount = _check_amount(rd.amount, f"{where}.amount")
        if rd.on == "making":
            left = making_value + making_discount
            making_discount -= amount
        elif rd.on == "wastage":
            left = wastage_value + wastage_discount
            wastage_discount -= amount
        else:
            raise ValidationError(f"{where}.on", f"{rd.on!r} must be making or wastage")
        if amount > left:
            raise ValidationError(
                f"{where}.amount",
                f"{_money(amount)} is more than the {rd.on} left ({_money(left)})",
            )
        if amount and rd.on == "making":
            rule_making -= amount
            add(LineKind.MAKING_DISCOUNT, rd.label, -amount)
        elif amount:
            rule_wastage -= amount
            add(LineKind.WASTAGE_DISCOUNT, rd.label, -amount)

    if stone_mg or stone_value:
        add(
            LineKind.STONES,
            f"Stones {grams_from_mg(stone_mg)} g" if stone_mg else "Stones",
            stone_value,
        )
    hallmark = round2(fee * pieces)
    if pieces:
        add(LineKind.HALLMARK, f"Hallmark {_pieces(pieces)}", hallmark)
    if other:
        add(LineKind.OTHER, "Other charges", other)

    return PricedItem(
        item=item,
        purity_label=label_metal,
        rate=rate,
        net_mg=net_mg,
        wastage_mg=wastage_mg,
        fine_mg=fine_mg(net_mg, fineness=purity),
        metal_value=metal_value,
        wastage_value=wastage_value,
        wastage_discount=wastage_discount + 0,
        making=making_value,
        making_discount=making_discount + 0,
        stones=stone_value,
        hallmark=hallmark,
        other=other,
        gst_percent=gst,
        lines=tuple(lines),
        rule_making_discount=rule_making + 0,
        rule_wastage_discount=rule_wastage + 0,
    )


def price_repair(
    repair: RepairLine, *, settings: PricingSettings | None = None, source: str = "repairs[0]"
) -> PricedRepair:
    """Price a repair: added metal at the goods rate, labour at the repair labour rate."""
    s = settings or PricingSettings()
    labour = _check_amount(repair.labour, f"{source}.labour")
    labour_gst = _check_percent(
        s.repair_labour_gst_percent
        if repair.labour_gst_percent is None
        else repair.labour_gst_percent,
        f"{source}.labour_gst_percent",
    )
    goods_gst = _check_percent(s.goods_gst_percent, "settings.goods_gst_percent")
    added_mg = _check_weight(repair.added_mg, f"{source}.added_mg")
    lines: list[PricedLine] = []
    added_value = ZERO
    what = f" ({repair.description})" if repair.description else ""
    if added_mg:
        if repair.added_metal is None:
            raise ValidationError(f"{source}.added_metal", "is needed when metal is added")
        metal = parse_metal(repair.added_metal, field=f"{source}.added_metal")
        if repair.added_purity is None:
            raise ValidationError(f"{source}.added_purity", "is needed when metal is added")
        purity = check_fineness(repair.added_purity, field=f"{source}.added_purity")
        rate = _require_rate(repair.rate, f"{source}.rate", metal=metal, purity=purity)
        added_g = grams_from_mg(added_mg)
        added_value = round2(added_g * rate)
        lines.append(
            PricedLine(
                LineKind.REPAIR_METAL,
                f"Repair{what}: {metal.value} {purity_label(metal, purity)} {added_g} g added "
                f"@ {_money(rate)}",
                added_value,
                goods_gst,
                source,
            )
        )
    if labour:
        lines.append(
            PricedLine(LineKind.REPAIR_LABOUR, f"Repair labour{what}", labour, labour_gst, source)
        )
    return PricedRepair(repair, added_value, labour, goods_gst, labour_gst, tuple(lines))


def price_bill(bill: BillInput) -> PricedBill:
    """Price a whole bill or estimate by convention C1 (DOMAIN.md)."""
    s = bill.settings
    try:
        supply = Supply(bill.supply)
    except ValueError:
        raise ValidationError("supply", f"{bill.supply!r} must be intra or inter") from None
    goods_gst = _check_percent(s.goods_gst_percent, "settings.goods_gst_percent")
    _check_lines(bill.items, "items")
    _check_lines(bill.repairs, "repairs")
    _check_lines(bill.old_gold, "old_gold")
    _check_lines(bill.discounts, "discounts")
    _check_lines(bill.set_offs, "set_offs")
    items = tuple(
        price_item(item, settings=s, source=f"items[{i}]") for i, item in enumerate(bill.items)
    )
    repairs = tuple(
        price_repair(r, settings=s, source=f"repairs[{i}]") for i, r in enumerate(bill.repairs)
    )
    lines: list[PricedLine] = [line for p in items for line in p.lines]
    lines += [line for r in repairs for line in r.lines]

    discount_source: dict[Decimal, str] = {}
    for i, d in enumerate(bill.discounts):
        src = f"discounts[{i}]"
        amount = _check_amount(d.amount, f"{src}.amount")
        rate = (
            goods_gst
            if d.gst_percent is None
            else _check_percent(d.gst_percent, f"{src}.gst_percent")
        )
        if amount:
            lines.append(PricedLine(LineKind.DISCOUNT, d.label, -amount, rate, src))
            discount_source[rate.normalize()] = src

    gst = gst_by_group(((line.gst_percent, line.amount) for line in lines), supply=supply)
    for group in gst:
        if group.taxable < 0:
            src = discount_source[group.rate_percent.normalize()]
            raise ValidationError(
                f"{src}.amount",
                f"discounts are more than the value taxed at {format_percent(group.rate_percent)}%",
            )

    old_gold = tuple(
        price_old_gold(line, field=f"old_gold[{i}]") for i, line in enumerate(bill.old_gold)
    )
    for i, so in enumerate(bill.set_offs):
        if not isinstance(so.kind, str) or not so.kind.strip():
            raise ValidationError(f"set_offs[{i}].kind", "must name the kind of set-off")
        if so.kind.strip() not in SET_OFF_KINDS:
            raise ValidationError(
                f"set_offs[{i}].kind",
                f"unknown kind of set-off {so.kind!r} (use one of {', '.join(SET_OFF_KINDS)})",
            )
        _check_amount(so.amount, f"set_offs[{i}].amount")

    taxable = sum((line.amount for line in lines), ZERO)
    cgst = sum((g.cgst for g in gst), ZERO)
    sgst = sum((g.sgst for g in gst), ZERO)
    igst = sum((g.igst for g in gst), ZERO)
    invoice_value = taxable + cgst + sgst + igst
    old_gold_value = sum((o.value for o in old_gold), ZERO)
    set_offs_total = sum((so.amount for so in bill.set_offs), ZERO)
    due = invoice_value - old_gold_value - set_offs_total
    net_payable = round_rupee(due)
    return PricedBill(
        supply=supply,
        items=items,
        repairs=repairs,
        old_gold=old_gold,
        lines=tuple(lines),
        taxable=taxable,
        gst=gst,
        cgst=cgst,
        sgst=sgst,
        igst=igst,
        invoice_value=invoice_value,
        old_gold_value=old_gold_value,
        set_offs=bill.set_offs,
        set_offs_total=set_offs_total,
        round_off=net_payable - due + 0,
        net_payable=net_payable,
        pan_required=pan_required(invoice_value, threshold=s.pan_threshold),
        buyer_details_required=buyer_details_required(
            taxable, registered=bill.buyer_registered, threshold=s.buyer_details_threshold
        ),
    )


def check_set_offs(priced: PricedBill) -> None:
    """Refuse set-offs worth more than the invoice value less old gold: nothing is paid out.

    The field named is the first set-off that takes the total past what is due.
    """
    due = max(priced.invoice_value - priced.old_gold_value, ZERO)
    running = ZERO
    for i, so in enumerate(priced.set_offs):
        running += so.amount
        if running <= due:
            continue
        if not due:
            problem = (
                f"old gold ({format_indian(priced.old_gold_value)}) already covers the invoice "
                f"value ({format_indian(priced.invoice_value)}): nothing is left to set off"
            )
        else:
            problem = (
                f"set-offs of {format_indian(running)} are more than the invoice value less old "
                f"gold ({format_indian(due)})"
            )
        raise ValidationError(f"set_offs[{i}].amount", problem)
