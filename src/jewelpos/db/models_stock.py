"""Models of the stock area: receipts, tag print queue, stock-takes, transfers, local settings.

Imported at the bottom of db/models.py so they share its metadata; migration 0003 creates them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from jewelpos.db.models import Base, Synced
from jewelpos.db.types import UtcDateTime


class StockReceipt(Synced, Base):
    """A purchase or karigar receipt: the document pieces were tagged under (events point here)."""

    __tablename__ = "stock_receipt"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # purchase | karigar
    party_name: Mapped[str] = mapped_column(String(120))
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    by_user_id: Mapped[str | None] = mapped_column(String(36))
    piece_count: Mapped[int] = mapped_column(Integer, default=0)
    gross_mg: Mapped[int] = mapped_column(BigInteger, default=0)
    net_mg: Mapped[int] = mapped_column(BigInteger, default=0)
    cost_paise: Mapped[int] = mapped_column(BigInteger, default=0)


class StockSetting(Base):
    """Local key/value settings of the stock area (tag layout, printer, cost cipher, scale)."""

    __tablename__ = "stock_setting"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class TagPrintJob(Base):
    """A queued tag print: kept until it has been delivered, so a failed print can be retried."""

    __tablename__ = "tag_print_job"
    __table_args__ = (Index("ix_tag_print_job_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    by_user_id: Mapped[str | None] = mapped_column(String(36))
    language: Mapped[str] = mapped_column(String(8))  # tspl | zpl
    target: Mapped[str] = mapped_column(String(260))
    piece_ids: Mapped[list[str]] = mapped_column(JSON)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending|failed|done
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class StockTake(Synced, Base):
    """A count of a tray, a category or the whole branch; differences recorded by a manager."""

    __tablename__ = "stock_take"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    scope_kind: Mapped[str] = mapped_column(String(12))  # tray | category | branch
    scope_value: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # open|closed|recorded
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    started_by: Mapped[str | None] = mapped_column(String(36))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(36))
    expected_count: Mapped[int] = mapped_column(Integer, default=0)
    found_count: Mapped[int] = mapped_column(Integer, default=0)
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    extra_count: Mapped[int] = mapped_column(Integer, default=0)
    unknown_count: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by: Mapped[str | None] = mapped_column(String(36))


class StockTakeScan(Synced, Base):
    """One scanned code of a stock-take: found (expected here), extra (elsewhere) or unknown."""

    __tablename__ = "stock_take_scan"
    __table_args__ = (Index("ix_stock_take_scan_take_id_code", "take_id", "code"),)

    take_id: Mapped[str] = mapped_column(ForeignKey("stock_take.id"))
    code: Mapped[str] = mapped_column(String(24))
    piece_id: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[str] = mapped_column(String(10))  # found | extra | unknown
    at: Mapped[datetime] = mapped_column(UtcDateTime())


class StockTransfer(Synced, Base):
    """Pieces moved to another branch or counter/tray: issued (in transit), then received."""

    __tablename__ = "stock_transfer"

    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # branch | tray
    from_location: Mapped[str] = mapped_column(String(40), default="")
    to_branch: Mapped[str] = mapped_column(String(8), default="")
    to_location: Mapped[str] = mapped_column(String(40), default="")
    to_tray: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(10), default="issued")  # issued | received
    note: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime())
    issued_by: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    received_by: Mapped[str | None] = mapped_column(String(36))
    receive_number: Mapped[str] = mapped_column(String(20), default="")
    piece_count: Mapped[int] = mapped_column(Integer, default=0)
    gross_mg: Mapped[int] = mapped_column(BigInteger, default=0)


class StockTransferLine(Synced, Base):
    """A piece on a transfer."""

    __tablename__ = "stock_transfer_line"

    transfer_id: Mapped[str] = mapped_column(ForeignKey("stock_transfer.id"), index=True)
    piece_id: Mapped[str] = mapped_column(ForeignKey("stock_piece.id"), index=True)
    tag_code: Mapped[str] = mapped_column(String(24))
    gross_mg: Mapped[int] = mapped_column(Integer)
