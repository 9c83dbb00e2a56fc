"""Gapless number series, allocated inside the caller's transaction (rolled back with it)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple, TypedDict

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from jewelpos.db.models import NumberSeries
from jewelpos.db.series_renewal import check_may_number
from jewelpos.domain.numbering import (
    DocType,
    financial_year,
    format_document_number,
    series_code,
)

NO_PERIOD = "0000"  # series that never restart (e.g. tag codes)


class SeriesCodes(TypedDict):
    """Whose series: this counter's device id and the branch and counter codes in its numbers."""

    device_id: str
    branch_code: str
    counter_code: str


class Allocated(NamedTuple):
    """A number taken from a series: the number, its series (``IB1-C2``) and sequence value."""

    number: str
    series: str
    seq: int


def next_in_series(
    session: Session, *, device_id: str, doc_type: str, period: str, prefix: str = ""
) -> int:
    """Take the next value of a series (creating it at 1) in the session's transaction.

    The UPDATE takes SQLite's write lock, so no other transaction can take the same value, and
    a rollback gives the value back: the series stays gapless. Documents take their numbers
    through ``allocate_number``; this is for series that are not document numbers (tag codes).
    SeriesRenewalRequired after a restore, until head office gives the counter a new series
    (see db/series_renewal.py).
    """
    check_may_number(session)
    conn = session.connection()
    taken = conn.execute(
        update(NumberSeries)
        .where(
            NumberSeries.device_id == device_id,
            NumberSeries.doc_type == doc_type,
            NumberSeries.period == period,
        )
        .values(next_value=NumberSeries.next_value + 1)
        .returning(NumberSeries.next_value)
    ).scalar()
    if taken is not None:
        return int(taken) - 1
    conn.execute(
        insert(NumberSeries).values(
            device_id=device_id, doc_type=doc_type, period=period, prefix=prefix, next_value=2
        )
    )
    return 1


def peek_next(session: Session, *, device_id: str, doc_type: str, period: str) -> int:
    """The value the series would give next (1 for a new series), without taking it."""
    value = session.execute(
        select(NumberSeries.next_value).where(
            NumberSeries.device_id == device_id,
            NumberSeries.doc_type == doc_type,
            NumberSeries.period == period,
        )
    ).scalar()
    return 1 if value is None else int(value)


def allocate_number(
    session: Session,
    doc_type: DocType,
    *,
    device_id: str,
    branch_code: str,
    counter_code: str,
    day: date,
) -> Allocated:
    """The next number of this counter's series of ``doc_type`` in the financial year of ``day``,
    e.g. ("IB1-C2/25/00042", "IB1-C2", 42). The codes are checked before the
    value is taken (ValidationError), so a refused number leaves no gap."""
    prefix = series_code(doc_type, branch_code=branch_code, counter_code=counter_code)
    fy = financial_year(day)
    seq = next_in_series(
        session, device_id=device_id, doc_type=doc_type.key, period=fy, prefix=prefix
    )
    number = format_document_number(
        doc_type, branch_code=branch_code, counter_code=counter_code, day=day, seq=seq
    )
    return Allocated(number, prefix, seq)


def preview_number(
    session: Session,
    doc_type: DocType,
    *,
    device_id: str,
    branch_code: str,
    counter_code: str,
    day: date,
) -> str:
    """The number ``allocate_number`` would give next; nothing is taken."""
    seq = peek_next(session, device_id=device_id, doc_type=doc_type.key, period=financial_year(day))
    return format_document_number(
        doc_type, branch_code=branch_code, counter_code=counter_code, day=day, seq=seq
    )
