"""Crash safety of saving bills: a child process saves bills in a loop on a real SQLite file and
is killed with SIGKILL at random moments, many times; the file never holds a partial bill, the
numbering has no gap and the database passes its integrity check."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter as Tally
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models import Category, StockPiece
from jewelpos.db.outbox import bulk_insert
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 25
PIECES = 1500

CHILD = r"""
import os, random, sys
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import select

from jewelpos.db.engine import make_engine, make_session_factory
from jewelpos.db.models import AppUser, Category, StockPiece
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import PieceNotAvailable
from jewelpos.services.auth import user_info
from jewelpos.services.billing import BillDraft, BillingService, PaymentEntry, PaymentMode


def save_forever(db, seed):
    rng = random.Random(seed)
    clock = FixedClock(datetime(2025, 6, 1, 5, 0, tzinfo=UTC))
    engine = make_engine(db)
    uow = UnitOfWork(make_session_factory(engine, clock=clock))
    billing = BillingService(uow, clock)
    with uow.read() as s:
        cashier = user_info(s.scalars(select(AppUser).where(AppUser.username == "owner")).one())
        silver = s.scalars(select(Category.id).where(Category.code == "PAYAL")).one()
    billing.shop()
    saved, announced = 0, False
    while True:
        if saved and not announced:  # one whole bill first: however slow the machine is
            print(f"ready {os.getpid()}", flush=True)
            announced = True
        with uow.read() as s:
            tags = s.scalars(
                select(StockPiece.tag_code).where(StockPiece.status == "in_stock").limit(50)
            ).all()
        if not tags:
            break
        try:
            line = billing.line_for_code(rng.choice(tags))
        except PieceNotAvailable:
            continue
        extra = billing.untagged_line(category_id=silver, gross_mg=rng.randint(1_000, 20_000))
        draft = BillDraft(lines=(line, extra))
        due = billing.quote(draft, customer=None).net_payable
        pay = (PaymentEntry("c", PaymentMode.CASH, due),)
        billing.save_bill(replace(draft, payments=pay), by=cashier)
        saved += 1
    print("stock is empty", flush=True)
    os._exit(3)


# A zygote: everything is imported once; each "go SEED" forks a fresh saver process (no
# database connection exists before the fork), which the test kills; the zygote reaps it.
db = sys.argv[1]
for command in sys.stdin:
    seed = int(command.split()[1])
    pid = os.fork()
    if pid == 0:
        try:
            save_forever(db, seed)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    print(f"dead {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}", flush=True)
"""


def _seed_stock(services: Services) -> None:
    """Many small tagged pieces (Core bulk insert) and the day's rates."""
    owner = next(u for u in services.auth.users() if u.username == "owner")
    services.rates.set_rates(
        services.rates.today(),
        {("gold", 916): Decimal("7150.00"), ("silver", 925): Decimal("95.00")},
        by=owner,
    )
    with services.uow.begin() as s:
        ring = s.scalars(select(Category.id).where(Category.code == "RING")).one()
        now = services.clock.now()
        bulk_insert(
            s,
            StockPiece,
            (
                {
                    "tag_code": f"CR{i:06d}",
                    "category_id": ring,
                    "metal": "gold",
                    "purity": 916,
                    "gross_mg": 2_000 + i,
                    "stone_mg": 0,
                    "net_mg": 2_000 + i,
                    "status": "in_stock",
                    "received_at": now,
                }
                for i in range(PIECES)
            ),
            capture=False,
        )


def _check(db: Path) -> int:
    """Everything the crash test promises; returns the number of bills."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        bills = conn.execute(
            "SELECT id, seq, number, net_payable_paise, status FROM invoice ORDER BY seq"
        ).fetchall()
        seqs = [b[1] for b in bills]
        assert seqs == list(range(1, len(bills) + 1)), "gap or duplicate in numbering"
        nxt = conn.execute(
            "SELECT next_value FROM number_series WHERE doc_type = 'invoice'"
        ).fetchone()
        assert (nxt is None and not bills) or nxt[0] == len(bills) + 1
        for inv_id, _seq, number, net, status in bills:
            assert status == "final"
            lines = conn.execute(
                "SELECT piece_id FROM invoice_line WHERE invoice_id = ? ORDER BY line_no", (inv_id,)
            ).fetchall()
            assert len(lines) == 2, f"bill {number} has {len(lines)} lines"
            piece = lines[0][0]
            assert conn.execute(
                "SELECT status FROM stock_piece WHERE id = ?", (piece,)
            ).fetchone() == ("sold",)
            paid = conn.execute(
                "SELECT COALESCE(SUM(amount_paise), 0) FROM payment WHERE invoice_id = ?", (inv_id,)
            ).fetchone()[0]
            assert paid == net, f"bill {number} payments {paid} != {net}"
            assert (
                conn.execute(
                    "SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'invoice' AND row_id = ?",
                    (inv_id,),
                ).fetchone()[0]
                == 1
            )
            assert (
                conn.execute(
                    "SELECT COUNT(*) FROM piece_event WHERE ref = ? AND kind = 'sold'", (inv_id,)
                ).fetchone()[0]
                == 1
            )
        # every sold piece is on exactly one final bill
        sold = {r[0] for r in conn.execute("SELECT id FROM stock_piece WHERE status = 'sold'")}
        billed = Tally(
            r[0]
            for r in conn.execute(
                "SELECT l.piece_id FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
                "WHERE i.status = 'final' AND l.piece_id IS NOT NULL"
            )
        )
        assert set(billed) == sold and all(n == 1 for n in billed.values())
        # no orphan rows of a half-written bill
        assert conn.execute(
            "SELECT COUNT(*) FROM invoice_line WHERE invoice_id NOT IN (SELECT id FROM invoice)"
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT COUNT(*) FROM payment WHERE invoice_id NOT IN (SELECT id FROM invoice)"
        ).fetchone() == (0,)
        return len(bills)
    finally:
        conn.close()


def test_killing_the_saver_never_leaves_a_partial_bill(
    services: Services, owner: UserInfo, tmp_path: Path
) -> None:
    """25 SIGKILLs at random moments while bills are being saved: after each, the database
    is consistent (whole bills only, gapless numbers, integrity ok) and saving goes on."""
    _seed_stock(services)
    db = Path(str(services.engine.url.database))
    services.engine.dispose()
    script = tmp_path / "saver.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(4)
    counts = []
    started = time.monotonic()
    zygote = subprocess.Popen(
        [sys.executable, str(script), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert zygote.stdin is not None and zygote.stdout is not None and zygote.stderr is not None
    try:
        for kill in range(KILLS):
            zygote.stdin.write(f"go {kill}\n")
            zygote.stdin.flush()
            ready = zygote.stdout.readline().split()
            assert ready[:1] == ["ready"], zygote.stderr.read()
            time.sleep(rng.uniform(0.02, 0.3))
            os.kill(int(ready[1]), signal.SIGKILL)
            dead = zygote.stdout.readline().split()
            assert dead == ["dead", str(int(signal.SIGKILL))], (dead, zygote.stderr.read())
            counts.append(_check(db))
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
        zygote.stderr.close()
    assert counts == sorted(counts) and counts[-1] >= KILLS  # every run saved at least one
    assert time.monotonic() - started < 60
