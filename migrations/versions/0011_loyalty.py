"""Loyalty points by mobile number and referrals: the points ledger and who referred whom.

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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
        "loyalty_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("on_day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("credit_note_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.String(length=120), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_loyalty_entry_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_loyalty_entry_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_note.id"],
            name=op.f("fk_loyalty_entry_credit_note_id_credit_note"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_entry")),
    )
    for col in ("customer_id", "invoice_id"):
        op.create_index(op.f(f"ix_loyalty_entry_{col}"), "loyalty_entry", [col], unique=False)
    op.create_table(
        "customer_referral",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("referrer_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("rewarded_invoice_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_referral_customer_id_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["referrer_id"],
            ["customer.id"],
            name=op.f("fk_customer_referral_referrer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_referral")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_referral_customer_id")),
    )
    op.create_index(
        op.f("ix_customer_referral_referrer_id"),
        "customer_referral",
        ["referrer_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("customer_referral")
    op.drop_table("loyalty_entry")
