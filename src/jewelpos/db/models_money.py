"""Where the money of a return went, and tenders set off after tax: credit-note refunds, the
customer-credit ledger and the set-offs used on an invoice (all new rows, never updates)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class CreditNoteRefund(Synced, Base):
    """Money paid back for a credit note, one row per mode (a split refund has several)."""

    __tablename__ = "credit_note_refund"
    __table_args__ = (UniqueConstraint("credit_note_id", "line_no"),)

    credit_note_id: Mapped[str] = mapped_column(ForeignKey("credit_note.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(12))
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(60), default="")


class CustomerCreditEntry(Synced, Base):
    """One movement of a customer's credit: + kept from a credit note (or given back when a bill
    that used it is cancelled), - used on a bill. The balance is the sum, never stored."""

    __tablename__ = "customer_credit_entry"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(16))
    """kept | used | given_back"""
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    """Signed: positive adds to the balance."""
    credit_note_id: Mapped[str | None] = mapped_column(ForeignKey("credit_note.id"), index=True)
    invoice_id: Mapped[str | None] = mapped_column(ForeignKey("invoice.id"), index=True)


class InvoiceSetOff(Synced, Base):
    """A tender set off after tax on an invoice (customer credit, later advances, schemes...)."""

    __tablename__ = "invoice_set_off"
    __table_args__ = (UniqueConstraint("invoice_id", "line_no"),)

    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    source_id: Mapped[str] = mapped_column(String(36), default="")
    label: Mapped[str] = mapped_column(String(80), default="")
    amount_paise: Mapped[int] = mapped_column(BigInteger)
