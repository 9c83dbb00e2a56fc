"""Savings schemes across counters and branches on a real head office: tills enrolled before
setup (one branch id per branch, as first-run setup makes it), a plan defined at head office,
a head-office token for its reports, and a clock that can run ahead of the PC's."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from factories import OWNER_PIN, SHOP, migrated_db
from jewelpos.db.engine import make_engine
from jewelpos.db.models_sync import STATE_SERVER_URL
from jewelpos.domain.clock import SHOP_ZONE, shop_today
from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.services import Services, build_services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
from jewelpos.services.setup import ShopInfo
from jewelpos.services.stock import NewPiece
from jewelpos.sync.client import SyncError, enrol_before_setup, initial_pull
from jewelpos.sync.state import SyncStore
from jewelpos.sync.worker import sync_locked
from syncsupport import RATES, ServerProcess

D = Decimal
HO_VERSION = "1735700000000-0000-ho"


class AheadClock:
    """The PC's clock moved ``ahead`` into the future (time passing while offline)."""

    def __init__(self, ahead: timedelta) -> None:
        self.ahead = ahead
        self.zone = SHOP_ZONE

    def now(self) -> datetime:
        return datetime.now(UTC) + self.ahead


class Till:
    """A counter on its own SQLite file, enrolled at head office before setup."""

    def __init__(self, folder: Path, server: ServerProcess, code: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = migrated_db(folder / "jewelpos.sqlite3")
        self.data_dir = folder
        self.link = enrol_before_setup(
            self.path, folder, server.base, code, device_id=new_id(), token_backend="file"
        )
        self.services = self.services_with(None)
        self.owner: UserInfo | None = None

    def services_with(self, clock: Any) -> Services:
        """The counter's services on its file, with ``clock`` (the PC's when None)."""
        from jewelpos.domain.clock import SystemClock

        return build_services(
            make_engine(self.path),
            clock or SystemClock(),
            initial_pull=partial(initial_pull, self.path, self.data_dir, token_backend="file"),
        )

    def set_up(self, branch: str, counter: str, *, joins: bool = False) -> ShopInfo:
        """First-run setup; a counter joining its branch takes the owner from head office."""
        owner: dict[str, str] = {}
        if joins:
            owner = {"owner_username": "", "owner_name": "", "owner_pin": ""}
        info = self.services.setup.initialise(
            replace(SHOP, branch_code=branch, counter_code=counter, **owner)
        )
        self.owner = self.services.auth.login(SHOP.owner_username, OWNER_PIN)
        self.services.rates.set_rates(
            shop_today(self.services.clock),
            {k: Decimal(v) for k, v in RATES.items()},
            by=self.owner,
        )
        return info

    @property
    def by(self) -> UserInfo:
        assert self.owner is not None
        return self.owner

    def point_at(self, url: str) -> None:
        """Talk to head office through ``url`` from now on (a proxy, or nowhere)."""
        sync_store = SyncStore(self.path)
        try:
            sync_store.put({STATE_SERVER_URL: url})
        finally:
            sync_store.close()

    def sync(self) -> None:
        sync_locked(self.path, self.data_dir, token_backend="file")

    def sync_until_clean(self, attempts: int = 80) -> int:
        """Sync as the worker would until a round succeeds with nothing unsent; the failures."""
        failures = 0
        for _ in range(attempts):
            try:
                report = sync_locked(self.path, self.data_dir, token_backend="file")
            except SyncError as e:
                assert e.kind in ("offline", "server"), e.message
                failures += 1
                time.sleep(min(0.5, 0.02 * failures))
                continue
            if report.unsent == 0:
                return failures
        raise AssertionError(f"{self.path} still has unsent changes after {attempts} rounds")

    def piece(self, gross_mg: int = 3_000) -> str:
        chain = next(c for c in self.services.stock.categories() if c.code == "CHAIN")
        return self.services.stock.add_piece(
            NewPiece(category_id=chain.id, metal="gold", purity=916, gross_mg=gross_mg),
            by=self.by,
        ).tag_code

    def bill_redeeming(self, services: Services, customer_id: str, tag: str) -> Any:
        """A bill for the piece on the customer, redeeming their matured schemes (what Ctrl+K
        puts on the bill), the rest paid by UPI; returns the saved bill."""
        billing = services.billing
        line = billing.line_for_code(tag)
        customer = CustomerOnBill.from_info(services.customers.get(customer_id))
        plain = BillDraft(lines=(line,), customer_id=customer_id)
        due = billing.quote(plain, customer=customer).invoice_value
        uses = services.scheme_redemptions.uses_for(customer_id, due=due)
        draft = replace(plain, set_offs=uses)
        rest = billing.quote(draft, customer=customer).net_payable
        pay = PaymentEntry(key="p1", mode=PaymentMode.UPI, amount=rest, reference="UPI4471")
        return billing.save_bill(replace(draft, payments=(pay,)), by=self.by)

    def close(self) -> None:
        self.services.engine.dispose()


def head_office_plan(engine: Engine, *, code: str, instalment_paise: int, instalments: int) -> str:
    """An amount plan defined at head office (master data: every branch gets it); its id.
    Bonus: one instalment after tax, no grace and no cut for lateness."""
    stamp = "2025-06-01T00:00:00+00:00"
    plan_id = new_id()
    row = {
        "id": plan_id,
        "code": code,
        "name": f"{code} savings",
        "kind": "amount",
        "instalment_paise": instalment_paise,
        "instalments": instalments,
        "bonus_rule": "one_instalment",
        "bonus_bp": 0,
        "bonus_treatment": "set_off",
        "grace_days": 0,
        "late_cut_bp": 0,
        "forfeit_after_late": 0,
        "allow_partial": False,
        "early_closure": "refund",
        "metal": "",
        "purity": 0,
        "active": True,
        "branch_id": "ho",
        "device_id": "ho",
        "created_at": stamp,
        "updated_at": stamp,
        "version": HO_VERSION,
    }
    store.put_master_rows(engine, "scheme_plan", [row], version=HO_VERSION)
    return plan_id


def head_office_token(engine: Engine, server: ServerProcess, branch: str) -> dict[str, str]:
    """Authorization headers of a head-office device (reports are for head office)."""
    code = store.make_enrol_code(
        engine, branch_code=branch, counter_code="HO", role=store.ROLE_HEAD_OFFICE
    )
    r = requests.post(f"{server.base}/v1/enrol", json={"code": code, "device_id": new_id()})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def months_ago(day: date, months: int) -> date:
    """The same day ``months`` before (the 1st is used, so every month has it)."""
    y, m = divmod(day.month - 1 - months, 12)
    return date(day.year + y, m + 1, 1)
