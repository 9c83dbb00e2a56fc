"""The manager's sync dialog on real data (a real server): a change head office refused, with its
reason, goes again by Ctrl+R; a piece sold at two counters shows both bill numbers and the tag."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, update

from jewelpos.db.models import Category, Device, SyncOutbox
from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.sync_status import SyncStatusService
from jewelpos.sync.client import enrol_counter
from jewelpos.sync.worker import sync_locked
from jewelpos.ui.dialogs.sync_manager import SyncDialog
from jewelpos.ui.models.sync import RowRole
from jewelpos.ui.tasks import TaskRunner
from syncsupport import CounterDb, ServerProcess, make_counter, piece_in, unique_code

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _enrol(c: CounterDb, server: ServerProcess, engine: Engine, branch: str, code: str) -> None:
    one_time = store.make_enrol_code(engine, branch_code=branch, counter_code=code)
    enrol_counter(c.path, c.data_dir, server.base, one_time, check_codes=False)


def _reopen(folder: Path) -> CounterDb:
    from factories import services_for, user_named
    from jewelpos.domain.clock import SystemClock

    services = services_for(folder / "jewelpos.sqlite3", SystemClock())
    return CounterDb(folder / "jewelpos.sqlite3", folder, services, user_named(services, "owner"))


def test_dialog_shows_refused_changes_and_conflicts_and_sends_again(
    qapp: QApplication, qtbot: Any, tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """Refused change with head office's reason; Ctrl+R releases it (managers only) and asks
    for a sync; the piece sold on two bills at two counters lists both numbers and its tag."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    a = make_counter(tmp_path / "a", branch_code=branch, counter_code="C1")
    tag = a.services.stock.add_piece(piece_in(a), by=a.owner).tag_code
    a.close()
    (tmp_path / "b").mkdir()
    shutil.copyfile(a.path, tmp_path / "b" / "jewelpos.sqlite3")
    a, b = _reopen(tmp_path / "a"), _reopen(tmp_path / "b")
    with b.services.uow.begin() as s:  # the copy becomes a counter of its own
        s.execute(update(Device).where(Device.is_local.is_(True)).values(id=new_id(), code="C2"))
        s.execute(update(SyncOutbox).values(sent_at=datetime.now(UTC)))
    b.services.uow.capture.forget_identity()
    _enrol(a, server, engine, branch, "C1")
    _enrol(b, server, engine, branch, "C2")
    cat_id = new_id()
    version = "1735700000000-0000-ho"
    store.put_master_rows(
        engine,
        "category",
        [
            {
                "id": cat_id,
                "code": "HO" + branch,
                "name": "Temple jewellery",
                "metal": "gold",
                "default_purity": 916,
                "branch_id": "ho",
                "device_id": "ho",
                "created_at": "2025-06-01T00:00:00+00:00",
                "updated_at": "2025-06-01T00:00:00+00:00",
                "version": version,
            }
        ],
        version=version,
    )
    sync_locked(a.path, a.data_dir)
    with a.services.uow.begin() as s:  # a counter may not edit head office's catalogue
        cat = s.get(Category, cat_id)
        assert cat is not None
        cat.name = "Renamed at the counter"
    bill_a, bill_b = a.sell(tag), b.sell(tag)
    for c in (a, b, a):
        sync_locked(c.path, c.data_dir)

    runner = TaskRunner(qapp)
    service = SyncStatusService(a.services.uow, a.services.clock)
    asked: list[str] = []
    cashier = UserInfo("u2", "sunita", "Sunita", Role.CASHIER, "en")
    try:
        look = SyncDialog(service, runner, user=cashier, request_sync=None)
        with qtbot.waitSignal(look.loaded, timeout=10_000):
            look.show()
        assert not look.send_again_button.isEnabled()  # a cashier may look, not release
        look.close()

        dialog = SyncDialog(service, runner, user=a.owner, request_sync=lambda: asked.append("x"))
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        assert dialog.refused_model.rowCount() == 1
        held = dialog.refused_model.index(0, 0).data(RowRole)
        assert held.table == "category" and held.reason
        reason = dialog.refused_model.index(0, dialog.refused_model.REASON).data()
        assert reason == held.reason
        assert dialog.conflict_model.rowCount() == 1
        row = dialog.conflict_model
        assert row.index(0, row.PIECE).data() == tag
        bills = row.index(0, row.BILLS).data()
        assert bill_a.number in bills and bill_b.number in bills
        assert row.index(0, row.KIND).data() == "Piece sold on two bills"
        assert "1 changes" in dialog._values["unsent"].text()
        dialog.activateWindow()
        with qtbot.waitSignal(dialog.released, timeout=10_000) as done:
            QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert done.args == [1] and asked == ["x"]
        qtbot.waitUntil(lambda: dialog.refused_model.rowCount() == 0, timeout=10_000)
        assert service.status().quarantined == 0
    finally:
        runner.shutdown()
        a.close()
        b.close()
