"""The "advance" set-off kind: an order's advance receipts set off after tax on the bill that
delivers it (C1 point 6), or on a later bill when a cancelled order's advance was kept as the
customer's credit. What is left of an order's advance is its receipts less what final bills
have set off against it, so a cancelled bill gives its set-off back by itself."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_money import InvoiceSetOff
from jewelpos.db.models_orders import CustomerOrder, OrderAdvance
from jewelpos.domain.money import ZERO
from jewelpos.domain.orders import AdvanceDisposition, OrderStatus
from jewelpos.services._common import paise_to_money
from jewelpos.services.customer_groups import group_of
from jewelpos.services.set_offs import CreditAvailable, SetOffUse, register

ADVANCE = "advance"  # one of domain.pricing.SET_OFF_KINDS


def advance_left(s: Session, order_id: str) -> Decimal:
    """The order's advance receipts less what final bills have set off against them."""
    paid = s.scalar(
        select(func.coalesce(func.sum(OrderAdvance.amount_paise), 0)).where(
            OrderAdvance.order_id == order_id
        )
    )
    used = s.scalar(
        select(func.coalesce(func.sum(InvoiceSetOff.amount_paise), 0))
        .join(Invoice, Invoice.id == InvoiceSetOff.invoice_id)
        .where(
            InvoiceSetOff.kind == ADVANCE,
            InvoiceSetOff.source_id == order_id,
            Invoice.status == "final",
        )
    )
    return paise_to_money(int(paid or 0) - int(used or 0))


class OrderAdvanceSetOff:
    """Set-off kind: an order's advance (source: the order's id), for that order's customer."""

    kind = ADVANCE
    needs_customer = True

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        o = s.get(CustomerOrder, source_id)
        if o is None or customer_id is None or customer_id not in group_of(s, o.customer_id):
            return ZERO  # another customer's order (a merged duplicate counts as the same)
        if (
            o.status == OrderStatus.CANCELLED.value
            and o.advance_disposition == AdvanceDisposition.REFUNDED.value
        ):
            return ZERO  # the customer has it back
        return max(advance_left(s, o.id), ZERO)

    def apply(self, s: Session, invoice: Invoice, use: SetOffUse, *, now: datetime) -> None:
        """The invoice's set-off row is the use (advance_left counts it); nothing else."""

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        """A cancelled bill no longer counts against the advance; the order is ready again."""
        from jewelpos.services.order_common import add_step

        o = s.get(CustomerOrder, row.source_id)
        if o is None or o.invoice_id != invoice.id:
            return
        o.status = OrderStatus.READY.value
        o.invoice_id = None
        note = f"bill {invoice.number} cancelled"
        add_step(s, status=OrderStatus.READY.value, by=None, at=now, order_id=o.id, note=note)


def cash_advances(s: Session, customer_id: str, day: date) -> int:
    """Cash (paise) a customer paid as order advances on a shop day (section 269ST counts it
    with the day's bills)."""
    total = s.scalar(
        select(func.coalesce(func.sum(OrderAdvance.amount_paise), 0)).where(
            OrderAdvance.customer_id == customer_id,
            OrderAdvance.shop_day == day,
            OrderAdvance.mode == "cash",  # PaymentMode.CASH (billing imports this module)
        )
    )
    return int(total or 0)


def advance_credits(s: Session, customer_id: str) -> tuple[CreditAvailable, ...]:
    """The customer's cancelled orders whose advance was kept as credit and is not used up."""
    rows = s.execute(
        select(CustomerOrder.id, CustomerOrder.number)
        .where(
            CustomerOrder.customer_id == customer_id,
            CustomerOrder.status == OrderStatus.CANCELLED.value,
            CustomerOrder.advance_disposition == AdvanceDisposition.CREDIT.value,
        )
        .order_by(CustomerOrder.number)
    ).all()
    out = []
    for order_id, number in rows:
        left = advance_left(s, order_id)
        if left > 0:
            out.append(CreditAvailable(order_id, number, left, kind=ADVANCE))
    return tuple(out)


register(OrderAdvanceSetOff())
