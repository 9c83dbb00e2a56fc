"""Scheme accounts travel: a member enrolled and paid at counter 1 pays the next instalment at
counter 2 of the branch; after syncing, both counters see both instalments, once each."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.server import store
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from jewelpos.sync.worker import sync_locked
from syncsupport import ServerProcess, make_counter, unique_code

D = Decimal


def test_instalments_at_two_counters_meet_once(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """5,000 at counter 1 and 5,000 at counter 2: after both sync (twice), each counter's
    statement has the two instalments and a balance of 10,000.00; the liability is 10,000.00
    at each counter."""
    from jewelpos.sync.client import enrol_counter

    branch = unique_code()
    store.add_branch(engine, code=branch)
    one = make_counter(tmp_path / "one", branch_code="B1", counter_code="C1")
    two = make_counter(tmp_path / "two", branch_code="B1", counter_code="C2")
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
        s1 = one.services.schemes
        plan = s1.save_plan(
            PlanInput("GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)),
            by=one.owner,
        )
        asha = one.services.customers.save(
            CustomerInput(name="Asha Patil", mobile="9822012345"), by=one.owner
        )
        acc = s1.enrol(customer_id=asha.id, plan_id=plan.id, passbook="PB7001", by=one.owner)
        s1.pay(acc.id, amount=D("5000"), mode="cash", by=one.owner)
        sync_locked(one.path, one.data_dir)
        sync_locked(two.path, two.data_dir)
        found = two.services.schemes.find("PB7001")
        assert [a.balance for a in found] == [D("5000.00")]
        r2 = two.services.schemes.pay(acc.id, amount=D("5000"), mode="upi", by=two.owner)
        assert r2.number.startswith("SB1-C2")
        for _ in range(2):
            sync_locked(two.path, two.data_dir)
            sync_locked(one.path, one.data_dir)
        for counter in (one, two):
            st = counter.services.schemes.statement(acc.id)
            assert [line.kind for line in st.lines] == ["instalment", "instalment"]
            assert st.account.balance == D("10000.00")
            at = counter.services.schemes.today()
            assert counter.services.scheme_reports.liability(at).money == D("10000.00")
    finally:
        one.close()
        two.close()
