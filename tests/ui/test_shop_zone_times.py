"""Times on the screens follow the shop's time-zone setting, not India's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from jewelpos.domain.clock import FixedClock, SystemClock, set_shop_zone
from jewelpos.ui import formats
from jewelpos.ui.widgets.sync_status import _clock_time


@pytest.fixture
def dubai() -> Iterator[FixedClock]:
    clock = FixedClock(datetime(2025, 6, 1, 5, 0, tzinfo=UTC), zone=ZoneInfo("Asia/Dubai"))
    formats.follow_clock(clock)
    yield clock
    formats.follow_clock(SystemClock())


def test_screen_times_are_in_the_shops_zone(dubai: FixedClock, qapp: object) -> None:
    """05:00 UTC shows as 09:00 in a Dubai shop (India would show 10:30), and a later change of
    the zone setting moves the times at once."""
    at = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)
    assert formats.fmt_time(at) == "09:00"
    assert _clock_time(at) == "01-06 09:00"
    set_shop_zone(dubai, "Europe/London")
    assert formats.fmt_time(at) == "06:00"
