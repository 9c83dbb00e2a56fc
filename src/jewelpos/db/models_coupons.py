"""Discount coupons and pre-tax discounts by rule on a bill: the coupon's rules (made by a
manager, shared by every branch), the ledger of its uses (+1 used, -1 given back on a
cancelled bill; uses are the sum) and what each rule took off a bill. Migration 0017."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class Coupon(Synced, Base):
    """A coupon's rules: percent off making (and VA) or a flat amount, before tax."""

    __tablename__ = "coupon"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    percent_bp: Mapped[int] = mapped_column(Integer, default=0)
    """Percent off making (and VA with ``on_va``) in basis points; 0 for a flat coupon."""
    amount_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    on_va: Mapped[bool] = mapped_column(Boolean, default=False)
    min_bill_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    categories: Mapped[str] = mapped_column(String(800), default="")
    """Category ids, comma separated; empty: every category."""
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    once_per_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    max_uses: Mapped[int] = mapped_column(Integer, default=0)
    """How many bills may use it in all; 0: no limit."""
    status: Mapped[str] = mapped_column(String(12), default="active")
    """active | withdrawn"""
    created_by: Mapped[str] = mapped_column(String(36))
    made_at: Mapped[datetime] = mapped_column(UtcDateTime())


class CouponUse(Synced, Base):
    """One use of a coupon by a bill (+1) or its giving back when the bill is cancelled (-1)."""

    __tablename__ = "coupon_use"

    coupon_id: Mapped[str] = mapped_column(ForeignKey("coupon.id"), index=True)
    # no foreign keys to bills or customers: coupons are shared, bills stay in their branch
    customer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    invoice_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(12))
    """used | given_back"""
    delta: Mapped[int] = mapped_column(Integer)


class InvoiceDiscount(Synced, Base):
    """What one rule (coupon, scheme making bonus) took off a bill before tax; the amounts are
    also in the bill's lines (making and VA discount)."""

    __tablename__ = "invoice_discount"
    __table_args__ = (UniqueConstraint("invoice_id", "line_no"),)

    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    source_id: Mapped[str] = mapped_column(String(36), index=True)
    label: Mapped[str] = mapped_column(String(80), default="")
    amount_paise: Mapped[int] = mapped_column(BigInteger)
