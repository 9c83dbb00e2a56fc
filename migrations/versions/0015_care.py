"""Keeping in touch after a visit: customers' ratings of a bill, complaints and returns with their
follow-up, touch-point checklists per bill, and salespeople's monthly targets.

Revision ID: 0015
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
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
    op.create_table(
        "customer_feedback",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("invoice_no", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=True),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("taken_by", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.CheckConstraint(
            "rating BETWEEN 1 AND 5", name=op.f("ck_customer_feedback_rating_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_feedback")),
        sa.UniqueConstraint("invoice_id", name=op.f("uq_customer_feedback_invoice_id")),
    )
    op.create_index(
        op.f("ix_customer_feedback_customer_id"), "customer_feedback", ["customer_id"]
    )
    op.create_index(op.f("ix_customer_feedback_at"), "customer_feedback", ["at"])
    op.create_table(
        "complaint",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("invoice_no", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("handler_id", sa.String(length=36), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.Column("opened_by", sa.String(length=36), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=36), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        *_synced(),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'closed')", name=op.f("ck_complaint_status_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
    )
    op.create_index(
        op.f("ix_complaint_status_follow_up_on"), "complaint", ["status", "follow_up_on"]
    )
    op.create_index(op.f("ix_complaint_customer_id"), "complaint", ["customer_id"])
    op.create_table(
        "touch_point_check",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_no", sa.String(length=16), nullable=False),
        sa.Column("stage", sa.String(length=10), nullable=False),
        sa.Column("item", sa.String(length=120), nullable=False),
        sa.Column("done_by", sa.String(length=36), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_touch_point_check")),
        sa.UniqueConstraint(
            "invoice_id", "stage", "item", name=op.f("uq_touch_point_check_invoice_id_stage_item")
        ),
    )
    op.create_table(
        "staff_target",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("value_paise", sa.BigInteger(), nullable=False),
        sa.Column("weight_mg", sa.BigInteger(), nullable=False),
        sa.Column("new_customers", sa.Integer(), nullable=False),
        sa.Column("scheme_enrolments", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.String(length=36), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_staff_target_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_target")),
        sa.UniqueConstraint("user_id", "month", name=op.f("uq_staff_target_user_id_month")),
    )


def downgrade() -> None:
    op.drop_table("staff_target")
    op.drop_table("touch_point_check")
    op.drop_index(op.f("ix_complaint_customer_id"), table_name="complaint")
    op.drop_index(op.f("ix_complaint_status_follow_up_on"), table_name="complaint")
    op.drop_table("complaint")
    op.drop_index(op.f("ix_customer_feedback_at"), table_name="customer_feedback")
    op.drop_index(op.f("ix_customer_feedback_customer_id"), table_name="customer_feedback")
    op.drop_table("customer_feedback")
