"""The status-bar sync indicator on a real counter database (Qt offscreen): it shows what is
unsent, asks for a sync when a new document appears, and Ctrl+Shift+S asks for one at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from jewelpos.services.sync_status import SyncStatusService
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.sync_status import SyncStatusWidget
from syncsupport import make_counter


def test_status_bar_shows_unsent_work_and_sync_now_key(
    qapp: QApplication, qtbot: object, tmp_path: Path
) -> None:
    """Never "all sent" while bills wait; a new bill and the Sync-now key both request a sync."""
    counter = make_counter(tmp_path / "c", branch_code="B1", counter_code="C1")
    runner = TaskRunner(qapp)
    requests: list[str] = []
    status = SyncStatusService(counter.services.uow, counter.services.clock)
    window = QMainWindow()
    # as if enrolled with head office (this test's server is not running): the unsent count shows
    widget = SyncStatusWidget(
        runner,
        lambda: replace(status.status(), enrolled=True),
        request_sync=lambda: requests.append("x"),
    )
    widget.attach(window)
    qtbot.waitUntil(lambda: widget.status is not None)  # type: ignore[attr-defined]
    assert "unsent" in widget.text() and "all sent" not in widget.text()
    before = widget.status.unsent if widget.status else 0
    counter.bill(gross_mg=2_000)
    widget.refresh()
    qtbot.waitUntil(lambda: widget.status is not None and widget.status.unsent > before)  # type: ignore[attr-defined]
    assert requests == ["x"]
    assert widget.action in window.actions()
    assert widget.action.shortcut().toString() == "Ctrl+Shift+S"
    widget.action.trigger()
    assert requests == ["x", "x"]
    widget.on_sync_event("failed", type("E", (), {"message": "Head office cannot be reached"})())
    qtbot.waitUntil(lambda: "cannot be reached" in widget.text())  # type: ignore[attr-defined]
    window.close()
    runner.shutdown()
    counter.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_a_shop_without_head_office_is_told_so_calmly(
    qapp: QApplication, qtbot: object, tmp_path: Path
) -> None:
    """Not enrolled, bills saved: "Not connected to head office", no unsent count, no warning."""
    counter = make_counter(tmp_path / "c", branch_code="B1", counter_code="C1")
    counter.bill(gross_mg=2_000)
    runner = TaskRunner(qapp)
    status = SyncStatusService(counter.services.uow, counter.services.clock)
    assert status.status().unsent > 0 and not status.status().enrolled
    window = QMainWindow()
    window.resize(1366, 768)
    widget = SyncStatusWidget(runner, status.status, request_sync=None)
    widget.attach(window)
    window.show()
    qtbot.waitUntil(lambda: widget.status is not None)  # type: ignore[attr-defined]
    assert widget.text() == "Not connected to head office"
    assert widget.property("problem") is False
    window.grab().save("/tmp/screens-sync-status.png")
    window.close()
    runner.shutdown()
    counter.close()
