"""A second counter joins a branch cleanly (issue 8 point 7), on a real server and PostgreSQL:
the first counter of a new branch makes the defaults and the owner and pushes them; the second,
set up through the setup service after enrolling, pulls them and makes none of its own; both
bill (one cancels), sync both ways, and neither has a conflict, a quarantined change or a
dangling foreign key. Also: a pulled delete of a final document is refused row by row. Each
test has a head office of its own (``own_server``): other tests' master data stays out."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from factories import OWNER_PIN, SHOP, migrated_db
from jewelpos.db.engine import make_engine
from jewelpos.db.models import AppUser, Branch, Category, MetalRate, StockPiece
from jewelpos.db.models_billing import Invoice
from jewelpos.domain.clock import SystemClock, shop_today
from jewelpos.domain.ids import new_id
from jewelpos.server import store
from jewelpos.server.db import make_server_engine
from jewelpos.services import Services, build_services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, PaymentEntry, PaymentMode
from jewelpos.services.setup import ShopInfo
from jewelpos.services.stock import NewPiece
from jewelpos.sync.client import enrol_before_setup, initial_pull
from jewelpos.sync.state import SyncStore
from jewelpos.sync.worker import sync_locked
from syncsupport import RATES, ServerProcess, short_branch


@pytest.fixture
def ho(own_server: ServerProcess) -> Iterator[tuple[ServerProcess, Engine]]:
    """A head office of this test's own and an engine on its database."""
    eng = make_server_engine(own_server.url)
    try:
        yield own_server, eng
    finally:
        eng.dispose()


class Till:
    """A counter on its own SQLite file, enrolled before setup as first-run setup does."""

    def __init__(self, folder: Path, server: ServerProcess, code: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = migrated_db(folder / "jewelpos.sqlite3")
        self.data_dir = folder
        self.link = enrol_before_setup(
            self.path, folder, server.base, code, device_id=new_id(), token_backend="file"
        )
        self.services: Services = build_services(
            make_engine(self.path),
            SystemClock(),
            initial_pull=partial(initial_pull, self.path, folder, token_backend="file"),
        )

    def set_up(self, branch: str, counter: str, **owner: str) -> ShopInfo:
        return self.services.setup.initialise(
            replace(SHOP, branch_code=branch, counter_code=counter, **owner)
        )

    def login(self) -> UserInfo:
        return self.services.auth.login(SHOP.owner_username, OWNER_PIN)

    def sell(self, tag: str, by: UserInfo) -> Any:
        billing = self.services.billing
        line = billing.line_for_code(tag)
        due = billing.quote(BillDraft(lines=(line,)), customer=None).net_payable
        pay = PaymentEntry(key="p1", mode=PaymentMode.UPI, amount=due, reference="UPI4471")
        return billing.save_bill(BillDraft(lines=(line,), payments=(pay,)), by=by)

    def sync(self) -> None:
        sync_locked(self.path, self.data_dir)

    def close(self) -> None:
        self.services.engine.dispose()


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


def _ids(services: Services, model: Any) -> set[str]:
    with services.uow.read() as s:
        return set(s.scalars(select(model.id)))


def test_second_counter_joins_from_head_office_data(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """Counter 2 of an existing branch starts from counter 1's categories, owner and rates (same
    ids, same branch id), asks no owner of its own; bills at both sync without conflict and
    with no dangling reference on either file."""
    server, engine = ho
    branch = short_branch(engine, name="Laxmi Road")
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    assert not one.link.branch_has_data  # the first counter of a new branch
    info1 = one.set_up(branch, "C1")
    owner1 = one.login()
    one.services.rates.set_rates(
        shop_today(one.services.clock), {k: Decimal(v) for k, v in RATES.items()}, by=owner1
    )
    chain = next(c for c in one.services.stock.categories() if c.code == "CHAIN")
    tags = [
        one.services.stock.add_piece(
            NewPiece(category_id=chain.id, metal="gold", purity=916, gross_mg=mg), by=owner1
        ).tag_code
        for mg in (4_000, 5_000, 6_000)
    ]
    one.sync()

    two = Till(
        tmp_path / "two",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C2"),
    )
    try:
        assert two.link.branch_has_data and two.link.local_branch_id == info1.branch_id
        # no owner typed: the owner's login comes from head office
        info2 = two.set_up(branch, "C2", owner_username="", owner_name="", owner_pin="")
        assert info2.branch_id == info1.branch_id and info2.device_id != info1.device_id
        assert _ids(two.services, Category) == _ids(one.services, Category)
        assert _ids(two.services, AppUser) == _ids(one.services, AppUser)
        assert _ids(two.services, MetalRate) == _ids(one.services, MetalRate)
        owner2 = two.login()  # the PIN set at counter 1 works at counter 2
        assert owner2.id == owner1.id

        sold_at_two = two.sell(tags[0], owner2)
        sold_at_one = one.sell(tags[1], owner1)
        cancelled = one.sell(tags[2], owner1)
        approval = one.services.billing.approve(
            username=SHOP.owner_username, pin=OWNER_PIN, what=APPROVE_CANCEL
        )
        one.services.billing.cancel_bill(
            cancelled.id, reason="wrong piece", approval=approval, by=owner1
        )
        for _ in range(2):  # both ways, twice: what one pulls, the other has pushed
            two.sync()
            one.sync()

        for till in (one, two):
            assert _problems(till.path) == {
                "foreign_key_check": [],
                "sync_conflict": [],
                "sync_quarantine": [],
            }
            assert SyncStore(till.path).unsent_count() == 0
        with one.services.uow.read() as s:
            inv = s.get(Invoice, sold_at_two.id)
            assert inv is not None and inv.number == sold_at_two.number
            piece = s.scalars(select(StockPiece).where(StockPiece.tag_code == tags[0])).one()
            assert piece.status == "sold"
        with two.services.uow.read() as s:
            mine = s.get(Invoice, sold_at_one.id)
            gone = s.get(Invoice, cancelled.id)
            assert mine is not None and gone is not None
            assert (gone.status, gone.cancel_reason) == ("cancelled", "wrong piece")
            assert len(s.scalars(select(Branch)).all()) == 1
        assert sold_at_two.number.startswith(f"I{branch}-C2/")
        assert sold_at_one.number.startswith(f"I{branch}-C1/")
    finally:
        two.close()
        one.close()


def test_pulled_delete_of_a_final_document_is_refused_row_by_row(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """A delete of an invoice arriving by pull (no counter makes one) is recorded as a pull
    problem and the stream goes on; the invoice stays."""
    server, engine = ho
    branch = short_branch(engine)
    till = Till(
        tmp_path / "t", server, store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    )
    try:
        till.set_up(branch, "C1")
        owner = till.login()
        till.services.rates.set_rates(
            shop_today(till.services.clock), {k: Decimal(v) for k, v in RATES.items()}, by=owner
        )
        chain = next(c for c in till.services.stock.categories() if c.code == "CHAIN")
        tag = till.services.stock.add_piece(
            NewPiece(category_id=chain.id, metal="gold", purity=916, gross_mg=4_000), by=owner
        ).tag_code
        bill = till.sell(tag, owner)
        sync_store = SyncStore(till.path)
        try:
            row = {"table": "invoice", "row_id": bill.id, "op": "delete", "version": "~"}
            applied = sync_store.apply_page("branch", [{**row, "payload": {"id": bill.id}}], 7)
            assert applied == 0 and sync_store.cursor("branch") == 7
        finally:
            sync_store.close()
        with till.services.uow.read() as s:
            assert s.get(Invoice, bill.id) is not None
        problems = _problems(till.path)["sync_conflict"]
        assert len(problems) == 1 and "final document" in problems[0][1]
    finally:
        till.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_setup_dialog_joining_a_branch_asks_no_owner(
    qtbot: Any, qapp: Any, tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """By keyboard: the shop, head office's address and code + Enter; the branch exists, so the
    owner's login is not asked (hidden), Ctrl+Enter finishes, and the login window lists the
    users that came from head office."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jewelpos.app import build_app
    from jewelpos.config import Settings

    server, engine = ho
    branch = short_branch(engine, name="Laxmi Road")
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    try:
        one.set_up(branch, "C1")
        one.sync()
    finally:
        one.close()
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C2")
    built = build_app(Settings(data_dir=tmp_path / "counter"))
    try:
        setup = built.shell.setup_dialog
        assert setup is not None
        setup.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.shop_name)
        shop = ["Shree Ganesh Jewellers", "", "27AAPFU0939F1ZV", "", "12, MG Road", "Pune"]
        for text in [*shop, "411001", "", server.base, code]:
            if text:
                QTest.keyClicks(QApplication.focusWidget(), text)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: setup.link is not None, timeout=15_000)
        assert setup.link is not None and setup.link.branch_has_data
        assert not setup.owner_box.isVisible()
        assert "already works with head office" in setup.office_status.text()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.finish_button)
        with qtbot.waitSignal(built.shell.setup_completed, timeout=20_000) as done:
            QTest.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
        assert done.args[0].counter_code == "C2"
        login = built.shell.login_dialog
        assert login is not None
        qtbot.waitUntil(lambda: login.user_list.count() == 1, timeout=10_000)
        assert SHOP.owner_name in login.user_list.item(0).text()
    finally:
        built.close()
        QApplication.processEvents()


def test_joining_before_the_first_counter_synced_says_so_then_works(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """Counter 1 is enrolled but has sent nothing: counter 2's setup stops with
    BranchDataMissing and creates nothing; once counter 1 has synced, Finish again works."""
    from jewelpos.services.setup import BranchDataMissing

    server, engine = ho
    branch = short_branch(engine)
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    two = Till(
        tmp_path / "two",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C2"),
    )
    try:
        assert two.link.branch_has_data  # the branch has another counter
        one.set_up(branch, "C1")
        with pytest.raises(BranchDataMissing):
            two.set_up(branch, "C2", owner_username="", owner_name="", owner_pin="")
        assert not two.services.setup.is_initialised()
        assert _ids(two.services, Category) == set()
        one.sync()
        two.set_up(branch, "C2", owner_username="", owner_name="", owner_pin="")
        assert _ids(two.services, Category) == _ids(one.services, Category)
        assert two.login().id == one.login().id
    finally:
        two.close()
        one.close()


def test_first_counter_keeps_head_office_catalogue_codes(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """Head office's master CHAIN category arrives before setup: the first counter of a new
    branch makes the other default categories and its owner, but no second CHAIN."""
    server, engine = ho
    branch = short_branch(engine)
    version = "1735700000000-0000-ho"
    cat_id = new_id()
    stamp = "2025-06-01T00:00:00+00:00"
    row = {"id": cat_id, "code": "CHAIN", "name": "Chains (head office)", "metal": "gold"}
    row |= {"default_purity": 916, "branch_id": "ho", "device_id": "ho"}
    row |= {"created_at": stamp, "updated_at": stamp, "version": version}
    store.put_master_rows(engine, "category", [row], version=version)
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    try:
        assert not one.link.branch_has_data  # head office has a catalogue but no users
        one.set_up(branch, "C1")
        cats = {c.code: c.id for c in one.services.stock.categories()}
        assert cats["CHAIN"] == cat_id and len(cats) == 11  # the 11 defaults, CHAIN from HO
        assert one.login().username == SHOP.owner_username
        one.sync()
        assert _problems(one.path)["sync_quarantine"] == []
    finally:
        one.close()
