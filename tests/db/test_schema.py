"""The schema built by the Alembic migrations is the schema of the models; pragmas are set."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect

from jewelpos.db.engine import make_engine
from jewelpos.db.migrate import MIGRATIONS_DIR, SCHEMA_HEADS, alembic_config, script_heads
from jewelpos.db.models import SYNCED_TABLES, metadata

REPO = Path(__file__).resolve().parents[2]


def test_upgrade_head_on_empty_file_matches_models(tmp_path: Path) -> None:
    """`alembic upgrade head` on an empty SQLite file gives exactly the models' schema."""
    db = tmp_path / "empty.sqlite3"
    command.upgrade(alembic_config(db_path=db), "heads")
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert diff == []
    assert set(metadata.tables) | {"alembic_version"} == tables


def test_schema_head_constant_is_the_scripts_head() -> None:
    """The start-up fast path compares with SCHEMA_HEADS, so it must be the scripts' head."""
    assert script_heads() == SCHEMA_HEADS


def test_repo_alembic_ini_finds_the_packaged_scripts() -> None:
    """alembic.ini at the repository root points at the scripts inside the package."""
    cfg = Config(str(REPO / "alembic.ini"))
    script = ScriptDirectory.from_config(cfg)
    assert Path(script.dir).resolve() == MIGRATIONS_DIR
    assert frozenset(script.get_heads()) == SCHEMA_HEADS


def test_engine_sets_pragmas_on_every_connection(engine: Engine) -> None:
    """WAL journal, foreign keys on, synchronous=FULL and a busy timeout on each new connection."""
    for _ in range(2):
        with engine.connect() as conn:
            raw = conn.exec_driver_sql
            assert raw("PRAGMA journal_mode").scalar() == "wal"
            assert raw("PRAGMA foreign_keys").scalar() == 1
            assert raw("PRAGMA synchronous").scalar() == 2
            assert raw("PRAGMA busy_timeout").scalar() == 5000
        engine.dispose()  # the second round gets a brand-new connection


def test_foreign_keys_can_be_off_for_migrations(db_path: Path) -> None:
    """Migrations use an engine with foreign keys off (SQLite batch table rebuilds need it)."""
    eng = make_engine(db_path, foreign_keys=False)
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 0
    eng.dispose()


def test_synced_tables_carry_bookkeeping_columns() -> None:
    """Every synced table has the sync bookkeeping columns; local tables are not synced."""
    assert {"customer", "stock_piece", "metal_rate", "audit_log", "piece_huid"} <= SYNCED_TABLES
    assert not {"sync_outbox", "number_series"} & SYNCED_TABLES
    for name in SYNCED_TABLES:
        cols = set(metadata.tables[name].columns.keys())
        assert {"id", "branch_id", "device_id", "created_at", "updated_at", "version"} <= cols


def test_stock_search_columns_are_indexed(engine: Engine) -> None:
    """Tag code, design no., HUID and the status/metal/purity/category filters have indexes."""
    insp = inspect(engine)
    piece_ix = [tuple(ix["column_names"]) for ix in insp.get_indexes("stock_piece")]
    piece_uq = [tuple(u["column_names"]) for u in insp.get_unique_constraints("stock_piece")]
    huid_uq = [tuple(u["column_names"]) for u in insp.get_unique_constraints("piece_huid")]
    assert ("tag_code",) in piece_uq
    assert ("design_no",) in piece_ix
    assert ("huid",) in huid_uq
    assert any(ix[:4] == ("status", "metal", "purity", "category_id") for ix in piece_ix)
