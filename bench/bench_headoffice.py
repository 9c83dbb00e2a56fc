"""Head-office benchmark: 50 branches x 1 year of bills (about a million) in PostgreSQL, then the
consolidated reports.

Starts its own throwaway PostgreSQL cluster, brings it to the server's schema, adds the branches
and fills ``doc_invoice`` (the typed table the reports read; see jewelpos.server.documents) in
one ``INSERT ... SELECT generate_series`` as pushes would have left it: each branch's counter
series numbered 1, 2, 3 ... over the financial year, 1 bill in 100 cancelled, a few numbers
missing. Then times, as head office runs them (median of runs):

- ``sales_month_report_s``: sales per branch per day for one month, all branches (aim < 1);
- ``tally_report_s``: the per-counter tally of one day with gaps over the year (aim < 1).

Sizes: $JEWELPOS_BENCH_HO_BRANCHES (default 50), $JEWELPOS_BENCH_HO_BILLS_PER_DAY (55).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import Postgres
from common import emit, median

BENCH = "headoffice"
YEAR_START = date(2025, 4, 1)
DAYS = 365


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _fill(url: str, branches: int, per_day: int) -> int:
    from sqlalchemy import text

    from jewelpos.server import store
    from jewelpos.server.db import make_server_engine, upgrade

    engine = make_server_engine(url)
    try:
        upgrade(engine)
        for i in range(branches):
            store.add_branch(engine, code=f"B{i + 1:02d}", name=f"Branch {i + 1}")
        total = branches * DAYS * per_day
        with engine.begin() as conn:
            conn.execute(
                text(
                    """
                    INSERT INTO doc_invoice (row_id, branch_id, server_seq, number, series, fy,
                        seq, shop_day, issued_at, taxable_paise, cgst_paise, sgst_paise,
                        igst_paise, invoice_value_paise, old_gold_paise, set_off_paise,
                        round_off_paise, net_payable_paise, status, supply, place_of_supply)
                    SELECT md5(g.n::text), b.id, g.n,
                        'I' || b.code || '-C1/25/' || lpad(g.k::text, 5, '0'),
                        'I' || b.code || '-C1', '2526', g.k,
                        :start + ((g.k - 1) / :per_day)::int,
                        (:start + ((g.k - 1) / :per_day)::int) + time '11:00',
                        g.v, g.v * 3 / 200, g.v * 3 / 200, 0, g.v * 103 / 100, 0, 0, 0,
                        g.v * 103 / 100,
                        CASE WHEN g.n % 100 = 0 THEN 'cancelled' ELSE 'final' END,
                        'intra', '27'
                    FROM (
                        SELECT n, (n - 1) % :branches AS b, (n - 1) / :branches + 1 AS k,
                               5000000 + (n * 7919) % 40000000 AS v
                        FROM generate_series(1::bigint, :total) AS n
                    ) AS g
                    JOIN (SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS i
                          FROM branch) AS b ON b.i = g.b
                    WHERE g.n % 5003 <> 0
                    """
                ),
                {"start": YEAR_START, "per_day": per_day, "branches": branches, "total": total},
            )
            count = int(conn.execute(text("SELECT count(*) FROM doc_invoice")).scalar_one())
        # what autovacuum does on a running server: statistics and the visibility map
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE doc_invoice"))
        return count
    finally:
        engine.dispose()


def _time(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return median(times)


def main() -> None:
    branches = _int_env("JEWELPOS_BENCH_HO_BRANCHES", 50)
    per_day = _int_env("JEWELPOS_BENCH_HO_BILLS_PER_DAY", 55)
    pg = Postgres()
    url = pg.start()
    try:
        started = time.perf_counter()
        bills = _fill(url, branches, per_day)
        emit(
            BENCH,
            "bills",
            bills,
            "bills",
            branches=branches,
            fill_s=round(time.perf_counter() - started, 1),
        )

        from jewelpos.server import reports
        from jewelpos.server.db import make_server_engine

        engine = make_server_engine(url)
        try:
            month = (date(2025, 12, 1), date(2025, 12, 31))
            rows = reports.sales_per_branch_day(engine, day_from=month[0], day_to=month[1])
            assert len(rows) == branches * 31, len(rows)
            sales_s = _time(
                lambda: reports.sales_per_branch_day(engine, day_from=month[0], day_to=month[1])
            )
            emit(BENCH, "sales_month_report_s", round(sales_s, 3), "s", aim="< 1", rows=len(rows))
            day = date(2025, 12, 15)
            tally = reports.counter_tally(engine, day=day)
            assert len(tally) == branches, len(tally)
            tally_s = _time(lambda: reports.counter_tally(engine, day=day))
            gaps = sum(len(t["gaps"]) for t in tally)
            emit(BENCH, "tally_report_s", round(tally_s, 3), "s", aim="< 1", gaps=gaps)
        finally:
            engine.dispose()
    finally:
        pg.stop()


if __name__ == "__main__":
    main()
