"""Discount coupons (rules made by a manager, shared by every branch), the ledger of their uses,
and what each pre-tax discount rule (coupon, scheme making bonus) took off a bill.

Revision ID: 0017
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jewelpos.db import immutability

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FINAL = ("invoice_discount", "coupon_use")


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
        "coupon",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("percent_bp", sa.Integer(), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("on_va", sa.Boolean(), nullable=False),
        sa.Column("min_bill_paise", sa.BigInteger(), nullable=False),
        sa.Column("categories", sa.String(length=800), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("once_per_customer", sa.Boolean(), nullable=False),
        sa.Column("max_uses", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon")),
        sa.UniqueConstraint("code", name=op.f("uq_coupon_code")),
    )
    op.create_table(
        "coupon_use",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("coupon_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["coupon_id"], ["coupon.id"], name=op.f("fk_coupon_use_coupon_id_coupon")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon_use")),
    )
    for col in ("coupon_id", "customer_id", "invoice_id"):
        op.create_index(op.f(f"ix_coupon_use_{col}"), "coupon_use", [col], unique=False)
    op.create_table(
        "invoice_discount",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_discount_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_discount")),
        sa.UniqueConstraint(
            "invoice_id", "line_no", name=op.f("uq_invoice_discount_invoice_id_line_no")
        ),
    )
    for col in ("invoice_id", "source_id"):
        op.create_index(op.f(f"ix_invoice_discount_{col}"), "invoice_discount", [col], unique=False)
    immutability.install(op, FINAL)


def downgrade() -> None:
    immutability.drop(op, FINAL)
    op.drop_table("invoice_discount")
    op.drop_table("coupon_use")
    op.drop_table("coupon")
