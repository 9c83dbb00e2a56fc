"""`jewelpos users add | list | reset-pin | deactivate | reactivate` run as real subprocesses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import services_for, shop_db  # noqa: E402
from jewelpos.db.models import AuditLog  # noqa: E402
from jewelpos.domain.errors import InvalidCredentials  # noqa: E402


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder holding a set-up shop (owner 'owner'); $JEWELPOS_HOME points elsewhere."""
    monkeypatch.setenv("JEWELPOS_HOME", str(tmp_path / "not-here"))
    folder = tmp_path / "counter"
    shop_db(folder / "jewelpos.sqlite3")
    return folder


def _users(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # a new session has no terminal, so getpass falls back to reading standard input
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", "users", *args, "--data-dir", str(home)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        start_new_session=True,
    )


def test_add_list_reset_deactivate_reactivate(home: Path) -> None:
    """IT adds a cashier (PIN from stdin), lists, resets the PIN, deactivates and reactivates;
    the cashier logs in accordingly and every change is audited as 'cli'."""
    done = _users(
        home, "add", "Ravi", "--name", "Ravi Kumar", "--role", "cashier", "--pin-stdin",
        stdin="2468\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "added ravi (cashier)" in done.stdout
    listed = _users(home, "list")
    assert listed.returncode == 0, listed.stderr
    lines = {line.split()[0]: line for line in listed.stdout.splitlines()}
    assert set(lines) == {"owner", "ravi"}
    assert (
        "cashier" in lines["ravi"] and "active" in lines["ravi"] and "Ravi Kumar" in lines["ravi"]
    )

    services = services_for(home / "jewelpos.sqlite3")
    try:
        assert services.auth.login("ravi", "2468").display_name == "Ravi Kumar"
        assert _users(home, "reset-pin", "ravi", "--pin-stdin", stdin="9753\n").returncode == 0
        assert "new PIN due" in _users(home, "list").stdout
        assert services.auth.login("ravi", "9753").must_change_pin
        assert _users(home, "deactivate", "ravi").returncode == 0
        with pytest.raises(InvalidCredentials):
            services.auth.login("ravi", "9753")
        assert "deactivated" in _users(home, "list").stdout
        assert _users(home, "reactivate", "ravi").returncode == 0
        assert services.auth.login("ravi", "9753").username == "ravi"
        with services.uow.read() as s:
            by_cli = s.scalars(
                select(AuditLog.action).where(AuditLog.user_id == "cli").order_by(AuditLog.at)
            ).all()
    finally:
        services.engine.dispose()
    assert sorted(by_cli) == sorted(
        ["user.add", "user.reset_pin", "user.deactivate", "user.reactivate"]
    )


def test_pin_typed_twice_at_the_prompt(home: Path) -> None:
    """Without --pin-stdin the PIN is asked twice; two different PINs are refused (exit 2)."""
    bad = _users(
        home, "add", "sunil", "--name", "Sunil", "--role", "salesperson", stdin="1234\n5678\n"
    )
    assert bad.returncode == 2
    assert "PIN" in bad.stderr and "not the same" in bad.stderr
    good = _users(
        home, "add", "sunil", "--name", "Sunil", "--role", "salesperson", stdin="1234\n1234\n"
    )
    assert good.returncode == 0, good.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (("add", "ab", "--name", "A", "--role", "cashier", "--pin-stdin"), "1234\n", "user name"),
        (("add", "ravi", "--name", " ", "--role", "cashier", "--pin-stdin"), "1234\n", "name"),
        (("add", "ravi", "--name", "Ravi", "--role", "cashier", "--pin-stdin"), "12\n", "PIN"),
        (("add", "ravi", "--name", "Ravi", "--role", "boss", "--pin-stdin"), "1234\n", "--role"),
        (("add", "owner", "--name", "O", "--role", "owner", "--pin-stdin"), "1234\n", "user name"),
        (("reset-pin", "nobody", "--pin-stdin"), "1234\n", "user name"),
        (("deactivate", "owner"), "", "last active owner"),
    ],
)
def test_bad_input_exits_2_naming_the_field(
    home: Path, args: tuple[str, ...], stdin: str, words: str
) -> None:
    """A bad user name, name, PIN or role, an unknown or taken user, or removing the last owner
    exits 2 with a message that names the field in words."""
    done = _users(home, *args, stdin=stdin)
    assert done.returncode == 2
    assert words in done.stderr
    assert "display_name" not in done.stderr and "username" not in done.stderr
