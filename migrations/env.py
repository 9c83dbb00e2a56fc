"""Alembic environment: batch mode for SQLite, our metadata, and a connection passed in by code.

Code (tests, ``jewelpos.db.migrate``) passes an Engine or Connection as
``config.attributes["connection"]``; the ``alembic`` command line uses ``-x db=PATH`` or
``sqlalchemy.url`` from alembic.ini.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import Connection, Engine

from jewelpos.db.engine import make_engine
from jewelpos.db.models import metadata
from jewelpos.db.types import UtcDateTime

config = context.config
if config.config_file_name and "connection" not in config.attributes:
    from logging.config import fileConfig

    fileConfig(config.config_file_name, disable_existing_loggers=False)
target_metadata = metadata


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render our UtcDateTime as a plain sa.DateTime() so revisions do not import our code."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


def _url() -> str:
    db = context.get_x_argument(as_dictionary=True).get("db")
    if db:
        return f"sqlite:///{db}"
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("give the database with -x db=PATH or sqlalchemy.url")
    return url


def run_migrations_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        render_item=_render_item,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        # we emit BEGIN ourselves on SQLite (db/engine.py), so DDL is transactional there too
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if isinstance(given, Connection):
        _run_with(given)
        return
    if isinstance(given, Engine):
        engine = given
    else:
        url = _url()
        if not url.startswith("sqlite:///"):
            from sqlalchemy import create_engine

            engine = create_engine(url)
        else:
            engine = make_engine(url.removeprefix("sqlite:///"), foreign_keys=False)
    try:
        with engine.connect() as connection:
            _run_with(connection)
            connection.commit()
    finally:
        if given is None:
            engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
