"""Scheme accounts travel: a member enrolled and paid at counter 1 pays the next instalment at
counter 2 of the branch; after syncing, both counters see both instalments, once each."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine

from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.server import store
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from schemeworld import Till
from syncsupport import ServerProcess, unique_code

D = Decimal


def test_instalments_at_two_counters_meet_once(
    tmp_path: Path, server: ServerProcess, engine: Engine
) -> None:
    """5,000 at counter 1 and 5,000 at counter 2: after both sync (twice), each counter's
    statement has the two instalments and a balance of 10,000.00; the liability is 10,000.00
    at each counter (both counters of the branch carry one branch id, as setup makes it)."""
    branch = unique_code()
    store.add_branch(engine, code=branch)
    one = Till(
        tmp_path / "one",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C1"),
    )
    one.set_up(branch, "C1")
    one.sync()
    two = Till(
        tmp_path / "two",
        server,
        store.make_enrol_code(engine, branch_code=branch, counter_code="C2"),
    )
    two.set_up(branch, "C2", joins=True)
    try:
        s1 = one.services.schemes
        plan = s1.save_plan(
            PlanInput("GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)),
            by=one.by,
        )
        asha = one.services.customers.save(
            # customers are shared by the whole chain: a mobile of its own on the session's
            # server, so another test's Asha Patil is not this one
            CustomerInput(name="Asha Patil", mobile=f"97{uuid.uuid4().int % 10**8:08d}"),
            by=one.by,
        )
        acc = s1.enrol(customer_id=asha.id, plan_id=plan.id, passbook="PB7001", by=one.by)
        s1.pay(acc.id, amount=D("5000"), mode="cash", by=one.by)
        one.sync()
        two.sync()
        found = two.services.schemes.find("PB7001")
        assert [a.balance for a in found] == [D("5000.00")]
        r2 = two.services.schemes.pay(acc.id, amount=D("5000"), mode="upi", by=two.by)
        assert r2.number.startswith(f"S{branch}-C2")
        for _ in range(2):
            two.sync()
            one.sync()
        for counter in (one, two):
            st = counter.services.schemes.statement(acc.id)
            assert [line.kind for line in st.lines] == ["instalment", "instalment"]
            assert st.account.balance == D("10000.00")
            at = counter.services.schemes.today()
            assert counter.services.scheme_reports.liability(at).money == D("10000.00")
    finally:
        one.close()
        two.close()
