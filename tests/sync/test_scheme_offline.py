"""Issue 12 point 8, offline safety, on a real head office: an account belongs to its home
branch; an instalment paid at another branch syncs home; another branch redeems the account
only fresh from head office, and is refused offline or with an old copy, saying why."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, func, select

from jewelpos.db.models_billing import Invoice
from jewelpos.server import store
from jewelpos.server.db import make_server_engine
from jewelpos.services.billing import BillDraft, CustomerOnBill, PaymentEntry, PaymentMode
from jewelpos.services.customers import CustomerInput
from jewelpos.services.scheme_redemption import SCHEME, AccountNotFresh
from jewelpos.services.set_offs import SetOffUse
from jewelpos.sync.client import SyncError
from schemeworld import AheadClock, D, Till, head_office_plan, head_office_token, months_ago
from syncsupport import ServerProcess, free_port, short_branch


@pytest.fixture
def ho(own_server: ServerProcess) -> Iterator[tuple[ServerProcess, Engine]]:
    eng = make_server_engine(own_server.url)
    try:
        yield own_server, eng
    finally:
        eng.dispose()


def _invoices(till: Till) -> int:
    with till.services.uow.read() as s:
        return int(s.scalar(select(func.count()).select_from(Invoice)) or 0)


def test_other_branch_redeems_only_fresh_from_head_office(
    tmp_path: Path, ho: tuple[ServerProcess, Engine]
) -> None:
    """Chandra's 3 x 1,000 plan (home branch A): 2,000 paid at A, the last 1,000 at branch B,
    which reaches A. At B, offline: refused (head office cannot be reached), nothing written;
    online but with a copy 20 minutes old (limit 15): refused. Synced: B redeems 3,000 + 1,000
    bonus = 4,000.00 on a bill; A then sees the account redeemed, and head office's liability
    of branch A is 3,000 + 1,000 - 4,000 = 0.00."""
    server, engine = ho
    a_code, b_code = short_branch(engine, name="Home"), short_branch(engine, name="Away")
    plan_id = head_office_plan(engine, code="GOLD3", instalment_paise=100_000, instalments=3)
    home = Till(
        tmp_path / "a", server, store.make_enrol_code(engine, branch_code=a_code, counter_code="C1")
    )
    away = Till(
        tmp_path / "b", server, store.make_enrol_code(engine, branch_code=b_code, counter_code="C1")
    )
    late = None
    try:
        home.set_up(a_code, "C1")
        chandra = home.services.customers.save(
            CustomerInput(name="Chandra Rao", mobile="9822012347"), by=home.by
        )
        acc = home.services.schemes.enrol(
            customer_id=chandra.id,
            plan_id=plan_id,
            passbook="PB9001",
            start_date=months_ago(home.services.schemes.today(), 4),
            by=home.by,
        )
        home.services.schemes.pay(acc.id, amount=D("2000"), mode="cash", by=home.by)
        home.sync()

        away.set_up(b_code, "C1")
        away.sync()
        paid_away = away.services.schemes.pay(acc.id, amount=D("1000"), mode="upi", by=away.by)
        assert paid_away.number.startswith(f"S{b_code}-C1/")
        away.sync()
        home.sync()
        at_home = home.services.schemes.statement(acc.id)  # the instalment synced home
        assert [line.kind for line in at_home.lines] == ["instalment", "instalment"]
        assert (at_home.account.balance, at_home.account.matured) == (D("3000.00"), True)
        tag = away.piece()

        # offline: the sync fails, so the fresh copy of a minute ago is not enough
        away.point_at(f"http://127.0.0.1:{free_port()}")
        with pytest.raises(SyncError):
            away.sync()
        with pytest.raises(AccountNotFresh) as offline:
            away.bill_redeeming(away.services, chandra.id, tag)
        assert offline.value.params["offline"] is True
        assert "cannot be reached now" in offline.value.problem
        line = away.services.billing.line_for_code(tag)
        use = SetOffUse(SCHEME, acc.id, D("4000.00"), "Scheme PB9001")
        draft = BillDraft(lines=(line,), customer_id=chandra.id, set_offs=(use,))
        with pytest.raises(AccountNotFresh):  # typed in by hand: refused as well
            away.services.billing.save_bill(draft_paid(away, draft), by=away.by)
        assert _invoices(away) == 0
        assert away.services.schemes.account(acc.id).balance == D("3000.00")

        # online again but the copy is old: 20 minutes pass after the last pull
        away.point_at(server.base)
        away.sync()
        late = away.services_with(AheadClock(timedelta(minutes=20)))
        with pytest.raises(AccountNotFresh) as stale:
            late.scheme_redemptions.uses_for(chandra.id, due=D("30000.00"))
        assert (stale.value.params["age_minutes"], stale.value.params["limit_minutes"]) == (20, 15)
        assert _invoices(away) == 0
        late.engine.dispose()
        late = None
        # set-off kinds are registered process-wide with the last services' clock: build the
        # counter's own services again (the PC's clock) before billing
        away.services.engine.dispose()
        away.services = away.services_with(None)

        # fresh: redeemed at B, and it syncs home
        away.sync()
        bill = away.bill_redeeming(away.services, chandra.id, tag)
        assert bill.number.startswith(f"I{b_code}-C1/")
        away.sync()
        home.sync()
        after = home.services.schemes.statement(acc.id)
        assert [line.kind for line in after.lines][-2:] == ["bonus", "redeemed"]
        assert (after.account.status, after.account.balance) == ("redeemed", D("0.00"))
        assert [line.amount for line in after.lines][-2:] == [D("1000.00"), D("-4000.00")]
    finally:
        if late is not None:
            late.engine.dispose()
        home.close()
        away.close()

    auth = head_office_token(engine, server, a_code)
    at = after.lines[-1].on.isoformat()
    url = f"{server.base}/v1/reports/scheme-liability"
    of_a = requests.get(url, params={"at": at, "branch": a_code}, headers=auth, timeout=30)
    of_b = requests.get(url, params={"at": at, "branch": b_code}, headers=auth, timeout=30)
    assert (of_a.json()["money"], of_a.json()["accounts"]) == ("0.00", 1)
    assert (of_b.json()["money"], of_b.json()["by_plan"]) == ("0.00", [])  # no accounts of B


def draft_paid(till: Till, draft: BillDraft) -> BillDraft:
    """The draft with its net payable paid by UPI."""
    from dataclasses import replace

    assert draft.customer_id is not None
    customer = CustomerOnBill.from_info(till.services.customers.get(draft.customer_id))
    try:
        due = till.services.billing.quote(draft, customer=customer).net_payable
    except AccountNotFresh:
        due = D("1.00")  # the quote itself already refuses: any payment will do
    pay = PaymentEntry(key="p1", mode=PaymentMode.UPI, amount=due, reference="UPI4471")
    return replace(draft, payments=(pay,))
