"""The demo shop: built through the command line, valid data, refuses to overwrite, bulk path."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from jewelpos.cli import run
from jewelpos.config import load_settings
from jewelpos.db.engine import make_engine
from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.validation import (
    INDIAN_STATES,
    normalise_mobile,
    validate_gstin,
    validate_huid,
    validate_pin_code,
)
from jewelpos.services import Services, build_services
from jewelpos.services.auth import Role
from jewelpos.services.demo import (
    DEMO_USERS,
    SHOP_GSTIN,
    DemoData,
    DemoExists,
    build_demo_shop,
)
from jewelpos.services.demo_orders import ORDER_PIECES, ORDER_PIECES_SOLD
from jewelpos.services.stock import NewPiece, StockFilter

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def shop_today() -> date:
    return datetime.now(ZoneInfo("Asia/Kolkata")).date()


def demo_cli(home: Path, *args: str) -> int:
    """``jewelpos --data-dir HOME demo ARGS`` with $JEWELPOS_HOME pointing there too."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JEWELPOS_HOME", str(home))
        return run(["--data-dir", str(home), "demo", "--data-dir", str(home), *args])


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@dataclass
class Built:
    home: Path
    db: Path
    services: Services


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    home = tmp_path_factory.mktemp("demo-small")
    assert demo_cli(home) == 0
    db = load_settings(home).db_path
    engine = make_engine(db)
    yield Built(home, db, build_services(engine))
    engine.dispose()


def test_every_role_logs_in_with_its_demo_pin(small: Built) -> None:
    """Owner, manager, cashier and salesperson exist and their README PINs log in."""
    roles = {}
    for user in DEMO_USERS:
        info = small.services.auth.login(user.username, user.pin)
        roles[info.role] = info.username
    assert set(roles) == set(Role)


def test_shop_is_set_up_in_maharashtra(small: Built) -> None:
    """The demo shop has a valid GSTIN of state 27, branch B1 and counter C1."""
    info = small.services.setup.shop_info()
    assert validate_gstin(info.gstin) == SHOP_GSTIN
    assert (info.state_code, info.branch_code, info.counter_code) == ("27", "B1", "C1")


def test_today_has_every_rate_and_a_month_of_history(small: Built) -> None:
    """Today's rates are all set (22K916 at 7,150) and each pair has a month of history."""
    today = shop_today()
    rates = small.services.rates.rates_for_day(today)
    assert all(r.rate is not None for r in rates)
    found = {(r.metal, r.purity): r.rate or Decimal(0) for r in rates}
    assert found[("gold", 916)] == Decimal("7150.00")
    assert found[("gold", 999)] > found[("gold", 916)] > found[("gold", 750)]
    assert not small.services.rates.rates_missing(today)
    days = {c.day for c in small.services.rates.history("gold", 916, days=31)}
    assert len(days) == 31


def test_pieces_are_valid_and_varied(small: Built) -> None:
    """300 pieces in stock (and the orders' pieces), net = gross - stones, stones and HUIDs valid, metals mixed."""
    page = small.services.stock.search(StockFilter(limit=1000))
    # 300 pieces, and the pieces made for the demo's orders that are still in stock
    assert page.total_count == 300 + ORDER_PIECES - ORDER_PIECES_SOLD
    pieces = page.rows
    for p in pieces:
        assert p.net_mg == p.gross_mg - p.stone_mg > 0
        assert p.stone_mg >= 0
        for h in p.huids:
            assert validate_huid(h) == h
    huids = [h for p in pieces for h in p.huids]
    assert len(huids) == len(set(huids)) > 150
    assert len({p.tag_code for p in pieces}) == 300 + ORDER_PIECES - ORDER_PIECES_SOLD
    kinds = {(p.metal, p.purity) for p in pieces}
    assert kinds >= {("gold", 916), ("gold", 750), ("gold", 585), ("gold", 999), ("silver", 925)}
    assert sum(1 for p in pieces if p.stone_mg) > 60
    # gold coins and silver carry no HUID; hallmarked gold of 2 g and more does
    hallmarked = [
        p
        for p in pieces
        if p.metal == "gold" and p.category_name != "Gold coin" and p.gross_mg >= 2000
    ]
    assert hallmarked and all(p.huids for p in hallmarked)


def test_stone_rows_add_up_to_each_pieces_stone_weight(small: Built) -> None:
    """Every piece's stone weight is the sum of its stone rows (1 ct = 200 mg)."""
    bad = rows(
        small.db,
        "SELECT p.tag_code FROM stock_piece p LEFT JOIN piece_stone s ON s.piece_id = p.id "
        "GROUP BY p.id HAVING p.stone_mg != coalesce(sum(s.weight_mg), 0)",
    )
    assert bad == []
    detail = small.services.stock.piece(
        next(p.id for p in small.services.stock.search(StockFilter(limit=1000)).rows if p.stone_mg)
    )
    assert detail.stones and all(s.value_paise > 0 for s in detail.stones)


def test_customers_are_valid_and_some_are_in_devanagari(small: Built) -> None:
    """About 200 customers: unique valid mobiles, valid state codes and PINs, some Devanagari names."""
    found = rows(small.db, "SELECT name, mobile, state_code, pin_code, birthday FROM customer")
    assert len(found) == 200
    mobiles = [str(m) for _, m, _, _, _ in found]
    assert [normalise_mobile(m) for m in mobiles] == mobiles
    assert len(set(mobiles)) == 200
    for _, _, state, pin, _ in found:
        assert state in INDIAN_STATES
        validate_pin_code(str(pin))
    devanagari = [n for n, *_ in found if DEVANAGARI.search(str(n))]
    assert 10 <= len(devanagari) <= 80
    assert sum(1 for *_, b in found if b) > 100
    hit = small.services.customers.search(str(devanagari[0]).split()[0])
    assert any(c.name == devanagari[0] for c in hit)


def test_small_demo_writes_outbox_rows_like_the_counter(small: Built) -> None:
    """Through the services every piece and customer has its sync_outbox insert row."""
    sql = "SELECT table_name, count(*) FROM sync_outbox WHERE op = 'insert' GROUP BY 1"
    counts = {str(table): n for table, n in rows(small.db, sql)}
    assert counts["stock_piece"] == 300 + ORDER_PIECES
    assert counts["customer"] == 200


def test_second_demo_without_force_refuses_and_keeps_the_data(small: Built) -> None:
    """Running demo again on a shop fails with a clear message and changes nothing."""
    before = rows(small.db, "SELECT count(*), max(tag_code) FROM stock_piece")
    try:
        status: int | None = demo_cli(small.home, "--pieces", "5", "--customers", "5")
    except DemoExists as exc:
        assert "--force" in exc.message
        status = None
    assert status != 0
    assert rows(small.db, "SELECT count(*), max(tag_code) FROM stock_piece") == before
    assert not (small.home / "backups").exists() or not list(
        (small.home / "backups").glob("before-demo-*")
    )


def test_force_moves_the_old_database_aside_and_builds_anew(tmp_path: Path) -> None:
    """--force keeps the old database in the backups folder and builds a fresh shop."""
    settings = load_settings(tmp_path)
    build_demo_shop(settings, pieces=12, customers=7)
    old = rows(settings.db_path, "SELECT id FROM shop")
    summary = build_demo_shop(settings, pieces=20, customers=9, force=True)
    kept = list(settings.backups_dir.glob("before-demo-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in summary
    assert rows(kept[0], "SELECT id FROM shop") == old
    assert rows(settings.db_path, "SELECT count(*) FROM stock_piece") == [(20 + ORDER_PIECES,)]
    assert rows(settings.db_path, "SELECT id FROM shop") != old
    with pytest.raises(JewelPOSError):
        build_demo_shop(settings, pieces=1, customers=1)


@pytest.mark.slow
def test_bulk_demo_makes_valid_rows_with_progress(tmp_path: Path) -> None:
    """Above the service limit rows are bulk inserted in batches: valid, unique, series moved on."""
    settings = load_settings(tmp_path)
    calls: list[tuple[int, int, str]] = []
    build_demo_shop(
        settings, pieces=2000, customers=3000, progress=lambda d, t, w: calls.append((d, t, w))
    )
    db = settings.db_path
    assert (2000, 2000, "pieces") in calls and (3000, 3000, "customers") in calls
    assert [c for c in calls if c[2] == "pieces"] == sorted(c for c in calls if c[2] == "pieces")
    tags = (
        "SELECT count(*), count(DISTINCT tag_code), min(tag_code), max(tag_code) FROM stock_piece"
    )
    # the demo's orders tag their pieces after the 2000 pieces of stock
    assert rows(db, tags) == [(2003, 2003, "B1C1000001", "B1C1002003")]
    invalid = "SELECT count(*) FROM stock_piece WHERE net_mg != gross_mg - stone_mg"
    assert rows(db, invalid) == [(0,)]
    huids = [str(h) for (h,) in rows(db, "SELECT huid FROM piece_huid")]
    assert len(huids) > 1000 and all(validate_huid(h) == h for h in huids)
    assert rows(db, "SELECT count(*) FROM piece_event WHERE kind = 'received'") == [(2003,)]
    mobiles = [str(m) for (m,) in rows(db, "SELECT mobile FROM customer")]
    assert len(mobiles) == len(set(mobiles)) == 3000
    assert all(normalise_mobile(m) == m for m in mobiles)
    # Bulk rows are history, not news for head office: no outbox rows for them.
    # (the pieces made for the demo's orders are received through the services, like a counter)
    queued = (
        "SELECT count(*) FROM sync_outbox WHERE table_name IN ('stock_piece', 'customer') "
        "AND row_id NOT IN (SELECT piece_id FROM customer_order WHERE piece_id IS NOT NULL)"
    )
    assert rows(db, queued) == [(0,)]
    engine = make_engine(db)
    try:
        svc = build_services(engine)
        manager = svc.auth.login("manager", "2222")
        cat = next(c for c in svc.stock.categories() if c.code == "CHAIN")
        added = svc.stock.add_piece(
            NewPiece(category_id=cat.id, metal="gold", purity=916, gross_mg=10_500), by=manager
        )
        assert added.tag_code == "B1C1002004"  # after the stock's 2000 and the orders' 3
        assert svc.customers.find_by_mobile(mobiles[-1]) is not None
        assert svc.stock.find_by_code(huids[0]) is not None
    finally:
        engine.dispose()


def test_generators_are_deterministic() -> None:
    """The same seed and day give the same customers and pieces."""
    a, b = DemoData(7, today=date(2025, 11, 25)), DemoData(7, today=date(2025, 11, 25))
    assert [a.customer() for _ in range(20)] == [b.customer() for _ in range(20)]
    assert [a.piece() for _ in range(20)] == [b.piece() for _ in range(20)]
    c, d = DemoData(8, today=date(2025, 11, 25)), DemoData(7, today=date(2025, 11, 25))
    assert [c.customer() for _ in range(5)] != [d.customer() for _ in range(5)]


def test_demo_has_orders_in_every_state_with_photos_karigars_and_repairs(small: Built) -> None:
    """Orders taken, with a karigar, received, ready, delivered, cancelled; photos on disk."""
    s = small.services
    statuses = {r.status for r in s.orders.orders()}
    assert statuses == {"taken", "with_karigar", "received", "ready", "delivered", "cancelled"}
    assert s.followup.overdue() and s.followup.due_tomorrow() and s.followup.not_collected(3)
    photos_dir = load_settings(small.home).photos_dir
    for row in s.orders.orders():
        view = s.orders.order(row.id)
        assert len(view.photos) == 2
        assert all((photos_dir / p[:2] / f"{p}.jpg").exists() for p in view.photos)
    karigars = s.karigars.karigars()
    assert len(karigars) == 2 and all(len(s.karigars.ledger(k.id)) >= 2 for k in karigars)
    assert {r.status for r in s.repairs.repairs()} == {
        "taken",
        "with_karigar",
        "ready",
        "delivered",
    }


def test_demo_has_scheme_members_in_every_state(small: Built) -> None:
    """Paying, late (missed), bounced cheque, matured and not redeemed, closed early."""
    svc = small.services.schemes
    accounts = {a.nominee: a for a in svc.accounts()}
    assert len(accounts) == 5
    assert accounts["Sunil"].paid_count == 4 and accounts["Sunil"].status == "active"
    assert accounts["Meera"] in svc.defaulters(2)
    assert accounts["Anil"].paid_count == 2
    assert "reversal" in [line.kind for line in svc.statement(accounts["Anil"].id).lines]
    assert accounts["Kavita"].matured and accounts["Kavita"] in svc.matured_not_redeemed()
    assert accounts["Rohit"].status == "closed" and accounts["Rohit"].balance == Decimal(0)
