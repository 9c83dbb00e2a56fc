"""Fixtures for database tests: a fresh migrated SQLite file per test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from jewelpos.db.engine import make_engine

# The suite runs with --import-mode=importlib, which does not put tests/ on sys.path;
# tests/factories.py holds the helpers shared by tests/db and tests/services.
_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import migrated_db  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return migrated_db(tmp_path / "jewelpos.sqlite3")


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(db_path)
    yield eng
    eng.dispose()
