"""After ``upgrade heads`` every table of a final document carries its triggers, and the update
trigger guards every column but the writable ones: a later migration that rebuilds a document
table (dropping its triggers) or adds a column without calling ``immutability.install`` again
fails here."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from jewelpos.db import immutability

# by hand: the document tables (add the receipts of orders and schemes when they arrive)
DOCUMENT_TABLES = (
    "invoice",
    "invoice_line",
    "payment",
    "old_gold_voucher",
    "old_gold_voucher_line",
    "credit_note",
    "credit_note_line",
    "gift_voucher",
    "scheme_receipt",
    "scheme_entry",
    "invoice_discount",
    "coupon_use",
)
CANCELLABLE = {"invoice", "old_gold_voucher", "gift_voucher"}


def _triggers(db: Path) -> dict[str, tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type='trigger'")
        return {str(name): (str(table), str(sql)) for name, table, sql in rows}
    finally:
        conn.close()


def _columns(db: Path, table: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
    finally:
        conn.close()


def test_rules_cover_every_document_table() -> None:
    """The module protects exactly the document tables listed here."""
    assert set(immutability.RULES) == set(DOCUMENT_TABLES)


@pytest.mark.parametrize("table", DOCUMENT_TABLES)
def test_every_document_table_has_its_triggers_after_upgrade(db_path: Path, table: str) -> None:
    """Update and delete triggers (and the cancel-once trigger where a document can be
    cancelled) exist on the migrated file, and the update trigger names every column except
    the bookkeeping and cancellation ones."""
    found = _triggers(db_path)
    update = found.get(f"trg_final_{table}_update")
    delete = found.get(f"trg_final_{table}_delete")
    assert update is not None and update[0] == table, f"{table} has no update trigger"
    assert delete is not None and delete[0] == table, f"{table} has no delete trigger"
    assert "RAISE(ABORT, 'final document:" in delete[1]
    guarded = set(re.findall(r'OLD\."([a-z_0-9]+)" IS NOT NEW\.', update[1]))
    writable = immutability.RULES[table].writable
    assert writable >= {"updated_at", "version"}
    missing = [c for c in _columns(db_path, table) if c not in writable and c not in guarded]
    assert not missing, f"{table}: columns not guarded (call immutability.install): {missing}"
    if table in CANCELLABLE:
        assert f"trg_final_{table}_cancel" in found


def test_install_is_idempotent(db_path: Path) -> None:
    """Installing again (as a later migration would) leaves one set of triggers."""
    from jewelpos.db.engine import make_engine

    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            immutability.install(conn)
            immutability.install(conn, ("invoice",))
    finally:
        engine.dispose()
    names = [n for n in _triggers(db_path) if n.startswith("trg_final_")]
    assert sorted(names) == sorted(
        n for t in DOCUMENT_TABLES for n in immutability.trigger_names(t)
    )
