"""Shop settings travel to the other counter of the branch through head office."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from jewelpos.server import store
from jewelpos.sync.worker import sync_locked
from syncsupport import ServerProcess, make_counter, unique_code


def test_a_setting_changed_at_one_counter_arrives_at_the_other(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """Counter 1 sets the cash limit to Rs 1,50,000 and the hallmark fee to Rs 50; after both
    sync, counter 2 of the same branch prices and limits with them; a later change at counter 2
    comes back to counter 1 (the later change wins)."""
    from jewelpos.sync.client import enrol_counter

    branch = unique_code()
    store.add_branch(engine, code=branch)
    one = make_counter(tmp_path / "one", branch_code=branch, counter_code="C1")
    two = make_counter(tmp_path / "two", branch_code=branch, counter_code="C2")
    for counter, code in ((one, "C1"), (two, "C2")):
        enrol_counter(
            counter.path,
            counter.data_dir,
            server.base,
            store.make_enrol_code(engine, branch_code=branch, counter_code=code),
            token_backend="file",
            check_codes=False,
        )
    try:
        one.services.shop_settings.save(
            {"cash_limit": "150000", "hallmark_fee": "50"}, by=one.owner
        )
        sync_locked(one.path, one.data_dir)
        sync_locked(two.path, two.data_dir)
        got = two.services.shop_settings.load()
        assert got.cash_limit == Decimal("150000.00") and got.hallmark_fee == Decimal("50.00")
        assert two.services.billing.cash_limit == Decimal("150000.00")

        two.services.shop_settings.save({"cash_limit": "120000"}, by=two.owner)
        sync_locked(two.path, two.data_dir)
        sync_locked(one.path, one.data_dir)
        back = one.services.shop_settings.load()
        assert back.cash_limit == Decimal("120000.00") and back.hallmark_fee == Decimal("50.00")
    finally:
        one.close()
        two.close()
