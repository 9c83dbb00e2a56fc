"""The order and repair photos head office is known to hold (sync_photo), so a counter
uploads each photo file once.

Revision ID: 0019
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_photo",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("at_head_office_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_photo")),
    )


def downgrade() -> None:
    op.drop_table("sync_photo")
