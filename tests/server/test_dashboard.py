"""The head-office dashboard in headless Chromium (Debian's chromium + chromedriver, driven over
the W3C WebDriver protocol): log in, read the seeded figures off the page, take a screenshot."""

from __future__ import annotations

import base64
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import Engine, select

from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.models import conflict
from serverrows import full_row, invoice
from syncsupport import PYTHON, ServerProcess, free_port, unique_code

pytestmark = pytest.mark.skipif(
    not (shutil.which("chromedriver") and shutil.which("chromium")),
    reason="needs Debian's chromium and chromium-driver",
)
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
V1 = "1735700000000-0000-aaaa"


class Browser:
    """A headless Chromium session through chromedriver's HTTP API."""

    def __init__(self, tmp: Path) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            ["chromedriver", f"--port={self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                requests.get(f"{self.base}/status", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.1)
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": shutil.which("chromium"),
                        "args": [
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--window-size=1280,1800",
                            f"--user-data-dir={tmp / 'chromium-profile'}",
                        ],
                    },
                }
            }
        }
        r = requests.post(f"{self.base}/session", json=caps, timeout=60)
        assert r.status_code == 200, r.text
        self.session = f"{self.base}/session/{r.json()['value']['sessionId']}"

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        r = requests.request(method, f"{self.session}{path}", json=body, timeout=60)
        assert r.status_code == 200, r.text
        return r.json()["value"]

    def go(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        found = self._call("POST", "/element", {"using": "css selector", "value": css})
        return str(found[ELEMENT])

    def count(self, css: str) -> int:
        return len(self._call("POST", "/elements", {"using": "css selector", "value": css}))

    def wait_for(self, css: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while self.count(css) == 0:
            assert time.monotonic() < deadline, f"{css} did not appear"
            time.sleep(0.1)

    def type(self, css: str, text: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/click", {})

    def text(self, css: str) -> str:
        return str(self._call("GET", f"/element/{self.find(css)}/text"))

    def screenshot(self, path: Path) -> bytes:
        png = base64.b64decode(self._call("GET", "/screenshot"))
        path.write_bytes(png)
        return png

    def close(self) -> None:
        try:
            requests.delete(self.session, timeout=30)
        finally:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    b = Browser(tmp_path)
    try:
        yield b
    finally:
        b.close()


def _counter(server: ServerProcess, engine: Engine, branch: str, counter: str) -> dict[str, str]:
    code = store.make_enrol_code(engine, branch_code=branch, counter_code=counter)
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _push(
    server: ServerProcess, auth: dict[str, str], table: str, row: dict[str, Any], **headers: str
) -> dict[str, Any]:
    change = {
        "id": new_id(),
        "table": table,
        "row_id": row["id"],
        "op": "insert",
        "version": V1,
        "payload": row,
    }
    r = requests.post(
        f"{server.base}/v1/push", json={"changes": [change]}, headers={**auth, **headers}
    )
    assert r.status_code == 200, r.text
    result: dict[str, Any] = r.json()["results"][0]
    return result


def _log_in(browser: Browser, server: ServerProcess, user: str, password: str) -> None:
    browser.go(f"{server.base}/dashboard")
    browser.type("#username", user)
    browser.type("#password", password)
    browser.click("#login")
    browser.wait_for("header button, #login-error")  # the answer has loaded


def test_dashboard_shows_seeded_sales_counters_refusals_and_gaps(
    server: ServerProcess, server_db: str, engine: Engine, browser: Browser, tmp_path: Path
) -> None:
    """The owner reads the branch's sales per day (chart and table), its counter with the
    unsent count, the refused bill with its reason, the gap in the series and a conflict it
    resolves; accounts sees no counters; a wrong password gets no page."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    auth = _counter(server, engine, branch, "C1")
    d1, d2 = "2026-05-11", "2026-05-12"
    seeded = [(1, d1, 15_000_000), (2, d1, 2_500_000), (4, d2, 99_900)]  # seq 3 never came
    for seq, day, net in seeded:
        row = full_row("invoice", **invoice(branch, "C1", seq, shop_day=day), net_payable_paise=net)
        assert _push(server, auth, "invoice", row, **{"X-Unsent-Count": "7"})["result"] == (
            "applied"
        )
    foreign = full_row(
        "invoice", **invoice("B9", "C9", 99999, shop_day=d2), net_payable_paise=10**12
    )
    assert _push(server, auth, "invoice", foreign)["result"] == "rejected"
    # one piece sold on a bill of each of two branches: a conflict to resolve
    other = unique_code()
    store.add_branch(engine, code=other)
    piece = new_id()
    for who, code in ((auth, branch), (_counter(server, engine, other, "C1"), other)):
        bill = full_row("invoice", **invoice(code, "C1", 9, shop_day="2026-05-20"))
        _push(server, who, "invoice", bill)
        line = full_row("invoice_line", invoice_id=bill["id"], piece_id=piece)
        assert _push(server, who, "invoice_line", line)["result"] == "applied"
    with engine.connect() as conn:
        conflict_id = conn.execute(
            select(conflict.c.id).where(conflict.c.piece_id == piece)
        ).scalar_one()
    for user, role in (("boss", "owner"), ("books", "accounts")):
        proc = subprocess.run(
            [
                PYTHON,
                "-m",
                "jewelpos.server.cli",
                "--database-url",
                server_db,
                "user",
                "add",
                user,
                "--role",
                role,
                "--password-stdin",
            ],
            input="correct horse battery\n",
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr

    _log_in(browser, server, "boss", "wrong password!")
    assert "Wrong user name or password" in browser.text("#login-error")
    _log_in(browser, server, "boss", "correct horse battery")
    browser.go(f"{server.base}/dashboard?day_from={d1}&day_to={d2}")
    sales = browser.text("#sales")
    # d1: 1,50,000.00 + 25,000.00 = 1,75,000.00 from 2 bills; d2: 999.00 from 1 bill
    assert f"{branch} {d1} 2 0 ₹1,75,000.00" in sales
    assert f"{branch} {d2} 1 0 ₹999.00" in sales
    assert browser.count("#sales-chart rect") >= 2
    counters = browser.text("#counters")
    line = next(ln for ln in counters.splitlines() if ln.startswith(f"{branch} C1"))
    assert line.split()[-2:] == ["6", "enrolled"]  # said 7 before the last one-change push
    assert "IB9-C9/26/99999" in browser.text("#quarantine")
    assert f"I{branch}-C1/26/00009" in browser.text("#conflicts")
    png = browser.screenshot(tmp_path / "dashboard.png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000
    browser.go(f"{server.base}/dashboard?day_from={d2}&day_to={d2}")
    gaps = next(
        ln for ln in browser.text("#gaps").splitlines() if ln.startswith(f"{branch} I{branch}")
    )
    assert gaps.endswith(" 3")  # 1, 2 and 4 arrived: 3 is missing

    browser.click(f"#resolve-{conflict_id}")
    browser.wait_for("#sales")
    assert browser.count(f"#resolve-{conflict_id}") == 0
    browser.click("header button")  # log out
    browser.wait_for("#username")
    _log_in(browser, server, "books", "correct horse battery")
    browser.go(f"{server.base}/dashboard?day_from={d1}&day_to={d2}")
    assert "₹1,75,000.00" in browser.text("#sales")
    assert browser.count("#counters") == 0 and browser.count("#quarantine") == 1
    if shutil.which("tesseract"):  # read the figures off the screenshot too, where OCR exists
        shot = tmp_path / "dashboard.png"
        read = subprocess.run(["tesseract", str(shot), "-"], capture_output=True, text=True)
        assert "1,75,000.00" in read.stdout
