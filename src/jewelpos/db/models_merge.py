"""Customers merged by a manager: one row per customer folded into a survivor. Nothing else is
rewritten (bills and other final documents keep their customer); every read of a customer's
history, points and credit takes the survivor's whole group. Synced, so a merge made on one
counter applies on every counter and at head office once pulled. Migration 0011 creates it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
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
