"""Final documents cannot change: SQLite triggers that refuse UPDATE and DELETE of their rows.

Every column of a protected table is protected except the few listed in ``RULES`` as writable:
the sync bookkeeping that change capture stamps on every update (``updated_at``, ``version``)
and, for documents that can be cancelled, the cancellation fields, which may be written exactly
once: from ``final`` to ``cancelled`` with the time set where it was empty. Nothing is ever
deleted. The protected columns are read from the table as it stands when ``install`` runs, so a
migration that adds columns to (or rebuilds) one of these tables calls ``install`` again; a test
checks after ``upgrade heads`` that every column is covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MESSAGE_PREFIX = "final document"
BOOKKEEPING_WRITABLE = frozenset({"updated_at", "version"})
"""Stamped by change capture (db/outbox.py) on every ORM update of a synced row."""


@dataclass(frozen=True)
class Cancellation:
    """The columns a cancellation writes once: ``status`` from ``final`` to ``cancelled`` and
    ``stamp`` (the time) from empty to set; ``columns`` are all of them."""

    columns: frozenset[str]
    status: str = "status"
    stamp: str = "cancelled_at"
    from_status: str = "final"
    to_status: str = "cancelled"


@dataclass(frozen=True)
class Rule:
    """What may still be written on a row of a final document after its insert."""

    cancellation: Cancellation | None = None

    @property
    def writable(self) -> frozenset[str]:
        extra = self.cancellation.columns if self.cancellation else frozenset()
        return BOOKKEEPING_WRITABLE | extra


RULES: dict[str, Rule] = {
    "invoice": Rule(
        Cancellation(
            frozenset(
                {"status", "cancelled_at", "cancelled_by", "cancel_approved_by", "cancel_reason"}
            )
        )
    ),
    "invoice_line": Rule(),
    "payment": Rule(),
    "old_gold_voucher": Rule(Cancellation(frozenset({"status", "cancelled_at"}))),
    "old_gold_voucher_line": Rule(),
    "credit_note": Rule(),
    "credit_note_line": Rule(),
    "gift_voucher": Rule(
        Cancellation(frozenset({"status", "cancelled_at", "cancelled_by", "cancel_reason"}))
    ),
    "scheme_receipt": Rule(),
    "scheme_entry": Rule(),
    "invoice_discount": Rule(),
    "coupon_use": Rule(),
}
"""Table -> rule. Add the receipts of orders and schemes here when they arrive."""


def trigger_names(table: str) -> tuple[str, ...]:
    """The triggers ``install`` creates on ``table``."""
    names = [f"trg_final_{table}_update", f"trg_final_{table}_delete"]
    if RULES[table].cancellation is not None:
        names.append(f"trg_final_{table}_cancel")
    return tuple(names)


def protected_columns(table: str, columns: list[str]) -> list[str]:
    """The columns of ``table`` (as it stands) that the update trigger guards."""
    writable = RULES[table].writable
    return [c for c in columns if c not in writable]


def _changed(columns: list[str] | frozenset[str]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in sorted(columns))


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """CREATE TRIGGER statements for ``table`` whose current columns are ``columns``."""
    rule = RULES[table]
    guarded = protected_columns(table, columns)
    out = [
        f'CREATE TRIGGER "trg_final_{table}_update" BEFORE UPDATE ON "{table}" '
        f"WHEN {_changed(guarded)} BEGIN SELECT RAISE(ABORT, "
        f"'{MESSAGE_PREFIX}: {table} rows are never changed; correct with a new document'); END",
        f'CREATE TRIGGER "trg_final_{table}_delete" BEFORE DELETE ON "{table}" '
        f"BEGIN SELECT RAISE(ABORT, "
        f"'{MESSAGE_PREFIX}: {table} rows are never deleted'); END",
    ]
    c = rule.cancellation
    if c is not None:
        once = (
            f"OLD.\"{c.status}\" = '{c.from_status}' AND NEW.\"{c.status}\" = '{c.to_status}' "
            f'AND OLD."{c.stamp}" IS NULL AND NEW."{c.stamp}" IS NOT NULL'
        )
        out.append(
            f'CREATE TRIGGER "trg_final_{table}_cancel" BEFORE UPDATE ON "{table}" '
            f"WHEN ({_changed(c.columns)}) AND NOT ({once}) BEGIN SELECT RAISE(ABORT, "
            f"'{MESSAGE_PREFIX}: {table} is cancelled once and its cancellation never changes');"
            " END"
        )
    return out


def _conn_of(op_or_conn: Any) -> Any:
    """A SQLAlchemy Connection from an Alembic ``op`` module/Operations or a Connection."""
    get_bind = getattr(op_or_conn, "get_bind", None)
    return get_bind() if callable(get_bind) else op_or_conn


def install(op_or_conn: Any, tables: tuple[str, ...] | None = None) -> None:
    """(Re)create the triggers of ``tables`` (default: all of ``RULES``) on a SQLite database,
    from the tables' columns as they are now. Other databases are left alone."""
    conn = _conn_of(op_or_conn)
    if conn.dialect.name != "sqlite":
        return
    for table in tables or tuple(RULES):
        columns = [str(r[1]) for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        if not columns:
            if tables is None:
                continue  # a later migration creates it and installs its triggers then
            raise RuntimeError(f"table {table} does not exist")
        drop(conn, (table,))
        for sql in trigger_sql(table, columns):
            conn.exec_driver_sql(sql)


def drop(op_or_conn: Any, tables: tuple[str, ...] | None = None) -> None:
    """Drop the triggers of ``tables`` (for a downgrade, or before re-installing)."""
    conn = _conn_of(op_or_conn)
    if conn.dialect.name != "sqlite":
        return
    for table in tables or tuple(RULES):
        for name in (*trigger_names(table), f"trg_final_{table}_cancel"):
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
