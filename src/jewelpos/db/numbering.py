"""Gapless number series, allocated inside the caller's transaction (rolled back with it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from jewelpos.db.models import NumberSeries
from jewelpos.db.series_renewal import check_may_number
from jewelpos.domain.numbering import financial_year, format_document_number

NO_PERIOD = "0000"  # series that never restart (e.g. tag codes)


def next_in_series(
    session: Session, *, device_id: str, doc_type: str, period: str, prefix: str = ""
) -> int:
    """Take the next value of a series (creating it at 1) in the session's transaction.

    The UPDATE takes SQLite's write lock, so no other transaction can take the same value, and
    a rollback gives the value back: the series stays gapless. SeriesRenewalRequired after a
    restore, until head office gives the counter a new series (see db/series_renewal.py).
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
    session: Session, *, device_id: str, doc_type: str, day: date, prefix: str
) -> str:
    """The next document number of this counter's series for ``doc_type`` in the financial year
    of ``day``, e.g. "B1C2/2526/00042". ValidationError if the format would exceed 16 chars
    (checked before the value is taken)."""
    fy = financial_year(day)
    format_document_number(prefix=prefix, fy=fy, seq=1)
    seq = next_in_series(session, device_id=device_id, doc_type=doc_type, period=fy, prefix=prefix)
    return format_document_number(prefix=prefix, fy=fy, seq=seq)
