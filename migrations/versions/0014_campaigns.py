"""Segments and campaigns: saved customer filters, campaigns with their frozen send lists
(hold-out marked per customer), and a covering index for the segments' per-customer bill
statistics.

Revision ID: 0014
Revises: 0011
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
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


WORDS = 7
"""How many later words of a name the triggers index (the 2nd to the 8th)."""
_INSERT = "INSERT OR IGNORE INTO customer_name_word (customer_id, suffix) "


def _trigger_body(row: str) -> str:
    """Statements that index the name of ``row`` (NEW): the part after the first space, then
    each time the part after the first space of the shortest part indexed so far. Trigger
    bodies may not use WITH RECURSIVE, and nested expressions grow too fast."""
    first = (
        f"{_INSERT}SELECT {row}.id, substr({row}.name_key, instr({row}.name_key, ' ') + 1)"
        f" WHERE instr({row}.name_key, ' ') > 0;"
    )
    shortest = (
        "(SELECT w.suffix FROM customer_name_word w WHERE w.customer_id = {id}"
        " ORDER BY length(w.suffix) LIMIT 1)"
    ).format(id=f"{row}.id")
    step = (
        f"{_INSERT}SELECT {row}.id, substr({shortest}, instr({shortest}, ' ') + 1)"
        f" WHERE instr({shortest}, ' ') > 0;"
    )
    return " ".join([first] + [step] * (WORDS - 1))


def _word_index() -> None:
    op.create_table(
        "customer_name_word",
        sa.Column("suffix", sa.String(length=120), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("suffix", "customer_id", name=op.f("pk_customer_name_word")),
    )
    op.create_index(
        "ix_customer_name_word_customer_id", "customer_name_word", ["customer_id"], unique=False
    )
    op.execute(
        "WITH RECURSIVE w(cid, s) AS ("
        " SELECT id, substr(name_key, instr(name_key, ' ') + 1) FROM customer"
        " WHERE instr(name_key, ' ') > 0"
        " UNION ALL SELECT cid, substr(s, instr(s, ' ') + 1) FROM w WHERE instr(s, ' ') > 0)"
        f" {_INSERT}SELECT DISTINCT cid, s FROM w WHERE s != ''"
    )
    op.execute(
        "CREATE TRIGGER trg_customer_name_word_insert AFTER INSERT ON customer BEGIN "
        + _trigger_body("NEW")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER trg_customer_name_word_update AFTER UPDATE OF name_key ON customer"
        " WHEN OLD.name_key IS NOT NEW.name_key BEGIN"
        " DELETE FROM customer_name_word WHERE customer_id = OLD.id; "
        + _trigger_body("NEW")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER trg_customer_name_word_delete AFTER DELETE ON customer BEGIN"
        " DELETE FROM customer_name_word WHERE customer_id = OLD.id; END"
    )


def upgrade() -> None:
    _word_index()
    op.create_index(
        "ix_invoice_customer_stats",
        "invoice",
        ["customer_id", "status", "shop_day", "invoice_value_paise"],
        unique=False,
    )
    op.create_table(
        "segment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("saved_by", sa.String(length=36), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        *_synced(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
        sa.UniqueConstraint("name", name=op.f("uq_segment_name")),
    )
    op.create_table(
        "campaign",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("segment_id", sa.String(length=36), nullable=True),
        sa.Column("segment_name", sa.String(length=80), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("voucher_paise", sa.BigInteger(), nullable=False),
        sa.Column("voucher_days", sa.Integer(), nullable=False),
        sa.Column("holdout_bp", sa.Integer(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=36), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segment.id"], name=op.f("fk_campaign_segment_id_segment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("name", name=op.f("uq_campaign_name")),
    )
    op.create_index(op.f("ix_campaign_segment_id"), "campaign", ["segment_id"], unique=False)
    op.create_table(
        "campaign_recipient",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("holdout", sa.Boolean(), nullable=False),
        sa.Column("address", sa.String(length=120), nullable=False),
        sa.Column("voucher_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        *_synced(),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_recipient_campaign_id_campaign"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_campaign_recipient_customer_id_customer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_recipient")),
    )
    op.create_index(
        "ix_campaign_recipient_campaign_id_customer_id",
        "campaign_recipient",
        ["campaign_id", "customer_id"],
        unique=True,
    )
    op.create_index(
        op.f("ix_campaign_recipient_customer_id"),
        "campaign_recipient",
        ["customer_id"],
        unique=False,
    )


def downgrade() -> None:
    for what in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS trg_customer_name_word_{what}")
    op.drop_table("customer_name_word")
    op.drop_table("campaign_recipient")
    op.drop_table("campaign")
    op.drop_table("segment")
    op.drop_index("ix_invoice_customer_stats", table_name="invoice")
