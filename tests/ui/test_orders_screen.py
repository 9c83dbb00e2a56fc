"""The Orders screen by keyboard: intake with photos dropped on it, karigar, receiving, ready;
bad photos refused without losing the form; repairs; every dialog fits 1366 x 728."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from orders_world import ENTER, MOBILE, bad_photos, drop_files, open_orders, photo_file, prepare
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, open_services, press, shot, type_text

from jewelpos.config import Settings
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog
from jewelpos.ui.dialogs.order_intake import OrderIntakeDialog
from jewelpos.ui.dialogs.order_steps import AssignDialog, ReceiveDialog
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.repair import RepairIntakeDialog
from jewelpos.ui.screens.orders import OrdersScreen

D = Decimal


def pick_customer(qtbot: QtBot, dialog: Any) -> None:
    """F4, the mobile typed, Enter: the customer is on the form."""
    press(Qt.Key.Key_F4)
    pick = dialog.pick_dialog
    assert isinstance(pick, CustomerPickDialog)
    qtbot.waitUntil(lambda: focused() is pick.search)
    with qtbot.waitSignal(pick.search_finished, timeout=10_000):
        type_text(MOBILE)
    press(ENTER)
    qtbot.waitUntil(lambda: dialog.customer is not None and dialog.pick_dialog is None)


def take_order(qtbot: QtBot, screen: OrdersScreen, photos: list[Path]) -> Any:
    """F2: shop sample S-12, 22K bangle 10-11 g, size 2.4, advance 20,000 cash, two photos."""
    press(Qt.Key.Key_F2)
    dialog = screen.dialog
    assert isinstance(dialog, OrderIntakeDialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 0 and focused() is dialog.customer_button)
    pick_customer(qtbot, dialog)
    assert "Priya Sharma" in dialog.customer_label.text()
    qtbot.waitUntil(lambda: focused() is dialog.source)
    drop_files(dialog.photos.list, photos)
    qtbot.waitUntil(lambda: len(dialog.photos.shas) == 2, timeout=10_000)
    dialog.source.setFocus()
    press(ENTER)  # made from: shop sample, as offered
    type_text("S-12")
    press(ENTER)
    assert dialog.category.currentText() == "Bangle"
    press(ENTER)  # category Bangle
    press(ENTER)  # purity 22K916
    for text in ("10.000", "11.000", "2.4"):
        type_text(text)
        press(ENTER)
    press(ENTER)  # promised date as offered (15 days)
    press(ENTER)  # no booked rate
    type_text("Plain kada with milgrain edge")
    press(ENTER)
    press(ENTER)  # advance by cash
    type_text("20000")
    press(ENTER)
    shot(dialog, "orders_intake")
    with qtbot.waitSignal(screen.order_saved, timeout=20_000) as saved:
        press(ENTER)  # no reference: saved
    return saved.args[0]


def test_an_order_moves_through_its_steps_by_keyboard(
    qtbot: QtBot,
    ready_shop: None,
    make_counter: Any,
    settings: Settings,
    clock: Any,
    tmp_path: Path,
) -> None:
    """Take with 2 photos and an advance, karigar, heavier back, ready, bill: C1, advance set off, history."""
    prepare(settings, clock)
    window, screen = open_orders(qtbot, make_counter)
    photos = [
        photo_file(tmp_path / "p", "a.jpg", (200, 20, 20)),
        photo_file(tmp_path / "p", "b.jpg", (20, 200, 20)),
    ]
    saved = take_order(qtbot, screen, photos)
    assert saved.number == "OB1-C1/25/00001" and saved.advance_number == "AB1-C1/25/00001"
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.row.id == saved.id)
    assert screen.photo_strip.count() == 2
    assert focused() is screen.view

    press(Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, AssignDialog))
    assign = screen.dialog
    assert assign.karigar.currentText().startswith("Mahesh Soni")
    qtbot.waitUntil(lambda: focused() is assign.karigar)
    with qtbot.waitSignal(screen.order_assigned, timeout=10_000):
        press(ENTER)
        press(ENTER)
    qtbot.waitUntil(
        lambda: screen.current is not None and screen.current.row.status == "with_karigar"
    )

    press(Qt.Key.Key_F4)
    receive = screen.dialog
    assert isinstance(receive, ReceiveDialog)
    qtbot.waitUntil(lambda: focused() is receive.gross)
    with qtbot.waitSignal(screen.order_received, timeout=10_000) as got:
        for text in ("11.500", "", "0.100", "500", ""):  # no HUID
            type_text(text)
            press(ENTER)
    received = got.args[0]
    # ordered 10.000-11.000 g; 11.500 g net came back: 0.500 g heavier
    assert received.net_mg == 11_500 and received.difference_mg == 500
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.row.status == "received")
    assert "+0.500 g against the order" in screen.details.text()

    with qtbot.waitSignal(screen.order_ready, timeout=10_000):
        press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.row.status == "ready")
    steps = [screen.history.item(i).text() for i in range(screen.history.count())]
    assert [s.split("  ")[1] for s in steps] == ["Taken", "With karigar", "Received", "Ready"]
    assert all("by Ramesh Soni at B1-C1" in s for s in steps)
    assert all(s.startswith("14 Nov 2025 10:30") for s in steps)
    shot(window, "orders_screen")

    # F6: the order's bill opens on the billing screen with the advance set off; F8, F10.
    billing = window.billing_screen
    with qtbot.waitSignal(billing.delivery_opened, timeout=10_000):
        press(Qt.Key.Key_F6)
    assert window.current_screen() == "billing"
    qtbot.waitUntil(lambda: billing.quote is not None and len(billing.draft.lines) == 1)
    (line,) = billing.draft.lines
    assert line.gross_mg == 11_500 and line.tag_code == received.tag_code
    assert "Advance AB1-C1/25/00001 -₹20,000.00" in billing.set_offs_label.text()
    # Bangle (VA 10 % of value, no making), 22K at 7,150.00, net 11.500 g (the actual weight):
    # gold 11.500 x 7,150.00 = 82,225.00; VA 8,222.50; taxable 90,447.50;
    # CGST = SGST = 1.5 % = 1,356.7125 -> 1,356.71; invoice 93,160.92;
    # advance 20,000.00 set off after tax: 73,160.92 -> round off +0.08 -> payable 73,161
    q = billing.quote
    assert (q.taxable, q.cgst, q.sgst) == (D("90447.50"), D("1356.71"), D("1356.71"))
    assert q.invoice_value == D("93160.92") and q.net_payable == D("73161.00")
    press(Qt.Key.Key_F8)
    pay = billing.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: focused() is pay.amounts["cash"] and pay._cash_known)
    press(Qt.Key.Key_F8)  # the balance in cash
    assert pay.balance() == 0
    with qtbot.waitSignal(billing.bill_saved, timeout=20_000) as saved_bill:
        press(Qt.Key.Key_F10)
    bill_number = saved_bill.args[0].number

    engine, services = open_services(settings, clock)
    try:
        bill = services.billing.find_bill(bill_number)
        assert bill is not None
        assert (bill.taxable, bill.cgst, bill.sgst) == (D("90447.50"), D("1356.71"), D("1356.71"))
        assert bill.invoice_value == D("93160.92")
        assert bill.set_offs == (("Advance AB1-C1/25/00001", D("20000.00")),)
        assert bill.round_off == D("0.08") and bill.net_payable == D("73161.00")
        assert [(ln.gross_mg, ln.net_mg) for ln in bill.lines] == [(11_500, 11_500)]
        order = services.orders.order(saved.id)
        assert order.row.status == "delivered" and order.invoice_id == bill.id
        assert [(h.status, h.by, h.place) for h in order.history] == [
            (status, "Ramesh Soni", "B1-C1")
            for status in ("taken", "with_karigar", "received", "ready", "delivered")
        ]
        assert all(h.at == clock.now() for h in order.history)
    finally:
        engine.dispose()


def test_bad_photos_are_refused_and_nothing_typed_is_lost(
    qtbot: QtBot,
    ready_shop: None,
    make_counter: Any,
    settings: Settings,
    clock: Any,
    tmp_path: Path,
) -> None:
    """Each bad file gives a message in words at the photos; the typed fields stay as typed."""
    prepare(settings, clock)
    _window, screen = open_orders(qtbot, make_counter)
    press(Qt.Key.Key_F2)
    dialog = screen.dialog
    assert isinstance(dialog, OrderIntakeDialog)
    qtbot.waitUntil(lambda: dialog.category.count() > 0)
    pick_customer(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() is dialog.source)
    press(ENTER)
    type_text("Catalogue 55")
    for _ in range(3):  # category, purity as offered
        press(ENTER)
    type_text("8.250")
    expected = {
        "not an image": "not a picture",
        "50 MB": "50 MB; photos may be at most 20 MB",
        "empty": "empty (0 bytes)",
        "truncated": "cut short",
        "bomb": "too large to open safely",
    }
    error = dialog.errors.error_label("photos")
    for kind, path in bad_photos(tmp_path / "bad").items():
        with qtbot.waitSignal(dialog.photos.refused, timeout=10_000) as refused:
            drop_files(dialog.photos.list, [path])
        assert expected[kind] in refused.args[0], kind
        assert expected[kind] in error.text()
    assert dialog.photos.shas == ()
    assert dialog.source_ref.text() == "Catalogue 55" and dialog.weight_from.text() == "8.250"
    assert dialog.customer is not None and dialog.customer.mobile == MOBILE
    drop_files(dialog.photos.list, [photo_file(tmp_path / "p", "ok.jpg", (1, 2, 3))])
    qtbot.waitUntil(lambda: len(dialog.photos.shas) == 1, timeout=10_000)


def test_order_dialogs_fit_the_screen_and_say_when_there_is_no_camera(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Settings, clock: Any
) -> None:
    """The intake and repair dialogs fit 1366 x 728; without a camera its button is off and says so."""
    prepare(settings, clock)
    window, screen = open_orders(qtbot, make_counter)
    # beside the 190 px side bar, above the status bar and the message line
    need = screen.minimumSizeHint()
    assert need.width() <= 1366 - window.side_bar.width() and need.height() <= 728 - 60
    press(Qt.Key.Key_F2)
    intake = screen.dialog
    qtbot.waitUntil(lambda: isinstance(intake, OrderIntakeDialog) and intake.isVisible())
    assert intake.width() <= 1366 and intake.height() <= 728
    assert intake.minimumSizeHint().height() <= 728
    assert not intake.photos.camera_button.isEnabled()
    assert intake.photos.camera_button.text() == "No camera found"
    intake.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)
    screen.view.setFocus()
    press(Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    repair = screen.dialog
    qtbot.waitUntil(lambda: isinstance(repair, RepairIntakeDialog) and repair.isVisible())
    assert repair.height() <= 728 and repair.minimumSizeHint().height() <= 728
    shot(repair, "orders_repair_intake")
    QApplication.processEvents()
