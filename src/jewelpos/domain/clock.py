"""Clocks: the system clock for the counter, a fixed one for tests. Always timezone-aware UTC.

A clock also carries the shop's time zone (a shop setting, Asia/Kolkata by default): the shop's
calendar day and the times shown and printed are taken in it (``shop_today``, ``shop_zone``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

SHOP_ZONE = ZoneInfo("Asia/Kolkata")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant as an aware UTC datetime."""
        ...


class SystemClock:
    def __init__(self, zone: ZoneInfo = SHOP_ZONE) -> None:
        self.zone = zone

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; for deterministic tests."""

    def __init__(self, at: datetime, zone: ZoneInfo = SHOP_ZONE) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at.astimezone(UTC)
        self.zone = zone

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta


def shop_zone(clock: Clock) -> ZoneInfo:
    """The shop's time zone, as its clock carries it (Asia/Kolkata for a clock without one)."""
    zone = getattr(clock, "zone", None)
    return zone if isinstance(zone, ZoneInfo) else SHOP_ZONE


def set_shop_zone(clock: Clock, name: str) -> None:
    """Give the clock the shop's time zone (an IANA name such as "Asia/Kolkata")."""
    if hasattr(clock, "zone"):
        clock.zone = ZoneInfo(name)


def shop_today(clock: Clock, zone: ZoneInfo | None = None) -> date:
    """The shop's calendar day at the clock's instant, in its zone (or ``zone``)."""
    return clock.now().astimezone(zone or shop_zone(clock)).date()
