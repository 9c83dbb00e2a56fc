"""Gift vouchers: sold for money (a receipt in its own G series, not a GST supply) or issued
free in a campaign, of a fixed denomination or an open value; a unique code with a barcode;
redeemed as the "voucher" set-off (a partial use keeps the balance); expiry; cancelled by a
manager while unused. The balance is the sum of the voucher's entries."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_money import InvoiceSetOff
from jewelpos.db.models_vouchers import GiftVoucher, GiftVoucherEntry
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today, shop_zone
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.money import ZERO, to_paise
from jewelpos.domain.numbering import DocType
from jewelpos.printing.documents import GiftVoucherDocument
from jewelpos.services._common import audit, clean_text, paise_to_money
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.set_offs import SetOffUse, register
from jewelpos.services.setup import ShopInfo

VOUCHER = "voucher"  # one of domain.pricing.SET_OFF_KINDS
DENOMINATIONS = (Decimal(500), Decimal(1000), Decimal(2000), Decimal(5000), Decimal(10000))
"""Fixed-value vouchers come in these rupee amounts; open vouchers take any amount."""
PAY_MODES = ("cash", "card", "upi", "cheque", "bank")
VALID_DAYS = 365
MAX_VALUE = Decimal(200000)
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud without mistakes


def new_code() -> str:
    """A voucher code: GV and 10 characters that are hard to misread (Code 128 prints it)."""
    return "GV" + "".join(secrets.choice(_ALPHABET) for _ in range(10))


@dataclass(frozen=True)
class VoucherInput:
    """A voucher to issue: ``how`` sold (with the payment) or free (with a campaign)."""

    amount: Decimal
    value_kind: str = "fixed"
    how: str = "sold"
    paid_mode: str = "cash"
    paid_reference: str = ""
    campaign: str = ""
    customer_id: str | None = None
    valid_days: int = VALID_DAYS


@dataclass(frozen=True)
class VoucherInfo:
    id: str
    number: str
    code: str
    how: str
    value: Decimal
    balance: Decimal
    expires_on: date
    status: str
    customer_name: str

    @property
    def label(self) -> str:
        return f"Gift voucher {self.code}"


def voucher_balance(s: Session, voucher_id: str) -> Decimal:
    total = s.scalar(
        select(func.coalesce(func.sum(GiftVoucherEntry.amount_paise), 0)).where(
            GiftVoucherEntry.voucher_id == voucher_id
        )
    )
    return paise_to_money(int(total or 0))


def _info(s: Session, v: GiftVoucher) -> VoucherInfo:
    name = ""
    if v.customer_id:
        c = s.get(Customer, v.customer_id)
        name = c.name if c else ""
    return VoucherInfo(
        id=v.id,
        number=v.number,
        code=v.code,
        how=v.how,
        value=paise_to_money(v.value_paise),
        balance=voucher_balance(s, v.id),
        expires_on=v.expires_on,
        status=v.status,
        customer_name=name,
    )


def _entry(s: Session, v_id: str, kind: str, paise: int, now: datetime, inv: str | None) -> None:
    s.add(GiftVoucherEntry(voucher_id=v_id, at=now, kind=kind, amount_paise=paise, invoice_id=inv))


def _clean_amount(inp: VoucherInput) -> Decimal:
    amount = Decimal(inp.amount)
    if inp.value_kind == "fixed":
        if amount not in DENOMINATIONS:
            listed = ", ".join(format_inr(d) for d in DENOMINATIONS)
            raise ValidationError("amount", f"a fixed voucher is one of {listed}")
    elif inp.value_kind == "open":
        if amount <= 0 or amount > MAX_VALUE or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(
                "amount", f"type an amount in rupees from 1 to {format_inr(MAX_VALUE)}"
            )
    else:
        raise ValidationError("value_kind", "choose a fixed or an open value")
    return amount


class VoucherTender:
    """Set-off kind: a gift voucher's balance (source: the voucher's id); anyone may use it."""

    kind = VOUCHER
    needs_customer = False

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        v = s.get(GiftVoucher, source_id)
        if v is None or v.status != "final":
            return ZERO
        return voucher_balance(s, v.id)

    def apply(self, s: Session, invoice: Invoice, use: SetOffUse, *, now: datetime) -> None:
        v = s.get(GiftVoucher, use.source_id)
        assert v is not None
        if invoice.shop_day > v.expires_on:  # the bill's shop day, in the shop's zone
            raise ValidationError(
                "voucher",
                f"gift voucher {v.code} expired on {v.expires_on:%d-%m-%Y}",
                code="voucher_expired",
            )
        _entry(s, v.id, "redeemed", -to_paise(use.amount), now, invoice.id)

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        _entry(s, row.source_id, "given_back", row.amount_paise, now, invoice.id)


register(VoucherTender())


class VoucherService:
    """Issue, find by code (scanned), and cancel gift vouchers."""

    def __init__(self, uow: UnitOfWork, clock: Clock, shop: Callable[[], ShopInfo]) -> None:
        self._uow = uow
        self._clock = clock
        self._shop = shop

    def issue(self, inp: VoucherInput, *, by: UserInfo) -> VoucherInfo:
        """A new voucher with its number (G series) and code. Sold: paid in one of PAY_MODES;
        free: a manager issues it for a named campaign. ValidationError naming the field."""
        amount = _clean_amount(inp)
        if inp.how == "sold":
            if inp.paid_mode not in PAY_MODES:
                raise ValidationError("paid_mode", f"choose one of {', '.join(PAY_MODES)}")
        elif inp.how != "free":
            raise ValidationError("how", "a voucher is sold or given free")
        campaign = clean_text(
            inp.campaign, field="campaign", max_len=80, required=inp.how == "free"
        )
        if not 1 <= inp.valid_days <= 3650:
            raise ValidationError("valid_days", "a voucher is valid from 1 to 3,650 days")
        with self._uow.begin() as s:
            if inp.how == "free":
                require_manager_role(s, by, action="give a free gift voucher")
            if inp.customer_id is not None and s.get(Customer, inp.customer_id) is None:
                raise NotFound("No such customer.", customer_id=inp.customer_id)
            now = self._clock.now()
            day = shop_today(self._clock)
            number = allocate_number(
                s, DocType.GIFT_VOUCHER, day=day, **self._shop().series_codes
            ).number
            code = new_code()
            while s.scalar(select(GiftVoucher.id).where(GiftVoucher.code == code)):
                code = new_code()
            v = GiftVoucher(
                number=number,
                code=code,
                how=inp.how,
                value_kind=inp.value_kind,
                value_paise=to_paise(amount),
                paid_mode=inp.paid_mode if inp.how == "sold" else "",
                paid_reference=clean_text(inp.paid_reference, field="paid_reference", max_len=60),
                campaign=campaign,
                customer_id=inp.customer_id,
                shop_day=day,
                issued_at=now,
                expires_on=day + timedelta(days=inp.valid_days),
                issued_by=by.id,
                status="final",
                cancel_reason="",
            )
            s.add(v)
            s.flush()
            _entry(s, v.id, "issued", to_paise(amount), now, None)
            audit(
                s,
                user_id=by.id,
                action="voucher.issue",
                entity="gift_voucher",
                entity_id=v.id,
                at=now,
                details={"number": number, "amount": str(amount), "how": inp.how},
            )
            s.flush()
            return _info(s, v)

    def find(self, code: str) -> VoucherInfo:
        """The voucher with this code (as scanned or typed); NotFound otherwise."""
        wanted = "".join((code or "").split()).upper()
        with self._uow.read() as s:
            v = s.scalars(select(GiftVoucher).where(GiftVoucher.code == wanted)).first()
            if v is None:
                raise NotFound(f"No gift voucher has the code {wanted}.", code=wanted)
            return _info(s, v)

    def use(self, code: str, *, due: Decimal) -> SetOffUse:
        """The set-off of a scanned voucher for a bill: its balance, at most the amount due.
        ValidationError when it is cancelled, expired or used up."""
        info = self.find(code)
        if info.status != "final":
            raise ValidationError("voucher", f"gift voucher {info.code} is cancelled")
        if shop_today(self._clock) > info.expires_on:
            raise ValidationError(
                "voucher", f"gift voucher {info.code} expired on {info.expires_on:%d-%m-%Y}"
            )
        if info.balance <= 0:
            raise ValidationError("voucher", f"gift voucher {info.code} is used up")
        return SetOffUse(VOUCHER, info.id, min(info.balance, due), info.label)

    def cancel(self, voucher_id: str, *, reason: str, by: UserInfo) -> VoucherInfo:
        """A manager cancels an unused voucher (its number stays; its value leaves)."""
        why = clean_text(reason, field="reason", max_len=500, required=True)
        with self._uow.begin() as s:
            require_manager_role(s, by, action="cancel a gift voucher")
            v = s.get(GiftVoucher, voucher_id)
            if v is None:
                raise NotFound("No such gift voucher.", voucher_id=voucher_id)
            if v.status != "final":
                raise ValidationError("voucher", f"gift voucher {v.number} is already cancelled")
            left = voucher_balance(s, v.id)
            if left != paise_to_money(v.value_paise):
                raise ValidationError(
                    "voucher", f"gift voucher {v.number} has been used: it cannot be cancelled"
                )
            now = self._clock.now()
            v.status = "cancelled"
            v.cancelled_at = now
            v.cancelled_by = by.id
            v.cancel_reason = why
            _entry(s, v.id, "cancelled", -to_paise(left), now, None)
            audit(
                s,
                user_id=by.id,
                action="voucher.cancel",
                entity="gift_voucher",
                entity_id=v.id,
                at=now,
                details={"number": v.number, "reason": why},
            )
            s.flush()
            return _info(s, v)

    def document(self, voucher_id: str) -> GiftVoucherDocument:
        """The voucher as printed (shop time)."""
        with self._uow.read() as s:
            v = s.get(GiftVoucher, voucher_id)
            if v is None:
                raise NotFound("No such gift voucher.", voucher_id=voucher_id)
            return GiftVoucherDocument(
                shop_name=self._shop().shop_name,
                number=v.number,
                code=v.code,
                value=paise_to_money(v.value_paise),
                issued_at=v.issued_at.astimezone(shop_zone(self._clock)),
                expires_on=v.expires_on,
                paid_by=v.paid_mode,
                campaign=v.campaign,
            )

    def slip_bytes(self, voucher_id: str, *, width_mm: int = 80) -> bytes:
        """The ESC/POS bytes of the voucher with its code as a barcode."""
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM, render_gift_voucher_slip

        paper = PAPER_58MM if width_mm == 58 else PAPER_80MM
        return render_gift_voucher_slip(self.document(voucher_id), paper=paper)
