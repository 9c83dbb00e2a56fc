"""A counter whose clock is off head office's: the offset is learned from the server's time on
each answer, kept in sync_state, and the status bar warns "Clock is N min off head office"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import Engine

from jewelpos.server import store
from jewelpos.services.sync_status import SyncStatusService
from jewelpos.sync.client import open_transport, pull_all, push_all
from jewelpos.sync.state import SyncStore
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.sync_status import SyncStatusWidget
from syncsupport import ServerProcess, make_counter, unique_code


def test_counter_clock_15_min_fast_is_warned_about(
    qapp: QApplication, qtbot: object, tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """This PC reads 15 min ahead: after a sync the offset is about -900 s and the status bar
    says the clock is 15 min off; with the clock right again the warning goes."""
    from jewelpos.sync.client import enrol_counter

    branch = unique_code()
    store.add_branch(engine, code=branch)
    counter = make_counter(tmp_path / "c", branch_code=branch, counter_code="C1")
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    enrol_counter(counter.path, counter.data_dir, server.base, code, token_backend="file")
    counter.bill(gross_mg=2_000)
    sync = SyncStore(counter.path)
    transport = open_transport(sync, counter.data_dir, token_backend="file")
    transport.clock = lambda: datetime.now(UTC) + timedelta(minutes=15)
    try:
        assert push_all(sync, transport).sent >= 1
        status = SyncStatusService(counter.services.uow, counter.services.clock)
        offset = status.status().clock_offset_s
        assert offset is not None and -960 < offset < -840  # 15 min = 900 s, behind us

        runner = TaskRunner(qapp)
        window = QMainWindow()
        widget = SyncStatusWidget(runner, status.status, request_sync=None)
        widget.attach(window)
        qtbot.waitUntil(lambda: "Clock is 15 min off head office" in widget.text())  # type: ignore[attr-defined]
        assert widget.property("problem") is True

        transport.clock = lambda: datetime.now(UTC)
        pull_all(sync, transport)
        now_off = status.status().clock_offset_s
        assert now_off is not None and abs(now_off) < 60
        widget.refresh()
        qtbot.waitUntil(lambda: "Clock is" not in widget.text())  # type: ignore[attr-defined]
        window.close()
        runner.shutdown()
    finally:
        transport.close()
        sync.close()
        counter.close()
