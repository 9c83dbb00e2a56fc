"""The shop's time-zone setting sets the shop's day and the times on its documents."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from jewelpos.domain.clock import FixedClock, shop_today, shop_zone
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo


def test_shop_day_is_taken_in_the_clocks_zone() -> None:
    """19:30 UTC on 1 December is 2 December in Kolkata and still 1 December in Dubai."""
    clock = FixedClock(datetime(2026, 12, 1, 19, 30, tzinfo=UTC))
    assert shop_today(clock) == date(2026, 12, 2)
    clock.zone = ZoneInfo("Asia/Dubai")
    assert shop_today(clock) == date(2026, 12, 1)


def test_saving_the_time_zone_moves_the_shops_day(services: Services, owner: UserInfo) -> None:
    """A manager's new time zone is the zone the services' clock counts the shop's day in."""
    honolulu = ZoneInfo("Pacific/Honolulu")
    services.shop_settings.save({"time_zone": "Pacific/Honolulu"}, by=owner)
    assert shop_zone(services.clock) == honolulu
    assert shop_today(services.clock) == services.clock.now().astimezone(honolulu).date()
    services.shop_settings.save({"time_zone": "Asia/Kolkata"}, by=owner)
    assert (
        shop_today(services.clock)
        == services.clock.now().astimezone(ZoneInfo("Asia/Kolkata")).date()
    )
