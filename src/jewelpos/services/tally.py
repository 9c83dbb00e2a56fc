"""Tally export of a date range: each bill as a Sales voucher, its tenders as Receipts, its
old-gold voucher as a Purchase, its set-offs as a Journal; each return as a Credit Note and
its refunds as Payments. All post through the one party ledger mapped as ``customer`` (the
buyer is named in the narration), so every bill's party balance comes back to zero."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
    OldGoldVoucher,
    Payment,
)
from jewelpos.db.models_money import CreditNoteRefund, InvoiceSetOff
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import from_paise
from jewelpos.domain.tally import (
    CREDIT_NOTE,
    JOURNAL,
    PAYMENT,
    PURCHASE,
    RECEIPT,
    SALES,
    TallyVoucher,
    entries,
    tally_xml,
)
from jewelpos.domain.weight import grams_text
from jewelpos.services.gst_settings import load_gst_settings
from jewelpos.services.gstr1 import shop_of
from jewelpos.services.set_offs import CUSTOMER_CREDIT

_GOODS_BP = 300


def _money_ledger(ledgers: Mapping[str, str], mode: str) -> str:
    return ledgers["cash"] if mode == "cash" else ledgers["bank"]


def _sales_ledger(ledgers: Mapping[str, str], gst_bp: int) -> str:
    return ledgers["sales"] if gst_bp == _GOODS_BP else ledgers["sales_labour"]


def _who(name: str) -> str:
    return name.strip() or "walk-in customer"


def vouchers_between(s: Session, start: date, end: date) -> list[TallyVoucher]:
    """The range's vouchers in date and number order (cancelled bills are left out)."""
    L = load_gst_settings(s).tally_ledgers
    party = L["customer"]
    out: list[TallyVoucher] = []
    invs = s.scalars(
        select(Invoice)
        .where(Invoice.shop_day >= start, Invoice.shop_day <= end, Invoice.status == "final")
        .order_by(Invoice.shop_day, Invoice.number)
    ).all()
    for inv in invs:
        lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
        pairs = [(_sales_ledger(L, ln.gst_bp), -from_paise(ln.taxable_paise)) for ln in lines]
        ro = from_paise(inv.round_off_paise)
        out.append(
            TallyVoucher(
                SALES,
                inv.number,
                inv.shop_day,
                party,
                f"Bill {inv.number} to {_who(inv.buyer_name)}",
                entries(
                    (party, from_paise(inv.invoice_value_paise) + ro),
                    *pairs,
                    (L["cgst"], -from_paise(inv.cgst_paise)),
                    (L["sgst"], -from_paise(inv.sgst_paise)),
                    (L["igst"], -from_paise(inv.igst_paise)),
                    (L["round_off"], -ro),
                ),
                remote_id=inv.id,
            )
        )
        pays = s.scalars(
            select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.line_no)
        ).all()
        for p in pays:
            amount = from_paise(p.amount_paise)
            if amount == 0:
                continue
            out.append(
                TallyVoucher(
                    RECEIPT,
                    f"{inv.number}-{p.line_no}",
                    inv.shop_day,
                    party,
                    f"{p.mode} for bill {inv.number} {p.reference}".strip(),
                    entries((_money_ledger(L, p.mode), amount), (party, -amount)),
                    remote_id=p.id,
                )
            )
        # a customer's credit already sits in the party ledger (from its credit note); other
        # set-offs (advances, schemes, vouchers) come out of the liability ledger
        set_offs = s.scalars(
            select(InvoiceSetOff).where(
                InvoiceSetOff.invoice_id == inv.id, InvoiceSetOff.kind != CUSTOMER_CREDIT
            )
        ).all()
        total = sum((from_paise(x.amount_paise) for x in set_offs), Decimal("0.00"))
        if total:
            out.append(
                TallyVoucher(
                    JOURNAL,
                    f"{inv.number}-SO",
                    inv.shop_day,
                    party,
                    "Set off on bill "
                    + inv.number
                    + ": "
                    + ", ".join(x.label or x.kind for x in set_offs),
                    entries((L["set_off"], total), (party, -total)),
                    remote_id=f"{inv.id}-setoff",
                )
            )
    for og in s.scalars(
        select(OldGoldVoucher)
        .where(
            OldGoldVoucher.shop_day >= start,
            OldGoldVoucher.shop_day <= end,
            OldGoldVoucher.status == "final",
        )
        .order_by(OldGoldVoucher.shop_day, OldGoldVoucher.number)
    ):
        value = from_paise(og.total_paise)
        out.append(
            TallyVoucher(
                PURCHASE,
                og.number,
                og.shop_day,
                party,
                f"Old gold {grams_text(og.fine_mg)} g fine from {_who(og.seller_name)}",
                # set against a bill through the party; bought outright, paid from the cash
                entries((L["old_gold"], value), (party if og.invoice_id else L["cash"], -value)),
                remote_id=og.id,
            )
        )
    for cn in s.scalars(
        select(CreditNote)
        .where(CreditNote.shop_day >= start, CreditNote.shop_day <= end)
        .order_by(CreditNote.shop_day, CreditNote.number)
    ):
        cn_lines = s.scalars(
            select(CreditNoteLine).where(CreditNoteLine.credit_note_id == cn.id)
        ).all()
        out.append(
            TallyVoucher(
                CREDIT_NOTE,
                cn.number,
                cn.shop_day,
                party,
                f"Return: {cn.reason}",
                entries(
                    *((L["sales_return"], from_paise(ln.taxable_paise)) for ln in cn_lines),
                    (L["cgst"], from_paise(cn.cgst_paise)),
                    (L["sgst"], from_paise(cn.sgst_paise)),
                    (L["igst"], from_paise(cn.igst_paise)),
                    (party, -from_paise(cn.total_paise)),
                ),
                remote_id=cn.id,
            )
        )
        for r in s.scalars(
            select(CreditNoteRefund)
            .where(CreditNoteRefund.credit_note_id == cn.id)
            .order_by(CreditNoteRefund.line_no)
        ):
            amount = from_paise(r.amount_paise)
            out.append(
                TallyVoucher(
                    PAYMENT,
                    f"{cn.number}-{r.line_no}",
                    cn.shop_day,
                    party,
                    f"{r.mode} refund of {cn.number}",
                    entries((party, amount), (_money_ledger(L, r.mode), -amount)),
                    remote_id=r.id,
                )
            )
    out.sort(key=lambda v: v.day)
    return out


class TallyExportService:
    """Writes the Tally import file of a date range (read only)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def vouchers(self, start: date, end: date) -> list[TallyVoucher]:
        if end < start:
            raise ValidationError("to", "the last day comes before the first day")
        with self._uow.read() as s:
            return vouchers_between(s, start, end)

    def export(self, start: date, end: date, path: Path) -> int:
        """Write the XML to ``path``; returns how many vouchers it holds."""
        vouchers = self.vouchers(start, end)
        with self._uow.read() as s:
            company = shop_of(s).legal_name
        path.write_bytes(tally_xml(vouchers, company=company))
        return len(vouchers)
