"""Order and repair photo files by content hash (photo_blob); the order tables become shared
across branches (rows stored before become shared too, with new sequence numbers so that
every branch pulls them).

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
    _share_stored_orders()


def _share_stored_orders() -> None:
    """Order rows stored before this revision become shared with new sequence numbers, so the
    other branches' next pull of the shared stream brings them (in their old order)."""
    conn = op.get_bind()
    rows = sa.table(
        "row_store",
        sa.column("table_name", sa.String),
        sa.column("row_id", sa.String),
        sa.column("scope", sa.String),
        sa.column("seq", sa.BigInteger),
    )
    counter = sa.table(
        "seq_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger)
    )
    keys = conn.execute(
        sa.select(rows.c.table_name, rows.c.row_id)
        .where(rows.c.table_name.in_(ORDER_TABLES), rows.c.scope == "branch")
        .order_by(rows.c.seq)
    ).all()
    if not keys:
        return
    top = conn.execute(
        counter.update()
        .where(counter.c.id == 1)
        .values(value=counter.c.value + len(keys))
        .returning(counter.c.value)
    ).scalar_one()
    first = int(top) - len(keys) + 1
    conn.execute(
        rows.update()
        .where(rows.c.table_name == sa.bindparam("t"), rows.c.row_id == sa.bindparam("r"))
        .values(scope="shared", seq=sa.bindparam("s")),
        [{"t": t, "r": r, "s": first + i} for i, (t, r) in enumerate(keys)],
    )


def downgrade() -> None:
    op.drop_table("photo_blob")
