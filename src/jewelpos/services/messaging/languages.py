"""The language a customer gets messages in (English or Hindi), chosen per customer."""

from __future__ import annotations

from sqlalchemy import select

from jewelpos.db.models_messaging import CustomerMessageLanguage
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import LANGUAGES
from jewelpos.services._common import audit
from jewelpos.services.auth import UserInfo


def set_customer_language(
    uow: UnitOfWork, clock: Clock, customer_id: str, language: str, *, by: UserInfo
) -> str:
    """Store the customer's message language (en or hi); returns it."""
    if language not in LANGUAGES:
        raise ValidationError("language", "choose English or Hindi for messages")
    with uow.begin() as s:
        row = s.scalars(
            select(CustomerMessageLanguage).where(
                CustomerMessageLanguage.customer_id == customer_id
            )
        ).first()
        if row is None:
            s.add(CustomerMessageLanguage(customer_id=customer_id, language=language))
        else:
            row.language = language
        s.flush()
        audit(
            s,
            user_id=by.id,
            action="customer.message_language",
            entity="customer",
            entity_id=customer_id,
            at=clock.now(),
            details={"language": language},
        )
    return language
