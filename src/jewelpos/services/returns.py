"""Sales returns: a credit note whose GST comes from the original bill's tax (cumulative
allocation, domain.returns_tax), pieces back in stock, and where the value went: refunded
(cash within the section 269ST limit, card reversal, UPI, bank; possibly split) or kept as
the customer's credit (services.set_offs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.db.models_money import CreditNoteRefund
from jewelpos.db.numbering import allocate_number
from jewelpos.domain.clock import SHOP_ZONE, shop_today
from jewelpos.domain.errors import CashLimitExceeded, DayClosed, PermissionDenied, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.returns_tax import reverse_gst
from jewelpos.domain.rules import check_cash
from jewelpos.domain.tax import Supply, gst_by_group
from jewelpos.printing.documents import CreditNoteDocument
from jewelpos.services import set_offs
from jewelpos.services._common import audit, clean_text, money_to_paise, paise_to_money
from jewelpos.services.approvals import use_approval
from jewelpos.services.auth import UserInfo

if TYPE_CHECKING:
    from jewelpos.services.billing import Approval, BillingService, CreditNoteInfo

REFUND_MODES = ("cash", "card", "upi", "bank")
"""How a return's value may be paid back."""


@dataclass(frozen=True)
class RefundEntry:
    """Money paid back for a return in one mode."""

    mode: str
    amount: Decimal
    reference: str = ""


def _rate_taxable(rows: list[tuple[int, int]]) -> dict[Decimal, Decimal]:
    out: dict[Decimal, Decimal] = {}
    for gst_bp, paise in rows:
        rate = (Decimal(gst_bp) / 100).normalize()
        out[rate] = out.get(rate, ZERO) + paise_to_money(paise)
    return out


def cash_refunded(s: Session, customer_id: str, day: date) -> Decimal:
    """Cash paid back to a customer on a shop day across credit notes."""
    total = s.scalar(
        select(func.coalesce(func.sum(CreditNoteRefund.amount_paise), 0))
        .join(CreditNote, CreditNote.id == CreditNoteRefund.credit_note_id)
        .where(
            CreditNote.customer_id == customer_id,
            CreditNote.shop_day == day,
            CreditNoteRefund.mode == "cash",
        )
    )
    return paise_to_money(int(total or 0))


def _clean_refunds(refunds: tuple[RefundEntry, ...]) -> list[RefundEntry]:
    out = []
    for i, r in enumerate(refunds, 1):
        if r.mode not in REFUND_MODES:
            raise ValidationError("refund", f"refund {i}: unknown way of paying back {r.mode!r}")
        money_to_paise(r.amount, field=f"refund {i} amount", allow_zero=False)
        ref = clean_text(r.reference, field=f"refund {i} reference", max_len=60)
        out.append(RefundEntry(mode=r.mode, amount=r.amount, reference=ref))
    return out


def sales_return(
    svc: BillingService,
    bill_id: str,
    *,
    line_ids: tuple[str, ...],
    reason: str,
    by: UserInfo,
    approval: Approval | None,
    refunds: tuple[RefundEntry, ...],
    keep_rest_as_credit: bool,
) -> CreditNoteInfo:
    """A credit note for returned lines of a final bill. An owner or manager takes goods back on
    their own; anyone else needs a manager's APPROVE_RETURN approval. The refunds plus the part
    kept as credit must add up to the credit note's value; cash refunds obey the cash limit."""
    from jewelpos.services.billing import (
        APPROVE_RETURN,
        BillStatus,
        CreditNoteInfo,
        back_to_stock,
        day_closed,
        get_invoice,
    )

    if not by.can_manage and (approval is None or approval.what != APPROVE_RETURN):
        raise PermissionDenied("Only an owner or manager can take back goods.")
    why = clean_text(reason, field="reason", max_len=500, required=True)
    wanted = tuple(dict.fromkeys(line_ids))
    if not wanted:
        raise ValidationError("lines", "choose the lines that come back")
    paid_back = _clean_refunds(refunds)
    shop = svc.shop()
    with svc._uow.begin() as s:
        now = svc._clock.now()
        day = shop_today(svc._clock)
        if day_closed(s, shop.device_id, day):
            raise DayClosed(f"The day {day.isoformat()} is closed.", day=day.isoformat())
        if approval is not None and not by.can_manage:
            use_approval(s, approval, used_for=bill_id, now=now)
        inv = get_invoice(s, bill_id)
        if inv.status != BillStatus.FINAL:
            raise ValidationError("bill", f"bill {inv.number} is cancelled")
        all_lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
        rows = {r.id: r for r in all_lines if r.id in wanted}
        missing = [i for i in wanted if i not in rows]
        if missing:
            raise ValidationError("lines", f"{len(missing)} line(s) are not on bill {inv.number}")
        done = s.scalars(
            select(CreditNoteLine.invoice_line_id).where(
                CreditNoteLine.invoice_line_id.in_([r.id for r in all_lines])
            )
        ).all()
        if set(done) & set(wanted):
            raise ValidationError("lines", "a line was returned already")
        lines = [rows[i] for i in wanted]
        supply = Supply(inv.supply)
        bill_groups = gst_by_group(
            ((Decimal(r.gst_bp) / 100, paise_to_money(r.taxable_paise)) for r in all_lines),
            supply=supply,
        )
        before = _rate_taxable([(r.gst_bp, r.taxable_paise) for r in all_lines if r.id in done])
        now_back = _rate_taxable([(r.gst_bp, r.taxable_paise) for r in lines])
        gst = reverse_gst(bill_groups, returned_before=before, returning=now_back)
        taxable = sum((g.taxable for g in gst), ZERO)
        cgst = sum((g.cgst for g in gst), ZERO)
        sgst = sum((g.sgst for g in gst), ZERO)
        igst = sum((g.igst for g in gst), ZERO)
        total = taxable + cgst + sgst + igst

        refunded = sum((r.amount for r in paid_back), ZERO)
        if refunded > total:
            raise ValidationError(
                "refund",
                f"the refunds ({format_inr(refunded)}) are more than the credit note's value "
                f"({format_inr(total)})",
            )
        kept = total - refunded
        if kept and not keep_rest_as_credit:
            raise ValidationError(
                "refund",
                f"{format_inr(kept)} of the credit note's value is neither refunded nor kept "
                "as the customer's credit",
            )
        if kept and inv.customer_id is None:
            raise ValidationError(
                "refund", "keeping the value as credit needs a customer on the bill"
            )
        cash_back = sum((r.amount for r in paid_back if r.mode == "cash"), ZERO)
        if cash_back:
            already = cash_refunded(s, inv.customer_id, day) if inv.customer_id else ZERO
            check = check_cash(already_paid_today=already, new_cash=cash_back, limit=svc.cash_limit)
            if not check.allowed:
                raise CashLimitExceeded(
                    f"A cash refund must stay below {format_inr(check.limit)} a day to one "
                    f"person (section 269ST): {format_inr(cash_back)} is too much. At most "
                    f"{format_inr(check.remaining)} may be paid back in cash; pay the rest by "
                    "card reversal, UPI or bank transfer, or keep it as credit.",
                    total=str(check.total),
                    limit=str(check.limit),
                    remaining=str(check.remaining),
                    already=str(check.already_paid),
                )

        fy = financial_year(day)
        number = allocate_number(s, DocType.CREDIT_NOTE, day=day, **shop.series_codes).number
        note = CreditNote(
            id=new_id(),
            number=number,
            fy=fy,
            shop_day=day,
            issued_at=now,
            invoice_id=inv.id,
            customer_id=inv.customer_id,
            reason=why,
            taxable_paise=to_paise(taxable),
            cgst_paise=to_paise(cgst),
            sgst_paise=to_paise(sgst),
            igst_paise=to_paise(igst),
            total_paise=to_paise(total),
            created_by=by.id,
        )
        s.add(note)
        s.flush()
        back: list[str] = []
        for r in lines:
            s.add(
                CreditNoteLine(
                    credit_note_id=note.id,
                    invoice_line_id=r.id,
                    piece_id=r.piece_id,
                    description=r.description,
                    taxable_paise=r.taxable_paise,
                    gst_bp=r.gst_bp,
                )
            )
            if r.piece_id is not None:
                back_to_stock(
                    s, r.piece_id, kind="returned", note=number, ref=note.id, by=by, now=now
                )
                back.append(r.tag_code)
        for i, refund in enumerate(paid_back, 1):
            s.add(
                CreditNoteRefund(
                    credit_note_id=note.id,
                    line_no=i,
                    mode=refund.mode,
                    amount_paise=to_paise(refund.amount),
                    reference=refund.reference,
                )
            )
        if kept:
            assert inv.customer_id is not None
            set_offs.keep_as_credit(
                s, customer_id=inv.customer_id, credit_note_id=note.id, amount=kept, now=now
            )
        set_offs.returned(s, note, now=now)
        audit(
            s,
            user_id=by.id,
            action="bill.return",
            entity="credit_note",
            entity_id=note.id,
            at=now,
            details={
                "number": number,
                "bill": inv.number,
                "reason": why,
                "refunds": {r.mode: str(r.amount) for r in paid_back},
                "kept_as_credit": str(kept),
            },
        )
        s.flush()
        return CreditNoteInfo(
            id=note.id,
            number=number,
            bill_id=inv.id,
            bill_number=inv.number,
            issued_at=now,
            taxable=taxable,
            cgst=cgst,
            sgst=sgst,
            igst=igst,
            total=total,
            pieces_back=tuple(back),
            refunds=tuple((r.mode, r.amount) for r in paid_back),
            kept_as_credit=kept,
        )


def credit_note_document(
    s: Session,
    note_id: str,
    shop_name: str,
    *,
    shop_address: str = "",
    shop_gstin: str = "",
    zone: ZoneInfo = SHOP_ZONE,
) -> CreditNoteDocument:
    """The printable credit note (slip and A4) as stored."""
    from jewelpos.services.billing import PAYMENT_LABELS

    note = s.get(CreditNote, note_id)
    if note is None:
        from jewelpos.domain.errors import NotFound

        raise NotFound("No such credit note.", credit_note_id=note_id)
    inv = s.get(Invoice, note.invoice_id)
    assert inv is not None
    refunds = s.scalars(
        select(CreditNoteRefund)
        .where(CreditNoteRefund.credit_note_id == note.id)
        .order_by(CreditNoteRefund.line_no)
    ).all()
    refunded = sum(r.amount_paise for r in refunds)
    lines = s.scalars(select(CreditNoteLine).where(CreditNoteLine.credit_note_id == note.id)).all()
    return CreditNoteDocument(
        shop_name=shop_name,
        number=note.number,
        issued_at=note.issued_at.astimezone(zone),
        bill_number=inv.number,
        customer_name=inv.buyer_name,
        reason=note.reason,
        lines=tuple((r.description, paise_to_money(r.taxable_paise)) for r in lines),
        taxable=paise_to_money(note.taxable_paise),
        cgst=paise_to_money(note.cgst_paise),
        sgst=paise_to_money(note.sgst_paise),
        igst=paise_to_money(note.igst_paise),
        total=paise_to_money(note.total_paise),
        refunds=tuple(
            (PAYMENT_LABELS.get(r.mode, r.mode), paise_to_money(r.amount_paise)) for r in refunds
        ),
        kept_as_credit=paise_to_money(note.total_paise - refunded),
        shop_address=shop_address,
        shop_gstin=shop_gstin,
        customer_gstin=inv.buyer_gstin,
    )


def return_value(s: Session, bill_id: str, line_ids: tuple[str, ...]) -> Decimal:
    """Taxable + GST a return of these lines would reverse (nothing written); 0 for none."""
    wanted = set(line_ids)
    if not wanted:
        return ZERO
    inv = s.get(Invoice, bill_id)
    if inv is None:
        from jewelpos.domain.errors import NotFound

        raise NotFound("No such bill.", bill_id=bill_id)
    all_lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
    done = set(
        s.scalars(
            select(CreditNoteLine.invoice_line_id).where(
                CreditNoteLine.invoice_line_id.in_([r.id for r in all_lines])
            )
        ).all()
    )
    groups = gst_by_group(
        ((Decimal(r.gst_bp) / 100, paise_to_money(r.taxable_paise)) for r in all_lines),
        supply=Supply(inv.supply),
    )
    before = _rate_taxable([(r.gst_bp, r.taxable_paise) for r in all_lines if r.id in done])
    now_back = _rate_taxable(
        [(r.gst_bp, r.taxable_paise) for r in all_lines if r.id in wanted and r.id not in done]
    )
    return sum(
        (g.total for g in reverse_gst(groups, returned_before=before, returning=now_back)), ZERO
    )
