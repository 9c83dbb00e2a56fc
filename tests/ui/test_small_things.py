"""Small things by keyboard: the tag preview carries the shop's own name; the import screen
drops an old error once a new file passes its check."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import press, type_text

from factories import SHOP, migrated_db, services_for, set_up_shop
from jewelpos.printing.tags import render_tag_preview_png
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.tags import SAMPLE_TAG
from jewelpos.ui.screens.import_data import ImportScreen
from jewelpos.ui.screens.tag_layout import TagLayoutScreen
from jewelpos.ui.tasks import InlineTaskRunner

SHOP_NAME = "Lakshmi Gold House"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Services, UserInfo]]:
    """A shop of its own name (not the sample tag's "Shree Ganesh")."""
    services = services_for(migrated_db(tmp_path / "shop.sqlite3"))
    _info, owner = set_up_shop(services, dataclasses.replace(SHOP, shop_name=SHOP_NAME))
    yield services, owner
    services.engine.dispose()


def _show(qtbot: QtBot, widget: QWidget, focus: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)


def test_tag_preview_uses_the_shops_own_name(qtbot: QtBot, shop: tuple[Services, UserInfo]) -> None:
    """With the shop field on, the preview is the tag drawn with "Lakshmi Gold House"."""
    services, owner = shop
    screen = TagLayoutScreen(services, InlineTaskRunner(), user=owner)
    with qtbot.waitSignal(screen.preview_updated):
        screen.start()
    _show(qtbot, screen, screen.width_mm)
    layout = screen.current_layout()
    assert any(f.name == "shop" for f in layout.fields)
    ours = render_tag_preview_png(
        dataclasses.replace(SAMPLE_TAG, shop_short_name=SHOP_NAME), layout, dpi=layout.dpi
    )
    sample = render_tag_preview_png(SAMPLE_TAG, layout, dpi=layout.dpi)
    assert ours != sample
    assert screen.preview_png == ours
    # a change by keyboard redraws it, still with the shop's name
    with qtbot.waitSignal(screen.preview_updated, timeout=3000):
        press(Qt.Key.Key_Up)
    layout = screen.current_layout()
    assert screen.preview_png == render_tag_preview_png(
        dataclasses.replace(SAMPLE_TAG, shop_short_name=SHOP_NAME), layout, dpi=layout.dpi
    )
    boxes = [screen.fields.cellWidget(i, 0) for i in range(screen.fields.rowCount())]
    assert any(isinstance(b, QCheckBox) and b.property("field") == "shop" for b in boxes)
    QApplication.processEvents()
    screen.grab().save("/tmp/screens-tag-layout.png")


def test_import_screen_clears_an_old_error_when_a_new_file_passes(
    qtbot: QtBot, shop: tuple[Services, UserInfo], tmp_path: Path
) -> None:
    """A missing file gives an error; the right file read by Enter clears it; a refused import's
    error goes once the fixed file passes F5."""
    services, owner = shop
    path = tmp_path / "stock.csv"
    screen = ImportScreen(services, InlineTaskRunner(), user=owner)
    _show(qtbot, screen, screen.path)
    type_text(str(tmp_path / "nope.csv"))
    press(Qt.Key.Key_Return)
    assert screen.message.isVisible() and screen.message.text
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["Tag No", "Item", "Purity", "Gross Wt"], ["A1", "RING", "916", "-1"]])  # fmt: skip
    screen.path.selectAll()
    type_text(str(path))
    with qtbot.waitSignal(screen.file_read):
        press(Qt.Key.Key_Return)
    assert not screen.message.isVisible()
    with qtbot.waitSignal(screen.import_failed):
        press(Qt.Key.Key_F10)
    assert screen.message.isVisible()
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["Tag No", "Item", "Purity", "Gross Wt"], ["A1", "RING", "916", "5.000"]])  # fmt: skip
    with qtbot.waitSignal(screen.checked) as checked:
        press(Qt.Key.Key_F5)
    assert checked.args[0].ok
    assert not screen.message.isVisible() and screen.message.text == ""
    QApplication.processEvents()
    screen.grab().save("/tmp/screens-import.png")
