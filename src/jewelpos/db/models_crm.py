"""Segments and campaigns: saved customer filters, campaigns sent to a segment with the send
list frozen at the start (each recipient marked hold-out or not), and the index the segment
statistics read bills through. Migration 0014 creates them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.models_billing import Invoice
from jewelpos.db.types import UtcDateTime

# Segment statistics (spend, visits, last bill per customer) read only this index, in
# customer order, never the invoice rows themselves.
Index(
    "ix_invoice_customer_stats",
    Invoice.customer_id,
    Invoice.status,
    Invoice.shop_day,
    Invoice.invoice_value_paise,
)


class Segment(Synced, Base):
    """A saved filter of customers: its rules as JSON (services/segments.SegmentRules)."""

    __tablename__ = "segment"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    saved_by: Mapped[str] = mapped_column(String(36))
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Campaign(Synced, Base):
    """A campaign: a segment (its rules copied as they were at the start), a channel and a
    template, an optional free gift voucher per recipient, a hold-out share drawn by a seed,
    and the days after the send in which a bill counts as a conversion."""

    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    segment_id: Mapped[str | None] = mapped_column(ForeignKey("segment.id"), index=True)
    segment_name: Mapped[str] = mapped_column(String(80))
    rules: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    channel: Mapped[str] = mapped_column(String(12))
    """sms | whatsapp | email"""
    template: Mapped[str] = mapped_column(Text)
    voucher_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    voucher_days: Mapped[int] = mapped_column(Integer, default=0)
    holdout_bp: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[int] = mapped_column(BigInteger)
    window_days: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_by: Mapped[str] = mapped_column(String(36))


class CampaignRecipient(Synced, Base):
    """One customer on a campaign's frozen send list: hold-out (gets nothing) or not, the
    voucher issued to them and what became of their message."""

    __tablename__ = "campaign_recipient"
    __table_args__ = (
        Index(
            "ix_campaign_recipient_campaign_id_customer_id",
            "campaign_id",
            "customer_id",
            unique=True,
        ),
    )

    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaign.id"))
    customer_id: Mapped[str] = mapped_column(ForeignKey("customer.id"), index=True)
    holdout: Mapped[bool] = mapped_column(Boolean, default=False)
    address: Mapped[str] = mapped_column(String(120), default="")
    """The mobile number or e-mail the message goes to."""
    voucher_id: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(12))
    """holdout | to_send | queued | no_address"""


class CustomerNameWord(Base):
    """The rest of each customer's name key from its 2nd, 3rd ... word on ("sharma" of
    "priya sharma"): a plain index that finds a customer by a later word of the name as one
    types. Kept by SQLite triggers on customer (migration 0014); local only, never synced."""

    __tablename__ = "customer_name_word"
    __table_args__ = (Index("ix_customer_name_word_customer_id", "customer_id"),)

    suffix: Mapped[str] = mapped_column(String(120), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
