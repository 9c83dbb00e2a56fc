"""E-invoice registrations: IRN, acknowledgement number and time, signed QR of B2B invoices.

Revision ID: 0012
Revises: 0006
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "einvoice",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("irn", sa.String(length=64), nullable=False),
        sa.Column("ack_no", sa.String(length=20), nullable=False),
        sa.Column("ack_at", sa.DateTime(), nullable=False),
        sa.Column("signed_qr", sa.Text(), nullable=False),
        sa.Column("signed_invoice", sa.Text(), nullable=False),
        sa.Column("request_json", sa.Text(), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_einvoice_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_einvoice")),
        sa.UniqueConstraint("invoice_id", name=op.f("uq_einvoice_invoice_id")),
        sa.UniqueConstraint("irn", name=op.f("uq_einvoice_irn")),
    )


def downgrade() -> None:
    op.drop_table("einvoice")
