"""Loyalty points by mobile number and referrals: the points ledger (entries only, the balance
is their sum) and who referred a new customer. Migration 0011 creates them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class LoyaltyEntry(Synced, Base):
    """One movement of a customer's points: + earned on a bill, a referral reward or given back
    when a bill that used them is cancelled; - redeemed on a bill, taken back on a return or
    a cancelled bill. Never updated; the balance is the sum (less lots that expired)."""

    __tablename__ = "loyalty_entry"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    on_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    """earned | redeemed | given_back | reversed | returned | referral"""
    points: Mapped[int] = mapped_column(Integer)
    expires_on: Mapped[date | None] = mapped_column(Date)
    # no foreign keys to bills: points are shared by every branch, bills stay in their own
    invoice_id: Mapped[str | None] = mapped_column(String(36), index=True)
    credit_note_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(String(120), default="")


class CustomerReferral(Synced, Base):
    """A new customer named the customer who referred them (one referrer per customer)."""

    __tablename__ = "customer_referral"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), unique=True)
    referrer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    rewarded_invoice_id: Mapped[str | None] = mapped_column(String(36))
