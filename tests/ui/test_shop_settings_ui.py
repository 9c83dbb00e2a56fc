"""Shop settings by keyboard: reached from Settings by a manager only, a bad value told at its
field, and a new cash limit used by the billing screen's payment dialog at once."""

from __future__ import annotations

from collections.abc import Iterator
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
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.settings import CounterSettings, SettingsDialog
from jewelpos.ui.dialogs.shop_settings import ShopSettingsDialog
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.tasks import TaskRunner

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop with today's rates and pieces in stock; a manager and a cashier."""
    from jewelpos.services.auth import Role

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    manager = services.auth.add_user(
        username="meena", display_name="Meena Shah", role=Role.MANAGER, pin="2222", by=owner
    )
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    yield services, manager, cashier, stocked
    services.engine.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    r = TaskRunner()
    yield r
    r.shutdown()


def _open(qtbot: QtBot, services: Any, runner: TaskRunner, user: Any) -> ShopSettingsDialog:
    dialog = ShopSettingsDialog(services, runner, user=user)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.edits["hallmark_fee"])
    return dialog


def test_settings_offers_shop_settings_to_managers_only(qtbot: QtBot) -> None:
    """Alt+H in a manager's Settings asks for the shop settings; a cashier has no such button."""
    manager_view = SettingsDialog(language="en", counter=CounterSettings())
    qtbot.addWidget(manager_view)
    manager_view.show()
    manager_view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(manager_view.shop_settings_asked, timeout=5_000):
        press(Qt.Key.Key_H, ALT)
    cashier_view = SettingsDialog(language="en", counter=None)
    qtbot.addWidget(cashier_view)
    cashier_view.show()
    assert cashier_view.shop_button.isHidden()


def test_a_bad_value_is_told_at_its_field_and_kept(
    qtbot: QtBot, world: Any, runner: TaskRunner
) -> None:
    """'forty' as hallmark fee: the message under the field says what to type; the text stays."""
    services, manager, _cashier, _stocked = world
    dialog = _open(qtbot, services, runner, manager)
    assert dialog.edits["hallmark_fee"].text() == "45"
    type_text("forty")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        press(Qt.Key.Key_S, CTRL)
    label = dialog.errors.error_label("hallmark_fee")
    assert label.text() == failed.args[0]
    assert "in rupees, like" in label.text() and "_" not in label.text()
    assert dialog.edits["hallmark_fee"].text() == "forty"
    assert focused() is dialog.edits["hallmark_fee"]
    assert dialog.height() <= 728
    shot(dialog, "shop_settings_bad_fee")


def test_a_new_cash_limit_is_what_the_payment_dialog_says(
    qtbot: QtBot, world: Any, runner: TaskRunner
) -> None:
    """Cash limit typed as 10000 (Alt+C, Ctrl+S); at billing, Rs 10,000 cash is refused with
    'at most Rs 9,999.99' (cash must stay below the limit: 10,000.00 - 0.01)."""
    services, manager, cashier, stocked = world
    dialog = _open(qtbot, services, runner, manager)
    press(Qt.Key.Key_C, ALT)
    assert focused() is dialog.edits["cash_limit"]
    press(Qt.Key.Key_A, CTRL)
    type_text("10000")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_S, CTRL)
    assert saved.args[0].cash_limit == Decimal("10000.00")

    screen = BillingScreen(services, runner, user=cashier, clock=services.clock)
    qtbot.addWidget(screen)
    screen.resize(1180, 728)
    screen.show()
    screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None)
    screen.focus_scan()
    qtbot.waitUntil(lambda: focused() is screen.scan)
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        type_text(stocked.chain.tag_code)
        press(Qt.Key.Key_Return)
    press(Qt.Key.Key_F8)
    pay = screen.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    type_text("10000")
    assert pay.amount_errors["cash"].text() == (
        "Cash limit: at most ₹9,999.99 may be taken in cash. Take the rest by card, UPI or bank."
    )
    press(Qt.Key.Key_Escape)


def test_the_owner_reaches_shop_settings_from_f12_by_keyboard(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """Logged in as the owner: F12, then Alt+H opens Shop settings on the hallmark fee; Alt+P
    goes to the PAN limit; Esc closes it. A cashier's F12 has no way there."""
    from test_ui_counter import _log_in, _wait_focus
    from ui_helpers import CASHIER, OWNER

    counter = make_counter()
    window = _log_in(qtbot, counter, OWNER[1])
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    settings_dialog = window.settings_dialog
    _wait_focus(qtbot, settings_dialog.language)
    assert settings_dialog.shop_button.isVisibleTo(settings_dialog)
    press(Qt.Key.Key_H, ALT)
    qtbot.waitUntil(lambda: window.shop_settings_dialog is not None)
    shop = window.shop_settings_dialog
    assert shop is not None
    qtbot.waitUntil(lambda: shop.current is not None)
    _wait_focus(qtbot, shop.edits["hallmark_fee"])
    press(Qt.Key.Key_P, ALT)
    _wait_focus(qtbot, shop.edits["pan_threshold"])
    assert shop.edits["pan_threshold"].text() == "200000"
    assert shop.height() <= 728 and shop.width() <= 1366
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.shop_settings_dialog is None)
    _wait_focus(qtbot, settings_dialog.shop_button)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    window.log_out()
    cashier_window = _log_in(qtbot, counter, CASHIER[1], user_text=CASHIER[0])
    assert cashier_window.open_shop_settings() is None


def test_print_language_is_chosen_by_keyboard_and_stored(
    qtbot: QtBot, world: Any, runner: TaskRunner
) -> None:
    """Alt+L, Down to Hindi, Ctrl+S: the shop's print language is stored and the print service
    (receipts, A4 invoices) reads it."""
    services, manager, _cashier, _stocked = world
    dialog = _open(qtbot, services, runner, manager)
    press(Qt.Key.Key_L, ALT)
    assert focused() is dialog.print_language
    press(Qt.Key.Key_Down)
    assert dialog.print_language.currentText() == "Hindi"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_S, CTRL)
    assert saved.args[0].print_language == "hi"
    assert services.shop_settings.load().print_language == "hi"
    assert services.prints.print_language() == "hi"


def test_customer_display_language_is_chosen_by_keyboard_and_stored(
    qtbot: QtBot, world: Any, runner: TaskRunner
) -> None:
    """Alt+Y, Down to Hindi, Ctrl+S: the customer display's language is stored."""
    services, manager, _cashier, _stocked = world
    dialog = _open(qtbot, services, runner, manager)
    press(Qt.Key.Key_Y, ALT)
    assert focused() is dialog.display_language
    press(Qt.Key.Key_Down)
    assert dialog.display_language.currentText() == "Hindi"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        press(Qt.Key.Key_S, CTRL)
    assert saved.args[0].customer_display_language == "hi"
    assert services.shop_settings.load().customer_display_language == "hi"


def test_settings_errors_name_their_field_in_words(qapp: QApplication) -> None:
    """Every shop-settings and day-end field error is shown with words, never a snake_case name."""
    from jewelpos.domain.errors import ValidationError
    from jewelpos.ui.messages import error_text

    for field in (
        "hallmark_fee",
        "cash_limit",
        "pan_threshold",
        "buyer_details_threshold",
        "repair_labour_gst_percent",
        "time_zone",
        "reopen_hours",
        "huid_exempt",
        "print_language",
        "customer_display_language",
        "categories[0].wastage_percent",
        "categories[1].making_value",
        "opening_float",
        "reason",
    ):
        text = error_text(ValidationError(field, "is not right"))
        assert "_" not in text and "[" not in text, text
