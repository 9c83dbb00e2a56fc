"""Staff travel between the counters of a branch: a cashier added, reset or deactivated at one
counter is so at the other after sync; wrong-PIN locks stay on the counter where they happened."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from factories import SHOP, migrated_db, services_for, user_named
from jewelpos.db.models import SyncOutbox
from jewelpos.domain.clock import SystemClock, shop_today
from jewelpos.domain.errors import InvalidCredentials, UserLocked
from jewelpos.server import store
from jewelpos.services.auth import MAX_WRONG_PINS, Role
from jewelpos.sync.client import enrol_counter
from jewelpos.sync.worker import sync_locked
from syncsupport import RATES, CounterDb, ServerProcess, short_branch


def _counter(folder: Path, *, branch: str, counter: str, owner: str) -> CounterDb:
    """A set-up counter of ``branch`` whose owner has the user name ``owner``."""
    folder.mkdir(parents=True, exist_ok=True)
    db = migrated_db(folder / "jewelpos.sqlite3")
    services = services_for(db, SystemClock())
    services.setup.initialise(
        replace(SHOP, branch_code=branch, counter_code=counter, owner_username=owner)
    )
    me = user_named(services, owner)
    services.rates.set_rates(
        shop_today(services.clock), {k: Decimal(v) for k, v in RATES.items()}, by=me
    )
    return CounterDb(path=db, data_dir=folder, services=services, owner=me)


def _enrol(c: CounterDb, server: ServerProcess, engine: Engine, branch: str, code: str) -> None:
    one_time = store.make_enrol_code(engine, branch_code=branch, counter_code=code)
    enrol_counter(c.path, c.data_dir, server.base, one_time, token_backend="file")


def _sync(*counters: CounterDb) -> None:
    for c in counters:
        sync_locked(c.path, c.data_dir, token_backend="file")


def test_a_cashier_added_at_one_counter_logs_in_at_the_other(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """Counter C1 adds a cashier; after sync C2 lets the cashier log in with that PIN. Five
    wrong PINs at C2 lock only C2; a PIN reset at C1 reaches C2 and lifts its lock; a
    deactivation at C1 stops the cashier at C2."""
    branch = short_branch(engine)
    a = _counter(tmp_path / "a", branch=branch, counter="C1", owner="owner")
    b = _counter(tmp_path / "b", branch=branch, counter="C2", owner="owner.two")
    try:
        _enrol(a, server, engine, branch, "C1")
        _enrol(b, server, engine, branch, "C2")
        ravi = a.services.users.add_user(
            username="ravi", display_name="Ravi Kumar", role=Role.CASHIER, pin="2468", by=a.owner
        )
        _sync(a, b)
        at_b = b.services.auth.login("ravi", "2468")
        assert (at_b.id, at_b.role, at_b.display_name) == (ravi.id, Role.CASHIER, "Ravi Kumar")
        assert "ravi" in [u.username for u in b.services.auth.users()]

        # wrong PINs at B lock ravi at B only: the counters are not pushed
        for _ in range(MAX_WRONG_PINS - 1):
            with pytest.raises(InvalidCredentials):
                b.services.auth.login("ravi", "0000")
        with pytest.raises(UserLocked):
            b.services.auth.login("ravi", "0000")
        with b.services.uow.read() as s:
            queued = s.scalar(
                select(func.count())
                .select_from(SyncOutbox)
                .where(SyncOutbox.table_name == "pin_attempt")
            )
        assert queued == 0
        _sync(b, a)
        assert a.services.auth.login("ravi", "2468").id == ravi.id

        # a reset at A reaches B, and lifts B's lock (it came after the wrong PINs)
        a.services.users.reset_pin(ravi.id, "5555", by=a.owner)
        _sync(a, b)
        assert b.services.auth.login("ravi", "5555").must_change_pin

        a.services.users.deactivate(ravi.id, by=a.owner)
        _sync(a, b)
        assert "ravi" not in [u.username for u in b.services.auth.users()]
        with pytest.raises(InvalidCredentials):
            b.services.auth.login("ravi", "5555")
    finally:
        a.close()
        b.close()
