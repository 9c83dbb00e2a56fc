"""Pricing a draft: the one path quote() and save_bill() share, and what still stops saving it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from jewelpos.domain.formatting import format_inr
from jewelpos.domain.money import ZERO
from jewelpos.domain.old_gold import OldGoldLine
from jewelpos.domain.pricing import (
    BillInput,
    ItemLine,
    Making,
    MakingKind,
    PricedBill,
    PricedItem,
    PricingSettings,
    Supply,
    Wastage,
    WastageOn,
    price_bill,
    price_item,
)
from jewelpos.domain.purity import Metal, parse_metal
from jewelpos.domain.rules import CASH_LIMIT, check_cash
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services.approvals import Approval
from jewelpos.services.billing.drafts import (
    APPROVE_BELOW_FLOOR,
    BillDraft,
    BillLine,
    CustomerOnBill,
    Delivery,
    PaymentEntry,
    PaymentMode,
    approve_line,
)
from jewelpos.services.billing.problems import Problem
from jewelpos.services.billing.rule_discounts import allocate, taxable_before


@dataclass(frozen=True)
class LineAmounts:
    """The C1 components of one bill line (from the domain's priced item)."""

    key: str
    net_mg: int
    wastage_mg: int
    fine_mg: int
    rate: Decimal
    metal_value: Decimal
    wastage: Decimal
    wastage_discount: Decimal
    making: Decimal
    making_discount: Decimal
    stones: Decimal
    hallmark: Decimal
    other: Decimal
    taxable: Decimal
    below_floor: tuple[str, ...] = ()
    """Problem codes of this line: below_floor_rate / _making / _wastage (before approvals)."""


@dataclass(frozen=True)
class BillQuote:
    """Live totals of a draft; pure (no database), safe on the GUI thread."""

    priced: PricedBill
    supply: Supply
    lines_amounts: Mapping[str, LineAmounts]
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    invoice_value: Decimal
    old_gold_value: Decimal
    round_off: Decimal
    net_payable: Decimal
    paid: Decimal
    balance: Decimal
    change_due: Decimal
    cash_in_bill: Decimal
    """Cash kept by the shop in this bill (tendered cash less change)."""
    pan_required: bool
    buyer_details_required: bool
    needs_approval: bool
    """Some line is below the floor and no approval covering it is on the draft."""
    problems: tuple[Problem, ...]
    notices: tuple[Problem, ...] = ()
    """Rules to tell the cashier that do not stop saving (a gold piece without its HUID)."""
    discount_totals: tuple[Decimal, ...] = ()
    """What each of the draft's ``discounts`` (rules) takes off before tax, in order."""

    @property
    def can_save(self) -> bool:
        return not self.problems


HUID_EXEMPT_BELOW_MG = 2_000
"""Gold articles under 2 g need no HUID (BIS hallmarking order)."""


def _item_line(line: BillLine) -> ItemLine:
    metal = parse_metal(line.metal, field=f"line {line.key}.metal")
    wastage = (
        Wastage(percent=line.wastage_percent, on=WastageOn(line.wastage_on))
        if line.wastage_percent
        else None
    )
    making = (
        Making(kind=MakingKind(line.making_kind), value=line.making_value)
        if line.making_value
        else None
    )
    return ItemLine(
        metal=metal,
        purity=line.purity,
        gross_mg=line.gross_mg,
        rate=line.rate,
        stone_mg=line.stone_mg,
        stone_value=line.stone_value,
        wastage=wastage,
        making=making,
        making_discount_percent=line.making_discount_percent,
        other_charges=line.other_charges,
        hallmark_pieces=line.hallmark_pieces,
        description=line.description,
    )


def _floor_item(line: BillLine) -> ItemLine:
    """The line at its floor: rate of the day, default making, no discount, default wastage."""
    base = _item_line(line)
    kind = line.floor_making_kind or line.making_kind
    making = (
        Making(kind=MakingKind(kind), value=line.floor_making_value)
        if line.floor_making_value
        else None
    )
    wastage = base.wastage
    if line.floor_wastage_percent is not None:
        wastage = (
            Wastage(percent=line.floor_wastage_percent, on=WastageOn(line.wastage_on))
            if line.floor_wastage_percent
            else None
        )
    return ItemLine(
        metal=base.metal,
        purity=base.purity,
        gross_mg=base.gross_mg,
        rate=line.floor_rate,
        stone_mg=base.stone_mg,
        stone_value=base.stone_value,
        wastage=wastage,
        making=making,
        other_charges=base.other_charges,
        hallmark_pieces=base.hallmark_pieces,
    )


def below_floor(line: BillLine, priced: PricedItem, settings: PricingSettings) -> tuple[str, ...]:
    """Problem codes for a line priced below its floor (rate, making, wastage)."""
    found: list[str] = []
    if line.rate < line.floor_rate:
        found.append("below_floor_rate")
    floor = price_item(_floor_item(line), settings=settings, source=f"line {line.key}")
    # a rule's discount (coupon, scheme bonus) was approved with the rule: not the salesperson's
    if priced.making + priced.making_discount - priced.rule_making_discount < floor.making:
        found.append("below_floor_making")
    if (
        line.floor_wastage_percent is not None
        and priced.wastage_value + priced.wastage_discount - priced.rule_wastage_discount
        < floor.wastage_value
    ):
        found.append("below_floor_wastage")
    return tuple(found)


def _approved(approvals: tuple[Approval, ...], key: str) -> bool:
    return any(a.what in (APPROVE_BELOW_FLOOR, approve_line(key)) for a in approvals)


def money_text(d: Decimal) -> str:
    return format_inr(d)


def supply_for(
    shop_state: str, *, delivery: Delivery = Delivery.COUNTER, ship_state_code: str = ""
) -> Supply:
    """The place of supply is where the goods are delivered (IGST Act section 10): handed
    over at the counter is the shop's state whoever the buyer is; inter-state only when the
    goods are sent to an address in another state."""
    if delivery == Delivery.SHIP and ship_state_code and ship_state_code != shop_state:
        return Supply.INTER
    return Supply.INTRA


def place_of_supply(shop_state: str, draft: BillDraft) -> str:
    """The state code of the place of supply (the ship-to state for a shipment)."""
    if draft.delivery == Delivery.SHIP and draft.ship_state_code:
        return draft.ship_state_code
    return shop_state


def missing_buyer_details(customer: CustomerOnBill | None) -> list[str]:
    if customer is None:
        return ["name", "address", "state"]
    missing = []
    if not customer.name.strip():
        missing.append("name")
    if not customer.address.strip():
        missing.append("address")
    if not customer.state_code.strip():
        missing.append("state")
    return missing


def _payments_split(
    payments: tuple[PaymentEntry, ...], net_payable: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """(paid, change due, cash kept): change comes out of cash only."""
    paid = sum((p.amount for p in payments), ZERO)
    cash = sum((p.amount for p in payments if p.mode == PaymentMode.CASH), ZERO)
    over = paid - net_payable
    change = min(over, cash) if over > 0 else ZERO
    return paid, change, cash - change


LAST4 = re.compile(r"^[0-9]{4}$")


def quote_draft(
    draft: BillDraft,
    *,
    shop_state: str,
    customer: CustomerOnBill | None,
    settings: PricingSettings | None = None,
    cash_limit: Decimal = CASH_LIMIT,
    huid_required: bool = False,
) -> BillQuote:
    """Price a draft with domain.pricing.price_bill and list what still stops saving it.

    ``huid_required`` (the shop is not HUID-exempt) adds a ``huid_missing`` notice for each
    tagged gold piece of 2 g or more that carries no HUID.

    Raises ValidationError for malformed lines (a weight, rate or percent the engine refuses).
    """
    s = settings or PricingSettings()
    supply = supply_for(
        shop_state, delivery=Delivery(draft.delivery), ship_state_code=draft.ship_state_code
    )
    items = tuple(_item_line(line) for line in draft.lines)
    totals: tuple[Decimal, ...] = ()
    rule_problems: list[Problem] = []
    if draft.discounts:
        plain = [price_item(item, settings=s, source=f"items[{i}]") for i, item in enumerate(items)]
        per_line, totals = allocate(draft.discounts, [x.category_id for x in draft.lines], plain)
        items = tuple(
            replace(item, rule_discounts=d) for item, d in zip(items, per_line, strict=True)
        )
        before = taxable_before(plain)
        for rule in draft.discounts:
            if rule.min_bill and before < rule.min_bill:
                rule_problems.append(
                    Problem(
                        "discount_min_bill",
                        {"label": rule.label, "minimum": money_text(rule.min_bill)},
                    )
                )
    bill = BillInput(
        items=items,
        old_gold=tuple(
            OldGoldLine(
                gross_mg=og.gross_mg,
                touch_percent=og.touch_percent,
                rate=og.rate,
                less_mg=og.less_mg,
                deduction_percent=og.deduction_percent,
                metal=parse_metal(og.metal or "gold", field=f"old gold {og.key}.metal"),
                description=og.description,
            )
            for og in draft.old_gold
        ),
        supply=supply,
        buyer_registered=bool(customer is not None and customer.gstin),
        settings=s,
        set_offs=set_off_kinds.for_pricing(draft.set_offs),
        discounts=set_off_kinds.pre_tax_discounts(draft.set_offs),
    )
    priced = price_bill(bill)
    problems: list[Problem] = rule_problems
    if not draft.lines:
        problems.append(Problem("empty_bill", {}))
    if draft.delivery == Delivery.SHIP and not (
        draft.ship_address.strip() and draft.ship_state_code.strip()
    ):
        problems.append(Problem("ship_address", {}))
    due = priced.invoice_value - priced.old_gold_value
    if draft.set_offs and priced.set_offs_total > due:
        problems.append(
            Problem(
                "set_off_over_due",
                {"amount": money_text(priced.set_offs_total), "due": money_text(due)},
            )
        )
    if customer is None and any(set_off_kinds.needs_customer(u.kind) for u in draft.set_offs):
        problems.append(Problem("set_off_needs_customer", {}))
    amounts: dict[str, LineAmounts] = {}
    needs_approval = False
    for i, (line, item) in enumerate(zip(draft.lines, priced.items, strict=True), 1):
        low = below_floor(line, item, s)
        amounts[line.key] = LineAmounts(
            key=line.key,
            net_mg=item.net_mg,
            wastage_mg=item.wastage_mg,
            fine_mg=item.fine_mg,
            rate=item.rate,
            metal_value=item.metal_value,
            wastage=item.wastage_value,
            wastage_discount=item.wastage_discount,
            making=item.making,
            making_discount=item.making_discount,
            stones=item.stones,
            hallmark=item.hallmark,
            other=item.other,
            taxable=item.taxable,
            below_floor=low,
        )
        if low and not _approved(draft.approvals, line.key):
            needs_approval = True
            for code in low:
                problems.append(
                    Problem(
                        code,
                        {"line": line.key, "line_no": str(i), "floor": money_text(line.floor_rate)},
                    )
                )
    has_pan = customer is not None and bool(customer.pan.strip())
    if priced.pan_required and not (has_pan or draft.form60):
        problems.append(Problem("pan_required", {"threshold": money_text(s.pan_threshold)}))
    if priced.buyer_details_required:
        missing = missing_buyer_details(customer)
        if missing:
            problems.append(
                Problem(
                    "buyer_details_required",
                    {
                        "threshold": money_text(s.buyer_details_threshold),
                        "missing": ", ".join(missing),
                    },
                )
            )
    if priced.net_payable < 0:
        problems.append(Problem("negative_payable", {}))
    for i, p in enumerate(draft.payments, 1):
        if p.amount <= 0:
            problems.append(Problem("payment_amount", {"payment_no": str(i)}))
        if p.mode == PaymentMode.CARD and not LAST4.match(p.card_last4.strip()):
            problems.append(Problem("card_last4", {"payment_no": str(i)}))
        if p.mode == PaymentMode.CHEQUE and not p.reference.strip():
            problems.append(Problem("cheque_number", {"payment_no": str(i)}))
    paid, change, cash_kept = _payments_split(draft.payments, priced.net_payable)
    balance = priced.net_payable - paid
    if draft.lines and balance > 0:
        problems.append(Problem("payment_short", {"balance": money_text(balance)}))
    elif balance < 0 and -balance > change:
        problems.append(Problem("overpaid", {"amount": money_text(-balance - change)}))
    if not check_cash(already_paid_today=ZERO, new_cash=cash_kept, limit=cash_limit).allowed:
        problems.append(
            Problem(
                "cash_limit", {"amount": money_text(cash_kept), "limit": money_text(cash_limit)}
            )
        )
    notices = tuple(
        Problem("huid_missing", {"line_no": str(i), "tag": line.tag_code})
        for i, line in enumerate(draft.lines, 1)
        if huid_required
        and line.piece_id
        and line.metal == Metal.GOLD.value
        and line.gross_mg >= HUID_EXEMPT_BELOW_MG
        and not line.huids
    )
    return BillQuote(
        priced=priced,
        supply=supply,
        lines_amounts=amounts,
        taxable=priced.taxable,
        cgst=priced.cgst,
        sgst=priced.sgst,
        igst=priced.igst,
        invoice_value=priced.invoice_value,
        old_gold_value=priced.old_gold_value,
        round_off=priced.round_off,
        net_payable=priced.net_payable,
        paid=paid,
        balance=balance,
        change_due=change,
        cash_in_bill=cash_kept,
        pan_required=priced.pan_required,
        buyer_details_required=priced.buyer_details_required,
        needs_approval=needs_approval,
        problems=tuple(problems),
        notices=notices
        + tuple(
            Problem("discount_nothing", {"label": rule.label})
            for rule, total in zip(draft.discounts, totals, strict=True)
            if not total
        ),
        discount_totals=totals,
    )
