"""Reminders of orders and repairs through the one messaging outbox (services.messaging.outbox):
the customer (order or repair ready, not collected) by the contact they prefer, the karigar
(due tomorrow) by SMS; each once per (kind, order or repair, day), in the templates' words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_messaging import Message
from jewelpos.services.messaging.auto import contact_of
from jewelpos.services.messaging.outbox import queue
from jewelpos.services.messaging.settings import load_gateways

KINDS = (
    "order_ready",
    "order_not_collected",
    "karigar_due",
    "repair_ready",
    "repair_not_collected",
)
"""The messaging kinds (services/messaging/kinds.py) the orders work queues."""


@dataclass(frozen=True)
class QueuedMessage:
    """An order's or repair's message in the outbox: for whom (its address) and what it says."""

    kind: str
    subject_id: str
    day: date
    recipient: str
    text: str
    status: str


def _key(subject_id: str, day: date) -> str:
    return f"{subject_id}:{day.isoformat()}"


def queue_message(
    s: Session,
    *,
    kind: str,
    subject_id: str,
    day: date,
    number: str,
    now: datetime,
    customer: Customer | None = None,
    name: str = "",
    phone: str = "",
    on: date | None = None,
) -> bool:
    """Queue in the caller's transaction the message to ``customer`` (else to ``name`` at
    ``phone``, a karigar) about order or repair ``number``; ``on`` is the date the text names
    (due on, ready since). False if queued already that day, or if there is no one to send it
    to (no phone, or a customer who wants no messages)."""
    if kind not in KINDS:
        raise ValueError(f"unknown message kind {kind}")
    if customer is not None:
        contact = contact_of(customer, load_gateways(s))
        if contact is None:
            return False
        channel, to, customer_id, name = contact[0], contact[1], customer.id, customer.name
    elif phone.strip():
        channel, to, customer_id = "sms", phone, None
    else:
        return False
    return queue(
        s,
        kind=kind,
        key=_key(subject_id, day),
        customer_id=customer_id,
        recipient=to,
        channel=channel,
        variables={
            "name": name,
            "order_no": number,
            "due_date": on.strftime("%d-%m-%Y") if on else "",
        },
        now=now,
    )


def queued(s: Session, *, day: date | None = None) -> list[QueuedMessage]:
    """The orders' and repairs' messages in the outbox (of one day's reminders, if given)."""
    out = []
    for m in s.scalars(
        select(Message).where(Message.kind.in_(KINDS)).order_by(Message.queued_at, Message.kind)
    ):
        subject_id, _, when = m.key.rpartition(":")
        d = date.fromisoformat(when)
        if day is None or d == day:
            out.append(QueuedMessage(m.kind, subject_id, d, m.recipient, m.text, m.status))
    return out
