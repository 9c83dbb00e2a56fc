"""Stock area: receipts, tag print queue, stock-takes and their scans, transfers, local settings.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25 22:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stock_receipt",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("party_name", sa.String(length=120), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("piece_count", sa.Integer(), nullable=False),
        sa.Column("gross_mg", sa.BigInteger(), nullable=False),
        sa.Column("net_mg", sa.BigInteger(), nullable=False),
        sa.Column("cost_paise", sa.BigInteger(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_receipt")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_receipt_number")),
    )
    op.create_table(
        "stock_setting",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_stock_setting")),
    )
    op.create_table(
        "stock_take",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("scope_kind", sa.String(length=12), nullable=False),
        sa.Column("scope_value", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=36), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("expected_count", sa.Integer(), nullable=False),
        sa.Column("found_count", sa.Integer(), nullable=False),
        sa.Column("missing_count", sa.Integer(), nullable=False),
        sa.Column("extra_count", sa.Integer(), nullable=False),
        sa.Column("unknown_count", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_take")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_take_number")),
    )
    op.create_table(
        "stock_transfer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("from_location", sa.String(length=40), nullable=False),
        sa.Column("to_branch", sa.String(length=8), nullable=False),
        sa.Column("to_location", sa.String(length=40), nullable=False),
        sa.Column("to_tray", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("received_by", sa.String(length=36), nullable=True),
        sa.Column("receive_number", sa.String(length=20), nullable=False),
        sa.Column("piece_count", sa.Integer(), nullable=False),
        sa.Column("gross_mg", sa.BigInteger(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer")),
        sa.UniqueConstraint("number", name=op.f("uq_stock_transfer_number")),
    )
    op.create_table(
        "tag_print_job",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=260), nullable=False),
        sa.Column("piece_ids", sa.JSON(), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag_print_job")),
    )
    op.create_index("ix_tag_print_job_status_id", "tag_print_job", ["status", "id"], unique=False)
    op.create_table(
        "stock_take_scan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("take_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=True),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["take_id"], ["stock_take.id"], name=op.f("fk_stock_take_scan_take_id_stock_take")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_take_scan")),
    )
    op.create_index(
        "ix_stock_take_scan_take_id_code", "stock_take_scan", ["take_id", "code"], unique=False
    )
    op.create_table(
        "stock_transfer_line",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("transfer_id", sa.String(length=36), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("tag_code", sa.String(length=24), nullable=False),
        sa.Column("gross_mg", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"],
            ["stock_piece.id"],
            name=op.f("fk_stock_transfer_line_piece_id_stock_piece"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["stock_transfer.id"],
            name=op.f("fk_stock_transfer_line_transfer_id_stock_transfer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_transfer_line")),
    )
    op.create_index(
        op.f("ix_stock_transfer_line_piece_id"), "stock_transfer_line", ["piece_id"], unique=False
    )
    op.create_index(
        op.f("ix_stock_transfer_line_transfer_id"),
        "stock_transfer_line",
        ["transfer_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_stock_transfer_line_transfer_id"), table_name="stock_transfer_line")
    op.drop_index(op.f("ix_stock_transfer_line_piece_id"), table_name="stock_transfer_line")
    op.drop_table("stock_transfer_line")
    op.drop_index("ix_stock_take_scan_take_id_code", table_name="stock_take_scan")
    op.drop_table("stock_take_scan")
    op.drop_index("ix_tag_print_job_status_id", table_name="tag_print_job")
    op.drop_table("tag_print_job")
    op.drop_table("stock_transfer")
    op.drop_table("stock_take")
    op.drop_table("stock_setting")
    op.drop_table("stock_receipt")
