"""Rates of the day: set by managers, kept as history, shown with the previous day's rate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from jewelpos.db.models import AuditLog, MetalRate, SyncOutbox
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import PermissionDenied, RateNotSet, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo

DAY = date(2025, 6, 1)


def _row(services: Services, day: date, metal: str, purity: int):  # type: ignore[no-untyped-def]
    return next(
        r for r in services.rates.rates_for_day(day) if (r.metal, r.purity) == (metal, purity)
    )


def test_tracked_pairs_by_default(services: Services) -> None:
    """Gold 999/995/916/750/585, silver 999/925 and platinum 950, gold first, finest first."""
    assert services.rates.tracked() == [
        ("gold", 999),
        ("gold", 995),
        ("gold", 916),
        ("gold", 750),
        ("gold", 585),
        ("silver", 999),
        ("silver", 925),
        ("platinum", 950),
    ]


def test_set_rates_shows_today_and_previous(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """The day's latest rate is shown next to the latest rate of an earlier day."""
    services.rates.set_rates(DAY - timedelta(days=2), {("gold", 916): Decimal("7100")}, by=owner)
    rows = services.rates.set_rates(
        DAY, {("gold", 916): Decimal("7150.00"), ("silver", 925): Decimal("95.5")}, by=owner
    )
    gold = next(r for r in rows if (r.metal, r.purity) == ("gold", 916))
    assert (gold.label, gold.rate, gold.previous) == (
        "22K916",
        Decimal("7150.00"),
        Decimal("7100.00"),
    )
    assert gold.previous_day == DAY - timedelta(days=2)
    assert gold.set_by == "Suresh Soni" and gold.set_at == clock.now()
    silver = _row(services, DAY, "silver", 925)
    assert (silver.label, silver.rate, silver.previous) == ("S925", Decimal("95.50"), None)
    assert _row(services, DAY, "gold", 999).rate is None
    assert services.rates.rate(DAY, "gold", 916) == Decimal("7150.00")
    with pytest.raises(RateNotSet):
        services.rates.rate(DAY, "gold", 750)


def test_setting_again_adds_history_and_the_latest_wins(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """Every setting is a new row; the day's rate is the latest; history lists newest first."""
    services.rates.set_rates(DAY, {("gold", 916): Decimal("7150")}, by=owner)
    clock.advance(timedelta(hours=2))
    services.rates.set_rates(DAY, {("gold", 916): Decimal("7180")}, by=owner)
    assert _row(services, DAY, "gold", 916).rate == Decimal("7180.00")
    history = services.rates.history("gold", 916, days=30)
    assert [h.rate for h in history] == [Decimal("7180.00"), Decimal("7150.00")]
    assert history[0].label == "22K916" and history[0].set_by == "Suresh Soni"
    with services.uow.read() as s:
        assert len(s.scalars(select(MetalRate)).all()) == 2
        assert s.scalars(select(AuditLog.details).where(AuditLog.action == "rates.set")).all()[
            -1
        ] == {
            "day": "2025-06-01",
            "rates": {"gold-916": "7180.00"},
        }
        outbox = s.scalars(select(SyncOutbox).where(SyncOutbox.table_name == "metal_rate")).all()
    assert sorted(r.payload["rate_paise"] for r in outbox) == [715000, 718000]


def test_history_is_limited_to_recent_days(services: Services, owner: UserInfo) -> None:
    """history(days=N) covers the last N shop days only."""
    services.rates.set_rates(DAY - timedelta(days=40), {("gold", 916): Decimal("6900")}, by=owner)
    services.rates.set_rates(DAY - timedelta(days=3), {("gold", 916): Decimal("7100")}, by=owner)
    assert [h.rate for h in services.rates.history("gold", 916, days=30)] == [Decimal("7100.00")]
    assert len(services.rates.history("gold", 916, days=60)) == 2


def test_only_owners_and_managers_set_rates(services: Services, owner: UserInfo) -> None:
    """A cashier or salesperson gets PermissionDenied and nothing is written."""
    cashier = services.auth.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="3333", by=owner
    )
    with pytest.raises(PermissionDenied):
        services.rates.set_rates(DAY, {("gold", 916): Decimal("7150")}, by=cashier)
    assert _row(services, DAY, "gold", 916).rate is None


@pytest.mark.parametrize(
    "rates",
    [
        {("gold", 916): Decimal("0")},
        {("gold", 916): Decimal("-1")},
        {("gold", 916): Decimal("7150.005")},
        {("brass", 916): Decimal("10")},
        {("gold", 1000): Decimal("10")},
        {},
    ],
)
def test_bad_rates_are_refused(
    services: Services, owner: UserInfo, rates: dict[tuple[str, int], Decimal]
) -> None:
    """Zero, negative, sub-paisa rates, unknown metals or purities are a ValidationError."""
    with pytest.raises(ValidationError):
        services.rates.set_rates(DAY, rates, by=owner)


def test_rates_missing_until_the_pairs_in_use_are_set(services: Services, owner: UserInfo) -> None:
    """Missing before any rate; then missing for the pairs used yesterday until set today."""
    assert services.rates.rates_missing(DAY - timedelta(days=1))
    services.rates.set_rates(
        DAY - timedelta(days=1),
        {("gold", 916): Decimal("7100"), ("silver", 925): Decimal("95")},
        by=owner,
    )
    assert services.rates.missing_pairs(DAY) == [("gold", 916), ("silver", 925)]
    services.rates.set_rates(DAY, {("gold", 916): Decimal("7150")}, by=owner)
    assert services.rates.missing_pairs(DAY) == [("silver", 925)]
    services.rates.set_rates(DAY, {("silver", 925): Decimal("96")}, by=owner)
    assert not services.rates.rates_missing(DAY)


def test_chart_series_take_each_metals_top_purity_and_the_days_latest_rate(
    services: Services, owner: UserInfo
) -> None:
    """series(days=n): one series per metal (its finest purity with rates), one point a day
    within the last n shop days, the day's latest setting, oldest first; no future days."""
    today = services.rates.today()
    for back in range(40, -1, -1):
        day = today - timedelta(days=back)
        services.rates.set_rates(
            day, {("gold", 999): Decimal("7000.00") + back, ("gold", 916): Decimal("6400.00"),
                  ("silver", 925): Decimal("88.00")}, by=owner,
        )  # fmt: skip
    services.rates.set_rates(today, {("gold", 999): Decimal("7777.00")}, by=owner)
    services.rates.set_rates(today + timedelta(days=1), {("gold", 999): Decimal("1.00")}, by=owner)
    gold, silver = services.rates.series(days=30)
    assert (gold.metal, gold.purity, gold.label) == ("gold", 999, "24K999")
    assert (silver.metal, silver.purity) == ("silver", 925)
    assert len(gold.points) == 30 and len(silver.points) == 30
    # 29 days back: 7000 + 29 = 7029.00; today: the later setting, 7777.00
    assert gold.points[0] == (today - timedelta(days=29), Decimal("7029.00"))
    assert gold.points[-1] == (today, Decimal("7777.00"))
    assert len(services.rates.series(days=365)[0].points) == 41
