"""The outbox as the Messages screen shows it, and a manager's actions on it: send failed or
unknown messages again, mark an unknown one as sent, open a WhatsApp link at the counter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, update

from jewelpos.db.models import Customer
from jewelpos.db.models_messaging import Message, MessageAttempt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.messages import whatsapp_link
from jewelpos.services._common import audit
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.customer_profile import consent_of
from jewelpos.services.messaging.kinds import KINDS
from jewelpos.services.messaging.settings import load_gateways

STATUS_FILTERS = ("", "queued", "sending", "sent", "delivered", "failed", "unknown", "skipped")


@dataclass(frozen=True)
class MessageRow:
    id: str
    kind: str
    key: str
    customer_name: str
    recipient: str
    channel: str
    language: str
    text: str
    status: str
    attempts: int
    queued_at: datetime
    next_try_at: datetime | None
    sent_at: datetime | None
    last_error: str


@dataclass(frozen=True)
class RetryResult:
    count: int
    changes: frozenset[str] = frozenset({"message"})


@dataclass(frozen=True)
class WhatsAppOpen:
    """The click-to-chat link to open; the message is marked sent when it is handed out."""

    message_id: str
    url: str
    changes: frozenset[str] = frozenset({"message"})


class MessageAdmin:
    """Reads the outbox; manager actions are checked here, whoever calls."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def list(self, *, status: str = "", text: str = "", limit: int = 500) -> tuple[MessageRow, ...]:
        """The newest messages first, of one status ("" all), matching ``text`` anywhere in
        the recipient, customer's name or the text."""
        if status not in STATUS_FILTERS:
            raise ValidationError("status", "choose a status from the list")
        with self._uow.read() as s:
            q = (
                select(Message, Customer.name)
                .outerjoin(Customer, Customer.id == Message.customer_id)
                .order_by(Message.queued_at.desc(), Message.id)
                .limit(limit)
            )
            if status:
                q = q.where(Message.status == status)
            if text.strip():
                like = f"%{text.strip()}%"
                q = q.where(
                    or_(
                        Message.recipient.like(like),
                        Customer.name.like(like),
                        Message.text.like(like),
                    )
                )
            return tuple(
                MessageRow(
                    m.id,
                    m.kind,
                    m.key,
                    name or "",
                    m.recipient,
                    m.channel,
                    m.language,
                    m.text,
                    m.status,
                    m.attempts,
                    m.queued_at,
                    m.next_try_at,
                    m.sent_at,
                    m.last_error,
                )
                for m, name in s.execute(q)
            )

    def retry(self, message_ids: Sequence[str], *, by: UserInfo) -> RetryResult:
        """Queue failed or unknown messages again (a manager's decision: for an unknown one,
        it may reach the customer twice). Others are left alone."""
        with self._uow.begin() as s:
            require_manager_role(s, by, action="send messages again")
            now = self._clock.now()
            count = 0
            for mid in message_ids:
                m = s.get(Message, mid)
                if m is None or m.status not in ("failed", "unknown"):
                    continue
                s.execute(
                    update(MessageAttempt)
                    .where(
                        MessageAttempt.message_id == m.id,
                        MessageAttempt.outcome.in_(("unknown", "failed")),
                    )
                    .values(outcome="released")
                )
                was = m.status
                m.status, m.attempts, m.next_try_at, m.last_error = "queued", 0, now, ""
                audit(
                    s,
                    user_id=by.id,
                    action="message.retry",
                    entity="message",
                    entity_id=m.id,
                    at=now,
                    details={"was": was},
                )
                count += 1
            return RetryResult(count)

    def mark_sent(self, message_id: str, *, by: UserInfo) -> RetryResult:
        """A manager checked that an unknown message arrived: it is sent, never sent again."""
        with self._uow.begin() as s:
            require_manager_role(s, by, action="mark a message as sent")
            m = s.get(Message, message_id)
            if m is None:
                raise NotFound("No such message.", message_id=message_id)
            if m.status != "unknown":
                raise ValidationError("status", "only a message in doubt can be marked as sent")
            now = self._clock.now()
            m.status, m.sent_at, m.last_error = "sent", now, ""
            audit(
                s,
                user_id=by.id,
                action="message.mark_sent",
                entity="message",
                entity_id=m.id,
                at=now,
            )
            return RetryResult(1)

    def open_whatsapp(self, message_id: str, *, by: UserInfo) -> WhatsAppOpen:
        """Hand out a queued WhatsApp message's click-to-chat link once: it is claimed and
        marked sent in the same transaction, so a second press gets an error, not a duplicate."""
        with self._uow.begin() as s:
            m = s.get(Message, message_id)
            if m is None:
                raise NotFound("No such message.", message_id=message_id)
            if m.channel != "whatsapp_link":
                raise ValidationError("channel", "this message is not a WhatsApp link")
            if m.status != "queued":
                raise ValidationError("status", "this WhatsApp message was opened already")
            kind = KINDS.get(m.kind)
            if m.customer_id is not None:
                consent = consent_of(s, m.customer_id)
                if consent.dnd or ((kind is None or kind.promotional) and not consent.consent):
                    m.status = "skipped"
                    m.last_error = "The customer has not agreed to such messages."
                    raise ValidationError("consent", "the customer has not agreed to this message")
            now = self._clock.now()
            country = load_gateways(s).country_code
            attempt_id = new_id()
            s.add(
                MessageAttempt(
                    attempt_id=attempt_id,
                    message_id=m.id,
                    started_at=now,
                    finished_at=now,
                    outcome="sent",
                    detail=f"opened by {by.id}",
                )
            )
            m.status, m.attempt_id, m.sent_at, m.attempts = "sent", attempt_id, now, m.attempts + 1
            return WhatsAppOpen(m.id, whatsapp_link(m.recipient, m.text, country_code=country))
