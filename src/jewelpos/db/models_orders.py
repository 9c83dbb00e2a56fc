"""Customer orders and repairs: the order, its photos, the customer's own stones and metal,
advance receipts, status history, karigars with their metal ledger and repair jobs (their
reminders go through the messaging outbox, db/models_messaging.py).

Money is integer paise, weights integer milligrams, percentages basis points. Advance receipts
are documents (immutable); an order's status is a shared record that changes (the later
version wins per row when synced) and every change leaves an ``order_event`` row.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class Karigar(Synced, Base):
    """An artisan who makes or repairs pieces; ``wastage_bp`` is his usual wastage allowance."""

    __tablename__ = "karigar"

    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20), default="")
    specialities: Mapped[str] = mapped_column(Text, default="")
    wastage_bp: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KarigarMetalEntry(Synced, Base):
    """One entry of a karigar's metal ledger in fine milligrams: positive when the shop gives
    him metal (issued), negative when metal comes back (returned metal, a finished piece's
    fine weight, the wastage allowed). His balance is the sum of his entries."""

    __tablename__ = "karigar_metal_entry"
    __table_args__ = (Index("ix_karigar_metal_entry_karigar_id_at", "karigar_id", "at"),)

    karigar_id: Mapped[str] = mapped_column(ForeignKey("karigar.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(16))
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    weight_mg: Mapped[int] = mapped_column(Integer)
    fine_mg: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[str | None] = mapped_column(String(36))
    repair_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[str | None] = mapped_column(String(36))


class CustomerOrder(Synced, Base):
    """A customer order from intake to delivery. The weights received, the tag of the piece
    made and the bill it was delivered on are filled in as it moves on."""

    __tablename__ = "customer_order"
    __table_args__ = (
        Index("ix_customer_order_status_promised_on", "status", "promised_on"),
        Index("ix_customer_order_customer_id", "customer_id"),
        CheckConstraint("weight_min_mg >= 0 AND weight_max_mg >= weight_min_mg", name="range"),
    )

    number: Mapped[str] = mapped_column(String(16), unique=True)
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    taken_by: Mapped[str] = mapped_column(String(36))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    source: Mapped[str] = mapped_column(String(16))
    source_ref: Mapped[str] = mapped_column(String(80), default="")
    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"))
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    weight_min_mg: Mapped[int] = mapped_column(Integer)
    weight_max_mg: Mapped[int] = mapped_column(Integer)
    size: Mapped[str] = mapped_column(String(40), default="")
    design_notes: Mapped[str] = mapped_column(Text, default="")
    promised_on: Mapped[date] = mapped_column(Date)
    booked_rate_paise: Mapped[int | None] = mapped_column(BigInteger)
    booked_weight_mg: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    karigar_id: Mapped[str | None] = mapped_column(ForeignKey("karigar.id"))
    karigar_due_on: Mapped[date | None] = mapped_column(Date)
    received_gross_mg: Mapped[int | None] = mapped_column(Integer)
    received_stone_mg: Mapped[int | None] = mapped_column(Integer)
    received_net_mg: Mapped[int | None] = mapped_column(Integer)
    karigar_wastage_mg: Mapped[int | None] = mapped_column(Integer)
    karigar_labour_paise: Mapped[int | None] = mapped_column(BigInteger)
    piece_id: Mapped[str | None] = mapped_column(ForeignKey("stock_piece.id"))
    ready_on: Mapped[date | None] = mapped_column(Date)
    invoice_id: Mapped[str | None] = mapped_column(String(36))
    advance_disposition: Mapped[str] = mapped_column(String(12), default="")
    """On cancellation: "refunded" or "credit" (kept as the customer's credit)."""
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class OrderPhoto(Synced, Base):
    """A photo of an order or repair, stored by content hash in the data folder's photos."""

    __tablename__ = "order_photo"
    __table_args__ = (
        Index("ix_order_photo_order_id", "order_id"),
        Index("ix_order_photo_repair_id", "repair_id"),
    )

    order_id: Mapped[str | None] = mapped_column(String(36))
    repair_id: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str] = mapped_column(String(120), default="")


class CustomerMaterial(Synced, Base):
    """The customer's own stones or metal handed over with an order or repair."""

    __tablename__ = "customer_material"
    __table_args__ = (
        Index("ix_customer_material_order_id", "order_id"),
        Index("ix_customer_material_repair_id", "repair_id"),
    )

    order_id: Mapped[str | None] = mapped_column(String(36))
    repair_id: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    """"stone" or "metal"."""
    description: Mapped[str] = mapped_column(String(200), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    weight_mg: Mapped[int] = mapped_column(Integer, default=0)
    """Stones: carats x 200 mg; metal: grams."""
    metal: Mapped[str] = mapped_column(String(16), default="")
    purity: Mapped[int] = mapped_column(Integer, default=0)
    fine_mg: Mapped[int] = mapped_column(Integer, default=0)


class OrderAdvance(Synced, Base):
    """An advance receipt against an order (its own number series; immutable)."""

    __tablename__ = "order_advance"
    __table_args__ = (CheckConstraint("amount_paise > 0", name="amount_positive"),)

    number: Mapped[str] = mapped_column(String(16), unique=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("customer_order.id"), index=True)
    customer_id: Mapped[str] = mapped_column(String(36))
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    mode: Mapped[str] = mapped_column(String(12))
    amount_paise: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(60), default="")
    received_by: Mapped[str] = mapped_column(String(36))


class OrderEvent(Synced, Base):
    """A step in an order's or repair's life: who, when, where (branch/counter) and a note."""

    __tablename__ = "order_event"
    __table_args__ = (
        Index("ix_order_event_order_id_at", "order_id", "at"),
        Index("ix_order_event_repair_id_at", "repair_id", "at"),
    )

    order_id: Mapped[str | None] = mapped_column(String(36))
    repair_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_user_id: Mapped[str | None] = mapped_column(String(36))
    by_name: Mapped[str] = mapped_column(String(120), default="")
    place: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class RepairJob(Synced, Base):
    """A customer's piece taken in for repair, sent to a karigar, returned and billed."""

    __tablename__ = "repair_job"
    __table_args__ = (Index("ix_repair_job_status_promised_on", "status", "promised_on"),)

    number: Mapped[str] = mapped_column(String(16), unique=True)
    fy: Mapped[str] = mapped_column(String(4))
    shop_day: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    taken_by: Mapped[str] = mapped_column(String(36))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"))
    description: Mapped[str] = mapped_column(String(200))
    work: Mapped[str] = mapped_column(String(120))
    """Comma separated: resize, solder, polish, add_stones, add_metal."""
    work_notes: Mapped[str] = mapped_column(Text, default="")
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    weight_in_mg: Mapped[int] = mapped_column(Integer)
    promised_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    karigar_id: Mapped[str | None] = mapped_column(ForeignKey("karigar.id"))
    weight_out_mg: Mapped[int | None] = mapped_column(Integer)
    added_mg: Mapped[int] = mapped_column(Integer, default=0)
    added_purity: Mapped[int | None] = mapped_column(Integer)
    labour_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    labour_gst_bp: Mapped[int | None] = mapped_column(Integer)
    rate_paise: Mapped[int | None] = mapped_column(BigInteger)
    taxable_paise: Mapped[int | None] = mapped_column(BigInteger)
    gst_paise: Mapped[int | None] = mapped_column(BigInteger)
    round_off_paise: Mapped[int | None] = mapped_column(BigInteger)
    payable_paise: Mapped[int | None] = mapped_column(BigInteger)
    billed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
