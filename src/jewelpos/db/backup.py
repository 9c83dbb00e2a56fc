"""Backups with SQLite's online backup API (safe while the counter runs), rotation and restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from jewelpos.domain.errors import ValidationError

BACKUP_PREFIX = "jewelpos-"
PRE_RESTORE_PREFIX = "pre-restore-"
BACKUP_SUFFIX = ".sqlite3"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def _unique(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def copy_database(src: Path, dest: Path, *, single_file: bool = True) -> None:
    """Copy a live SQLite database page by page into ``dest`` (created or overwritten).

    ``single_file`` switches the copy out of WAL mode so a backup is one self-contained file.
    """
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
            if single_file:
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        source.close()


def integrity_problems(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a database file: empty when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _checked_copy(src: Path, dest: Path) -> None:
    """Copy, then integrity-check the copy; a damaged copy is deleted and reported."""
    copy_database(src, dest)
    problems = integrity_problems(dest)
    if problems:
        dest.unlink(missing_ok=True)
        raise ValidationError("file", f"the backup copy failed its integrity check ({problems[0]})")


def list_backups(backups_dir: Path) -> list[Path]:
    """Rotated backups in ``backups_dir``, oldest first (their names sort by time)."""
    if not backups_dir.is_dir():
        return []
    return sorted(backups_dir.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"))


def rotate_backups(backups_dir: Path, *, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest rotated backups; returns the deleted paths."""
    backups = list_backups(backups_dir)
    doomed = backups[: max(0, len(backups) - max(keep, 1))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_database(
    db_path: Path, backups_dir: Path, *, keep: int, dest: Path | None = None
) -> Path:
    """Back up ``db_path`` to ``dest``, or to a timestamped file in ``backups_dir`` (then keep only
    the ``keep`` newest there). Returns the backup's path."""
    if not db_path.exists():
        raise FileNotFoundError(db_path)
    if dest is None:
        backups_dir.mkdir(parents=True, exist_ok=True)
        target = _unique(backups_dir / f"{BACKUP_PREFIX}{_stamp()}{BACKUP_SUFFIX}")
        _checked_copy(db_path, target)
        rotate_backups(backups_dir, keep=keep)
        return target
    dest.parent.mkdir(parents=True, exist_ok=True)
    _checked_copy(db_path, dest)
    return dest


def check_database_file(path: Path) -> None:
    """Raise ValidationError unless ``path`` is a readable SQLite database with a JewelPOS schema."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError("file", f"not a SQLite database ({exc})") from exc
    if not ok or ok[0] != "ok":
        raise ValidationError("file", "the database file is damaged")
    if "alembic_version" not in tables:
        raise ValidationError("file", "not a JewelPOS database")


def restore_database(src: Path, db_path: Path, backups_dir: Path) -> Path | None:
    """Replace ``db_path`` with the backup ``src`` (integrity-checked first and after); the
    current database is first kept as a copy in ``backups_dir`` (outside rotation) whose path is
    returned (None if there was none). The restored counter numbers no document until it takes
    a new series from head office (see series_renewal.py)."""
    check_database_file(src)
    saved: Path | None = None
    if db_path.exists():
        backups_dir.mkdir(parents=True, exist_ok=True)
        saved = _unique(backups_dir / f"{PRE_RESTORE_PREFIX}{_stamp()}{BACKUP_SUFFIX}")
        copy_database(db_path, saved)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    # Copying into the live file through SQLite (not a file copy) keeps its WAL consistent.
    copy_database(src, db_path, single_file=False)
    problems = integrity_problems(db_path)
    if problems:
        raise ValidationError("file", f"the restored database failed its check ({problems[0]})")
    from jewelpos.db.series_renewal import mark_restored

    mark_restored(db_path, source=src.name)
    return saved
