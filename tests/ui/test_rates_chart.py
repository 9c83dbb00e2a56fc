"""The rates chart: each metal's day rate over 30 / 90 / 365 days, switched by Alt+3 / Alt+9 /
Alt+Y, loaded through the task runner from rates in a migrated SQLite shop; readable at 1366 x 768
in English and Hindi."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import SHOTS, shot

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.ui.i18n import Translations
from jewelpos.ui.screens.rates import RatesScreen
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.rate_chart import day_msecs

DAYS = 100


def gold_rate(i: int) -> Decimal:
    """Gold 24K on day i of the 100 (0 = 99 days ago): 7000.00 rising 5.00 a day."""
    return Decimal("7000.00") + 5 * i


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, date]]:
    """A shop with gold 999 / 916 and silver 999 rates set on each of the last 100 days (silver
    skipped on Sundays), and a second, later gold setting on today's date."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    today = shop_today(services.clock)
    for i in range(DAYS):
        day = today - timedelta(days=DAYS - 1 - i)
        rates = {("gold", 999): gold_rate(i), ("gold", 916): Decimal("6400.00")}
        if day.weekday() != 6:
            rates[("silver", 999)] = Decimal("90.00") + i
        services.rates.set_rates(day, rates, by=owner)
    services.rates.set_rates(today, {("gold", 999): Decimal("7600.00")}, by=owner)
    yield services, owner, today
    services.engine.dispose()


@pytest.fixture
def screen(qtbot: QtBot, world: tuple[Any, Any, date]) -> Iterator[RatesScreen]:
    services, owner, _today = world
    runner = TaskRunner()
    screen = RatesScreen(services.rates, runner, clock=services.clock, user=owner)
    qtbot.addWidget(screen)
    screen.resize(1366 - 180, 728 - 40)  # the main window's content area at 1366 x 768
    screen.show()
    screen.activateWindow()
    with qtbot.waitSignal(screen.chart_loaded, timeout=10_000):
        screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    screen.focus_first()
    yield screen
    runner.shutdown()


def _points(screen: RatesScreen, metal: str) -> list[tuple[float, float]]:
    series = screen.chart.series_by_metal[metal]
    return [(p.x(), p.y()) for p in series.points()]


def _expected_silver(today: date, days: int) -> list[tuple[float, float]]:
    out = []
    for i in range(DAYS - days, DAYS):
        day = today - timedelta(days=DAYS - 1 - i)
        if day.weekday() != 6:
            out.append((day_msecs(day), 90.0 + i))
    return out


def test_chart_has_each_days_rate_for_30_and_90_days(
    qtbot: QtBot, screen: RatesScreen, world: tuple[Any, Any, date]
) -> None:
    """30 days: gold 999 has 30 points, the last one today's later setting (7600); silver has a
    point on each non-Sunday; Alt+9 gives 90 of each, Alt+3 goes back to 30."""
    today = world[2]
    assert screen.chart_days == 30
    gold = _points(screen, "gold")
    # day i = 70..99 of the 100: 7000 + 5 * i, and today (i = 99) set again at 7600
    expected = [(day_msecs(today - timedelta(days=29 - k)), float(gold_rate(70 + k))) for k in range(30)]  # fmt: skip
    expected[-1] = (day_msecs(today), 7600.0)
    assert gold == expected
    assert _points(screen, "silver") == _expected_silver(today, 30)
    assert screen.chart.series_by_metal["gold"].name().endswith("24K999")

    with qtbot.waitSignal(screen.chart_loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert screen.chart_days == 90 and screen.range_buttons[90].isChecked()
    gold = _points(screen, "gold")
    assert len(gold) == 90
    assert gold[0] == (day_msecs(today - timedelta(days=89)), float(gold_rate(10)))  # 7050
    assert _points(screen, "silver") == _expected_silver(today, 90)

    with qtbot.waitSignal(screen.chart_loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert len(_points(screen, "gold")) == DAYS  # a year asked, 100 days there
    with qtbot.waitSignal(screen.chart_loaded, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert len(_points(screen, "gold")) == 30
    assert "(Alt+3)" in screen.range_buttons[30].text()
    assert "(Alt+9)" in screen.range_buttons[90].text()
    assert "(Alt+Y)" in screen.range_buttons[365].text()


def test_rates_screen_with_chart_at_1366_in_english_and_hindi(
    qtbot: QtBot, screen: RatesScreen, qapp: QApplication
) -> None:
    """The screen with its chart fits the counter's content area in both languages; the chart
    gets a readable share of it; screenshots are saved for a person to look at."""
    translations = Translations(qapp)
    try:
        for language in ("en", "hi"):
            assert translations.set_language(language)
            qtbot.waitUntil(lambda: screen.chart_title.text() != "")
            QApplication.processEvents()
            assert screen.chart.height() >= 170 and screen.chart.width() >= 450
            assert screen.history.height() >= 100
            assert screen.table.geometry().bottom() <= screen.height()
            for button in screen.range_buttons.values():
                assert button.sizeHint().width() <= button.width()
            shot(screen, f"rates_chart_{language}")
        assert (SHOTS / "rates_chart_hi.png").exists()
    finally:
        translations.reset()
