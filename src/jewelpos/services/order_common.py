"""Helpers the order, repair and karigar services share: where a step happened, the history
row of each step, the names of users, and weights and amounts typed as text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser
from jewelpos.db.models_orders import OrderEvent
from jewelpos.services._common import local_device
from jewelpos.services.auth import UserInfo


@dataclass(frozen=True)
class HistoryStep:
    """One step of an order's or repair's life: what, when, who and where."""

    status: str
    at: datetime
    by: str
    place: str
    note: str


def place_of(s: Session) -> str:
    """This counter as it is named in history rows: ``B1-C2``."""
    device, branch = local_device(s)
    return f"{branch.code}-{device.code}"


def add_step(
    s: Session,
    *,
    status: str,
    by: UserInfo | None,
    at: datetime,
    note: str = "",
    order_id: str | None = None,
    repair_id: str | None = None,
) -> None:
    """Record a step in the caller's transaction (``by`` None: done by the system)."""
    s.add(
        OrderEvent(
            order_id=order_id,
            repair_id=repair_id,
            status=status,
            at=at,
            by_user_id=by.id if by else None,
            by_name=by.display_name if by else "",
            place=place_of(s),
            note=note,
        )
    )


def history(
    s: Session, *, order_id: str | None = None, repair_id: str | None = None
) -> tuple[HistoryStep, ...]:
    """The steps of an order or a repair, oldest first."""
    q = select(OrderEvent)
    q = (
        q.where(OrderEvent.order_id == order_id)
        if order_id
        else q.where(OrderEvent.repair_id == repair_id)
    )
    rows = s.scalars(q.order_by(OrderEvent.at, OrderEvent.created_at)).all()
    return tuple(HistoryStep(r.status, r.at, r.by_name, r.place, r.note) for r in rows)


def user_names(s: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = s.execute(select(AppUser.id, AppUser.display_name).where(AppUser.id.in_(ids)))
    return {str(i): str(n) for i, n in rows}


def check_mg(value: int, *, field: str, positive: bool = False) -> int:
    """A weight in milligrams: an integer, not negative (more than 0 if ``positive``)."""
    from jewelpos.domain.errors import ValidationError

    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a weight in grams")
    if value < 0 or (positive and value == 0):
        raise ValidationError(field, "must be more than 0 g" if positive else "cannot be negative")
    if value > 100_000_000:
        raise ValidationError(field, "is more than 100 kg")
    return value
