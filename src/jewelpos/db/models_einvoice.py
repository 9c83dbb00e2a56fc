"""E-invoice registrations: the IRN, acknowledgement and signed QR that the shop's GSP returned
for a B2B invoice. Local to the counter (head office has no table for them yet); migration 0012."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base
from jewelpos.db.types import UtcDateTime


class EInvoice(Base):
    """One invoice's registration on the IRP (at most one per invoice)."""

    __tablename__ = "einvoice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    invoice_id: Mapped[str] = mapped_column(ForeignKey("invoice.id"), unique=True)
    irn: Mapped[str] = mapped_column(String(64), unique=True)
    ack_no: Mapped[str] = mapped_column(String(20))
    ack_at: Mapped[datetime] = mapped_column(UtcDateTime())
    signed_qr: Mapped[str] = mapped_column(Text)
    """The signed QR code's text (a JWT) exactly as the IRP returned it: printed as a QR."""
    signed_invoice: Mapped[str] = mapped_column(Text, default="")
    request_json: Mapped[str] = mapped_column(Text)
    """The IRN request sent, as JSON text."""
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime())
    registered_by: Mapped[str] = mapped_column(String(36))
