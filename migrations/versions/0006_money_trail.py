"""Place of supply and the money trail of returns: the bill's delivery (counter or ship-to
address), credit-note refunds, the customer-credit ledger and set-offs used on an invoice.

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-01 09:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0002"
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
    op.add_column(
        "invoice",
        sa.Column("delivery", sa.String(length=8), nullable=False, server_default="counter"),
    )
    op.add_column(
        "invoice", sa.Column("ship_address", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "invoice",
        sa.Column("ship_state_code", sa.String(length=2), nullable=False, server_default=""),
    )
    op.create_table(
        "credit_note_refund",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("credit_note_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_note.id"],
            name=op.f("fk_credit_note_refund_credit_note_id_credit_note"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note_refund")),
        sa.UniqueConstraint(
            "credit_note_id", "line_no", name=op.f("uq_credit_note_refund_credit_note_id_line_no")
        ),
    )
    op.create_index(
        op.f("ix_credit_note_refund_credit_note_id"),
        "credit_note_refund",
        ["credit_note_id"],
        unique=False,
    )
    op.create_table(
        "customer_credit_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("credit_note_id", sa.String(length=36), nullable=True),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_customer_credit_entry_customer_id_customer"),
        ),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_note.id"],
            name=op.f("fk_customer_credit_entry_credit_note_id_credit_note"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"],
            ["invoice.id"],
            name=op.f("fk_customer_credit_entry_invoice_id_invoice"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_credit_entry")),
    )
    for col in ("customer_id", "credit_note_id", "invoice_id"):
        op.create_index(
            op.f(f"ix_customer_credit_entry_{col}"), "customer_credit_entry", [col], unique=False
        )
    op.create_table(
        "invoice_set_off",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_set_off_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_set_off")),
        sa.UniqueConstraint(
            "invoice_id", "line_no", name=op.f("uq_invoice_set_off_invoice_id_line_no")
        ),
    )
    op.create_index(
        op.f("ix_invoice_set_off_invoice_id"), "invoice_set_off", ["invoice_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("invoice_set_off")
    op.drop_table("customer_credit_entry")
    op.drop_table("credit_note_refund")
    op.drop_column("invoice", "ship_state_code")
    op.drop_column("invoice", "ship_address")
    op.drop_column("invoice", "delivery")
