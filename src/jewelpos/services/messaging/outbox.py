"""The one outbox every message goes through: ``queue`` writes a message once per (kind, key)
inside the caller's transaction; the sender (jewelpos.services.messaging.sender) sends it.

Contract used by other modules (orders, schemes, campaigns)::

    queue(s, kind=..., key=..., customer_id=..., recipient=..., channel=..., variables=...,
          now=..., text=None) -> bool

Customer ids in JewelPOS are UUID strings, so ``customer_id`` is ``str | None``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Shop
from jewelpos.db.models_messaging import CustomerMessageLanguage, Message, MessageTemplate
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import CHANNELS, LANGUAGES, render
from jewelpos.services._common import local_device
from jewelpos.services.messaging.kinds import KINDS, Kind, register_kind
from jewelpos.services.messaging.settings import load_messaging

_NAMESPACE = uuid.UUID("0b7f6a52-3c1e-4d55-9f0a-6e2d8c4b1a73")


def message_id(branch_id: str, kind: str, key: str) -> str:
    """The one id of (kind, key) in a branch: two counters queuing the same message write the
    same row (the later version wins), never two messages."""
    return str(uuid.uuid5(_NAMESPACE, f"{branch_id}:message:{kind}:{key}"))


def template_id(branch_id: str, kind: str, language: str) -> str:
    """The one id of a kind's template in a language in a branch."""
    return str(uuid.uuid5(_NAMESPACE, f"{branch_id}:template:{kind}:{language}"))


def customer_language(s: Session, customer_id: str | None) -> str:
    """The language the customer gets messages in: their own choice, else the shop's default."""
    if customer_id is not None:
        row = s.scalars(
            select(CustomerMessageLanguage).where(
                CustomerMessageLanguage.customer_id == customer_id
            )
        ).first()
        if row is not None and row.language in LANGUAGES:
            return row.language
    return load_messaging(s).language


def template_body(s: Session, kind: Kind, language: str, branch_id: str) -> tuple[str, str]:
    """The shop's text of the kind in the language (else the kind's default) and its DLT id."""
    row = s.get(MessageTemplate, template_id(branch_id, kind.name, language))
    if row is not None and row.body.strip():
        return row.body, row.dlt_template_id
    return kind.default_text(language), ""


def shop_name(s: Session) -> str:
    shop = s.scalars(select(Shop)).first()
    return "" if shop is None else shop.name


def queue(
    s: Session,
    *,
    kind: str,
    key: str,
    customer_id: str | None,
    recipient: str,
    channel: str,
    variables: Mapping[str, str],
    now: datetime,
    text: str | None = None,
) -> bool:
    """Queue one message in the caller's transaction; False if (kind, key) was queued before.

    ``text`` given is sent verbatim; otherwise the kind's template in the customer's language
    is rendered with ``variables`` (``shop`` defaults to the shop's name). Raises
    ValidationError for an unknown kind or channel or an empty recipient."""
    found = KINDS.get(kind)
    if found is None:
        raise ValidationError("kind", f"{kind} is not a known kind of message", kind=kind)
    if channel not in CHANNELS:
        raise ValidationError("channel", "choose SMS, e-mail or WhatsApp", channel=channel)
    if not recipient.strip():
        raise ValidationError("recipient", "the message has no mobile number or e-mail address")
    if not key or len(key) > 160:
        raise ValidationError("key", "a message needs a key of at most 160 letters")
    exists = s.scalars(select(Message.id).where(Message.kind == kind, Message.key == key)).first()
    if exists is not None:
        return False
    _device, branch = local_device(s)
    language = customer_language(s, customer_id)
    if text is None:
        body, _dlt = template_body(s, found, language, branch.id)
        values = dict(variables)
        values.setdefault("shop", shop_name(s))
        text = render(body, values)
    s.add(
        Message(
            id=message_id(branch.id, kind, key),
            kind=kind,
            key=key,
            customer_id=customer_id,
            recipient=recipient.strip(),
            channel=channel,
            language=language,
            text=text,
            status="queued",
            attempts=0,
            queued_at=now,
            next_try_at=now,
            attempt_id="",
            provider_ref="",
            last_error="",
        )
    )
    s.flush()
    return True


__all__ = ["KINDS", "Kind", "customer_language", "message_id", "queue", "register_kind"]
