"""Transfers by keyboard: wrong scans come off the list, F10 names a missing code, the list
shows what each code is, and the destination is asked again after an issue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import press, type_text

from factories import piece, services_for, shop_db, user_named
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.stock import PieceStatus, StockFilter
from jewelpos.ui.screens.transfers import TransfersScreen
from jewelpos.ui.tasks import InlineTaskRunner


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Services, UserInfo]]:
    services = services_for(shop_db(tmp_path / "shop.sqlite3"))
    yield services, user_named(services, "owner")
    services.engine.dispose()


def _show(qtbot: QtBot, widget: QWidget, focus: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def _screen(qtbot: QtBot, services: Services, owner: UserInfo) -> TransfersScreen:
    screen = TransfersScreen(services, InlineTaskRunner(), user=owner)
    screen.start()
    _show(qtbot, screen, screen.tray)
    return screen


def _ring(services: Services) -> str:
    return next(c.id for c in services.stock.categories() if c.code == "RING")


def test_unknown_code_is_named_by_f10_and_removed_with_del(
    qtbot: QtBot, shop: tuple[Services, UserInfo]
) -> None:
    """A mistyped code: the list says no such piece, F10 names it, Del takes it off, F10 issues."""
    services, owner = shop
    good = services.stock.add_piece(piece(_ring(services), gross_mg=6250), by=owner).tag_code
    screen = _screen(qtbot, services, owner)
    type_text("T2")
    screen.scan.setFocus()
    for code in (good, "ZZ999"):
        type_text(code)
        press(Qt.Key.Key_Return)
    assert "no such piece" in screen.codes.item(1).text()
    assert "Gold ring" in screen.codes.item(0).text() and "6.250 g" in screen.codes.item(0).text()
    press(Qt.Key.Key_F10)
    assert "ZZ999" in screen.message.text
    assert services.stock.search(StockFilter(status=PieceStatus.IN_TRANSIT)).total_count == 0
    press(Qt.Key.Key_Delete)  # the scan field is empty: Del removes the highlighted (last) code
    assert screen.scanned_codes() == (good,)
    with qtbot.waitSignal(screen.transfer_issued):
        press(Qt.Key.Key_F10)
    assert services.stock.search(StockFilter(status=PieceStatus.IN_TRANSIT)).total_count == 1


def test_del_in_the_list_and_the_button_show_their_key(
    qtbot: QtBot, shop: tuple[Services, UserInfo]
) -> None:
    """In the list, Del removes the selected code; the remove button names Del."""
    services, owner = shop
    screen = _screen(qtbot, services, owner)
    screen.scan.setFocus()
    for code in ("AA1", "BB2", "CC3"):
        type_text(code)
        press(Qt.Key.Key_Return)
    screen.codes.setFocus()
    screen.codes.setCurrentRow(0)
    press(Qt.Key.Key_Delete)
    assert screen.scanned_codes() == ("BB2", "CC3")
    assert "Del" in screen.remove_button.text()
    screen.scan.setFocus()
    type_text("DD")
    press(Qt.Key.Key_Delete)  # Del while typing edits the scan field, never the list
    assert screen.scanned_codes() == ("BB2", "CC3")


def test_destination_is_cleared_after_issue(qtbot: QtBot, shop: tuple[Services, UserInfo]) -> None:
    """After F10 issues to counter C2 / tray T2, both fields are empty for the next transfer."""
    services, owner = shop
    code = services.stock.add_piece(piece(_ring(services)), by=owner).tag_code
    screen = _screen(qtbot, services, owner)
    screen.location.setFocus()
    type_text("C2")
    screen.tray.setFocus()
    type_text("T2")
    screen.scan.setFocus()
    type_text(code)
    press(Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.transfer_issued):
        press(Qt.Key.Key_F10)
    assert (screen.location.text(), screen.tray.text()) == ("", "")
    QApplication.processEvents()
    screen.grab().save("/tmp/screens-transfers.png")
