"""Order and repair photo files by content hash (photo_blob); the order tables become shared
across branches (rows stored before keep working: their scope is set to shared).

Revision ID: s0004
Revises: s0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "s0004"
down_revision: str | Sequence[str] | None = "s0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = sa.DateTime(timezone=True)
ORDER_TABLES = (
    "customer_order",
    "order_photo",
    "order_advance",
    "order_event",
    "customer_material",
    "repair_job",
)
"""As in store.SHARED_TABLES at this revision (frozen here)."""


def upgrade() -> None:
    op.create_table(
        "photo_blob",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.Column("uploaded_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_photo_blob")),
    )
    rows = sa.table("row_store", sa.column("table_name"), sa.column("scope"))
    op.execute(
        rows.update()
        .where(rows.c.table_name.in_(ORDER_TABLES), rows.c.scope == "branch")
        .values(scope="shared")
    )


def downgrade() -> None:
    op.drop_table("photo_blob")
