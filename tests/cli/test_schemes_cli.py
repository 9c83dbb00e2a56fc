"""`jewelpos schemes liability --at DATE --json` and `collections` as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import services_for, shop_db, user_named  # noqa: E402
from jewelpos.domain.schemes import PlanKind, PlanTerms  # noqa: E402
from jewelpos.services.customers import CustomerInput  # noqa: E402
from jewelpos.services.schemes import PlanInput  # noqa: E402

D = Decimal


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shop where Asha paid 3 x 5,000 (one cheque of them bounced) on 2025-06-01."""
    monkeypatch.setenv("JEWELPOS_HOME", str(tmp_path / "not-here"))
    folder = tmp_path / "counter"
    services = services_for(shop_db(folder / "jewelpos.sqlite3"))
    try:
        owner = user_named(services, "owner")
        plan = services.schemes.save_plan(
            PlanInput("GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)),
            by=owner,
        )
        asha = services.customers.save(
            CustomerInput(name="Asha Patil", mobile="9822012345"), by=owner
        )
        acc = services.schemes.enrol(customer_id=asha.id, plan_id=plan.id, by=owner)
        services.schemes.pay(acc.id, amount=D("10000"), mode="cash", by=owner)
        today = services.schemes.today()
        c = services.scheme_cheques.add(
            acc.id, cheque_no="111222", bank="SBI", due_on=today, amount=D("5000"), by=owner
        )
        services.scheme_cheques.present(c.id, by=owner)
        services.scheme_cheques.bounce(c.id, by=owner)
    finally:
        services.engine.dispose()
    return folder


def _schemes(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jewelpos", "schemes", *args, "--data-dir", str(home)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_liability_json(home: Path) -> None:
    """10,000 + 5,000 - 5,000 bounced = 10,000.00 held by one account; nothing the day before."""
    done = _schemes(home, "liability", "--at", "2025-06-01", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["money"], data["grams"], data["accounts"]) == ("10000.00", "0.000", 1)
    assert data["by_plan"][0]["plan"] == "GOLD11"
    before = json.loads(_schemes(home, "liability", "--at", "2025-05-31", "--json").stdout)
    assert before["money"] == "0.00"


def test_collections_and_bad_date(home: Path) -> None:
    """Collections of the day: 10,000 + 5,000 - 5,000 = 10,000.00 on two receipts; a bad date
    exits 2 naming it."""
    done = _schemes(home, "collections", "--from", "2025-06-01", "--to", "2025-06-30",
                    "--by", "month", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [{"key": "2025-06", "amount": "10000.00", "receipts": 2}]
    bad = _schemes(home, "liability", "--at", "31-06-2025")
    assert bad.returncode == 2 and "is not a date" in bad.stderr
