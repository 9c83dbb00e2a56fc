"""After a restore the counter takes a new number series from head office before it numbers again.

Why: a backup is older than the database it replaces, so the restored ``number_series`` rows
point at numbers the lost database may already have printed on bills. Bumping each series past
the highest number head office has seen would still repeat any bill not yet synced, so instead a
restore stops numbering (``mark_restored``; ``allocate_number`` raises SeriesRenewalRequired) until
the counter takes a new counter code from head office (``renew_series``). Its prefix (branch code
+ counter code) is then new, so every series (bills, vouchers, estimates, tag codes) starts again
at 1 under a prefix never used before, and no number can repeat whatever the lost database had
issued. The check sits in ``next_in_series``, which every number of the counter goes through.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from jewelpos.db.models import Branch, Device, NumberSeries
from jewelpos.db.models_sync import STATE_COUNTER_CODE, SyncState
from jewelpos.domain.errors import SeriesRenewalRequired, ValidationError
from jewelpos.domain.numbering import validate_counter_code

STATE_RESTORED = "restored_needs_series"

RENEWAL_MESSAGE = (
    "This counter was restored from a backup and issues no bills, vouchers or estimates until "
    "head office gives it a new counter code: ask head office for one, then run "
    "`jewelpos series renew CODE`."
)


def mark_restored(db_path: Path, *, source: str) -> None:
    """Record in the (just restored) database that it needs a new series before numbering."""
    note = f"{datetime.now(UTC).isoformat(timespec='seconds')} from {source}"
    conn = sqlite3.connect(db_path)
    try:
        with conn:
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (STATE_RESTORED, note),
            )
    finally:
        conn.close()


def check_may_number(session: Session) -> None:
    """Raise SeriesRenewalRequired if this database was restored and has no new series yet."""
    if session.get(SyncState, STATE_RESTORED) is not None:
        raise SeriesRenewalRequired(RENEWAL_MESSAGE)


def renewal_pending(session: Session) -> str | None:
    """When and from what file the database was restored, while it still needs a new series."""
    row = session.get(SyncState, STATE_RESTORED)
    return None if row is None else row.value


def renew_series(session: Session, counter_code: str) -> str:
    """Give this counter the new counter code head office assigned (in the caller's
    transaction); numbering starts again under the new series. Returns it as ``B1-C9``."""
    code = validate_counter_code(counter_code)
    device = session.scalar(select(Device).where(Device.is_local.is_(True)))
    if device is None:
        raise ValidationError("counter_code", "this counter is not set up yet")
    if code == device.code.upper():
        raise ValidationError(
            "counter_code", "head office must give a new code, not the counter's old one"
        )
    branch = session.get(Branch, device.branch_id)
    prefix = f"{branch.code if branch else ''}-{code}"
    device.code = code
    # every series of this counter (documents and tag codes) starts again at 1 under the new prefix
    session.execute(
        update(NumberSeries).where(NumberSeries.device_id == device.id).values(next_value=1)
    )
    state = session.get(SyncState, STATE_COUNTER_CODE)
    if state is not None:
        state.value = code
    pending = session.get(SyncState, STATE_RESTORED)
    if pending is not None:
        session.delete(pending)
    return prefix
