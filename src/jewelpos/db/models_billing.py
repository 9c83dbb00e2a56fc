"""Billing documents: tax invoices with their lines and payments, old-gold purchase vouchers,
credit notes (sales returns), estimates, day end, manager approvals and the print queue.

Documents are immutable once final: amounts are never updated. A cancellation only sets the
status and who/when/why (and is synced as an update); a return is a new credit note. Money is
integer paise, weights integer milligrams, percentages integer basis points (12.5 % -> 1250).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class Invoice(Synced, Base):
    """A tax invoice: its number in the counter's gapless series, a snapshot of the buyer as
    printed, and every total as priced when saved (never recomputed)."""

    __tablename__ = "invoice"
    __table_args__ = (
        Index("ix_invoice_shop_day_status", "shop_day", "status"),
        Index("ix_invoice_customer_id_shop_day", "customer_id", "shop_day"),
        CheckConstraint("status IN ('final', 'cancelled')", name="status_known"),
        CheckConstraint("supply IN ('intra', 'inter')", name="supply_known"),
    )

    number: Mapped[str] = mapped_column(String(16), unique=True)
    series: Mapped[str] = mapped_column(String(16))
    fy: Mapped[str] = mapped_column(String(4))
    seq: Mapped[int] = mapped_column(Integer)
    shop_day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"))
    buyer_name: Mapped[str] = mapped_column(String(120), default="")
    buyer_mobile: Mapped[str] = mapped_column(String(10), default="")
    buyer_address: Mapped[str] = mapped_column(Text, default="")
    buyer_state_code: Mapped[str] = mapped_column(String(2), default="")
    buyer_pan: Mapped[str] = mapped_column(String(10), default="")
    buyer_form60: Mapped[bool] = mapped_column(Boolean, default=False)
    buyer_gstin: Mapped[str] = mapped_column(String(15), default="")
    supply: Mapped[str] = mapped_column(String(8))
    place_of_supply: Mapped[str] = mapped_column(String(2))
    delivery: Mapped[str] = mapped_column(String(8), default="counter", server_default="counter")
    """counter (handed over) | ship (sent to the ship-to address)."""
    ship_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    ship_state_code: Mapped[str] = mapped_column(String(2), default="", server_default="")
    taxable_paise: Mapped[int] = mapped_column(BigInteger)
    cgst_paise: Mapped[int] = mapped_column(BigInteger)
    sgst_paise: Mapped[int] = mapped_column(BigInteger)
    igst_paise: Mapped[int] = mapped_column(BigInteger)
    invoice_value_paise: Mapped[int] = mapped_column(BigInteger)
    old_gold_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    set_off_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    round_off_paise: Mapped[int] = mapped_column(BigInteger)
    net_payable_paise: Mapped[int] = mapped_column(BigInteger)
    tendered_paise: Mapped[int] = mapped_column(BigInteger)
    change_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(12), default="final")
    salesperson_id: Mapped[str | None] = mapped_column(String(36))
    cashier_id: Mapped[str] = mapped_column(String(36))
    estimate_id: Mapped[str | None] = mapped_column(String(36))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(36))
    cancel_approved_by: Mapped[str | None] = mapped_column(String(36))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class InvoiceLine(Synced, Base):
    """One line of an invoice with the rate used copied onto it and each C1 component."""

    __tablename__ = "invoice_line"
    __table_args__ = (UniqueConstraint("invoice_id", "line_no"),)

    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    piece_id: Mapped[str | None] = mapped_column(ForeignKey("stock_piece.id"), index=True)
    tag_code: Mapped[str] = mapped_column(String(24), default="")
    category_id: Mapped[str | None] = mapped_column(String(36))
    description: Mapped[str] = mapped_column(String(200))
    hsn: Mapped[str] = mapped_column(String(8))
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    purity_label: Mapped[str] = mapped_column(String(12))
    gross_mg: Mapped[int] = mapped_column(Integer)
    stone_mg: Mapped[int] = mapped_column(Integer)
    net_mg: Mapped[int] = mapped_column(Integer)
    wastage_mg: Mapped[int] = mapped_column(Integer, default=0)
    fine_mg: Mapped[int] = mapped_column(Integer)
    huids: Mapped[str] = mapped_column(String(80), default="")
    """Comma separated HUIDs."""
    rate_paise: Mapped[int] = mapped_column(BigInteger)
    floor_rate_paise: Mapped[int] = mapped_column(BigInteger)
    wastage_bp: Mapped[int] = mapped_column(Integer, default=0)
    wastage_on: Mapped[str] = mapped_column(String(8), default="value")
    making_kind: Mapped[str] = mapped_column(String(8), default="per_g")
    making_value: Mapped[int] = mapped_column(BigInteger, default=0)
    """Paise per gram (per_g), basis points (percent) or paise (flat)."""
    making_discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    hallmark_pieces: Mapped[int] = mapped_column(Integer, default=0)
    metal_paise: Mapped[int] = mapped_column(BigInteger)
    wastage_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    wastage_discount_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    making_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    making_discount_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    stones_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    hallmark_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    other_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    taxable_paise: Mapped[int] = mapped_column(BigInteger)
    gst_bp: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str | None] = mapped_column(String(36))
    """The manager who approved a price below the floor on this line."""


class Payment(Synced, Base):
    """A tender of an invoice. ``amount_paise`` is what the bill keeps; for cash the amount
    tendered and the change given back are kept too (amount = tendered - change)."""

    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("invoice_id", "line_no"),
        CheckConstraint("amount_paise >= 0 AND tendered_paise > 0", name="amount_positive"),
    )

    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(12))
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    tendered_paise: Mapped[int] = mapped_column(BigInteger)
    change_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    reference: Mapped[str] = mapped_column(String(60), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    approval_code: Mapped[str] = mapped_column(String(20), default="")


class OldGoldVoucher(Synced, Base):
    """A purchase voucher for old gold bought from the customer (its own number series)."""

    __tablename__ = "old_gold_voucher"

    number: Mapped[str] = mapped_column(String(16), unique=True)
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    invoice_id: Mapped[str | None] = mapped_column(ForeignKey("invoice.id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"))
    seller_name: Mapped[str] = mapped_column(String(120), default="")
    seller_mobile: Mapped[str] = mapped_column(String(10), default="")
    seller_address: Mapped[str] = mapped_column(Text, default="")
    seller_pan: Mapped[str] = mapped_column(String(10), default="")
    fine_mg: Mapped[int] = mapped_column(Integer)
    total_paise: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12), default="final")
    created_by: Mapped[str] = mapped_column(String(36))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class OldGoldVoucherLine(Synced, Base):
    __tablename__ = "old_gold_voucher_line"
    __table_args__ = (UniqueConstraint("voucher_id", "line_no"),)

    voucher_id: Mapped[str] = mapped_column(ForeignKey("old_gold_voucher.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(200), default="")
    metal: Mapped[str] = mapped_column(String(16))
    gross_mg: Mapped[int] = mapped_column(Integer)
    less_mg: Mapped[int] = mapped_column(Integer)
    net_mg: Mapped[int] = mapped_column(Integer)
    touch_bp: Mapped[int] = mapped_column(Integer)
    fine_mg: Mapped[int] = mapped_column(Integer)
    rate_paise: Mapped[int] = mapped_column(BigInteger)
    deduction_bp: Mapped[int] = mapped_column(Integer)
    buy_rate_paise: Mapped[int] = mapped_column(BigInteger)
    value_paise: Mapped[int] = mapped_column(BigInteger)


class CreditNote(Synced, Base):
    """A sales return: a new document against an invoice; the pieces go back to stock."""

    __tablename__ = "credit_note"

    number: Mapped[str] = mapped_column(String(16), unique=True)
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"), index=True)
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"))
    reason: Mapped[str] = mapped_column(Text)
    taxable_paise: Mapped[int] = mapped_column(BigInteger)
    cgst_paise: Mapped[int] = mapped_column(BigInteger)
    sgst_paise: Mapped[int] = mapped_column(BigInteger)
    igst_paise: Mapped[int] = mapped_column(BigInteger)
    total_paise: Mapped[int] = mapped_column(BigInteger)
    created_by: Mapped[str] = mapped_column(String(36))


class CreditNoteLine(Synced, Base):
    """A returned invoice line (each invoice line can be returned once)."""

    __tablename__ = "credit_note_line"

    credit_note_id: Mapped[str] = mapped_column(ForeignKey("credit_note.id"), index=True)
    invoice_line_id: Mapped[str] = mapped_column(ForeignKey("invoice_line.id"), unique=True)
    piece_id: Mapped[str | None] = mapped_column(String(36))
    description: Mapped[str] = mapped_column(String(200))
    taxable_paise: Mapped[int] = mapped_column(BigInteger)
    gst_bp: Mapped[int] = mapped_column(Integer)


class Estimate(Synced, Base):
    """A salesperson's estimate: the draft as JSON; open until billed or lapsed at day end."""

    __tablename__ = "estimate"
    __table_args__ = (
        Index("ix_estimate_status_shop_day", "status", "shop_day"),
        CheckConstraint("status IN ('open', 'billed', 'lapsed')", name="status_known"),
    )

    number: Mapped[str] = mapped_column(String(16), unique=True)
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"))
    salesperson_id: Mapped[str | None] = mapped_column(String(36))
    draft: Mapped[dict[str, Any]] = mapped_column(JSON)
    invoice_value_paise: Mapped[int] = mapped_column(BigInteger)
    net_payable_paise: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12), default="open")
    invoice_id: Mapped[str | None] = mapped_column(String(36))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class DayEnd(Synced, Base):
    """A closed shop day at this counter: cash counted by denomination against expected."""

    __tablename__ = "day_end"
    __table_args__ = (UniqueConstraint("device_id", "shop_day"),)

    shop_day: Mapped[date] = mapped_column(Date)
    counted: Mapped[dict[str, Any]] = mapped_column(JSON)
    """Denomination in rupees (as text) -> count."""
    counted_cash_paise: Mapped[int] = mapped_column(BigInteger)
    expected_cash_paise: Mapped[int] = mapped_column(BigInteger)
    difference_paise: Mapped[int] = mapped_column(BigInteger)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
    closed_by: Mapped[str] = mapped_column(String(36))
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ApprovalLog(Synced, Base):
    """An override: which manager approved what, when, and where it was used."""

    __tablename__ = "approval_log"
    __table_args__ = (Index("ix_approval_log_at", "at"),)

    manager_id: Mapped[str] = mapped_column(ForeignKey("app_user.id"))
    what: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_for: Mapped[str | None] = mapped_column(String(36))
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class PrintJob(Base):
    """A print that could not go out (printer off or not set): kept to retry. Local only."""

    __tablename__ = "print_queue"
    __table_args__ = (Index("ix_print_queue_printed_at_id", "printed_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    """receipt | invoice_pdf | estimate_slip | day_end"""
    document_id: Mapped[str] = mapped_column(String(36))
    target: Mapped[str] = mapped_column(String(260), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
