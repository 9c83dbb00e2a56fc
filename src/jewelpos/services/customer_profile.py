"""The parts of a customer's profile beyond the customer row: family members with their
birthdays and anniversaries (found by the customer search), and consent / do-not-disturb."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_merge import CustomerConsent, CustomerFamilyMember
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import NotFound
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import name_key


@dataclass(frozen=True)
class FamilyMember:
    name: str
    relation: str = ""
    birthday: date | None = None
    anniversary: date | None = None


@dataclass(frozen=True)
class Consent:
    consent: bool = False
    dnd: bool = False


def family_of(s: Session, customer_id: str) -> tuple[FamilyMember, ...]:
    rows = s.scalars(
        select(CustomerFamilyMember)
        .where(CustomerFamilyMember.customer_id == customer_id)
        .order_by(CustomerFamilyMember.name_key)
    )
    return tuple(FamilyMember(r.name, r.relation, r.birthday, r.anniversary) for r in rows)


def consent_of(s: Session, customer_id: str) -> Consent:
    row = s.scalars(
        select(CustomerConsent).where(CustomerConsent.customer_id == customer_id)
    ).first()
    return Consent() if row is None else Consent(row.consent, row.dnd)


class CustomerProfileService:
    """Saves a customer's family members (the whole list at once) and consent."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def set_family(
        self, customer_id: str, members: tuple[FamilyMember, ...], *, by: UserInfo
    ) -> tuple[FamilyMember, ...]:
        """Replace the customer's family list; ValidationError naming the member's field."""
        clean = [
            FamilyMember(
                clean_text(m.name, field=f"family[{i}].name", max_len=120, required=True),
                clean_text(m.relation, field=f"family[{i}].relation", max_len=40),
                m.birthday,
                m.anniversary,
            )
            for i, m in enumerate(members)
        ]
        with self._uow.begin() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            for row in s.scalars(
                select(CustomerFamilyMember).where(CustomerFamilyMember.customer_id == customer_id)
            ):
                s.delete(row)
            for m in clean:
                s.add(
                    CustomerFamilyMember(
                        customer_id=customer_id,
                        name=m.name,
                        name_key=name_key(m.name),
                        relation=m.relation,
                        birthday=m.birthday,
                        anniversary=m.anniversary,
                    )
                )
            audit(
                s,
                user_id=by.id,
                action="customer.family",
                entity="customer",
                entity_id=customer_id,
                at=self._clock.now(),
                details={"members": len(clean)},
            )
            s.flush()
            return family_of(s, customer_id)

    def set_consent(self, customer_id: str, *, consent: bool, dnd: bool, by: UserInfo) -> Consent:
        with self._uow.begin() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            now = self._clock.now()
            row = s.scalars(
                select(CustomerConsent).where(CustomerConsent.customer_id == customer_id)
            ).first()
            if row is None:
                s.add(CustomerConsent(customer_id=customer_id, consent=consent, dnd=dnd, at=now))
            else:
                row.consent, row.dnd, row.at = consent, dnd, now
            audit(
                s,
                user_id=by.id,
                action="customer.consent",
                entity="customer",
                entity_id=customer_id,
                at=now,
                details={"consent": consent, "dnd": dnd},
            )
            s.flush()
            return consent_of(s, customer_id)
