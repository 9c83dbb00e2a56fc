"""Stock-take by keyboard: Enter in the tray field starts the count, F9 asks before closing
(Esc goes on counting), and the report reads the shop's own clock and words, not codes."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, type_text

from factories import piece, services_for, shop_db, user_named
from jewelpos.services import Services
from jewelpos.ui.screens.stocktake import StockTakeScreen
from jewelpos.ui.tasks import InlineTaskRunner


@pytest.fixture
def shop_services(tmp_path: Path) -> Iterator[Services]:
    services = services_for(shop_db(tmp_path / "shop.sqlite3"))  # clock: 05:00 UTC, 1 Jun 2025
    yield services
    services.engine.dispose()


def test_enter_starts_f9_asks_and_the_report_is_in_shop_time_and_words(
    qtbot: QtBot, shop_services: Services, tmp_path: Path
) -> None:
    """Tray A + Enter starts; F9 asks, Esc keeps counting, a scan ending in Enter does not
    close; F9 twice closes; the PDF says 01-06-2025 10:30 IST and "in stock", never in_stock/UTC."""
    services = shop_services
    owner = user_named(services, "owner")
    ring = next(c.id for c in services.stock.categories() if c.code == "RING")
    codes = [services.stock.add_piece(piece(ring, tray="A"), by=owner).tag_code for _ in range(2)]
    screen = StockTakeScreen(services, InlineTaskRunner(), user=owner, reports_dir=tmp_path / "r")
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.start()
    screen.activateWindow()
    screen.tray.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.tray)
    type_text("A")
    with qtbot.waitSignal(screen.count_started):
        press(Qt.Key.Key_Return)
    assert screen.state is not None and screen.state.status == "open"
    assert focused() is screen.scan
    with qtbot.waitSignal(screen.code_scanned):
        type_text(codes[0])
        press(Qt.Key.Key_Return)

    press(Qt.Key.Key_F9)
    box = screen.confirm_box
    assert box is not None
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()))
    assert "1 pieces not scanned" in box.text()
    screen.grab().save("/tmp/screens-stocktake.png")
    box.grab().save("/tmp/screens-stocktake-confirm.png")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible() and QApplication.focusWidget() is not None)
    assert screen.state.status == "open"

    press(Qt.Key.Key_F9)
    box = screen.confirm_box
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()))
    type_text("ZZ")  # a scan landing on the question...
    press(Qt.Key.Key_Return)  # ...ends with Enter: that means "go on counting"
    qtbot.waitUntil(lambda: not box.isVisible() and QApplication.focusWidget() is not None)
    assert screen.state.status == "open"

    press(Qt.Key.Key_F9)
    box = screen.confirm_box
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(screen.report_saved) as saved:
        press(Qt.Key.Key_F9)
    assert screen.state.status == "closed"
    text = subprocess.run(["pdftotext", "-layout", saved.args[0], "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    # 05:00 UTC + 5:30 = 10:30 in Asia/Kolkata
    assert "Started: 01-06-2025 10:30 IST" in text and "Closed: 01-06-2025 10:30 IST" in text
    assert "UTC" not in text
    assert "Status: closed" in text
    missing = text.split("Missing pieces (1)")[1]
    assert codes[1] in missing and "in stock" in missing
    assert "in_stock" not in text
