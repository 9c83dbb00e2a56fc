"""Acceptance: 500 bills from two counters through a faulty proxy and a server restart arrive
exactly once, with the counters' totals, and leave both outboxes empty; with one server process
and with two behind one PostgreSQL."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from jewelpos.db.models import SyncOutbox
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_sync import SyncQuarantine
from jewelpos.sync.client import SyncError
from jewelpos.sync.worker import sync_locked
from syncsupport import (
    CounterDb,
    Faults,
    FaultyProxy,
    PgCluster,
    ServerProcess,
    enrol,
    make_counter,
    server_cmd,
)

BILLS_PER_COUNTER = 250


def _sync_until_clean(counter: CounterDb, *, attempts: int = 60) -> int:
    """Sync again and again (as the worker would) until a round succeeds with nothing unsent."""
    failures = 0
    for _ in range(attempts):
        try:
            report = sync_locked(counter.path, counter.data_dir, token_backend="file")
        except SyncError as e:
            assert e.kind in ("offline", "server"), e.message
            failures += 1
            # back off as the worker does: two server processes take a few seconds to restart
            time.sleep(min(1.0, 0.05 * failures))
            continue
        if report.unsent == 0:
            return failures
    raise AssertionError(f"{counter.path} still has unsent changes after {attempts} rounds")


def _local_bills(counter: CounterDb) -> dict[str, tuple[str, int]]:
    with counter.services.uow.read() as s:
        rows = s.execute(select(Invoice.id, Invoice.number, Invoice.net_payable_paise)).all()
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.fixture(params=[1, 2], ids=["one_worker", "two_workers"])
def fault_server(request: pytest.FixtureRequest, pg: PgCluster) -> Iterator[ServerProcess]:
    """``jewelpos-server serve --workers N`` on a database of its own."""
    url = pg.createdb("f" + uuid.uuid4().hex[:12])
    server_cmd(url, "db", "upgrade")
    extra = ("--enrol-per-minute", "100000", "--workers", str(request.param))
    proc = ServerProcess(url, extra=extra).start()
    try:
        yield proc
    finally:
        proc.stop()


def test_500_bills_two_counters_faulty_network_and_restart_arrive_exactly_once(
    tmp_path: Path, fault_server: ServerProcess
) -> None:
    """Each bill is held once by the server, totals agree, both outboxes end empty."""
    server, server_db = fault_server, fault_server.url
    server_cmd(server_db, "branch", "add", "B1")
    server_cmd(server_db, "branch", "add", "B2")
    faults = Faults(drop_request=0.12, drop_response=0.12, duplicate=0.12, delay=0.12)
    proxy = FaultyProxy(server.port, faults).start()
    a = make_counter(tmp_path / "a", branch_code="B1", counter_code="C1")
    b = make_counter(tmp_path / "b", branch_code="B2", counter_code="C1")
    try:
        enrol(a, server_url=proxy.base, db_url=server_db, branch="B1", code_for="C1")
        enrol(b, server_url=proxy.base, db_url=server_db, branch="B2", code_for="C1")

        def work(counter: CounterDb, restart_at: int | None) -> None:
            for i in range(BILLS_PER_COUNTER):
                counter.bill(gross_mg=3_000 + 7 * i)
                if i % 25 == 24:
                    if restart_at is not None and i >= restart_at:
                        server.restart()  # in the middle: some work is in flight
                        restart_at = None
                    _sync_until_clean(counter)

        errors: list[BaseException] = []

        def run(counter: CounterDb, restart_at: int | None) -> None:
            try:
                work(counter, restart_at)
            except BaseException as e:  # surfaced below
                errors.append(e)

        ta = threading.Thread(target=run, args=(a, BILLS_PER_COUNTER // 2))
        tb = threading.Thread(target=run, args=(b, None))
        ta.start()
        tb.start()
        ta.join()
        tb.join()
        assert not errors, errors
        _sync_until_clean(a)
        _sync_until_clean(b)
    finally:
        proxy.stop()

    assert all(faults.done[k] > 0 for k in ("drop_request", "drop_response", "duplicate", "delay"))

    bills_a, bills_b = _local_bills(a), _local_bills(b)
    assert len(bills_a) == len(bills_b) == BILLS_PER_COUNTER
    engine = create_engine(server_db)
    try:
        with engine.connect() as conn:
            held = conn.execute(
                text(
                    "SELECT row_id, payload->>'number', (payload->>'net_payable_paise')::bigint,"
                    " b.code FROM row_store r JOIN branch b ON b.id = r.branch_id"
                    " WHERE table_name = 'invoice'"
                )
            ).all()
            changes = conn.execute(text("SELECT count(*) FROM applied_change")).scalar_one()
            dupes = conn.execute(
                text(
                    "SELECT count(*) FROM (SELECT payload->>'number' n FROM row_store"
                    " WHERE table_name='invoice' GROUP BY 1 HAVING count(*) > 1) x"
                )
            ).scalar_one()
    finally:
        engine.dispose()
    assert len(held) == 2 * BILLS_PER_COUNTER
    assert dupes == 0
    by_branch: dict[str, dict[str, tuple[str, int]]] = {"B1": {}, "B2": {}}
    for row_id, number, net, code in held:
        by_branch[code][row_id] = (number, net)
    assert by_branch["B1"] == bills_a
    assert by_branch["B2"] == bills_b
    assert sum(n for _, n in by_branch["B1"].values()) == sum(n for _, n in bills_a.values())

    outbox_total = 0
    for counter in (a, b):
        with counter.services.uow.read() as s:
            unsent = s.scalar(
                select(func.count()).select_from(SyncOutbox).where(SyncOutbox.sent_at.is_(None))
            )
            outbox_total += s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
            held_back = s.scalar(select(func.count()).select_from(SyncQuarantine))
        assert unsent == 0
        assert held_back == 0
        counter.close()
    # every change of both counters was applied exactly once (the dedup record is permanent)
    assert changes == outbox_total
