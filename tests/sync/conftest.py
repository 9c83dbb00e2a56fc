"""Fixtures for sync tests: one PostgreSQL cluster and one server per session, fresh ones on
request (tests that change server-wide state)."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from syncsupport import PgCluster, ServerProcess, server_cmd  # noqa: E402

os.environ["JEWELPOS_TOKEN_STORE"] = "file"  # never touch the real keyring from tests


@pytest.fixture(scope="session")
def pg() -> Iterator[PgCluster]:
    cluster = PgCluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


def _new_db(pg: PgCluster) -> str:
    url = pg.createdb("t" + uuid.uuid4().hex[:12])
    server_cmd(url, "db", "upgrade")
    return url


@pytest.fixture(scope="session")
def server_db(pg: PgCluster) -> str:
    return _new_db(pg)


@pytest.fixture(scope="session")
def server(server_db: str) -> Iterator[ServerProcess]:
    proc = ServerProcess(server_db).start()
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def engine(server_db: str) -> Iterator[Engine]:
    from jewelpos.server.db import make_server_engine

    eng = make_server_engine(server_db)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def own_server(pg: PgCluster) -> Iterator[ServerProcess]:
    """A server on a database of its own (for tests that change server-wide settings)."""
    proc = ServerProcess(_new_db(pg)).start()
    try:
        yield proc
    finally:
        proc.stop()
