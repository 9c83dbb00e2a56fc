"""GST, e-invoice and Tally settings by keyboard: F8 on a manager's Reports screen opens the
dialog; a malformed GSTIN shows at its field with nothing typed lost; fixed, Ctrl+S saves and
the service reads the values back; a cashier's screen has no F8."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from factories import services_for, shop_db, user_named
from jewelpos.services.gst_settings import GstSettingsService
from jewelpos.ui.screens.reports import build_reports_screen
from jewelpos.ui.tasks import InlineTaskRunner


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Any]:
    services = services_for(shop_db(tmp_path / "jewelpos.sqlite3"))
    yield services
    services.engine.dispose()


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def test_f8_opens_settings_bad_gstin_then_saved(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Owner: F8, a GSTIN with a wrong check character is refused at the field (the text stays),
    a GSP address typed; corrected, Ctrl+S saves and closes; the service has the values."""
    owner = user_named(shop, "owner")
    screen = build_reports_screen(
        shop, InlineTaskRunner(), clock=shop.clock, data_dir=str(tmp_path), user=owner
    )
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: screen.kind.hasFocus())
    assert screen.gst_button.isVisible() and screen.gst_button.text().startswith("F8")
    QTest.keyClick(screen.kind, Qt.Key.Key_F8)
    dialog = screen.gst_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.current is not None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.edits["einvoice_turnover"].text() == "50000000"
    _type(qtbot, dialog.edits["gstin"], "27AAPFU0939F1ZX")
    _type(qtbot, dialog.edits["gsp_url"], "https://gsp.example.in/einvoice")
    _type(qtbot, dialog.edits["gsp_username"], "shree")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        QTest.keyClick(
            dialog.edits["gsp_username"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert failed.args[0].startswith("Not a valid GSTIN")
    assert dialog.errors.error_label("gstin").text() == failed.args[0]
    assert dialog.edits["gsp_url"].text() == "https://gsp.example.in/einvoice"  # nothing lost
    _type(qtbot, dialog.edits["gstin"], "27AAPFU0939F1ZV")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        QTest.keyClick(dialog.edits["gstin"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.gst_dialog is None)
    stored = GstSettingsService(shop.uow).load()
    assert stored.gstin == "27AAPFU0939F1ZV"
    assert stored.gsp_url == "https://gsp.example.in/einvoice" and stored.gsp_username == "shree"


def test_bad_gsp_address_and_blank_ledger_named(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """A GSP address without https:// shows at its field; a blank Tally ledger names the
    account in words and puts the cursor there."""
    from jewelpos.ui.dialogs.gst_settings import GstSettingsDialog

    owner = user_named(shop, "owner")
    dialog = GstSettingsDialog(GstSettingsService(shop.uow), InlineTaskRunner(), user=owner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.current is not None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _type(qtbot, dialog.edits["gsp_url"], "gsp.example.in")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        QTest.keyClick(dialog.edits["gsp_url"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "GSP's web address" in failed.args[0]
    assert dialog.errors.error_label("gsp_url").text() == failed.args[0]
    _type(qtbot, dialog.edits["gsp_url"], "https://gsp.example.in")
    _type(qtbot, dialog.ledger_edits["old_gold"], " ")
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        QTest.keyClick(dialog.edits["gsp_url"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert failed.args[0] == "Type the Tally ledger for Old gold purchase (1 to 100 letters)."
    assert dialog.ledger_edits["old_gold"].hasFocus()


def test_cashier_screen_has_no_f8(qtbot: QtBot, shop: Any, tmp_path: Path) -> None:
    """Without a manager's role the button is hidden and F8 opens nothing."""
    from jewelpos.services.auth import Role

    owner = user_named(shop, "owner")
    cashier = shop.auth.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="4321", by=owner
    )
    screen = build_reports_screen(
        shop, InlineTaskRunner(), clock=shop.clock, data_dir=str(tmp_path), user=cashier
    )
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.gst_button.isVisible()
    assert screen.open_gst_settings() is None
