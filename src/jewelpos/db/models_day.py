"""A closed shop day reopened by a manager (who, when, why); migration 0005 creates it.

The day_end row itself stays: the day counts as closed while its ``closed_at`` is later than its
last reopening, so closing again (which rewrites the day_end row) closes it once more.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class DayReopen(Synced, Base):
    """A manager reopened a closed day at this counter (logged with its approval)."""

    __tablename__ = "day_reopen"
    __table_args__ = (Index("ix_day_reopen_day_end_id_at", "day_end_id", "at"),)

    day_end_id: Mapped[str] = mapped_column(String(36))
    shop_day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_user_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text)
    approval_id: Mapped[str | None] = mapped_column(String(36))
