"""Documents in typed tables at head office: what reports add up, kept beside the row store.

The row store keeps every pushed row whole as JSON, for pulls and for the counters (it stays
the source of truth for sync). Documents that reports add up (invoices with their lines and
payments, credit notes, old-gold vouchers, scheme receipts and entries) are also written, in
the same transaction as the row store, into one typed table each (``doc_<table>``) with the
columns reports use, real SQL types and indexes, so a consolidated report is an SQL aggregate
instead of a year of JSON loaded into Python.

A row reaches its typed table only after ``schemas.check_row`` accepted it, so every value has
its declared type; a column the row does not carry is stored as NULL (reports COALESCE). Each
typed row has the row id, the branch it belongs to (from the pushing device's token) and the
server sequence of its last write. Adding a document table: list it in ``DOCUMENTS`` with its
columns, add a server migration creating ``doc_<table>`` with the same columns and indexes and
filling it from ``row_store`` (as s0003 does, with its own frozen copy of the columns), and a
test that a pushed row reaches it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    Table,
    delete,
)
from sqlalchemy.dialects import postgresql, sqlite

from jewelpos.server.models import metadata

_TYPES: dict[str, Any] = {
    "str": String(200),
    "int": Integer(),
    "big": BigInteger(),
    "date": Date(),
    "datetime": DateTime(timezone=True),
    "bool": Boolean(),
}

DOCUMENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "invoice": (
        ("number", "str"),
        ("series", "str"),
        ("fy", "str"),
        ("seq", "int"),
        ("shop_day", "date"),
        ("issued_at", "datetime"),
        ("customer_id", "str"),
        ("buyer_gstin", "str"),
        ("buyer_state_code", "str"),
        ("supply", "str"),
        ("place_of_supply", "str"),
        ("taxable_paise", "big"),
        ("cgst_paise", "big"),
        ("sgst_paise", "big"),
        ("igst_paise", "big"),
        ("invoice_value_paise", "big"),
        ("old_gold_paise", "big"),
        ("set_off_paise", "big"),
        ("round_off_paise", "big"),
        ("net_payable_paise", "big"),
        ("status", "str"),
        ("salesperson_id", "str"),
        ("cashier_id", "str"),
        ("cancelled_at", "datetime"),
    ),
    "invoice_line": (
        ("invoice_id", "str"),
        ("line_no", "int"),
        ("piece_id", "str"),
        ("category_id", "str"),
        ("hsn", "str"),
        ("metal", "str"),
        ("purity", "int"),
        ("gross_mg", "big"),
        ("stone_mg", "big"),
        ("net_mg", "big"),
        ("fine_mg", "big"),
        ("rate_paise", "big"),
        ("metal_paise", "big"),
        ("wastage_paise", "big"),
        ("making_paise", "big"),
        ("making_discount_paise", "big"),
        ("stones_paise", "big"),
        ("hallmark_paise", "big"),
        ("taxable_paise", "big"),
        ("gst_bp", "int"),
    ),
    "payment": (
        ("invoice_id", "str"),
        ("line_no", "int"),
        ("mode", "str"),
        ("amount_paise", "big"),
    ),
    "credit_note": (
        ("number", "str"),
        ("fy", "str"),
        ("shop_day", "date"),
        ("issued_at", "datetime"),
        ("invoice_id", "str"),
        ("customer_id", "str"),
        ("taxable_paise", "big"),
        ("cgst_paise", "big"),
        ("sgst_paise", "big"),
        ("igst_paise", "big"),
        ("total_paise", "big"),
    ),
    "credit_note_line": (
        ("credit_note_id", "str"),
        ("invoice_line_id", "str"),
        ("piece_id", "str"),
        ("taxable_paise", "big"),
        ("gst_bp", "int"),
    ),
    "old_gold_voucher": (
        ("number", "str"),
        ("fy", "str"),
        ("shop_day", "date"),
        ("issued_at", "datetime"),
        ("invoice_id", "str"),
        ("customer_id", "str"),
        ("fine_mg", "big"),
        ("total_paise", "big"),
        ("status", "str"),
        ("cancelled_at", "datetime"),
    ),
    "old_gold_voucher_line": (
        ("voucher_id", "str"),
        ("line_no", "int"),
        ("metal", "str"),
        ("gross_mg", "big"),
        ("net_mg", "big"),
        ("fine_mg", "big"),
        ("value_paise", "big"),
    ),
    "scheme_receipt": (
        ("number", "str"),
        ("account_id", "str"),
        ("paid_on", "date"),
        ("mode", "str"),
        ("amount_paise", "big"),
        ("mg", "big"),
    ),
    "scheme_entry": (
        ("account_id", "str"),
        ("on_day", "date"),
        ("kind", "str"),
        ("amount_paise", "big"),
        ("mg", "big"),
        ("receipt_id", "str"),
        ("invoice_id", "str"),
    ),
}
"""Counter table -> the columns head office keeps typed (name, kind)."""

INDEXES: dict[str, tuple[tuple[str, ...], ...]] = {
    "invoice": (("shop_day", "branch_id"), ("series", "fy", "seq")),
    "invoice_line": (("invoice_id",),),
    "payment": (("invoice_id",),),
    "credit_note": (("shop_day", "branch_id"), ("invoice_id",)),
    "credit_note_line": (("credit_note_id",),),
    "old_gold_voucher": (("shop_day", "branch_id"),),
    "old_gold_voucher_line": (("voucher_id",),),
    "scheme_receipt": (("paid_on", "branch_id"), ("account_id",)),
    "scheme_entry": (("on_day", "branch_id"), ("account_id",)),
}


def typed_name(table: str) -> str:
    return f"doc_{table}"


def _table(name: str, columns: Sequence[tuple[str, str]]) -> Table:
    """``doc_<name>``: row id, branch, the server sequence of the last write, the columns."""
    table = Table(
        typed_name(name),
        metadata,
        Column("row_id", String(64), primary_key=True),
        Column("branch_id", String(36), nullable=True),
        Column("server_seq", BigInteger, nullable=False),
        *(Column(c, _TYPES[kind], nullable=True) for c, kind in columns),
    )
    for parts in INDEXES.get(name, ()):
        Index(f"ix_{typed_name(name)}_{'_'.join(parts)}", *(table.c[p] for p in parts))
    return table


TABLES: dict[str, Table] = {name: _table(name, cols) for name, cols in DOCUMENTS.items()}
"""Counter table -> its typed head-office table."""


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value) if isinstance(value, str) else value
    if kind == "datetime":
        return datetime.fromisoformat(value) if isinstance(value, str) else value
    if kind == "str":
        return str(value)[:200]
    return value


def typed_row(table: str, row_id: str, branch_id: str | None, seq: int, payload: Mapping[str, Any]
              ) -> dict[str, Any]:  # fmt: skip
    """The typed row of a checked payload."""
    row: dict[str, Any] = {"row_id": row_id, "branch_id": branch_id, "server_seq": seq}
    for name, kind in DOCUMENTS[table]:
        row[name] = _value(kind, payload.get(name))
    return row


def _upsert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    dialect = conn.dialect.name
    ins: Any
    if dialect == "postgresql":
        ins = postgresql.insert(table)
    elif dialect == "sqlite":
        ins = sqlite.insert(table)
    else:  # pragma: no cover - the server runs on PostgreSQL or SQLite
        raise RuntimeError(f"typed documents need PostgreSQL or SQLite, not {dialect}")
    changing = {c.name: ins.excluded[c.name] for c in table.columns if c.name != "row_id"}
    conn.execute(ins.on_conflict_do_update(index_elements=["row_id"], set_=changing), rows)


def project(conn: Connection, writes: Iterable[Mapping[str, Any]]) -> None:
    """Write the document rows among ``writes`` (row store rows just written) into their typed
    tables, in the caller's transaction; a deleted row leaves its typed table."""
    rows: dict[str, list[dict[str, Any]]] = {}
    gone: dict[str, list[str]] = {}
    for w in writes:
        table = w["table_name"]
        if table not in TABLES:
            continue
        if w["op"] == "delete":
            gone.setdefault(table, []).append(w["row_id"])
            continue
        rows.setdefault(table, []).append(
            typed_row(table, w["row_id"], w["branch_id"], w["seq"], w["payload"])
        )
    for table, typed in rows.items():
        for i in range(0, len(typed), 1000):
            _upsert(conn, TABLES[table], typed[i : i + 1000])
    for table, ids in gone.items():
        t = TABLES[table]
        conn.execute(delete(t).where(t.c.row_id.in_(ids)))
