"""Delivering an order into a bill: its piece at the actual weight, today's rate unless the
order booked a rate (the booked rate for the weight booked; the excess weight at today's rate,
as the rate difference on the excess), and what is left of the advance set off after tax
through the bill's one set-off mechanism (kind "advance")."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, StockPiece
from jewelpos.db.models_orders import CustomerOrder
from jewelpos.domain.errors import NotFound
from jewelpos.domain.money import ZERO, round2
from jewelpos.domain.orders import OrderStateError, OrderStatus, delivery_portions
from jewelpos.domain.weight import grams_from_mg
from jewelpos.services._common import paise_to_money
from jewelpos.services.billing import (
    BillDraft,
    BillingService,
    CustomerOnBill,
    day_rate,
    piece_line,
)
from jewelpos.services.order_branch import require_piece_here
from jewelpos.services.order_set_off import ADVANCE, advance_left
from jewelpos.services.pieces import huids_of
from jewelpos.services.set_offs import SetOffUse


def booked_rate(o: CustomerOrder) -> Decimal | None:
    if o.booked_rate_paise is None or not o.booked_weight_mg:
        return None
    return paise_to_money(o.booked_rate_paise)


def delivery_draft(s: Session, billing: BillingService, o: CustomerOrder) -> BillDraft:
    """The bill that delivers a ready order to its customer (not saved: the cashier takes
    payment on the billing screen). OrderStateError unless the order is ready."""
    if o.status != OrderStatus.READY.value or o.piece_id is None:
        raise OrderStateError(
            f"Order {o.number} is not ready for delivery: mark it ready (F5) first.",
            number=o.number,
            status=o.status,
        )
    require_piece_here(s, o)  # the piece is at another branch: refused in words
    p = s.get(StockPiece, o.piece_id)
    if p is None:
        raise NotFound(f"The piece of order {o.number} is missing.", order=o.number)
    cat = s.get(Category, p.category_id)
    assert cat is not None
    huids = huids_of(s, p.id)
    today = day_rate(s, billing.today(), p.metal, p.purity)
    booked = booked_rate(o)
    portions = delivery_portions(
        net_mg=p.net_mg, today_rate=today, booked_rate=booked, booked_mg=o.booked_weight_mg
    )
    line = piece_line(s, p, cat, huids, portions[0].rate)
    line = replace(line, description=f"{line.description} (order {o.number})")
    if booked is not None:
        # the whole net at the booked rate, plus the rate difference on any excess weight, so
        # metal = booked g x booked rate + excess g x today's rate
        excess = sum((pt.net_mg for pt in portions[1:]), 0)
        extra = max(round2(grams_from_mg(excess) * (today - booked)), ZERO) if excess else ZERO
        line = replace(line, floor_rate=booked, other_charges=extra)
    customer = CustomerOnBill.from_info(_customer_info(s, o.customer_id))
    draft = BillDraft(lines=(line,), customer_id=o.customer_id)
    left = advance_left(s, o.id)
    if left > 0:
        due = billing.quote(draft, customer=customer).invoice_value
        amount = min(left, due)
        numbers = ", ".join(_advance_numbers(s, o.id))
        draft = replace(
            draft, set_offs=(SetOffUse(ADVANCE, o.id, amount, f"Advance {numbers}"[:80]),)
        )
    return draft


def _advance_numbers(s: Session, order_id: str) -> list[str]:
    from jewelpos.db.models_orders import OrderAdvance

    return list(
        s.scalars(
            select(OrderAdvance.number)
            .where(OrderAdvance.order_id == order_id)
            .order_by(OrderAdvance.number)
        )
    )


def _customer_info(s: Session, customer_id: str) -> object:
    from jewelpos.db.models import Customer

    c = s.get(Customer, customer_id)
    if c is None:
        raise NotFound("No such customer.", customer_id=customer_id)
    return c
