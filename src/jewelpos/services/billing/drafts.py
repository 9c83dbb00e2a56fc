"""What the counter edits: the bill draft (lines, old gold, payments, customer) and its JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.services.approvals import Approval
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.set_offs import SetOffUse

# --- what a manager may approve (Approval.what) ---------------------------------------------

APPROVE_BELOW_FLOOR = "below_floor"
"""One approval for every line of the bill priced below the floor (rate, making, wastage)."""
APPROVE_CANCEL = "cancel_bill"
APPROVE_RETURN = "sales_return"


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
    discounts: tuple[DiscountRule, ...] = ()
    """Pre-tax discounts by rule (coupons, a scheme's making bonus): billing/rule_discounts."""


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
        discounts=tuple(
            DiscountRule(
                kind=str(raw["kind"]),
                source_id=str(raw.get("source_id", "")),
                label=str(raw.get("label", "")),
                percent=_dec(raw.get("percent", "0")),
                amount=_dec(raw.get("amount", "0")),
                on_va=bool(raw.get("on_va", False)),
                categories=tuple(str(c) for c in raw.get("categories", ())),
                min_bill=_dec(raw.get("min_bill", "0")),
            )
            for raw in data.get("discounts", ())
        ),
    )
