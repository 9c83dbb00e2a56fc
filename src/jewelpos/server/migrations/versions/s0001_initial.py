"""Head office: branches, devices, enrolment codes, row store, dedup, conflicts, sequence.

Revision ID: s0001
Revises: (none)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "s0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "branch",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("name", sa.String(120), server_default="", nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("code", name=op.f("uq_branch_code")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("name", sa.String(120), server_default="", nullable=False),
        sa.Column("role", sa.String(16), server_default="counter", nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=True),
        sa.Column("local_branch_id", sa.String(64), server_default="", nullable=False),
        sa.Column("enrolled_at", UTC, nullable=False),
        sa.Column("revoked_at", UTC, nullable=True),
        sa.Column("last_seen_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_device_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("branch_id", "code", name=op.f("uq_device_branch_id_code")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_device_token_hash")),
    )
    op.create_table(
        "enrol_code",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=False),
        sa.Column("counter_code", sa.String(8), nullable=False),
        sa.Column("role", sa.String(16), server_default="counter", nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("used_at", UTC, nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_enrol_code_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_code")),
    )
    op.create_table(
        "seq_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seq_counter")),
    )
    op.bulk_insert(
        sa.table("seq_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger)),
        [{"id": 1, "value": 0}],
    )
    op.create_table(
        "row_store",
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(8), nullable=False),
        sa.Column("branch_id", sa.String(36), nullable=True),
        sa.Column("origin_device", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("ref_key", sa.String(64), nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_row_store")),
    )
    op.create_index("ix_row_store_scope_seq", "row_store", ["scope", "seq"])
    op.create_index("ix_row_store_branch_id_seq", "row_store", ["branch_id", "seq"])
    op.create_index("ix_row_store_table_name_ref_key", "row_store", ["table_name", "ref_key"])
    op.create_table(
        "applied_change",
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("result", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("applied_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_applied_change")),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("piece_id", sa.String(64), nullable=True),
        sa.Column("branch_a", sa.String(36), nullable=False),
        sa.Column("branch_b", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("details", JSON, nullable=False),
        sa.Column("raised_at", UTC, nullable=False),
        sa.Column("resolved_at", UTC, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index(op.f("ix_conflict_piece_id"), "conflict", ["piece_id"])
    op.create_index(op.f("ix_conflict_seq"), "conflict", ["seq"])
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_meta")),
    )


def downgrade() -> None:
    for name in (
        "server_meta",
        "conflict",
        "applied_change",
        "row_store",
        "seq_counter",
        "enrol_code",
        "device",
        "branch",
    ):
        op.drop_table(name)
