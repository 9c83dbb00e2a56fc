"""Whether a shop day is closed at a counter: closed at day end and not reopened since."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import DayEnd
from jewelpos.db.models_day import DayReopen


def day_end_row(s: Session, device_id: str, day: date) -> DayEnd | None:
    """The day's day_end row at this counter (closed or reopened since), or None."""
    return s.scalars(
        select(DayEnd).where(DayEnd.device_id == device_id, DayEnd.shop_day == day)
    ).first()


def last_reopened_at(s: Session, row: DayEnd) -> datetime | None:
    """When the day was last reopened, or None."""
    return s.scalars(
        select(DayReopen.at)
        .where(DayReopen.day_end_id == row.id)
        .order_by(DayReopen.at.desc())
        .limit(1)
    ).first()


def is_closed_row(s: Session, row: DayEnd) -> bool:
    """Closed unless reopened at or after it was (last) closed."""
    reopened = last_reopened_at(s, row)
    return reopened is None or reopened < row.closed_at


def day_is_closed(s: Session, device_id: str, day: date) -> bool:
    """The day was closed at day end at this counter and is not reopened."""
    row = day_end_row(s, device_id, day)
    return row is not None and is_closed_row(s, row)
