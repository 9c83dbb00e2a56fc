"""Documents in typed tables (doc_<table>): invoices, lines, payments, credit notes, old-gold
vouchers, scheme receipts and entries, with indexes for reports; filled from the row store.

Revision ID: s0003
Revises: s0002
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "s0003"
down_revision: str | Sequence[str] | None = "s0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TYPES: dict[str, Any] = {
    "str": sa.String(200),
    "int": sa.Integer(),
    "big": sa.BigInteger(),
    "date": sa.Date(),
    "datetime": sa.DateTime(timezone=True),
    "bool": sa.Boolean(),
}

# The columns as of this revision (frozen: later columns come with later revisions).
SPEC: dict[str, tuple[tuple[str, str], ...]] = {
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


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind == "str":
        return str(value)[:200]
    return value


def _backfill(table: sa.Table, name: str) -> None:
    conn = op.get_bind()
    rows = sa.table(
        "row_store",
        sa.column("table_name", sa.String),
        sa.column("row_id", sa.String),
        sa.column("branch_id", sa.String),
        sa.column("seq", sa.BigInteger),
        sa.column("op", sa.String),
        sa.column("payload", sa.JSON),
    )
    last = ""
    while True:
        found = conn.execute(
            sa.select(rows.c.row_id, rows.c.branch_id, rows.c.seq, rows.c.op, rows.c.payload)
            .where(rows.c.table_name == name, rows.c.row_id > last)
            .order_by(rows.c.row_id)
            .limit(5000)
        ).all()
        if not found:
            return
        typed = []
        for r in found:
            if r.op == "delete":
                continue
            payload = json.loads(r.payload) if isinstance(r.payload, str) else r.payload
            row = {"row_id": r.row_id, "branch_id": r.branch_id, "server_seq": r.seq}
            for col, kind in SPEC[name]:
                row[col] = _value(kind, payload.get(col))
            typed.append(row)
        if typed:
            conn.execute(sa.insert(table), typed)
        last = found[-1].row_id


def upgrade() -> None:
    for name, columns in SPEC.items():
        doc = f"doc_{name}"
        table = op.create_table(
            doc,
            sa.Column("row_id", sa.String(64), nullable=False),
            sa.Column("branch_id", sa.String(36), nullable=True),
            sa.Column("server_seq", sa.BigInteger(), nullable=False),
            *(sa.Column(c, TYPES[kind], nullable=True) for c, kind in columns),
            sa.PrimaryKeyConstraint("row_id", name=f"pk_{doc}"),
        )
        for parts in INDEXES.get(name, ()):
            op.create_index(f"ix_{doc}_{'_'.join(parts)}", doc, list(parts))
        assert table is not None
        _backfill(table, name)


def downgrade() -> None:
    for name in SPEC:
        op.drop_table(f"doc_{name}")
