"""Dates and times as the shop reads them (shop time zone, the user's language)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from jewelpos.domain.clock import SHOP_ZONE


def fmt_date(day: date, *, long: bool = False) -> str:
    """``14 Nov 2025`` (or ``Fri, 14 Nov 2025``), month names in the current language."""
    pattern = "ddd, d MMM yyyy" if long else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def fmt_time(at: datetime) -> str:
    """Wall-clock time in the shop's zone, 24-hour: ``10:05``."""
    local = at.astimezone(SHOP_ZONE)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def fmt_datetime(at: datetime) -> str:
    local = at.astimezone(SHOP_ZONE)
    return f"{fmt_date(local.date())} {fmt_time(at)}"
