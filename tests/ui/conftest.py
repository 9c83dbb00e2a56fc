"""GUI test fixtures: a real migrated SQLite shop, the real counter built by app.build_app, key helpers."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from jewelpos.app import Counter, build_app
from jewelpos.config import Settings
from jewelpos.domain.clock import FixedClock

# The suite runs with --import-mode=importlib, which does not put tests/ui on sys.path.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from ui_helpers import CASHIER, OWNER, SHOP_MORNING, open_services  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns that it cannot raise windows or pass size hints to a
    # window manager it does not have; those are facts about the plugin, not our bugs.
    for item in items:
        if "tests/ui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(SHOP_MORNING)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "counter")


@pytest.fixture
def make_counter(qapp: QApplication, settings: Settings, clock: FixedClock) -> Iterator[object]:
    """Build the real counter (migrations, services, windows) on a fresh data folder."""
    built: list[Counter] = []

    def make(language: str | None = None) -> Counter:
        counter = build_app(settings, language=language, clock=clock)
        built.append(counter)
        return counter

    yield make
    for counter in built:
        counter.close()
    QApplication.processEvents()


@pytest.fixture
def ready_shop(settings: Settings, clock: FixedClock) -> None:
    """A shop already set up (owner ramesh/1234) with a cashier (sunita/4321)."""
    from jewelpos.services.auth import Role
    from jewelpos.services.setup import ShopSetup

    engine, services = open_services(settings, clock)
    try:
        services.setup.initialise(
            ShopSetup(
                shop_name="Shree Ganesh Jewellers",
                legal_name="",
                gstin="",
                state_code="27",
                address="12 MG Road",
                city="Pune",
                pin_code="411001",
                phone="",
                branch_code="B1",
                branch_name="Main",
                counter_code="C1",
                owner_username=OWNER[0],
                owner_name="Ramesh Soni",
                owner_pin=OWNER[1],
            )
        )
        owner = services.auth.login(*OWNER)
        services.auth.add_user(
            username=CASHIER[0],
            display_name="Sunita Verma",
            role=Role.CASHIER,
            pin=CASHIER[1],
            by=owner,
        )
    finally:
        engine.dispose()
