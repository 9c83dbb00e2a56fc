"""Billing benchmark on the shop-sized database: scanning a tag into a bill line, saving a bill.

Works on a COPY of the benchmark shop (the cached file is only read), brought to today's schema.
Today's rates are set on the copy for every metal and purity in stock.

Figures (one JSON line each): ``scan_to_line_p99_ms`` / ``scan_to_line_p50_ms`` -
``BillingService.line_for_code`` on random in-stock tag codes (piece, category, HUIDs and the
rate of the day); ``save_p99_ms`` / ``save_p50_ms`` - ``BillingService.save_bill`` of a 2-line
cash bill with a customer (two small tagged pieces: invoice, lines, payment, pieces SOLD with events,
number, audit and outbox in one transaction with synchronous=FULL);
``scan_to_screen_p99_ms`` / ``scan_to_screen_p50_ms`` - the scanner's Enter on the real billing
screen (offscreen Qt, lookups through its TaskRunner) until the new line is painted
(see scan_screen.py).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DB_FILE, emit, ensure_shop, runs, shop_counts
from scan_screen import scan_to_screen_ms

BENCH = "billing"
SCANS_PER_RUN = 200
SAVES_PER_RUN = 60
SMALL_NET_MG = 2_500  # two such gold pieces stay below the buyer-details value


def working_copy(home: Path, dest_dir: Path) -> Path:
    """A copy of the shop's database at today's schema (the cached file is only read)."""
    from jewelpos.db.backup import copy_database
    from jewelpos.db.migrate import upgrade_database

    dest = dest_dir / DB_FILE
    copy_database(home / DB_FILE, dest)
    upgrade_database(dest, dest_dir / "backups", keep=1)
    return dest


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _sample_tags(db: Path, n: int, *, small: bool, seed: int) -> list[str]:
    """``n`` distinct random in-stock tag codes (small gold pieces when ``small``)."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(rowid) FROM stock_piece").fetchone()[0] or 1
        found: dict[str, None] = {}
        tries = 0
        while len(found) < n and tries < n * 200:
            tries += 1
            row = conn.execute(
                "SELECT tag_code, status, metal, net_mg FROM stock_piece WHERE rowid = ?",
                (rnd.randint(1, top),),
            ).fetchone()
            if row is None or row[1] != "in_stock":
                continue
            if small and (row[2] != "gold" or row[3] >= SMALL_NET_MG):
                continue
            found[str(row[0])] = None
        return list(found)
    finally:
        conn.close()


def main() -> int:
    home = ensure_shop()
    pieces, _customers = shop_counts(home)
    from sqlalchemy import select

    from jewelpos.db.engine import make_engine
    from jewelpos.db.models import AppUser, StockPiece
    from jewelpos.domain.errors import DuplicateValue
    from jewelpos.domain.rates import derive_rate
    from jewelpos.services import build_services
    from jewelpos.services.auth import user_info
    from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
    from jewelpos.services.customers import CustomerInfo, CustomerInput

    n_runs = runs(3)
    with tempfile.TemporaryDirectory(prefix="jewelpos-bench-billing-") as tmp:
        db = working_copy(home, Path(tmp))
        scan_tags = _sample_tags(db, SCANS_PER_RUN * n_runs, small=False, seed=11)
        save_tags = _sample_tags(db, 2 * SAVES_PER_RUN * n_runs + 10, small=True, seed=12)
        engine = make_engine(db)
        services = build_services(engine)
        try:
            with services.uow.read() as s:
                owner = user_info(
                    s.scalars(select(AppUser).where(AppUser.role == "owner").limit(1)).one()
                )
                cashier = user_info(
                    s.scalars(select(AppUser).where(AppUser.role == "cashier").limit(1)).first()
                    or s.scalars(select(AppUser).where(AppUser.role == "owner").limit(1)).one()
                )
                pairs = s.execute(select(StockPiece.metal, StockPiece.purity).distinct()).all()
            board = {
                "gold": Decimal("7800.00"),
                "silver": Decimal("98.00"),
                "platinum": Decimal("3200.00"),
            }
            rates = {(m, p): derive_rate(board[m], board_purity=999, purity=p) for m, p in pairs}
            rates[("gold", 999)] = board["gold"]
            services.rates.set_rates(services.rates.today(), rates, by=owner)
            billing = services.billing

            for tag in scan_tags[:5]:  # warm caches as a counter that has been running would
                billing.line_for_code(tag)
            scans: list[float] = []
            for tag in scan_tags:
                t0 = time.perf_counter()
                billing.line_for_code(tag)
                scans.append((time.perf_counter() - t0) * 1000)
            # the same tags again, typed into the billing screen (the first few warm Qt up)
            timed = scan_to_screen_ms(services, cashier, scan_tags)
            on_screen = timed[5:] or timed

            # one buyer (name, address, state, PAN) per bill, so the day's cash rule per person
            # never refuses a bill of the benchmark
            buyers: list[CustomerInfo] = []
            rnd = random.Random(13)
            while len(buyers) < SAVES_PER_RUN * n_runs:
                try:
                    buyers.append(
                        services.customers.save(
                            CustomerInput(
                                name=f"Bench Buyer {len(buyers)}",
                                mobile=f"7{rnd.randint(0, 999_999_999):09d}",
                                address="1 Bench Road",
                                city="Pune",
                                state_code="27",
                                pan="ABCPE1234F",
                            ),
                            by=owner,
                        )
                    )
                except DuplicateValue:
                    continue
            saves: list[float] = []
            bills = 0
            it = iter(save_tags)
            while bills < SAVES_PER_RUN * n_runs:
                try:
                    a, b = next(it), next(it)
                except StopIteration:
                    break
                buyer = buyers[bills]
                draft = BillDraft(
                    lines=(billing.line_for_code(a), billing.line_for_code(b)),
                    customer_id=buyer.id,
                )
                due = billing.quote(draft, customer=CustomerOnBill.from_info(buyer)).net_payable
                draft = replace(
                    draft, payments=(PaymentEntry("cash", PaymentMode.CASH, due + 500),)
                )
                t0 = time.perf_counter()
                billing.save_bill(draft, by=cashier)
                saves.append((time.perf_counter() - t0) * 1000)
                bills += 1
        finally:
            engine.dispose()
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)

    common = {"pieces": pieces}
    emit(BENCH, "scan_to_line_p99_ms", round(_percentile(scans, 0.99), 2), "ms",
         scans=len(scans), **common)  # fmt: skip
    emit(BENCH, "scan_to_line_p50_ms", round(_percentile(scans, 0.5), 2), "ms",
         scans=len(scans), **common)  # fmt: skip
    emit(BENCH, "scan_to_screen_p99_ms", round(_percentile(on_screen, 0.99), 2), "ms",
         scans=len(on_screen), **common)  # fmt: skip
    emit(BENCH, "scan_to_screen_p50_ms", round(_percentile(on_screen, 0.5), 2), "ms",
         scans=len(on_screen), **common)  # fmt: skip
    emit(BENCH, "save_p99_ms", round(_percentile(saves, 0.99), 2), "ms",
         bills=len(saves), lines_per_bill=2, **common)  # fmt: skip
    emit(BENCH, "save_p50_ms", round(_percentile(saves, 0.5), 2), "ms",
         bills=len(saves), lines_per_bill=2, **common)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
