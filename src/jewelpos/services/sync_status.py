"""What the status bar and `jewelpos sync status` show: unsent work, last success, errors.

Read-only over the outbox and the sync bookkeeping tables; the counter says "synced" only when
nothing is waiting (unsent count 0), never merely because the last round went well.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from jewelpos.db.models import SyncOutbox
from jewelpos.db.models_sync import (
    STATE_BRANCH_CODE,
    STATE_COUNTER_CODE,
    STATE_LAST_ATTEMPT_AT,
    STATE_LAST_ERROR,
    STATE_LAST_ERROR_AT,
    STATE_LAST_ERROR_KIND,
    STATE_LAST_SUCCESS_AT,
    STATE_SERVER_URL,
    SyncConflict,
    SyncQuarantine,
    SyncState,
)
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class SyncStatus:
    """A snapshot of this counter's sync."""

    enrolled: bool
    server_url: str
    branch_code: str
    counter_code: str
    unsent: int
    quarantined: int
    oldest_unsent_at: datetime | None
    last_attempt_at: datetime | None
    last_success_at: datetime | None
    last_error: str
    last_error_kind: str
    last_error_at: datetime | None
    open_conflicts: int
    checked_at: datetime

    @property
    def all_sent(self) -> bool:
        return self.unsent == 0

    @property
    def oldest_unsent_age_s(self) -> float | None:
        if self.oldest_unsent_at is None:
            return None
        return max(0.0, (self.checked_at - self.oldest_unsent_at).total_seconds())

    def as_dict(self) -> dict[str, Any]:
        out = {
            k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(self).items()
        }
        out["all_sent"] = self.all_sent
        out["oldest_unsent_age_s"] = self.oldest_unsent_age_s
        return out


@dataclass(frozen=True)
class ConflictInfo:
    id: str
    kind: str
    piece_id: str | None
    details: dict[str, Any]
    raised_at: datetime


class SyncStatusService:
    """Reads sync status and open conflicts (for the manager) from the counter database."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def status(self) -> SyncStatus:
        with self._uow.read() as s:
            state = {k: v for k, v in s.execute(select(SyncState.key, SyncState.value))}
            unsent, oldest = s.execute(
                select(func.count(), func.min(SyncOutbox.created_at)).where(
                    SyncOutbox.sent_at.is_(None)
                )
            ).one()
            held = s.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
            conflicts = (
                s.scalar(
                    select(func.count())
                    .select_from(SyncConflict)
                    .where(SyncConflict.resolved_at.is_(None))
                )
                or 0
            )
        if isinstance(oldest, str):
            oldest = _when(oldest)
        if oldest is not None and oldest.tzinfo is None:
            from datetime import UTC

            oldest = oldest.replace(tzinfo=UTC)
        return SyncStatus(
            enrolled=bool(state.get(STATE_SERVER_URL)),
            server_url=state.get(STATE_SERVER_URL, ""),
            branch_code=state.get(STATE_BRANCH_CODE, ""),
            counter_code=state.get(STATE_COUNTER_CODE, ""),
            unsent=int(unsent or 0),
            quarantined=int(held),
            oldest_unsent_at=oldest,
            last_attempt_at=_when(state.get(STATE_LAST_ATTEMPT_AT)),
            last_success_at=_when(state.get(STATE_LAST_SUCCESS_AT)),
            last_error=state.get(STATE_LAST_ERROR, ""),
            last_error_kind=state.get(STATE_LAST_ERROR_KIND, ""),
            last_error_at=_when(state.get(STATE_LAST_ERROR_AT)),
            open_conflicts=int(conflicts),
            checked_at=self._clock.now(),
        )

    def conflicts(self) -> list[ConflictInfo]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
                .order_by(SyncConflict.raised_at)
            ).all()
            return [
                ConflictInfo(r.id, r.kind, r.piece_id, dict(r.details), r.raised_at) for r in rows
            ]
