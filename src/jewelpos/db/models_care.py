"""Keeping in touch after a visit: ratings of a bill, complaints and returns with follow-up,
touch-point checklists per bill and salespeople's monthly targets. Migration 0015 creates them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime

_TARGET_NAMESPACE = uuid.UUID("0b8f7a52-3c1d-4e9b-8a27-5d6e1f4c9b30")


def target_id(user_id: str, month: date) -> str:
    """The one id of a salesperson's target for a month (two counters write the same row)."""
    return str(uuid.uuid5(_TARGET_NAMESPACE, f"{user_id}:{month:%Y-%m}"))


class CustomerFeedback(Synced, Base):
    """A customer's rating (1-5) and comment of one bill, taken at the counter or by the
    feedback code of a thank-you message (``code``, ``via`` = code)."""

    __tablename__ = "customer_feedback"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),)

    # no foreign key to the bill: bills stay in their branch, feedback may arrive elsewhere
    invoice_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    invoice_no: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(500), default="")
    code: Mapped[str | None] = mapped_column(String(16))
    via: Mapped[str] = mapped_column(String(8), default="counter")
    """counter | code"""
    taken_by: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class Complaint(Synced, Base):
    """A complaint or a return request: what, about which bill, who handles it, when to follow
    up, and how it was resolved (a closed complaint always has its resolution)."""

    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_status_follow_up_on", "status", "follow_up_on"),
        CheckConstraint("status IN ('open', 'in_progress', 'closed')", name="status_known"),
    )

    kind: Mapped[str] = mapped_column(String(10))
    """complaint | return"""
    category: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    invoice_id: Mapped[str | None] = mapped_column(String(36))
    invoice_no: Mapped[str] = mapped_column(String(16), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status: Mapped[str] = mapped_column(String(12), default="open")
    handler_id: Mapped[str | None] = mapped_column(String(36))
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str] = mapped_column(Text, default="")
    opened_by: Mapped[str] = mapped_column(String(36))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(36))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class TouchPointCheck(Synced, Base):
    """One checklist item done for a bill's visit (door, counter, billing, delivery): who, when."""

    __tablename__ = "touch_point_check"
    __table_args__ = (UniqueConstraint("invoice_id", "stage", "item"),)

    invoice_id: Mapped[str] = mapped_column(String(36))
    invoice_no: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str] = mapped_column(String(10))
    item: Mapped[str] = mapped_column(String(120))
    done_by: Mapped[str] = mapped_column(String(36))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime())


class StaffTarget(Synced, Base):
    """A salesperson's target for a month (``month`` is its first day), set by a manager."""

    __tablename__ = "staff_target"
    __table_args__ = (UniqueConstraint("user_id", "month"),)

    user_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    month: Mapped[date] = mapped_column(Date)
    value_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    weight_mg: Mapped[int] = mapped_column(BigInteger, default=0)
    new_customers: Mapped[int] = mapped_column(Integer, default=0)
    scheme_enrolments: Mapped[int] = mapped_column(Integer, default=0)
    set_by: Mapped[str] = mapped_column(String(36))
    set_at: Mapped[datetime] = mapped_column(UtcDateTime())
