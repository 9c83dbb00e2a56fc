"""Keyboard and screenshot helpers for the GUI tests: keys go to whatever has focus, as a person's would."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from jewelpos.config import Settings
from jewelpos.domain.clock import Clock

SHOTS = Path(os.environ.get("JEWELPOS_SHOTS", "/tmp/shots"))
# 10:30 in the shop (Asia/Kolkata) on Friday 14 November 2025.
SHOP_MORNING = datetime(2025, 11, 14, 5, 0, tzinfo=UTC)
OWNER = ("ramesh", "1234")
CASHIER = ("sunita", "4321")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type into whatever has focus, one key at a time; Devanagari goes as raw key text."""
    for ch in text:
        widget = focused()
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:  # QTest.keyClicks aborts the process on non-ASCII text
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def shot(widget: QWidget, name: str) -> None:
    """Save what the widget looks like, for a person to look at (not compared by the tests)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout requests settle first
    widget.grab().save(str(SHOTS / f"{name}.png"))


def open_services(settings: Settings, clock: Clock) -> tuple[Any, Any]:
    """Services on the counter's own database file, migrated exactly as at start-up."""
    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade_database(settings.db_path, settings.backups_dir, keep=settings.backups_to_keep)
    engine = make_engine(settings.db_path)
    return engine, build_services(engine, clock)
