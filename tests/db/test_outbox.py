"""Change capture: a synced row and its outbox row are written, or rolled back, together."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factories import services_for, set_up_shop
from jewelpos.db.engine import make_engine, make_session_factory
from jewelpos.db.models import Category, Customer, MetalRate, StockPiece, SyncOutbox
from jewelpos.db.outbox import APPLYING_REMOTE, CounterNotInitialised, bulk_insert
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.hlc import Hlc

NOW = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)


class Abort(Exception):
    pass


@pytest.fixture
def uow(db_path: Path) -> UnitOfWork:
    services = services_for(db_path, FixedClock(NOW))
    set_up_shop(services)
    services.engine.dispose()
    return UnitOfWork(make_session_factory(make_engine(db_path), clock=FixedClock(NOW)))


def _customer_and_piece(s: Session) -> tuple[Customer, StockPiece]:
    cat = s.scalars(select(Category).where(Category.code == "RING")).one()
    c = Customer(mobile="9876543210", name="Asha Patil", name_key="asha patil")
    p = StockPiece(
        tag_code="T000001",
        category_id=cat.id,
        metal="gold",
        purity=916,
        gross_mg=6250,
        stone_mg=380,
        net_mg=5870,
        received_at=NOW,
    )
    s.add_all([c, p])
    s.flush()
    return c, p


def _counts(uow: UnitOfWork) -> tuple[int, int, int]:
    with uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Customer)) or 0,
            s.scalar(select(func.count()).select_from(StockPiece)) or 0,
            s.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(SyncOutbox.table_name.in_(["customer", "stock_piece"]))
            )
            or 0,
        )


def test_aborted_transaction_leaves_neither_rows_nor_outbox_rows(uow: UnitOfWork) -> None:
    """Saving a customer and a piece, then failing, leaves no rows and no change records."""
    with pytest.raises(Abort), uow.begin() as s:
        _customer_and_piece(s)
        assert (
            s.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(SyncOutbox.table_name == "customer")
            )
            == 1
        )  # written in the same transaction
        raise Abort
    assert _counts(uow) == (0, 0, 0)


def test_committed_transaction_keeps_rows_and_their_outbox_rows(uow: UnitOfWork) -> None:
    """Committed, both rows exist and each has an insert record carrying its columns."""
    with uow.begin() as s:
        c, p = _customer_and_piece(s)
        ids = {"customer": c.id, "stock_piece": p.id}
    assert _counts(uow) == (1, 1, 2)
    with uow.read() as s:
        rows = s.scalars(select(SyncOutbox).where(SyncOutbox.row_id.in_(ids.values()))).all()
        cust = s.get(Customer, ids["customer"])
        assert cust is not None
        device_id = cust.device_id
    by_table = {r.table_name: r for r in rows}
    assert by_table["customer"].op == "insert"
    assert by_table["customer"].payload["mobile"] == "9876543210"
    assert by_table["stock_piece"].payload["net_mg"] == 5870
    assert by_table["stock_piece"].payload["tag_code"] == "T000001"
    assert by_table["customer"].payload["device_id"] == device_id
    assert by_table["customer"].payload["created_at"] == NOW.isoformat()
    assert all(r.sent_at is None and r.attempts == 0 for r in rows)


def test_update_writes_an_update_record_with_a_later_version(uow: UnitOfWork) -> None:
    """Changing a synced row stamps a newer HLC version and queues an update record."""
    with uow.begin() as s:
        c, _ = _customer_and_piece(s)
        first_version = c.version
        cid = c.id
    with uow.begin() as s:
        found = s.get(Customer, cid)
        assert found is not None
        found.city = "Pune"
    with uow.read() as s:
        recs = s.scalars(
            select(SyncOutbox).where(SyncOutbox.row_id == cid).order_by(SyncOutbox.seq)
        ).all()
    assert [r.op for r in recs] == ["insert", "update"]
    assert recs[1].payload["city"] == "Pune"
    assert Hlc.unpack(recs[1].version) > Hlc.unpack(first_version)
    assert recs[1].seq > recs[0].seq


def test_versions_increase_while_the_clock_stands_still(uow: UnitOfWork) -> None:
    """With a frozen clock, every new version still sorts after the previous one."""
    with uow.read() as s:
        before = s.scalars(select(SyncOutbox.version).order_by(SyncOutbox.seq)).all()
    assert len(before) > 3
    assert before == sorted(before)
    assert len(set(before)) == len(before)


def test_rows_applied_from_a_pull_do_not_reenter_the_outbox(uow: UnitOfWork) -> None:
    """With session.info['applying_remote'] set, writes are not captured."""
    with uow.begin() as s:
        s.info[APPLYING_REMOTE] = True
        s.add(
            Customer(
                id="01900000-0000-7000-8000-000000000001",
                mobile="9123456789",
                name="From head office",
                name_key="from head office",
                branch_id="other-branch",
                device_id="other-device",
                created_at=NOW,
                updated_at=NOW,
                version="1748754000000-0000-headoffice",
            )
        )
    with uow.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert (
            s.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(SyncOutbox.table_name == "customer")
            )
            == 0
        )


def test_bulk_insert_writes_outbox_rows_unless_told_not_to(uow: UnitOfWork) -> None:
    """The Core bulk helper fills bookkeeping columns and queues records (or not, on request)."""
    rows = [
        {"day": NOW.date(), "metal": "gold", "purity": 916, "rate_paise": 715000 + i, "set_at": NOW}
        for i in range(3)
    ]
    quiet = [
        {"day": NOW.date(), "metal": "silver", "purity": 925, "rate_paise": 9500, "set_at": NOW}
    ]
    with uow.begin() as s:
        assert bulk_insert(s, MetalRate, rows) == 3
        assert bulk_insert(s, MetalRate, quiet, capture=False) == 1
    with uow.read() as s:
        stored = s.scalars(select(MetalRate)).all()
        recs = s.scalars(select(SyncOutbox).where(SyncOutbox.table_name == "metal_rate")).all()
    assert len(stored) == 4
    assert all(r.device_id and r.version for r in stored)
    assert sorted(r.payload["rate_paise"] for r in recs) == [715000, 715001, 715002]


def test_synced_rows_need_a_set_up_counter(db_path: Path) -> None:
    """Before first-run setup there is no counter identity, so a synced write is refused."""
    uow = UnitOfWork(make_session_factory(make_engine(db_path), clock=FixedClock(NOW)))
    with pytest.raises(CounterNotInitialised), uow.begin() as s:
        s.add(Customer(mobile="9876543210", name="A", name_key="a"))
