"""Shop settings that sync (shop_setting); closed days reopened by a manager (day_reopen).

Revision ID: 0005
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shop_setting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_setting")),
    )
    op.create_index(op.f("ix_shop_setting_key"), "shop_setting", ["key"], unique=False)
    op.create_table(
        "day_reopen",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("day_end_id", sa.String(length=36), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("approval_id", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_reopen")),
    )
    op.create_index("ix_day_reopen_day_end_id_at", "day_reopen", ["day_end_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_day_reopen_day_end_id_at", table_name="day_reopen")
    op.drop_table("day_reopen")
    op.drop_index(op.f("ix_shop_setting_key"), table_name="shop_setting")
    op.drop_table("shop_setting")
