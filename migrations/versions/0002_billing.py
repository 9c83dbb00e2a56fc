"""Billing: invoices, lines, payments, old-gold vouchers, credit notes, estimates, day end,
approvals and the print queue.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "day_end",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("counted", sa.JSON(), nullable=False),
        sa.Column("counted_cash_paise", sa.BigInteger(), nullable=False),
        sa.Column("expected_cash_paise", sa.BigInteger(), nullable=False),
        sa.Column("difference_paise", sa.BigInteger(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("closed_by", sa.String(length=36), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_end")),
        sa.UniqueConstraint("device_id", "shop_day", name=op.f("uq_day_end_device_id_shop_day")),
    )
    op.create_table(
        "print_queue",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("document_id", sa.String(length=36), nullable=False),
        sa.Column("target", sa.String(length=260), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_queue")),
    )
    op.create_index(
        "ix_print_queue_printed_at_id", "print_queue", ["printed_at", "id"], unique=False
    )
    op.create_table(
        "approval_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("manager_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.String(length=80), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("used_for", sa.String(length=36), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["app_user.id"], name=op.f("fk_approval_log_manager_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval_log")),
    )
    op.create_index("ix_approval_log_at", "approval_log", ["at"], unique=False)
    op.create_table(
        "estimate",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("salesperson_id", sa.String(length=36), nullable=True),
        sa.Column("draft", sa.JSON(), nullable=False),
        sa.Column("invoice_value_paise", sa.BigInteger(), nullable=False),
        sa.Column("net_payable_paise", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'billed', 'lapsed')", name=op.f("ck_estimate_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_estimate_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_estimate")),
        sa.UniqueConstraint("number", name=op.f("uq_estimate_number")),
    )
    op.create_index("ix_estimate_status_shop_day", "estimate", ["status", "shop_day"], unique=False)
    op.create_table(
        "invoice",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("series", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("buyer_name", sa.String(length=120), nullable=False),
        sa.Column("buyer_mobile", sa.String(length=10), nullable=False),
        sa.Column("buyer_address", sa.Text(), nullable=False),
        sa.Column("buyer_state_code", sa.String(length=2), nullable=False),
        sa.Column("buyer_pan", sa.String(length=10), nullable=False),
        sa.Column("buyer_form60", sa.Boolean(), nullable=False),
        sa.Column("buyer_gstin", sa.String(length=15), nullable=False),
        sa.Column("supply", sa.String(length=8), nullable=False),
        sa.Column("place_of_supply", sa.String(length=2), nullable=False),
        sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
        sa.Column("cgst_paise", sa.BigInteger(), nullable=False),
        sa.Column("sgst_paise", sa.BigInteger(), nullable=False),
        sa.Column("igst_paise", sa.BigInteger(), nullable=False),
        sa.Column("invoice_value_paise", sa.BigInteger(), nullable=False),
        sa.Column("old_gold_paise", sa.BigInteger(), nullable=False),
        sa.Column("set_off_paise", sa.BigInteger(), nullable=False),
        sa.Column("round_off_paise", sa.BigInteger(), nullable=False),
        sa.Column("net_payable_paise", sa.BigInteger(), nullable=False),
        sa.Column("tendered_paise", sa.BigInteger(), nullable=False),
        sa.Column("change_paise", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("salesperson_id", sa.String(length=36), nullable=True),
        sa.Column("cashier_id", sa.String(length=36), nullable=False),
        sa.Column("estimate_id", sa.String(length=36), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("cancelled_by", sa.String(length=36), nullable=True),
        sa.Column("cancel_approved_by", sa.String(length=36), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "status IN ('final', 'cancelled')", name=op.f("ck_invoice_status_known")
        ),
        sa.CheckConstraint("supply IN ('intra', 'inter')", name=op.f("ck_invoice_supply_known")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_invoice_customer_id_customer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
    )
    op.create_index(
        "ix_invoice_customer_id_shop_day", "invoice", ["customer_id", "shop_day"], unique=False
    )
    op.create_index("ix_invoice_shop_day_status", "invoice", ["shop_day", "status"], unique=False)
    op.create_table(
        "credit_note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
        sa.Column("cgst_paise", sa.BigInteger(), nullable=False),
        sa.Column("sgst_paise", sa.BigInteger(), nullable=False),
        sa.Column("igst_paise", sa.BigInteger(), nullable=False),
        sa.Column("total_paise", sa.BigInteger(), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_credit_note_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_credit_note_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note")),
        sa.UniqueConstraint("number", name=op.f("uq_credit_note_number")),
    )
    op.create_index(op.f("ix_credit_note_invoice_id"), "credit_note", ["invoice_id"], unique=False)
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=True),
        sa.Column("tag_code", sa.String(length=24), nullable=False),
        sa.Column("category_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("hsn", sa.String(length=8), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("purity", sa.Integer(), nullable=False),
        sa.Column("purity_label", sa.String(length=12), nullable=False),
        sa.Column("gross_mg", sa.Integer(), nullable=False),
        sa.Column("stone_mg", sa.Integer(), nullable=False),
        sa.Column("net_mg", sa.Integer(), nullable=False),
        sa.Column("wastage_mg", sa.Integer(), nullable=False),
        sa.Column("fine_mg", sa.Integer(), nullable=False),
        sa.Column("huids", sa.String(length=80), nullable=False),
        sa.Column("rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("floor_rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("wastage_bp", sa.Integer(), nullable=False),
        sa.Column("wastage_on", sa.String(length=8), nullable=False),
        sa.Column("making_kind", sa.String(length=8), nullable=False),
        sa.Column("making_value", sa.BigInteger(), nullable=False),
        sa.Column("making_discount_bp", sa.Integer(), nullable=False),
        sa.Column("hallmark_pieces", sa.Integer(), nullable=False),
        sa.Column("metal_paise", sa.BigInteger(), nullable=False),
        sa.Column("wastage_paise", sa.BigInteger(), nullable=False),
        sa.Column("wastage_discount_paise", sa.BigInteger(), nullable=False),
        sa.Column("making_paise", sa.BigInteger(), nullable=False),
        sa.Column("making_discount_paise", sa.BigInteger(), nullable=False),
        sa.Column("stones_paise", sa.BigInteger(), nullable=False),
        sa.Column("hallmark_paise", sa.BigInteger(), nullable=False),
        sa.Column("other_paise", sa.BigInteger(), nullable=False),
        sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
        sa.Column("gst_bp", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.String(length=36), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_invoice_line_invoice_id_invoice")
        ),
        sa.ForeignKeyConstraint(
            ["piece_id"], ["stock_piece.id"], name=op.f("fk_invoice_line_piece_id_stock_piece")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
        sa.UniqueConstraint(
            "invoice_id", "line_no", name=op.f("uq_invoice_line_invoice_id_line_no")
        ),
    )
    op.create_index(op.f("ix_invoice_line_piece_id"), "invoice_line", ["piece_id"], unique=False)
    op.create_table(
        "old_gold_voucher",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("fy", sa.String(length=4), nullable=False),
        sa.Column("shop_day", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=True),
        sa.Column("customer_id", sa.String(length=36), nullable=True),
        sa.Column("seller_name", sa.String(length=120), nullable=False),
        sa.Column("seller_mobile", sa.String(length=10), nullable=False),
        sa.Column("seller_address", sa.Text(), nullable=False),
        sa.Column("seller_pan", sa.String(length=10), nullable=False),
        sa.Column("fine_mg", sa.Integer(), nullable=False),
        sa.Column("total_paise", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customer.id"], name=op.f("fk_old_gold_voucher_customer_id_customer")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_old_gold_voucher_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_old_gold_voucher")),
        sa.UniqueConstraint("number", name=op.f("uq_old_gold_voucher_number")),
    )
    op.create_index(
        op.f("ix_old_gold_voucher_invoice_id"), "old_gold_voucher", ["invoice_id"], unique=False
    )
    op.create_table(
        "payment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("invoice_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("amount_paise", sa.BigInteger(), nullable=False),
        sa.Column("tendered_paise", sa.BigInteger(), nullable=False),
        sa.Column("change_paise", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("card_last4", sa.String(length=4), nullable=False),
        sa.Column("approval_code", sa.String(length=20), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.CheckConstraint(
            "amount_paise >= 0 AND tendered_paise > 0", name=op.f("ck_payment_amount_positive")
        ),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoice.id"], name=op.f("fk_payment_invoice_id_invoice")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("invoice_id", "line_no", name=op.f("uq_payment_invoice_id_line_no")),
    )
    op.create_table(
        "credit_note_line",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("credit_note_id", sa.String(length=36), nullable=False),
        sa.Column("invoice_line_id", sa.String(length=36), nullable=False),
        sa.Column("piece_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
        sa.Column("gst_bp", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["credit_note_id"],
            ["credit_note.id"],
            name=op.f("fk_credit_note_line_credit_note_id_credit_note"),
        ),
        sa.ForeignKeyConstraint(
            ["invoice_line_id"],
            ["invoice_line.id"],
            name=op.f("fk_credit_note_line_invoice_line_id_invoice_line"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_note_line")),
        sa.UniqueConstraint("invoice_line_id", name=op.f("uq_credit_note_line_invoice_line_id")),
    )
    op.create_index(
        op.f("ix_credit_note_line_credit_note_id"),
        "credit_note_line",
        ["credit_note_id"],
        unique=False,
    )
    op.create_table(
        "old_gold_voucher_line",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("voucher_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("metal", sa.String(length=16), nullable=False),
        sa.Column("gross_mg", sa.Integer(), nullable=False),
        sa.Column("less_mg", sa.Integer(), nullable=False),
        sa.Column("net_mg", sa.Integer(), nullable=False),
        sa.Column("touch_bp", sa.Integer(), nullable=False),
        sa.Column("fine_mg", sa.Integer(), nullable=False),
        sa.Column("rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("deduction_bp", sa.Integer(), nullable=False),
        sa.Column("buy_rate_paise", sa.BigInteger(), nullable=False),
        sa.Column("value_paise", sa.BigInteger(), nullable=False),
        sa.Column("branch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["voucher_id"],
            ["old_gold_voucher.id"],
            name=op.f("fk_old_gold_voucher_line_voucher_id_old_gold_voucher"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_old_gold_voucher_line")),
        sa.UniqueConstraint(
            "voucher_id", "line_no", name=op.f("uq_old_gold_voucher_line_voucher_id_line_no")
        ),
    )


def downgrade() -> None:
    op.drop_table("old_gold_voucher_line")
    op.drop_index(op.f("ix_credit_note_line_credit_note_id"), table_name="credit_note_line")
    op.drop_table("credit_note_line")
    op.drop_table("payment")
    op.drop_index(op.f("ix_old_gold_voucher_invoice_id"), table_name="old_gold_voucher")
    op.drop_table("old_gold_voucher")
    op.drop_index(op.f("ix_invoice_line_piece_id"), table_name="invoice_line")
    op.drop_table("invoice_line")
    op.drop_index(op.f("ix_credit_note_invoice_id"), table_name="credit_note")
    op.drop_table("credit_note")
    op.drop_index("ix_invoice_shop_day_status", table_name="invoice")
    op.drop_index("ix_invoice_customer_id_shop_day", table_name="invoice")
    op.drop_table("invoice")
    op.drop_index("ix_estimate_status_shop_day", table_name="estimate")
    op.drop_table("estimate")
    op.drop_index("ix_approval_log_at", table_name="approval_log")
    op.drop_table("approval_log")
    op.drop_index("ix_print_queue_printed_at_id", table_name="print_queue")
    op.drop_table("print_queue")
    op.drop_table("day_end")
