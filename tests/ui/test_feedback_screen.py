"""The Feedback screen by keyboard: a rating taken by bill number, a complaint opened and closed
with its resolution, a touch point ticked, and a manager setting a salesperson's target (the
chart and the table show it against what the bills achieved)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.services.auth import Role
from jewelpos.services.billing import BillDraft, PaymentEntry, PaymentMode
from jewelpos.ui.dialogs.complaint import CloseComplaintDialog, ComplaintDialog
from jewelpos.ui.dialogs.staff_target import TargetDialog
from jewelpos.ui.screens.feedback import FeedbackScreen
from jewelpos.ui.tasks import TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class World:
    services: Any
    owner: Any
    kiran: Any
    bill_no: str


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A shop whose salesperson Kiran sold the 22K ring (taxable 49,217.50, DOMAIN.md)."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    kiran = services.auth.add_user(
        username="kiran", display_name="Kiran Rao", role=Role.SALESPERSON, pin="4444", by=owner
    )
    line = services.billing.line_for_code(stocked.ring.tag_code)
    due = services.billing.quote(BillDraft(lines=(line,)), customer=None).net_payable
    saved = services.billing.save_bill(
        BillDraft(
            lines=(line,),
            salesperson_id=kiran.id,
            payments=(PaymentEntry(key="u", mode=PaymentMode.UPI, amount=due),),
        ),
        by=owner,
    )
    yield World(services, owner, kiran, services.billing.bill(saved.id).number)
    services.engine.dispose()


def _screen(qtbot: QtBot, w: World, user: Any) -> FeedbackScreen:
    screen = FeedbackScreen(w.services, TaskRunner(), user=user)
    qtbot.addWidget(screen)
    screen.resize(1166, 654)
    with qtbot.waitSignal(screen.feedback_page.loaded, timeout=10_000):
        screen.show()
        screen.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.feedback_page.bill)
    return screen


def test_a_rating_is_taken_by_bill_number_by_keyboard(qtbot: QtBot, world: World) -> None:
    """An unknown number is refused in words with what was typed kept; the bill's number,
    Enter, 4, Enter, a comment, Enter, Enter saves 4 stars and lists it."""
    screen = _screen(qtbot, world, world.owner)
    page = screen.feedback_page
    type_text("B9-C9/25/99999")
    for _ in range(4):
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No bill has the number" in page.message._text.text(), timeout=10_000)
    assert page.bill.text() == "B9-C9/25/99999"
    assert page.message._text.text().startswith("Bill: ")
    page.bill.setFocus()
    page.bill.selectAll()
    type_text(world.bill_no)
    press(Qt.Key.Key_Return)
    assert focused() is page.rating
    type_text("4")
    assert page.rating.currentData() == 4
    press(Qt.Key.Key_Return)
    type_text("Helpful staff")
    press(Qt.Key.Key_Return)
    assert focused() is page.code
    with qtbot.waitSignal(page.feedback_saved, timeout=10_000) as saved:
        press(Qt.Key.Key_Return)
    info = saved.args[0]
    assert (info.invoice_no, info.rating, info.comment) == (world.bill_no, 4, "Helpful staff")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.summary.text() == "Ratings: 1, on average 4.0 of 5"
    assert page.bill.text() == "" and focused() is page.bill
    shot(screen, "feedback_ratings_en")


def test_a_complaint_is_opened_and_closed_with_its_resolution_by_keyboard(
    qtbot: QtBot, world: World
) -> None:
    """F6, F2: kind and category by arrows, the bill, what happened, Ctrl+S opens it; F4 asks
    for the resolution, and without one it stays open."""
    screen = _screen(qtbot, world, world.owner)
    page = screen.complaints_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        press(Qt.Key.Key_F6)
    with qtbot.waitSignal(page.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F2)
    dialog = opened.args[0]
    assert isinstance(dialog, ComplaintDialog)
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    press(Qt.Key.Key_Return)  # a complaint
    press(Qt.Key.Key_Down)  # size or fit
    press(Qt.Key.Key_Return)
    type_text(world.bill_no)
    press(Qt.Key.Key_Return)
    type_text("Ring too tight")
    with qtbot.waitSignal(page.loaded, timeout=10_000) as listed:
        press(Qt.Key.Key_S, CTRL)
    (row,) = listed.args[0]
    assert (row.category, row.invoice_no, row.description) == (
        "size_fit",
        world.bill_no,
        "Ring too tight",
    )
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10_000)
    with qtbot.waitSignal(page.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F4)
    closing = opened.args[0]
    assert isinstance(closing, CloseComplaintDialog)
    qtbot.waitUntil(lambda: focused() is closing.resolution)
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: closing.errors.error_label("resolution").isVisible(), timeout=10_000)
    type_text("Resized free of charge")
    with qtbot.waitSignal(page.loaded, timeout=10_000) as listed:
        press(Qt.Key.Key_S, CTRL)
    assert listed.args[0] == ()  # closed ones are not listed
    assert world.services.complaints.listing(open_only=False)[0].resolution == (
        "Resized free of charge"
    )


def test_a_touch_point_is_ticked_with_space(qtbot: QtBot, world: World) -> None:
    """F7, the bill's number and Enter show its checklist; Space ticks the first item done by
    the user now."""
    screen = _screen(qtbot, world, world.owner)
    page = screen.touch_page
    press(Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: focused() is page.bill)
    type_text(world.bill_no)
    with qtbot.waitSignal(page.checklist_loaded, timeout=10_000):
        press(Qt.Key.Key_Return)
    assert focused() is page.items
    with qtbot.waitSignal(page.checklist_loaded, timeout=10_000) as ticked:
        press(Qt.Key.Key_Space)
    assert ticked.args[0].done_count == 1
    assert page.items.item(0).checkState() == Qt.CheckState.Checked
    assert "Suresh Soni" in page.items.item(0).text()
    assert page.state.text() == f"Bill {world.bill_no}: 1 of 8 done"  # no customer on it
    shot(screen, "feedback_touch_points_en")


def test_a_manager_sets_a_target_and_sees_it_against_achieved(qtbot: QtBot, world: World) -> None:
    """F8: Kiran's row shows the ring's 49,217.50; F2 on it, a weight with 4 decimals is refused
    at its field (the rest kept), then Ctrl+S saves; table and chart show target and achieved."""
    screen = _screen(qtbot, world, world.owner)
    page = screen.targets_page
    assert page is not None
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        press(Qt.Key.Key_F8)
    (row,) = loaded.args[0].rows
    assert (row.name, row.achieved.value, row.target) == ("Kiran Rao", Decimal("49217.50"), None)
    with qtbot.waitSignal(page.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F2)
    dialog = opened.args[0]
    assert isinstance(dialog, TargetDialog)
    qtbot.waitUntil(lambda: focused() is dialog.value)
    type_text("100000")
    press(Qt.Key.Key_Return)
    type_text("12.3456")
    press(Qt.Key.Key_Return)
    type_text("2")
    press(Qt.Key.Key_Return)
    type_text("1")
    press(Qt.Key.Key_Return)
    error = dialog.errors.error_label("target_weight")
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert "three decimals" in error.text()
    assert dialog.value.text() == "100000" and focused() is dialog.weight
    type_text("12.345")
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        press(Qt.Key.Key_S, CTRL)
    (row,) = loaded.args[0].rows
    assert row.target is not None and row.target.value == Decimal("100000.00")
    assert row.target.weight_mg == 12_345
    assert page.model.data(page.model.index(0, page.model.VALUE)) == (
        "₹49,217.50 of ₹1,00,000.00 (49%)"
    )
    assert page.chart.target_set is not None and page.chart.achieved_set is not None
    # the bars are in lakh: 1.0 target against 0.492175 achieved
    assert page.chart.target_set.at(0) == pytest.approx(1.0)
    assert page.chart.achieved_set.at(0) == pytest.approx(0.492175)
    shot(screen, "feedback_targets_en")


def test_a_cashier_has_no_targets_page(qtbot: QtBot, world: World) -> None:
    """Targets are the manager's: a cashier's screen has three pages and F8 does nothing."""
    cashier = world.services.auth.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="3333", by=world.owner
    )
    screen = _screen(qtbot, world, cashier)
    assert screen.targets_page is None and screen.tabs.count() == 3
    press(Qt.Key.Key_F8)
    assert screen.tabs.currentIndex() == 0


def test_ctrl_shift_k_opens_the_feedback_screen_from_the_main_window(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    """In the main window Ctrl+Shift+K shows the Feedback screen with the bill number focused;
    its side-bar button names the key."""
    from jewelpos.ui.main_window import MainWindow

    runner = TaskRunner()
    window = MainWindow(
        world.services,
        runner,
        user=world.owner,
        clock=world.services.clock,
        data_dir=str(tmp_path / "data"),
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.start("billing")
    qtbot.waitUntil(lambda: window.current_screen() == "billing", timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    press(Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.current_screen() == "feedback", timeout=10_000)
    screen = window.feedback_screen
    qtbot.waitUntil(lambda: focused() is screen.feedback_page.bill, timeout=10_000)
    assert window.nav_buttons["feedback"].text().endswith("Ctrl+Shift+K")
    runner.wait_idle(10_000)
