"""Reports screen, the table reports by keyboard: stock ageing, cash book and scheme reports
open with the arrow keys and F5 (chart first, table under it), their totals equal the
documents, and F9 writes an Excel file whose totals read back."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from factories import services_for, shop_db
from jewelpos.db.models_billing import Invoice, Payment
from jewelpos.services.demo_year import add_year_of_bills
from jewelpos.services.reports import ReportsService
from jewelpos.services.reports_more import TableReport
from jewelpos.ui.screens.reports import KINDS, PRESETS, ReportsScreen
from jewelpos.ui.tasks import InlineTaskRunner

D = Decimal


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Any]:
    """A shop with ninety days of generated bills up to 31 May 2025 (the clock: 1 June)."""
    services = services_for(shop_db(tmp_path / "jewelpos.sqlite3"))
    add_year_of_bills(services.uow, last_day=date(2025, 5, 31), lines=400, days=90)
    yield services
    services.engine.dispose()


def _screen(qtbot: QtBot, services: Any, tmp_path: Path) -> ReportsScreen:
    screen = ReportsScreen(
        ReportsService(services.uow),
        InlineTaskRunner(),
        clock=services.clock,
        reports_dir=tmp_path / "out",
    )
    qtbot.addWidget(screen)
    screen.resize(1366 - 190, 728 - 60)
    screen.show()
    screen.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: screen.kind.hasFocus())
    return screen


def _choose(screen: ReportsScreen, kind: str) -> None:
    """Arrow keys on the report list down to ``kind``."""
    QTest.keyClick(screen.kind, Qt.Key.Key_Home)
    for _ in range(KINDS.index(kind)):
        QTest.keyClick(screen.kind, Qt.Key.Key_Down)
    assert KINDS[screen.kind.currentIndex()] == kind


def test_every_table_report_opens_by_keyboard(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Each new report: arrows + F5 load it, the table shows its rows and the chart one bar
    set per charted column; stock and liability need no data to open."""
    screen = _screen(qtbot, shop, tmp_path)
    for kind in KINDS[5:]:
        _choose(screen, kind)
        with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as loaded:
            QTest.keyClick(screen.kind, Qt.Key.Key_F5)
        report = loaded.args[0]
        assert isinstance(report, TableReport) and report.kind == kind
        assert screen.view.model() is screen.table_model
        assert screen.table_model.rowCount() == len(report.rows)
        assert screen.table_model.columnCount() == len(report.columns)
        assert len(screen.chart.series()[0].barSets()) == len(report.chart)
        assert screen.totals.text()


def test_cash_book_last_month_totals_and_excel(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Last month (May 2025): the cash book's bills column equals the cash kept on May's final
    bills, it closes at opening + in - out, and the Excel totals row reads back the same."""
    screen = _screen(qtbot, shop, tmp_path)
    _choose(screen, "cash_book")
    QTest.keyClick(screen.kind, Qt.Key.Key_Tab)
    assert screen.preset.hasFocus()
    screen.preset.setCurrentIndex(PRESETS.index("last_month"))
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as loaded:
        QTest.keyClick(screen.preset, Qt.Key.Key_F5)
    report = loaded.args[0]
    assert (report.start, report.end) == (date(2025, 5, 1), date(2025, 5, 31))
    with shop.uow.read() as s:
        paise = sum(
            p.amount_paise
            for inv, p in s.execute(
                select(Invoice, Payment).join(Payment, Payment.invoice_id == Invoice.id)
            )
            if inv.status == "final"
            and p.mode == "cash"
            and date(2025, 5, 1) <= inv.shop_day <= date(2025, 5, 31)
        )
    keys = [k for k, _ in report.columns]
    total = dict(zip(keys, report.totals, strict=True))
    assert total["in_bills"] == D(paise) / 100 and paise > 0
    flows = sum((total[k] for k in keys if k.startswith("in_")), D("0.00")) - sum(
        (total[k] for k in keys if k.startswith("out_")), D("0.00")
    )
    assert total["opening"] + flows == total["closing"]
    assert len(report.rows) == 31 and report.rows[1][1] == report.rows[0][-1]
    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.preset, Qt.Key.Key_F9)
    assert Path(saved.args[0]).name == "cash_book-2025-05-01-2025-05-31.xlsx"
    rows = list(openpyxl.load_workbook(saved.args[0]).active.iter_rows(values_only=True))
    head = list(rows[3])
    assert head[0] == "Day" and "Closing cash" in head and rows[-1][0] == "Total"
    assert D(str(rows[-1][head.index("In: bills")])).quantize(D("0.01")) == total["in_bills"]
    assert D(str(rows[-1][head.index("Closing cash")])).quantize(D("0.01")) == total["closing"]
    assert len(rows) - 5 == 31  # title, span, blank, head ... days ... totals


def test_stock_ageing_excel_reads_back(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Stock by purity is as at the range's last day; its Excel and PDF have the age buckets."""
    screen = _screen(qtbot, shop, tmp_path)
    _choose(screen, "stock_purity")
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000):
        QTest.keyClick(screen.kind, Qt.Key.Key_F5)
    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.kind, Qt.Key.Key_F9)
    rows = list(openpyxl.load_workbook(saved.args[0]).active.iter_rows(values_only=True))
    assert any(c == "Over 365 days" for r in rows for c in r)
    assert date(2025, 6, 1) - timedelta(days=0) == screen.report.end  # type: ignore[union-attr]
    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.kind, Qt.Key.Key_F10)
    text = subprocess.run(
        ["pdftotext", "-layout", saved.args[0], "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Stock and ageing by purity" in text and "Over 365" in text
