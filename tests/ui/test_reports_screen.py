"""Reports screen by keyboard: F5 shows sales by day (chart first, table under it) through the
task runner, totals equal the stored bills, F9/F10 save Excel and PDF that read back, Esc stops
a long report; Ctrl+9 opens it for the owner."""

from __future__ import annotations

import subprocess
import sys
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
from ui_helpers import shot

from factories import services_for, shop_db, user_named
from jewelpos.db.models_billing import Invoice, InvoiceLine
from jewelpos.domain.clock import FixedClock
from jewelpos.services.billing import BillDraft
from jewelpos.services.reports import ReportsService
from jewelpos.ui.screens.reports import PRESETS, ReportsScreen
from jewelpos.ui.tasks import InlineTaskRunner, TaskRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import exchange_old_gold, make_counter, paid_in_full

D = Decimal
P = D("0.01")


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Any]:
    """Bills on 1 and 2 June 2025 (a ring, an exchange with old gold, a ring the next day)."""
    services = services_for(shop_db(tmp_path / "jewelpos.sqlite3"))
    counter = make_counter(services, user_named(services, "owner"))
    b = counter.billing
    b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG040"),))), by=counter.cashier
    )
    b.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(huid="NEK040"),),
                old_gold=(exchange_old_gold(),),
                customer_id=counter.customer.id,
            ),
        ),
        by=counter.cashier,
    )
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=1))
    counter.set_rates()
    b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG041"),))), by=counter.cashier
    )
    yield services
    services.engine.dispose()


def _screen(qtbot: QtBot, services: Any, tmp_path: Path, runner: TaskRunner) -> ReportsScreen:
    screen = ReportsScreen(
        ReportsService(services.uow), runner, clock=services.clock, reports_dir=tmp_path / "out"
    )
    qtbot.addWidget(screen)
    screen.resize(1366 - 190, 728 - 60)
    screen.show()
    screen.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: screen.kind.hasFocus())
    return screen


def _stored(services: Any) -> tuple[int, Decimal, int]:
    with services.uow.read() as s:
        invs = list(s.scalars(select(Invoice).where(Invoice.status == "final")))
        fine = sum(ln.fine_mg for ln in s.scalars(select(InvoiceLine)))
    return len(invs), (D(sum(i.invoice_value_paise for i in invs)) / 100).quantize(P), fine


def test_f5_shows_chart_and_table_f9_f10_export(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """This month (1-2 June): 2 days, 3 bills; table, chart and totals equal the stored bills;
    F9 writes Excel whose totals row reads back the same; F10 writes a PDF of the table."""
    runner = TaskRunner()
    screen = _screen(qtbot, shop, tmp_path, runner)
    assert screen.preset.currentIndex() == PRESETS.index("month")
    assert screen.from_edit.date().toPython() == date(2025, 6, 1)
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as loaded:
        QTest.keyClick(screen.preset, Qt.Key.Key_F5)
    report = loaded.args[0]
    bills, value, fine = _stored(shop)
    assert screen.model.rowCount() == 2 and [d.bills for d in report.days] == [2, 1]
    assert report.total("bills") == bills == 3
    assert report.total("invoice_value") == value
    assert report.total("fine_mg") == fine
    # the exchange's old gold: fine 17.514 g, 1,32,160.64 (DOMAIN.md)
    assert report.days[0].old_gold_fine_mg == 17_514
    assert report.days[0].old_gold_value == D("132160.64")
    assert screen.bar_set is not None and screen.bar_set.count() == 2
    assert round(sum(screen.bar_set.at(i) for i in range(2)), 2) == float(value)
    assert "3 bills" in screen.totals.text()
    shot(screen, "reports_en_month")

    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.preset, Qt.Key.Key_F9)
    ws = openpyxl.load_workbook(saved.args[0]).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[3][0] == "Day" and rows[-1][0] == "Total"
    head = list(rows[3])
    assert D(str(rows[-1][head.index("Invoice value")])).quantize(P) == value
    assert rows[-1][head.index("Bills")] == 3

    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.preset, Qt.Key.Key_F10)
    text = subprocess.run(
        ["pdftotext", "-layout", saved.args[0], "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Sales by day" in text and f"{value:,.2f}" in text
    runner.shutdown()


def test_esc_stops_a_long_report(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """This financial year (1 April - 2 June, 63 days): Esc at the first day's progress stops
    the report; nothing is shown and F5 works again."""
    screen = _screen(qtbot, shop, tmp_path, InlineTaskRunner())
    QTest.keyClick(screen.preset, Qt.Key.Key_End)  # the last preset: this financial year
    assert screen.from_edit.date().toPython() == date(2025, 4, 1)
    seen: list[int] = []

    def on_progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:
            QTest.keyClick(screen.preset, Qt.Key.Key_Escape)

    screen.progress_changed.connect(on_progress)
    with qtbot.waitSignal(screen.report_stopped, timeout=20_000):
        QTest.keyClick(screen.preset, Qt.Key.Key_F5)
    assert seen == [1] and screen.report is None and screen.model.rowCount() == 0
    assert "stopped" in screen.message.text
    assert screen.run_button.isEnabled() and not screen.xlsx_button.isEnabled()


def test_ctrl9_opens_reports_for_the_owner_with_no_key_bound_twice(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """The owner's Ctrl+9 opens Reports (side-bar button "Reports / Ctrl+9"); its F5, Esc, F9
    and F10 clash with no window-wide key."""
    from PySide6.QtGui import QAction
    from ui_helpers import OWNER, press, type_text

    counter = make_counter()
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    assert login.select_user(OWNER[0])
    login.pin.setFocus()
    qtbot.waitUntil(lambda: login.pin.hasFocus())
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(OWNER[1])
        press(Qt.Key.Key_Return)
    window = counter.shell.main_window
    assert window.nav_buttons["reports"].text() == "Reports  Ctrl+9"
    window_wide = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    ]
    screen_keys = [a.shortcut().toString() for a in window.reports_screen.actions()]
    assert sorted(screen_keys) == ["Esc", "F10", "F5", "F8", "F9"]  # F8: GST settings
    assert not set(screen_keys) & set(window_wide)
    assert len(window_wide) == len(set(window_wide)), window_wide
    press(Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "reports"
    assert window.reports_screen.kind.hasFocus()
    shot(window, "reports_en_window")


def test_reports_by_category_and_by_payment_mode(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Alt+P picks the report: by category the table's taxable values add up to the stored
    lines' (rings and necklaces apart); payments by mode add up to what the bills took; F9
    saves the payment report, totals row included."""
    from jewelpos.db.models_billing import Payment
    from jewelpos.ui.screens.reports import KINDS

    screen = _screen(qtbot, shop, tmp_path, TaskRunner())
    QTest.keyClick(screen.preset, Qt.Key.Key_Tab)  # focus leaves the report choice
    QTest.keyClick(screen, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: screen.kind.hasFocus())
    QTest.keyClick(screen.kind, Qt.Key.Key_Down)  # sales by day -> by category
    assert screen.kind.currentIndex() == KINDS.index("category")
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as loaded:
        QTest.keyClick(screen.kind, Qt.Key.Key_F5)
    report = loaded.args[0]
    with shop.uow.read() as s:
        lines = list(
            s.scalars(
                select(InvoiceLine)
                .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
                .where(Invoice.status == "final")
            )
        )
        pays = list(s.scalars(select(Payment)))
    taxable = (D(sum(ln.taxable_paise for ln in lines)) / 100).quantize(P)
    assert report.group == "category" and len(report.rows) == 2  # rings, necklaces
    assert report.total("value") == taxable and report.total("lines") == 3
    assert screen.view.model() is screen.group_model and screen.group_model.rowCount() == 2
    assert screen.bar_set is not None and screen.bar_set.count() == 2
    shot(screen, "reports_en_category")

    QTest.keyClick(screen.kind, Qt.Key.Key_Home)  # the fifth report: payments by mode
    for _ in range(KINDS.index("payment_mode")):
        QTest.keyClick(screen.kind, Qt.Key.Key_Down)
    assert screen.kind.currentIndex() == KINDS.index("payment_mode")
    with qtbot.waitSignal(screen.report_loaded, timeout=20_000) as loaded:
        QTest.keyClick(screen.kind, Qt.Key.Key_F5)
    report = loaded.args[0]
    taken = (D(sum(p.amount_paise for p in pays)) / 100).quantize(P)
    assert report.total("value") == taken
    assert screen.group_model.index(0, 0).data() in {"UPI", "Cash"}
    with qtbot.waitSignal(screen.exported, timeout=20_000) as saved:
        QTest.keyClick(screen.kind, Qt.Key.Key_F9)
    rows = list(openpyxl.load_workbook(saved.args[0]).active.iter_rows(values_only=True))
    assert rows[0][0] == "Payments by mode" and rows[-1][0] == "Total"
    assert D(str(rows[-1][3])).quantize(P) == taken
