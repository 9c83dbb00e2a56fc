"""Dates and times as the shop reads them (shop time zone, the user's language)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from jewelpos.domain.clock import Clock, SystemClock, shop_zone

_followed: list[Clock] = [SystemClock()]


def follow_clock(clock: Clock) -> None:
    """Show times in ``clock``'s shop zone from now on (the shell calls it with the app's
    clock, whose zone the shop settings set at start and on every save)."""
    _followed[0] = clock


def shop_tz() -> ZoneInfo:
    """The shop's time zone, as the screens show times in."""
    return shop_zone(_followed[0])


def fmt_date(day: date, *, long: bool = False) -> str:
    """``14 Nov 2025`` (or ``Fri, 14 Nov 2025``), month names in the current language."""
    pattern = "ddd, d MMM yyyy" if long else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def fmt_time(at: datetime) -> str:
    """Wall-clock time in the shop's zone, 24-hour: ``10:05``."""
    local = at.astimezone(shop_tz())
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def fmt_datetime(at: datetime) -> str:
    local = at.astimezone(shop_tz())
    return f"{fmt_date(local.date())} {fmt_time(at)}"
