"""Orders seen at another branch (issue 11 point 7): an order, its photos, advances and
history are shared with every branch, but what it links to stays with the branch that has it:
its category and the karigar it was given to (that branch's masters) and the piece made (that
branch's stock). Another branch shows what it holds (a missing category or karigar shows
blank) and may take an advance, cancel, or give the order to one of its own karigars; a step
that needs something it does not hold is refused with OrderElsewhere naming the place that
holds it: receive where the karigar was given the order, mark ready and deliver where the piece
is (or transfer the piece there first)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, StockPiece
from jewelpos.db.models_orders import CustomerOrder, Karigar, OrderEvent
from jewelpos.domain.orders import OrderElsewhere, OrderStatus


def _place_of(s: Session, o: CustomerOrder, status: OrderStatus) -> str:
    """Where the latest step ``status`` of the order was taken ("" if it never was)."""
    place = s.scalar(
        select(OrderEvent.place)
        .where(OrderEvent.order_id == o.id, OrderEvent.status == status.value)
        .order_by(OrderEvent.at.desc(), OrderEvent.created_at.desc())
        .limit(1)
    )
    return place or ""


def _elsewhere(o: CustomerOrder, need: str, place: str, message: str) -> OrderElsewhere:
    return OrderElsewhere(message, number=o.number, need=need, place=place)


def require_for_receiving(s: Session, o: CustomerOrder) -> None:
    """The karigar and the category of the order are here (receiving makes a piece in this
    branch's stock and credits the karigar's ledger)."""
    if o.karigar_id is not None and s.get(Karigar, o.karigar_id) is None:
        place = _place_of(s, o, OrderStatus.WITH_KARIGAR)
        raise _elsewhere(
            o, "karigar", place, f"Order {o.number} was given to a karigar at {place}: "
            "receive it there.",
        )  # fmt: skip
    if s.get(Category, o.category_id) is None:
        place = _place_of(s, o, OrderStatus.TAKEN)
        raise _elsewhere(
            o, "category", place, f"Order {o.number} is of a category of {place}: "
            "receive it there.",
        )  # fmt: skip


def require_piece_here(s: Session, o: CustomerOrder) -> None:
    """The piece made for the order is in this branch's stock (ready, delivery)."""
    if o.piece_id is not None and s.get(StockPiece, o.piece_id) is None:
        place = _place_of(s, o, OrderStatus.RECEIVED)
        raise _elsewhere(
            o, "piece", place, f"The piece of order {o.number} is at {place}: do this there, "
            "or transfer the piece here first.",
        )  # fmt: skip
