"""Corrections of a saved bill: cancelling a bill of today (returns are services/returns.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import PieceEvent as PieceEventRow
from jewelpos.db.models import (
    StockPiece,
)
from jewelpos.db.models_billing import (
    CreditNote,
    InvoiceLine,
    OldGoldVoucher,
)
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import (
    ApprovalRequired,
    DayClosed,
    ValidationError,
)
from jewelpos.services import set_offs as set_off_kinds
from jewelpos.services._common import (
    audit,
    clean_text,
)
from jewelpos.services.approvals import Approval, use_approval
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing.drafts import APPROVE_CANCEL, BillStatus
from jewelpos.services.billing.save import day_closed
from jewelpos.services.billing.views import SavedBill, get_invoice, saved_bill
from jewelpos.services.setup import ShopInfo
from jewelpos.services.stock import PieceStatus


def back_to_stock(
    s: Session, piece_id: str, *, kind: str, note: str, ref: str, by: UserInfo, now: datetime
) -> None:
    """A sold piece back in stock with its event (cancellation, return)."""
    p = s.get(StockPiece, piece_id)
    if p is None or p.status != PieceStatus.SOLD:
        return
    p.status = PieceStatus.IN_STOCK.value
    s.add(PieceEventRow(piece_id=p.id, kind=kind, at=now, by_user_id=by.id, note=note, ref=ref))


def cancel_bill(
    uow: UnitOfWork,
    clock: Clock,
    shop: ShopInfo,
    bill_id: str,
    *,
    reason: str,
    approval: Approval | None,
    by: UserInfo,
) -> SavedBill:
    """Cancel a bill of today (manager's approval APPROVE_CANCEL, a reason): the bill keeps
    its number and amounts, its pieces go back to stock, its old-gold voucher is cancelled.
    ValidationError for an older bill (make a sales return instead) or one already
    cancelled or returned; ApprovalRequired without a valid approval; DayClosed."""
    why = clean_text(reason, field="reason", max_len=500, required=True)
    if approval is None or approval.what != APPROVE_CANCEL:
        raise ApprovalRequired("Cancelling a bill needs a manager's approval.", what=APPROVE_CANCEL)
    with uow.begin() as s:
        now = clock.now()
        day = shop_today(clock)
        inv = get_invoice(s, bill_id)
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
        returned = s.scalar(select(CreditNote.id).where(CreditNote.invoice_id == inv.id).limit(1))
        if returned is not None:
            raise ValidationError("bill", f"bill {inv.number} has a return: it cannot be cancelled")
        manager_id = use_approval(s, approval, used_for=inv.id, now=now)
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
            back_to_stock(
                s, piece_id, kind="bill_cancelled", note=inv.number, ref=inv.id, by=by, now=now
            )
        for voucher in s.scalars(select(OldGoldVoucher).where(OldGoldVoucher.invoice_id == inv.id)):
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
        return saved_bill(inv)
