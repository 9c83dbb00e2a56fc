"""Duplicate customers for a manager: the same mobile (one's other phone is another's mobile),
the same PAN, or the same name at the same address; and their merge into one survivor
without losing a document: a merge row (synced) folds the duplicate into the survivor's
group, and every read of history, points and credit takes the whole group."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_merge import CustomerMerge
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.services._common import audit, clean_text
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.customer_groups import survivor_of
from jewelpos.services.customers import CustomerInfo, customer_info


@dataclass(frozen=True)
class DuplicatePair:
    """Two customer records that look like one person, and why (mobile, pan, name_address)."""

    first: CustomerInfo
    second: CustomerInfo
    reason: str


def _address_key(c: Customer) -> str:
    return " ".join(f"{c.address} {c.city}".casefold().replace(",", " ").split())


def _digits(text: str) -> str:
    d = "".join(ch for ch in text if ch.isdigit())
    return d[-10:]


def find_duplicates(s: Session) -> list[DuplicatePair]:
    merged = set(s.scalars(select(CustomerMerge.merged_id)))
    people = [
        c for c in s.scalars(select(Customer).order_by(Customer.created_at)) if c.id not in merged
    ]
    by_mobile: dict[str, Customer] = {c.mobile: c for c in people}
    pairs: dict[tuple[str, str], DuplicatePair] = {}

    def add(a: Customer, b: Customer, reason: str) -> None:
        if a.id == b.id:
            return
        first, second = sorted((a, b), key=lambda c: (c.created_at, c.id))
        pairs.setdefault(
            (first.id, second.id),
            DuplicatePair(customer_info(first), customer_info(second), reason),
        )

    for c in people:
        other = by_mobile.get(_digits(c.alternate_phone)) if c.alternate_phone else None
        if other is not None:
            add(c, other, "mobile")
    for key, reason in (
        (lambda c: c.pan, "pan"),
        (lambda c: f"{c.name_key}|{_address_key(c)}" if _address_key(c) else "", "name_address"),
    ):
        seen: dict[str, Customer] = {}
        for c in people:
            k = key(c)
            if not k:
                continue
            if k in seen:
                add(seen[k], c, reason)
            else:
                seen[k] = c
    return list(pairs.values())


@dataclass(frozen=True)
class MergeResult:
    survivor_id: str
    merged_id: str


class CustomerMergeService:
    """Lists duplicates and merges them (owners and managers only)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def duplicates(self, *, by: UserInfo) -> list[DuplicatePair]:
        with self._uow.read() as s:
            require_manager_role(s, by, action="see duplicate customers")
            return find_duplicates(s)

    def merge(
        self, survivor_id: str, merged_id: str, *, reason: str = "", by: UserInfo
    ) -> MergeResult:
        """Fold ``merged_id`` into ``survivor_id``: its bills, returns, old gold, points, credit
        and vouchers stay as they are and read as the survivor's. ValidationError for the same
        person twice or a record already merged; PermissionDenied unless a manager."""
        why = clean_text(reason, field="reason", max_len=200)
        with self._uow.begin() as s:
            require_manager_role(s, by, action="merge customers")
            for cid in (survivor_id, merged_id):
                if s.get(Customer, cid) is None:
                    raise NotFound("No such customer.", customer_id=cid)
            if survivor_of(s, merged_id) != merged_id:
                raise ValidationError("customer", "this customer was merged already")
            if survivor_of(s, survivor_id) == merged_id or survivor_id == merged_id:
                raise ValidationError("customer", "a customer cannot be merged into themselves")
            survivor = survivor_of(s, survivor_id)
            now = self._clock.now()
            s.add(
                CustomerMerge(
                    merged_id=merged_id, survivor_id=survivor, at=now, by_user_id=by.id, reason=why
                )
            )
            audit(
                s,
                user_id=by.id,
                action="customer.merge",
                entity="customer",
                entity_id=survivor,
                at=now,
                details={"merged": merged_id, "reason": why},
            )
            s.flush()
            return MergeResult(survivor_id=survivor, merged_id=merged_id)
