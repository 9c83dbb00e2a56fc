"""Core schema: identity, users, rates, catalogue, stock, customers, numbering, audit, outbox.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 21:59:17.997867
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Stock totals come from stock_summary, kept by these triggers (SQLite counters only; head
# office reports aggregate in PostgreSQL directly).
_SUMMARY_ADD = """
    INSERT INTO stock_summary (status, metal, purity, category_id, piece_count, gross_mg, net_mg)
    VALUES (NEW.status, NEW.metal, NEW.purity, NEW.category_id, 1, NEW.gross_mg, NEW.net_mg)
    ON CONFLICT (status, metal, purity, category_id) DO UPDATE SET
        piece_count = piece_count + 1,
        gross_mg = gross_mg + excluded.gross_mg,
        net_mg = net_mg + excluded.net_mg;
"""
_SUMMARY_REMOVE = """
    UPDATE stock_summary SET
        piece_count = piece_count - 1,
        gross_mg = gross_mg - OLD.gross_mg,
        net_mg = net_mg - OLD.net_mg
    WHERE status = OLD.status AND metal = OLD.metal AND purity = OLD.purity
      AND category_id = OLD.category_id;
"""
STOCK_SUMMARY_TRIGGERS = (
    f"CREATE TRIGGER trg_stock_piece_summary_insert AFTER INSERT ON stock_piece BEGIN"
    f" {_SUMMARY_ADD} END",
    f"CREATE TRIGGER trg_stock_piece_summary_delete AFTER DELETE ON stock_piece BEGIN"
    f" {_SUMMARY_REMOVE} END",
    "CREATE TRIGGER trg_stock_piece_summary_update AFTER UPDATE OF"
    " status, metal, purity, category_id, gross_mg, net_mg ON stock_piece BEGIN"
    f" {_SUMMARY_REMOVE} {_SUMMARY_ADD} END",
)


def _create_stock_summary_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for ddl in STOCK_SUMMARY_TRIGGERS:
            op.execute(ddl)


def _drop_stock_summary_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_stock_piece_summary_{name}")


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index(
            "ix_audit_log_entity_entity_id", ["entity", "entity_id"], unique=False
        )

    op.create_table(
        "category",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_hi", sa.String(length=80), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("default_purity", sa.Integer(), nullable=False),
        sa.Column("hsn", sa.String(length=8), nullable=False),
        sa.Column("wastage_bp", sa.Integer(), nullable=False),
        sa.Column("wastage_on", sa.String(length=8), nullable=False),
        sa.Column("making_kind", sa.String(length=8), nullable=False),
        sa.Column("making_value", sa.BigInteger(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("code", name=op.f("uq_category_code")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("mobile", sa.String(length=10), nullable=False),
        sa.Column("alternate_phone", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("name_key", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("state_code", sa.String(length=2), nullable=False),
        sa.Column("pin_code", sa.String(length=6), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("anniversary", sa.Date(), nullable=True),
        sa.Column("native_place", sa.String(length=80), nullable=False),
        sa.Column("family", sa.Text(), nullable=False),
        sa.Column("wearer", sa.String(length=120), nullable=False),
        sa.Column("heard_from", sa.String(length=80), nullable=False),
        sa.Column("preferred_contact", sa.String(length=16), nullable=False),
        sa.Column("spending_capacity", sa.String(length=40), nullable=False),
        sa.Column("pan", sa.String(length=10), nullable=False),
        sa.Column("gstin", sa.String(length=15), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("mobile", name=op.f("uq_customer_mobile")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_name_key"), ["name_key"], unique=False)

    op.create_table(
        "device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("branch_id", "code", name=op.f("uq_device_branch_id_code")),
    )
    op.create_table(
        "number_series",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("doc_type", sa.String(length=24), nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("next_value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_series")),
        sa.UniqueConstraint(
            "device_id",
            "doc_type",
            "period",
            name=op.f("uq_number_series_device_id_doc_type_period"),
        ),
    )
    op.create_table(
        "shop",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("legal_name", sa.String(length=200), nullable=False),
        sa.Column("gstin", sa.String(length=15), nullable=False),
        sa.Column("state_code", sa.String(length=2), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("pin_code", sa.String(length=6), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop")),
    )
    op.create_table(
        "stock_summary",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("piece_count", sa.Integer(), nullable=False),
        sa.Column("gross_mg", sa.BigInteger(), nullable=False),
        sa.Column("net_mg", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "status", "metal", "purity", "category_id", name=op.f("pk_stock_summary")
        ),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("id", name=op.f("uq_sync_outbox_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index("ix_sync_outbox_sent_at_seq", ["sent_at", "seq"], unique=False)

    op.create_table(
        "branch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("shop_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("state_code", sa.String(length=2), nullable=False),
        sa.Column("pin_code", sa.String(length=6), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["shop_id"], ["shop.id"], name=op.f("fk_branch_shop_id_shop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("code", name=op.f("uq_branch_code")),
    )
    op.create_table(
        "metal_rate",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("set_by", sa.String(length=36), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint("rate_paise > 0", name=op.f("ck_metal_rate_rate_positive")),
        sa.ForeignKeyConstraint(
            ["set_by"], ["app_user.id"], name=op.f("fk_metal_rate_set_by_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metal_rate")),
    )
    with op.batch_alter_table("metal_rate", schema=None) as batch_op:
        batch_op.create_index(
            "ix_metal_rate_metal_purity_day_set_at",
            ["metal", "purity", "day", "set_at"],
            unique=False,
        )

    op.create_table(
        "stock_piece",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("tag_code", sa.String(length=24), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("design_no", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("gross_mg", sa.Integer(), nullable=False),
        sa.Column("stone_mg", sa.Integer(), nullable=False),
        sa.Column("net_mg", sa.Integer(), nullable=False),
        sa.Column("stone_count", sa.Integer(), nullable=False),
        sa.Column("stone_value_paise", sa.BigInteger(), nullable=False),
        sa.Column("making_kind", sa.String(length=8), nullable=True),
        sa.Column("making_value", sa.BigInteger(), nullable=True),
        sa.Column("wastage_bp", sa.Integer(), nullable=True),
        sa.Column("wastage_on", sa.String(length=8), nullable=True),
        sa.Column("cost_paise", sa.BigInteger(), nullable=True),
        sa.Column("cost_code", sa.String(length=16), nullable=False),
        sa.Column("photo_path", sa.String(length=260), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("location", sa.String(length=40), nullable=False),
        sa.Column("tray", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint("gross_mg > 0", name=op.f("ck_stock_piece_gross_positive")),
        sa.CheckConstraint(
            "net_mg = gross_mg - stone_mg", name=op.f("ck_stock_piece_net_is_gross_less_stone")
        ),
        sa.CheckConstraint(
            "stone_mg >= 0 AND stone_mg < gross_mg", name=op.f("ck_stock_piece_stone_below_gross")
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_stock_piece_category_id_category")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_piece")),
        sa.UniqueConstraint("tag_code", name=op.f("uq_stock_piece_tag_code")),
    )
    with op.batch_alter_table("stock_piece", schema=None) as batch_op:
        batch_op.create_index("ix_stock_piece_category_id", ["category_id"], unique=False)
        batch_op.create_index("ix_stock_piece_design_no", ["design_no"], unique=False)
        batch_op.create_index(
            "ix_stock_piece_status_metal_purity",
            ["status", "metal", "purity", "category_id", "gross_mg", "net_mg"],
            unique=False,
        )
        batch_op.create_index(
            "ix_stock_piece_status_tag_code",
            ["status", "tag_code", "metal", "purity", "category_id"],
            unique=False,
        )

    op.create_table(
        "piece_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("ref", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["stock_piece.id"], name=op.f("fk_piece_event_piece_id_stock_piece")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_piece_event")),
    )
    with op.batch_alter_table("piece_event", schema=None) as batch_op:
        batch_op.create_index("ix_piece_event_piece_id_at", ["piece_id", "at"], unique=False)

    op.create_table(
        "piece_huid",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("huid", sa.String(length=6), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["stock_piece.id"], name=op.f("fk_piece_huid_piece_id_stock_piece")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_piece_huid")),
        sa.UniqueConstraint("huid", name=op.f("uq_piece_huid_huid")),
    )
    with op.batch_alter_table("piece_huid", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_piece_huid_piece_id"), ["piece_id"], unique=False)

    op.create_table(
        "piece_stone",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("weight_mg", sa.Integer(), nullable=False),
        sa.Column("value_paise", sa.BigInteger(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["stock_piece.id"], name=op.f("fk_piece_stone_piece_id_stock_piece")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_piece_stone")),
    )
    with op.batch_alter_table("piece_stone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_piece_stone_piece_id"), ["piece_id"], unique=False)

    _create_stock_summary_triggers()


def downgrade() -> None:
    _drop_stock_summary_triggers()
    with op.batch_alter_table("piece_stone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_piece_stone_piece_id"))

    op.drop_table("piece_stone")
    with op.batch_alter_table("piece_huid", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_piece_huid_piece_id"))

    op.drop_table("piece_huid")
    with op.batch_alter_table("piece_event", schema=None) as batch_op:
        batch_op.drop_index("ix_piece_event_piece_id_at")

    op.drop_table("piece_event")
    with op.batch_alter_table("stock_piece", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_piece_status_tag_code")
        batch_op.drop_index("ix_stock_piece_status_metal_purity")
        batch_op.drop_index("ix_stock_piece_design_no")
        batch_op.drop_index("ix_stock_piece_category_id")

    op.drop_table("stock_piece")
    with op.batch_alter_table("metal_rate", schema=None) as batch_op:
        batch_op.drop_index("ix_metal_rate_metal_purity_day_set_at")

    op.drop_table("metal_rate")
    op.drop_table("branch")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_outbox_sent_at_seq")

    op.drop_table("sync_outbox")
    op.drop_table("stock_summary")
    op.drop_table("shop")
    op.drop_table("number_series")
    op.drop_table("device")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_name_key"))

    op.drop_table("customer")
    op.drop_table("category")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity_entity_id")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    op.drop_table("app_user")
