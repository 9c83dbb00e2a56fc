"""Head-office sales across branches by category, purity, salesperson and payment mode: from
bills pushed by a counter (one cancelled), through the API, the dashboard and its CSV."""

from __future__ import annotations

import csv
import io
from typing import Any

import requests
from sqlalchemy import Engine

from jewelpos.domain.ids import new_id
from jewelpos.server import staff, store
from serverrows import full_row, invoice
from syncsupport import ServerProcess, unique_code

V1 = "1735700000000-0000-aaaa"
DAY = "2026-06-01"


def _change(table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"id": new_id(), "table": table, "row_id": row["id"], "op": "insert", "version": V1,
            "payload": row}  # fmt: skip


def _device(
    server: ServerProcess, engine: Engine, branch: str, counter: str, role: str
) -> dict[str, str]:
    code = store.make_enrol_code(engine, branch_code=branch, counter_code=counter, role=role)
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _line(inv: str, no: int, cat: str, purity: int, **money: int) -> dict[str, Any]:
    return full_row("invoice_line", invoice_id=inv, line_no=no, category_id=cat, metal="gold",
                    purity=purity, **money)  # fmt: skip


def _payment(inv: str, no: int, mode: str, paise: int) -> dict[str, Any]:
    return full_row("payment", invoice_id=inv, line_no=no, mode=mode, amount_paise=paise,
                    tendered_paise=paise)  # fmt: skip


def test_sales_by_category_purity_salesperson_and_mode(
    server: ServerProcess, engine: Engine
) -> None:
    """Bills 1 and 3 count, bill 2 is cancelled: the sums below are worked by hand."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    counter = _device(server, engine, branch, "C1", store.ROLE_COUNTER)
    ho = _device(server, engine, branch, "H1", store.ROLE_HEAD_OFFICE)
    ring, chain, meena = new_id(), new_id(), new_id()
    store.put_master_rows(engine, "category", [
        full_row("category", ring, code=f"R{branch}", name="Ring", metal="gold"),
        full_row("category", chain, code=f"C{branch}", name="Chain", metal="gold"),
    ], version=V1)  # fmt: skip
    user = full_row("app_user", meena, username=f"meena{branch}".lower(), display_name="Meena Shah")
    i1, i2, i3 = new_id(), new_id(), new_id()
    bills = [
        full_row("invoice", i1, **invoice(branch, "C1", 1, salesperson_id=meena)),
        full_row("invoice", i2, **invoice(branch, "C1", 2, status="cancelled")),
        full_row("invoice", i3, **invoice(branch, "C1", 3, salesperson_id=meena)),
    ]
    lines = [
        _line(i1, 1, ring, 916, net_mg=10_000, fine_mg=9_160, making_paise=50_000,
              making_discount_paise=5_000, taxable_paise=800_000),
        _line(i1, 2, chain, 750, net_mg=5_000, fine_mg=3_750, making_paise=20_000,
              taxable_paise=300_000),
        _line(i2, 1, ring, 916, net_mg=2_000, fine_mg=1_832, making_paise=9_000,
              taxable_paise=100_000),
        _line(i3, 1, ring, 916, net_mg=4_000, fine_mg=3_664, making_paise=10_000,
              taxable_paise=250_000),
    ]  # fmt: skip
    pays = [
        _payment(i1, 1, "cash", 600_000),
        _payment(i1, 2, "upi", 533_000),
        _payment(i2, 1, "cash", 103_000),
        _payment(i3, 1, "card", 257_500),
    ]
    changes = [_change("app_user", user)] + [_change("invoice", b) for b in bills]
    changes += [_change("invoice_line", x) for x in lines] + [_change("payment", p) for p in pays]
    r = requests.post(f"{server.base}/v1/push", json={"changes": changes}, headers=counter)
    assert [x["result"] for x in r.json()["results"]] == ["applied"] * len(changes), r.text

    def by(kind: str) -> list[dict[str, Any]]:
        got = requests.get(
            f"{server.base}/v1/reports/sales-by",
            params={"by": kind, "day_from": DAY, "day_to": DAY},
            headers=ho,
        )
        assert got.status_code == 200, got.text
        return [row for row in got.json() if row["branch"] == branch]

    # ring: bills 1 and 3; net 10,000 + 4,000 mg; fine 9,160 + 3,664; making (50,000 - 5,000)
    # + 10,000 paise; taxable 8,00,000 + 2,50,000 paise. Chain: bill 1 only.
    cats = {row["name"]: row for row in by("category")}
    assert set(cats) == {"Ring", "Chain"}
    assert (cats["Ring"]["bills"], cats["Ring"]["lines"]) == (2, 2)
    assert (cats["Ring"]["net_mg"], cats["Ring"]["fine_mg"]) == (14_000, 12_824)
    assert (cats["Ring"]["making_paise"], cats["Ring"]["taxable_paise"]) == (55_000, 1_050_000)
    assert (cats["Chain"]["bills"], cats["Chain"]["taxable_paise"]) == (1, 300_000)
    purities = {row["name"]: row["taxable_paise"] for row in by("purity")}
    assert purities == {"22K916": 1_050_000, "18K750": 300_000}
    people = by("salesperson")
    assert [(p["name"], p["bills"], p["lines"], p["taxable_paise"]) for p in people] == [
        ("Meena Shah", 2, 3, 1_350_000)
    ]
    modes = [(m["name"], m["bills"], m["amount_paise"]) for m in by("mode")]
    assert modes == [("card", 1, 257_500), ("cash", 1, 600_000), ("upi", 1, 533_000)]
    counter_asks = requests.get(
        f"{server.base}/v1/reports/sales-by",
        params={"by": "mode", "day_from": DAY, "day_to": DAY},
        headers=counter,
    )
    assert counter_asks.status_code == 403
    wrong = requests.get(
        f"{server.base}/v1/reports/sales-by",
        params={"by": "colour", "day_from": DAY, "day_to": DAY},
        headers=ho,
    )
    assert wrong.status_code == 422

    # the dashboard shows the breakdown to accounts, with a CSV of the same rows
    name = f"acc{branch}".lower()
    staff.add_user(engine, username=name, password="correct horse battery", role="accounts")
    web = requests.Session()
    login = web.post(
        f"{server.base}/dashboard/login",
        data={"username": name, "password": "correct horse battery"},
    )
    assert login.status_code == 200, login.text
    page = web.get(
        f"{server.base}/dashboard", params={"day_from": DAY, "day_to": DAY, "by": "category"}
    )
    assert 'id="breakdown"' in page.text and "Ring" in page.text and "14.000" in page.text
    got = web.get(
        f"{server.base}/dashboard/sales-by.csv",
        params={"by": "category", "day_from": DAY, "day_to": DAY},
    )
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = [r for r in csv.DictReader(io.StringIO(got.text)) if r["branch"] == branch]
    ring_row = next(r for r in rows if r["name"] == "Ring")
    assert (ring_row["net_g"], ring_row["taxable_rs"]) == ("14.000", "10500.00")
