"""Issue 12 acceptance: instalments taken at two counters of a branch reach head office exactly
once through the fault-injecting proxy, with a redemption on a bill; head office's scheme
liability (API and dashboard) equals the counters' sum, and each counter's
`jewelpos schemes liability --at DATE --json` prints the same JSON."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, func, select, text

from jewelpos.db.models import SyncOutbox
from jewelpos.db.models_schemes import SchemeEntry, SchemeReceipt
from jewelpos.db.models_sync import SyncQuarantine
from jewelpos.server import staff, store
from jewelpos.server.db import make_server_engine
from jewelpos.services.customers import CustomerInput
from schemeworld import D, Till, head_office_plan, head_office_token, months_ago
from syncsupport import Faults, FaultyProxy, ServerProcess, short_branch


@pytest.fixture
def ho(own_server: ServerProcess) -> Iterator[tuple[ServerProcess, Engine]]:
    """A head office of this test's own (its liability is this test's data only)."""
    eng = make_server_engine(own_server.url)
    try:
        yield own_server, eng
    finally:
        eng.dispose()


def _cli_liability(till: Till, at: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "jewelpos", "schemes", "liability", "--at", at, "--json",
         "--data-dir", str(till.data_dir)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data: dict[str, object] = json.loads(done.stdout)
    return data


def _ids(till: Till, model: type) -> set[str]:
    with till.services.uow.read() as s:
        return set(s.scalars(select(model.id)))  # type: ignore[attr-defined]


def test_two_counters_instalments_reach_head_office_once_and_liability_agrees(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """Asha pays 1,000 at C1 and 2,000 at C2; Bhavna 1,000 at each; Chandra's matured 3 x 1,000
    plan (paid at C2) is redeemed on a bill at C1 with its bonus of one instalment: 3,000 +
    1,000 bonus - 4,000 redeemed = 0. Liability = 3,000 + 2,000 + 0 = 5,000.00 in 3 accounts,
    at head office (branch and chain), on the dashboard and at both counters' command line;
    every receipt and entry is held once at head office, nothing refused."""
    server, engine = ho
    branch = short_branch(engine, name="Laxmi Road")
    plan_id = head_office_plan(engine, code="GOLD3", instalment_paise=100_000, instalments=3)
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    one.set_up(branch, "C1")
    one.sync()
    two = Till(
        tmp_path / "two",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C2"),
    )
    faults = Faults(drop_request=0.15, drop_response=0.15, duplicate=0.15, delay=0.1, seed=12)
    proxy = FaultyProxy(server.port, faults).start()
    try:
        two.set_up(branch, "C2", joins=True)
        for till in (one, two):
            till.point_at(proxy.base)
        s1, s2 = one.services.schemes, two.services.schemes
        asha = one.services.customers.save(
            CustomerInput(name="Asha Patil", mobile="9822012345"), by=one.by
        )
        chandra = one.services.customers.save(
            CustomerInput(name="Chandra Rao", mobile="9822012347"), by=one.by
        )
        today = s1.today()
        a_asha = s1.enrol(customer_id=asha.id, plan_id=plan_id, passbook="PB8001", by=one.by)
        a_chandra = s1.enrol(
            customer_id=chandra.id,
            plan_id=plan_id,
            passbook="PB8003",
            start_date=months_ago(today, 4),
            by=one.by,
        )
        s1.pay(a_asha.id, amount=D("1000"), mode="cash", by=one.by)
        one.sync_until_clean()
        bhavna = two.services.customers.save(
            CustomerInput(name="Bhavna Shah", mobile="9822012346"), by=two.by
        )
        two.sync_until_clean()  # takes Asha's and Chandra's accounts
        a_bhavna = s2.enrol(customer_id=bhavna.id, plan_id=plan_id, passbook="PB8002", by=two.by)
        s2.pay(a_asha.id, amount=D("2000"), mode="upi", by=two.by)
        s2.pay(a_bhavna.id, amount=D("1000"), mode="cash", by=two.by)
        s2.pay(a_chandra.id, amount=D("3000"), mode="card", by=two.by)
        two.sync_until_clean()
        one.sync_until_clean()
        s1.pay(a_bhavna.id, amount=D("1000"), mode="cash", by=one.by)
        assert s1.account(a_chandra.id).matured
        bill = one.bill_redeeming(one.services, chandra.id, one.piece())
        assert bill.number.startswith(f"I{branch}-C1/")
        for _ in range(2):  # both ways, twice: what one pulls, the other has pushed
            one.sync_until_clean()
            two.sync_until_clean()
    finally:
        proxy.stop()
    assert all(faults.done[k] > 0 for k in ("drop_request", "drop_response", "duplicate"))

    at = today.isoformat()
    for till in (one, two):  # both counters hold the branch's whole story
        assert till.services.schemes.account(a_chandra.id).status == "redeemed"
        with till.services.uow.read() as s:
            assert s.scalar(select(func.count()).select_from(SyncQuarantine)) == 0
    receipts = _ids(one, SchemeReceipt)
    entries = _ids(one, SchemeEntry)
    # five receipts (Asha's two instalments at C2 are one receipt), each with its entry, and
    # Chandra's bonus and redemption
    assert receipts == _ids(two, SchemeReceipt) and len(receipts) == 5
    assert entries == _ids(two, SchemeEntry) and len(entries) == 7

    with engine.connect() as conn:
        held = {
            t: [r[0] for r in conn.execute(
                text("SELECT row_id FROM row_store WHERE table_name = :t"), {"t": t}
            )]
            for t in ("scheme_receipt", "scheme_entry")
        }  # fmt: skip
        changes = conn.execute(text("SELECT count(*) FROM applied_change")).scalar_one()
        refused = conn.execute(text("SELECT count(*) FROM quarantine")).scalar_one()
    assert sorted(held["scheme_receipt"]) == sorted(receipts)
    assert sorted(held["scheme_entry"]) == sorted(entries)
    assert refused == 0
    outbox = 0
    for till in (one, two):
        with till.services.uow.read() as s:
            outbox += s.scalar(select(func.count()).select_from(SyncOutbox)) or 0
    assert changes == outbox  # every change of both counters applied exactly once

    auth = head_office_token(engine, server, branch)
    url = f"{server.base}/v1/reports/scheme-liability"
    mine = requests.get(url, params={"at": at, "branch": branch}, headers=auth, timeout=30)
    chain = requests.get(url, params={"at": at}, headers=auth, timeout=30)
    assert mine.status_code == chain.status_code == 200, mine.text
    expected = {
        "at": at,
        "branch": branch,
        "money": "5000.00",
        "grams": "0.000",
        "accounts": 3,
        "by_plan": [
            {"plan": "GOLD3", "name": "GOLD3 savings", "accounts": 3, "money": "5000.00",
             "grams": "0.000"}
        ],
    }  # fmt: skip
    assert mine.json() == expected
    assert chain.json() == {**expected, "branch": ""}
    assert _cli_liability(one, at) == expected
    assert _cli_liability(two, at) == expected
    before = requests.get(
        url, params={"at": months_ago(today, 6).isoformat()}, headers=auth, timeout=30
    )
    assert before.json()["money"] == "0.00"  # nothing was paid then

    staff.add_user(engine, username="sunita", password="ledger-2026", role=staff.ROLE_ACCOUNTS)
    web = requests.Session()
    web.post(
        f"{server.base}/dashboard/login",
        data={"username": "sunita", "password": "ledger-2026"},
        timeout=30,
    )
    page = web.get(f"{server.base}/dashboard", params={"liability_at": at}, timeout=30).text
    total = re.search(r'id="liability-total">([^<]+)<', page)
    assert total is not None and total.group(1) == "\u20b95,000.00", page
    assert f'id="liability-{branch}"' in page
    one.close()
    two.close()
