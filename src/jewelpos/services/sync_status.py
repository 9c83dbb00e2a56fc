"""What the status bar, the manager's sync dialog and `jewelpos sync status` show: unsent work,
last success, errors, changes head office refused, conflicts; and `Send again` for refused ones.

Reads the outbox and the sync bookkeeping tables; the counter says "synced" only when nothing is
waiting (unsent count 0), never merely because the last round went well.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select

from jewelpos.db.models import StockPiece, SyncOutbox
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_sync import (
    STATE_BRANCH_CODE,
    STATE_CLOCK_OFFSET_S,
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
from jewelpos.domain.errors import PermissionDenied
from jewelpos.services._common import audit

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo

DOCUMENT_TABLES = {"invoice": Invoice}
"""Tables whose rows carry a document number the manager recognises."""


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


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
    clock_offset_s: float | None = None
    """Head office's clock minus this counter's, as last seen (None: not known yet)."""

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


@dataclass(frozen=True)
class QuarantinedChange:
    """A change head office refused: held back (not re-sent) until a manager sends it again."""

    outbox_id: str
    table: str
    row_id: str
    document_number: str
    reason: str
    refused_at: datetime


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the manager reads it, e.g. one piece sold on two bills at two counters."""

    id: str
    kind: str
    piece_id: str | None
    tag_code: str
    bill_numbers: tuple[str, ...]
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
            clock_offset_s=_float(state.get(STATE_CLOCK_OFFSET_S)),
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

    def quarantined(self) -> list[QuarantinedChange]:
        """Refused changes, oldest first, with the document number where there is one."""
        with self._uow.read() as s:
            rows = s.scalars(select(SyncQuarantine).order_by(SyncQuarantine.outbox_seq)).all()
            numbers: dict[str, str] = {}
            for table, model in DOCUMENT_TABLES.items():
                ids = [q.row_id for q in rows if q.table_name == table]
                if ids:
                    numbers.update(
                        s.execute(select(model.id, model.number).where(model.id.in_(ids))).all()
                    )
            return [
                QuarantinedChange(
                    outbox_id=q.outbox_id,
                    table=q.table_name,
                    row_id=q.row_id,
                    document_number=numbers.get(q.row_id, ""),
                    reason=q.reason,
                    refused_at=q.at,
                )
                for q in rows
            ]

    def release_quarantined(self, *, by: UserInfo) -> int:
        """Let every refused change go again with the next sync (after head office fixed the
        cause); owners and managers only, audited. Returns how many were released."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can send refused changes again.")
        with self._uow.begin() as s:
            held = list(s.scalars(select(SyncQuarantine.outbox_id)))
            if held:
                s.execute(delete(SyncQuarantine))
                audit(
                    s,
                    user_id=by.id,
                    action="sync_release",
                    entity="sync_quarantine",
                    entity_id=None,
                    at=self._clock.now(),
                    details={"changes": len(held)},
                )
        return len(held)

    def conflict_rows(self) -> list[ConflictRow]:
        """Open conflicts with the piece's tag and the bill numbers (head office sends the
        numbers of other counters' bills; this counter's own are looked up here)."""
        found = self.conflicts()
        with self._uow.read() as s:
            out: list[ConflictRow] = []
            for c in found:
                docs = [str(d) for d in c.details.get("documents", []) or []]
                sent = [str(n) for n in c.details.get("numbers", []) or []]
                local = dict(
                    s.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(docs))).all()
                )
                numbers = tuple(
                    local.get(d) or (sent[i] if i < len(sent) else "") or d[:8]
                    for i, d in enumerate(docs)
                )
                tag = ""
                if c.piece_id:
                    tag = (
                        s.scalar(select(StockPiece.tag_code).where(StockPiece.id == c.piece_id))
                        or ""
                    )
                out.append(
                    ConflictRow(
                        id=c.id,
                        kind=c.kind,
                        piece_id=c.piece_id,
                        tag_code=tag or str(c.details.get("tag_code", "") or ""),
                        bill_numbers=numbers,
                        raised_at=c.raised_at,
                    )
                )
        return out
