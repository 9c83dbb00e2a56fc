"""Customers by keyboard: find a customer by mobile on the Customers screen and open the 360
view with Enter; from billing's customer dialog (F4) Ctrl+I opens the same view."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.services.customers import CustomerInput
from jewelpos.services.vouchers import VoucherInput
from jewelpos.ui.dialogs.customer_360 import Customer360Dialog
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.screens.customers import CustomersScreen
from jewelpos.ui.tasks import TaskRunner


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """A shop with two customers; Asha holds a Rs 1,000 gift voucher."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    asha = services.customers.save(
        CustomerInput(
            name="Asha Patil",
            mobile="98220 12345",
            city="Pune",
            native_place="Satara",
            wearer="daughter",
            heard_from="a friend",
        ),
        by=owner,
    )
    services.customers.save(CustomerInput(name="Bina Rao", mobile="9876501234"), by=owner)
    services.vouchers.issue(VoucherInput(amount=Decimal("1000"), customer_id=asha.id), by=owner)
    yield services, owner, asha
    services.engine.dispose()


def _wait_focus(qtbot: QtBot, widget: object) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_find_a_customer_by_mobile_and_open_the_360_view_by_keyboard(
    qtbot: QtBot, world: tuple[Any, Any, Any]
) -> None:
    """Typing 98220 lists only Asha; ↓ and Enter open her 360 view with her profile, a
    voucher on the time line and no bills yet; Esc closes it and the list keeps the focus."""
    services, owner, _asha = world
    runner = TaskRunner()
    screen = CustomersScreen(services, runner, user=owner)
    qtbot.addWidget(screen)
    screen.resize(1176, 700)
    with qtbot.waitSignal(screen.search_finished, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    screen.focus_first()
    _wait_focus(qtbot, screen.search)
    with qtbot.waitSignal(screen.search_finished, timeout=10_000) as found:
        type_text("98220")
    assert [c.name for c in found.args[0]] == ["Asha Patil"]
    press(Qt.Key.Key_Down)
    assert focused() is screen.results
    with qtbot.waitSignal(screen.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_Return)
    dialog = opened.args[0]
    assert isinstance(dialog, Customer360Dialog)
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10_000)
    assert dialog.title.text() == "Customer 360: Asha Patil"
    assert "Native place: Satara" in dialog.profile.text()
    assert "Who wears: daughter" in dialog.profile.text()
    assert "Bills: 0" in dialog.figures.text()
    assert dialog.timeline.rowCount() == 1
    assert dialog.timeline.item(0, 1).text() == "Gift voucher"
    assert dialog.timeline.item(0, 3).text() == "₹1,000.00"
    assert dialog.width() <= 1366 and dialog.height() <= 728
    shot(dialog, "customer_360_en")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.dialog is None, timeout=10_000)
    _wait_focus(qtbot, screen.results)


def test_ctrl_i_in_the_customer_dialog_opens_the_360_view(
    qtbot: QtBot, world: tuple[Any, Any, Any]
) -> None:
    """In billing's customer dialog, the highlighted customer's 360 view opens on Ctrl+I."""
    services, owner, asha = world
    runner = TaskRunner()
    asked: list[str] = []
    dialog = CustomerPickDialog(
        services.customers, runner, user=owner, states=INDIAN_STATES, open_360=asked.append
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        dialog.show()
        dialog.activateWindow()
    _wait_focus(qtbot, dialog.search)
    with qtbot.waitSignal(dialog.search_finished, timeout=10_000):
        type_text("Asha")
    assert dialog.view_360_button.text() == "360 view  (Ctrl+I)"
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [asha.id]


def test_a_manager_merges_duplicates_by_keyboard(qtbot: QtBot, world: tuple[Any, Any, Any]) -> None:
    """Two Farah Khans at 3 Lake Road: F5 lists them (same name and address), Ctrl+M merges
    the newer into the older; the list is empty afterwards and search finds one Farah."""
    services, owner, _asha = world
    for mobile in ("9844400000", "9855500000"):
        services.customers.save(
            CustomerInput(name="Farah Khan", mobile=mobile, address="3 Lake Road", city="Pune"),
            by=owner,
        )
    runner = TaskRunner()
    screen = CustomersScreen(services, runner, user=owner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.search_finished, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    screen.focus_first()
    _wait_focus(qtbot, screen.search)
    assert screen.duplicates_button.text() == "F5 Duplicates"
    with qtbot.waitSignal(screen.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F5)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.pairs.count() == 1, timeout=10_000)
    assert "same name and address" in dialog.pairs.item(0).text()
    _wait_focus(qtbot, dialog.pairs)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as again:
        press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert again.args[0] == []
    assert [c.mobile for c in services.customers.search("Farah")] == ["9844400000"]


def test_sell_a_gift_voucher_by_keyboard(qtbot: QtBot, world: tuple[Any, Any, Any]) -> None:
    """F6, "abc" is refused naming the amount (kept in the field); 2,500 by UPI with a
    reference issues an open voucher numbered in the G series (the second: 00002)."""
    services, owner, _asha = world
    runner = TaskRunner()
    screen = CustomersScreen(services, runner, user=owner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.search_finished, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    screen.focus_first()
    _wait_focus(qtbot, screen.search)
    with qtbot.waitSignal(screen.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F6)
    dialog = opened.args[0]
    _wait_focus(qtbot, dialog.amount)
    type_text("abc")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)
    assert "Amount" in dialog.message.text and dialog.amount.text() == "abc"
    dialog.amount.clear()
    type_text("2500")
    press(Qt.Key.Key_Return)
    dialog.mode.setCurrentIndex(dialog.mode.findData("upi"))
    press(Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.issued, timeout=10_000) as issued:
        type_text("UPI991")
        press(Qt.Key.Key_Return)
    info = issued.args[0]
    assert info.number.startswith("G") and info.number.endswith("/00002")
    assert info.value == Decimal("2500.00")
    assert info.code in dialog.issued_text.text()
