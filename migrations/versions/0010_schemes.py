"""Savings schemes: plans, member accounts, instalment receipts, entries and post-dated cheques;
receipts and entries are final documents (their triggers are installed here).

Revision ID: 0010
Revises: 0001
Create Date: 2026-12-01 10:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jewelpos.db import immutability

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FINAL_TABLES = ("scheme_receipt", "scheme_entry")


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "scheme_plan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("instalment_paise", sa.BigInteger(), nullable=False),
        sa.Column("instalments", sa.Integer(), nullable=False),
        sa.Column("bonus_rule", sa.String(length=20), nullable=False),
        sa.Column("bonus_bp", sa.Integer(), nullable=False),
        sa.Column("bonus_treatment", sa.String(length=8), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("late_cut_bp", sa.Integer(), nullable=False),
        sa.Column("forfeit_after_late", sa.Integer(), nullable=False),
        sa.Column("allow_partial", sa.Boolean(), nullable=False),
        sa.Column("early_closure", sa.String(length=8), nullable=False),
        sa.Column("metal", sa.String(length=10), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_plan")),
        sa.UniqueConstraint("code", name=op.f("uq_scheme_plan_code")),
    )
    op.create_table(
        "scheme_account",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("passbook", sa.String(length=20), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("nominee", sa.String(length=120), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("enrolled_by", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["scheme_plan.id"], name=op.f("fk_scheme_account_plan_id_scheme_plan")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_scheme_account_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_account")),
        sa.UniqueConstraint("passbook", name=op.f("uq_scheme_account_passbook")),
    )
    op.create_index(op.f("ix_scheme_account_plan_id"), "scheme_account", ["plan_id"])
    op.create_index(op.f("ix_scheme_account_customer_id"), "scheme_account", ["customer_id"])
    op.create_table(
        "scheme_receipt",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("mg", sa.BigInteger(), nullable=False),
        sa.Column("taken_by", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["scheme_account.id"],
            name=op.f("fk_scheme_receipt_account_id_scheme_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_scheme_receipt_number")),
    )
    op.create_index(op.f("ix_scheme_receipt_account_id"), "scheme_receipt", ["account_id"])
    op.create_table(
        "scheme_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("mg", sa.BigInteger(), nullable=False),
        sa.Column("receipt_id", sa.String(length=36), nullable=True),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.String(length=120), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["scheme_account.id"],
            name=op.f("fk_scheme_entry_account_id_scheme_account"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["scheme_receipt.id"],
            name=op.f("fk_scheme_entry_receipt_id_scheme_receipt"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_entry")),
    )
    op.create_index(op.f("ix_scheme_entry_account_id"), "scheme_entry", ["account_id"])
    op.create_index(op.f("ix_scheme_entry_receipt_id"), "scheme_entry", ["receipt_id"])
    op.create_index(op.f("ix_scheme_entry_invoice_id"), "scheme_entry", ["invoice_id"])
    op.create_table(
        "scheme_cheque",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("cheque_no", sa.String(length=12), nullable=False),
        sa.Column("bank", sa.String(length=60), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("receipt_id", sa.String(length=36), nullable=True),
        sa.Column("bounce_charge_paise", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["scheme_account.id"],
            name=op.f("fk_scheme_cheque_account_id_scheme_account"),
        ),
        sa.ForeignKeyConstraint(
            ["receipt_id"],
            ["scheme_receipt.id"],
            name=op.f("fk_scheme_cheque_receipt_id_scheme_receipt"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheme_cheque")),
    )
    op.create_index(op.f("ix_scheme_cheque_account_id"), "scheme_cheque", ["account_id"])
    op.create_index(op.f("ix_scheme_cheque_due_on"), "scheme_cheque", ["due_on"])
    immutability.install(op, FINAL_TABLES)


def downgrade() -> None:
    immutability.drop(op, FINAL_TABLES)
    for table in ("scheme_cheque", "scheme_entry", "scheme_receipt", "scheme_account"):
        op.drop_table(table)
    op.drop_table("scheme_plan")
