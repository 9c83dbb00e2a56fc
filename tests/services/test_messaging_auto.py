"""Automatic messages: greetings for customers and family members, a thank-you with a
feedback code after a bill, scheme reminders; queued once however often the run repeats."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models import Device
from jewelpos.db.models_messaging import FeedbackCode, Message
from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft
from jewelpos.services.customer_profile import FamilyMember
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from services.billing_helpers import Counter, make_counter, paid_in_full  # noqa: E402

TODAY = date(2025, 6, 1)  # factories.SHOP_MORNING in the shop


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    with services.uow.read() as s:
        device = s.scalars(select(Device.id).where(Device.is_local.is_(True))).one()
    services.messages.config.save_messaging({"sender": device}, by=owner)
    return make_counter(services, owner)


def _messages(services: Services) -> dict[tuple[str, str], Message]:
    with services.uow.read() as s:
        rows = s.scalars(select(Message)).all()
        for r in rows:
            s.expunge(r)
    return {(r.kind, r.key): r for r in rows}


def test_greetings_for_customer_and_family_once_a_day(counter: Counter) -> None:
    """Birthday today: the customer; anniversary today: a family member, greeted by name on
    the customer's phone; a second run the same day queues nothing."""
    svc = counter.services
    c = svc.customers.save(
        CustomerInput(name="Kavita Rao", mobile="9000000011", birthday=date(1990, 6, 1)),
        by=counter.owner,
    )
    svc.profiles.set_family(
        c.id,
        (FamilyMember("Mohan Rao", "husband", date(1988, 2, 2), date(2015, 6, 1)),),
        by=counter.owner,
    )
    svc.customers.save(
        CustomerInput(name="Not Today", mobile="9000000012", birthday=date(1990, 6, 2)),
        by=counter.owner,
    )
    first = svc.messages.queue_automatic()
    again = svc.messages.queue_automatic()
    assert dict(first.queued) == {"birthday": 1, "anniversary": 1} and again.total == 0
    msgs = _messages(svc)
    bday = msgs[("birthday", f"{c.id}:2025-06-01")]
    assert (
        bday.text
        == "Happy birthday, Kavita Rao! Warm wishes from all of us at Shree Ganesh Jewellers."
    )
    (anniv,) = [m for (k, _key), m in msgs.items() if k == "anniversary"]
    assert anniv.recipient == "9000000011" and anniv.text.startswith(
        "Happy anniversary, Mohan Rao!"
    )


def test_thank_you_with_a_feedback_code_per_bill(counter: Counter) -> None:
    """A saved bill with a customer gets one thank-you naming the bill and a feedback code that
    is stored against the bill number."""
    svc = counter.services
    bill = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    assert svc.messages.queue_automatic().queued == {"thank_you": 1}
    assert svc.messages.queue_automatic().total == 0
    with svc.uow.read() as s:
        codes = s.scalars(select(FeedbackCode)).all()
        assert [(c.invoice_no, c.customer_id) for c in codes] == [
            (bill.number, counter.customer.id)
        ]
        code = codes[0].code
    msg = _messages(svc)[("thank_you", bill.id)]
    assert len(code) == 6 and f"code {code}." in msg.text and bill.number in msg.text
    assert msg.recipient == "9822012345"


def test_scheme_reminders_instalment_cheque_maturity(counter: Counter) -> None:
    """Next instalment due in 2 days, a cheque due tomorrow and a maturity in 4 days are each
    reminded once, with the amount, passbook and date."""
    svc = counter.services
    plan = svc.schemes.save_plan(
        PlanInput("G11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, Decimal("5000.00"), 11)),
        by=counter.manager,
    )
    paying = svc.schemes.enrol(
        customer_id=counter.customer.id,
        plan_id=plan.id,
        start_date=date(2025, 5, 3),
        by=counter.cashier,
    )
    svc.schemes.pay(paying.id, amount=Decimal("5000"), mode="cash", by=counter.cashier)
    cheque = svc.scheme_cheques.add(
        paying.id,
        cheque_no="123456",
        bank="SBI",
        due_on=date(2025, 6, 2),
        amount=Decimal("5000"),
        by=counter.cashier,
    )
    other = svc.customers.save(
        CustomerInput(name="Old Member", mobile="9000000013"), by=counter.owner
    )
    maturing = svc.schemes.enrol(
        customer_id=other.id, plan_id=plan.id, start_date=date(2024, 7, 5), by=counter.cashier
    )  # 11 instalments from 5 July 2024: matures 5 June 2025
    run = svc.messages.queue_automatic()
    assert dict(run.queued) == {"instalment_due": 1, "cheque_due": 1, "maturity": 1}
    assert svc.messages.queue_automatic().total == 0
    msgs = _messages(svc)
    due = msgs[("instalment_due", f"{paying.id}:2025-06-03")]
    assert due.text == (
        f"Dear Asha Patil, your scheme instalment of Rs 5,000.00 (passbook {paying.passbook}) "
        "is due on 03-06-2025. - Shree Ganesh Jewellers"
    )
    chq = msgs[("cheque_due", f"{cheque.id}:2025-06-02")]
    assert "Rs 5,000.00" in chq.text and "02-06-2025" in chq.text
    mat = msgs[("maturity", f"{maturing.id}:2025-06-05")]
    assert mat.recipient == "9000000013" and "matures on 05-06-2025" in mat.text


def test_not_the_sending_counter_queues_nothing(services: Services, owner: UserInfo) -> None:
    """Two counters never queue the same greeting: only the sending place queues them."""
    services.customers.save(
        CustomerInput(name="Kavita Rao", mobile="9000000011", birthday=date(1990, 6, 1)),
        by=owner,
    )
    assert services.messages.queue_automatic().total == 0


def test_a_merged_customer_is_greeted_once_as_the_survivor(counter: Counter) -> None:
    """Two records of one person with the same birthday, merged: one greeting, the survivor's."""
    svc = counter.services
    keep = svc.customers.save(
        CustomerInput(name="Kavita Rao", mobile="9000000011", birthday=date(1990, 6, 1)),
        by=counter.owner,
    )
    dup = svc.customers.save(
        CustomerInput(name="Kavita R", mobile="9000000099", birthday=date(1990, 6, 1)),
        by=counter.owner,
    )
    svc.merges.merge(keep.id, dup.id, reason="same person", by=counter.owner)
    assert svc.messages.queue_automatic().queued == {"birthday": 1}
    assert list(_messages(svc)) == [("birthday", f"{keep.id}:2025-06-01")]
