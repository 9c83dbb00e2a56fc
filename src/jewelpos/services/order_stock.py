"""Pieces made for a customer's order are reserved for that order: billing asks here before it
puts a scanned piece on a bill or sells it, and a sale of the piece to its customer delivers
the order."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_orders import CustomerOrder
from jewelpos.domain.orders import OPEN_STATUSES, OrderStatus, PieceReserved
from jewelpos.services.auth import UserInfo
from jewelpos.services.order_common import add_step


def reserving_order(s: Session, piece_id: str) -> CustomerOrder | None:
    """The open order a piece was made for, if any."""
    return s.scalars(
        select(CustomerOrder).where(
            CustomerOrder.piece_id == piece_id,
            CustomerOrder.status.in_([st.value for st in OPEN_STATUSES]),
        )
    ).first()


def refuse_if_reserved(
    s: Session, piece_id: str, tag_code: str, customer_id: str | None = None
) -> None:
    """PieceReserved unless the piece is free or ``customer_id`` is the order's customer."""
    o = reserving_order(s, piece_id)
    if o is None or (customer_id is not None and customer_id == o.customer_id):
        return
    c = s.get(Customer, o.customer_id)
    who = c.name if c else "its customer"
    raise PieceReserved(
        f"Piece {tag_code} is reserved for order {o.number} of {who}: "
        "deliver it from the Orders screen.",
        tag_code=tag_code,
        order=o.number,
        status="reserved",
    )


def deliver_on_sale(
    s: Session,
    piece_id: str,
    tag_code: str,
    *,
    invoice_id: str,
    customer_id: str | None,
    by: UserInfo,
    now: datetime,
) -> None:
    """When a bill sells a piece: PieceReserved if it was made for another customer's order;
    sold to the order's customer, the order is delivered on that bill (a history step)."""
    o = reserving_order(s, piece_id)
    if o is None:
        return
    refuse_if_reserved(s, piece_id, tag_code, customer_id=customer_id)
    o.status = OrderStatus.DELIVERED.value
    o.invoice_id = invoice_id
    add_step(s, status=OrderStatus.DELIVERED.value, by=by, at=now, order_id=o.id)


def booked_floor(s: Session, piece_id: str | None) -> Decimal | None:
    """The rate an order booked for its piece: the floor of that piece's bill line."""
    if piece_id is None:
        return None
    o = reserving_order(s, piece_id)
    if o is None or o.booked_rate_paise is None or not o.booked_weight_mg:
        return None
    return Decimal(o.booked_rate_paise) / 100
