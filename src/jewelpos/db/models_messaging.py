"""Messages to customers: the one outbox (every SMS, e-mail and WhatsApp message, queued once per
kind and key), each send attempt claimed before the network call, the shop's templates, the
gateway settings of the sending counter, customers' message language and feedback codes.
Migration 0013 creates them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime

MESSAGE_STATUSES = ("queued", "sending", "sent", "delivered", "failed", "unknown", "skipped")
"""queued (waiting, maybe until ``next_try_at``); sending (claimed by an attempt); sent (the
gateway took it); delivered (the gateway reported it delivered); failed (gave up, ``last_error``
says why); unknown (a send was cut off and the gateway cannot tell: a manager checks);
skipped (opt-out or do-not-disturb: never sent)."""


class Message(Synced, Base):
    """One message in the outbox, queued once per (kind, key); its text is fixed when queued.

    Synced so that a message queued at any counter of the branch reaches the one sending place.
    Only the sending place changes it after it is queued."""

    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(160))
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    recipient: Mapped[str] = mapped_column(String(160))
    channel: Mapped[str] = mapped_column(String(16))
    """sms | email | whatsapp_link | whatsapp_api"""
    language: Mapped[str] = mapped_column(String(8), default="en")
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True, default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    queued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_try_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    attempt_id: Mapped[str] = mapped_column(String(36), default="")
    """The attempt that holds (or last held) the message: also the gateway's client reference."""
    provider_ref: Mapped[str] = mapped_column(String(120), default="")
    last_error: Mapped[str] = mapped_column(Text, default="")


class MessageAttempt(Base):
    """One try to send a message on this counter (local only): written and committed BEFORE the
    network call, finished after it; one left unfinished means the counter stopped mid-send."""

    __tablename__ = "message_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    attempt_id: Mapped[str] = mapped_column(String(36), unique=True)
    message_id: Mapped[str] = mapped_column(String(36), index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    outcome: Mapped[str] = mapped_column(String(16), default="sending")
    """sending | sent | retry | failed | unknown | resent"""
    detail: Mapped[str] = mapped_column(Text, default="")


class MessageTemplate(Synced, Base):
    """The shop's own text of a message kind in one language (else the kind's default text);
    ``dlt_template_id`` is the template's id registered on the DLT platform for SMS."""

    __tablename__ = "message_template"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    dlt_template_id: Mapped[str] = mapped_column(String(40), default="")
    set_by: Mapped[str | None] = mapped_column(String(36))


class MessageGatewaySetting(Base):
    """A gateway setting of this counter (URLs, logins, tokens): local only, so passwords and
    tokens never leave the sending counter."""

    __tablename__ = "message_gateway_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CustomerMessageLanguage(Synced, Base):
    """The language a customer gets messages in (en | hi); without a row, the shop's default."""

    __tablename__ = "customer_message_language"

    customer_id: Mapped[str] = mapped_column(String(36), unique=True)
    language: Mapped[str] = mapped_column(String(8))


class FeedbackCode(Synced, Base):
    """A short code printed in the thank-you message of a bill, against which a rating is taken
    (``created_at`` is the Synced column)."""

    __tablename__ = "feedback_codes"

    code: Mapped[str] = mapped_column(String(12), unique=True)
    invoice_no: Mapped[str] = mapped_column(String(32), index=True)
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
