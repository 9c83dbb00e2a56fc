"""Printing messages that are true, by keyboard: no printer set says so and where to set one,
one retry prints one copy on a real TCP printer, reprints say DUPLICATE, the tag error names
Tag settings as the menu does."""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.printing.receipt import DUPLICATE_MARK
from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog
from jewelpos.ui.main_window import MainWindow
from jewelpos.ui.screens.stock import StockScreen
from jewelpos.ui.screens.stock_tools import stock_nav_text
from jewelpos.ui.screens.tag_layout import TagLayoutScreen
from jewelpos.ui.tasks import InlineTaskRunner, TaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class TcpPrinter:
    """A raw port-9100 printer on 127.0.0.1: every connection is one print job, kept whole."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.jobs: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = bytearray()
                while chunk := conn.recv(65536):
                    data += chunk
                self.jobs.append(bytes(data))

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """A set-up shop with today's rates, pieces in stock and one saved bill; no printer set."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    services.prints.data_dir = tmp_path / "data"
    services.prints.configure(printer_target="")
    yield services, owner, stocked
    services.engine.dispose()


@pytest.fixture
def window(qtbot: QtBot, world: tuple[Any, Any, Any]) -> Iterator[MainWindow]:
    services, owner, _ = world
    runner = TaskRunner()
    win = MainWindow(services, runner, user=owner, clock=services.clock)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    win.start("billing")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    yield win
    win.log_out()
    runner.shutdown()


def _lookup(qtbot: QtBot, win: MainWindow) -> BillLookupDialog:
    """Ctrl+F on the billing screen, Enter on today's bill."""
    press(Qt.Key.Key_F, CTRL)
    lookup = win.findChild(BillLookupDialog)
    assert lookup is not None
    qtbot.waitUntil(lambda: focused() is lookup.number and lookup.today.count() == 1)
    with qtbot.waitSignal(lookup.bill_shown, timeout=10_000):
        press(Qt.Key.Key_Return)
    return lookup


def _reprint(qtbot: QtBot, lookup: BillLookupDialog) -> Any:
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as printed:
        press(Qt.Key.Key_R, CTRL)
    return printed.args[0]


def test_no_printer_says_so_and_one_retry_prints_one_copy(
    qtbot: QtBot, world: tuple[Any, Any, Any], window: MainWindow
) -> None:
    """No receipt printer: Ctrl+R three times says "No receipt printer is set" and where to set
    it; with a TCP printer set, one Ctrl+Shift+R prints exactly one copy (not three)."""
    services = world[0]
    bill = services.billing.bills_for_day(shop_today(services.clock))[0]
    lookup = _lookup(qtbot, window)
    for _ in range(3):
        result = _reprint(qtbot, lookup)
        assert result.queued and result.no_printer
        assert lookup.message.text.startswith("No receipt printer is set")
        assert "Settings (F12)" in lookup.message.text
        assert "not answering" not in lookup.message.text
    assert services.prints.waiting_count() == 1
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not lookup.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    printer = TcpPrinter()
    try:
        services.prints.configure(printer_target=f"tcp://127.0.0.1:{printer.port}")
        status = window.print_status
        with qtbot.waitSignal(status.retried, timeout=15_000) as retried:
            press(Qt.Key.Key_R, CTRL | SHIFT)
        assert retried.args == ["1 printed; nothing is waiting now.", "success"]
        qtbot.waitUntil(lambda: len(printer.jobs) >= 1)
        with qtbot.assertNotEmitted(status.retried, wait=300):
            pass
        assert len(printer.jobs) == 1
        assert bill.number.encode() in printer.jobs[0]
        # the waiting print was the first copy to come out: not a duplicate
        assert DUPLICATE_MARK.encode() not in printer.jobs[0]
        with qtbot.waitSignal(status.retried, timeout=15_000) as again:
            press(Qt.Key.Key_R, CTRL | SHIFT)
        assert again.args[0] == "No prints are waiting."
        assert len(printer.jobs) == 1
    finally:
        printer.close()


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def test_reprints_of_receipt_and_invoice_are_marked_duplicate(
    qtbot: QtBot, world: tuple[Any, Any, Any], window: MainWindow, tmp_path: Path
) -> None:
    """The receipt printed at the sale is the original; Ctrl+R prints DUPLICATE; the first A4
    PDF (Ctrl+P) is the original, the next one says DUPLICATE."""
    from printing.escpos_decode import decode

    services = world[0]
    bill = services.billing.bills_for_day(shop_today(services.clock))[0]
    out = tmp_path / "receipt.prn"
    services.prints.configure(printer_target=f"file:{out}")
    first = services.prints.print_receipt(bill.id)  # what F10 Save & print sends
    assert first.printed and not first.duplicate
    assert DUPLICATE_MARK not in decode(out.read_bytes()).text
    lookup = _lookup(qtbot, window)
    again = _reprint(qtbot, lookup)
    assert again.printed and again.duplicate
    assert "DUPLICATE" in lookup.message.text
    slip = decode(out.read_bytes())
    assert DUPLICATE_MARK in slip.text and bill.number in slip.text
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as made:
        press(Qt.Key.Key_P, CTRL)
    assert "DUPLICATE" not in _pdf_text(made.args[0].pdf_path)
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as made:
        press(Qt.Key.Key_P, CTRL)
    assert "DUPLICATE" in _pdf_text(made.args[0].pdf_path)
    assert "marked DUPLICATE" in lookup.message.text
    press(Qt.Key.Key_Escape)


def test_find_bill_a4_copy_choice_prints_rule_48_marking(
    qtbot: QtBot, world: tuple[Any, Any, Any], window: MainWindow
) -> None:
    """Alt+Y picks the A4 copy: Triplicate for Supplier is saved beside the original, marked
    so, and is not a DUPLICATE reprint of the original."""
    lookup = _lookup(qtbot, window)
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as made:
        press(Qt.Key.Key_P, CTRL)
    original = made.args[0].pdf_path
    assert "Original for Recipient" in _pdf_text(original)
    press(Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert focused() is lookup.copy
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert lookup.copy.currentText() == "Triplicate for Supplier"
    with qtbot.waitSignal(lookup.printed, timeout=10_000) as made:
        press(Qt.Key.Key_P, CTRL)
    path = made.args[0].pdf_path
    assert path.name.endswith("-triplicate.pdf") and path != original
    text = _pdf_text(path)
    assert "Triplicate for Supplier" in text
    assert "DUPLICATE" not in text and not made.args[0].duplicate
    press(Qt.Key.Key_Escape)


def test_tag_error_names_tag_settings_as_the_menu_does(
    qtbot: QtBot, world: tuple[Any, Any, Any]
) -> None:
    """No tag printer: Ctrl+P on the stock screen says to set it in "Tag settings (Ctrl+7)",
    and the tag settings screen carries that same title."""
    services, owner, _stocked = world
    runner = InlineTaskRunner()
    screen = StockScreen(services.stock, runner, tags=services.tags, user=owner)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.start()
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.table)
    with qtbot.waitSignal(runner.failed) as failed:
        press(Qt.Key.Key_P, CTRL)
    assert (
        failed.args[0]
        == "No tag printer is set. Set it in Tag settings (Ctrl+7), then print again."
    )
    menu = stock_nav_text()["tags"].split("\n")[0]
    assert menu == "Tag settings" and menu in failed.args[0]
    tags = TagLayoutScreen(services, runner, user=owner)
    qtbot.addWidget(tags)
    assert tags.title.text() == menu
