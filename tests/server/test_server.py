"""jewelpos-server on a real PostgreSQL: enrolment, branch isolation, revocation, conflicts,
head-office rules, pull cursors that never skip a late commit, and the reports."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, insert, select

from jewelpos.domain.ids import new_id
from jewelpos.server import reports, store
from jewelpos.server.db import make_server_engine
from jewelpos.server.models import row_store
from jewelpos.server.schemas import ALLOWED
from serverrows import full_row, invoice
from syncsupport import ServerProcess, server_cmd, unique_code

V1 = "1735700000000-0000-aaaa"
V2 = "1735700000001-0000-aaaa"


def _device(
    server: ServerProcess, engine: Engine, branch: str, counter: str, *, ho: bool = False
) -> dict[str, str]:
    role = store.ROLE_HEAD_OFFICE if ho else store.ROLE_COUNTER
    code = store.make_enrol_code(engine, branch_code=branch, counter_code=counter, role=role)
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _change(table: str, row_id: str, version: str = V1, **payload: Any) -> dict[str, Any]:
    return {
        "id": new_id(),
        "table": table,
        "row_id": row_id,
        "op": "insert",
        "version": version,
        "payload": full_row(table, row_id, **payload) if table in ALLOWED else {"id": row_id},
    }


def _push(
    server: ServerProcess, auth: dict[str, str], *changes: dict[str, Any]
) -> list[dict[str, Any]]:
    r = requests.post(f"{server.base}/v1/push", json={"changes": list(changes)}, headers=auth)
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["results"]
    return results


def _pull(
    server: ServerProcess, auth: dict[str, str], stream: str, cursor: int = 0
) -> dict[str, Any]:
    r = requests.get(
        f"{server.base}/v1/pull", params={"stream": stream, "cursor": cursor}, headers=auth
    )
    assert r.status_code == 200, r.text
    page: dict[str, Any] = r.json()
    return page


@pytest.fixture
def codes() -> tuple[str, str]:
    return unique_code(), unique_code()


@pytest.fixture
def two_branches(
    server: ServerProcess, engine: Engine, codes: tuple[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    for code in codes:
        store.add_branch(engine, code=code)
    return _device(server, engine, codes[0], "C1"), _device(server, engine, codes[1], "C1")


def test_enrol_code_is_one_time_and_expires(
    server: ServerProcess, server_db: str, engine: Engine
) -> None:
    """A spent code refuses a second device; an expired code refuses everyone (CLI-made)."""
    branch = unique_code()
    server_cmd(server_db, "branch", "add", branch)
    code = server_cmd(server_db, "enrol-code", branch, "C1").stdout.strip()
    first = new_id()
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": first})
    assert r.status_code == 200
    assert (r.json()["branch_code"], r.json()["counter_code"]) == (branch, "C1")
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    assert r.status_code == 400
    old = store.make_enrol_code(
        engine, branch_code=branch, counter_code="C9", valid_for=timedelta(seconds=-1)
    )
    r = requests.post(f"{server.base}/v1/enrol", json={"code": old, "device_id": new_id()})
    assert r.status_code == 400


def test_branch_a_can_neither_read_nor_write_branch_b_private_rows(
    server: ServerProcess,
    engine: Engine,
    codes: tuple[str, str],
    two_branches: tuple[dict[str, str], dict[str, str]],
) -> None:
    """Private rows stay in their branch; shared customers are seen by every branch."""
    a, b = two_branches
    b_sibling = _device(server, engine, codes[1], "C2")
    secret, customer = new_id(), new_id()
    assert [
        r["result"]
        for r in _push(server, b, _change("invoice", secret, **invoice(codes[1], "C1", 1)))
    ] == ["applied"]
    _push(server, b, _change("customer", customer, name="Asha"))
    # A cannot see B's invoice in any stream
    for stream in ("master", "shared", "branch", "conflicts"):
        assert secret not in {row["row_id"] for row in _pull(server, a, stream)["rows"]}
    # ...while B's other counter does, and A sees the shared customer
    assert secret in {row["row_id"] for row in _pull(server, b_sibling, "branch")["rows"]}
    assert customer in {row["row_id"] for row in _pull(server, a, "shared")["rows"]}
    # A cannot overwrite B's invoice, even with a newer version and a forged branch_id
    forged = _change("invoice", secret, V2, **invoice(codes[0], "C1", 1), branch_id=codes[1])
    (res,) = _push(server, a, forged)
    assert res["result"] == "rejected"
    assert "another branch" in res["reason"]
    rows = _pull(server, b_sibling, "branch")["rows"]
    assert (
        next(r for r in rows if r["row_id"] == secret)["payload"]["number"]
        == f"I{codes[1]}-C1/26/00001"
    )


def test_revoked_and_unknown_devices_are_refused(
    server: ServerProcess,
    server_db: str,
    codes: tuple[str, str],
    two_branches: tuple[dict[str, str], dict[str, str]],
) -> None:
    """After `revoke` every request of the device is 403; an unknown token is 401."""
    a, _ = two_branches
    assert requests.get(f"{server.base}/v1/me", headers=a).status_code == 200
    server_cmd(server_db, "revoke", f"{codes[0]}/C1")
    assert requests.get(f"{server.base}/v1/me", headers=a).status_code == 403
    r = requests.post(
        f"{server.base}/v1/push", json={"changes": [_change("customer", new_id())]}, headers=a
    )
    assert r.status_code == 403
    r = requests.get(f"{server.base}/v1/pull", params={"stream": "shared"}, headers=a)
    assert r.status_code == 403
    bad = {"Authorization": "Bearer " + "x" * 43}
    assert requests.get(f"{server.base}/v1/me", headers=bad).status_code == 401
    assert requests.get(f"{server.base}/v1/me").status_code == 401


def test_master_data_head_office_wins_and_shared_rows_later_version_wins(
    server: ServerProcess, engine: Engine, two_branches: tuple[dict[str, str], dict[str, str]]
) -> None:
    """A counter cannot change head office's catalogue; on a customer the newer HLC wins."""
    a, b = two_branches
    hq = unique_code("H")
    store.add_branch(engine, code=hq)
    ho = _device(server, engine, hq, "H1", ho=True)
    cat = new_id()
    _push(server, ho, _change("category", cat, name="Chains"))
    assert cat in {r["row_id"] for r in _pull(server, a, "master")["rows"]}
    (res,) = _push(server, a, _change("category", cat, V2, name="Mine"))
    assert res["result"] == "rejected"
    cust = new_id()
    _push(server, a, _change("customer", cust, V2, name="Newer"))
    (res,) = _push(server, b, _change("customer", cust, V1, name="Older"))
    assert res["result"] == "applied"
    rows = _pull(server, b, "shared")["rows"]
    assert next(r for r in rows if r["row_id"] == cust)["payload"]["name"] == "Newer"


def test_malformed_changes_are_rejected_one_by_one_not_the_batch(
    server: ServerProcess, two_branches: tuple[dict[str, str], dict[str, str]]
) -> None:
    """A bad change gets its own rejection; the good ones around it are applied."""
    a, _ = two_branches
    good1, good2 = _change("customer", new_id()), _change("customer", new_id())
    wrong_id = _change("customer", new_id())
    wrong_id["payload"]["id"] = new_id()
    bad_version = _change("customer", new_id(), "yesterday")
    nul = _change("customer", new_id(), name="a\u0000b")
    local = _change("sync_outbox", new_id())
    results = _push(server, a, good1, wrong_id, bad_version, nul, local, good2)
    assert [r["result"] for r in results] == ["applied"] + ["rejected"] * 4 + ["applied"]


def test_piece_sold_at_two_counters_raises_one_conflict_for_both_branches(
    server: ServerProcess,
    engine: Engine,
    codes: tuple[str, str],
    two_branches: tuple[dict[str, str], dict[str, str]],
) -> None:
    """Two final invoices with the same piece: both kept, one conflict seen by both sides."""
    a, b = two_branches
    piece = new_id()
    inv_a, inv_b = new_id(), new_id()
    _push(server, a, _change("invoice", inv_a, **invoice(codes[0], "C1", 1)))
    _push(server, a, _change("invoice_line", new_id(), invoice_id=inv_a, piece_id=piece))
    assert _pull(server, a, "conflicts")["rows"] == []
    _push(server, b, _change("invoice", inv_b, **invoice(codes[1], "C1", 1)))
    _push(server, b, _change("invoice_line", new_id(), invoice_id=inv_b, piece_id=piece))
    for auth in (a, b):
        rows = _pull(server, auth, "conflicts")["rows"]
        assert [r["payload"]["piece_id"] for r in rows] == [piece]
        assert sorted(rows[0]["payload"]["details"]["documents"]) == sorted([inv_a, inv_b])
    with engine.connect() as conn:
        kept = conn.execute(
            select(row_store.c.row_id).where(row_store.c.row_id.in_([inv_a, inv_b]))
        ).all()
    assert len(kept) == 2


def test_pull_never_skips_a_row_committed_late(engine: Engine) -> None:
    """T1 takes its sequence number first but commits after T2 started: the puller, polling
    all along, still sees both rows, in commit order."""
    branch = unique_code()
    bid = store.add_branch(engine, code=branch)
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    from jewelpos.sync.protocol import EnrolRequest

    dev = store.enrol(engine, EnrolRequest(code=code, device_id=new_id()))
    auth = store.authenticate(engine, dev.token)
    reader = store.DeviceAuth(new_id(), bid, branch, "C2", "counter")

    def row(seq: int) -> dict[str, Any]:
        rid = new_id()
        return {
            "table_name": "invoice",
            "row_id": rid,
            "scope": "branch",
            "branch_id": bid,
            "origin_device": auth.device_id,
            "op": "insert",
            "version": V1,
            "seq": seq,
            "payload": {"id": rid},
            "ref_key": None,
            "updated_at": datetime.now(UTC),
        }

    t1 = engine.connect()
    t1.begin()
    s1 = store.allocate_seq(t1, 1)
    t1.execute(insert(row_store), [row(s1)])
    t2_done = threading.Event()

    def second() -> None:
        with engine.begin() as t2:
            s2 = store.allocate_seq(t2, 1)  # waits for T1's lock
            t2.execute(insert(row_store), [row(s2)])
        t2_done.set()

    th = threading.Thread(target=second)
    th.start()
    seen: list[int] = []
    cursor = 0
    deadline = time.monotonic() + 0.5
    while time.monotonic() < deadline:
        page = store.pull(engine, reader, stream="branch", cursor=cursor, limit=100)
        seen += [r["seq"] for r in page["rows"]]
        cursor = page["next_cursor"]
        time.sleep(0.02)
    assert not t2_done.is_set()  # T2 is held behind T1's sequence lock
    t1.commit()
    t1.close()
    th.join(5)
    assert t2_done.is_set()
    for _ in range(3):
        page = store.pull(engine, reader, stream="branch", cursor=cursor, limit=100)
        seen += [r["seq"] for r in page["rows"]]
        cursor = page["next_cursor"]
    assert len(seen) == 2 and seen == sorted(seen)


def test_cursor_older_than_retention_is_410(
    own_server: ServerProcess,
) -> None:
    """After tombstones are pruned, a cursor from before them gets 410 Gone; 0 still works."""
    server = own_server
    engine = make_server_engine(server.url)
    for code in ("B1", "B2"):
        store.add_branch(engine, code=code)
    a, b = _device(server, engine, "B1", "C1"), _device(server, engine, "B2", "C1")
    first, gone = new_id(), new_id()
    _push(server, b, _change("customer", first))
    _push(server, b, _change("customer", gone))
    cursor = _pull(server, a, "shared")["rows"][0]["seq"]
    _push(server, b, {**_change("customer", gone, V2), "op": "delete", "payload": {}})
    assert store.prune_tombstones(engine, older_than=datetime.now(UTC) + timedelta(1)) == 1
    engine.dispose()
    r = requests.get(
        f"{server.base}/v1/pull", params={"stream": "shared", "cursor": cursor}, headers=a
    )
    assert r.status_code == 410
    assert [row["row_id"] for row in _pull(server, a, "shared")["rows"]] == [first]


def test_reports_tally_flags_numbering_gaps(server: ServerProcess, engine: Engine) -> None:
    """Sales per branch per day, and per series the count, last number, total and gaps, from
    invoices pushed by a counter (one cancelled after it was pushed: the report follows)."""
    from datetime import date

    branch = unique_code()
    store.add_branch(engine, code=branch)
    counter = _device(server, engine, branch, "C1")
    ids = {seq: new_id() for seq in (1, 2, 4)}
    day = "2026-06-01"
    pushed = [
        _change("invoice", ids[seq], **invoice(branch, "C1", seq, net_payable_paise=1000 * seq))
        for seq in (1, 2, 4)
    ]
    assert [r["result"] for r in _push(server, counter, *pushed)] == ["applied"] * 3
    cancel = _change(
        "invoice",
        ids[2],
        V2,
        **invoice(
            branch,
            "C1",
            2,
            net_payable_paise=2000,
            status="cancelled",
            cancelled_at="2026-06-01T11:00:00+00:00",
            cancel_reason="wrong piece",
        ),
    )
    cancel["op"] = "update"
    assert _push(server, counter, cancel)[0]["result"] == "applied"

    sales = reports.sales_per_branch_day(engine, day_from=date(2026, 6, 1), day_to=date(2026, 6, 1))
    # live bills 1 and 4: 1,000 + 4,000 paise; bill 2 cancelled; 3 never arrived
    mine = [s for s in sales if s["branch"] == branch]
    assert mine == [{"branch": branch, "day": day, "bills": 2, "cancelled": 1, "net_paise": 5000}]
    (tally,) = [
        t for t in reports.counter_tally(engine, day=date(2026, 6, 1)) if t["branch"] == branch
    ]
    assert tally["count"] == 3
    assert tally["cancelled"] == 1
    assert tally["total_paise"] == 5000
    assert tally["last_number"] == f"I{branch}-C1/26/00004"
    assert tally["gaps"] == [3]
