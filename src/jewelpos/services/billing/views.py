"""Saved bills as stored (amounts never recomputed): the views, the day's list and finding a bill."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import (
    AppUser,
)
from jewelpos.db.models_billing import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    OldGoldVoucher,
    Payment,
)
from jewelpos.domain.errors import (
    NotFound,
)
from jewelpos.domain.money import ZERO, from_paise
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services._common import (
    paise_to_money,
)
from jewelpos.services.billing.drafts import Delivery


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


def get_invoice(s: Session, bill_id: str) -> Invoice:
    """The invoice row of a bill; NotFound if there is none."""
    inv = s.get(Invoice, bill_id)
    if inv is None:
        raise NotFound("No such bill.", bill_id=bill_id)
    return inv


def saved_bill(inv: Invoice) -> SavedBill:
    """The SavedBill of a stored invoice (after a cancellation)."""
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


def bill_view(s: Session, inv: Invoice) -> BillView:
    """A saved bill as stored: lines, payments, old gold, credit notes, set-offs."""
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


def find_bill(s: Session, number_or_id: str) -> BillView | None:
    """A bill by its number (any case) or id, or None."""
    key = (number_or_id or "").strip()
    if not key:
        return None
    inv = s.scalars(select(Invoice).where(Invoice.number == key.upper())).first()
    if inv is None:
        inv = s.get(Invoice, key)
    return None if inv is None else bill_view(s, inv)


def bills_for_day(s: Session, day: date) -> list[BillSummary]:
    """This day's bills (final and cancelled) in number order."""
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
