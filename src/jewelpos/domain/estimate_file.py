"""The estimate file (DOMAIN.md, a public contract): JSON dict in, priced JSON dict out.

Unknown keys, malformed values and absurd numbers are refused with
``ValidationError(field, problem)`` where ``field`` is the path in the file (``items[0].gross_g``,
``rates.gold-916``, ``items[0].stone_cts``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.estimate_json import MAX_NUMBER_CHARS, shown
from jewelpos.domain.limits import MAX_LINES
from jewelpos.domain.money import decimal_places, parse_decimal, round2
from jewelpos.domain.old_gold import OldGoldLine
from jewelpos.domain.pricing import (
    BillInput,
    Discount,
    ItemLine,
    Making,
    MakingKind,
    PricedBill,
    PricingSettings,
    RepairLine,
    SetOff,
    Wastage,
    WastageOn,
    check_set_offs,
    price_bill,
)
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.domain.rates import parse_rate_key, rate_key
from jewelpos.domain.tax import Supply
from jewelpos.domain.weight import mg_from_carats, mg_from_grams

_ENGINE_FIELD = re.compile(r"(items|repairs|old_gold|discounts|set_offs)\[(\d+)\]\.(.+)")
_WEIGHT_NAMES = {"gross_mg": "gross_g", "less_mg": "less_g", "added_mg": "added_g"}
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")
_MAX_RATE_KEY = 20

TOP_KEYS = (
    "supply",
    "rates",
    "hallmark_fee",
    "items",
    "repairs",
    "old_gold",
    "pre_tax_discounts",
    "set_offs",
)
ITEM_KEYS = (
    "metal",
    "purity",
    "gross_g",
    "stone_g",
    "stone_ct",
    "stone_value",
    "wastage",
    "making",
    "making_discount_percent",
    "other_charges",
    "hallmark_pieces",
)
WASTAGE_KEYS = ("percent", "on")
REPAIR_KEYS = ("labour", "labour_gst_percent", "added_metal", "added_purity", "added_g")
OLD_GOLD_KEYS = ("gross_g", "less_g", "touch_percent", "rate", "deduction_percent")
SET_OFF_KEYS = ("kind", "amount")


@dataclass
class _FileMeta:
    """What the engine's field names map back to in the file."""

    rate_keys: dict[tuple[str, int], str] = field(default_factory=dict)
    stone_keys: dict[int, str] = field(default_factory=dict)
    making_keys: dict[int, str] = field(default_factory=dict)


def price_estimate_file(data: object) -> dict[str, object]:
    """Price a parsed estimate file and return the output dict (amounts as 2-decimal strings)."""
    meta = _FileMeta()
    bill = _parse_bill(data, meta)
    try:
        priced = price_bill(bill)
        check_set_offs(priced)
    except ValidationError as e:
        raise ValidationError(_file_field(e.field, meta), e.problem) from None
    return estimate_result(priced)


def parse_estimate_file(data: object) -> BillInput:
    """The pricing engine's input for an estimate file (no pricing done yet)."""
    return _parse_bill(data, _FileMeta())


def estimate_result(priced: PricedBill) -> dict[str, object]:
    """A priced bill in the estimate file's output shape."""
    return {
        "lines": [{"label": line.label, "amount": _amount(line.amount)} for line in priced.lines],
        "taxable": _amount(priced.taxable),
        "cgst": _amount(priced.cgst),
        "sgst": _amount(priced.sgst),
        "igst": _amount(priced.igst),
        "invoice_value": _amount(priced.invoice_value),
        "old_gold_value": _amount(priced.old_gold_value),
        "set_offs_total": _amount(priced.set_offs_total),
        "round_off": _amount(priced.round_off),
        "net_payable": _amount(priced.net_payable),
        "pan_required": priced.pan_required,
        "buyer_details_required": priced.buyer_details_required,
    }


def _amount(d: Decimal) -> str:
    value = round2(d)
    return str(value if value else abs(value))


def _file_field(engine_field: str, meta: _FileMeta) -> str:
    if engine_field == "settings.hallmark_fee":
        return "hallmark_fee"
    m = _ENGINE_FIELD.fullmatch(engine_field)
    if not m:
        return engine_field
    group, index, rest = m.group(1), int(m.group(2)), m.group(3)
    if group == "discounts":
        return f"pre_tax_discounts[{index}]"
    if rest == "rate" and (group, index) in meta.rate_keys:
        return f"rates.{meta.rate_keys[group, index]}"
    if group == "items":
        if rest == "hallmark_fee":
            return "hallmark_fee"
        if rest == "stone_mg":
            rest = meta.stone_keys.get(index, "stone_g")
        elif rest == "making.kind":
            rest = "making"
        elif rest == "making.value":
            rest = f"making.{meta.making_keys.get(index, 'per_g')}"
    rest = _WEIGHT_NAMES.get(rest, rest)
    return f"{group}[{index}].{rest}"


# --- parsing: JSON values to engine inputs ------------------------------------------------


def _object(value: object, where: str, known: tuple[str, ...] | None = None) -> dict[str, object]:
    """A JSON object; with ``known``, any other key is refused by its path."""
    if not isinstance(value, dict):
        raise ValidationError(where, "must be a JSON object")
    obj = {str(k): v for k, v in value.items()}
    unknown = [key for key in obj if known is not None and key not in known]
    if unknown and known is not None:
        key = unknown[0]
        raise ValidationError(_join(where, _key_text(key)), "unknown key" + _hint(key, known))
    return obj


def _key_text(key: str) -> str:
    return key if _PLAIN_KEY.fullmatch(key) else shown(key)


def _hint(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key.strip().lower(), known, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]}?)"
    return f" (use {', '.join(known)})"


def _list(value: object, where: str) -> list[object]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(where, "must be a JSON list")
    if len(value) > MAX_LINES:
        raise ValidationError(where, f"has {len(value)} entries; at most {MAX_LINES} are allowed")
    return list(value)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _number(value: object, where: str) -> Decimal:
    """A decimal string or whole JSON number, refused before any arithmetic if absurdly long."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        text = value.strip() if isinstance(value, str) else str(value)
        if len(text) > MAX_NUMBER_CHARS:
            raise ValidationError(
                where, f"is {len(text)} characters long; a number has at most {MAX_NUMBER_CHARS}"
            )
    return parse_decimal(value, field=where)


def _decimal(
    obj: dict[str, object], key: str, where: str, default: Decimal | None = None
) -> Decimal:
    value = obj.get(key)
    if value is None:
        if default is None:
            raise ValidationError(_join(where, key), "is missing")
        return default
    return _number(value, _join(where, key))


def _money(obj: dict[str, object], key: str, where: str, default: Decimal | None = None) -> Decimal:
    value = _decimal(obj, key, where, default)
    if decimal_places(value) > 2:
        raise ValidationError(
            _join(where, key), f"{shown(obj.get(key))} has more than 2 decimal places"
        )
    return value


def _grams(obj: dict[str, object], key: str, where: str, *, required: bool = False) -> int:
    if obj.get(key) is None and not required:
        return 0
    value = _decimal(obj, key, where)
    if decimal_places(value) > 3:
        raise ValidationError(
            _join(where, key), f"{shown(obj.get(key))} has more than 3 decimal places (milligrams)"
        )
    return mg_from_grams(value, field=_join(where, key))


def _whole(obj: dict[str, object], key: str, where: str, default: int | None = None) -> int:
    value = obj.get(key)
    if value is None:
        if default is None:
            raise ValidationError(_join(where, key), "is missing")
        return default
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(_number(value, _join(where, key)))
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_join(where, key), f"{shown(value)} is not a whole number")
    return value


def _metal(obj: dict[str, object], key: str, where: str) -> Metal:
    if obj.get(key) is None:
        raise ValidationError(_join(where, key), "is missing")
    return parse_metal(obj[key], field=_join(where, key))


def _purity(obj: dict[str, object], key: str, where: str) -> int:
    return check_fineness(_whole(obj, key, where), field=_join(where, key))


def _parse_rates(value: object) -> dict[tuple[Metal, int], Decimal]:
    rates: dict[tuple[Metal, int], Decimal] = {}
    if value is None:
        return rates
    for key, raw in _object(value, "rates").items():
        where = f"rates.{_key_text(key)}"
        if len(key) > _MAX_RATE_KEY:
            raise ValidationError(where, "a rate key must look like gold-916")
        metal, purity = parse_rate_key(key, field=where)
        if (metal, purity) in rates:
            raise ValidationError(where, f"gives the rate of {rate_key(metal, purity)} again")
        if raw is None:
            raise ValidationError(where, "is missing")
        rate = _number(raw, where)
        if decimal_places(rate) > 2:
            raise ValidationError(where, f"{shown(raw)} has more than 2 decimal places")
        if rate <= 0:
            raise ValidationError(where, "must be greater than zero")
        rates[metal, purity] = rate
    return rates


def _rate_for(
    rates: dict[tuple[Metal, int], Decimal], metal: Metal, purity: int, *, needed_by: str
) -> Decimal:
    rate = rates.get((metal, purity))
    if rate is None:
        raise ValidationError(
            f"rates.{rate_key(metal, purity)}",
            f"no rate given for {metal.value} {purity_label(metal, purity)} (needed by {needed_by})",
        )
    return rate


def _parse_making(value: object, where: str) -> tuple[Making, str]:
    making = _object(value, where)
    known = [k for k in making if k in {m.value for m in MakingKind}]
    unknown = [k for k in making if k not in known]
    names = "per_g, percent or flat"
    if unknown:
        raise ValidationError(where, f"unknown making type {shown(unknown[0])} (use {names})")
    if len(known) != 1:
        raise ValidationError(where, f"give exactly one of {names}")
    kind = MakingKind(known[0])
    amount = _decimal(making, kind.value, where)
    return Making(kind, amount), kind.value


def _parse_wastage(value: object, where: str) -> Wastage:
    wastage = _object(value, where, WASTAGE_KEYS)
    on = wastage.get("on")
    if not isinstance(on, str) or on not in {w.value for w in WastageOn}:
        raise ValidationError(f"{where}.on", f'{shown(on)} must be "value" or "weight"')
    return Wastage(_decimal(wastage, "percent", where), WastageOn(str(on)))


def _parse_item(
    value: object, i: int, rates: dict[tuple[Metal, int], Decimal], meta: _FileMeta
) -> ItemLine:
    where = f"items[{i}]"
    obj = _object(value, where, ITEM_KEYS)
    metal = _metal(obj, "metal", where)
    purity = _purity(obj, "purity", where)
    gross_mg = _grams(obj, "gross_g", where, required=True)
    has_g, has_ct = obj.get("stone_g") is not None, obj.get("stone_ct") is not None
    if has_g and has_ct:
        raise ValidationError(f"{where}.stone_ct", "give stone_g or stone_ct, not both")
    stone_mg = 0
    if has_g:
        stone_mg = _grams(obj, "stone_g", where)
        meta.stone_keys[i] = "stone_g"
    elif has_ct:
        stone_mg = mg_from_carats(_decimal(obj, "stone_ct", where), field=f"{where}.stone_ct")
        meta.stone_keys[i] = "stone_ct"
    making = None
    if obj.get("making") is not None:
        making, meta.making_keys[i] = _parse_making(obj["making"], f"{where}.making")
    wastage = None
    if obj.get("wastage") is not None:
        wastage = _parse_wastage(obj["wastage"], f"{where}.wastage")
    meta.rate_keys["items", i] = rate_key(metal, purity)
    return ItemLine(
        metal=metal,
        purity=purity,
        gross_mg=gross_mg,
        rate=_rate_for(rates, metal, purity, needed_by=where),
        stone_mg=stone_mg,
        stone_value=_money(obj, "stone_value", where, Decimal("0.00")),
        wastage=wastage,
        making=making,
        making_discount_percent=_decimal(obj, "making_discount_percent", where, Decimal(0)),
        other_charges=_money(obj, "other_charges", where, Decimal("0.00")),
        hallmark_pieces=_whole(obj, "hallmark_pieces", where, 0),
    )


def _parse_repair(
    value: object, i: int, rates: dict[tuple[Metal, int], Decimal], meta: _FileMeta
) -> RepairLine:
    where = f"repairs[{i}]"
    obj = _object(value, where, REPAIR_KEYS)
    added_mg = _grams(obj, "added_g", where)
    metal: Metal | None = None
    purity: int | None = None
    rate: Decimal | None = None
    if added_mg:
        metal = _metal(obj, "added_metal", where)
        purity = _purity(obj, "added_purity", where)
        meta.rate_keys["repairs", i] = rate_key(metal, purity)
        rate = _rate_for(rates, metal, purity, needed_by=where)
    labour_gst = None
    if obj.get("labour_gst_percent") is not None:
        labour_gst = _decimal(obj, "labour_gst_percent", where)
    return RepairLine(
        labour=_money(obj, "labour", where, Decimal("0.00")),
        labour_gst_percent=labour_gst,
        added_metal=metal,
        added_purity=purity,
        added_mg=added_mg,
        rate=rate,
    )


def _parse_old_gold(value: object, i: int) -> OldGoldLine:
    where = f"old_gold[{i}]"
    obj = _object(value, where, OLD_GOLD_KEYS)
    return OldGoldLine(
        gross_mg=_grams(obj, "gross_g", where, required=True),
        less_mg=_grams(obj, "less_g", where),
        touch_percent=_decimal(obj, "touch_percent", where),
        rate=_money(obj, "rate", where),
        deduction_percent=_decimal(obj, "deduction_percent", where, Decimal(0)),
    )


def _parse_set_off(value: object, i: int) -> SetOff:
    where = f"set_offs[{i}]"
    obj = _object(value, where, SET_OFF_KEYS)
    kind = obj.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        raise ValidationError(f"{where}.kind", "must name the kind of set-off (e.g. scheme)")
    return SetOff(kind=kind.strip(), amount=_money(obj, "amount", where))


def _parse_bill(data: object, meta: _FileMeta) -> BillInput:
    if not isinstance(data, dict):
        raise ValidationError("estimate", "must be a JSON object")
    top = _object(data, "", TOP_KEYS)
    supply_text = top.get("supply", Supply.INTRA.value)
    if not isinstance(supply_text, str) or supply_text not in {s.value for s in Supply}:
        raise ValidationError("supply", f'{shown(supply_text)} must be "intra" or "inter"')
    rates = _parse_rates(top.get("rates"))
    settings = PricingSettings()
    if top.get("hallmark_fee") is not None:
        fee = _money(top, "hallmark_fee", "")
        settings = PricingSettings(hallmark_fee=fee)
    items = tuple(
        _parse_item(v, i, rates, meta) for i, v in enumerate(_list(top.get("items"), "items"))
    )
    repairs = tuple(
        _parse_repair(v, i, rates, meta) for i, v in enumerate(_list(top.get("repairs"), "repairs"))
    )
    old_gold = tuple(
        _parse_old_gold(v, i) for i, v in enumerate(_list(top.get("old_gold"), "old_gold"))
    )
    discounts = tuple(
        _discount(v, i)
        for i, v in enumerate(_list(top.get("pre_tax_discounts"), "pre_tax_discounts"))
    )
    set_offs = tuple(
        _parse_set_off(v, i) for i, v in enumerate(_list(top.get("set_offs"), "set_offs"))
    )
    return BillInput(
        items=items,
        repairs=repairs,
        old_gold=old_gold,
        discounts=discounts,
        set_offs=set_offs,
        supply=Supply(str(supply_text)),
        settings=settings,
    )


def _discount(value: object, i: int) -> Discount:
    where = f"pre_tax_discounts[{i}]"
    amount = _number(value, where)
    if decimal_places(amount) > 2:
        raise ValidationError(where, f"{shown(value)} has more than 2 decimal places")
    return Discount(amount)
