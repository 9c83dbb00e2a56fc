"""The main window's status bar: the daily backup runs and its warning shows when the last good
backup is over a day old; Ctrl+Shift+F1 saves a report for support."""

from __future__ import annotations

import zipfile
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import press, type_text

from jewelpos.ui.widgets.backup_status import BackupStatusWidget
from jewelpos.ui.widgets.support_report import SupportReportButton

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_backup_warning_and_support_report_from_the_keyboard(
    qtbot: QtBot, ready_shop, make_counter, settings, clock
) -> None:  # type: ignore[no-untyped-def]
    """After login the daily backup runs (no warning); a stale status shows the warning; the
    support key saves a zip in the data folder."""
    counter = make_counter()
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    login.pin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is login.pin)
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text("1234")
        press(Qt.Key.Key_Return)
    window = counter.shell.main_window
    assert window is not None
    backup = window.findChild(BackupStatusWidget)
    support = window.findChild(SupportReportButton)
    assert backup is not None and support is not None
    assert "Ctrl+Shift+F1" in support.text()

    backup.check()
    qtbot.waitUntil(lambda: backup.status is not None, timeout=10_000)
    assert backup.status is not None and not backup.status.stale
    assert backup.isHidden()
    assert list(settings.backups_dir.glob("jewelpos-*.sqlite3"))

    # A status over a day old (what the service reports then, see test_backup_restore.py) shows.
    backup.show_status(replace(backup.status, stale=True))
    assert backup.isVisible()
    assert backup.text() == "Last good backup over a day ago"

    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    press(Qt.Key.Key_F1, CTRL_SHIFT)
    qtbot.waitUntil(lambda: support.last is not None, timeout=10_000)
    assert support.last is not None
    with zipfile.ZipFile(support.last.path) as zf:
        assert "versions.json" in zf.namelist()
