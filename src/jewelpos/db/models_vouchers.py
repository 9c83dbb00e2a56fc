"""Gift vouchers: the voucher issue (a final document numbered in its own G series, sold for
money or given free in a campaign) and the ledger of its value (issued, redeemed, given back,
cancelled; the balance is the sum). Migration 0011 creates them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class GiftVoucher(Synced, Base):
    """A gift voucher as issued: never changed except its one cancellation (immutability)."""

    __tablename__ = "gift_voucher"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    """Printed with a barcode; scanned at billing."""
    how: Mapped[str] = mapped_column(String(8))
    """sold | free"""
    value_kind: Mapped[str] = mapped_column(String(8))
    """fixed (one of the shop's denominations) | open (any amount)"""
    value_paise: Mapped[int] = mapped_column(BigInteger)
    paid_mode: Mapped[str] = mapped_column(String(12), default="")
    paid_reference: Mapped[str] = mapped_column(String(60), default="")
    campaign: Mapped[str] = mapped_column(String(80), default="")
    customer_id: Mapped[str | None] = mapped_column(ForeignKey("customer.id"), index=True)
    shop_day: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(12), default="final")
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(36))
    cancel_reason: Mapped[str] = mapped_column(String(500), default="")


class GiftVoucherEntry(Synced, Base):
    """One movement of a voucher's value: + issued or given back, - redeemed or cancelled."""

    __tablename__ = "gift_voucher_entry"

    voucher_id: Mapped[str] = mapped_column(ForeignKey("gift_voucher.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(16))
    """issued | redeemed | given_back | cancelled"""
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    # no foreign key to the bill: vouchers are shared by every branch, bills stay in their own
    invoice_id: Mapped[str | None] = mapped_column(String(36), index=True)
