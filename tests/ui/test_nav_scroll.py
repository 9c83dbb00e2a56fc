"""The main window's side bar scrolls to the button of the screen shown: at 1366 x 728 with the
counter's theme the last screens' buttons are below the fold, and a key must not leave the
chosen screen's button out of sight."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from factories import services_for, shop_db, user_named
from jewelpos.ui.i18n import Translations
from jewelpos.ui.main_window import MainWindow
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.theme import apply_theme


@pytest.fixture(params=["en", "hi"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> Iterator[MainWindow]:
    sheet, font = qapp.styleSheet(), qapp.font()
    translations = Translations(qapp)
    assert translations.set_language(request.param)
    apply_theme(qapp, request.param)  # the counter's font and paddings decide what fits
    services = services_for(shop_db(tmp_path / "shop.sqlite3"))
    runner = TaskRunner()
    win = MainWindow(
        services,
        runner,
        user=user_named(services, "owner"),
        clock=services.clock,
        data_dir=str(tmp_path / "data"),
    )
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    yield win
    runner.wait_idle(10_000)
    services.engine.dispose()
    translations.reset()
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def _in_sight(win: MainWindow, name: str) -> bool:
    button = win.nav_buttons[name]
    viewport = win.nav_area.viewport()
    top = button.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + button.height() <= viewport.height()


def test_every_screen_shown_has_its_side_bar_button_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Last screen first (below the fold), then the first again: each button is scrolled to."""
    names = [n for n in window.SCREENS if window.nav_buttons[n].isVisibleTo(window)]
    assert not all(_in_sight(window, n) for n in names)  # the bar does overflow at this size
    for name in [*reversed(names), *names]:
        window.show_screen(name)
        qtbot.waitUntil(lambda n=name: window.current_screen() == n, timeout=10_000)
        assert _in_sight(window, name), name


def _widest_line(button: QPushButton) -> int:
    bold = QFont(button.font())
    bold.setBold(True)  # as the checked button draws it
    return max(QFontMetrics(bold).horizontalAdvance(line) for line in button.text().split("\n"))


def test_side_bar_texts_fit_their_buttons(window: MainWindow) -> None:
    """Every side-bar button's name and key fit inside its padding (a long one, like
    Campaigns  Ctrl+Shift+C, takes two lines instead of being cut)."""
    buttons = [
        window.nav_buttons[n] for n in window.SCREENS if window.nav_buttons[n].isVisibleTo(window)
    ]
    buttons += [window.day_end_button, window.settings_button, window.logout_button]
    too_wide = [
        b.text() for b in buttons if _widest_line(b) > window.nav_area.viewport().width() - 20
    ]
    assert too_wide == []
