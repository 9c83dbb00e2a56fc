"""Counter billing: live quotes (domain C1 pricing), scanning, saving a tax invoice in one
transaction, approvals, cancellation, sales returns and the printable invoice document."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import (
    AppUser,
    Branch,
    Category,
    Customer,
    Device,
    MetalRate,
    PieceHuid,
    Shop,
    StockPiece,
)
from jewelpos.db.models import PieceEvent as PieceEventRow
from jewelpos.db.models_billing import (
    ApprovalLog,
    CreditNote,
    CreditNoteLine,
    Estimate,
    Invoice,
    InvoiceLine,
    OldGoldVoucher,
    OldGoldVoucherLine,
    Payment,
)
from jewelpos.db.numbering import allocate_number, preview_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import SHOP_ZONE, Clock, shop_today
from jewelpos.domain.errors import (
    ApprovalRequired,
    BuyerDetailsRequired,
    CashLimitExceeded,
    DayClosed,
    NotFound,
    PanRequired,
    PermissionDenied,
    PieceNotAvailable,
    RateNotSet,
    ValidationError,
)
from jewelpos.domain.formatting import amount_in_words, format_inr, format_percent
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, from_paise, to_paise
from jewelpos.domain.numbering import DocType, financial_year
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
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.domain.rules import CASH_LIMIT, check_cash
from jewelpos.domain.tax import gst_by_group
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.domain.weight import grams_from_mg
from jewelpos.printing.documents import Buyer, CreditNoteDocument, InvoiceDocument, Seller, TaxRow
from jewelpos.printing.documents import InvoiceLine as DocLine
from jewelpos.printing.documents import OldGoldLine as DocOldGold
from jewelpos.printing.documents import Payment as DocPayment
from jewelpos.printing.documents import SetOff as DocSetOff
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services._common import (
    audit,
    bp_to_percent,
    clean_text,
    money_to_paise,
    paise_to_money,
    percent_to_bp,
)
from jewelpos.services.auth import Role, UserInfo, check_pin
from jewelpos.services.day_state import day_is_closed
from jewelpos.services.order_stock import booked_floor, deliver_on_sale, refuse_if_reserved
from jewelpos.services.set_offs import SetOffUse
from jewelpos.services.setup import ShopInfo, shop_info_of
from jewelpos.services.shop_settings import ShopSettings
from jewelpos.services.shop_settings import load as load_shop_settings
from jewelpos.services.stock import PieceStatus, making_from_db, making_to_db

# --- what a manager may approve (Approval.what) ---------------------------------------------

APPROVE_BELOW_FLOOR = "below_floor"
"""One approval for every line of the bill priced below the floor (rate, making, wastage)."""
APPROVE_CANCEL = "cancel_bill"
APPROVE_RETURN = "sales_return"
APPROVAL_VALID_SECONDS = 15 * 60
"""An approval must be used within this time."""
SETTINGS_CACHE_SECONDS = 60.0
"""Live quotes re-read the shop's settings at most this often (sync may have changed them)."""
HUID_EXEMPT_BELOW_MG = 2_000
"""Gold articles under 2 g need no HUID (BIS hallmarking order)."""


def approve_line(key: str) -> str:
    """``Approval.what`` for one line below the floor (``below_floor:<line key>``)."""
    return f"{APPROVE_BELOW_FLOOR}:{key}"


class PaymentMode(StrEnum):
    CASH = "cash"
    CARD = "card"
    UPI = "upi"
    CHEQUE = "cheque"
    BANK = "bank"


PAYMENT_LABELS: dict[str, str] = {
    "cash": "Cash",
    "card": "Card",
    "upi": "UPI",
    "cheque": "Cheque",
    "bank": "Bank transfer",
}


class Delivery(StrEnum):
    """Where the goods are handed over: the place of supply (IGST Act section 10)."""

    COUNTER = "counter"
    SHIP = "ship"


class BillStatus(StrEnum):
    FINAL = "final"
    CANCELLED = "cancelled"


# --- the draft the screen edits (pure data) --------------------------------------------------


@dataclass(frozen=True)
class BillLine:
    """One line on the screen; the rate is copied onto it. Percentages are percent (12.5)."""

    key: str
    piece_id: str | None
    tag_code: str
    description: str
    category_id: str | None
    hsn: str
    metal: str
    purity: int
    purity_label: str
    gross_mg: int
    stone_mg: int
    stone_value: Decimal
    huids: tuple[str, ...]
    rate: Decimal
    floor_rate: Decimal
    wastage_percent: Decimal
    wastage_on: str
    making_kind: str
    making_value: Decimal
    floor_making_value: Decimal
    making_discount_percent: Decimal = Decimal(0)
    hallmark_pieces: int = 0
    other_charges: Decimal = Decimal(0)
    floor_wastage_percent: Decimal | None = None
    """The category/piece default wastage; None means no floor is checked for wastage."""
    floor_making_kind: str = ""
    """The kind the floor making value is in; "" means the same as ``making_kind``."""

    @property
    def net_mg(self) -> int:
        return self.gross_mg - self.stone_mg


@dataclass(frozen=True)
class OldGoldEntry:
    """Old gold the customer hands over (a line of the purchase voucher)."""

    key: str
    description: str
    metal: str
    gross_mg: int
    less_mg: int
    touch_percent: Decimal
    rate: Decimal
    """The 24K (fine) buy rate per gram before the deduction."""
    deduction_percent: Decimal


@dataclass(frozen=True)
class PaymentEntry:
    key: str
    mode: PaymentMode
    amount: Decimal
    """For cash: the amount tendered (change is given back from it)."""
    reference: str = ""
    card_last4: str = ""
    approval_code: str = ""


@dataclass(frozen=True)
class Approval:
    """A manager's approval, granted by ``BillingService.approve`` and logged there."""

    manager_id: str
    what: str
    log_id: str = ""
    manager_name: str = ""


@dataclass(frozen=True)
class BillDraft:
    lines: tuple[BillLine, ...] = ()
    old_gold: tuple[OldGoldEntry, ...] = ()
    payments: tuple[PaymentEntry, ...] = ()
    customer_id: str | None = None
    estimate_id: str | None = None
    salesperson_id: str | None = None
    form60: bool = False
    approvals: tuple[Approval, ...] = ()
    delivery: Delivery = Delivery.COUNTER
    """Handed over at the counter (CGST + SGST) or sent to ``ship_address``."""
    ship_address: str = ""
    ship_state_code: str = ""
    set_offs: tuple[SetOffUse, ...] = ()
    """Tenders set off after tax (customer credit; later advances, schemes, vouchers...)."""


@dataclass(frozen=True)
class CustomerOnBill:
    """The customer details the bill needs (from CustomerService.find_by_mobile/get)."""

    id: str
    name: str
    mobile: str
    state_code: str
    state_name: str
    address: str
    pan: str
    gstin: str

    @classmethod
    def from_info(cls, info: Any) -> CustomerOnBill:
        """From a ``services.customers.CustomerInfo`` (city and PIN go into the address)."""
        address = ", ".join(
            part for part in (info.address, info.city, info.pin_code) if (part or "").strip()
        )
        return cls(
            id=info.id,
            name=info.name,
            mobile=info.mobile,
            state_code=info.state_code,
            state_name=INDIAN_STATES.get(info.state_code, ""),
            address=address,
            pan=info.pan,
            gstin=info.gstin,
        )


class Problem(NamedTuple):
    """Why a draft cannot be saved yet: a stable ``code`` the UI translates, and its params."""

    code: str
    params: Mapping[str, str]

    @property
    def message(self) -> str:
        """The English sentence (command line, logs, tests)."""
        template = PROBLEM_TEXTS.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


PROBLEM_TEXTS: dict[str, str] = {
    "empty_bill": "The bill has no lines.",
    "below_floor_rate": "Line {line_no}: the rate is below the rate of the day ({floor}); "
    "a manager must approve.",
    "below_floor_making": "Line {line_no}: the making charge is below the minimum; "
    "a manager must approve.",
    "below_floor_wastage": "Line {line_no}: the wastage is below the minimum; "
    "a manager must approve.",
    "pan_required": "The invoice value is above {threshold}: enter the customer's PAN or "
    "mark Form 60.",
    "buyer_details_required": "The taxable value is {threshold} or more: the customer's "
    "{missing} are needed.",
    "payment_short": "{balance} is still to be paid.",
    "overpaid": "The payments are {amount} more than the bill and only cash can give change.",
    "cash_limit": "Cash of {amount} in one bill is not allowed: it must stay below {limit}.",
    "card_last4": "Payment {payment_no}: enter the last 4 digits of the card.",
    "cheque_number": "Payment {payment_no}: enter the cheque number.",
    "payment_amount": "Payment {payment_no}: the amount must be more than zero.",
    "huid_missing": "Line {line_no}: piece {tag} has no HUID; hallmarked gold must carry one.",
    "negative_payable": "The old gold is worth more than the bill; this is not supported yet.",
    "ship_address": "Deliver to: enter the address and state the goods are sent to.",
    "set_off_over_due": "The set-offs ({amount}) are more than the amount due ({due}).",
    "set_off_needs_customer": "Customer credit needs the customer on the bill.",
}


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

    @property
    def can_save(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class SavedBill:
    id: str
    number: str
    issued_at: datetime
    net_payable: Decimal
    invoice_value: Decimal
    status: str
    change_due: Decimal = ZERO
    old_gold_voucher_number: str = ""


@dataclass(frozen=True)
class BillSummary:
    """One bill in a day's list."""

    id: str
    number: str
    issued_at: datetime
    customer_name: str
    customer_mobile: str
    net_payable: Decimal
    invoice_value: Decimal
    status: str
    pieces: int
    cashier: str


@dataclass(frozen=True)
class BillLineView:
    id: str
    line_no: int
    piece_id: str | None
    tag_code: str
    description: str
    hsn: str
    metal: str
    purity: int
    purity_label: str
    gross_mg: int
    stone_mg: int
    net_mg: int
    huids: tuple[str, ...]
    rate: Decimal
    metal_value: Decimal
    wastage: Decimal
    making: Decimal
    stones: Decimal
    hallmark: Decimal
    other: Decimal
    discount: Decimal
    taxable: Decimal
    returned: bool


@dataclass(frozen=True)
class PaymentView:
    mode: str
    amount: Decimal
    tendered: Decimal
    change: Decimal
    reference: str
    card_last4: str
    approval_code: str


@dataclass(frozen=True)
class BillView:
    """A saved bill as stored (amounts never recomputed)."""

    id: str
    number: str
    fy: str
    shop_day: date
    issued_at: datetime
    status: str
    customer_id: str | None
    customer_name: str
    customer_mobile: str
    customer_address: str
    customer_state_code: str
    customer_pan: str
    customer_gstin: str
    form60: bool
    supply: str
    lines: tuple[BillLineView, ...]
    payments: tuple[PaymentView, ...]
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    invoice_value: Decimal
    old_gold_value: Decimal
    round_off: Decimal
    net_payable: Decimal
    change_due: Decimal
    old_gold_voucher_number: str
    salesperson: str
    cashier: str
    cancelled_at: datetime | None
    cancelled_by: str
    cancel_reason: str
    credit_notes: tuple[str, ...] = field(default_factory=tuple)
    delivery: str = Delivery.COUNTER.value
    ship_address: str = ""
    ship_state_code: str = ""
    place_of_supply: str = ""
    set_offs: tuple[tuple[str, Decimal], ...] = ()
    """(label, amount) of the tenders set off after tax."""

    @property
    def return_state(self) -> str:
        """ "" (nothing returned), "partly_returned" or "returned"."""
        back = sum(1 for line in self.lines if line.returned)
        if not back:
            return ""
        return "returned" if back == len(self.lines) else "partly_returned"


@dataclass(frozen=True)
class CreditNoteInfo:
    id: str
    number: str
    bill_id: str
    bill_number: str
    issued_at: datetime
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    total: Decimal
    pieces_back: tuple[str, ...]
    refunds: tuple[tuple[str, Decimal], ...] = ()
    """(payment mode, amount) paid back."""
    kept_as_credit: Decimal = ZERO
    """The part kept as the customer's credit."""


# --- pricing a draft: the one path quote() and save_bill() share ------------------------------


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
    if priced.making + priced.making_discount < floor.making:
        found.append("below_floor_making")
    if (
        line.floor_wastage_percent is not None
        and priced.wastage_value + priced.wastage_discount < floor.wastage_value
    ):
        found.append("below_floor_wastage")
    return tuple(found)


def _approved(approvals: tuple[Approval, ...], key: str) -> bool:
    return any(a.what in (APPROVE_BELOW_FLOOR, approve_line(key)) for a in approvals)


def _money(d: Decimal) -> str:
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


_LAST4 = re.compile(r"^[0-9]{4}$")


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
    bill = BillInput(
        items=tuple(_item_line(line) for line in draft.lines),
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
    )
    priced = price_bill(bill)
    problems: list[Problem] = []
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
                {"amount": _money(priced.set_offs_total), "due": _money(due)},
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
                        {"line": line.key, "line_no": str(i), "floor": _money(line.floor_rate)},
                    )
                )
    has_pan = customer is not None and bool(customer.pan.strip())
    if priced.pan_required and not (has_pan or draft.form60):
        problems.append(Problem("pan_required", {"threshold": _money(s.pan_threshold)}))
    if priced.buyer_details_required:
        missing = missing_buyer_details(customer)
        if missing:
            problems.append(
                Problem(
                    "buyer_details_required",
                    {"threshold": _money(s.buyer_details_threshold), "missing": ", ".join(missing)},
                )
            )
    if priced.net_payable < 0:
        problems.append(Problem("negative_payable", {}))
    for i, p in enumerate(draft.payments, 1):
        if p.amount <= 0:
            problems.append(Problem("payment_amount", {"payment_no": str(i)}))
        if p.mode == PaymentMode.CARD and not _LAST4.match(p.card_last4.strip()):
            problems.append(Problem("card_last4", {"payment_no": str(i)}))
        if p.mode == PaymentMode.CHEQUE and not p.reference.strip():
            problems.append(Problem("cheque_number", {"payment_no": str(i)}))
    paid, change, cash_kept = _payments_split(draft.payments, priced.net_payable)
    balance = priced.net_payable - paid
    if draft.lines and balance > 0:
        problems.append(Problem("payment_short", {"balance": _money(balance)}))
    elif balance < 0 and -balance > change:
        problems.append(Problem("overpaid", {"amount": _money(-balance - change)}))
    if not check_cash(already_paid_today=ZERO, new_cash=cash_kept, limit=cash_limit).allowed:
        problems.append(
            Problem("cash_limit", {"amount": _money(cash_kept), "limit": _money(cash_limit)})
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
        notices=notices,
    )


# --- reading pieces, categories and rates ----------------------------------------------------


def day_rate(s: Session, day: date, metal: str, purity: int) -> Decimal:
    """The day's latest rate for a metal and purity; RateNotSet if none was set that day."""
    paise = s.execute(
        select(MetalRate.rate_paise)
        .where(MetalRate.metal == metal, MetalRate.purity == purity, MetalRate.day == day)
        .order_by(MetalRate.set_at.desc(), MetalRate.id.desc())
        .limit(1)
    ).scalar()
    if paise is None:
        label = purity_label(Metal(metal), purity)
        raise RateNotSet(
            f"No rate set for {metal} {label} on {day.isoformat()}: set today's rates first.",
            metal=metal,
            purity=purity,
            day=day.isoformat(),
        )
    return paise_to_money(int(paise))


@dataclass(frozen=True)
class _Defaults:
    wastage_percent: Decimal
    wastage_on: str
    making_kind: str
    making_value: Decimal


def _category_defaults(cat: Category) -> _Defaults:
    return _Defaults(
        wastage_percent=bp_to_percent(cat.wastage_bp),
        wastage_on=cat.wastage_on,
        making_kind=cat.making_kind,
        making_value=making_from_db(cat.making_kind, cat.making_value),
    )


def _piece_defaults(p: StockPiece, cat: Category) -> _Defaults:
    d = _category_defaults(cat)
    if p.making_kind is not None and p.making_value is not None:
        d = _Defaults(
            d.wastage_percent,
            d.wastage_on,
            p.making_kind,
            making_from_db(p.making_kind, p.making_value),
        )
    if p.wastage_bp is not None:
        d = _Defaults(
            bp_to_percent(p.wastage_bp), p.wastage_on or "value", d.making_kind, d.making_value
        )
    return d


def piece_line(
    s: Session, p: StockPiece, cat: Category, huids: tuple[str, ...], rate: Decimal
) -> BillLine:
    """A bill line for a tagged piece at the given rate of the day, with its defaults as floor."""
    d = _piece_defaults(p, cat)
    desc = p.description or f"{cat.name} {p.design_no or p.tag_code}".strip()
    return BillLine(
        key=new_id(),
        piece_id=p.id,
        tag_code=p.tag_code,
        description=desc,
        category_id=cat.id,
        hsn=cat.hsn,
        metal=p.metal,
        purity=p.purity,
        purity_label=purity_label(Metal(p.metal), p.purity),
        gross_mg=p.gross_mg,
        stone_mg=p.stone_mg,
        stone_value=paise_to_money(p.stone_value_paise),
        huids=huids,
        rate=rate,
        floor_rate=rate,
        wastage_percent=d.wastage_percent,
        wastage_on=d.wastage_on,
        making_kind=d.making_kind,
        making_value=d.making_value,
        floor_making_value=d.making_value,
        hallmark_pieces=len(huids) if p.metal == Metal.GOLD.value else 0,
        floor_wastage_percent=d.wastage_percent,
        floor_making_kind=d.making_kind,
    )


def _shop_info_from(s: Session) -> ShopInfo:
    found = s.execute(
        select(Device, Branch, Shop)
        .join(Branch, Branch.id == Device.branch_id)
        .join(Shop, Shop.id == Branch.shop_id)
        .where(Device.is_local.is_(True))
    ).first()
    if found is None:
        raise NotFound("This counter is not set up yet.")
    device, branch, shop = found
    return shop_info_of(shop, branch, device)


class BillingService:
    """The counter's bills. Quotes are pure; everything else is one transaction per call."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        *,
        settings: PricingSettings | None = None,
        cash_limit: Decimal | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        # fixed values (tests, tools) override the shop's settings; None reads them
        self._fixed_settings = settings
        self._fixed_cash_limit = cash_limit
        self._shop_settings: ShopSettings | None = None
        self._settings_read_at = 0.0
        self._shop: ShopInfo | None = None
        self._lock = threading.Lock()

    # --- the shop's settings (cached for live quotes; save_bill reads them in its transaction)

    def shop_settings(self) -> ShopSettings:
        """The shop's settings, re-read at most every minute (sync may change them)."""
        with self._lock:
            stale = time.monotonic() - self._settings_read_at > SETTINGS_CACHE_SECONDS
            if self._shop_settings is None or stale:
                with self._uow.read() as s:
                    self._shop_settings = load_shop_settings(s)
                self._settings_read_at = time.monotonic()
            return self._shop_settings

    def forget_settings(self, _saved: object = None) -> None:
        """Drop the cached settings (after a manager changed them)."""
        with self._lock:
            self._shop_settings = None

    def _pricing_of(self, shop_settings: ShopSettings) -> PricingSettings:
        return self._fixed_settings or shop_settings.pricing()

    def _cash_limit_of(self, shop_settings: ShopSettings) -> Decimal:
        return self._fixed_cash_limit or shop_settings.cash_limit

    @property
    def settings(self) -> PricingSettings:
        """The pricing settings live quotes use."""
        return self._pricing_of(self.shop_settings())

    @property
    def cash_limit(self) -> Decimal:
        """Section 269ST's limit as the shop has set it."""
        return self._cash_limit_of(self.shop_settings())

    # --- shop identity (cached; quote() needs the shop's state without the database) --------

    def shop(self) -> ShopInfo:
        """This counter's shop, branch and device (read once, then cached)."""
        with self._lock:
            if self._shop is None:
                with self._uow.read() as s:
                    self._shop = _shop_info_from(s)
            return self._shop

    def today(self) -> date:
        return shop_today(self._clock)

    def next_bill_number(self) -> str:
        """The number the next saved bill of this counter would get; nothing is taken."""
        shop = self.shop()
        with self._uow.read() as s:
            return preview_number(s, DocType.INVOICE, day=self.today(), **shop.series_codes)

    # --- live totals ---------------------------------------------------------------------

    def quote(self, draft: BillDraft, *, customer: CustomerOnBill | None) -> BillQuote:
        """Live totals and the problems that stop saving (pure once the shop is cached)."""
        return quote_draft(
            draft,
            shop_state=self.shop().state_code,
            customer=customer,
            settings=self.settings,
            cash_limit=self.cash_limit,
            huid_required=not self.shop_settings().huid_exempt,
        )

    # --- lines ---------------------------------------------------------------------------

    def line_for_code(self, code: str) -> BillLine:
        """A line for a scanned tag code or HUID at today's rate.

        NotFound for an unknown code; PieceNotAvailable if the piece is not in stock;
        RateNotSet if the day has no rate for its metal and purity.
        """
        key = (code or "").strip().upper()
        if not key:
            raise ValidationError("code", "scan or type a tag code or HUID")
        with self._uow.read() as s:
            found = s.execute(
                select(StockPiece, Category)
                .join(Category, Category.id == StockPiece.category_id)
                .where(StockPiece.tag_code == key)
            ).first()
            if found is None:
                found = s.execute(
                    select(StockPiece, Category)
                    .join(Category, Category.id == StockPiece.category_id)
                    .join(PieceHuid, PieceHuid.piece_id == StockPiece.id)
                    .where(PieceHuid.huid == key)
                ).first()
            if found is None:
                raise NotFound(f"No piece with tag code or HUID {key}.", code=key)
            p, cat = found[0], found[1]
            if p.status != PieceStatus.IN_STOCK:
                raise PieceNotAvailable(
                    f"Piece {p.tag_code} is not in stock ({p.status.replace('_', ' ')}).",
                    tag_code=p.tag_code,
                    status=p.status,
                )
            refuse_if_reserved(s, p.id, p.tag_code)  # made for a customer's order
            huids = tuple(
                s.scalars(
                    select(PieceHuid.huid)
                    .where(PieceHuid.piece_id == p.id)
                    .order_by(PieceHuid.huid)
                )
            )
            rate = day_rate(s, self.today(), p.metal, p.purity)
            return piece_line(s, p, cat, huids, rate)

    def untagged_line(
        self,
        *,
        category_id: str,
        gross_mg: int,
        stone_mg: int = 0,
        purity: int | None = None,
        description: str = "",
    ) -> BillLine:
        """A line sold by weight without a tag (coin, silver by weight, loose stone)."""
        if isinstance(gross_mg, bool) or not isinstance(gross_mg, int) or gross_mg <= 0:
            raise ValidationError("gross_mg", "the weight must be more than 0")
        if isinstance(stone_mg, bool) or not isinstance(stone_mg, int) or stone_mg < 0:
            raise ValidationError("stone_mg", "the stone weight cannot be negative")
        if stone_mg >= gross_mg:
            raise ValidationError("stone_mg", "the stones weigh as much as the whole piece or more")
        with self._uow.read() as s:
            cat = s.get(Category, category_id)
            if cat is None or not cat.active:
                raise NotFound("No such category.", category_id=category_id)
            fineness = check_fineness(
                cat.default_purity if purity is None else purity, field="purity"
            )
            rate = day_rate(s, self.today(), cat.metal, fineness)
            d = _category_defaults(cat)
            return BillLine(
                key=new_id(),
                piece_id=None,
                tag_code="",
                description=description.strip() or cat.name,
                category_id=cat.id,
                hsn=cat.hsn,
                metal=cat.metal,
                purity=fineness,
                purity_label=purity_label(Metal(cat.metal), fineness),
                gross_mg=gross_mg,
                stone_mg=stone_mg,
                stone_value=ZERO,
                huids=(),
                rate=rate,
                floor_rate=rate,
                wastage_percent=d.wastage_percent,
                wastage_on=d.wastage_on,
                making_kind=d.making_kind,
                making_value=d.making_value,
                floor_making_value=d.making_value,
                floor_wastage_percent=d.wastage_percent,
                floor_making_kind=d.making_kind,
            )

    def old_gold_rate(self) -> Decimal:
        """Today's 24K (gold 999) rate: the default buy rate of old gold."""
        with self._uow.read() as s:
            return day_rate(s, self.today(), Metal.GOLD.value, 999)

    def new_old_gold(
        self,
        *,
        gross_mg: int,
        less_mg: int = 0,
        touch_percent: Decimal,
        deduction_percent: Decimal = Decimal(2),
        description: str = "Old gold",
    ) -> OldGoldEntry:
        """An old-gold line at today's 24K rate."""
        return OldGoldEntry(
            key=new_id(),
            description=description,
            metal=Metal.GOLD.value,
            gross_mg=gross_mg,
            less_mg=less_mg,
            touch_percent=touch_percent,
            rate=self.old_gold_rate(),
            deduction_percent=deduction_percent,
        )

    # --- approvals -----------------------------------------------------------------------

    def approve(self, *, username: str, pin: str, what: str) -> Approval:
        """A manager's or owner's approval of ``what`` (APPROVE_BELOW_FLOOR, approve_line(key),
        APPROVE_CANCEL), logged. InvalidCredentials on a wrong PIN, PermissionDenied for a
        cashier or salesperson. The approval is good for one use within 15 minutes."""
        what = clean_text(what, field="what", max_len=80, required=True)
        # the same wrong-PIN lock as login: an approval PIN cannot be guessed either
        who = check_pin(self._uow, self._clock, username, pin)
        manager_id, name, role = who.id, who.display_name, who.role
        if role not in (Role.OWNER, Role.MANAGER):
            raise PermissionDenied(
                f"{name} cannot approve this: a manager or the owner must enter the PIN.",
                role=role,
            )
        now = self._clock.now()
        with self._uow.begin() as s:
            row = ApprovalLog(manager_id=manager_id, what=what, at=now)
            s.add(row)
            s.flush()
            audit(
                s,
                user_id=manager_id,
                action="approval.grant",
                entity="approval_log",
                entity_id=row.id,
                at=now,
                details={"what": what},
            )
            return Approval(manager_id=manager_id, what=what, log_id=row.id, manager_name=name)

    def _use_approval(self, s: Session, approval: Approval, *, used_for: str, now: datetime) -> str:
        """Check an approval against its log row and mark it used; the manager's id."""
        row = s.get(ApprovalLog, approval.log_id) if approval.log_id else None
        fresh = row is not None and (now - row.at).total_seconds() <= APPROVAL_VALID_SECONDS
        if (
            row is None
            or row.manager_id != approval.manager_id
            or row.what != approval.what
            or row.used_for is not None
            or not fresh
        ):
            raise ApprovalRequired(
                "The manager's approval is missing, used or expired: ask a manager again.",
                what=approval.what,
            )
        manager = s.get(AppUser, row.manager_id)
        if manager is None or not manager.active or manager.role not in (Role.OWNER, Role.MANAGER):
            raise ApprovalRequired("The approving user is no longer a manager.", what=row.what)
        row.used_for = used_for
        row.used_at = now
        return row.manager_id

    # --- the cash rule -------------------------------------------------------------------

    def cash_taken_today(self, customer_id: str) -> Decimal:
        """Cash kept from this customer today across final bills (section 269ST)."""
        with self._uow.read() as s:
            return paise_to_money(_cash_taken(s, customer_id, self.today()))

    # --- saving --------------------------------------------------------------------------

    def save_bill(self, draft: BillDraft, *, by: UserInfo) -> SavedBill:
        """Save the draft as a final tax invoice in ONE transaction: invoice, lines (rate copied),
        payments, old-gold voucher, pieces SOLD with events, the next number of this counter's
        series for the financial year, approvals used, audit entry and outbox rows.

        Raises ValidationError (empty bill, payments != net payable, card without last 4...),
        PanRequired, BuyerDetailsRequired, CashLimitExceeded, PieceNotAvailable,
        ApprovalRequired, DayClosed, RateNotSet, NotFound. Nothing is written on any error.
        """
        if not draft.lines:
            raise ValidationError("lines", "the bill has no lines")
        shop = self.shop()
        with self._uow.begin() as s:
            now = self._clock.now()
            day = shop_today(self._clock)
            if day_closed(s, shop.device_id, day):
                raise DayClosed(
                    f"The day {day.isoformat()} is closed: no more bills today.",
                    day=day.isoformat(),
                )
            customer = _customer_on_bill(s, draft.customer_id)
            pieces: dict[str, StockPiece] = {}
            lines = tuple(
                self._checked_line(s, line, day=day, index=i, pieces=pieces)
                for i, line in enumerate(draft.lines)
            )
            checked = replace(draft, lines=lines)
            current = load_shop_settings(s)
            cash_limit = self._cash_limit_of(current)
            q = quote_draft(
                checked,
                shop_state=shop.state_code,
                customer=customer,
                settings=self._pricing_of(current),
                cash_limit=cash_limit,
                huid_required=not current.huid_exempt,
            )
            invoice_id = new_id()
            approved_by = self._check_approvals(s, checked, q, invoice_id=invoice_id, now=now)
            already = _cash_taken(s, customer.id, day) if customer is not None else 0
            if q.cash_in_bill > 0:
                cash = check_cash(
                    already_paid_today=paise_to_money(already),
                    new_cash=q.cash_in_bill,
                    limit=cash_limit,
                )
                if not cash.allowed:
                    before = (
                        f" ({_money(cash.already_paid)} taken already today)" if already else ""
                    )
                    raise CashLimitExceeded(
                        f"Cash must stay below {_money(cash.limit)} a day from one person "
                        f"(section 269ST): this bill's cash {_money(cash.new_cash)}{before} is "
                        f"too much. At most {_money(cash.remaining)} more may be taken in cash; "
                        "take the rest by card, UPI, cheque or bank transfer.",
                        total=str(cash.total),
                        limit=str(cash.limit),
                        remaining=str(cash.remaining),
                        already=str(cash.already_paid),
                    )
            _raise_for_problems(q, customer)
            payments = [_clean_payment(p, i) for i, p in enumerate(draft.payments)]
            estimate = _open_estimate_for(s, draft.estimate_id, day)
            salesperson = _user_id(s, draft.salesperson_id, field="salesperson_id")

            fy = financial_year(day)
            taken = allocate_number(s, DocType.INVOICE, day=day, **shop.series_codes)
            number = taken.number
            priced = q.priced
            inv = Invoice(
                id=invoice_id,
                number=number,
                series=taken.series,
                fy=fy,
                seq=taken.seq,
                shop_day=day,
                issued_at=now,
                customer_id=customer.id if customer else None,
                buyer_name=customer.name if customer else "",
                buyer_mobile=customer.mobile if customer else "",
                buyer_address=customer.address if customer else "",
                buyer_state_code=customer.state_code if customer else "",
                buyer_pan=customer.pan if customer else "",
                buyer_form60=bool(draft.form60),
                buyer_gstin=customer.gstin if customer else "",
                supply=q.supply.value,
                place_of_supply=place_of_supply(shop.state_code, checked),
                delivery=Delivery(draft.delivery).value,
                ship_address=clean_text(draft.ship_address, field="ship_address", max_len=500)
                if draft.delivery == Delivery.SHIP
                else "",
                ship_state_code=draft.ship_state_code.strip()
                if draft.delivery == Delivery.SHIP
                else "",
                taxable_paise=to_paise(priced.taxable),
                cgst_paise=to_paise(priced.cgst),
                sgst_paise=to_paise(priced.sgst),
                igst_paise=to_paise(priced.igst),
                invoice_value_paise=to_paise(priced.invoice_value),
                old_gold_paise=to_paise(priced.old_gold_value),
                set_off_paise=to_paise(priced.set_offs_total),
                round_off_paise=to_paise(priced.round_off),
                net_payable_paise=to_paise(priced.net_payable),
                tendered_paise=to_paise(q.paid),
                change_paise=to_paise(q.change_due),
                status=BillStatus.FINAL.value,
                salesperson_id=salesperson,
                cashier_id=by.id,
                estimate_id=estimate.id if estimate else None,
                cancel_reason="",
            )
            s.add(inv)
            s.flush()  # no ORM relationships: parents first so foreign keys hold
            for i, (line, item) in enumerate(zip(lines, priced.items, strict=True), 1):
                s.add(_invoice_line(inv.id, i, line, item, approved_by.get(line.key)))
            change_left = to_paise(q.change_due)
            for i, p in reversed(list(enumerate(payments, 1))):
                tendered = to_paise(p.amount)
                change = 0
                if p.mode == PaymentMode.CASH and change_left:
                    change = min(change_left, tendered)
                    change_left -= change
                s.add(
                    Payment(
                        invoice_id=inv.id,
                        line_no=i,
                        mode=p.mode.value,
                        amount_paise=tendered - change,
                        tendered_paise=tendered,
                        change_paise=change,
                        reference=p.reference,
                        card_last4=p.card_last4,
                        approval_code=p.approval_code,
                    )
                )
            set_off_kinds.apply_all(s, inv, draft.set_offs, now=now)
            voucher_number = ""
            if priced.old_gold:
                voucher_number = self._write_voucher(
                    s, shop, inv, customer, draft.old_gold, priced, day=day, now=now, by=by
                )
            for piece in pieces.values():
                deliver_on_sale(
                    s, piece.id, piece.tag_code, invoice_id=inv.id,
                    customer_id=inv.customer_id, by=by, now=now,
                )  # fmt: skip
                piece.status = PieceStatus.SOLD.value
                s.add(
                    PieceEventRow(
                        piece_id=piece.id,
                        kind="sold",
                        at=now,
                        by_user_id=by.id,
                        note=number,
                        ref=inv.id,
                    )
                )
            if estimate is not None:
                estimate.status = "billed"
                estimate.invoice_id = inv.id
                estimate.closed_at = now
            audit(
                s,
                user_id=by.id,
                action="bill.save",
                entity="invoice",
                entity_id=inv.id,
                at=now,
                details={
                    "number": number,
                    "net_payable": str(priced.net_payable),
                    "approved_by": sorted(set(approved_by.values())),
                },
            )
            s.flush()
            return SavedBill(
                id=inv.id,
                number=number,
                issued_at=now,
                net_payable=priced.net_payable,
                invoice_value=priced.invoice_value,
                status=inv.status,
                change_due=q.change_due,
                old_gold_voucher_number=voucher_number,
            )

    def _checked_line(
        self, s: Session, line: BillLine, *, day: date, index: int, pieces: dict[str, StockPiece]
    ) -> BillLine:
        """The line with its floors read from the database (rate of the day, the piece's or
        category's making and wastage); tagged pieces must be in stock and match the tag."""
        field_ = f"lines[{index}]"
        if line.piece_id is not None:
            p = s.get(StockPiece, line.piece_id)
            if p is None:
                raise NotFound(f"Line {index + 1}: no such piece.", piece_id=line.piece_id)
            if line.piece_id in pieces:
                raise ValidationError(field_, f"piece {p.tag_code} is on the bill twice")
            if p.status != PieceStatus.IN_STOCK:
                raise PieceNotAvailable(
                    f"Piece {p.tag_code} is not in stock ({p.status.replace('_', ' ')}): "
                    "it may have been sold at another counter.",
                    tag_code=p.tag_code,
                    status=p.status,
                )
            if (p.metal, p.purity, p.gross_mg, p.stone_mg) != (
                line.metal,
                line.purity,
                line.gross_mg,
                line.stone_mg,
            ):
                raise ValidationError(
                    field_, f"the metal, purity or weights differ from piece {p.tag_code}"
                )
            cat = s.get(Category, p.category_id)
            assert cat is not None
            pieces[p.id] = p
            d = _piece_defaults(p, cat)
            huids = tuple(
                s.scalars(
                    select(PieceHuid.huid)
                    .where(PieceHuid.piece_id == p.id)
                    .order_by(PieceHuid.huid)
                )
            )
            extra: dict[str, Any] = {"tag_code": p.tag_code, "huids": huids, "hsn": cat.hsn}
        else:
            if not line.category_id:
                raise ValidationError(field_, "an untagged line needs its category")
            c = s.get(Category, line.category_id)
            if c is None:
                raise NotFound(f"Line {index + 1}: no such category.")
            if c.metal != line.metal:
                raise ValidationError(field_, f"the category {c.name} is {c.metal}")
            d = _category_defaults(c)
            extra = {"tag_code": "", "hsn": line.hsn or c.hsn}
        if line.rate.is_nan():
            raise ValidationError(f"{field_}.rate", "is not a number")
        return replace(
            line,
            floor_rate=booked_floor(s, line.piece_id) or day_rate(s, day, line.metal, line.purity),
            floor_making_value=d.making_value,
            floor_making_kind=d.making_kind,
            floor_wastage_percent=d.wastage_percent,
            description=clean_text(line.description, field=f"{field_}.description", max_len=200)
            or line.purity_label,
            purity_label=purity_label(Metal(line.metal), line.purity),
            **extra,
        )

    def _check_approvals(
        self, s: Session, draft: BillDraft, q: BillQuote, *, invoice_id: str, now: datetime
    ) -> dict[str, str]:
        """Line key -> approving manager for lines below the floor; ApprovalRequired if any is
        not covered by a valid approval (each approval is marked used for this invoice)."""
        used: dict[str, str] = {}
        out: dict[str, str] = {}
        for i, line in enumerate(draft.lines, 1):
            if not q.lines_amounts[line.key].below_floor:
                continue
            found = [
                a
                for a in draft.approvals
                if a.what in (approve_line(line.key), APPROVE_BELOW_FLOOR)
            ]
            if not found:
                codes = q.lines_amounts[line.key].below_floor
                raise ApprovalRequired(
                    f"Line {i} is priced below the floor ({', '.join(c.removeprefix('below_floor_') for c in codes)}): "
                    "a manager must approve.",
                    line=line.key,
                    line_no=i,
                    problems=codes,
                )
            a = found[0]
            if a.log_id not in used:
                used[a.log_id] = self._use_approval(s, a, used_for=invoice_id, now=now)
            out[line.key] = used[a.log_id]
        return out

    def _write_voucher(
        self,
        s: Session,
        shop: ShopInfo,
        inv: Invoice,
        customer: CustomerOnBill | None,
        entries: tuple[OldGoldEntry, ...],
        priced: PricedBill,
        *,
        day: date,
        now: datetime,
        by: UserInfo,
    ) -> str:
        fy = financial_year(day)
        number = allocate_number(s, DocType.OLD_GOLD, day=day, **shop.series_codes).number
        voucher = OldGoldVoucher(
            number=number,
            fy=fy,
            shop_day=day,
            issued_at=now,
            invoice_id=inv.id,
            customer_id=customer.id if customer else None,
            seller_name=customer.name if customer else "",
            seller_mobile=customer.mobile if customer else "",
            seller_address=customer.address if customer else "",
            seller_pan=customer.pan if customer else "",
            fine_mg=sum(o.fine_mg for o in priced.old_gold),
            total_paise=to_paise(priced.old_gold_value),
            status=BillStatus.FINAL.value,
            created_by=by.id,
        )
        s.add(voucher)
        s.flush()
        for i, (entry, og) in enumerate(zip(entries, priced.old_gold, strict=True), 1):
            s.add(
                OldGoldVoucherLine(
                    voucher_id=voucher.id,
                    line_no=i,
                    description=clean_text(
                        entry.description, field=f"old_gold[{i - 1}].description", max_len=200
                    ),
                    metal=og.line.metal.value,
                    gross_mg=og.line.gross_mg,
                    less_mg=og.line.less_mg,
                    net_mg=og.net_mg,
                    touch_bp=percent_to_bp(
                        og.line.touch_percent, field=f"old_gold[{i - 1}].touch_percent"
                    ),
                    fine_mg=og.fine_mg,
                    rate_paise=to_paise(og.line.rate),
                    deduction_bp=percent_to_bp(
                        og.line.deduction_percent, field=f"old_gold[{i - 1}].deduction_percent"
                    ),
                    buy_rate_paise=to_paise(og.buy_rate),
                    value_paise=to_paise(og.value),
                )
            )
        return number

    # --- cancellation and returns --------------------------------------------------------

    def cancel_bill(
        self, bill_id: str, *, reason: str, approval: Approval | None, by: UserInfo
    ) -> SavedBill:
        """Cancel a bill of today (manager's approval APPROVE_CANCEL, a reason): the bill keeps
        its number and amounts, its pieces go back to stock, its old-gold voucher is cancelled.
        ValidationError for an older bill (make a sales return instead) or one already
        cancelled or returned; ApprovalRequired without a valid approval; DayClosed."""
        why = clean_text(reason, field="reason", max_len=500, required=True)
        if approval is None or approval.what != APPROVE_CANCEL:
            raise ApprovalRequired(
                "Cancelling a bill needs a manager's approval.", what=APPROVE_CANCEL
            )
        shop = self.shop()
        with self._uow.begin() as s:
            now = self._clock.now()
            day = shop_today(self._clock)
            inv = _get_invoice(s, bill_id)
            if inv.status == BillStatus.CANCELLED:
                raise ValidationError("bill", f"bill {inv.number} is already cancelled")
            if inv.shop_day != day:
                raise ValidationError(
                    "bill",
                    f"bill {inv.number} is of {inv.shop_day.isoformat()}: only today's bills can "
                    "be cancelled; make a sales return",
                )
            if day_closed(s, shop.device_id, day):
                raise DayClosed(f"The day {day.isoformat()} is closed.", day=day.isoformat())
            returned = s.scalar(
                select(CreditNote.id).where(CreditNote.invoice_id == inv.id).limit(1)
            )
            if returned is not None:
                raise ValidationError(
                    "bill", f"bill {inv.number} has a return: it cannot be cancelled"
                )
            manager_id = self._use_approval(s, approval, used_for=inv.id, now=now)
            set_off_kinds.give_back_all(s, inv, now=now)
            inv.status = BillStatus.CANCELLED.value
            inv.cancelled_at = now
            inv.cancelled_by = by.id
            inv.cancel_approved_by = manager_id
            inv.cancel_reason = why
            for piece_id in s.scalars(
                select(InvoiceLine.piece_id).where(
                    InvoiceLine.invoice_id == inv.id, InvoiceLine.piece_id.is_not(None)
                )
            ).all():
                if piece_id is None:
                    continue
                _back_to_stock(
                    s, piece_id, kind="bill_cancelled", note=inv.number, ref=inv.id, by=by, now=now
                )
            for voucher in s.scalars(
                select(OldGoldVoucher).where(OldGoldVoucher.invoice_id == inv.id)
            ):
                voucher.status = BillStatus.CANCELLED.value
                voucher.cancelled_at = now
            audit(
                s,
                user_id=by.id,
                action="bill.cancel",
                entity="invoice",
                entity_id=inv.id,
                at=now,
                details={"number": inv.number, "reason": why, "approved_by": manager_id},
            )
            s.flush()
            return _saved(inv)

    def sales_return(
        self,
        bill_id: str,
        *,
        line_ids: tuple[str, ...],
        reason: str,
        by: UserInfo,
        approval: Approval | None = None,
        refunds: tuple[Any, ...] = (),
        keep_rest_as_credit: bool = False,
    ) -> CreditNoteInfo:
        """A credit note for returned lines of a final bill (services.returns.sales_return):
        GST reversed from the bill's own tax, pieces back in stock, the value refunded
        (``refunds``: RefundEntry rows) and/or kept as the customer's credit."""
        from jewelpos.services.returns import sales_return

        return sales_return(
            self,
            bill_id,
            line_ids=line_ids,
            reason=reason,
            by=by,
            approval=approval,
            refunds=refunds,
            keep_rest_as_credit=keep_rest_as_credit,
        )

    # --- reading bills -------------------------------------------------------------------

    def bill(self, bill_id: str) -> BillView:
        """A saved bill as stored; NotFound if there is none."""
        with self._uow.read() as s:
            return _bill_view(s, _get_invoice(s, bill_id))

    def find_bill(self, number_or_id: str) -> BillView | None:
        """A bill by its number (any case) or id, or None."""
        key = (number_or_id or "").strip()
        if not key:
            return None
        with self._uow.read() as s:
            inv = s.scalars(select(Invoice).where(Invoice.number == key.upper())).first()
            if inv is None:
                inv = s.get(Invoice, key)
            return None if inv is None else _bill_view(s, inv)

    def bills_for_day(self, day: date) -> list[BillSummary]:
        """This day's bills (final and cancelled) in number order."""
        with self._uow.read() as s:
            pieces = dict(
                s.execute(
                    select(InvoiceLine.invoice_id, func.count(InvoiceLine.id))
                    .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                    .where(Invoice.shop_day == day)
                    .group_by(InvoiceLine.invoice_id)
                ).all()
            )
            rows = s.execute(
                select(Invoice, AppUser.display_name)
                .outerjoin(AppUser, AppUser.id == Invoice.cashier_id)
                .where(Invoice.shop_day == day)
                .order_by(Invoice.issued_at, Invoice.number)
            ).all()
            return [
                BillSummary(
                    id=inv.id,
                    number=inv.number,
                    issued_at=inv.issued_at,
                    customer_name=inv.buyer_name,
                    customer_mobile=inv.buyer_mobile,
                    net_payable=paise_to_money(inv.net_payable_paise),
                    invoice_value=paise_to_money(inv.invoice_value_paise),
                    status=inv.status,
                    pieces=int(pieces.get(inv.id, 0)),
                    cashier=name or "",
                )
                for inv, name in rows
            ]

    def customer_credits(self, customer_id: str) -> tuple[set_off_kinds.CreditAvailable, ...]:
        """The customer's credit notes with credit left (to set off on a bill), and the advances
        of cancelled orders kept as credit."""
        from jewelpos.services.order_set_off import advance_credits

        with self._uow.read() as s:
            return set_off_kinds.credits_of(s, customer_id) + advance_credits(s, customer_id)

    def credit_note_document(self, note_id: str) -> CreditNoteDocument:
        """The printable credit note (slip, A4) as stored."""
        from jewelpos.services.returns import credit_note_document

        shop = self.shop()
        address = ", ".join(part for part in (shop.address, shop.city, shop.pin_code) if part)
        with self._uow.read() as s:
            return credit_note_document(
                s, note_id, shop.shop_name, shop_address=address, shop_gstin=shop.gstin
            )

    def return_value(self, bill_id: str, line_ids: tuple[str, ...]) -> Decimal:
        """What a return of these lines would be worth (taxable + GST reversed), unsaved."""
        from jewelpos.services.returns import return_value

        with self._uow.read() as s:
            return return_value(s, bill_id, line_ids)

    def invoice_document(self, bill_id: str) -> InvoiceDocument:
        """The printable tax invoice (every Rule 46 field) from the stored bill."""
        shop = self.shop()
        with self._uow.read() as s:
            inv = _get_invoice(s, bill_id)
            return _invoice_document(s, inv, shop)


# --- helpers for saving and reading -----------------------------------------------------------

DOC_INVOICE = DocType.INVOICE.key
DOC_OLD_GOLD = DocType.OLD_GOLD.key
DOC_CREDIT_NOTE = DocType.CREDIT_NOTE.key
DOC_ESTIMATE = DocType.ESTIMATE.key


def day_closed(s: Session, device_id: str, day: date) -> bool:
    """Closed at day end and not reopened by a manager since."""
    return day_is_closed(s, device_id, day)


def _cash_taken(s: Session, customer_id: str, day: date) -> int:
    """Cash kept (paise) from a customer on a shop day across final bills."""
    total = s.scalar(
        select(func.coalesce(func.sum(Payment.amount_paise), 0))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(
            Invoice.customer_id == customer_id,
            Invoice.shop_day == day,
            Invoice.status == BillStatus.FINAL.value,
            Payment.mode == PaymentMode.CASH.value,
        )
    )
    return int(total or 0)


def _customer_on_bill(s: Session, customer_id: str | None) -> CustomerOnBill | None:
    if customer_id is None:
        return None
    c = s.get(Customer, customer_id)
    if c is None:
        raise NotFound("No such customer.", customer_id=customer_id)
    return CustomerOnBill.from_info(c)


def _user_id(s: Session, user_id: str | None, *, field: str) -> str | None:
    if user_id is None:
        return None
    if s.get(AppUser, user_id) is None:
        raise NotFound("No such user.", field=field)
    return user_id


def _raise_for_problems(q: BillQuote, customer: CustomerOnBill | None) -> None:
    """The first blocking problem of a quote as its named error (cash is checked apart)."""
    for p in q.problems:
        if p.code == "pan_required":
            raise PanRequired("pan", p.message, threshold=p.params.get("threshold", ""))
        if p.code == "buyer_details_required":
            raise BuyerDetailsRequired(
                "customer",
                p.message,
                missing=p.params.get("missing", ""),
                threshold=p.params.get("threshold", ""),
            )
    for p in q.problems:
        if p.code in ("cash_limit",) or p.code.startswith("below_floor"):
            continue
        field_ = {
            "empty_bill": "lines",
            "negative_payable": "lines",
            "ship_address": "ship_address",
            "set_off_over_due": "set_offs",
            "set_off_needs_customer": "customer",
        }.get(p.code, "payments")
        raise ValidationError(field_, p.message, code=p.code, **dict(p.params))


def _clean_payment(p: PaymentEntry, index: int) -> PaymentEntry:
    f = f"payments[{index}]"
    try:
        mode = PaymentMode(p.mode)
    except ValueError:
        raise ValidationError(f"{f}.mode", f"unknown payment mode {p.mode!r}") from None
    money_to_paise(p.amount, field=f"{f}.amount", allow_zero=False)
    last4 = p.card_last4.strip()
    if mode is PaymentMode.CARD and not _LAST4.match(last4):
        raise ValidationError(f"{f}.card_last4", "enter the last 4 digits of the card")
    if last4 and not _LAST4.match(last4):
        raise ValidationError(f"{f}.card_last4", "4 digits")
    return PaymentEntry(
        key=p.key,
        mode=mode,
        amount=p.amount,
        reference=clean_text(p.reference, field=f"{f}.reference", max_len=60),
        card_last4=last4,
        approval_code=clean_text(p.approval_code, field=f"{f}.approval_code", max_len=20),
    )


def _open_estimate_for(s: Session, estimate_id: str | None, day: date) -> Estimate | None:
    if estimate_id is None:
        return None
    e = s.get(Estimate, estimate_id)
    if e is None:
        raise NotFound("No such estimate.", estimate_id=estimate_id)
    if e.status != "open" or e.shop_day != day:
        raise ValidationError(
            "estimate",
            f"estimate {e.number} is {e.status if e.status != 'open' else 'of another day'}",
        )
    return e


def _making_to_db(kind: str, value: Decimal, field_: str) -> int:
    return making_to_db(kind, value, field_prefix=field_)


def _invoice_line(
    invoice_id: str, line_no: int, line: BillLine, item: PricedItem, approved_by: str | None
) -> InvoiceLine:
    f = f"lines[{line_no - 1}]."
    return InvoiceLine(
        invoice_id=invoice_id,
        line_no=line_no,
        piece_id=line.piece_id,
        tag_code=line.tag_code,
        category_id=line.category_id,
        description=line.description,
        hsn=line.hsn,
        metal=line.metal,
        purity=line.purity,
        purity_label=item.purity_label,
        gross_mg=line.gross_mg,
        stone_mg=line.stone_mg,
        net_mg=item.net_mg,
        wastage_mg=item.wastage_mg,
        fine_mg=item.fine_mg,
        huids=",".join(line.huids),
        rate_paise=to_paise(item.rate),
        floor_rate_paise=to_paise(line.floor_rate),
        wastage_bp=percent_to_bp(line.wastage_percent, field=f + "wastage_percent"),
        wastage_on=line.wastage_on,
        making_kind=line.making_kind,
        making_value=_making_to_db(line.making_kind, line.making_value, f),
        making_discount_bp=percent_to_bp(
            line.making_discount_percent, field=f + "making_discount_percent"
        ),
        hallmark_pieces=line.hallmark_pieces,
        metal_paise=to_paise(item.metal_value),
        wastage_paise=to_paise(item.wastage_value),
        wastage_discount_paise=to_paise(item.wastage_discount),
        making_paise=to_paise(item.making),
        making_discount_paise=to_paise(item.making_discount),
        stones_paise=to_paise(item.stones),
        hallmark_paise=to_paise(item.hallmark),
        other_paise=to_paise(item.other),
        taxable_paise=to_paise(item.taxable),
        gst_bp=int(item.gst_percent * 100),
        approved_by=approved_by,
    )


def _back_to_stock(
    s: Session, piece_id: str, *, kind: str, note: str, ref: str, by: UserInfo, now: datetime
) -> None:
    p = s.get(StockPiece, piece_id)
    if p is None or p.status != PieceStatus.SOLD:
        return
    p.status = PieceStatus.IN_STOCK.value
    s.add(PieceEventRow(piece_id=p.id, kind=kind, at=now, by_user_id=by.id, note=note, ref=ref))


def _get_invoice(s: Session, bill_id: str) -> Invoice:
    inv = s.get(Invoice, bill_id)
    if inv is None:
        raise NotFound("No such bill.", bill_id=bill_id)
    return inv


def _saved(inv: Invoice) -> SavedBill:
    return SavedBill(
        id=inv.id,
        number=inv.number,
        issued_at=inv.issued_at,
        net_payable=paise_to_money(inv.net_payable_paise),
        invoice_value=paise_to_money(inv.invoice_value_paise),
        status=inv.status,
        change_due=paise_to_money(inv.change_paise),
    )


def _names(s: Session, *ids: str | None) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    return dict(
        s.execute(select(AppUser.id, AppUser.display_name).where(AppUser.id.in_(wanted))).all()
    )


def _bill_view(s: Session, inv: Invoice) -> BillView:
    lines = s.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.line_no)
    ).all()
    returned = set(
        s.scalars(
            select(CreditNoteLine.invoice_line_id).where(
                CreditNoteLine.invoice_line_id.in_([r.id for r in lines])
            )
        ).all()
    )
    pays = s.scalars(
        select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.line_no)
    ).all()
    voucher = s.scalars(
        select(OldGoldVoucher.number).where(OldGoldVoucher.invoice_id == inv.id)
    ).first()
    notes = tuple(
        s.scalars(
            select(CreditNote.number)
            .where(CreditNote.invoice_id == inv.id)
            .order_by(CreditNote.number)
        )
    )
    names = _names(s, inv.salesperson_id, inv.cashier_id, inv.cancelled_by)
    return BillView(
        id=inv.id,
        number=inv.number,
        fy=inv.fy,
        shop_day=inv.shop_day,
        issued_at=inv.issued_at,
        status=inv.status,
        customer_id=inv.customer_id,
        customer_name=inv.buyer_name,
        customer_mobile=inv.buyer_mobile,
        customer_address=inv.buyer_address,
        customer_state_code=inv.buyer_state_code,
        customer_pan=inv.buyer_pan,
        customer_gstin=inv.buyer_gstin,
        form60=inv.buyer_form60,
        supply=inv.supply,
        lines=tuple(
            BillLineView(
                id=r.id,
                line_no=r.line_no,
                piece_id=r.piece_id,
                tag_code=r.tag_code,
                description=r.description,
                hsn=r.hsn,
                metal=r.metal,
                purity=r.purity,
                purity_label=r.purity_label,
                gross_mg=r.gross_mg,
                stone_mg=r.stone_mg,
                net_mg=r.net_mg,
                huids=tuple(h for h in r.huids.split(",") if h),
                rate=paise_to_money(r.rate_paise),
                metal_value=paise_to_money(r.metal_paise),
                wastage=paise_to_money(r.wastage_paise),
                making=paise_to_money(r.making_paise),
                stones=paise_to_money(r.stones_paise),
                hallmark=paise_to_money(r.hallmark_paise),
                other=paise_to_money(r.other_paise),
                discount=paise_to_money(-(r.making_discount_paise + r.wastage_discount_paise)),
                taxable=paise_to_money(r.taxable_paise),
                returned=r.id in returned,
            )
            for r in lines
        ),
        payments=tuple(
            PaymentView(
                mode=p.mode,
                amount=paise_to_money(p.amount_paise),
                tendered=paise_to_money(p.tendered_paise),
                change=paise_to_money(p.change_paise),
                reference=p.reference,
                card_last4=p.card_last4,
                approval_code=p.approval_code,
            )
            for p in pays
        ),
        taxable=paise_to_money(inv.taxable_paise),
        cgst=paise_to_money(inv.cgst_paise),
        sgst=paise_to_money(inv.sgst_paise),
        igst=paise_to_money(inv.igst_paise),
        invoice_value=paise_to_money(inv.invoice_value_paise),
        old_gold_value=paise_to_money(inv.old_gold_paise),
        round_off=_signed_money(inv.round_off_paise),
        net_payable=paise_to_money(inv.net_payable_paise),
        change_due=paise_to_money(inv.change_paise),
        old_gold_voucher_number=voucher or "",
        salesperson=names.get(inv.salesperson_id or "", ""),
        cashier=names.get(inv.cashier_id, ""),
        cancelled_at=inv.cancelled_at,
        cancelled_by=names.get(inv.cancelled_by or "", ""),
        cancel_reason=inv.cancel_reason,
        credit_notes=notes,
        delivery=inv.delivery,
        ship_address=inv.ship_address,
        ship_state_code=inv.ship_state_code,
        place_of_supply=inv.place_of_supply,
        set_offs=set_off_kinds.used_on(s, inv.id),
    )


def _signed_money(paise: int) -> Decimal:
    return from_paise(paise)


def _wastage_label(r: InvoiceLine) -> str:
    if not r.wastage_paise:
        return "VA"
    if r.wastage_on == WastageOn.WEIGHT.value:
        return f"Wastage {grams_from_mg(r.wastage_mg)} g"
    return f"VA {format_percent(bp_to_percent(r.wastage_bp))}%"


def _invoice_document(s: Session, inv: Invoice, shop: ShopInfo) -> InvoiceDocument:
    view = _bill_view(s, inv)
    rows = s.scalars(
        select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.line_no)
    ).all()
    lines = tuple(
        DocLine(
            description=r.description,
            hsn=r.hsn,
            purity_label=r.purity_label,
            pieces=1,
            gross_mg=r.gross_mg,
            stone_mg=r.stone_mg,
            net_mg=r.net_mg,
            huids=tuple(h for h in r.huids.split(",") if h),
            rate=paise_to_money(r.rate_paise),
            metal_value=paise_to_money(r.metal_paise),
            wastage=paise_to_money(r.wastage_paise),
            wastage_label=_wastage_label(r),
            making=paise_to_money(r.making_paise),
            stones=paise_to_money(r.stones_paise),
            hallmark_fee=paise_to_money(r.hallmark_paise),
            other_charges=paise_to_money(r.other_paise),
            discount=paise_to_money(-(r.making_discount_paise + r.wastage_discount_paise)),
            taxable_value=paise_to_money(r.taxable_paise),
            tag_code=r.tag_code,
        )
        for r in rows
    )
    supply = Supply(inv.supply)
    groups = gst_by_group(
        ((Decimal(r.gst_bp) / 100, paise_to_money(r.taxable_paise)) for r in rows), supply=supply
    )
    hsn_by_rate: dict[Decimal, list[str]] = {}
    for r in rows:
        codes = hsn_by_rate.setdefault((Decimal(r.gst_bp) / 100).normalize(), [])
        if r.hsn not in codes:
            codes.append(r.hsn)
    tax_rows = tuple(
        TaxRow(
            taxable_value=g.taxable,
            cgst_rate=g.rate_percent / 2 if supply is Supply.INTRA else ZERO,
            cgst=g.cgst,
            sgst_rate=g.rate_percent / 2 if supply is Supply.INTRA else ZERO,
            sgst=g.sgst,
            igst_rate=g.rate_percent if supply is Supply.INTER else ZERO,
            igst=g.igst,
            hsn=", ".join(hsn_by_rate.get(g.rate_percent.normalize(), [])),
        )
        for g in groups
    )
    old_gold: tuple[DocOldGold, ...] = ()
    voucher = s.scalars(select(OldGoldVoucher).where(OldGoldVoucher.invoice_id == inv.id)).first()
    if voucher is not None:
        old_gold = tuple(
            DocOldGold(
                description=v.description or "Old gold",
                gross_mg=v.gross_mg,
                less_mg=v.less_mg,
                net_mg=v.net_mg,
                touch_percent=bp_to_percent(v.touch_bp),
                fine_mg=v.fine_mg,
                rate=paise_to_money(v.buy_rate_paise),
                value=paise_to_money(v.value_paise),
            )
            for v in s.scalars(
                select(OldGoldVoucherLine)
                .where(OldGoldVoucherLine.voucher_id == voucher.id)
                .order_by(OldGoldVoucherLine.line_no)
            )
        )
    payments = tuple(
        DocPayment(
            mode=PAYMENT_LABELS.get(p.mode, p.mode),
            amount=p.tendered,
            reference=(f"card xx{p.card_last4}" if p.card_last4 else p.reference)
            + (f" appr {p.approval_code}" if p.approval_code else ""),
        )
        for p in view.payments
    )
    address = ", ".join(part for part in (shop.address, shop.city, shop.pin_code) if part)
    pos_code = inv.place_of_supply
    net = paise_to_money(inv.net_payable_paise)
    return InvoiceDocument(
        seller=Seller(
            legal_name=shop.legal_name or shop.shop_name,
            address=address,
            gstin=shop.gstin,
            state_name=shop.state_name,
            state_code=shop.state_code,
            phone=shop.phone,
            trade_name=shop.shop_name,
        ),
        buyer=Buyer(
            name=inv.buyer_name or "Walk-in customer",
            address=inv.buyer_address,
            mobile=inv.buyer_mobile,
            state_name=INDIAN_STATES.get(inv.buyer_state_code, ""),
            state_code=inv.buyer_state_code,
            gstin=inv.buyer_gstin,
            pan=inv.buyer_pan or ("Form 60" if inv.buyer_form60 else ""),
        ),
        invoice_number=inv.number,
        issued_at=inv.issued_at.astimezone(SHOP_ZONE),
        place_of_supply_name=INDIAN_STATES.get(pos_code, ""),
        place_of_supply_code=pos_code,
        lines=lines,
        tax_rows=tax_rows,
        invoice_value=paise_to_money(inv.invoice_value_paise),
        round_off=from_paise(inv.round_off_paise),
        net_payable=net,
        amount_in_words=amount_in_words(net),
        old_gold=old_gold,
        old_gold_voucher_number=voucher.number if voucher is not None else "",
        payments=payments,
        salesperson=view.salesperson,
        cashier=view.cashier,
        title="TAX INVOICE" if inv.status == BillStatus.FINAL else "TAX INVOICE - CANCELLED",
        set_offs=tuple(DocSetOff(label=label, amount=amount) for label, amount in view.set_offs),
        ship_to_address=inv.ship_address if inv.delivery == Delivery.SHIP else "",
        ship_to_state_name=INDIAN_STATES.get(inv.ship_state_code, "")
        if inv.delivery == Delivery.SHIP
        else "",
        ship_to_state_code=inv.ship_state_code if inv.delivery == Delivery.SHIP else "",
    )


# --- drafts as JSON (estimates keep their draft) ----------------------------------------------


def draft_to_json(draft: BillDraft) -> dict[str, Any]:
    """A draft as JSON-ready data (Decimals as strings); approvals are not kept."""

    def conv(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            return str(obj)
        if isinstance(obj, tuple | list):
            return [conv(v) for v in obj]
        if isinstance(obj, dict):
            return {k: conv(v) for k, v in obj.items()}
        return obj

    data = asdict(draft)
    data.pop("approvals", None)
    data["delivery"] = Delivery(draft.delivery).value
    out = conv(data)
    assert isinstance(out, dict)
    return out


def _dec(v: Any) -> Decimal:
    return Decimal(str(v))


def draft_from_json(data: Mapping[str, Any]) -> BillDraft:
    """The draft written by ``draft_to_json``."""
    dec_line = {
        "stone_value",
        "rate",
        "floor_rate",
        "wastage_percent",
        "making_value",
        "floor_making_value",
        "making_discount_percent",
        "other_charges",
    }
    lines = []
    for raw in data.get("lines", ()):
        vals = dict(raw)
        for k in dec_line:
            if k in vals:
                vals[k] = _dec(vals[k])
        if vals.get("floor_wastage_percent") is not None:
            vals["floor_wastage_percent"] = _dec(vals["floor_wastage_percent"])
        vals["huids"] = tuple(vals.get("huids", ()))
        lines.append(BillLine(**vals))
    old = []
    for raw in data.get("old_gold", ()):
        vals = dict(raw)
        for k in ("touch_percent", "rate", "deduction_percent"):
            vals[k] = _dec(vals[k])
        old.append(OldGoldEntry(**vals))
    pays = []
    for raw in data.get("payments", ()):
        vals = dict(raw)
        vals["mode"] = PaymentMode(vals["mode"])
        vals["amount"] = _dec(vals["amount"])
        pays.append(PaymentEntry(**vals))
    return BillDraft(
        lines=tuple(lines),
        old_gold=tuple(old),
        payments=tuple(pays),
        customer_id=data.get("customer_id"),
        estimate_id=data.get("estimate_id"),
        salesperson_id=data.get("salesperson_id"),
        form60=bool(data.get("form60", False)),
        delivery=Delivery(data.get("delivery", Delivery.COUNTER.value)),
        ship_address=str(data.get("ship_address", "")),
        ship_state_code=str(data.get("ship_state_code", "")),
        set_offs=tuple(
            SetOffUse(
                kind=str(raw["kind"]),
                source_id=str(raw.get("source_id", "")),
                amount=_dec(raw["amount"]),
                label=str(raw.get("label", "")),
            )
            for raw in data.get("set_offs", ())
        ),
    )
