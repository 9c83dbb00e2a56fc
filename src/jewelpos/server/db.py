"""Server database: engine for PostgreSQL (psycopg 3) or SQLite, and Alembic upgrade.

``DATABASE_URL`` (or ``--database-url``) chooses the database; ``postgresql://`` URLs use the
psycopg 3 driver. SQLite (the default, for one small shop) runs every write transaction as
``BEGIN IMMEDIATE`` so concurrent pushes serialise instead of failing half-way.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.pool import ConnectionPoolEntry

ENV_URL = "DATABASE_URL"
ENV_POOL_SIZE = "JEWELPOS_POOL_SIZE"
DEFAULT_URL = "sqlite:///jewelpos-server.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def database_url(given: str | None = None) -> str:
    """--database-url, else $DATABASE_URL, else a SQLite file in the working folder."""
    url = given or os.environ.get(ENV_URL) or DEFAULT_URL
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain) :]
    return url


def make_server_engine(url: str, *, pool_size: int = 5) -> Engine:
    """An Engine for the server database (pool pre-ping: survives a database restart)."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, pool_pre_ping=True
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            assert isinstance(dbapi_connection, sqlite3.Connection)
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA journal_mode = WAL")
            dbapi_connection.execute("PRAGMA synchronous = FULL")
            dbapi_connection.execute("PRAGMA busy_timeout = 30000")

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size)


def upgrade(engine: Engine) -> None:
    """Bring the server database to the newest schema (the server's own Alembic history)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
