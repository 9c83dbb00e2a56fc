"""Repairs: intake, karigar, return with weight out, and the repair bill by C1."""

from __future__ import annotations

import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.orders import OrderStateError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.repairs import RepairIntake

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from billing_helpers import Counter, make_counter  # noqa: E402

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _repair(c: Counter) -> str:
    r = c.services.repairs.take_repair(
        RepairIntake(
            customer_id=c.customer.id,
            description="Gold bangle, cracked",
            work=("solder", "add_metal", "polish"),
            metal="gold",
            purity=916,
            weight_in_mg=12_340,
            promised_on=c.today() + timedelta(days=3),
        ),
        by=c.owner,
    )
    assert r.number == "JB1-C2/25/00001"
    return r.id


def test_repair_bill_is_the_worked_repair_of_domain_md(counter: Counter) -> None:
    """0.250 g of 22K added and labour 600.00 at 5 % bill 2,471.12 -> 2,471 (DOMAIN.md)."""
    s = counter.services
    rid = _repair(counter)
    k = s.karigars.add_karigar(name="Ramesh Soni", by=counter.owner)
    s.repairs.assign(rid, karigar_id=k.id, by=counter.owner)
    s.repairs.return_repair(
        rid,
        weight_out_mg=12_590,
        added_mg=250,
        labour=D("600.00"),
        labour_gst_percent=D("5"),
        by=counter.owner,
    )
    bill = s.repairs.deliver(rid, by=counter.owner)
    # metal 0.250 x 7,150.00 = 1,787.50; 1.5 % of it = 26.8125 -> 26.81 each half (not 53.63/2)
    # labour 600.00; 2.5 % = 15.00 each half
    # taxable 2,387.50; CGST 26.81 + 15.00 = 41.81 = SGST; invoice 2,471.12; round off -0.12
    assert bill.taxable == D("2387.50")
    assert (bill.cgst, bill.sgst, bill.igst) == (D("41.81"), D("41.81"), D("0.00"))
    assert bill.invoice_value == D("2471.12")
    assert bill.round_off == D("-0.12") and bill.net_payable == D("2471.00")
    view = s.repairs.repair(rid)
    assert view.status == "delivered" and view.payable == D("2471.00")
    assert [h.status for h in view.history] == [
        "taken",
        "with_karigar",
        "received",
        "ready",
        "delivered",
    ]
    # the 0.250 g added came out of his metal: 0.250 x 916 = 0.229 g
    assert s.karigars.karigar(k.id).balance_fine_mg == -229


def test_repair_labour_takes_the_shop_default_rate(counter: Counter) -> None:
    """Labour 600.00 alone at the default 18 %: 54.00 + 54.00 -> 708.00."""
    s = counter.services
    rid = _repair(counter)
    k = s.karigars.add_karigar(name="Ramesh Soni", by=counter.owner)
    s.repairs.assign(rid, karigar_id=k.id, by=counter.owner)
    s.repairs.return_repair(rid, weight_out_mg=12_340, labour=D("600.00"), by=counter.owner)
    bill = s.repairs.quote_bill(rid)
    assert (bill.cgst, bill.sgst, bill.net_payable) == (D("54.00"), D("54.00"), D("708.00"))


def test_repair_steps_in_order_and_intake_checks(counter: Counter) -> None:
    """A repair not yet back cannot be delivered; intake needs the work."""
    s = counter.services
    rid = _repair(counter)
    with pytest.raises(OrderStateError):
        s.repairs.deliver(rid, by=counter.owner)
    with pytest.raises(ValidationError) as e:
        s.repairs.take_repair(
            RepairIntake(
                customer_id=counter.customer.id,
                description="Ring",
                work=(),
                metal="gold",
                purity=916,
                weight_in_mg=3_000,
                promised_on=counter.today(),
            ),
            by=counter.owner,
        )
    assert e.value.field == "work"


def test_a_repair_ready_and_not_collected_is_reminded_once_a_day(counter: Counter) -> None:
    """Ready on 1 June; on 4 June (3 days) the customer's reminder is queued, once."""
    s = counter.services
    rid = _repair(counter)
    k = s.karigars.add_karigar(name="Ramesh Soni", by=counter.owner)
    s.repairs.assign(rid, karigar_id=k.id, by=counter.owner)
    s.repairs.return_repair(rid, weight_out_mg=12_340, labour=D("300"), by=counter.owner)
    today = counter.today()
    assert s.followup.queue_reminders(today + timedelta(days=2)) == 0
    assert s.followup.queue_reminders(today + timedelta(days=3)) == 1
    assert s.followup.queue_reminders(today + timedelta(days=3)) == 0
    kinds = sorted(m.kind for m in s.followup.messages())
    assert kinds == ["repair_not_collected", "repair_ready"]
