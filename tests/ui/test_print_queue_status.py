"""Waiting prints in the main window's status bar: counted after every attempt, retried by key or
click, the outcome said in words; category names in Hindi; every service error has a sentence."""

from __future__ import annotations

import importlib
import pkgutil
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from billing_world import set_rates, stock_pieces
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import press

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.domain.errors import JewelPOSError, PrinterUnavailable, ValidationError
from jewelpos.services.stock import StockFilter
from jewelpos.services.tags import TagPrinter
from jewelpos.ui.dialogs.piece import PieceDialog
from jewelpos.ui.i18n import Translations
from jewelpos.ui.main_window import MainWindow
from jewelpos.ui.messages import bug_text, error_text
from jewelpos.ui.models.stock import PieceTableModel
from jewelpos.ui.tasks import TaskRunner

DEVANAGARI = re.compile("[\u0900-\u097f]")


def _closed_port() -> int:
    """A 127.0.0.1 port nobody listens on: a printer that is off (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any]]:
    """A set-up shop with today's rates, a chain and a ring in stock, and one saved bill."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    set_rates(services, owner)
    stocked = stock_pieces(services, owner)
    yield services, owner, stocked
    services.engine.dispose()


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.reset()


def test_waiting_prints_are_counted_and_retried_by_key_and_click(
    qtbot: QtBot, world: tuple[Any, Any, Any], tmp_path: Path
) -> None:
    """Printer off: bill and tag prints wait and the amber count follows every attempt; Ctrl+Shift+R
    prints what it can and names the printer still off; a click after fixing it clears the rest."""
    services, owner, stocked = world
    port = _closed_port()
    off = f"tcp://127.0.0.1:{port}"
    services.prints.configure(printer_target=off)
    bill = services.billing.bills_for_day(shop_today(services.clock))[0]
    first = services.prints.print_receipt(bill.id)  # before the window: counted at start
    assert first.queued and not first.printed
    assert services.prints.waiting_count() == 1

    runner = TaskRunner()
    window = MainWindow(services, runner, user=owner, clock=services.clock)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.start("billing")
    status = window.print_status
    qtbot.waitUntil(lambda: status.count == 1 and status.isVisible())
    assert status.text().startswith("⚠ 1 print waiting")
    assert status.property("warning") is True

    # Each attempt through the worker recounts at once (no timer). The same bill tried again
    # still waits as one print (one copy when the printer is back); then tags.
    done: list[object] = []
    runner.run(services.prints.print_receipt, bill.id, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert services.prints.waiting_count() == 1
    services.tags.save_printer(TagPrinter(target=off, language="tspl"), by=owner)
    refused: list[JewelPOSError] = []
    with qtbot.waitSignal(status.count_changed, timeout=10_000) as changed:
        runner.run(
            services.tags.print_tags,
            [stocked.chain.id, stocked.ring.id],
            by=owner,
            on_error=refused.append,
        )
    assert changed.args == [2]
    assert isinstance(refused[0], PrinterUnavailable)
    assert status.text().startswith("⚠ 2 prints waiting")
    assert "Ctrl+Shift+R" in status.text()

    # The receipt printer is fixed (a file), the tag printer is still off: Ctrl+Shift+R.
    receipts = tmp_path / "receipts.bin"
    services.prints.configure(printer_target=f"file:{receipts}")
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and window.isAncestorOf(QApplication.focusWidget())
        )
    )
    with qtbot.waitSignal(status.retried, timeout=15_000) as retried:
        press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text, kind = retried.args
    assert text == f"1 printed, 1 still waiting: the printer at {off} is not answering."
    assert kind == "warning"
    assert window.message.text == text and window.message.isVisible()
    qtbot.waitUntil(lambda: status.count == 1)
    assert status.isVisible()
    data = receipts.read_bytes()
    assert data.startswith(b"\x1b@") and bill.number.encode() in data  # ESC/POS, the bill's number

    # The tag printer fixed too; a click on the indicator prints the tags there.
    tags_file = tmp_path / "tags.prn"
    services.tags.save_printer(TagPrinter(target=f"file:{tags_file}", language="tspl"), by=owner)
    with qtbot.waitSignal(status.retried, timeout=15_000) as retried:
        qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    assert retried.args == ["1 printed; nothing is waiting now.", "success"]
    qtbot.waitUntil(lambda: status.count == 0 and not status.isVisible())
    tspl = tags_file.read_bytes().decode("latin-1")  # BITMAP payloads (fitted shop name) are binary
    assert stocked.chain.tag_code in tspl and stocked.ring.tag_code in tspl
    assert services.prints.waiting_count() == 0 and services.tags.waiting_count() == 0
    window.log_out()
    runner.shutdown()


def test_retry_outcome_in_hindi(
    qtbot: QtBot, world: tuple[Any, Any, Any], translations: Translations
) -> None:
    """The indicator and the retry outcome read in Hindi when the UI is Hindi."""
    from jewelpos.services.print_queue import RetryOutcome
    from jewelpos.ui.widgets.print_queue import PrintQueueStatus

    services = world[0]
    assert translations.set_language("hi")
    status = PrintQueueStatus(TaskRunner(), services.prints, services.tags)
    qtbot.addWidget(status)
    status.count = 3
    status.retranslate_ui()
    assert DEVANAGARI.search(status.text()) and "3" in status.text()
    text = status.outcome_text(RetryOutcome(printed=2, waiting=1, failed_printer="tcp://p:9100"))
    assert DEVANAGARI.search(text) and "tcp://p:9100" in text and "2" in text


def _service_errors() -> list[type[JewelPOSError]]:
    """Every JewelPOSError subclass defined in our code that services, sync or db raise."""
    import jewelpos.db
    import jewelpos.domain
    import jewelpos.services
    import jewelpos.sync

    for package in (jewelpos.domain, jewelpos.db, jewelpos.services, jewelpos.sync):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    found: list[type[JewelPOSError]] = []
    todo: list[type[JewelPOSError]] = [JewelPOSError]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("jewelpos.") and sub not in found:
                found.append(sub)
                todo.append(sub)
    return found


def _examples(cls: type[JewelPOSError]) -> list[JewelPOSError]:
    """One instance per class (per kind for sync errors), made the way the services make them."""
    from jewelpos.services.importing import ImportRefused, RowError
    from jewelpos.sync.client import CodesDiffer, SyncError

    message = "English text for the log"
    if issubclass(cls, CodesDiffer):
        return [cls(message, branch_code="B9", counter_code="C9", local=("B1", "C2"))]
    if issubclass(cls, SyncError):
        kinds = ("offline", "server", "protocol", "auth", "revoked", "gone", "mismatch")
        return [cls(kind, message) for kind in (*kinds, "address", "not_enrolled")]
    from jewelpos.services.scheme_redemption import AccountNotFresh

    if issubclass(cls, AccountNotFresh):  # made from what sync knows, not from a message
        return [cls(age_minutes=20, limit_minutes=15, connected=True)]
    if issubclass(cls, ValidationError):
        return [cls("pin_code", "is not a PIN code")]
    if issubclass(cls, ImportRefused):
        return [cls(message, [RowError(row=3, field="gross_g", problem="negative")])]
    return [cls(message)]


def test_every_service_error_has_its_own_sentence_in_english_and_hindi(
    translations: Translations,
) -> None:
    """Each named error (import refused, count closed, day closed, approval, PAN, printer, sync...)
    maps to a sentence of its own, never the English log text or the bug text, in both languages."""
    classes = _service_errors()
    names = {c.__name__ for c in classes}
    assert {"ImportRefused", "StockTakeClosed", "DayClosed", "PanRequired"} <= names
    assert {"PrinterUnavailable", "CounterNotInitialised", "SyncBusy", "CodesDiffer"} <= names
    for language in ("en", "hi"):
        assert translations.set_language(language)
        seen: dict[str, str] = {}
        for cls in classes:
            for exc in _examples(cls):
                text = error_text(exc)
                where = f"{cls.__name__} {exc.params.get('kind', '')} ({language})"
                assert text and text != exc.message and text != bug_text(), where
                assert "English text for the log" not in text or cls.__name__ in (
                    "EnvironmentProblem",
                    "SyncError",
                ), where
                if language == "hi":
                    assert DEVANAGARI.search(text), where
                seen[f"{exc.code}:{exc.params.get('kind', '')}"] = text
        # each code (and sync kind) has a sentence of its own: no catch-all text
        assert len(set(seen.values())) == len(seen)


def test_category_names_follow_the_ui_language(
    qtbot: QtBot, world: tuple[Any, Any, Any], translations: Translations
) -> None:
    """Stock table, piece dialog, stock-take lists and receiving use the Hindi category name in a
    Hindi UI and the English one otherwise."""
    services, owner, stocked = world
    cats = {c.code: c for c in services.stock.categories()}
    chain, chain_hi = cats["CHAIN"].name, cats["CHAIN"].name_hi
    assert chain_hi and DEVANAGARI.search(chain_hi)
    page = services.stock.search(StockFilter(text=stocked.chain.tag_code))
    row = page.rows[0]
    assert (row.category_name, row.category_name_hi) == (chain, chain_hi)
    found = services.stock.find_by_code(stocked.chain.tag_code)
    assert found is not None and found.category_name_hi == chain_hi

    model = PieceTableModel()
    model.set_rows(page.rows)
    index = model.index(0, PieceTableModel.CATEGORY)
    assert index.data() == chain
    assert translations.set_language("hi")
    model.retranslate()
    assert index.data() == chain_hi

    dialog = PieceDialog(services.stock.piece(stocked.chain.id), photos_dir=None)
    qtbot.addWidget(dialog)
    assert chain_hi in dialog.title.text()

    from jewelpos.ui.screens.receiving import ReceivingScreen
    from jewelpos.ui.screens.stocktake import StockTakeScreen

    runner = TaskRunner()
    take = StockTakeScreen(services, runner, user=owner, reports_dir=Path("."))
    receive = ReceivingScreen(services, runner, user=owner, photos_dir=None)
    for screen in (take, receive):
        qtbot.addWidget(screen)
        screen.start()
    qtbot.waitUntil(lambda: take.category.count() > 0 and receive.category.count() > 0)
    texts = [take.category.itemText(i) for i in range(take.category.count())]
    assert chain_hi in texts and chain not in texts
    assert chain_hi in [receive.category.itemText(i) for i in range(receive.category.count())]
    state = services.stocktake.start("category", cats["CHAIN"].id, by=owner)
    assert state.missing[0].category_name_hi == chain_hi
    translations.reset()
    assert index.data() == chain
    qtbot.waitUntil(
        lambda: chain in [take.category.itemText(i) for i in range(take.category.count())]
    )
    runner.shutdown()
