"""Schema migrations at start-up: create a missing database, or back up and upgrade an old one.

The Alembic scripts live in the repository's top-level ``migrations/``; the wheel (and the
Windows app) ship them inside the package as ``jewelpos.migrations``, so an installed counter
finds them too. alembic.ini at the repository root points at ``migrations/``.
At every start-up ``upgrade_database`` reads ``alembic_version`` with plain sqlite3 and compares
it with ``SCHEMA_HEADS``; only when they differ does it import Alembic (a test keeps
``SCHEMA_HEADS`` equal to the scripts' heads).

Feature areas may add their migrations as separate branches off an earlier revision (the history
may have several heads); every head is listed in ``SCHEMA_HEADS`` and ``upgrade`` goes to all
of them ("heads"). A merge revision can join them later without changing anything else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

# Every head revision of the scripts; add yours when a migration adds a head.
SCHEMA_HEADS: frozenset[str] = frozenset(
    {"0003", "0004", "0005", "0007", "0008", "0010", "0012", "0013", "0014", "0015", "0017", "0019"}
)


def _migrations_dir() -> Path:
    """The installed package's ``jewelpos/migrations``, else the checkout's ``migrations/``."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "migrations"
    if (installed / "env.py").is_file():
        return installed
    return package.parents[1] / "migrations"


MIGRATIONS_DIR = _migrations_dir()


def alembic_config(
    connection: Connection | Engine | None = None, *, db_path: Path | None = None
) -> Config:
    """An Alembic Config for our scripts, optionally bound to a connection/engine or a file."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if db_path is not None:
        cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_heads() -> frozenset[str]:
    """The head revisions of the migration scripts (imports Alembic and reads the scripts)."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(db_path: Path) -> frozenset[str]:
    """The revisions stored in the database (empty if the file has no schema yet)."""
    if not db_path.exists():
        return frozenset()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return frozenset()
        found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        return frozenset(str(r[0]) for r in found)
    finally:
        conn.close()


def _upgrade(db_path: Path) -> None:
    from alembic import command

    from jewelpos.db.engine import make_engine

    # foreign keys off: SQLite batch migrations rebuild tables (copy, drop, rename)
    engine = make_engine(db_path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            command.upgrade(alembic_config(conn), "heads")
            conn.commit()
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"foreign key problems after migration: {problems[:5]}")
    finally:
        engine.dispose()


def upgrade_database(db_path: Path, backups_dir: Path, *, keep: int) -> Path | None:
    """Bring ``db_path`` to the latest schema; returns the backup made first, if any.

    A missing (or empty) database is created without a backup; one at the head revision is
    left alone (fast path: no Alembic import); any other existing file is backed up, then
    upgraded.
    """
    if current_revisions(db_path) == SCHEMA_HEADS:
        return None
    backup: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        from jewelpos.db.backup import backup_database

        backup = backup_database(db_path, backups_dir, keep=keep)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _upgrade(db_path)
    return backup
