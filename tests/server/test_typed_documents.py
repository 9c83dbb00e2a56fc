"""Documents in typed tables at head office: a server upgraded from JSON-only storage fills them
from its row store, the models match the migrations, and a pushed bill with lines, payments, a
credit note and an old-gold voucher lands in them with its values typed."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import insert, select

from jewelpos.domain.ids import new_id
from jewelpos.server import reports, store
from jewelpos.server.db import MIGRATIONS_DIR, make_server_engine, upgrade
from jewelpos.server.documents import TABLES
from jewelpos.server.models import metadata, row_store
from jewelpos.sync.protocol import Change, EnrolRequest
from serverrows import full_row, invoice
from syncsupport import PgCluster

V1 = "1735700000000-0000-aaaa"


def _alembic(conn: object, target: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def test_upgrade_fills_typed_tables_from_the_row_store(pg: PgCluster) -> None:
    """Invoices stored as JSON before s0003 are in doc_invoice after it; the report reads them."""
    engine = make_server_engine(pg.createdb("t" + uuid.uuid4().hex[:12]))
    try:
        with engine.connect() as conn:
            _alembic(conn, "s0002")
            conn.commit()
        bid = store.add_branch(engine, code="B7")
        with engine.begin() as conn:
            for seq in (1, 2):
                rid = new_id()
                payload = full_row(
                    "invoice", rid, **invoice("B7", "C1", seq, net_payable_paise=12_345 * seq)
                )
                conn.execute(
                    insert(row_store).values(
                        table_name="invoice",
                        row_id=rid,
                        scope="branch",
                        branch_id=bid,
                        origin_device="d",
                        op="insert",
                        version=V1,
                        seq=seq,
                        payload=payload,
                        ref_key=None,
                        updated_at=datetime.now(UTC),
                    )
                )
        upgrade(engine)
        with engine.connect() as conn:
            typed = conn.execute(select(TABLES["invoice"]).order_by(TABLES["invoice"].c.seq)).all()
        assert [(r.seq, r.net_payable_paise, r.shop_day) for r in typed] == [
            (1, 12_345, date(2026, 6, 1)),
            (2, 24_690, date(2026, 6, 1)),
        ]
        sales = reports.sales_per_branch_day(
            engine, day_from=date(2026, 6, 1), day_to=date(2026, 6, 1)
        )
        # 12,345 + 24,690 = 37,035 paise
        assert sales == [
            {"branch": "B7", "day": "2026-06-01", "bills": 2, "cancelled": 0, "net_paise": 37_035}
        ]
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
        assert [d for d in diff if "doc_" in repr(d)] == []
    finally:
        engine.dispose()


def test_pushed_documents_land_typed_on_sqlite(tmp_path: Path) -> None:
    """A bill, its line and payment, a credit note and an old-gold voucher pushed to the SQLite
    server are in their typed tables with integer paise, milligrams and real dates."""
    engine = make_server_engine(f"sqlite:///{tmp_path}/ho.sqlite3")
    try:
        upgrade(engine)
        store.add_branch(engine, code="B1")
        code = store.make_enrol_code(engine, branch_code="B1", counter_code="C1")
        token = store.enrol(engine, EnrolRequest(code=code, device_id=new_id())).token
        auth = store.authenticate(engine, token)
        inv, line, pay, cn, og = (new_id() for _ in range(5))
        rows = {
            "invoice": full_row("invoice", inv, **invoice("B1", "C1", 1, taxable_paise=700_000)),
            "invoice_line": full_row(
                "invoice_line",
                line,
                invoice_id=inv,
                line_no=1,
                net_mg=10_250,
                taxable_paise=700_000,
            ),
            "payment": full_row(
                "payment",
                pay,
                invoice_id=inv,
                line_no=1,
                mode="upi",
                amount_paise=721_000,
                tendered_paise=721_000,
            ),
            "credit_note": full_row(
                "credit_note",
                cn,
                number="CB1-C1/26/00001",
                fy="2627",
                shop_day="2026-06-02",
                invoice_id=inv,
                total_paise=721_000,
            ),
            "old_gold_voucher": full_row(
                "old_gold_voucher",
                og,
                number="PB1-C1/26/00001",
                fy="2627",
                shop_day="2026-06-01",
                fine_mg=4_580,
                total_paise=300_000,
            ),
        }
        changes = [
            Change(id=new_id(), table=t, row_id=p["id"], op="insert", version=V1, payload=p)
            for t, p in rows.items()
        ]
        results = store.apply_push(engine, auth, changes)
        assert [r.result for r in results] == ["applied"] * 5, results
        with engine.connect() as conn:
            got_line = conn.execute(select(TABLES["invoice_line"])).one()
            got_pay = conn.execute(select(TABLES["payment"])).one()
            got_cn = conn.execute(select(TABLES["credit_note"])).one()
            got_og = conn.execute(select(TABLES["old_gold_voucher"])).one()
        assert (got_line.invoice_id, got_line.net_mg, got_line.taxable_paise) == (
            inv,
            10_250,
            700_000,
        )
        assert (got_pay.mode, got_pay.amount_paise) == ("upi", 721_000)
        assert (got_cn.shop_day, got_cn.total_paise) == (date(2026, 6, 2), 721_000)
        assert (got_og.fine_mg, got_og.total_paise) == (4_580, 300_000)
    finally:
        engine.dispose()
