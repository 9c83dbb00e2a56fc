"""Issue 10 attacks on jewelpos-server, each refused: a revoked counter re-enrolling, a clock far
ahead, poisoned rows (wrong types, negative money, another counter's series, unknown tables,
overwritten final documents), and change ids reused by another device."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import requests
from sqlalchemy import Engine, func, select

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.models import quarantine
from serverrows import full_row, invoice
from syncsupport import ServerProcess, server_cmd, unique_code

V1 = "1735700000000-0000-aaaa"


def _now_version(offset_ms: int = 0) -> str:
    return f"{int(time.time() * 1000) + offset_ms:013d}-0000-aaaa"


def _enrol(server: ServerProcess, code: str, device_id: str) -> requests.Response:
    return requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": device_id})


def _counter(server: ServerProcess, engine: Engine, branch: str, counter: str) -> dict[str, str]:
    code = store.make_enrol_code(engine, branch_code=branch, counter_code=counter)
    r = _enrol(server, code, new_id())
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _change(table: str, payload: dict[str, Any], version: str = V1, **kw: Any) -> dict[str, Any]:
    return {
        "id": kw.get("id") or new_id(),
        "table": table,
        "row_id": kw.get("row_id") or payload["id"],
        "op": kw.get("op", "insert"),
        "version": version,
        "payload": payload,
    }


def _push(server: ServerProcess, auth: dict[str, str], *changes: dict[str, Any]) -> list[Any]:
    r = requests.post(f"{server.base}/v1/push", json={"changes": list(changes)}, headers=auth)
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def _branch_rows(server: ServerProcess, auth: dict[str, str]) -> dict[str, dict[str, Any]]:
    r = requests.get(f"{server.base}/v1/pull", params={"stream": "branch"}, headers=auth)
    assert r.status_code == 200
    return {row["row_id"]: row for row in r.json()["rows"]}


# --- 1. revocation is final -----------------------------------------------------------------


def test_revoked_counter_cannot_respend_its_code_and_needs_a_code_issued_after(
    server: ServerProcess, server_db: str, engine: Engine
) -> None:
    """A revoked device's own used code, and a code issued before the revocation, are refused
    (it stays revoked); a code issued after the revocation lets it back in."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    device_id = new_id()
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    spare = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    first = _enrol(server, code, device_id)
    assert first.status_code == 200
    token = {"Authorization": f"Bearer {first.json()['token']}"}
    time.sleep(0.01)
    server_cmd(server_db, "revoke", f"{branch}/C1")
    for again in (code, spare):
        r = _enrol(server, again, device_id)
        assert r.status_code == 400, r.text
    assert requests.get(f"{server.base}/v1/me", headers=token).status_code == 403
    (listed,) = [d for d in store.list_devices(engine) if d["id"] == device_id]
    assert listed["revoked_at"] is not None
    fresh = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    r = _enrol(server, fresh, device_id)
    assert r.status_code == 200, r.text
    new_token = {"Authorization": f"Bearer {r.json()['token']}"}
    assert requests.get(f"{server.base}/v1/me", headers=new_token).status_code == 200


def test_a_code_enrols_one_device_only(server: ServerProcess, engine: Engine) -> None:
    """A spent code refuses every other device, even after the first one was revoked."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    assert _enrol(server, code, new_id()).status_code == 200
    store.revoke(engine, f"{branch}/C1")
    assert _enrol(server, code, new_id()).status_code == 400


# --- 2. clocks cannot win by lying -------------------------------------------------------------


def test_version_far_in_the_future_is_refused_and_does_not_beat_later_edits(
    server: ServerProcess, engine: Engine
) -> None:
    """A customer stamped 9999999999999-... is refused (quarantined, reason about the clock);
    a genuine edit made afterwards is the one stored and pulled."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    liar, honest = _counter(server, engine, branch, "C1"), _counter(server, engine, branch, "C2")
    cust = new_id()
    (first,) = _push(server, honest, _change("customer", full_row("customer", cust, name="Asha")))
    assert first["result"] == "applied"
    future = _change("customer", full_row("customer", cust, name="Liar"), "9999999999999-0000-ee")
    (res,) = _push(server, liar, future)
    assert res["result"] == "rejected"
    assert "clock" in res["reason"] and "ahead" in res["reason"]
    edit = _change("customer", full_row("customer", cust, name="Asha K"), _now_version())
    (res,) = _push(server, honest, edit)
    assert res["result"] == "applied" and res["reason"] == ""
    r = requests.get(f"{server.base}/v1/pull", params={"stream": "shared"}, headers=liar)
    (row,) = [row for row in r.json()["rows"] if row["row_id"] == cust]
    assert row["payload"]["name"] == "Asha K"
    with engine.connect() as conn:
        reasons = conn.execute(
            select(quarantine.c.reason).where(quarantine.c.change_id == future["id"])
        ).all()
    assert len(reasons) == 1 and "clock" in reasons[0][0]
    # a few minutes ahead is within the drift head office allows
    near = _change("customer", full_row("customer", new_id()), _now_version(5 * 60_000))
    assert _push(server, honest, near)[0]["result"] == "applied"


def test_every_answer_carries_head_office_time(server: ServerProcess) -> None:
    """X-Server-Time on every answer (the counter compares its clock with it)."""
    r = requests.get(f"{server.base}/health")
    stamped = datetime.fromisoformat(r.headers["X-Server-Time"])
    assert abs((stamped - datetime.now(UTC)).total_seconds()) < 60


# --- 3. pushed rows are checked -----------------------------------------------------------------


def test_poisoned_rows_are_quarantined_and_reports_answer_with_good_data_only(
    server: ServerProcess, server_db: str, engine: Engine
) -> None:
    """Junk money, junk seq, a negative bill, another counter's number, an unknown table: all
    refused with a reason naming the field; sales and tally answer 200 with the good bill."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    auth = _counter(server, engine, branch, "C1")
    ho = _head_office(server, engine)
    day = "2026-06-01"

    def bill(n: int, **over: Any) -> dict[str, Any]:
        fields = {**invoice(branch, "C1", n, shop_day=day), "net_payable_paise": 150_000}
        return full_row("invoice", new_id(), **{**fields, **over})

    good = bill(1)
    bad = {
        "lots": bill(2, net_payable_paise="lots"),
        "abc": bill(3, seq="abc"),
        "negative": bill(4, net_payable_paise=-500_000),
        "foreign": bill(5, number="IB9-C9/26/99999", series="IB9-C9", seq=99999),
        "legacy": bill(6, number="BAC1/2627/99999"),
    }
    unknown = _change("evil_table", {"id": new_id()})
    results = _push(
        server, auth, _change("invoice", good), *(_change("invoice", p) for p in bad.values())
    )
    results += _push(server, auth, unknown)
    assert [r["result"] for r in results] == ["applied"] + ["rejected"] * 6
    reasons = [r["reason"] for r in results[1:]]
    assert "net_payable_paise must be a whole number" in reasons[0]
    assert "seq must be a whole number" in reasons[1]
    assert "net_payable_paise must be at least 0" in reasons[2]
    assert "IB9-C9/26/99999" in reasons[3] and "series" in reasons[3]
    assert "not a document number" in reasons[4]
    assert "evil_table" in reasons[5]
    assert set(_branch_rows(server, _counter(server, engine, branch, "C2"))) == {good["id"]}

    sales = requests.get(
        f"{server.base}/v1/reports/sales", params={"day_from": day, "day_to": day}, headers=ho
    )
    assert sales.status_code == 200
    mine = [row for row in sales.json() if row["branch"] == branch]
    assert mine == [
        {"branch": branch, "day": day, "bills": 1, "cancelled": 0, "net_paise": 150_000}
    ]
    tally = requests.get(f"{server.base}/v1/reports/tally", params={"day": day}, headers=ho)
    assert tally.status_code == 200
    (series,) = [t for t in tally.json() if t["branch"] == branch]
    assert (series["count"], series["gaps"], series["total_paise"]) == (1, [], 150_000)

    listed = json.loads(server_cmd(server_db, "quarantine").stdout)
    ours = {q["reason"] for q in listed if q["branch"] == branch}
    assert set(reasons) <= ours


def test_final_documents_are_insert_only_but_take_their_cancellation_once(
    server: ServerProcess, engine: Engine
) -> None:
    """A stored invoice cannot be rewritten or deleted, even with a newer version; its
    cancellation (final -> cancelled) is accepted once, and a resend changes nothing."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    auth = _counter(server, engine, branch, "C1")
    bill = full_row("invoice", new_id(), **invoice(branch, "C1", 1), net_payable_paise=10_000)
    assert _push(server, auth, _change("invoice", bill))[0]["result"] == "applied"
    later = "1735700000009-0000-aaaa"
    rewritten = _change("invoice", {**bill, "net_payable_paise": 1}, later)
    deleted = _change("invoice", {}, later, op="delete", row_id=bill["id"])
    resent = _change("invoice", {**bill, "version": later}, later)
    results = _push(server, auth, rewritten, deleted, resent)
    assert [r["result"] for r in results] == ["rejected", "rejected", "applied"]
    assert "final document" in results[0]["reason"] and "final document" in results[1]["reason"]
    cancel = {**bill, "status": "cancelled", "cancelled_at": "2026-06-01T12:00:00+00:00"}
    assert (
        _push(server, auth, _change("invoice", cancel, "1735700000010-0000-aaaa"))[0]["result"]
        == "applied"
    )
    uncancel = _change("invoice", bill, "1735700000011-0000-aaaa")
    assert _push(server, auth, uncancel)[0]["result"] == "rejected"


def _head_office(server: ServerProcess, engine: Engine) -> dict[str, str]:
    hq = unique_code("H")
    store.add_branch(engine, code=hq)
    code = store.make_enrol_code(
        engine, branch_code=hq, counter_code="H1", role=store.ROLE_HEAD_OFFICE
    )
    r = _enrol(server, code, new_id())
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['token']}"}


# --- 7. hardening ---------------------------------------------------------------------------------


def test_same_change_id_from_two_devices_is_two_changes(
    server: ServerProcess, engine: Engine
) -> None:
    """A change id is an idempotency key of its device: another device's same id still applies."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    one, two = _counter(server, engine, branch, "C1"), _counter(server, engine, branch, "C2")
    shared_id = new_id()
    first = _change("customer", full_row("customer"), id=shared_id)
    second = _change("customer", full_row("customer"), id=shared_id)
    assert _push(server, one, first)[0]["result"] == "applied"
    assert _push(server, two, second)[0]["result"] == "applied"
    assert _push(server, two, second)[0]["result"] == "duplicate"
    with engine.connect() as conn:
        from jewelpos.server.models import row_store

        stored = conn.execute(
            select(func.count())
            .select_from(row_store)
            .where(row_store.c.row_id.in_([first["row_id"], second["row_id"]]))
        ).scalar_one()
    assert stored == 2


def test_reports_day_arguments_still_validated(server: ServerProcess, engine: Engine) -> None:
    """A report with a junk day is 422 with a Problem body, never 5xx."""
    ho = _head_office(server, engine)
    r = requests.get(f"{server.base}/v1/reports/tally", params={"day": "x"}, headers=ho)
    assert r.status_code == 422
    assert "detail" in r.json()


def test_refused_junk_with_nul_and_lone_surrogates_is_quarantined_not_a_server_error(
    server: ServerProcess, engine: Engine
) -> None:
    """A change whose version holds a NUL and whose field name is a lone surrogate is refused
    with a readable reason and kept in quarantine (found by schemathesis: it was a 503)."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    auth = _counter(server, engine, branch, "C1")
    row_id = new_id()
    junk_key = "\ud921a"  # a lone surrogate: json.dumps writes it as an escape
    body = json.dumps(
        {
            "changes": [
                _change("customer", {"id": row_id, junk_key: 1}, "\x00x"),
                _change("customer", {"id": row_id, junk_key: 1}),
            ]
        }
    )
    r = requests.post(
        f"{server.base}/v1/push",
        data=body.encode(),
        headers={**auth, "Content-Type": "application/json"},
    )
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["result"] for x in results] == ["rejected", "rejected"]
    assert results[0]["reason"] == "malformed version"
    assert results[1]["reason"] == "payload is not plain JSON"
    with engine.connect() as conn:
        kept = conn.execute(
            select(func.count()).select_from(quarantine).where(quarantine.c.row_id == row_id)
        ).scalar_one()
    assert kept == 2
