"""Rotating logs in the data folder, and the support report: logs, versions and settings in a
zip that holds no customer's name or mobile number."""

from __future__ import annotations

import logging
import sqlite3
import zipfile
from pathlib import Path

from jewelpos.cli import run
from jewelpos.logs import LOG_FILE, setup_logging


def test_support_report_of_a_demo_shop_has_no_customer_data(tmp_path: Path) -> None:
    """A demo shop's report zip has logs, versions and settings but no customer names/mobiles,
    even when a log line carried them."""
    data = tmp_path / "shop"
    assert run(["--data-dir", str(data), "demo", "--pieces", "20", "--customers", "25"]) == 0
    conn = sqlite3.connect(data / "jewelpos.sqlite3")
    customers = conn.execute("SELECT name, mobile FROM customer").fetchall()
    conn.close()
    assert len(customers) == 25
    name, mobile = customers[0]
    # a careless log line with customer data (the report must mask it)
    logging.getLogger("jewelpos.test").warning("bill for %s, mobile %s", name, mobile)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert mobile in (data / "logs" / LOG_FILE).read_text(encoding="utf-8")

    out = tmp_path / "out"
    assert run(["--data-dir", str(data), "support-report", "--to", str(out)]) == 0
    (zipped,) = out.glob("jewelpos-support-*.zip")
    with zipfile.ZipFile(zipped) as zf:
        names = set(zf.namelist())
        text = "\n".join(zf.read(n).decode("utf-8") for n in names)
    assert {"versions.json", "settings.json", f"logs/{LOG_FILE}"} <= names
    assert "[customer]" in text and "jewelpos" in text
    for cust_name, cust_mobile in customers:
        assert cust_mobile not in text
        assert cust_name.lower() not in text.lower()


def test_logs_rotate_in_the_data_folder(tmp_path: Path) -> None:
    """The log file rotates at its size limit and keeps a few old files; set-up is idempotent."""
    path = setup_logging(tmp_path / "logs")
    assert path is not None
    setup_logging(tmp_path / "logs")  # a second set-up replaces the handler, no duplicates
    root = logging.getLogger()
    ours = [h for h in root.handlers if type(h).__name__ == "_CounterLog"]
    assert len(ours) == 1
    ours[0].maxBytes = 2000
    for i in range(200):
        logging.getLogger("jewelpos.test").warning("line %d %s", i, "x" * 40)
    assert (tmp_path / "logs" / f"{LOG_FILE}.1").is_file()
    assert len(list((tmp_path / "logs").glob(f"{LOG_FILE}*"))) <= 6
    root.removeHandler(ours[0])
    ours[0].close()
