"""Final documents cannot change (issue 8 point 6): on a bill, old-gold voucher and credit note
saved through the real services, every UPDATE of a protected column and every DELETE is refused
by the database's triggers; the cancellation is written once; normal flows still work."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft

_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from billing_helpers import (  # noqa: E402
    MANAGER_PIN,
    Counter,
    exchange_old_gold,
    make_counter,
    paid_in_full,
)

# What may still be written after insert, by hand (not read from the code under test):
# the sync bookkeeping stamped on every update, and the cancellation written once.
BOOKKEEPING = {"updated_at", "version"}
WRITABLE = {
    "invoice": BOOKKEEPING
    | {"status", "cancelled_at", "cancelled_by", "cancel_approved_by", "cancel_reason"},
    "invoice_line": BOOKKEEPING,
    "payment": BOOKKEEPING,
    "old_gold_voucher": BOOKKEEPING | {"status", "cancelled_at"},
    "old_gold_voucher_line": BOOKKEEPING,
    "credit_note": BOOKKEEPING,
    "credit_note_line": BOOKKEEPING,
}


@dataclass
class Documents:
    counter: Counter
    bill_id: str
    note_id: str


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


@pytest.fixture
def docs(counter: Counter) -> Documents:
    """A saved exchange bill (two lines, old gold, cash + UPI) with its ring returned."""
    neck, ring = counter.necklace(net_mg=30_000), counter.ring()
    draft = BillDraft(
        lines=(neck, ring), old_gold=(exchange_old_gold(),), customer_id=counter.customer.id
    )
    saved = counter.billing.save_bill(
        paid_in_full(counter, draft, cash_amount="1000"), by=counter.cashier
    )
    ring_line = counter.billing.bill(saved.id).lines[1]
    note = counter.billing.sales_return(
        saved.id,
        line_ids=(ring_line.id,),
        reason="size",
        by=counter.manager,
        keep_rest_as_credit=True,
    )
    return Documents(counter, saved.id, note.id)


@pytest.fixture
def conn(docs: Documents) -> Iterator[Connection]:
    with docs.counter.services.engine.connect() as c:
        yield c


def _columns(conn: Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]


def _one_id(conn: Connection, table: str) -> str:
    row_id = conn.exec_driver_sql(f'SELECT id FROM "{table}" LIMIT 1').scalar()
    assert row_id is not None, f"the saved documents wrote no {table} row"
    return str(row_id)


def _different(column: str) -> str:
    """An SQL expression giving a value of the column's kind that differs from the stored one."""
    c = f'"{column}"'
    return (
        f"CASE WHEN {c} IS NULL THEN '1' WHEN typeof({c}) IN ('integer', 'real') "
        f"THEN {c} + 1 ELSE {c} || 'x' END"
    )


@pytest.mark.parametrize("table", sorted(WRITABLE))
def test_every_protected_column_refuses_an_update(conn: Connection, table: str) -> None:
    """UPDATE of any column but the bookkeeping and cancellation ones fails with the trigger's
    message, and the row keeps its value."""
    row_id = _one_id(conn, table)
    protected = [c for c in _columns(conn, table) if c not in WRITABLE[table]]
    assert {"id", "branch_id", "device_id", "created_at"} <= set(protected)
    for column in protected:
        before = conn.exec_driver_sql(
            f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)
        ).scalar()
        with pytest.raises(IntegrityError, match="final document"):
            conn.exec_driver_sql(
                f'UPDATE "{table}" SET "{column}" = {_different(column)} WHERE id = ?', (row_id,)
            )
        conn.rollback()
        after = conn.exec_driver_sql(
            f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)
        ).scalar()
        assert after == before, f"{table}.{column} changed"


@pytest.mark.parametrize("table", sorted(WRITABLE))
def test_no_row_of_a_final_document_can_be_deleted(conn: Connection, table: str) -> None:
    """DELETE of any row (the one, or all) fails with the trigger's message; nothing goes."""
    row_id = _one_id(conn, table)
    total = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
    with pytest.raises(IntegrityError, match="final document"):
        conn.exec_driver_sql(f'DELETE FROM "{table}" WHERE id = ?', (row_id,))
    conn.rollback()
    with pytest.raises(IntegrityError, match="final document"):
        conn.exec_driver_sql(f'DELETE FROM "{table}"')
    conn.rollback()
    assert conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() == total


def test_bookkeeping_columns_stay_writable(conn: Connection) -> None:
    """Change capture's updated_at and version may be stamped again on every document table."""
    for table in WRITABLE:
        row_id = _one_id(conn, table)
        conn.exec_driver_sql(
            f"UPDATE \"{table}\" SET updated_at = '2030-01-01 00:00:00.000000', "
            "version = version || 'z' WHERE id = ?",
            (row_id,),
        )
    conn.rollback()


def test_a_cancellation_is_written_once_and_never_changed(counter: Counter) -> None:
    """cancel_bill works (bill and its voucher); after it the reason, who, when and status are
    fixed, and a bill cannot be un-cancelled; a final bill cannot be marked cancelled without
    the time of cancelling."""
    bill = counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(
                lines=(counter.necklace(net_mg=30_000),),
                old_gold=(exchange_old_gold(),),
                customer_id=counter.customer.id,
            ),
        ),
        by=counter.cashier,
    )
    other = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.necklace(net_mg=5_000),))),
        by=counter.cashier,
    )
    engine = counter.services.engine
    with engine.connect() as conn, pytest.raises(IntegrityError, match="final document"):
        conn.exec_driver_sql(  # "cancelled" without when: not a cancellation
            "UPDATE invoice SET status = 'cancelled', cancel_reason = 'x' WHERE id = ?",
            (other.id,),
        )
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    done = counter.billing.cancel_bill(
        bill.id, reason="wrong item", approval=approval, by=counter.cashier
    )
    assert done.status == "cancelled"
    with engine.connect() as conn:
        voucher = conn.exec_driver_sql(
            "SELECT status, cancelled_at FROM old_gold_voucher WHERE invoice_id = ?", (bill.id,)
        ).one()
        assert voucher[0] == "cancelled" and voucher[1] is not None
        for sql in (
            "UPDATE invoice SET cancel_reason = 'another reason' WHERE id = ?",
            "UPDATE invoice SET cancelled_by = NULL WHERE id = ?",
            "UPDATE invoice SET cancelled_at = '2030-01-01 00:00:00.000000' WHERE id = ?",
            "UPDATE invoice SET status = 'final', cancelled_at = NULL WHERE id = ?",
            "UPDATE old_gold_voucher SET status = 'final', cancelled_at = NULL "
            "WHERE invoice_id = ?",
        ):
            with pytest.raises(IntegrityError, match="final document"):
                conn.exec_driver_sql(sql, (bill.id,))
            conn.rollback()
    assert counter.billing.bill(bill.id).cancel_reason == "wrong item"
