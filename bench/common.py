"""Shared benchmark helpers: a cached shop-sized database and the one-JSON-line-per-figure printer."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

BENCH_HOME_ENV = "JEWELPOS_BENCH_HOME"
"""Data folder of the shop to benchmark (wins over $JEWELPOS_HOME and the cache)."""
PIECES_ENV = "JEWELPOS_BENCH_PIECES"
CUSTOMERS_ENV = "JEWELPOS_BENCH_CUSTOMERS"
RUNS_ENV = "JEWELPOS_BENCH_RUNS"
DEFAULT_PIECES = 200_000
DEFAULT_CUSTOMERS = 500_000
DB_FILE = "jewelpos.sqlite3"  # the same name as jewelpos.config.DB_FILE; bench must not need it


def shop_home() -> Path:
    """Which data folder to benchmark: $JEWELPOS_BENCH_HOME, else $JEWELPOS_HOME (set by
    ``jewelpos --data-dir DIR bench``), else a cached shop-sized demo under ~/.cache."""
    for env in (BENCH_HOME_ENV, "JEWELPOS_HOME"):
        value = os.environ.get(env)
        if value:
            return Path(value).expanduser().resolve()
    pieces = _int_env(PIECES_ENV, DEFAULT_PIECES)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "jewelpos-bench" / f"shop-{pieces // 1000}k"


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def runs(default: int = 5) -> int:
    """How many timed runs a benchmark makes ($JEWELPOS_BENCH_RUNS, default 5)."""
    return max(1, _int_env(RUNS_ENV, default))


def shop_counts(home: Path) -> tuple[int, int]:
    """Pieces and customers in the shop's database (0, 0 when it has no shop yet)."""
    db = home / DB_FILE
    if not db.exists():
        return 0, 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            if not conn.execute("SELECT count(*) FROM shop").fetchone()[0]:
                return 0, 0
            pieces = conn.execute("SELECT count(*) FROM stock_piece").fetchone()[0]
            customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
        except sqlite3.DatabaseError:
            return 0, 0
    return int(pieces), int(customers)


def ensure_shop(home: Path | None = None) -> Path:
    """The benchmark shop's data folder, building it once with ``jewelpos demo`` if empty.

    The build goes to a sibling folder renamed into place at the end, so an interrupted build
    never leaves a half-made shop that later runs would take for the real thing.
    """
    home = home or shop_home()
    if shop_counts(home)[0] > 0:
        return home
    pieces = _int_env(PIECES_ENV, DEFAULT_PIECES)
    customers = _int_env(CUSTOMERS_ENV, DEFAULT_CUSTOMERS)
    if (home / DB_FILE).exists():
        # An existing folder without a shop (e.g. an unfinished setup): build in place.
        _run_demo(home, pieces, customers)
        return home
    partial = home.with_name(home.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    print(
        f"building the benchmark shop ({pieces} pieces, {customers} customers) in {home}; "
        "this happens once",
        file=sys.stderr,
    )
    _run_demo(partial, pieces, customers)
    home.parent.mkdir(parents=True, exist_ok=True)
    if home.exists():
        shutil.rmtree(home)
    partial.rename(home)
    return home


def _run_demo(home: Path, pieces: int, customers: int) -> None:
    cmd = [
        sys.executable, "-m", "jewelpos", "demo", "--data-dir", str(home),
        "--pieces", str(pieces), "--customers", str(customers), "--progress",
    ]  # fmt: skip
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def emit(bench: str, metric: str, value: float | int, unit: str, **extra: Any) -> None:
    """Print one figure as a JSON line: {"bench", "metric", "value", "unit", ...extra}."""
    line = {"bench": bench, "metric": metric, "value": value, "unit": unit, **extra}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))
