"""`jewelpos bench startup` on a small shop prints its figure as JSON lines (timings not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jewelpos.cli import run

KEYS = {"bench", "metric", "value", "unit"}


def bench_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_startup_bench_builds_its_shop_once_and_prints_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """With $JEWELPOS_BENCH_HOME empty the bench builds a shop of the asked size, then times
    the login window: one JSON line with the agreed keys, a value per run, the shop's size."""
    home = tmp_path / "bench-shop"
    monkeypatch.setenv("JEWELPOS_BENCH_HOME", str(home))
    monkeypatch.setenv("JEWELPOS_BENCH_PIECES", "40")
    monkeypatch.setenv("JEWELPOS_BENCH_CUSTOMERS", "25")
    monkeypatch.setenv("JEWELPOS_BENCH_RUNS", "2")
    assert run(["bench", "startup"]) == 0
    lines = bench_lines(capfd.readouterr().out)
    assert len(lines) == 1
    line = lines[0]
    assert set(line) >= KEYS
    assert (line["bench"], line["metric"], line["unit"]) == ("startup", "startup_to_login_ms", "ms")
    runs = line["runs"]
    assert isinstance(runs, list) and len(runs) == 2
    assert isinstance(line["value"], float) and line["value"] > 0
    assert min(runs) <= line["value"] <= max(runs)
    # the shop's own counts: the 40 pieces asked for, plus the demo orders' pieces received
    # from karigars (reserved for their customers)
    assert line["customers"] == 25 and 40 <= line["pieces"] <= 50
    assert (home / "jewelpos.sqlite3").exists()
    assert not home.with_name("bench-shop.partial").exists()

    # A second run reuses the shop instead of building another.
    before = (home / "jewelpos.sqlite3").stat().st_ino
    monkeypatch.setenv("JEWELPOS_BENCH_RUNS", "1")
    assert run(["bench", "startup"]) == 0
    again = bench_lines(capfd.readouterr().out)
    assert len(again) == 1 and len(again[0]["runs"]) == 1  # type: ignore[arg-type]
    assert (home / "jewelpos.sqlite3").stat().st_ino == before


def test_unknown_benchmark_is_refused(capfd: pytest.CaptureFixture[str]) -> None:
    """Asking for a benchmark that bench/ does not have exits 2 and names the available ones."""
    assert run(["bench", "no_such_bench"]) == 2
    assert "startup" in capfd.readouterr().err
