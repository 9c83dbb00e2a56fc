"""Customers merged by a manager, family members and consent: one row per customer folded into a survivor. Nothing else is
rewritten (bills and other final documents keep their customer); every read of a customer's
history, points and credit takes the survivor's whole group. Synced, so a merge made on one
counter applies on every counter and at head office once pulled. Migration 0011 creates it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class CustomerMerge(Synced, Base):
    """``merged_id`` now lives on as ``survivor_id`` (never undone, never merged twice)."""

    __tablename__ = "customer_merge"

    merged_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), unique=True)
    survivor_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_user_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(200), default="")


class CustomerFamilyMember(Synced, Base):
    """A member of a customer's family: their birthday and anniversary for greetings; found
    by name in the customer search (``name_key`` as the customer's)."""

    __tablename__ = "customer_family_member"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    relation: Mapped[str] = mapped_column(String(40), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    anniversary: Mapped[date | None] = mapped_column(Date)


class CustomerConsent(Synced, Base):
    """Whether the customer agreed to hear from the shop, and do-not-disturb (one row each)."""

    __tablename__ = "customer_consent"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), unique=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    dnd: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
