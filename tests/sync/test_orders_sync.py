"""An order's records travel between the two counters of a branch through head office and the
fault-injecting proxy: the order, its photos' rows, the advance receipt and every history step
(who, when, where), and the status set at the other counter comes back (issue 11 point 7, the
records part; photo files and other branches are not synced yet)."""

from __future__ import annotations

import io
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import Engine, select

from factories import OWNER_PIN, SHOP, migrated_db
from jewelpos.db.engine import make_engine
from jewelpos.domain.clock import SystemClock, shop_today
from jewelpos.domain.ids import new_id
from jewelpos.server import schemas, store
from jewelpos.server.db import make_server_engine
from jewelpos.server.models import row_store
from jewelpos.services import Services, build_services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import PaymentMode
from jewelpos.services.customers import CustomerInput
from jewelpos.services.orders import AdvanceIn, OrderIntake
from jewelpos.sync.client import SyncError, enrol_before_setup, initial_pull
from jewelpos.sync.state import SyncStore
from jewelpos.sync.worker import sync_locked
from syncsupport import RATES, Faults, FaultyProxy, ServerProcess, short_branch

D = Decimal


@pytest.fixture
def ho(own_server: ServerProcess) -> Iterator[tuple[ServerProcess, Engine]]:
    eng = make_server_engine(own_server.url)
    try:
        yield own_server, eng
    finally:
        eng.dispose()


@pytest.fixture
def proxy(ho: tuple[ServerProcess, Engine]) -> Iterator[FaultyProxy]:
    """The proxy in front of head office; no faults until the test turns them on."""
    p = FaultyProxy(ho[0].port, Faults()).start()
    try:
        yield p
    finally:
        p.stop()


class Till:
    """A counter on its own SQLite file, enrolled through the proxy before setup."""

    def __init__(self, folder: Path, base: str, code: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = migrated_db(folder / "jewelpos.sqlite3")
        self.data_dir = folder
        self.link = enrol_before_setup(
            self.path, folder, base, code, device_id=new_id(), token_backend="file"
        )
        self.services: Services = build_services(
            make_engine(self.path),
            SystemClock(),
            photos_dir=folder / "photos",
            initial_pull=partial(initial_pull, self.path, folder, token_backend="file"),
        )

    def sync_until_clean(self, attempts: int = 60) -> None:
        """Sync as the worker would (again after a fault) until nothing is left unsent."""
        for i in range(attempts):
            try:
                report = sync_locked(self.path, self.data_dir, token_backend="file")
            except SyncError as e:
                assert e.kind in ("offline", "server"), e.message
                time.sleep(min(1.0, 0.05 * (i + 1)))
                continue
            if report.unsent == 0:
                return
        raise AssertionError(f"{self.path} still has unsent changes: {_problems(self.path)}")

    def close(self) -> None:
        self.services.engine.dispose()


def faulty(proxy: FaultyProxy, *, on: bool) -> None:
    """Drop requests and answers, send twice and delay, or pass everything."""
    f = proxy.faults
    f.drop_request = f.drop_response = 0.15 if on else 0.0
    f.duplicate = f.delay = 0.1 if on else 0.0


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(buf, "JPEG")
    return buf.getvalue()


def _problems(path: Path) -> dict[str, list[Any]]:
    conn = sqlite3.connect(path)
    try:
        return {
            "foreign_key_check": conn.execute("PRAGMA foreign_key_check").fetchall(),
            "sync_conflict": conn.execute("SELECT kind, details FROM sync_conflict").fetchall(),
            "sync_quarantine": conn.execute("SELECT reason FROM sync_quarantine").fetchall(),
        }
    finally:
        conn.close()


def _take_order(till: Till, owner: UserInfo) -> str:
    s = till.services
    today = shop_today(s.clock)
    s.rates.set_rates(today, {k: D(v) for k, v in RATES.items()}, by=owner)
    ring = next(c for c in s.stock.categories() if c.metal == "gold")
    customer = s.customers.save(CustomerInput(mobile="98220 12345", name="Asha Patil"), by=owner)
    saved = s.orders.take_order(
        OrderIntake(
            customer_id=customer.id,
            category_id=ring.id,
            metal="gold",
            purity=916,
            weight_min_mg=5_000,
            weight_max_mg=6_000,
            promised_on=today + timedelta(days=10),
            design_notes="Ring with a peacock motif",
            photos=(s.orders.add_photo_bytes(_jpeg((200, 30, 30))),
                    s.orders.add_photo_bytes(_jpeg((30, 200, 30)))),
            advance=AdvanceIn(mode=PaymentMode.UPI, amount=D("10000.00"), reference="UPI77"),
        ),
        by=owner,
    )  # fmt: skip
    k = s.karigars.add_karigar(name="Ramesh Soni", by=owner)
    s.orders.assign(saved.id, karigar_id=k.id, due_on=today + timedelta(days=8), by=owner)
    return saved.id


def _numbers_stay_in_their_series(engine: Engine, branch: str, order_id: str) -> None:
    """Head office took C2's change of C1's order because the number is the one stored; a new
    row with C1's number from C2, or the stored row renumbered, is refused."""
    with engine.connect() as conn:
        payload = dict(
            conn.execute(
                select(row_store.c.payload).where(
                    row_store.c.table_name == "customer_order", row_store.c.row_id == order_id
                )
            ).scalar_one()
        )
    number = payload["number"]
    assert number.startswith(f"O{branch}-C1/")
    c2 = {"branch_code": branch, "counter_code": "C2"}
    assert schemas.check_row("customer_order", payload, stored_number=number, **c2) == ""
    assert "series" in schemas.check_row("customer_order", payload, **c2)
    other = {**payload, "number": number.replace("-C1/", "-C9/")}
    assert "series" in schemas.check_row("customer_order", other, stored_number=number, **c2)


def test_an_orders_records_and_status_reach_the_other_counter_through_a_faulty_network(
    tmp_path: Path, ho: tuple[ServerProcess, Engine], proxy: FaultyProxy
) -> None:
    """C1 takes an order (2 photos, an advance) and gives it to a karigar; C2 sees it all, then
    receives and readies it; C1 sees those steps: no conflict, quarantine or dangling row."""
    _server, engine = ho
    branch = short_branch(engine, name="Laxmi Road")
    one = Till(
        tmp_path / "one",
        proxy.base,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    two: Till | None = None
    try:
        one.services.setup.initialise(replace(SHOP, branch_code=branch, counter_code="C1"))
        owner1 = one.services.auth.login(SHOP.owner_username, OWNER_PIN)
        order_id = _take_order(one, owner1)
        mine = one.services.orders.order(order_id)
        faulty(proxy, on=True)
        one.sync_until_clean()
        faulty(proxy, on=False)  # first-run setup's one pull is not retried: joined cleanly

        two = Till(
            tmp_path / "two",
            proxy.base,
            store.make_enrol_code(engine, branch_code=branch, counter_code="C2"),
        )
        two.services.setup.initialise(
            replace(
                SHOP, branch_code=branch, counter_code="C2",
                owner_username="", owner_name="", owner_pin="",
            )
        )  # fmt: skip
        faulty(proxy, on=True)
        two.sync_until_clean()
        seen = two.services.orders.order(mine.row.number)
        assert seen.row.status == "with_karigar" and seen.photos == mine.photos
        assert [a.number for a in seen.advances] == [a.number for a in mine.advances]
        assert [(h.status, h.by, h.place) for h in seen.history] == [
            ("taken", SHOP.owner_name, f"{branch}-C1"),
            ("with_karigar", SHOP.owner_name, f"{branch}-C1"),
        ]
        assert [h.at for h in seen.history] == [h.at for h in mine.history]

        owner2 = two.services.auth.login(SHOP.owner_username, OWNER_PIN)
        two.services.orders.receive(order_id, gross_mg=6_450, by=owner2)
        two.services.orders.mark_ready(order_id, by=owner2)
        two.sync_until_clean()
        one.sync_until_clean()
        back = one.services.orders.order(order_id)
        assert back.row.status == "ready" and back.received_net_mg == 6_450
        assert [(h.status, h.place) for h in back.history] == [
            ("taken", f"{branch}-C1"),
            ("with_karigar", f"{branch}-C1"),
            ("received", f"{branch}-C2"),
            ("ready", f"{branch}-C2"),
        ]
        for till in (one, two):
            assert _problems(till.path) == {
                "foreign_key_check": [],
                "sync_conflict": [],
                "sync_quarantine": [],
            }
            assert SyncStore(till.path).unsent_count() == 0
        assert sum(proxy.faults.done[k] for k in ("drop_request", "drop_response")) > 0
        _numbers_stay_in_their_series(engine, branch, order_id)
    finally:
        if two is not None:
            two.close()
        one.close()
