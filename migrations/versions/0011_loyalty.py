"""Loyalty points by mobile number, referrals and gift vouchers: the points ledger, who
referred whom, voucher issues (final documents, G series) and their value ledger, and
customers merged into a survivor, family members and consent.

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jewelpos.db import immutability

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


    op.create_table(
        "gift_voucher",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("how", sa.String(length=8), nullable=False),
        sa.Column("value_kind", sa.String(length=8), nullable=False),
        sa.Column("value_paise", sa.BigInteger(), nullable=False),
        sa.Column("paid_mode", sa.String(length=12), nullable=False),
        sa.Column("paid_reference", sa.String(length=60), nullable=False),
        sa.Column("campaign", sa.String(length=80), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("issued_by", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.String(length=36), nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_gift_voucher_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_voucher")),
        sa.UniqueConstraint("number", name=op.f("uq_gift_voucher_number")),
        sa.UniqueConstraint("code", name=op.f("uq_gift_voucher_code")),
    )
    op.create_index(
        op.f("ix_gift_voucher_customer_id"), "gift_voucher", ["customer_id"], unique=False
    )
    op.create_table(
        "gift_voucher_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("voucher_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["voucher_id"],
            ["gift_voucher.id"],
            name=op.f("fk_gift_voucher_entry_voucher_id_gift_voucher"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_voucher_entry")),
    )
    for col in ("voucher_id", "invoice_id"):
        op.create_index(
            op.f(f"ix_gift_voucher_entry_{col}"), "gift_voucher_entry", [col], unique=False
        )
    op.create_table(
        "customer_merge",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("survivor_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["customer.id"], name=op.f("fk_customer_merge_merged_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["customer.id"], name=op.f("fk_customer_merge_survivor_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_merge")),
        sa.UniqueConstraint("merged_id", name=op.f("uq_customer_merge_merged_id")),
    )
    op.create_index(
        op.f("ix_customer_merge_survivor_id"), "customer_merge", ["survivor_id"], unique=False
    )
    op.create_table(
        "customer_family_member",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("anniversary", sa.Date(), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_family_member_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_family_member")),
    )
    for col in ("customer_id", "name_key"):
        op.create_index(
            op.f(f"ix_customer_family_member_{col}"), "customer_family_member", [col], unique=False
        )
    op.create_table(
        "customer_consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("dnd", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_consent_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_consent")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_consent_customer_id")),
    )
    immutability.install(op, ("gift_voucher",))


def downgrade() -> None:
    op.drop_table("customer_consent")
    op.drop_table("customer_family_member")
    op.drop_table("customer_merge")
    immutability.drop(op, ("gift_voucher",))
    op.drop_table("gift_voucher_entry")
    op.drop_table("gift_voucher")
    op.drop_table("customer_referral")
    op.drop_table("loyalty_entry")
