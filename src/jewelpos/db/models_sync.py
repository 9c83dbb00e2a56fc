"""Counter-side sync bookkeeping tables: state, pull cursors, quarantined changes, conflicts,
the photos head office holds.

None of these rows travel to head office (they are not ``Synced``); the sync client in
``jewelpos.sync`` writes them, the sync status service reads them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base
from jewelpos.db.types import UtcDateTime


class SyncState(Base):
    """Key/value facts about this counter's sync: server URL, enrolment, last success/error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncCursor(Base):
    """How far this counter has pulled one stream (the server's sequence number)."""

    __tablename__ = "sync_cursor"

    stream: Mapped[str] = mapped_column(String(24), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class SyncQuarantine(Base):
    """An outbox change the server rejected: held back (not re-sent) until someone releases it."""

    __tablename__ = "sync_quarantine"

    outbox_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    outbox_seq: Mapped[int] = mapped_column(Integer, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class SyncConflict(Base):
    """A conflict for the manager (e.g. one tagged piece sold at two counters while offline)."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    piece_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


# keys of sync_state (written by jewelpos.sync, read by services.sync_status)
STATE_SERVER_URL = "server_url"
STATE_BRANCH_ID = "branch_id"
STATE_BRANCH_CODE = "branch_code"
STATE_BRANCH_NAME = "branch_name"
STATE_COUNTER_CODE = "counter_code"
STATE_DEVICE_ID = "device_id"
STATE_ROLE = "role"
STATE_TOKEN_STORE = "token_store"
STATE_ENROLLED_AT = "enrolled_at"
STATE_BRANCH_HAS_DATA = "branch_has_data"
""""1" when head office said at enrolment that the branch exists: setup pulls its data."""
STATE_LOCAL_BRANCH_ID = "local_branch_id"
"""The branch row id the branch's other counters use (from enrolment; may be empty)."""
STATE_LAST_ATTEMPT_AT = "last_attempt_at"
STATE_LAST_SUCCESS_AT = "last_success_at"
STATE_LAST_ERROR = "last_error"
STATE_LAST_ERROR_KIND = "last_error_kind"
STATE_LAST_ERROR_AT = "last_error_at"
STATE_CLOCK_OFFSET_S = "clock_offset_s"  # head office's clock minus this PC's, in seconds
STATE_PULLED_TO_END_PREFIX = "pulled_to_end:"
"""+ a stream name: when this counter last pulled that stream to its end (aware UTC ISO time of
head office's last answer), e.g. ``pulled_to_end:shared``: what this counter knows of the
stream's rows (scheme accounts and their entries) is at least that fresh."""


def pulled_to_end_key(stream: str) -> str:
    """The sync_state key of a stream's last complete pull."""
    return STATE_PULLED_TO_END_PREFIX + stream


class SyncPhoto(Base):
    """An order or repair photo head office is known to hold (uploaded from here, or found
    there): photos not listed here are offered to head office on the next sync."""

    __tablename__ = "sync_photo"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    at_head_office_at: Mapped[datetime] = mapped_column(UtcDateTime())
