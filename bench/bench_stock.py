"""Stock benchmark on the shop-sized database: counter searches (p99) and 1,000 tags to a PDF.

Works on a COPY of the benchmark shop (the cache is never modified). A cache built by an older
schema is carried into a freshly migrated database table by table (common columns), so the
figures are those of today's schema, indexes and triggers.

Figures: ``search_p99_ms`` over typical counter queries (full tag codes, tag prefixes down to
the branch/counter prefix every tag shares, design numbers and their prefixes, HUIDs and HUID
prefixes), ``search_words_p99_ms`` over description words (reported apart: they cannot use an
index), and ``labels_pdf_1000_s`` (1,000 tags rendered to an A4 label-sheet PDF).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DB_FILE, emit, ensure_shop, runs, shop_counts

BENCH = "stock"
QUERIES_PER_KIND = 12


def _tables(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return [r[0] for r in rows]


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def working_copy(home: Path, dest_dir: Path) -> Path:
    """A copy of the shop's database at today's schema (the cached file is only read)."""
    from jewelpos.db.backup import copy_database
    from jewelpos.db.migrate import SCHEMA_HEADS, current_revisions, upgrade_database

    src = home / DB_FILE
    dest = dest_dir / DB_FILE
    copy_database(src, dest)
    probe = sqlite3.connect(dest)
    try:
        has_summary = "stock_summary" in _tables(probe)
    finally:
        probe.close()
    if has_summary:
        if current_revisions(dest) != SCHEMA_HEADS:
            upgrade_database(dest, dest_dir / "backups", keep=1)
        return dest
    # an older cache: carry its rows into a freshly migrated file (triggers fill the summary)
    fresh = dest_dir / "fresh.sqlite3"
    upgrade_database(fresh, dest_dir / "backups", keep=1)
    conn = sqlite3.connect(fresh)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS old", (str(dest),))
        old_tables = set(_tables(conn, "old"))
        conn.execute("BEGIN")
        for table in _tables(conn):
            if table in ("alembic_version", "stock_summary") or table not in old_tables:
                continue
            common = [c for c in _columns(conn, table) if c in _columns(conn, table, "old")]
            cols = ", ".join(common)
            conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM old.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE old")
        conn.execute("ANALYZE")
    finally:
        conn.close()
    dest.unlink()
    fresh.replace(dest)
    return dest


def _queries(db: Path, seed: int = 7) -> tuple[list[str], list[str]]:
    """Counter queries (codes and prefixes) and description-word queries drawn from the data."""
    rnd = random.Random(seed)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        total = conn.execute("SELECT max(rowid) FROM stock_piece").fetchone()[0] or 1

        def sample(sql: str) -> list[str]:
            out: list[str] = []
            while len(out) < QUERIES_PER_KIND:
                row = conn.execute(sql, (rnd.randint(1, total),)).fetchone()
                if row and row[0]:
                    out.append(str(row[0]))
            return out

        tags = sample("SELECT tag_code FROM stock_piece WHERE rowid >= ? LIMIT 1")
        designs = sample(
            "SELECT design_no FROM stock_piece WHERE rowid >= ? AND design_no != '' LIMIT 1"
        )
        huids = sample("SELECT huid FROM piece_huid WHERE rowid >= ? LIMIT 1")
        words = sample("SELECT description FROM stock_piece WHERE rowid >= ? LIMIT 1")
    finally:
        conn.close()
    codes: list[str] = []
    for t in tags:
        codes += [t, t[:4], t[:6], t[:8], t[: len(t) - 1]]
    for d in designs:
        codes += [d, d[:1], d[:2], d[:3]]
    for h in huids:
        codes += [h, h[:2], h[:4]]
    word_queries = [rnd.choice(w.split()) for w in words]
    return codes, word_queries


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def main() -> int:
    home = ensure_shop()
    pieces, _customers = shop_counts(home)
    from jewelpos.db.engine import make_engine
    from jewelpos.printing.tags import TagLayout, render_label_sheet_pdf
    from jewelpos.services import build_services
    from jewelpos.services.stock import StockFilter
    from jewelpos.services.tags import tag_data_for

    with tempfile.TemporaryDirectory(prefix="jewelpos-bench-stock-") as tmp:
        db = working_copy(home, Path(tmp))
        codes, words = _queries(db)
        engine = make_engine(db)
        services = build_services(engine)
        try:
            for q in codes[:5]:  # warm the page cache as a running counter would have it
                services.stock.search(StockFilter(text=q, limit=200))
            timings: list[float] = []
            word_timings: list[float] = []
            for _ in range(runs(3)):
                for q in codes:
                    t0 = time.perf_counter()
                    services.stock.search(StockFilter(text=q, limit=200))
                    timings.append((time.perf_counter() - t0) * 1000)
                for q in words:
                    t0 = time.perf_counter()
                    services.stock.search(StockFilter(text=q, limit=200))
                    word_timings.append((time.perf_counter() - t0) * 1000)
            rows = services.stock.search(StockFilter(limit=1000)).rows
            tags = tag_data_for(rows, shop_short_name="Shree Ganesh")
            pdf_times = []
            for _ in range(runs(3)):
                t0 = time.perf_counter()
                pdf = render_label_sheet_pdf(tags, TagLayout())
                pdf_times.append(time.perf_counter() - t0)
        finally:
            engine.dispose()
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)
    emit(
        BENCH,
        "search_p99_ms",
        round(_p99(timings), 1),
        "ms",
        median=round(statistics.median(timings), 1),
        queries=len(timings),
        pieces=pieces,
    )
    emit(
        BENCH,
        "search_words_p99_ms",
        round(_p99(word_timings), 1),
        "ms",
        median=round(statistics.median(word_timings), 1),
        queries=len(word_timings),
        pieces=pieces,
    )
    emit(
        BENCH,
        "labels_pdf_1000_s",
        round(statistics.median(pdf_times), 2),
        "s",
        runs=[round(t, 2) for t in pdf_times],
        tags=len(tags),
        pdf_bytes=len(pdf),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
