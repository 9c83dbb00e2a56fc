"""Campaigns screen by keyboard: Ctrl+Shift+C for a manager; build, save and run a segment,
save it as Excel and read it back, start a campaign from it and see its conversions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import CASHIER, OWNER, focused, open_services, press, shot, type_text

from jewelpos.config import Settings
from jewelpos.domain import crm
from jewelpos.domain.clock import FixedClock
from jewelpos.services.campaigns import CampaignInfo
from jewelpos.services.customers import CustomerInput
from jewelpos.services.segments import SegmentMember, SegmentRules
from jewelpos.ui.models.campaigns import CampaignsModel, SegmentMembersModel


def _customers(settings: Settings, clock: FixedClock) -> None:
    """Three customers with a birthday in the week of Friday 14 November 2025, one without."""
    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        for name, mobile, birthday in (
            ("Priya Sharma", "9820012345", date(1988, 11, 12)),
            ("Kavita Joshi", "9820012346", date(1979, 11, 16)),
            ("Meera Nair", "9820012347", date(1990, 11, 10)),
            ("Anil Rao", "9820012348", date(1975, 3, 2)),
        ):
            services.customers.save(
                CustomerInput(name=name, mobile=mobile, birthday=birthday), by=owner
            )
    finally:
        engine.dispose()


def _log_in(qtbot: QtBot, counter: Any, who: tuple[str, str]) -> Any:
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    assert login.select_user(who[0])
    login.pin.setFocus()
    qtbot.waitUntil(lambda: login.pin.hasFocus())
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(who[1])
        press(Qt.Key.Key_Return)
    return counter.shell.main_window


def _tab_to(qtbot: QtBot, widget: QWidget, limit: int = 30) -> None:
    """Tab until ``widget`` has the focus, as a person would."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        press(Qt.Key.Key_Tab)
    assert widget.hasFocus(), f"Tab never reached {widget!r}; focus is on {focused()!r}"


def test_build_save_run_export_a_segment_and_start_a_campaign_by_keyboard(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Settings, clock: FixedClock
) -> None:
    """Ctrl+Shift+C; type a name, tick "birthday this week", F6 saves, F5 runs (3 customers),
    F9 writes Excel that reads back; F4 goes to campaigns with the segment chosen, a name and
    a Rs 500 voucher, F10 starts it (the send list frozen), F8 shows conversions and a chart."""
    _customers(settings, clock)
    counter = make_counter()
    window = _log_in(qtbot, counter, OWNER)
    screen = window.campaigns_screen
    assert window.nav_buttons["campaigns"].text().split() == ["Campaigns", "Ctrl+Shift+C"]
    window_wide = {
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    }
    screen_keys = {a.shortcut().toString() for a in screen.actions()}
    assert not screen_keys & window_wide
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_screen() == "campaigns"
    qtbot.waitUntil(lambda: screen.name_edit.hasFocus())
    type_text("Birthdays")
    _tab_to(qtbot, screen.birthday)
    press(Qt.Key.Key_Space)
    assert screen.birthday.isChecked()
    with qtbot.waitSignal(screen.segment_saved, timeout=10_000) as saved:
        press(Qt.Key.Key_F6)
    assert saved.args[0].name == "Birthdays"
    with qtbot.waitSignal(screen.segment_ran, timeout=10_000) as ran:
        press(Qt.Key.Key_F5)
    assert ran.args[0].count == 3
    assert {m.name for m in ran.args[0].members} == {"Priya Sharma", "Kavita Joshi", "Meera Nair"}
    assert screen.members_model.rowCount() == 3
    assert screen.count_label.text() == "3 customer(s)"
    with qtbot.waitSignal(screen.exported, timeout=10_000) as done:
        press(Qt.Key.Key_F9)
    path = Path(done.args[0])
    assert path.suffix == ".xlsx" and path.parent == settings.data_dir / "reports"
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0][0] == "Birthdays" and rows[3][:2] == ["Name", "Mobile"]
    assert {r[0] for r in rows[4:7]} == {"Priya Sharma", "Kavita Joshi", "Meera Nair"}
    assert rows[7][0] == "3"
    shot(window, "campaigns_segment_en")

    qtbot.waitUntil(lambda: screen.segment_combo.count() == 1)
    press(Qt.Key.Key_F4)
    assert screen.tabs.currentIndex() == 1
    assert screen.segment_combo.currentText() == "Birthdays"
    qtbot.waitUntil(lambda: screen.campaign_name.hasFocus())
    type_text("Birthday week")
    _tab_to(qtbot, screen.voucher_edit)
    type_text("500")
    _tab_to(qtbot, screen.seed_edit)
    type_text("7")
    with qtbot.waitSignal(screen.campaign_started, timeout=10_000) as started:
        press(Qt.Key.Key_F10)
    info = started.args[0]
    assert (info.name, info.recipients, info.seed, info.voucher) == (
        "Birthday week",
        3,
        7,
        Decimal("500.00"),
    )
    held = info.held_out
    assert info.queued == 3 - held
    qtbot.waitUntil(lambda: screen.campaigns_model.rowCount() == 1)
    screen.campaigns_view.selectRow(0)
    with qtbot.waitSignal(screen.report_shown, timeout=10_000) as shown:
        press(Qt.Key.Key_F8)
    report = shown.args[0]
    assert report.conversion.sent.recipients == 3 - held
    assert report.conversion.holdout.recipients == held
    assert report.conversion.sent.converted == 0
    assert screen.bar_set is not None and screen.bar_set.count() == 2
    assert "0 of" in screen.summary.text()
    shot(window, "campaigns_report_en")


def test_the_screen_is_a_managers_only(qtbot: QtBot, ready_shop: None, make_counter: Any) -> None:
    """A cashier has no Campaigns button and Ctrl+Shift+C does not open the screen."""
    counter = make_counter()
    window = _log_in(qtbot, counter, CASHIER)
    assert not window.nav_buttons["campaigns"].isVisibleTo(window)
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_screen() != "campaigns"


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    """Both table models are valid Qt models with rows in them."""
    members = SegmentMembersModel()
    members.set_rows(
        [
            SegmentMember(
                "c1", "Priya", "9820012345", "", date(2025, 11, 1), 2, Decimal("16201.92"),
                crm.Rfm(5, 2, 1),
            )
        ]
    )  # fmt: skip
    qtmodeltester.check(members)
    from datetime import UTC, datetime

    campaigns = CampaignsModel()
    campaigns.set_rows(
        [
            CampaignInfo(
                "k1", "Diwali", "VIP", "sms", datetime(2025, 11, 14, 5, tzinfo=UTC), 30, 1000,
                7, Decimal("500.00"), 10, 1, 9, 0,
            )
        ]
    )  # fmt: skip
    qtmodeltester.check(campaigns)
    assert members.data(members.index(0, SegmentMembersModel.RFM)) == "521 (8)"
    assert SegmentRules().is_empty()
