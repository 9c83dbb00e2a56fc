"""Complaints and returns asked for after a sale: category, what happened, the bill, who
handles it and when to follow up; closed only with how it was resolved. Follow-ups due today
or earlier are listed for the counter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Customer
from jewelpos.db.models_care import Complaint
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, PermissionDenied, ValidationError
from jewelpos.services._common import audit, clean_text
from jewelpos.services.approvals import is_manager
from jewelpos.services.auth import UserInfo
from jewelpos.services.feedback import find_bill, user_names

KINDS = ("complaint", "return")
CATEGORIES = (
    "quality",
    "size_fit",
    "weight_price",
    "hallmark",
    "delivery",
    "staff",
    "billing",
    "exchange",
    "other",
)
OPEN, IN_PROGRESS, CLOSED = "open", "in_progress", "closed"
MAX_TEXT = 2000


@dataclass(frozen=True)
class ComplaintInput:
    """A new complaint or return request; ``invoice_no`` may be empty (no bill named)."""

    kind: str
    category: str
    description: str
    invoice_no: str = ""
    customer_id: str | None = None
    handler_id: str | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class ComplaintInfo:
    id: str
    kind: str
    category: str
    description: str
    invoice_no: str
    customer_name: str
    status: str
    handler_id: str | None
    handler_name: str
    follow_up_on: date | None
    resolution: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str

    def is_due(self, today: date) -> bool:
        """Still open with its follow-up date today or past."""
        return (
            self.status != CLOSED and self.follow_up_on is not None and self.follow_up_on <= today
        )


def _info(s: Session, c: Complaint) -> ComplaintInfo:
    names = user_names(s, {c.handler_id or "", c.opened_by, c.closed_by or ""})
    customer = s.get(Customer, c.customer_id) if c.customer_id else None
    return ComplaintInfo(
        id=c.id,
        kind=c.kind,
        category=c.category,
        description=c.description,
        invoice_no=c.invoice_no,
        customer_name=customer.name if customer else "",
        status=c.status,
        handler_id=c.handler_id,
        handler_name=names.get(c.handler_id or "", ""),
        follow_up_on=c.follow_up_on,
        resolution=c.resolution,
        opened_at=c.opened_at,
        opened_by=names.get(c.opened_by, ""),
        closed_at=c.closed_at,
        closed_by=names.get(c.closed_by or "", ""),
    )


def _handler(s: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    user = s.get(AppUser, user_id)
    if user is None or not user.active:
        raise ValidationError("handler", "choose an active member of staff")
    return user.id


class ComplaintService:
    """Opens, follows up and closes complaints and return requests."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return shop_today(self._clock)

    def _follow_up(self, day: date | None) -> date | None:
        if day is not None and day < self.today():
            raise ValidationError("follow_up", "the follow-up date is before today")
        return day

    def open(self, inp: ComplaintInput, *, by: UserInfo) -> ComplaintInfo:
        """A new complaint (status open), against the bill if its number is given."""
        if inp.kind not in KINDS:
            raise ValidationError("kind", "choose complaint or return")
        if inp.category not in CATEGORIES:
            raise ValidationError("category", "choose a category")
        text = clean_text(inp.description, field="description", max_len=MAX_TEXT, required=True)
        follow = self._follow_up(inp.follow_up_on)
        now = self._clock.now()
        with self._uow.begin() as s:
            invoice_id, number, customer_id = None, "", inp.customer_id
            if inp.invoice_no.strip():
                inv = find_bill(s, inp.invoice_no)
                invoice_id, number = inv.id, inv.number
                customer_id = customer_id or inv.customer_id
            if inp.kind == "return" and invoice_id is None:
                raise ValidationError("bill", "a return needs the bill's number")
            if customer_id and s.get(Customer, customer_id) is None:
                raise ValidationError("customer", "choose the customer again")
            row = Complaint(
                kind=inp.kind,
                category=inp.category,
                description=text,
                invoice_id=invoice_id,
                invoice_no=number,
                customer_id=customer_id,
                status=OPEN,
                handler_id=_handler(s, inp.handler_id),
                follow_up_on=follow,
                resolution="",
                opened_by=by.id,
                opened_at=now,
            )
            s.add(row)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="complaint.open",
                entity="complaint",
                entity_id=row.id,
                at=now,
                details={"kind": inp.kind, "category": inp.category, "invoice": number},
            )
            return _info(s, row)

    def _get(self, s: Session, complaint_id: str) -> Complaint:
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise NotFound("No such complaint.", complaint_id=complaint_id)
        if row.status == CLOSED:
            raise ValidationError("complaint", "it is closed already")
        return row

    def follow_up(
        self,
        complaint_id: str,
        *,
        handler_id: str | None,
        follow_up_on: date | None,
        by: UserInfo,
    ) -> ComplaintInfo:
        """Who handles it and when to follow up next; with a handler it is in progress."""
        follow = self._follow_up(follow_up_on)
        now = self._clock.now()
        with self._uow.begin() as s:
            row = self._get(s, complaint_id)
            row.handler_id = _handler(s, handler_id)
            row.follow_up_on = follow
            row.status = IN_PROGRESS if row.handler_id else OPEN
            audit(
                s,
                user_id=by.id,
                action="complaint.follow_up",
                entity="complaint",
                entity_id=row.id,
                at=now,
                details={"handler": row.handler_id, "follow_up_on": str(follow or "")},
            )
            return _info(s, row)

    def close(self, complaint_id: str, *, resolution: str, by: UserInfo) -> ComplaintInfo:
        """Closed with how it was resolved, by whoever handles it or a manager."""
        text = clean_text(resolution, field="resolution", max_len=MAX_TEXT)
        if not text:
            raise ValidationError("resolution", "write how it was resolved before closing")
        now = self._clock.now()
        with self._uow.begin() as s:
            row = self._get(s, complaint_id)
            if row.handler_id not in (None, by.id) and not is_manager(s, by.id):
                raise PermissionDenied(
                    "Only the person handling it or a manager can close it.", action="close"
                )
            row.status, row.resolution = CLOSED, text
            row.closed_by, row.closed_at = by.id, now
            audit(
                s,
                user_id=by.id,
                action="complaint.close",
                entity="complaint",
                entity_id=row.id,
                at=now,
                details={"resolution": text[:200]},
            )
            return _info(s, row)

    def listing(self, *, open_only: bool = True, limit: int = 500) -> tuple[ComplaintInfo, ...]:
        """Complaints, those due for follow-up first (earliest date first), then newest."""
        with self._uow.read() as s:
            q = select(Complaint)
            if open_only:
                q = q.where(Complaint.status != CLOSED)
            rows = list(s.scalars(q.order_by(Complaint.opened_at.desc()).limit(limit)))
            today = self.today()
            infos = [_info(s, r) for r in rows]
        due = sorted((i for i in infos if i.is_due(today)), key=lambda i: i.follow_up_on or today)
        return tuple(due + [i for i in infos if not i.is_due(today)])

    def due(self) -> tuple[ComplaintInfo, ...]:
        """Open complaints whose follow-up date is today or past, the oldest date first."""
        today = self.today()
        with self._uow.read() as s:
            rows = s.scalars(
                select(Complaint)
                .where(
                    Complaint.status != CLOSED,
                    Complaint.follow_up_on.is_not(None),
                    Complaint.follow_up_on <= today,
                )
                .order_by(Complaint.follow_up_on, Complaint.opened_at)
            )
            return tuple(_info(s, r) for r in rows)
