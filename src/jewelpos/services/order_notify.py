"""The notification outbox for orders and repairs: messages queued for the messaging work to
send (customer: ready, not collected; karigar: due tomorrow), never twice for the same
(kind, order, day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_orders import NotificationOutbox

KINDS = (
    "order_ready",
    "order_not_collected",
    "karigar_due",
    "repair_ready",
    "repair_not_collected",
)


@dataclass(frozen=True)
class QueuedMessage:
    kind: str
    subject_id: str
    day: date
    recipient: str
    name: str
    phone: str
    text: str
    sent: bool


def queue_message(
    s: Session,
    *,
    kind: str,
    subject_id: str,
    day: date,
    recipient: str,
    name: str,
    phone: str,
    text: str,
    now: datetime,
) -> bool:
    """Queue a message in the caller's transaction; False if that (kind, subject, day) is
    queued already (the write transaction holds SQLite's lock, so the check cannot race)."""
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind}")
    found = s.scalar(
        select(NotificationOutbox.id).where(
            NotificationOutbox.kind == kind,
            NotificationOutbox.subject_id == subject_id,
            NotificationOutbox.day == day,
        )
    )
    if found is not None:
        return False
    s.add(
        NotificationOutbox(
            kind=kind,
            subject_id=subject_id,
            day=day,
            recipient=recipient,
            name=name,
            phone=phone,
            text=text,
            created_at=now,
        )
    )
    s.flush()
    return True


def queued(s: Session, *, day: date | None = None) -> list[QueuedMessage]:
    q = select(NotificationOutbox).order_by(NotificationOutbox.created_at, NotificationOutbox.kind)
    if day is not None:
        q = q.where(NotificationOutbox.day == day)
    return [
        QueuedMessage(
            r.kind, r.subject_id, r.day, r.recipient, r.name, r.phone, r.text, r.sent_at is not None
        )
        for r in s.scalars(q)
    ]
