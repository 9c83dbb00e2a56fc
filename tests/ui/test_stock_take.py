"""Stock-take by keyboard: count tray A, scan present, extra and unknown tags (code + Enter),
close with a PDF report that names the missing, extra and unknown codes, record as manager."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import press, shot, type_text

from factories import piece, services_for, shop_db, user_named
from jewelpos.services import Services
from jewelpos.services.stock import PieceStatus
from jewelpos.ui.models.stock_tools import RowRole
from jewelpos.ui.screens.stocktake import StockTakeScreen
from jewelpos.ui.tasks import InlineTaskRunner


@pytest.fixture
def shop_services(tmp_path: Path) -> Iterator[Services]:
    services = services_for(shop_db(tmp_path / "shop.sqlite3"))
    yield services
    services.engine.dispose()


def _rows(view_model: object) -> list[str]:
    model = view_model  # RowsModel
    return [
        model.index(r, 0).data(RowRole).tag_code  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_scan_a_tray_and_report(qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    """Present tags are found, a tray-B tag is extra, a stranger is unknown; the unscanned
    tray-A pieces are missing, live and in the closing PDF; F10 marks them missing."""
    services = shop_services
    owner = user_named(services, "owner")
    ring = next(c.id for c in services.stock.categories() if c.code == "RING")
    tray_a = [services.stock.add_piece(piece(ring, tray="A"), by=owner).tag_code for _ in range(5)]
    tray_b = services.stock.add_piece(piece(ring, tray="B"), by=owner).tag_code
    screen = StockTakeScreen(services, InlineTaskRunner(), user=owner, reports_dir=tmp_path / "reports")  # fmt: skip
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    screen.start()
    screen.activateWindow()
    screen.tray.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.tray)
    type_text("A")
    with qtbot.waitSignal(screen.count_started):
        press(Qt.Key.Key_F2)
    assert screen.state is not None and screen.state.expected_count == 5
    assert QApplication.focusWidget() is screen.scan
    for code in (tray_a[0], tray_a[1].lower(), tray_a[2], tray_b, "XX0001", tray_a[0]):
        with qtbot.waitSignal(screen.code_scanned):
            type_text(code)
            press(Qt.Key.Key_Return)
    assert screen.last_scan.text().startswith(f"{tray_a[0]}")  # the repeat
    assert _rows(screen.found_model) == tray_a[:3]
    assert _rows(screen.missing_model) == tray_a[3:]
    assert _rows(screen.extra_model) == [tray_b]
    assert screen.unknown_model.rows() == ["XX0001"]
    assert "Missing: 2" in screen.lists["missing"][0].text()
    shot(screen, "stock_stocktake")
    press(Qt.Key.Key_F9)  # asks first
    box = screen.confirm_box
    assert box is not None
    qtbot.waitUntil(lambda: box.isVisible() and box.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(screen.report_saved) as saved:
        press(Qt.Key.Key_F9)  # F9 again: close
    pdf = Path(saved.args[0])
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    missing_part = text.split("Missing pieces (2)")[1].split("Extra pieces (1)")[0]
    assert tray_a[3] in missing_part and tray_a[4] in missing_part
    assert tray_a[0] not in missing_part
    assert tray_b in text.split("Extra pieces (1)")[1] and "XX0001" in text
    assert "Shree Ganesh Jewellers" in text and "tray A" in text
    qtbot.waitUntil(lambda: screen.isAncestorOf(QApplication.focusWidget()))
    with qtbot.waitSignal(screen.differences_recorded):
        press(Qt.Key.Key_F10)
    row = services.stock.find_by_code(tray_a[4])
    assert row is not None and row.status == PieceStatus.MISSING


def test_models_pass_qtmodeltester(qtmodeltester, shop_services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The count's table models behave as Qt expects, filled and empty."""
    owner = user_named(shop_services, "owner")
    screen = StockTakeScreen(shop_services, InlineTaskRunner(), user=owner, reports_dir=tmp_path)
    ring = next(c.id for c in shop_services.stock.categories() if c.code == "RING")
    code = shop_services.stock.add_piece(piece(ring, tray="T"), by=owner).tag_code
    state = shop_services.stocktake.start("tray", "T", by=owner)
    shop_services.stocktake.scan(state.id, code, by=owner)
    screen._show_state(shop_services.stocktake.state(state.id))
    for model in (screen.found_model, screen.missing_model, screen.unknown_model):
        qtmodeltester.check(model)
    screen.deleteLater()
