"""Segments and campaigns: saved customer filters, campaigns with their frozen send lists
(hold-out marked per customer), and a covering index for the segments' per-customer bill
statistics.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0011"
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
    op.create_index(
        "ix_invoice_customer_stats",
        "invoice",
        ["customer_id", "status", "shop_day", "invoice_value_paise"],
        unique=False,
    )
    op.create_table(
        "segment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("saved_by", sa.String(length=36), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
        sa.UniqueConstraint("name", name=op.f("uq_segment_name")),
    )
    op.create_table(
        "campaign",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("segment_id", sa.String(length=36), nullable=True),
        sa.Column("segment_name", sa.String(length=80), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("voucher_paise", sa.BigInteger(), nullable=False),
        sa.Column("voucher_days", sa.Integer(), nullable=False),
        sa.Column("holdout_bp", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=36), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"], name=op.f("fk_campaign_segment_id_segment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("name", name=op.f("uq_campaign_name")),
    )
    op.create_index(op.f("ix_campaign_segment_id"), "campaign", ["segment_id"], unique=False)
    op.create_table(
        "campaign_recipient",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("holdout", sa.Boolean(), nullable=False),
        sa.Column("address", sa.String(length=120), nullable=False),
        sa.Column("voucher_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_recipient_campaign_id_campaign"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_campaign_recipient_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipient")),
    )
    op.create_index(
        "ix_campaign_recipient_campaign_id_customer_id",
        "campaign_recipient",
        ["campaign_id", "customer_id"],
        unique=True,
    )
    op.create_index(
        op.f("ix_campaign_recipient_customer_id"),
        "campaign_recipient",
        ["customer_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("campaign_recipient")
    op.drop_table("campaign")
    op.drop_table("segment")
    op.drop_index("ix_invoice_customer_stats", table_name="invoice")
