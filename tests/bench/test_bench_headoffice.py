"""`jewelpos bench headoffice` on a tiny chain prints its figures as JSON lines (timings not
asserted): the bills it made, and both reports over them."""

from __future__ import annotations

import json

import pytest

from jewelpos.cli import run


@pytest.mark.slow
def test_headoffice_bench_prints_bills_and_both_report_times(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """3 branches x 365 days x 2 bills, less the few numbers left out as gaps."""
    monkeypatch.setenv("JEWELPOS_BENCH_HO_BRANCHES", "3")
    monkeypatch.setenv("JEWELPOS_BENCH_HO_BILLS_PER_DAY", "2")
    assert run(["bench", "headoffice"]) == 0
    lines = [json.loads(x) for x in capfd.readouterr().out.splitlines() if x.startswith("{")]
    by_metric = {line["metric"]: line for line in lines}
    assert set(by_metric) == {"bills", "sales_month_report_s", "tally_report_s"}
    # 3 x 365 x 2 = 2,190 numbers; every 5,003rd is left out: none below 2,190
    assert by_metric["bills"]["value"] == 2190
    assert by_metric["sales_month_report_s"]["rows"] == 3 * 31
    assert all(by_metric[m]["unit"] == "s" for m in ("sales_month_report_s", "tally_report_s"))
