"""Customers' ratings of a visit: 1 to 5 and a comment against a bill, taken at the counter by
the bill's number; the feedback code of a thank-you message is kept with the rating when given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Customer
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_care import CustomerFeedback
from jewelpos.db.models_messaging import FeedbackCode
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ValidationError
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import UserInfo

RATINGS = (1, 2, 3, 4, 5)
MAX_COMMENT = 500
RECENT_LIMIT = 200


@dataclass(frozen=True)
class FeedbackInfo:
    """One rating: the bill, the customer's name, 1-5, the comment, who took it and when."""

    id: str
    invoice_no: str
    customer_name: str
    rating: int
    comment: str
    code: str
    via: str
    taken_by: str
    at: datetime


@dataclass(frozen=True)
class FeedbackBoard:
    """The latest ratings (newest first) and the average of every rating given."""

    rows: tuple[FeedbackInfo, ...]
    count: int
    average: Decimal
    """Rounded half up to one decimal; 0 with no ratings."""


def find_bill(s: Session, number: str, *, field: str = "bill") -> Invoice:
    """The bill with this number (typed in any case, spaces ignored); a ValidationError naming
    ``field`` when there is none."""
    text = clean_text(number, field=field, max_len=20, required=True).upper().replace(" ", "")
    inv = s.scalars(select(Invoice).where(Invoice.number == text)).first()
    if inv is None:
        raise ValidationError(field, f"no bill has the number {text}")
    return inv


def _bill_of(s: Session, invoice_no: str, code: str) -> Invoice:
    """The bill rated: by its number, or by the feedback code of its thank-you message alone;
    given both, the code must be that bill's."""
    if not code:
        return find_bill(s, invoice_no)
    issued = s.scalars(select(FeedbackCode).where(FeedbackCode.code == code)).first()
    if issued is None:
        raise ValidationError("feedback_code", f"no thank-you message had the code {code}")
    if not invoice_no.strip():
        return find_bill(s, issued.invoice_no)
    inv = find_bill(s, invoice_no)
    if inv.number != issued.invoice_no:
        raise ValidationError(
            "feedback_code", f"the code {code} was sent for bill {issued.invoice_no}, not this one"
        )
    return inv


def user_names(s: Session, ids: set[str]) -> dict[str, str]:
    """Display names of the given user ids (those that exist)."""
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {u.id: u.display_name for u in s.scalars(select(AppUser).where(AppUser.id.in_(ids)))}


def _customer_name(s: Session, customer_id: str | None, fallback: str = "") -> str:
    c = s.get(Customer, customer_id) if customer_id else None
    return c.name if c is not None else fallback


def _info(s: Session, f: CustomerFeedback, names: dict[str, str]) -> FeedbackInfo:
    return FeedbackInfo(
        id=f.id,
        invoice_no=f.invoice_no,
        customer_name=_customer_name(s, f.customer_id),
        rating=f.rating,
        comment=f.comment,
        code=f.code or "",
        via=f.via,
        taken_by=names.get(f.taken_by, ""),
        at=f.at,
    )


def clean_rating(value: object) -> int:
    """A rating of 1 to 5 (an int or its digit)."""
    text = str(value).strip()
    if not text.isdigit() or int(text) not in RATINGS:
        raise ValidationError("rating", "choose a rating from 1 to 5")
    return int(text)


class FeedbackService:
    """Takes and lists customers' ratings of their visits."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def record(
        self,
        *,
        invoice_no: str,
        rating: int | str,
        comment: str = "",
        code: str = "",
        by: UserInfo,
    ) -> FeedbackInfo:
        """The customer's rating of the bill's visit: one per bill, not for a cancelled bill.
        ``code`` is the feedback code the customer brought (kept; the rating is then by code):
        it alone finds the bill, and with a number it must be that bill's."""
        stars = clean_rating(rating)
        words = clean_text(comment, field="comment", max_len=MAX_COMMENT)
        code_text = clean_text(code, field="feedback_code", max_len=16).upper()
        now = self._clock.now()
        with self._uow.begin() as s:
            inv = _bill_of(s, invoice_no, code_text)
            if inv.status != "final":
                raise ValidationError("bill", f"bill {inv.number} is cancelled")
            if s.scalars(
                select(CustomerFeedback.id).where(CustomerFeedback.invoice_id == inv.id)
            ).first():
                raise ValidationError("bill", f"bill {inv.number} has feedback already")
            row = CustomerFeedback(
                invoice_id=inv.id,
                invoice_no=inv.number,
                customer_id=inv.customer_id,
                rating=stars,
                comment=words,
                code=code_text or None,
                via="code" if code_text else "counter",
                taken_by=by.id,
                at=now,
            )
            s.add(row)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="feedback.record",
                entity="customer_feedback",
                entity_id=row.id,
                at=now,
                details={"invoice": inv.number, "rating": stars},
            )
            return _info(s, row, {by.id: by.display_name})

    def recent(self, limit: int = RECENT_LIMIT) -> FeedbackBoard:
        """The latest ratings, newest first, and the average of all."""
        with self._uow.read() as s:
            rows = list(
                s.scalars(
                    select(CustomerFeedback)
                    .order_by(CustomerFeedback.at.desc(), CustomerFeedback.id.desc())
                    .limit(limit)
                )
            )
            count, total = s.execute(
                select(
                    func.count(CustomerFeedback.id),
                    func.coalesce(func.sum(CustomerFeedback.rating), 0),
                )
            ).one()
            names = user_names(s, {r.taken_by for r in rows})
            average = (
                (Decimal(int(total)) / Decimal(int(count))).quantize(
                    Decimal("0.1"), rounding=ROUND_HALF_UP
                )
                if count
                else Decimal(0)
            )
            return FeedbackBoard(
                rows=tuple(_info(s, r, names) for r in rows), count=int(count), average=average
            )
