"""Orders seen at another branch (issue 11 point 7): an order, its photos, advances and
history are shared with every branch, but what it links to stays with the branch that has it:
its category and the karigar it was given to (that branch's masters) and the piece made (that
branch's stock). Another branch shows what it holds (a missing category or karigar shows
blank) and may take an advance, cancel, or give the order to one of its own karigars; a step
that needs something it does not hold is refused with OrderElsewhere naming the place that
holds it: receive where the karigar was given the order, mark ready and deliver where the piece
is (or transfer the piece there first). A repair likewise comes back from the karigar at the
branch that gave it to him and goes back to its customer where it came back (the customer's
piece is there)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, StockPiece
from jewelpos.db.models_orders import CustomerOrder, Karigar, OrderEvent, RepairJob
from jewelpos.domain.orders import OrderElsewhere, OrderStatus
from jewelpos.services.order_common import place_of


def _place_of(s: Session, o: CustomerOrder | RepairJob, status: OrderStatus) -> str:
    """Where the latest step ``status`` of the order or repair was taken ("" if never)."""
    column = OrderEvent.order_id if isinstance(o, CustomerOrder) else OrderEvent.repair_id
    place = s.scalar(
        select(OrderEvent.place)
        .where(column == o.id, OrderEvent.status == status.value)
        .order_by(OrderEvent.at.desc(), OrderEvent.created_at.desc())
        .limit(1)
    )
    return place or ""


def _elsewhere(o: CustomerOrder | RepairJob, need: str, place: str, message: str) -> OrderElsewhere:
    kind = "order" if isinstance(o, CustomerOrder) else "repair"
    return OrderElsewhere(message, number=o.number, need=need, place=place, kind=kind)


def _branch(place: str) -> str:
    return place.split("-", 1)[0]


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


def require_repair_karigar_here(s: Session, r: RepairJob) -> None:
    """The karigar the repair was given to is of this branch (returning credits his ledger)."""
    if r.karigar_id is not None and s.get(Karigar, r.karigar_id) is None:
        place = _place_of(s, r, OrderStatus.WITH_KARIGAR)
        raise _elsewhere(
            r, "karigar", place, f"Repair {r.number} was given to a karigar at {place}: "
            "receive it there.",
        )  # fmt: skip


def require_repair_piece_here(s: Session, r: RepairJob) -> None:
    """The customer's piece came back from the karigar at this branch (delivering it)."""
    place = _place_of(s, r, OrderStatus.RECEIVED)
    if place and _branch(place) != _branch(place_of(s)):
        raise _elsewhere(
            r, "piece", place, f"The piece of repair {r.number} is at {place}: "
            "deliver it there.",
        )  # fmt: skip
