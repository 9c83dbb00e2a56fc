"""Customer orders and repairs: karigars and their metal ledger, orders, photos, customer
material, advance receipts, status history, repair jobs (their reminders go through the
messaging outbox of migration 0013).

Revision ID: 0009
Revises: 0002
Create Date: 2026-12-01 09:50:36.540267
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jewelpos.db import immutability

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FINAL = ("order_advance", "karigar_metal_entry", "order_event")
"""Tables whose rows are never changed nor deleted (db/immutability.py RULES)."""


def upgrade() -> None:
    op.create_table(
        "customer_material",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("repair_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("weight_mg", sa.Integer(), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("fine_mg", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_material")),
    )
    op.create_index(
        "ix_customer_material_order_id", "customer_material", ["order_id"], unique=False
    )
    op.create_index(
        "ix_customer_material_repair_id", "customer_material", ["repair_id"], unique=False
    )

    op.create_table(
        "karigar",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("specialities", sa.Text(), nullable=False),
        sa.Column("wastage_bp", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_karigar")),
    )
    op.create_table(
        "order_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("repair_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("place", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_event")),
    )
    op.create_index("ix_order_event_order_id_at", "order_event", ["order_id", "at"], unique=False)
    op.create_index("ix_order_event_repair_id_at", "order_event", ["repair_id", "at"], unique=False)

    op.create_table(
        "order_photo",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("repair_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("caption", sa.String(length=120), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_photo")),
    )
    op.create_index("ix_order_photo_order_id", "order_photo", ["order_id"], unique=False)
    op.create_index("ix_order_photo_repair_id", "order_photo", ["repair_id"], unique=False)

    op.create_table(
        "karigar_metal_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("karigar_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("weight_mg", sa.Integer(), nullable=False),
        sa.Column("fine_mg", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=True),
        sa.Column("repair_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_user_id", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["karigar_id"], ["karigar.id"], name=op.f("fk_karigar_metal_entry_karigar_id_karigar")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_karigar_metal_entry")),
    )
    op.create_index(
        "ix_karigar_metal_entry_karigar_id_at",
        "karigar_metal_entry",
        ["karigar_id", "at"],
        unique=False,
    )

    op.create_table(
        "repair_job",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("work", sa.String(length=120), nullable=False),
        sa.Column("work_notes", sa.Text(), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("weight_in_mg", sa.Integer(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("karigar_id", sa.String(length=36), nullable=True),
        sa.Column("weight_out_mg", sa.Integer(), nullable=True),
        sa.Column("added_mg", sa.Integer(), nullable=False),
        sa.Column("added_purity", sa.Integer(), nullable=True),
        sa.Column("labour_paise", sa.BigInteger(), nullable=False),
        sa.Column("labour_gst_bp", sa.Integer(), nullable=True),
        sa.Column("rate_paise", sa.BigInteger(), nullable=True),
        sa.Column("taxable_paise", sa.BigInteger(), nullable=True),
        sa.Column("gst_paise", sa.BigInteger(), nullable=True),
        sa.Column("round_off_paise", sa.BigInteger(), nullable=True),
        sa.Column("payable_paise", sa.BigInteger(), nullable=True),
        sa.Column("billed_at", sa.DateTime(), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_repair_job_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["karigar_id"], ["karigar.id"], name=op.f("fk_repair_job_karigar_id_karigar")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_job")),
        sa.UniqueConstraint("number", name=op.f("uq_repair_job_number")),
    )
    op.create_index(
        "ix_repair_job_status_promised_on", "repair_job", ["status", "promised_on"], unique=False
    )

    op.create_table(
        "customer_order",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_ref", sa.String(length=80), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("weight_min_mg", sa.Integer(), nullable=False),
        sa.Column("weight_max_mg", sa.Integer(), nullable=False),
        sa.Column("size", sa.String(length=40), nullable=False),
        sa.Column("design_notes", sa.Text(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("booked_rate_paise", sa.BigInteger(), nullable=True),
        sa.Column("booked_weight_mg", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("karigar_id", sa.String(length=36), nullable=True),
        sa.Column("karigar_due_on", sa.Date(), nullable=True),
        sa.Column("received_gross_mg", sa.Integer(), nullable=True),
        sa.Column("received_stone_mg", sa.Integer(), nullable=True),
        sa.Column("received_net_mg", sa.Integer(), nullable=True),
        sa.Column("karigar_wastage_mg", sa.Integer(), nullable=True),
        sa.Column("karigar_labour_paise", sa.BigInteger(), nullable=True),
        sa.Column("piece_id", sa.String(length=36), nullable=True),
        sa.Column("ready_on", sa.Date(), nullable=True),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("advance_disposition", sa.String(length=12), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "weight_min_mg >= 0 AND weight_max_mg >= weight_min_mg",
            name=op.f("ck_customer_order_range"),
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_customer_order_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_customer_order_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["karigar_id"], ["karigar.id"], name=op.f("fk_customer_order_karigar_id_karigar")
        ),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["stock_piece.id"], name=op.f("fk_customer_order_piece_id_stock_piece")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_order")),
        sa.UniqueConstraint("number", name=op.f("uq_customer_order_number")),
    )
    op.create_index(
        "ix_customer_order_customer_id", "customer_order", ["customer_id"], unique=False
    )
    op.create_index(
        "ix_customer_order_status_promised_on",
        "customer_order",
        ["status", "promised_on"],
        unique=False,
    )

    op.create_table(
        "order_advance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("received_by", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint("amount_paise > 0", name=op.f("ck_order_advance_amount_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["customer_order.id"],
            name=op.f("fk_order_advance_order_id_customer_order"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_advance")),
        sa.UniqueConstraint("number", name=op.f("uq_order_advance_number")),
    )
    op.create_index(op.f("ix_order_advance_order_id"), "order_advance", ["order_id"], unique=False)
    # advance receipts, the karigar metal ledger and the history are final, like invoices
    immutability.install(op, _FINAL)


def downgrade() -> None:
    immutability.drop(op, _FINAL)
    op.drop_index(op.f("ix_order_advance_order_id"), table_name="order_advance")

    op.drop_table("order_advance")
    op.drop_index("ix_customer_order_status_promised_on", table_name="customer_order")
    op.drop_index("ix_customer_order_customer_id", table_name="customer_order")

    op.drop_table("customer_order")
    op.drop_index("ix_repair_job_status_promised_on", table_name="repair_job")

    op.drop_table("repair_job")
    op.drop_index("ix_karigar_metal_entry_karigar_id_at", table_name="karigar_metal_entry")

    op.drop_table("karigar_metal_entry")
    op.drop_index("ix_order_photo_repair_id", table_name="order_photo")
    op.drop_index("ix_order_photo_order_id", table_name="order_photo")

    op.drop_table("order_photo")
    op.drop_index("ix_order_event_repair_id_at", table_name="order_event")
    op.drop_index("ix_order_event_order_id_at", table_name="order_event")

    op.drop_table("order_event")
    op.drop_table("karigar")
    op.drop_index("ix_customer_material_repair_id", table_name="customer_material")
    op.drop_index("ix_customer_material_order_id", table_name="customer_material")

    op.drop_table("customer_material")
