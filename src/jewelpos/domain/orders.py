"""Customer orders and repairs in the domain: their states and the steps allowed between them,
their errors, and how a delivered order's metal is priced against a booked rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from jewelpos.domain.errors import JewelPOSError, PieceNotAvailable


class OrderStatus(StrEnum):
    TAKEN = "taken"
    WITH_KARIGAR = "with_karigar"
    RECEIVED = "received"
    READY = "ready"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


OPEN_STATUSES: frozenset[OrderStatus] = frozenset(
    {OrderStatus.TAKEN, OrderStatus.WITH_KARIGAR, OrderStatus.RECEIVED, OrderStatus.READY}
)

# which step may follow which (orders and repairs alike)
NEXT_STATUSES: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.TAKEN: frozenset({OrderStatus.WITH_KARIGAR, OrderStatus.CANCELLED}),
    OrderStatus.WITH_KARIGAR: frozenset(
        {OrderStatus.WITH_KARIGAR, OrderStatus.RECEIVED, OrderStatus.CANCELLED}
    ),
    OrderStatus.RECEIVED: frozenset({OrderStatus.READY, OrderStatus.CANCELLED}),
    OrderStatus.READY: frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

STATUS_LABELS: dict[str, str] = {
    "taken": "Taken",
    "with_karigar": "With karigar",
    "received": "Received",
    "ready": "Ready",
    "delivered": "Delivered",
    "cancelled": "Cancelled",
}


class OrderSource(StrEnum):
    """What the order is made from."""

    SHOP_SAMPLE = "shop_sample"
    CUSTOMER_SAMPLE = "customer_sample"
    CATALOGUE = "catalogue"
    STOCK_PIECE = "stock_piece"
    DESCRIPTION = "description"


SOURCE_LABELS: dict[str, str] = {
    "shop_sample": "Shop sample",
    "customer_sample": "Customer sample",
    "catalogue": "Catalogue item",
    "stock_piece": "Stock piece",
    "description": "Description",
}


class RepairWork(StrEnum):
    RESIZE = "resize"
    SOLDER = "solder"
    POLISH = "polish"
    ADD_STONES = "add_stones"
    ADD_METAL = "add_metal"


WORK_LABELS: dict[str, str] = {
    "resize": "Resize",
    "solder": "Solder",
    "polish": "Polish",
    "add_stones": "Add stones",
    "add_metal": "Add metal",
}


class AdvanceDisposition(StrEnum):
    """What happens to the advance of a cancelled order."""

    REFUNDED = "refunded"
    CREDIT = "credit"


class OrderStateError(JewelPOSError):
    """The order (or repair) is not in a state that allows this step."""

    code = "order_state"


class OrderElsewhere(OrderStateError):
    """A step at this branch needs what another branch holds (the piece made, the karigar the
    order was given to, the order's category); ``place`` is where (branch-counter)."""

    code = "order_elsewhere"


class PieceReserved(PieceNotAvailable):
    """The piece was made for a customer's order: only that customer may be billed for it."""

    code = "piece_reserved"


def check_step(current: str, wanted: OrderStatus, *, number: str) -> None:
    """OrderStateError unless ``wanted`` may follow ``current``."""
    now = OrderStatus(current)
    if wanted not in NEXT_STATUSES[now]:
        raise OrderStateError(
            f"Order {number} is {STATUS_LABELS[now.value].lower()}: it cannot be "
            f"{STATUS_LABELS[wanted.value].lower()} now.",
            number=number,
            status=now.value,
            wanted=wanted.value,
        )


@dataclass(frozen=True)
class MetalPortion:
    """Part of a delivered piece's net weight and the rate it is charged at."""

    net_mg: int
    rate: Decimal
    booked: bool


def delivery_portions(
    *, net_mg: int, today_rate: Decimal, booked_rate: Decimal | None, booked_mg: int | None
) -> tuple[MetalPortion, ...]:
    """A booked-rate order keeps its rate for the weight booked; any excess weight is charged
    at today's rate. Without a booking the whole net weight is at today's rate."""
    if booked_rate is None or not booked_mg:
        return (MetalPortion(net_mg, today_rate, False),)
    at_booked = min(net_mg, booked_mg)
    out = [MetalPortion(at_booked, booked_rate, True)]
    if net_mg > at_booked:
        out.append(MetalPortion(net_mg - at_booked, today_rate, False))
    return tuple(out)
