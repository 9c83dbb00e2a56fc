"""Start-up migration with a backup first, online backups with rotation, and restore."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from alembic import command

from jewelpos.db.backup import backup_database, list_backups, restore_database
from jewelpos.db.migrate import SCHEMA_HEADS, alembic_config, current_revisions, upgrade_database
from jewelpos.domain.errors import ValidationError


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _write(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_missing_database_is_created_without_a_backup(tmp_path: Path) -> None:
    """A first start creates the schema and makes no backup (there is nothing to keep)."""
    db = tmp_path / "data" / "jewelpos.sqlite3"
    assert upgrade_database(db, tmp_path / "backups", keep=3) is None
    assert current_revisions(db) == SCHEMA_HEADS
    assert list_backups(tmp_path / "backups") == []


def test_database_at_head_is_left_alone_quickly(db_path: Path, tmp_path: Path) -> None:
    """At the head revision, start-up neither backs up nor touches the file, in milliseconds."""
    before = db_path.stat().st_mtime_ns
    started = time.perf_counter()
    assert upgrade_database(db_path, tmp_path / "backups", keep=3) is None
    assert time.perf_counter() - started < 0.05
    assert db_path.stat().st_mtime_ns == before
    assert list_backups(tmp_path / "backups") == []


def test_database_behind_head_is_backed_up_before_upgrading(tmp_path: Path) -> None:
    """An older schema is copied to the backups folder first, then migrated to head."""
    db = tmp_path / "jewelpos.sqlite3"
    command.upgrade(alembic_config(db_path=db), "heads")
    command.downgrade(alembic_config(db_path=db), "base")
    _write(db, "CREATE TABLE marker (note TEXT)")
    _write(db, "INSERT INTO marker VALUES ('before upgrade')")
    assert current_revisions(db) == frozenset()

    backup = upgrade_database(db, tmp_path / "backups", keep=3)

    assert backup is not None and backup.parent == tmp_path / "backups"
    assert _rows(backup, "SELECT note FROM marker") == [("before upgrade",)]
    assert _rows(backup, "SELECT name FROM sqlite_master WHERE name='stock_piece'") == []
    assert current_revisions(db) == SCHEMA_HEADS


def test_backup_restore_round_trip(db_path: Path, tmp_path: Path) -> None:
    """Restoring a backup brings its data back and keeps the replaced database as a copy."""
    backups = tmp_path / "backups"
    _write(
        db_path,
        "INSERT INTO number_series (device_id, doc_type, period, prefix, next_value)"
        " VALUES ('d', 'bill', '2526', 'B1C1', 7)",
    )
    backup = backup_database(db_path, backups, keep=5)
    _write(db_path, "UPDATE number_series SET next_value = 99")

    saved = restore_database(backup, db_path, backups)

    assert _rows(db_path, "SELECT next_value FROM number_series") == [(7,)]
    assert saved is not None
    assert _rows(saved, "SELECT next_value FROM number_series") == [(99,)]
    assert saved not in list_backups(backups)  # kept outside rotation


def test_backup_to_a_chosen_file(db_path: Path, tmp_path: Path) -> None:
    """--to writes the backup where asked, as a single self-contained file."""
    dest = tmp_path / "usb" / "shop.sqlite3"
    assert backup_database(db_path, tmp_path / "backups", keep=2, dest=dest) == dest
    assert _rows(dest, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(_rows(dest, "SELECT version_num FROM alembic_version")) == [
        (h,) for h in sorted(SCHEMA_HEADS)
    ]


def test_rotation_keeps_the_newest(db_path: Path, tmp_path: Path) -> None:
    """Only the `keep` newest timestamped backups stay in the backups folder."""
    backups = tmp_path / "backups"
    made = [backup_database(db_path, backups, keep=2) for _ in range(4)]
    assert list_backups(backups) == made[-2:]
    assert not made[0].exists()


def test_restore_refuses_a_file_that_is_not_a_database(db_path: Path, tmp_path: Path) -> None:
    """A non-database file is refused and the current database is untouched."""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValidationError):
        restore_database(junk, db_path, tmp_path / "backups")
    assert current_revisions(db_path) == SCHEMA_HEADS
