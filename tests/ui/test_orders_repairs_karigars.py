"""Repairs and karigars on the Orders screen by keyboard: a repair in, to the karigar, back with
added metal, delivered with its C1 bill; a karigar added and metal issued; models checked."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from orders_world import ENTER, MOBILE, open_orders, prepare
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, type_text

from jewelpos.config import Settings
from jewelpos.services.billing import PaymentMode
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.dialogs.karigars import KarigarsDialog
from jewelpos.ui.dialogs.order_steps import AssignDialog, RepairReturnDialog
from jewelpos.ui.dialogs.repair import RepairIntakeDialog

D = Decimal


def test_a_repair_by_keyboard_is_billed_as_domain_md_works_it(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Settings, clock: Any
) -> None:
    """Repair in, karigar, back with 0.250 g added and 600 labour at 5 %: 2,471.12 -> 2,471."""
    prepare(settings, clock)
    _window, screen = open_orders(qtbot, make_counter)
    press(Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    dialog = screen.dialog
    assert isinstance(dialog, RepairIntakeDialog)
    qtbot.waitUntil(lambda: focused() is dialog.customer_button)
    press(Qt.Key.Key_F4)
    pick = dialog.pick_dialog
    assert isinstance(pick, CustomerPickDialog)
    qtbot.waitUntil(lambda: focused() is pick.search)
    with qtbot.waitSignal(pick.search_finished, timeout=10_000):
        type_text(MOBILE)
    press(ENTER)
    qtbot.waitUntil(lambda: focused() is dialog.piece)
    type_text("Bangle, cracked")
    press(ENTER)
    press(ENTER)  # resize: no
    press(Qt.Key.Key_Space)  # solder
    press(ENTER)
    press(ENTER)  # polish: no
    press(ENTER)  # add stones: no
    press(Qt.Key.Key_Space)  # add metal
    press(ENTER)
    assert dialog.purity.currentText() == "22K916"
    press(ENTER)
    type_text("12.340")
    press(ENTER)
    press(ENTER)  # promised date as offered
    with qtbot.waitSignal(screen.repair_saved, timeout=10_000) as saved:
        press(ENTER)  # no notes: saved
    repair = saved.args[0]
    assert repair.number == "JB1-C1/25/00001" and repair.work == ("solder", "add_metal")
    qtbot.waitUntil(
        lambda: screen.current is not None and getattr(screen.current, "id", "") == repair.id
    )

    press(Qt.Key.Key_F3)
    qtbot.waitUntil(
        lambda: isinstance(screen.dialog, AssignDialog) and focused() is screen.dialog.karigar
    )
    with qtbot.waitSignal(screen.dialog.step_done, timeout=10_000):
        press(ENTER)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "with_karigar")

    press(Qt.Key.Key_F4)
    back = screen.dialog
    assert isinstance(back, RepairReturnDialog)
    qtbot.waitUntil(lambda: focused() is back.weight_out)
    with qtbot.waitSignal(back.step_done, timeout=10_000):
        for text in ("12.590", "0.250", "600", "5"):
            type_text(text)
            press(ENTER)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "ready")

    with qtbot.waitSignal(screen.repair_delivered, timeout=10_000) as delivered:
        press(Qt.Key.Key_F6)
    bill = delivered.args[0]
    # 0.250 g x 7,150.00 = 1,787.50 (CGST 26.81 + SGST 26.81); labour 600.00 at 5 % (15 + 15)
    # total 2,471.12 -> 2,471
    assert bill.invoice_value == D("2471.12") and bill.net_payable == D("2471.00")
    assert "payable ₹2,471.00" in screen.message.text
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "delivered")
    statuses = [screen.history.item(i).text().split("  ")[1] for i in range(screen.history.count())]
    assert statuses == ["Taken", "With karigar", "Received", "Ready", "Delivered"]


def test_karigars_by_keyboard_and_the_models_pass_qtmodeltester(
    qtbot: QtBot,
    qtmodeltester: Any,
    ready_shop: None,
    make_counter: Any,
    settings: Settings,
    clock: Any,
) -> None:
    """Ctrl+K: add a karigar (Ctrl+N), issue 10 g of 24K to him (Ctrl+M): balance +9.990 g."""
    prepare(settings, clock)
    _window, screen = open_orders(qtbot, make_counter)
    qtmodeltester.check(screen.orders)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, KarigarsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is dialog.name)
    with qtbot.waitSignal(dialog.karigars_changed, timeout=10_000):
        for text in ("Arjun Verma", "9822033333", "pendants", "2.5"):
            type_text(text)
            press(ENTER)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.chosen() is not None)
    qtbot.waitUntil(lambda: dialog.chosen().name == "Arjun Verma")
    press(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    press(ENTER)  # metal issued
    press(ENTER)  # purity 999 as offered
    with qtbot.waitSignal(dialog.karigars_changed, timeout=10_000):
        for text in ("10.000", "fine bar"):
            type_text(text)
            press(ENTER)
    # 10.000 g x 999 / 1000 = 9.990 g fine held by him
    qtbot.waitUntil(lambda: dialog.ledger_model.rowCount() == 1)
    assert "+9.990 g" in dialog.message.text
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.ledger_model)


def test_f11_on_the_bill_uses_a_cancelled_orders_advance_kept_as_credit(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Settings, clock: Any
) -> None:
    """Order cancelled with its 5,000 advance kept as credit: F4 the customer, F11 sets it off."""
    from billing_world import stock_pieces
    from ui_helpers import OWNER, open_services

    from jewelpos.domain.orders import AdvanceDisposition
    from jewelpos.services.orders import AdvanceIn, OrderIntake

    world = prepare(settings, clock)
    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        stocked = stock_pieces(services, owner)
        cats = {c.code: c.id for c in services.stock.categories()}
        saved = services.orders.take_order(
            OrderIntake(
                customer_id=world["customer"].id, category_id=cats["RING"], metal="gold",
                purity=916, weight_min_mg=5_000, weight_max_mg=6_000,
                promised_on=services.orders.today(), design_notes="Ring",
                advance=AdvanceIn(mode=PaymentMode.CASH, amount=D("5000")),
            ),
            by=owner,
        )  # fmt: skip
        services.orders.cancel(
            saved.id, disposition=AdvanceDisposition.CREDIT, reason="later", by=owner
        )
    finally:
        engine.dispose()
    window, _screen = open_orders(qtbot, make_counter)
    press(Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    billing = window.billing_screen
    qtbot.waitUntil(lambda: focused() is billing.scan)
    with qtbot.waitSignal(billing.line_added, timeout=10_000):
        type_text(stocked.chain.tag_code)
        press(ENTER)
    with qtbot.waitSignal(billing.credits_loaded, timeout=10_000):
        press(Qt.Key.Key_F4)
        pick = billing.dialog
        assert isinstance(pick, CustomerPickDialog)
        qtbot.waitUntil(lambda: focused() is pick.search)
        with qtbot.waitSignal(pick.search_finished, timeout=10_000):
            type_text(MOBILE)
        press(ENTER)
    before = billing.quote.net_payable
    press(Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: "Advance of order OB1-C1/25/00001" in billing.set_offs_label.text())
    # 5,000.00 set off after tax: the payable falls by 5,000 (both rounded to the rupee)
    assert before - billing.quote.net_payable == D("5000")
