"""The counter's screen by keyboard: the main window opens maximised and comes back as it was left;
in the customer dialog Alt+N is the name and Alt+P the PAN, and the field Enter reaches scrolls
into sight when the dialog's body scrolls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fit_windows import World, close_all, customer_dialog, make_world
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press

from jewelpos.config import load_settings
from jewelpos.ui.main_window import GEOMETRY_KEY, MainWindow

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def world(qapp: QApplication, tmp_path: Path) -> Iterator[World]:
    built = make_world(tmp_path)
    yield built
    close_all(built)


def _window(w: World) -> MainWindow:
    window = MainWindow(
        w.services, w.runner, user=w.owner, clock=w.services.clock, data_dir=str(w.tmp / "data")
    )
    w.made.append(window)
    return window


def test_main_window_opens_maximised_then_as_it_was_left(qtbot: QtBot, world: World) -> None:
    """First start: maximised. Left normal, 650 px tall: it comes back so; left maximised: so."""
    first = _window(world)
    first.show_on_counter()
    qtbot.waitUntil(first.isVisible)
    assert first.isMaximized()
    first.showNormal()
    first.resize(1340, 650)
    QApplication.processEvents()
    first.close()
    assert load_settings(world.tmp / "data").extra[GEOMETRY_KEY]
    again = _window(world)
    again.show_on_counter()
    qtbot.waitUntil(again.isVisible)
    assert not again.isMaximized()
    assert again.height() == 650  # (the offscreen screen is 800 px wide: the width is clamped)
    again.showMaximized()
    QApplication.processEvents()
    again.close()
    third = _window(world)
    third.show_on_counter()
    qtbot.waitUntil(third.isVisible)
    assert third.isMaximized()


def test_alt_n_is_the_name_and_alt_p_the_pan(qtbot: QtBot, world: World) -> None:
    """Alt+N jumps to Name, Alt+P to PAN (both were Alt+N: PAN typed over the name)."""
    dialog: Any = customer_dialog(world)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.search.setFocus()
    press(Qt.Key.Key_N, ALT)
    assert focused() is dialog.name
    press(Qt.Key.Key_P, ALT)
    assert focused() is dialog.pan


def test_enter_brings_the_next_field_into_sight(qtbot: QtBot, world: World) -> None:
    """With every field and error showing the body scrolls; Enter to PAN shows PAN."""
    dialog: Any = customer_dialog(world)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.width(), 560)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    area = dialog.findChild(QScrollArea, "fitScroll")
    assert area is not None and area.verticalScrollBar().maximum() > 0  # it does scroll
    dialog.mobile.setFocus()
    for _ in range(6):  # mobile, name, state, address, city, PIN code -> PAN
        press(Qt.Key.Key_Return)
    assert focused() is dialog.pan
    QApplication.processEvents()
    top = dialog.pan.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + dialog.pan.height() <= area.viewport().height()
