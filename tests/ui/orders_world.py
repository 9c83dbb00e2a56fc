"""A shop ready for the Orders GUI tests: rates, a customer, a karigar; photo files made by Pillow;
logging in and dropping files on a photo list as a person would."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import OWNER, open_services, press, type_text

from jewelpos.config import Settings

ENTER = Qt.Key.Key_Return
MOBILE = "9820012345"


def prepare(settings: Settings, clock: Any) -> dict[str, Any]:
    """Today's rates, the customer Priya Sharma and the karigar Mahesh Soni."""
    from billing_world import set_rates

    from jewelpos.services.customers import CustomerInput

    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        set_rates(services, owner)
        customer = services.customers.save(
            CustomerInput(
                name="Priya Sharma",
                mobile=MOBILE,
                address="14 Shivaji Nagar",
                city="Pune",
                pin_code="411005",
                state_code="27",
                pan="ABCPS1234K",
            ),
            by=owner,
        )
        karigar = services.karigars.add_karigar(
            name="Mahesh Soni", phone="9822011111", specialities="kada, bangles", by=owner
        )
        return {"customer": customer, "karigar": karigar}
    finally:
        engine.dispose()


def photo_file(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    Image.new("RGB", (1200, 900), colour).save(path, "JPEG", quality=90)
    return path


def bad_photos(folder: Path) -> dict[str, Path]:
    """Not an image, a 50 MB file, an empty file, a truncated JPEG, a decompression bomb."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    out["not an image"] = folder / "notes.jpg"
    out["not an image"].write_bytes(b"this is a text file, not a photo\n" * 10)
    out["50 MB"] = folder / "huge.jpg"
    with open(out["50 MB"], "wb") as f:
        f.truncate(50 * 1024 * 1024)
    out["empty"] = folder / "empty.jpg"
    out["empty"].write_bytes(b"")
    buf = io.BytesIO()
    Image.new("RGB", (1200, 900), (10, 120, 200)).save(buf, "JPEG")
    out["truncated"] = folder / "cut.jpg"
    out["truncated"].write_bytes(buf.getvalue()[:4000])
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, "PNG")
    out["bomb"] = folder / "bomb.png"
    out["bomb"].write_bytes(bomb.getvalue())
    return out


def drop_files(widget: Any, paths: list[Path]) -> None:
    """Drag files onto a widget and drop them, as from a file manager (enter, move, drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # item views take drops on their viewport, where a real drop from a file manager arrives
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    at = QPoint(10, 10)  # enter and move events take a QPoint, the drop a QPointF
    for kind in (QDragEnterEvent, QDragMoveEvent):
        QApplication.sendEvent(
            target,
            kind(
                at,
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)


def log_in_owner(qtbot: QtBot, counter: Any) -> Any:
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    login.select_user(OWNER[0])
    login.pin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin)
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(OWNER[1])
        press(ENTER)
    window = counter.shell.main_window
    assert window is not None
    window.activateWindow()
    return window


def open_orders(qtbot: QtBot, make_counter: Any) -> tuple[Any, Any]:
    """The real counter, the owner logged in, Ctrl+Shift+O: the Orders screen with its list
    loaded (its side-bar button names the key)."""
    counter = make_counter()
    window = log_in_owner(qtbot, counter)
    screen = window.orders_screen
    with qtbot.waitSignal(screen.list_loaded, timeout=10_000):
        press(
            Qt.Key.Key_O,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert window.current_screen() == "orders"
    assert window.nav_buttons["orders"].text().split() == ["Orders", "Ctrl+Shift+O"]  # 1 or 2 lines
    return window, screen
