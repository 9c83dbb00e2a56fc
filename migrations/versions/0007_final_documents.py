"""Final documents cannot change: triggers refuse UPDATE of amounts, lines and payments and any
DELETE of invoices, old-gold vouchers and credit notes (a cancellation is written once).

Revision ID: 0007
Revises: 0002
Create Date: 2026-12-01 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from jewelpos.db import immutability

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


TABLES = (
    "invoice",
    "invoice_line",
    "payment",
    "old_gold_voucher",
    "old_gold_voucher_line",
    "credit_note",
    "credit_note_line",
)
"""Its own tables: later migrations install the triggers of the tables they add."""


def upgrade() -> None:
    immutability.install(op, TABLES)


def downgrade() -> None:
    immutability.drop(op, TABLES)
