"""Stock tools screens by keyboard: receiving with a scale, tag printing from the stock screen,
tag layout with live preview, transfers, import wizard; each reachable from the main window."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import press, shot, type_text

from factories import piece, services_for, shop_db, user_named
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.stock import PieceStatus, StockFilter
from jewelpos.services.tags import TagPrinter
from jewelpos.ui.dialogs.stock_summary import summary_model
from jewelpos.ui.main_window import MainWindow
from jewelpos.ui.screens.import_data import ImportScreen
from jewelpos.ui.screens.receiving import ReceivingScreen, ScaleReader
from jewelpos.ui.screens.stock import StockScreen
from jewelpos.ui.screens.tag_layout import TagLayoutScreen
from jewelpos.ui.screens.transfers import TransfersScreen
from jewelpos.ui.tasks import InlineTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Services, UserInfo]]:
    services = services_for(shop_db(tmp_path / "shop.sqlite3"))
    yield services, user_named(services, "owner")
    services.engine.dispose()


def _show(qtbot: QtBot, widget: QWidget, focus: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def _ring(services: Services) -> str:
    return next(c.id for c in services.stock.categories() if c.code == "RING")


def test_scale_reader_parses_lines_and_reports_a_missing_port(qtbot: QtBot) -> None:
    """Bytes from the scale arrive in pieces; each complete line with a weight is emitted;
    a port that is not there gives a message that says what to do."""
    reader = ScaleReader()
    got: list[int] = []
    reader.weighed.connect(got.append)
    reader.feed(b"ST,GS,+  18.4")
    reader.feed(b"50 g\r\nUS,GS,+ 0.000 g\r\nOL\r\nST,GS,+   6.250 g\r\n")
    assert got == [18450, 6250]
    with qtbot.waitSignal(reader.problem) as problem:
        assert not reader.open("/dev/ttyNOPE42")
    assert "/dev/ttyNOPE42 is not there" in problem.args[0]
    with qtbot.waitSignal(reader.problem) as problem:
        assert not reader.open("")
    assert "No scale port" in problem.args[0]


def test_receive_weigh_add_save_and_print(
    qtbot: QtBot, shop: tuple[Services, UserInfo], tmp_path: Path
) -> None:
    """Party, a weighed ring (scale), a lot of two, F10 saves the receipt, Ctrl+P prints."""
    services, owner = shop
    out = tmp_path / "tags.prn"
    services.tags.save_printer(TagPrinter(target=f"file:{out}", language="tspl"), by=owner)
    screen = ReceivingScreen(services, InlineTaskRunner(), user=owner, photos_dir=tmp_path / "p")
    screen.start()
    _show(qtbot, screen, screen.party)
    type_text("Ramesh Karigar")
    screen.category.setCurrentIndex(screen.category.findText("Gold ring"))
    screen.design.setFocus()
    type_text("RG-2211")
    screen.scale.feed(b"ST,GS,+   6.250 g\r\n")  # the scale sends a reading
    assert screen.gross.text() == "6.250" and QApplication.focusWidget() is screen.gross
    screen.huids.setFocus()
    type_text("AB12CD")
    press(Qt.Key.Key_Return, CTRL)
    assert screen.lines.rowCount() == 1
    screen.lot_count.setValue(2)
    screen.lot_weights.setFocus()
    type_text("4.100 4.250")
    press(Qt.Key.Key_Return, CTRL)
    assert [p.gross_mg for p in screen.lines.rows()] == [6250, 4100, 4250]
    assert "3 pieces" in screen.totals.text()
    shot(screen, "stock_receiving")
    with qtbot.waitSignal(screen.receipt_saved) as saved:
        press(Qt.Key.Key_F10)
    info = saved.args[0]
    assert info.party_name == "Ramesh Karigar" and len(info.pieces) == 3
    with qtbot.waitSignal(screen.tags_printed):
        press(Qt.Key.Key_P, CTRL)
    assert out.read_bytes().count(b"PRINT 1,1") == 3
    assert services.stock.search(StockFilter(text="RG-2211")).total_count == 3


def test_receive_refuses_a_bad_line_and_keeps_what_was_typed(
    qtbot: QtBot, shop: tuple[Services, UserInfo]
) -> None:
    """Stones heavier than the piece: the message says so and the form keeps the values."""
    services, owner = shop
    screen = ReceivingScreen(services, InlineTaskRunner(), user=owner)
    screen.start()
    _show(qtbot, screen, screen.gross)
    type_text("2.000")
    screen.stone_weight.setFocus()
    type_text("2.500")
    press(Qt.Key.Key_Return, CTRL)
    press(
        Qt.Key.Key_Control
    )  # a shortcut eats Ctrl+Enter's release: let go of Ctrl for later tests
    assert screen.lines.rowCount() == 0
    assert "stones" in screen.message.text.lower() and screen.gross.text() == "2.000"


def test_stock_screen_prints_selected_tags_and_shows_summary(
    qtbot: QtBot,
    qtmodeltester,
    shop: tuple[Services, UserInfo],
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Select two rows: Ctrl+P reprints both tags, the label sheet PDF has both; F3 shows counts
    and weights by category."""
    services, owner = shop
    ring = _ring(services)
    codes = [services.stock.add_piece(piece(ring, gross_mg=5000 + i), by=owner).tag_code for i in range(3)]  # fmt: skip
    out = tmp_path / "tags.zpl"
    services.tags.save_printer(TagPrinter(target=f"file:{out}", language="zpl"), by=owner)
    screen = StockScreen(services.stock, InlineTaskRunner(), tags=services.tags, user=owner)
    screen.start()
    _show(qtbot, screen, screen.table)
    screen.table.selectRow(0)
    screen.table.selectionModel().select(
        screen.proxy.index(1, 0), screen.table.selectionModel().SelectionFlag.Select
        | screen.table.selectionModel().SelectionFlag.Rows,
    )  # fmt: skip
    with qtbot.waitSignal(screen.tags_printed):
        press(Qt.Key.Key_P, CTRL)
    zpl = out.read_text()
    assert zpl.count("^XA") == 2 and codes[0] in zpl and codes[1] in zpl and codes[2] not in zpl
    with qtbot.waitSignal(screen.label_sheet_saved) as saved:
        screen.save_label_sheet(str(tmp_path / "sheet.pdf"))
    text = subprocess.run(["pdftotext", saved.args[0], "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert codes[0] in text and codes[1] in text and codes[2] not in text
    press(Qt.Key.Key_F3)
    dialog = screen.summary_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert "In stock: 3 pieces" in dialog.totals.text()
    qtmodeltester.check(dialog.model)
    shot(dialog, "stock_summary")
    dialog.close()


def test_tag_layout_preview_and_save(qtbot: QtBot, shop: tuple[Services, UserInfo]) -> None:
    """The preview is drawn at start and redrawn on change; F10 saves layout and printer."""
    services, owner = shop
    screen = TagLayoutScreen(services, InlineTaskRunner(), user=owner)
    with qtbot.waitSignal(screen.preview_updated):
        screen.start()
    first = screen.preview.pixmap().toImage()
    assert not first.isNull()
    _show(qtbot, screen, screen.width_mm)
    with qtbot.waitSignal(screen.preview_updated, timeout=3000):
        screen.barcode_h.setValue(8.0)
    assert screen.preview.pixmap().toImage() != first
    screen.printer.setText("tcp://192.168.1.50:9100")
    screen.language.setCurrentIndex(1)
    screen.width_mm.setFocus()
    shot(screen, "stock_tag_layout")
    with qtbot.waitSignal(screen.layout_saved):
        press(Qt.Key.Key_F10)
    assert services.tags.layout().barcode.height_mm == 8.0  # type: ignore[union-attr]
    assert services.tags.printer() == TagPrinter("tcp://192.168.1.50:9100", "zpl")


def test_transfer_issue_and_receive(qtbot: QtBot, shop: tuple[Services, UserInfo]) -> None:
    """Scan two pieces, F10 issues them to tray T2 (in transit), F9 receives them."""
    services, owner = shop
    ring = _ring(services)
    codes = [services.stock.add_piece(piece(ring), by=owner).tag_code for _ in range(2)]
    screen = TransfersScreen(services, InlineTaskRunner(), user=owner)
    screen.start()
    _show(qtbot, screen, screen.tray)
    type_text("T2")
    screen.scan.setFocus()
    for code in (*codes, codes[0]):
        type_text(code)
        press(Qt.Key.Key_Return)
    assert screen.codes.count() == 2
    with qtbot.waitSignal(screen.transfer_issued):
        press(Qt.Key.Key_F10)
    assert services.stock.search(StockFilter(status=PieceStatus.IN_TRANSIT)).total_count == 2
    assert screen.open_model.rowCount() == 1
    shot(screen, "stock_transfers")
    with qtbot.waitSignal(screen.transfer_received):
        press(Qt.Key.Key_F9)
    row = services.stock.find_by_code(codes[1])
    assert row is not None and (row.status, row.tray) == ("in_stock", "T2")


def test_import_wizard_refuses_bad_file_then_imports_good(
    qtbot: QtBot, shop: tuple[Services, UserInfo], tmp_path: Path
) -> None:
    """Enter reads the file and guesses the mapping; F5 lists every bad row; F10 refuses the
    bad file whole; a fixed file imports with progress."""
    services, owner = shop
    path = tmp_path / "stock.csv"

    def write(rows: list[list[str]]) -> None:
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([["Tag No", "Item", "Purity", "Gross Wt", "Stone Wt", "HUID"], *rows])  # fmt: skip

    write([["A1", "RING", "916", "5.000", "", ""], ["A2", "RING", "916", "-1", "", ""],
           ["A3", "RING", "916", "2.000", "3.000", ""], ["A4", "RING", "916", "2", "", "AB-1"]])  # fmt: skip
    screen = ImportScreen(services, InlineTaskRunner(), user=owner)
    _show(qtbot, screen, screen.path)
    type_text(str(path))
    with qtbot.waitSignal(screen.file_read):
        press(Qt.Key.Key_Return)
    assert screen.current_mapping() == {"Tag No": "tag_code", "Item": "category",
                                        "Purity": "purity", "Gross Wt": "gross_g",
                                        "Stone Wt": "stone_g", "HUID": "huid"}  # fmt: skip
    with qtbot.waitSignal(screen.checked):
        press(Qt.Key.Key_F5)
    assert sorted({e.row for e in screen.errors.rows()}) == [3, 4, 5]
    with qtbot.waitSignal(screen.import_failed):
        press(Qt.Key.Key_F10)
    assert "3 rows" in screen.message.text
    shot(screen, "stock_import")
    assert services.stock.search(StockFilter(text="A")).total_count == 0
    write([["A1", "RING", "916", "5.000", "", ""], ["A2", "RING", "916", "1", "", ""]])
    with qtbot.waitSignal(screen.imported):
        press(Qt.Key.Key_F10)
    assert services.stock.search(StockFilter(text="A")).total_count == 2


def test_main_window_reaches_stock_tools_by_keys(
    qtbot: QtBot, shop: tuple[Services, UserInfo], tmp_path: Path
) -> None:
    """Ctrl+3 .. Ctrl+7 open Receive, Stock-take, Transfers, Import and Tag settings; each
    button shows its key."""
    services, owner = shop
    window = MainWindow(services, InlineTaskRunner(), user=owner, clock=services.clock,
                        photos_dir=tmp_path / "photos", data_dir=str(tmp_path))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.start("stock")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for key, name in ((Qt.Key.Key_3, "receive"), (Qt.Key.Key_4, "stocktake"),
                      (Qt.Key.Key_5, "transfers"), (Qt.Key.Key_6, "import"), (Qt.Key.Key_7, "tags")):  # fmt: skip
        with qtbot.waitSignal(window.screen_changed) as changed:
            press(key, CTRL)
        assert changed.args == [name] and window.current_screen() == name
        assert window.nav_buttons[name].text().endswith(f"Ctrl+{key - Qt.Key.Key_0}")
    shot(window, "stock_main_window")


def test_rows_models_pass_qtmodeltester(qtmodeltester, shop: tuple[Services, UserInfo]) -> None:  # type: ignore[no-untyped-def]
    """The receipt-lines and summary models behave as Qt expects."""
    services, owner = shop
    services.stock.add_piece(piece(_ring(services)), by=owner)
    model = summary_model()
    model.set_rows(services.stock.summary())
    qtmodeltester.check(model)
    screen = ReceivingScreen(services, InlineTaskRunner(), user=owner)
    screen.lines.append(piece(_ring(services)))
    qtmodeltester.check(screen.lines)
    screen.deleteLater()
