"""Engine and sessions for the counter's SQLite file: WAL, synchronous=FULL, foreign keys, busy timeout.

The driver's own transaction handling is switched off and we emit ``BEGIN`` ourselves, so a
unit of work that writes can start with ``BEGIN IMMEDIATE`` (take the write lock first, wait up
to the busy timeout) instead of failing half-way when a read transaction tries to upgrade.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from jewelpos.domain.clock import Clock, SystemClock

BUSY_TIMEOUT_MS = 5000
BEGIN_OPTION = "jewelpos_begin"  # execution option: "IMMEDIATE" for write transactions


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(
    db_path: Path | str,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    foreign_keys: bool = True,
    echo: bool = False,
) -> Engine:
    """An Engine on the SQLite file ``db_path`` with the counter's pragmas on every connection.

    ``foreign_keys=False`` is for migrations only: SQLite's batch table rebuilds need it off.
    """
    engine = create_engine(
        f"sqlite:///{Path(db_path)}",
        echo=echo,
        json_serializer=_json_dumps,
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )
    install_sqlite_pragmas(engine, busy_timeout_ms=busy_timeout_ms, foreign_keys=foreign_keys)
    return engine


def install_sqlite_pragmas(
    engine: Engine, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, foreign_keys: bool = True
) -> None:
    """Set the pragmas on each new connection and take over BEGIN (see the module docstring)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        assert isinstance(dbapi_connection, sqlite3.Connection)
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


def make_session_factory(engine: Engine, *, clock: Clock | None = None) -> sessionmaker[Session]:
    """A session factory whose sessions capture changes of synced rows into the sync outbox."""
    from jewelpos.db.outbox import install_change_capture

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install_change_capture(factory, clock=clock or SystemClock())
    return factory
