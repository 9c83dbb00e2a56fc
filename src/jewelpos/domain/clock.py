"""Clocks: the system clock for the counter, a fixed one for tests. Always timezone-aware UTC."""

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
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until moved; for deterministic tests."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at.astimezone(UTC)

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta


def shop_today(clock: Clock, zone: ZoneInfo = SHOP_ZONE) -> date:
    """The shop's calendar day (Asia/Kolkata by default) at the clock's instant."""
    return clock.now().astimezone(zone).date()
