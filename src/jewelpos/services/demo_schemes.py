"""Savings schemes of the demo shop: two plans and members in every state: paying on time,
late (instalments missed), a bounced cheque, matured and waiting, and closed early. The
demo's clock is moved back to each payment's day, so receipts carry their real dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Protocol
from zoneinfo import ZoneInfo

from jewelpos.domain.schemes import (
    BonusRule,
    BonusTreatment,
    PlanKind,
    PlanTerms,
    add_months,
    due_dates,
)
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.schemes import PlanInput

D = Decimal


class _Clock(Protocol):
    def set(self, at: datetime) -> None: ...


def add_demo_schemes(
    services: Services,
    clock: _Clock,
    *,
    today: date,
    zone: ZoneInfo,
    manager: UserInfo,
    cashier: UserInfo,
) -> int:
    """Add the plans and members; returns how many members were enrolled."""
    customers = services.customers.search("9", limit=8)  # demo mobiles start with 6-9
    if len(customers) < 5:
        customers = (customers + services.customers.search("8", limit=8))[:8]
    if len(customers) < 5:
        return 0

    def at(day: date) -> None:
        clock.set(datetime.combine(day, time(11, 15), zone).astimezone(UTC))

    gold = services.schemes.save_plan(
        PlanInput("GOLD11", "Swarna 11+1", PlanTerms(
            PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7, late_cut_percent=D(50),
        )),
        by=manager,
    )  # fmt: skip
    pre = services.schemes.save_plan(
        PlanInput("LAXMI11", "Laxmi 11 (bonus before GST)", PlanTerms(
            PlanKind.AMOUNT, D("2000.00"), 11, bonus_rule=BonusRule.PERCENT_OF_ONE,
            bonus_percent=D(75), treatment=BonusTreatment.PRE_TAX, grace_days=5,
        )),
        by=manager,
    )  # fmt: skip

    def member(i: int, plan_id: str, months_ago: int, nominee: str) -> str:
        start = add_months(today, -months_ago)
        at(start)
        acc = services.schemes.enrol(
            customer_id=customers[i].id,
            plan_id=plan_id,
            nominee=nominee,
            start_date=start,
            by=cashier,
        )
        return acc.id

    def pay(account_id: str, amount: str, days: list[date], mode: str = "cash") -> None:
        for day in days:
            at(day)
            services.schemes.pay(account_id, amount=D(amount), mode=mode, by=cashier)

    # paying on time: started 3 months ago, 4 paid (this month's too)
    a = member(0, gold.id, 3, "Sunil")
    pay(a, "5000", list(due_dates(add_months(today, -3), 4)))
    # late: started 5 months ago, 3 paid (the third 12 days late), 2 missed
    b = member(1, gold.id, 5, "Meera")
    days = list(due_dates(add_months(today, -5), 3))
    days[2] += timedelta(days=12)
    pay(b, "5000", days, mode="upi")
    # bounced cheque: 2 paid, the third by a cheque that came back with a Rs 350 charge
    c = member(2, pre.id, 2, "Anil")
    start_c = add_months(today, -2)
    pay(c, "2000", list(due_dates(start_c, 2)))
    cheque_day = due_dates(start_c, 3)[2]
    at(start_c)
    cheque = services.scheme_cheques.add(
        c, cheque_no="104233", bank="State Bank of India", due_on=cheque_day,
        amount=D("2000"), by=cashier,
    )  # fmt: skip
    at(cheque_day)
    services.scheme_cheques.present(cheque.id, by=cashier)
    services.scheme_cheques.bounce(cheque.id, charge=D("350"), by=cashier)
    # matured, not yet redeemed: all 11 paid on time
    d = member(3, gold.id, 11, "Kavita")
    pay(d, "5000", list(due_dates(add_months(today, -11), 11)))
    # closed early by the manager: 3 paid, refunded without bonus
    e = member(4, pre.id, 4, "Rohit")
    pay(e, "2000", list(due_dates(add_months(today, -4), 3)))
    services.schemes.close_early(e, by=manager, reason="moving to another city")
    clock.set(datetime.now(UTC))
    return 5
