"""Fixtures for service tests: services on a fresh migrated file, a fixed clock, a set-up shop."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.setup import ShopInfo

# The suite runs with --import-mode=importlib, which does not put tests/ on sys.path;
# tests/factories.py holds the helpers shared by tests/db and tests/services.
_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import SHOP_MORNING, migrated_db, services_for, shop_db, user_named  # noqa: E402


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(SHOP_MORNING)


@pytest.fixture
def services(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock
) -> Iterator[Services]:
    """Services on a fresh database; already set up as factories.SHOP if the test asks for
    the ``shop`` or ``owner`` fixture."""
    path = tmp_path / "jewelpos.sqlite3"
    set_up = {"shop", "owner"} & set(request.fixturenames)
    svc = services_for(shop_db(path) if set_up else migrated_db(path), clock)
    yield svc
    svc.engine.dispose()


@pytest.fixture
def shop(services: Services) -> tuple[ShopInfo, UserInfo]:
    return services.setup.shop_info(), user_named(services, "owner")


@pytest.fixture
def owner(shop: tuple[ShopInfo, UserInfo]) -> UserInfo:
    return shop[1]
