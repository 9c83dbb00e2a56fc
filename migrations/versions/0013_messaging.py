"""Messages: the outbox (one row per kind and key), local send attempts, templates, the sending
counter's gateway settings, customers' message language and feedback codes of bills.

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
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
        "message",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("recipient", sa.String(length=160), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("attempt_id", sa.String(length=36), nullable=False),
        sa.Column("provider_ref", sa.String(length=120), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message")),
        sa.UniqueConstraint("kind", "key", name=op.f("uq_message_kind_key")),
    )
    op.create_index(op.f("ix_message_customer_id"), "message", ["customer_id"])
    op.create_index(op.f("ix_message_status"), "message", ["status"])
    op.create_table(
        "message_attempt",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("attempt_id", sa.String(length=36), nullable=False),
        sa.Column("message_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_attempt")),
        sa.UniqueConstraint("attempt_id", name=op.f("uq_message_attempt_attempt_id")),
    )
    op.create_index(op.f("ix_message_attempt_message_id"), "message_attempt", ["message_id"])
    op.create_table(
        "message_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("dlt_template_id", sa.String(length=40), nullable=False),
        sa.Column("set_by", sa.String(length=36), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
    )
    op.create_index(op.f("ix_message_template_kind"), "message_template", ["kind"])
    op.create_table(
        "message_gateway_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_message_gateway_setting")),
    )
    op.create_table(
        "customer_message_language",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_message_language")),
        sa.UniqueConstraint("customer_id", name=op.f("uq_customer_message_language_customer_id")),
    )
    op.create_table(
        "feedback_codes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("invoice_no", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_codes")),
        sa.UniqueConstraint("code", name=op.f("uq_feedback_codes_code")),
    )
    op.create_index(op.f("ix_feedback_codes_invoice_no"), "feedback_codes", ["invoice_no"])
    op.create_index(op.f("ix_feedback_codes_customer_id"), "feedback_codes", ["customer_id"])


def downgrade() -> None:
    op.drop_table("feedback_codes")
    op.drop_table("customer_message_language")
    op.drop_table("message_gateway_setting")
    op.drop_table("message_template")
    op.drop_table("message_attempt")
    op.drop_table("message")
