"""Quarantine of refused changes; change ids are idempotency keys per device; dashboard users
and sessions; the unsent count each counter reports.

Revision ID: s0002
Revises: s0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "s0002"
down_revision: str | Sequence[str] | None = "s0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "quarantine",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("received_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
        sa.UniqueConstraint(
            "device_id", "change_id", name=op.f("uq_quarantine_device_id_change_id")
        ),
    )
    op.create_index(op.f("ix_quarantine_received_at"), "quarantine", ["received_at"])
    with op.batch_alter_table("applied_change") as batch:
        batch.drop_constraint("pk_applied_change", type_="primary")
        batch.create_primary_key("pk_applied_change", ["device_id", "change_id"])
    op.add_column("device", sa.Column("unsent_count", sa.Integer(), nullable=True))
    op.create_table(
        "ho_user",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("username", sa.String(60), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ho_user")),
        sa.UniqueConstraint("username", name=op.f("uq_ho_user_username")),
    )
    op.create_table(
        "ho_session",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["ho_user.id"], name=op.f("fk_ho_session_user_id_ho_user")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_ho_session")),
    )


def downgrade() -> None:
    op.drop_table("ho_session")
    op.drop_table("ho_user")
    op.drop_column("device", "unsent_count")
    with op.batch_alter_table("applied_change") as batch:
        batch.drop_constraint("pk_applied_change", type_="primary")
        batch.create_primary_key("pk_applied_change", ["change_id"])
    op.drop_index(op.f("ix_quarantine_received_at"), table_name="quarantine")
    op.drop_table("quarantine")
