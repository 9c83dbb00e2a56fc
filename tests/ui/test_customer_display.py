"""The customer display on the offscreen platform: it follows a bill built by keyboard on the
billing screen (pieces, payable, the UPI QR while paying), shows the shop and today's rates when
idle, speaks the display's language, and opens only where a second screen is chosen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from pyzbar.pyzbar import decode as zbar_decode
from ui_helpers import focused, press, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.settings import CounterSettings, SettingsDialog
from jewelpos.ui.screens.billing import BillingScreen
from jewelpos.ui.screens.customer_display import CustomerDisplay
from jewelpos.ui.screens.customer_display_link import CustomerDisplayLink
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
UPI_VPA = "shreeganesh@okhdfc"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop with today's rates, a chain and a ring in stock, a cashier."""
    from jewelpos.services.auth import Role

    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    cashier = services.auth.add_user(
        username="sunita", display_name="Sunita Verma", role=Role.CASHIER, pin="4321", by=owner
    )
    yield services, owner, cashier, stocked
    services.engine.dispose()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _two_screens() -> list[QScreen]:
    """The offscreen platform has one screen: it stands in for the cashier's and the customer's."""
    screen = QGuiApplication.primaryScreen()
    return [screen, screen]


def _billing(qtbot: QtBot, world: Any, runner: TaskRunner) -> BillingScreen:
    services, _owner, cashier, _stocked = world
    screen = BillingScreen(services, runner, user=cashier, clock=services.clock, upi_vpa=UPI_VPA)
    qtbot.addWidget(screen)
    screen.resize(1180, 720)
    screen.show()
    screen.activateWindow()
    screen.start()
    qtbot.waitUntil(lambda: screen.shop is not None and bool(screen._managers))
    screen.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.scan)
    return screen


def _link(qtbot: QtBot, world: Any, runner: TaskRunner, billing: BillingScreen) -> Any:
    link = CustomerDisplayLink(
        world[0],
        runner,
        billing,
        screen_name="Screen 2",  # the offscreen platform's screens have no names
        screens=_two_screens,
        parent=billing,
    )
    assert link.window is not None
    qtbot.addWidget(link.window)
    link.window.showNormal()  # offscreen, full screen is 800 x 800: look at it as on a 1366 x 768
    link.window.resize(1366, 768)
    billing.activateWindow()
    billing.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is billing.scan)
    qtbot.waitUntil(lambda: link.window.shop_name != "" and bool(link.window.rates), timeout=10_000)
    return link


def _scan(qtbot: QtBot, screen: BillingScreen, code: str) -> None:
    with qtbot.waitSignal(screen.line_added, timeout=10_000):
        type_text(code)
        press(ENTER)


def _row(display: CustomerDisplay, row: int) -> list[str]:
    return [display.table.item(row, c).text() for c in range(display.COLUMNS)]


def _qr_text(display: CustomerDisplay) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    display.qr.pixmap().save(buffer, "PNG")
    path = Path(os.environ.get("TMPDIR", "/tmp")) / "disp-qr-test.png"
    path.write_bytes(bytes(buffer.data()))
    (found,) = zbar_decode(Image.open(path))
    return found.data.decode()


def test_display_follows_a_bill_built_by_keyboard(
    qtbot: QtBot, world: Any, runner: TaskRunner
) -> None:
    """Idle: the shop and today's rates. A scanned ring shows with its purity, net weight, rate,
    VA, making and stones and the payable in large type; F8 puts the UPI QR of the balance on
    the display; Esc takes it off; a new bill (F2, Enter) makes the display idle again."""
    billing = _billing(qtbot, world, runner)
    link = _link(qtbot, world, runner, billing)
    display = link.window
    assert display.pages.currentIndex() == 0  # idle
    assert display.shop.text() == "Shree Ganesh Jewellers"
    rates = [(c.text(), v.text()) for c, v in display.rate_labels]
    assert ("Gold 22K916", "₹7,150.00") in rates and ("Silver S999", "₹96.50") in rates
    assert display.rates_title.text() == "Today's rates - 01-06-2025"
    display.grab().save("/tmp/disp-idle-en.png")

    _scan(qtbot, billing, world[3].ring.tag_code)
    assert display.pages.currentIndex() == 1
    # DOMAIN.md's ring: net 6.250 - 0.380 = 5.870 g at 7,150.00; wastage round3(5.870 x 8%) =
    # 0.470 g x 7,150 = 3,360.50; making 5.870 x 450 = 2,641.50; stones 1,200.00; hallmark 45:
    # taxable 41,970.50 + 3,360.50 + 2,641.50 + 1,200.00 + 45.00 = 49,217.50
    assert _row(display, 0)[1:] == [
        "22K916",
        "5.870 g",
        "7,150.00",
        "3,360.50",
        "2,641.50",
        "1,200.00",
        "49,217.50",
    ]
    # GST 2 x 738.26 = 1,476.52; invoice 50,694.02; round off -0.02; payable 50,694
    assert display.totals["gst"][1].text() == "1,476.52"
    assert display.totals["round_off"][1].text() == "-0.02"
    assert display.payable.text() == "₹50,694"
    assert display.payable.font().pixelSize() >= 60  # large type
    assert not display.totals["old_gold"][1].isVisible()
    assert focused() is billing.scan  # the display never takes the cashier's keys

    press(Qt.Key.Key_F8)
    pay = billing.dialog
    assert isinstance(pay, PaymentDialog)
    qtbot.waitUntil(lambda: pay.qr_amount() is not None and focused() is pay.amounts["cash"])
    assert display.qr_panel.isVisible() and display.qr_amount == pay.qr_amount()
    assert _qr_text(display) == pay.qr_uri()
    assert "am=50694.00" in pay.qr_uri()
    assert display.qr_caption.text() == "Scan to pay ₹50,694.00 by UPI"
    display.grab().save("/tmp/disp-bill-en.png")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not display.qr_panel.isVisible())

    qtbot.waitUntil(lambda: focused() is billing.scan)
    press(Qt.Key.Key_F2)
    box = billing.dialog
    qtbot.waitUntil(lambda: box is not None and focused().window() is box)
    with qtbot.waitSignal(billing.bill_cleared, timeout=10_000):
        press(ENTER)  # discard
    assert display.pages.currentIndex() == 0


def test_display_speaks_the_display_language(qtbot: QtBot, world: Any, runner: TaskRunner) -> None:
    """With the display's language set to Hindi, the idle rates and the bill's headings and
    payable caption are the screens' Hindi, while the counter stays in English."""
    services, owner, _cashier, stocked = world
    services.shop_settings.save({"customer_display_language": "hi"}, by=owner)
    billing = _billing(qtbot, world, runner)
    link = _link(qtbot, world, runner, billing)
    display = link.window
    qtbot.waitUntil(lambda: display.language == "hi")
    rates = [(c.text(), v.text()) for c, v in display.rate_labels]
    assert ("सोना 22K916", "₹7,150.00") in rates
    assert display.rates_title.text() == "आज की दरें - 01-06-2025"
    display.grab().save("/tmp/disp-idle-hi.png")
    _scan(qtbot, billing, stocked.ring.tag_code)
    _scan(qtbot, billing, stocked.chain.tag_code)
    headers = [display.table.horizontalHeaderItem(c).text() for c in range(display.COLUMNS)]
    assert headers[:4] == ["पीस", "शुद्धता", "शुद्ध ग्रा.", "दर ₹/ग्रा."]
    assert display.payable_caption.text() == "देय राशि"
    display.grab().save("/tmp/disp-bill-hi.png")
    assert display.sizeHint().width() <= 1366 and display.sizeHint().height() <= 768


def test_no_second_screen_no_display(qtbot: QtBot, world: Any, runner: TaskRunner) -> None:
    """One screen, or none chosen: no customer window at all; choosing one later opens it."""
    billing = _billing(qtbot, world, runner)
    name = "Screen 1"
    alone = CustomerDisplayLink(world[0], runner, billing, screen_name=name, parent=billing)
    assert len(QGuiApplication.screens()) == 1 and alone.window is None
    unset = CustomerDisplayLink(world[0], runner, billing, screens=_two_screens, parent=billing)
    assert unset.window is None
    _scan(qtbot, billing, world[3].ring.tag_code)
    unset.set_screen(name)
    assert unset.window is not None
    qtbot.addWidget(unset.window)
    assert unset.window.pages.currentIndex() == 1  # the bill already open shows at once
    unset.set_screen("")
    assert unset.window is None


def test_settings_chooser_lists_the_screens(qtbot: QtBot) -> None:
    """F12's counter settings: Alt+D chooses the customer display's screen among those attached
    (none by default); the choice comes back in the counter settings."""
    screens = [("COUNTER-1", "COUNTER-1  1366 x 768"), ("HDMI-2", "HDMI-2  1920 x 1080")]
    dialog = SettingsDialog(language="en", counter=CounterSettings(), screens=screens)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    items = [dialog.display.itemText(i) for i in range(dialog.display.count())]
    assert items == ["None (no second screen for the customer)", *[s for _n, s in screens]]
    assert dialog.chosen_counter().customer_display == ""
    press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.display
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert dialog.chosen_counter().customer_display == "HDMI-2"
    again = SettingsDialog(
        language="en", counter=CounterSettings(customer_display="DP-3"), screens=screens
    )
    qtbot.addWidget(again)
    assert again.display.currentText() == "DP-3 (not attached)"


def test_chooser_lists_two_attached_screens(tmp_path: Path) -> None:
    """On a PC with two screens (the offscreen platform configured with two), the chooser lists
    both by name and size."""
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "COUNTER-1", "x": 0, "y": 0, "width": 1366, "height": 768},
                    {"name": "HDMI-2", "x": 1366, "y": 0, "width": 1920, "height": 1080},
                ]
            }
        )
    )
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from jewelpos.ui.dialogs.settings import CounterSettings, SettingsDialog\n"
        "d = SettingsDialog(language='en', counter=CounterSettings())\n"
        "print([d.display.itemData(i) for i in range(d.display.count())])\n"
        "print([d.display.itemText(i) for i in range(1, d.display.count())])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    data, texts = out.stdout.strip().splitlines()[-2:]
    assert data == "['', 'COUNTER-1', 'HDMI-2']"
    assert texts == "['COUNTER-1  1366 x 768', 'HDMI-2  1920 x 1080']"
