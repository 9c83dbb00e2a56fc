"""Savings schemes: plans (master data from head office), member accounts, their entries (the
balance is the sum of entries, never stored), instalment receipts and post-dated cheques.

Imported at the bottom of db/models.py so they share its metadata; migration 0010 creates them.
Receipts and entries are final documents (db/immutability.py): a bounced cheque or a
cancelled redemption is a new entry, never an update.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class SchemePlan(Synced, Base):
    """A plan's rules (domain.schemes.PlanTerms); percentages in basis points."""

    __tablename__ = "scheme_plan"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(8))
    """amount | weight"""
    instalment_paise: Mapped[int] = mapped_column(BigInteger)
    instalments: Mapped[int] = mapped_column(Integer)
    bonus_rule: Mapped[str] = mapped_column(String(20))
    bonus_bp: Mapped[int] = mapped_column(Integer, default=0)
    bonus_treatment: Mapped[str] = mapped_column(String(8))
    grace_days: Mapped[int] = mapped_column(Integer, default=0)
    late_cut_bp: Mapped[int] = mapped_column(Integer, default=0)
    forfeit_after_late: Mapped[int] = mapped_column(Integer, default=0)
    allow_partial: Mapped[bool] = mapped_column(Boolean, default=False)
    early_closure: Mapped[str] = mapped_column(String(8))
    metal: Mapped[str] = mapped_column(String(10), default="")
    purity: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SchemeAccount(Synced, Base):
    """A member's account in a plan, at its home branch (``branch_id``)."""

    __tablename__ = "scheme_account"

    passbook: Mapped[str] = mapped_column(String(20), unique=True)
    plan_id: Mapped[str] = mapped_column(ForeignKey("scheme_plan.id"), index=True)
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    nominee: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active")
    """active | redeemed | closed"""
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    enrolled_by: Mapped[str | None] = mapped_column(String(36))


class SchemeReceipt(Synced, Base):
    """An instalment receipt (DocType S): a final document."""

    __tablename__ = "scheme_receipt"

    number: Mapped[str] = mapped_column(String(40), unique=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("scheme_account.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    mode: Mapped[str] = mapped_column(String(12))
    reference: Mapped[str] = mapped_column(String(60), default="")
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    rate_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    """Weight plans: the day's rate per gram the instalment bought at."""
    mg: Mapped[int] = mapped_column(BigInteger, default=0)
    taken_by: Mapped[str | None] = mapped_column(String(36))


class SchemeEntry(Synced, Base):
    """One movement of an account: + instalment, - reversal (bounced cheque), + bonus,
    - redemption / closure, + given back (cancelled bill). Final; the balance is the sum."""

    __tablename__ = "scheme_entry"

    account_id: Mapped[str] = mapped_column(ForeignKey("scheme_account.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    on_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    """instalment | reversal | charge | bonus | redeemed | given_back | closed"""
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    """Signed: positive adds to the balance."""
    mg: Mapped[int] = mapped_column(BigInteger, default=0)
    """Signed grams (mg) of a weight plan."""
    receipt_id: Mapped[str | None] = mapped_column(ForeignKey("scheme_receipt.id"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(String(36), index=True)
    note: Mapped[str] = mapped_column(String(120), default="")


class SchemeCheque(Synced, Base):
    """A post-dated cheque for an instalment: due -> presented -> cleared or bounced."""

    __tablename__ = "scheme_cheque"

    account_id: Mapped[str] = mapped_column(ForeignKey("scheme_account.id"), index=True)
    cheque_no: Mapped[str] = mapped_column(String(12))
    bank: Mapped[str] = mapped_column(String(60), default="")
    due_on: Mapped[date] = mapped_column(Date, index=True)
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(10), default="due")
    """due | presented | cleared | bounced"""
    receipt_id: Mapped[str | None] = mapped_column(ForeignKey("scheme_receipt.id"))
    bounce_charge_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
