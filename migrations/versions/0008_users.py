"""Staff: a forced PIN change after a reset, when a user was deactivated, and this counter's
wrong-PIN counters (local, never synced).

Revision ID: 0008
Revises: 0001
Create Date: 2026-12-01 09:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "app_user",
        sa.Column("must_change_pin", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("app_user", sa.Column("deactivated_at", sa.DateTime(), nullable=True))
    op.create_table(
        "pin_attempt",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_pin_attempt")),
    )


def downgrade() -> None:
    op.drop_table("pin_attempt")
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("deactivated_at")
        batch.drop_column("must_change_pin")
