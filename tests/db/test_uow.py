"""Unit of work: commit once, roll back on errors, and tell environment problems from bugs."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from jewelpos.db.engine import make_engine, make_session_factory
from jewelpos.db.models import NumberSeries
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import DatabaseBusy, DiskFull

NOW = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)


def _uow(db_path: Path, *, busy_timeout_ms: int = 5000) -> UnitOfWork:
    engine = make_engine(db_path, busy_timeout_ms=busy_timeout_ms)
    return UnitOfWork(make_session_factory(engine, clock=FixedClock(NOW)))


def _series(n: int) -> NumberSeries:
    return NumberSeries(device_id="d", doc_type=f"t{n}", period="2526", prefix="", next_value=1)


def _count(uow: UnitOfWork) -> int:
    with uow.read() as s:
        return s.scalar(select(func.count()).select_from(NumberSeries)) or 0


def test_with_statement_commits_once_on_success(db_path: Path) -> None:
    """`with uow as u:` commits what was added when the block ends normally."""
    uow = _uow(db_path)
    with uow as u:
        u.session.add(_series(1))
    assert _count(uow) == 1


def test_any_exception_rolls_back(db_path: Path) -> None:
    """An exception inside the block rolls everything back and propagates unchanged."""
    uow = _uow(db_path)
    with pytest.raises(KeyError), uow.begin() as s:
        s.add(_series(1))
        s.flush()
        raise KeyError("boom")
    assert _count(uow) == 0


def test_locked_database_becomes_database_busy(db_path: Path) -> None:
    """Another writer holding the lock past the busy timeout gives DatabaseBusy, nothing saved."""
    uow = _uow(db_path, busy_timeout_ms=50)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy), uow.begin() as s:
            s.add(_series(1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _count(uow) == 0


def test_full_disk_becomes_disk_full(db_path: Path) -> None:
    """SQLite's "database or disk is full" is reported as DiskFull and rolled back."""
    uow = _uow(db_path)
    with pytest.raises(DiskFull), uow.begin() as s:
        pages = s.execute(text("PRAGMA page_count")).scalar()
        s.execute(text(f"PRAGMA max_page_count = {pages}"))
        for i in range(2000):
            s.add(_series(i))
        s.flush()
    assert _count(uow) == 0
