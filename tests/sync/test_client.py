"""The counter's sync client against a real server: pull without echo, 410 keeps unsent work,
quarantine does not block, a piece sold twice is flagged on both sides, the single-instance
lock, the background worker, the CLI and the token file."""

from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, update

from jewelpos.db.models import Category, Customer, Device, SyncOutbox
from jewelpos.db.models_sync import SyncConflict
from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.db import make_server_engine
from jewelpos.services.customers import CustomerInput
from jewelpos.services.sync_status import SyncStatusService
from jewelpos.sync.lock import InstanceLock, SyncBusy, lock_path_for
from jewelpos.sync.tokens import TokenStore
from jewelpos.sync.worker import SyncWorker, backoff_delay, sync_locked
from syncsupport import (
    CounterDb,
    ServerProcess,
    make_counter,
    piece_in,
    short_branch,
    unique_code,
)


def _enrol(
    counter: CounterDb, server: ServerProcess, engine: Engine, branch: str, code: str
) -> None:
    from jewelpos.sync.client import enrol_counter

    one_time = store.make_enrol_code(engine, branch_code=branch, counter_code=code)
    # the test counters keep local codes (B1/C1) while the session's server codes are unique
    enrol_counter(
        counter.path,
        counter.data_dir,
        server.base,
        one_time,
        token_backend="file",
        check_codes=False,
    )


def _outbox(counter: CounterDb, *, unsent: bool = False) -> int:
    with counter.services.uow.read() as s:
        q = select(func.count()).select_from(SyncOutbox)
        if unsent:
            q = q.where(SyncOutbox.sent_at.is_(None))
        return int(s.scalar(q) or 0)


def _customer(counter: CounterDb, mobile: str, name: str) -> str:
    info = counter.services.customers.save(
        CustomerInput(mobile=mobile, name=name), by=counter.owner
    )
    return str(info.id)


def _mobile() -> str:
    return "9" + "".join(random.choice("0123456789") for _ in range(9))


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory, server: ServerProcess, engine: Engine
) -> tuple[CounterDb, CounterDb]:
    """Two enrolled counters of two branches on the session's server."""
    folder = tmp_path_factory.mktemp("pair")
    b1, b2 = unique_code(), unique_code()
    store.add_branch(engine, code=b1)
    store.add_branch(engine, code=b2)
    a = make_counter(folder / "a", branch_code=b1, counter_code="C1")
    b = make_counter(folder / "b", branch_code=b2, counter_code="C1")
    _enrol(a, server, engine, b1, "C1")
    _enrol(b, server, engine, b2, "C1")
    sync_locked(a.path, a.data_dir)
    sync_locked(b.path, b.data_dir)
    return a, b


def test_pulled_rows_are_applied_without_new_outbox_rows(pair: tuple[CounterDb, CounterDb]) -> None:
    """A customer made at counter A appears at B by pull; B's outbox does not grow."""
    a, b = pair
    cid = _customer(a, _mobile(), "Meera Iyer")
    sync_locked(a.path, a.data_dir)
    before = _outbox(b)
    report = sync_locked(b.path, b.data_dir)
    assert report.pulled >= 1
    assert _outbox(b) == before
    with b.services.uow.read() as s:
        row = s.get(Customer, cid)
        assert row is not None and row.name == "Meera Iyer"
    # the later version wins: A renames, B pulls the newer name
    a.services.customers.save(
        CustomerInput(id=cid, mobile=row.mobile, name="Meera S. Iyer"), by=a.owner
    )
    sync_locked(a.path, a.data_dir)
    sync_locked(b.path, b.data_dir)
    with b.services.uow.read() as s:
        again = s.get(Customer, cid)
        assert again is not None and again.name == "Meera S. Iyer"


def test_rejected_change_is_quarantined_without_blocking_later_ones(
    pair: tuple[CounterDb, CounterDb], server: ServerProcess, engine: Engine
) -> None:
    """A counter's edit of head office's catalogue is refused and held back; a bill made
    after it still reaches the server; `sync run` reports the held change (exit 1)."""
    a, _ = pair
    hq = unique_code("H")
    store.add_branch(engine, code=hq)
    cat_id = new_id()
    store.put_master_rows(
        engine,
        "category",
        [
            {
                "id": cat_id,
                "code": "HO" + hq,
                "name": "Temple jewellery",
                "metal": "gold",
                "default_purity": 916,
                "branch_id": "ho",
                "device_id": "ho",
                "created_at": "2025-06-01T00:00:00+00:00",
                "updated_at": "2025-06-01T00:00:00+00:00",
                "version": "1735700000000-0000-ho",
            }
        ],
        version="1735700000000-0000-ho",
    )
    sync_locked(a.path, a.data_dir)
    with a.services.uow.begin() as s:
        cat = s.get(Category, cat_id)
        assert cat is not None
        cat.name = "Renamed at the counter"
    bill = a.bill(gross_mg=2_000)
    report = sync_locked(a.path, a.data_dir)
    assert report.rejected == 1
    assert report.unsent == 1
    status = SyncStatusService(a.services.uow, a.services.clock).status()
    assert (status.unsent, status.quarantined) == (1, 1)
    with engine.connect() as conn:
        from jewelpos.server.models import row_store

        held = conn.execute(
            select(row_store.c.payload).where(row_store.c.row_id == bill.id)
        ).scalar_one()
    assert held["number"] == bill.number
    from jewelpos.cli import run

    assert run(["--data-dir", str(a.data_dir), "sync", "run"]) == 1
    assert run(["--data-dir", str(a.data_dir), "sync", "release"]) == 0
    assert run(["--data-dir", str(a.data_dir), "sync", "run"]) == 1  # refused again, held again


def test_cursor_too_old_restarts_the_stream_and_keeps_unsent_work(
    tmp_path: Path, own_server: ServerProcess
) -> None:
    """A 410 makes the counter download the stream again; its unsent changes stay unsent."""
    engine = make_server_engine(own_server.url)
    store.add_branch(engine, code="B1")
    store.add_branch(engine, code="B2")
    a = make_counter(tmp_path / "a", branch_code="B1", counter_code="C1")
    b = make_counter(tmp_path / "b", branch_code="B2", counter_code="C1")
    _enrol(a, own_server, engine, "B1", "C1")
    _enrol(b, own_server, engine, "B2", "C1")
    keep = _customer(b, _mobile(), "Kept")
    _customer(b, _mobile(), "Short lived")
    sync_locked(b.path, b.data_dir)
    sync_locked(a.path, a.data_dir)
    with engine.begin() as conn:  # head office forgets an old deleted row
        from jewelpos.server.models import row_store

        top = conn.execute(select(func.max(row_store.c.seq))).scalar_one()
        conn.execute(
            update(row_store)
            .where(row_store.c.seq == top)
            .values(op="delete", updated_at=datetime.now(UTC) - timedelta(days=400))
        )
    assert store.prune_tombstones(engine, older_than=datetime.now(UTC) - timedelta(days=30)) == 1
    _customer(b, _mobile(), "After the purge")
    sync_locked(b.path, b.data_dir)
    # A works offline: its change is unsent when the 410 comes
    local = _customer(a, _mobile(), "Unsent at A")
    with a.services.uow.read() as s:
        waiting = s.scalars(select(SyncOutbox.id).where(SyncOutbox.sent_at.is_(None))).all()
    assert waiting
    from jewelpos.sync.client import open_transport, pull_all
    from jewelpos.sync.state import SyncStore

    st = SyncStore(a.path)
    assert st.cursor("shared") > 0
    transport = open_transport(st, a.data_dir)
    with pytest.raises(Exception) as gone:
        transport.pull("shared", st.cursor("shared"))
    assert getattr(gone.value, "status", None) == 410
    pulled = pull_all(st, transport)
    transport.close()
    st.close()
    assert pulled >= 2
    with a.services.uow.read() as s:
        still = s.scalars(select(SyncOutbox.id).where(SyncOutbox.sent_at.is_(None))).all()
        assert set(waiting) <= set(still)
        assert s.get(Customer, keep) is not None
        assert s.get(Customer, local) is not None
    assert sync_locked(a.path, a.data_dir).unsent == 0
    engine.dispose()
    for c in (a, b):
        c.close()


def test_piece_sold_at_two_counters_offline_is_flagged_on_both(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """Counter C2 starts from a copy of C1 (same stock); both sell one piece offline: both bills
    reach head office, and each counter gets a conflict for the manager."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    a = make_counter(tmp_path / "a", branch_code=branch, counter_code="C1")
    tag = a.services.stock.add_piece(piece_in(a), by=a.owner).tag_code
    a.close()
    (tmp_path / "b").mkdir()
    shutil.copyfile(a.path, tmp_path / "b" / "jewelpos.sqlite3")
    from factories import services_for, user_named
    from jewelpos.domain.clock import SystemClock

    def reopen(folder: Path) -> CounterDb:
        services = services_for(folder / "jewelpos.sqlite3", SystemClock())
        return CounterDb(
            folder / "jewelpos.sqlite3", folder, services, user_named(services, "owner")
        )

    a, b = reopen(tmp_path / "a"), reopen(tmp_path / "b")
    with b.services.uow.begin() as s:  # the copy becomes a counter of its own
        s.execute(update(Device).where(Device.is_local.is_(True)).values(id=new_id(), code="C2"))
        s.execute(update(SyncOutbox).values(sent_at=datetime.now(UTC)))
    b.services.uow.capture.forget_identity()
    _enrol(a, server, engine, branch, "C1")
    _enrol(b, server, engine, branch, "C2")
    bill_a, bill_b = a.sell(tag), b.sell(tag)
    for c in (a, b, a, b):
        sync_locked(c.path, c.data_dir)
    for c, mine in ((a, bill_a), (b, bill_b)):
        with c.services.uow.read() as s:
            conflicts = s.scalars(select(SyncConflict)).all()
        assert [k.kind for k in conflicts] == ["piece_sold_twice"]
        assert mine.id in conflicts[0].details["documents"]
    for c in (a, b):
        c.close()


def test_single_instance_lock(tmp_path: Path, pair: tuple[CounterDb, CounterDb]) -> None:
    """While one process syncs a database, another cannot: worker, sync_locked and the CLI."""
    a, _ = pair
    holder = InstanceLock(lock_path_for(a.path))
    assert holder.acquire()
    try:
        assert not InstanceLock(lock_path_for(a.path)).acquire()
        with pytest.raises(SyncBusy):
            sync_locked(a.path, a.data_dir)
        events: list[str] = []
        worker = SyncWorker(a.path, a.data_dir, listener=lambda what, _p: events.append(what))
        assert not worker.start()
        assert events == ["busy"]
        env = {**os.environ, "JEWELPOS_TOKEN_STORE": "file"}
        done = subprocess.run(
            [sys.executable, "-m", "jewelpos", "--data-dir", str(a.data_dir), "sync", "run"],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 3, done.stderr
    finally:
        holder.release()
    again = InstanceLock(lock_path_for(a.path))
    assert again.acquire()
    again.release()


def test_worker_syncs_at_start_on_request_and_backs_off(pair: tuple[CounterDb, CounterDb]) -> None:
    """The worker syncs at start, again when asked after a bill, and reports failures."""
    a, _ = pair
    events: list[tuple[str, Any]] = []
    done = threading.Event()

    def listen(what: str, payload: object) -> None:
        events.append((what, payload))
        if what in ("done", "failed"):
            done.set()

    worker = SyncWorker(a.path, a.data_dir, interval_s=3600, listener=listen)
    assert worker.start()
    try:
        assert done.wait(20)
        done.clear()
        a.bill(gross_mg=2_500)
        assert _outbox(a, unsent=True) > 1
        worker.request()
        assert done.wait(20)
    finally:
        worker.stop()
    kinds = [w for w, _ in events]
    assert kinds == ["started", "done", "started", "done"]
    held = SyncStatusService(a.services.uow, a.services.clock).status().quarantined
    assert events[-1][1].unsent == held  # only changes head office refused are left
    rng = random.Random(1)
    delays = [backoff_delay(n, rng=rng) for n in range(1, 12)]
    assert 1.0 <= delays[0] <= 2.0 and all(d <= 300 for d in delays) and delays[-1] >= 150


def test_sync_cli_enrol_run_status_and_token_file(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """`jewelpos sync enrol`, `run` (exit 0 when all sent) and `status` (JSON); token 0600."""
    from jewelpos.cli import run

    branch = short_branch(engine)  # the counter's own codes: `sync enrol` refuses others
    c = make_counter(tmp_path / "c", branch_code=branch, counter_code="C7")
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C7")
    home = ["--data-dir", str(c.data_dir)]
    assert run([*home, "sync", "enrol", server.base, code]) == 0
    token_file = c.data_dir / "sync-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    device_id = c.services.setup.shop_info().device_id
    assert TokenStore(c.data_dir, device_id, backend="file").load()
    assert run([*home, "sync", "status"]) == 0
    c.bill(gross_mg=2_000)
    assert run([*home, "sync", "run"]) == 0
    status = SyncStatusService(c.services.uow, c.services.clock).status().as_dict()
    assert status["unsent"] == 0 and status["all_sent"] and status["enrolled"]
    assert status["counter_code"] == "C7" and status["last_success_at"]
    json.dumps(status)
    c.close()


def test_push_of_many_batches_goes_once_in_outbox_order(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """4,100 changes (three batches, the next read and sent while the last is stored): one
    batch at a time stops after it with exactly that batch marked sent; the rest follows and
    head office holds every row once, its sequence numbers in the outbox's order."""
    from jewelpos.db.outbox import bulk_insert
    from jewelpos.server.models import row_store
    from jewelpos.sync.client import open_transport, push_all
    from jewelpos.sync.protocol import PUSH_BATCH
    from jewelpos.sync.state import SyncStore

    branch = unique_code()
    store.add_branch(engine, code=branch)
    counter = make_counter(tmp_path / "many", branch_code=branch, counter_code="C1")
    _enrol(counter, server, engine, branch, "C1")
    sync_locked(counter.path, counter.data_dir)  # setup's own rows
    prefix = _mobile()[:4]
    with counter.services.uow.begin() as s:
        rows = [
            {"mobile": f"{prefix}{i:06d}", "name": f"Customer {i}", "name_key": f"customer {i}"}
            for i in range(4_100)
        ]
        bulk_insert(s, Customer, rows)
    sync = SyncStore(counter.path)
    transport = open_transport(sync, counter.data_dir, token_backend="file")
    try:
        first = push_all(sync, transport, max_batches=1)
        assert (first.sent, sync.unsent_count()) == (PUSH_BATCH, 4_100 - PUSH_BATCH)
        rest = push_all(sync, transport)
        assert (rest.sent, rest.rejected, sync.unsent_count()) == (4_100 - PUSH_BATCH, 0, 0)
    finally:
        transport.close()
        sync.close()
    with counter.services.uow.read() as s:
        outbox_order = list(
            s.scalars(
                select(SyncOutbox.row_id)
                .where(SyncOutbox.table_name == "customer")
                .order_by(SyncOutbox.seq)
            )
        )
        assert s.scalar(select(func.min(SyncOutbox.attempts))) == 1
    with engine.connect() as conn:
        stored = [
            r[0]
            for r in conn.execute(
                select(row_store.c.row_id)
                .where(
                    row_store.c.table_name == "customer",
                    row_store.c.row_id.in_(outbox_order),
                )
                .order_by(row_store.c.seq)
            )
        ]
    assert len(outbox_order) == 4_100
    assert stored == outbox_order
