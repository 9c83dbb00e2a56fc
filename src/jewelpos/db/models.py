"""SQLAlchemy models of the counter database (one schema for SQLite counters and PostgreSQL).

Money is integer paise (BigInteger), weights integer milligrams, purity parts per thousand,
percentages integer basis points (12.5 % -> 1250), times aware UTC. Rows that leave the counter
use the ``Synced`` mixin: a client-made UUID v7 id, origin branch/device, created/updated times
and a hybrid-logical-clock version; db/outbox.py fills these and queues a sync_outbox row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from jewelpos.db.types import UtcDateTime
from jewelpos.domain.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Base(DeclarativeBase):
    metadata = metadata


class Synced:
    """Mixin for rows that travel to head office: change capture stamps the bookkeeping columns."""

    __outbox_exclude__: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id, sort_order=-10)
    branch_id: Mapped[str] = mapped_column(String(36), sort_order=90)
    device_id: Mapped[str] = mapped_column(String(36), sort_order=91)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), sort_order=92)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), sort_order=93)
    version: Mapped[str] = mapped_column(String(40), sort_order=94)


# --- identity -------------------------------------------------------------------------------


class Shop(Synced, Base):
    """The shop (one row): its name, GST registration and address."""

    __tablename__ = "shop"

    name: Mapped[str] = mapped_column(String(120))
    legal_name: Mapped[str] = mapped_column(String(200), default="")
    gstin: Mapped[str] = mapped_column(String(15), default="")
    state_code: Mapped[str] = mapped_column(String(2))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    pin_code: Mapped[str] = mapped_column(String(6), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class Branch(Synced, Base):
    """A shop location; its code goes into document numbers (``B1``)."""

    __tablename__ = "branch"

    shop_id: Mapped[str] = mapped_column(ForeignKey("shop.id"))
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    state_code: Mapped[str] = mapped_column(String(2), default="")
    pin_code: Mapped[str] = mapped_column(String(6), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")


class Device(Synced, Base):
    """A counter PC. ``is_local`` marks the row of this very counter (never synced)."""

    __tablename__ = "device"
    __table_args__ = (UniqueConstraint("branch_id", "code"),)
    __outbox_exclude__ = frozenset({"is_local"})

    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120), default="")
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class AppUser(Synced, Base):
    """A person who logs in at the counter with a PIN (argon2 hash)."""

    __tablename__ = "app_user"

    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # set when a manager resets the PIN: the user chooses a new one right after logging in
    must_change_pin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    deactivated_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class PinAttempt(Base):
    """Wrong PINs in a row typed at this counter, per user (local: a lock is per counter)."""

    __tablename__ = "pin_attempt"

    user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


# --- rates and catalogue ----------------------------------------------------------------------


class MetalRate(Synced, Base):
    """One setting of a rate (paise per gram): the rate of a day is the day's latest row."""

    __tablename__ = "metal_rate"
    __table_args__ = (
        Index("ix_metal_rate_metal_purity_day_set_at", "metal", "purity", "day", "set_at"),
        CheckConstraint("rate_paise > 0", name="rate_positive"),
    )

    day: Mapped[date] = mapped_column(Date)
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    rate_paise: Mapped[int] = mapped_column(BigInteger)
    set_by: Mapped[str | None] = mapped_column(ForeignKey("app_user.id"))
    set_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Category(Synced, Base):
    """An item category with its HSN code and default wastage and making charge.

    ``wastage_bp`` is basis points (800 = 8 %), on ``value`` or ``weight``; ``making_value`` is
    paise per gram (``per_g``), basis points (``percent``) or paise per piece (``flat``).
    """

    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    name_hi: Mapped[str] = mapped_column(String(80), default="")
    metal: Mapped[str] = mapped_column(String(16))
    default_purity: Mapped[int] = mapped_column(Integer)
    hsn: Mapped[str] = mapped_column(String(8), default="7113")
    wastage_bp: Mapped[int] = mapped_column(Integer, default=0)
    wastage_on: Mapped[str] = mapped_column(String(8), default="value")
    making_kind: Mapped[str] = mapped_column(String(8), default="per_g")
    making_value: Mapped[int] = mapped_column(BigInteger, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- stock -----------------------------------------------------------------------------------


class StockPiece(Synced, Base):
    """A tagged piece. Codes (tag, design, HUID) are stored upper-case so prefix search can use
    plain indexes. Making/wastage columns override the category's when not NULL."""

    __tablename__ = "stock_piece"
    __table_args__ = (
        Index(
            "ix_stock_piece_status_metal_purity",
            "status",
            "metal",
            "purity",
            "category_id",
            "gross_mg",
            "net_mg",
        ),
        Index(
            "ix_stock_piece_status_tag_code", "status", "tag_code", "metal", "purity", "category_id"
        ),
        Index("ix_stock_piece_design_no", "design_no"),
        Index("ix_stock_piece_category_id", "category_id"),
        CheckConstraint("gross_mg > 0", name="gross_positive"),
        CheckConstraint("stone_mg >= 0 AND stone_mg < gross_mg", name="stone_below_gross"),
        CheckConstraint("net_mg = gross_mg - stone_mg", name="net_is_gross_less_stone"),
    )

    tag_code: Mapped[str] = mapped_column(String(24), unique=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("category.id"))
    design_no: Mapped[str] = mapped_column(String(40), default="")
    description: Mapped[str] = mapped_column(String(200), default="")
    metal: Mapped[str] = mapped_column(String(16))
    purity: Mapped[int] = mapped_column(Integer)
    gross_mg: Mapped[int] = mapped_column(Integer)
    stone_mg: Mapped[int] = mapped_column(Integer, default=0)
    net_mg: Mapped[int] = mapped_column(Integer)
    stone_count: Mapped[int] = mapped_column(Integer, default=0)
    stone_value_paise: Mapped[int] = mapped_column(BigInteger, default=0)
    making_kind: Mapped[str | None] = mapped_column(String(8))
    making_value: Mapped[int | None] = mapped_column(BigInteger)
    wastage_bp: Mapped[int | None] = mapped_column(Integer)
    wastage_on: Mapped[str | None] = mapped_column(String(8))
    cost_paise: Mapped[int | None] = mapped_column(BigInteger)
    cost_code: Mapped[str] = mapped_column(String(16), default="")
    photo_path: Mapped[str | None] = mapped_column(String(260))
    status: Mapped[str] = mapped_column(String(16), default="in_stock")
    location: Mapped[str] = mapped_column(String(40), default="")
    tray: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())


class StockSummary(Base):
    """Piece count and weights per status/metal/purity/category, kept by SQLite triggers on
    stock_piece (see the migration), so stock totals never scan 200,000 rows. Local only."""

    __tablename__ = "stock_summary"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    metal: Mapped[str] = mapped_column(String(16), primary_key=True)
    purity: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    piece_count: Mapped[int] = mapped_column(Integer, default=0)
    gross_mg: Mapped[int] = mapped_column(BigInteger, default=0)
    net_mg: Mapped[int] = mapped_column(BigInteger, default=0)


class PieceStone(Synced, Base):
    """Stones set in a piece: kind, count, weight (mg; 1 ct = 200 mg) and value (paise)."""

    __tablename__ = "piece_stone"

    piece_id: Mapped[str] = mapped_column(ForeignKey("stock_piece.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer, default=1)
    weight_mg: Mapped[int] = mapped_column(Integer, default=0)
    value_paise: Mapped[int] = mapped_column(BigInteger, default=0)


class PieceHuid(Synced, Base):
    """A BIS hallmark unique id on a piece (a set may carry several)."""

    __tablename__ = "piece_huid"

    piece_id: Mapped[str] = mapped_column(ForeignKey("stock_piece.id"), index=True)
    huid: Mapped[str] = mapped_column(String(6), unique=True)


class PieceEvent(Synced, Base):
    """What happened to a piece: received, sold, returned, sent to karigar, melted..."""

    __tablename__ = "piece_event"
    __table_args__ = (Index("ix_piece_event_piece_id_at", "piece_id", "at"),)

    piece_id: Mapped[str] = mapped_column(ForeignKey("stock_piece.id"))
    kind: Mapped[str] = mapped_column(String(24))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_user_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(Text, default="")
    ref: Mapped[str | None] = mapped_column(String(36))


# --- customers -------------------------------------------------------------------------------


class Customer(Synced, Base):
    """'Know the customer': found by mobile number; ``name_key`` is the case-folded name."""

    __tablename__ = "customer"

    mobile: Mapped[str] = mapped_column(String(10), unique=True)
    alternate_phone: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    state_code: Mapped[str] = mapped_column(String(2), default="")
    pin_code: Mapped[str] = mapped_column(String(6), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    birthday: Mapped[date | None] = mapped_column(Date)
    anniversary: Mapped[date | None] = mapped_column(Date)
    native_place: Mapped[str] = mapped_column(String(80), default="")
    family: Mapped[str] = mapped_column(Text, default="")
    wearer: Mapped[str] = mapped_column(String(120), default="")
    heard_from: Mapped[str] = mapped_column(String(80), default="")
    preferred_contact: Mapped[str] = mapped_column(String(16), default="phone")
    spending_capacity: Mapped[str] = mapped_column(String(40), default="")
    pan: Mapped[str] = mapped_column(String(10), default="")
    gstin: Mapped[str] = mapped_column(String(15), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


# --- local bookkeeping -----------------------------------------------------------------------


class NumberSeries(Base):
    """A gapless series per counter, document type and period (financial year, or "0000")."""

    __tablename__ = "number_series"
    __table_args__ = (UniqueConstraint("device_id", "doc_type", "period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    doc_type: Mapped[str] = mapped_column(String(24))
    period: Mapped[str] = mapped_column(String(8))
    prefix: Mapped[str] = mapped_column(String(16), default="")
    next_value: Mapped[int] = mapped_column(BigInteger, default=1)


class AuditLog(Synced, Base):
    """Who did what, when: rate changes, user changes, setup, overrides."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)

    user_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncOutbox(Base):
    """Change records waiting for head office; ``seq`` only grows, ``id`` is the idempotency key."""

    __tablename__ = "sync_outbox"
    __table_args__ = (
        Index("ix_sync_outbox_sent_at_seq", "sent_at", "seq"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    version: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


# Feature areas keep their tables in their own modules; importing them here completes metadata.
from jewelpos.db import models_billing as _models_billing  # noqa: E402,F401
from jewelpos.db import models_care as _models_care  # noqa: E402,F401
from jewelpos.db import models_coupons as _models_coupons  # noqa: E402,F401
from jewelpos.db import models_day as _models_day  # noqa: E402,F401
from jewelpos.db import models_einvoice as _models_einvoice  # noqa: E402,F401
from jewelpos.db import models_loyalty as _models_loyalty  # noqa: E402,F401
from jewelpos.db import models_merge as _models_merge  # noqa: E402,F401
from jewelpos.db import models_messaging as _models_messaging  # noqa: E402,F401
from jewelpos.db import models_money as _models_money  # noqa: E402,F401
from jewelpos.db import models_schemes as _models_schemes  # noqa: E402,F401
from jewelpos.db import models_settings as _models_settings  # noqa: E402,F401
from jewelpos.db import models_stock as _models_stock  # noqa: E402,F401
from jewelpos.db import models_vouchers as _models_vouchers  # noqa: E402,F401

SYNCED_TABLES: frozenset[str] = frozenset(
    mapper.local_table.name  # type: ignore[attr-defined]
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Synced)
)

from jewelpos.db import models_sync as _models_sync  # noqa: E402,F401
