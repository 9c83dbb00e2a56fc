"""Reports benchmark on a year of bills: the month's sales report and the month's GSTR-1.

The shop is a small demo shop plus a year of bills written with bulk SQL (services/demo_year.py,
fixed seed) up to $JEWELPOS_BENCH_REPORT_LINES invoice lines (default 1,000,000), spread over
as many counters as one series' 99,999 numbers a year need. It is built once and cached under
~/.cache/jewelpos-bench (the reports only read it).

Figures: ``sales_month_report_s`` (sales by day over the busiest month, the Reports screen's
F5) and ``gstr1_month_s`` (that month's GSTR-1 built from its documents), medians of
$JEWELPOS_BENCH_RUNS runs (default 3); ``build_year_s`` when the shop had to be built.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DB_FILE, emit, runs

BENCH = "reports"
LINES_ENV = "JEWELPOS_BENCH_REPORT_LINES"
DEFAULT_LINES = 1_000_000
LAST_DAY = date(2026, 11, 30)
"""A fixed year (December 2025 - November 2026), so every build is the same shop."""


def _lines() -> int:
    value = os.environ.get(LINES_ENV, "").strip()
    return int(value) if value else DEFAULT_LINES


def _home(lines: int) -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "jewelpos-bench" / f"reports-{lines // 1000}k"


def _built(home: Path) -> bool:
    db = home / DB_FILE
    if not db.exists():
        return False
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            return bool(conn.execute("SELECT count(*) FROM invoice_line").fetchone()[0])
        except sqlite3.DatabaseError:
            return False


def build(home: Path, lines: int) -> float:
    """A demo shop (few pieces and customers) and a year of ``lines`` invoice lines."""
    from jewelpos.config import Settings
    from jewelpos.db.engine import make_engine
    from jewelpos.services import build_services
    from jewelpos.services.demo import YEAR_LINES, build_demo_shop
    from jewelpos.services.demo_year import add_year_of_bills

    partial = home.with_name(home.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    print(f"building the reports shop ({lines} lines) in {home}; once", file=sys.stderr)
    t0 = time.perf_counter()
    build_demo_shop(Settings(data_dir=partial), pieces=50, customers=500)
    engine = make_engine(partial / DB_FILE)
    try:
        services = build_services(engine)
        counters = max(1, -(-int(lines / 1.6 * 0.75) // 90_000))
        more = max(lines - YEAR_LINES, 0)  # the demo shop has its own year already
        add_year_of_bills(services.uow, last_day=LAST_DAY, lines=more, counters=counters)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    finally:
        engine.dispose()
    seconds = time.perf_counter() - t0
    if home.exists():
        shutil.rmtree(home)
    partial.rename(home)
    return seconds


def _busiest_month(db: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT substr(shop_day, 1, 7) AS m, count(*) FROM invoice "
            "GROUP BY m ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    year, month = (int(p) for p in str(row[0]).split("-"))
    return year, month


def main() -> int:
    lines = _lines()
    home = _home(lines)
    built_s = None if _built(home) else build(home, lines)
    from jewelpos.db.engine import make_engine
    from jewelpos.services import build_services
    from jewelpos.services.gstr1 import GstReturnsService, Month
    from jewelpos.services.reports import ReportsService

    db = home / DB_FILE
    year, month = _busiest_month(db)
    m = Month(year, month)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        total_lines = conn.execute("SELECT count(*) FROM invoice_line").fetchone()[0]
        month_lines = conn.execute(
            "SELECT count(*) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
            "WHERE i.shop_day >= ? AND i.shop_day < ?",
            (m.first.isoformat(), m.after.isoformat()),
        ).fetchone()[0]
    engine = make_engine(db)
    try:
        services = build_services(engine)
        reports = ReportsService(services.uow)
        gst = GstReturnsService(services.uow)
        sales: list[float] = []
        gstr1: list[float] = []
        for _ in range(runs(3)):
            t0 = time.perf_counter()
            report = reports.sales_by_day(m.first, m.after - timedelta(days=1))
            sales.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            ret = gst.gstr1(m)
            gstr1.append(time.perf_counter() - t0)
        assert report.total("bills") > 0 and ret is not None
    finally:
        engine.dispose()
    extra = {"lines": int(total_lines), "month": f"{year}-{month:02d}", "month_lines": month_lines}
    if built_s is not None:
        emit(BENCH, "build_year_s", round(built_s, 1), "s", **extra)
    emit(BENCH, "sales_month_report_s", round(statistics.median(sales), 3), "s", aim=2, **extra)
    emit(BENCH, "gstr1_month_s", round(statistics.median(gstr1), 3), "s", aim=5, **extra)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
