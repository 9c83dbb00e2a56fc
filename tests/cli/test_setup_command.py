"""`jewelpos setup` run as a real process on a temporary data folder: it makes the counter as the
first-run window does (alone or enrolled with head office), and bad input is exit 2 with one
line naming the field."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from syncsupport import ServerProcess  # noqa: E402

SRC = str(Path(__file__).resolve().parents[2] / "src")

SHOP = [
    "--shop-name", "Shree Ganesh Jewellers",
    "--gstin", "27AAPFU0939F1ZV",
    "--address", "12 Laxmi Road",
    "--city", "Pune",
    "--pin-code", "411030",
    "--phone", "98200 12345",
]  # fmt: skip
OWNER = ["--owner-username", "Ramesh", "--owner-name", "Ramesh Soni"]


def _run(data: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    full_env = {
        **os.environ,
        "PYTHONPATH": SRC,
        "JEWELPOS_HOME": str(data.parent / "not-here"),
        "JEWELPOS_TOKEN_STORE": "file",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", "--data-dir", str(data), "setup", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def test_setup_makes_the_counter_with_the_pin_from_stdin(tmp_path: Path) -> None:
    """Shop, branch B12, counter C3 and the owner are made; the PIN came from stdin and logs in;
    the counter's first bill will be IB12-C3/25/00001; a second run says it is set up already."""
    data = tmp_path / "counter"
    args = [*SHOP, "--branch-code", "b12", "--branch-name", "Laxmi Road", "--counter-code", "c3"]
    done = _run(data, *args, *OWNER, "--owner-pin-stdin", stdin="4321\n")
    assert done.returncode == 0, done.stderr
    assert "branch B12, counter C3" in done.stdout
    db = data / "jewelpos.sqlite3"
    assert _rows(db, "SELECT name, gstin, state_code, pin_code FROM shop") == [
        ("Shree Ganesh Jewellers", "27AAPFU0939F1ZV", "27", "411030")
    ]
    assert _rows(db, "SELECT code, name FROM branch") == [("B12", "Laxmi Road")]
    assert _rows(db, "SELECT code FROM device WHERE is_local = 1") == [("C3",)]
    assert _rows(db, "SELECT username, display_name, role FROM app_user") == [
        ("ramesh", "Ramesh Soni", "owner")
    ]
    assert len(_rows(db, "SELECT id FROM category")) > 5

    from datetime import UTC, datetime

    from jewelpos.db.engine import make_engine
    from jewelpos.domain.clock import FixedClock
    from jewelpos.services import build_services

    engine = make_engine(db)
    try:
        services = build_services(engine, FixedClock(datetime(2025, 6, 1, 5, 0, tzinfo=UTC)))
        assert services.auth.login("ramesh", "4321").role.value == "owner"
        assert services.billing.next_bill_number() == "IB12-C3/25/00001"
    finally:
        engine.dispose()

    again = _run(data, *args, *OWNER, env={"JEWELPOS_OWNER_PIN": "4321"})
    assert again.returncode == 2
    assert "already set up" in again.stderr and "Traceback" not in again.stderr
    assert _rows(db, "SELECT count(*) FROM app_user") == [(1,)]


@pytest.mark.parametrize(
    ("change", "line"),
    [
        (["--gstin", "27AAPFU0939F1ZX"], "error: GSTIN: "),
        (["--branch-code", "B123"], "error: Branch code: use 1 to 3 letters or digits, e.g. B1"),
        (["--counter-code", "C12"], "error: Counter code: use 1 to 2 letters or digits, e.g. C1"),
        (["--pin-code", "0123"], "error: PIN code: "),
        (["--shop-name", ""], "error: Shop name: "),
        (["--owner-username", "R"], "error: User name: "),
        (["--state", "45", "--gstin", ""], "error: State: "),
    ],
)
def test_bad_input_is_exit_2_with_the_field_in_words(
    tmp_path: Path, change: list[str], line: str
) -> None:
    """Each bad field: exit 2, one line on stderr naming it in words; no database is made."""
    data = tmp_path / "counter"
    base = [*SHOP, "--branch-code", "B1", "--counter-code", "C1", *OWNER]
    done = _run(data, *base, *change, env={"JEWELPOS_OWNER_PIN": "4321"})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), done.stderr
    assert "_" not in lines[0].split(":")[1]  # no snake_case field name
    assert not (data / "jewelpos.sqlite3").exists()


def test_a_pin_that_is_missing_or_not_digits_is_refused(tmp_path: Path) -> None:
    """No PIN anywhere, or letters: exit 2 naming the PIN."""
    data = tmp_path / "counter"
    base = [*SHOP, "--branch-code", "B1", "--counter-code", "C1", *OWNER]
    for extra, stdin in (([], ""), (["--owner-pin-stdin"], "12ab\n")):
        done = _run(data, *base, *extra, stdin=stdin)
        assert done.returncode == 2
        assert done.stderr.strip() == "error: PIN: the PIN must be 4 to 8 digits"


def test_setup_enrolled_with_head_office_takes_its_codes(tmp_path: Path) -> None:
    """--server and --code: the counter enrols (real HTTP to a head-office server) and is made
    with head office's branch and counter codes; a wrong code is exit 2 naming the code."""
    from jewelpos.server import store
    from jewelpos.server.db import make_server_engine, upgrade

    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    engine = make_server_engine(url)
    try:
        upgrade(engine)
        store.add_branch(engine, code="B12", name="Zaveri Bazaar")
        code = store.make_enrol_code(engine, branch_code="B12", counter_code="C4")
    finally:
        engine.dispose()
    server = ServerProcess(url).start()
    try:
        data = tmp_path / "counter"
        wrong = _run(data, *SHOP, *OWNER, "--server", server.base, "--code", "ABCD-EFGH-JKLM",
                     env={"JEWELPOS_OWNER_PIN": "4321"})  # fmt: skip
        assert wrong.returncode == 2
        assert wrong.stderr.startswith("error: One-time code: "), wrong.stderr
        done = _run(data, *SHOP, *OWNER, "--state", "maharashtra", "--server", server.base, "--code", code.lower(),
                    env={"JEWELPOS_OWNER_PIN": "4321"})  # fmt: skip
        assert done.returncode == 0, done.stderr
    finally:
        server.stop()
    db = data / "jewelpos.sqlite3"
    assert _rows(db, "SELECT code, name FROM branch") == [("B12", "Zaveri Bazaar")]
    assert _rows(db, "SELECT code FROM device WHERE is_local = 1") == [("C4",)]
    device_id = _rows(db, "SELECT value FROM sync_state WHERE key = 'device_id'")
    assert device_id == _rows(db, "SELECT id FROM device WHERE is_local = 1")


def test_both_server_and_code_are_needed(tmp_path: Path) -> None:
    """--server without --code is exit 2 naming the one-time code."""
    done = _run(tmp_path / "c", *SHOP, *OWNER, "--server", "http://127.0.0.1:9")
    assert done.returncode == 2
    assert done.stderr.startswith("error: One-time code: ")
