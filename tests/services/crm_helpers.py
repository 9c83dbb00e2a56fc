"""Shared set-up for the segment and campaign tests: customers and 1 g bangle bills on chosen days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from billing_helpers import Counter, paid_in_full

from jewelpos.domain.clock import FixedClock, shop_today
from jewelpos.services.billing import BillDraft
from jewelpos.services.customers import CustomerInfo, CustomerInput

D = Decimal
BANGLE_BILL = D("8100.96")
# 1 g bangle (22K916, VA 10 % of value, no making): gold 1.000 x 7,150.00 = 7,150.00;
# VA 10 % = 715.00; taxable 7,865.00; CGST 1.5 % = 117.975 -> 117.98; SGST 117.98;
# invoice value 7,865.00 + 235.96 = 8,100.96.


def customer(counter: Counter, name: str, mobile: str, **more: object) -> CustomerInfo:
    return counter.services.customers.save(
        CustomerInput(name=name, mobile=mobile, **more),  # type: ignore[arg-type]
        by=counter.owner,
    )


def at_day(counter: Counter, day: date) -> None:
    """Move the shop's clock to 10:30 on ``day`` and set that day's rates."""
    clock = counter.services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=(day - shop_today(clock)).days))
    counter.set_rates(day)


def bangle_bill(
    counter: Counter,
    who: CustomerInfo | None,
    *,
    cat: str = "BANGLE",
    pieces: int = 1,
    salesperson_id: str | None = None,
) -> str:
    """A bill of ``pieces`` 1 g pieces (BANGLE by default) for the customer, today."""
    lines = []
    for _ in range(pieces):
        tag = counter.add_piece(cat, gross_mg=1_000)
        lines.append(counter.billing.line_for_code(tag))
    draft = BillDraft(
        lines=tuple(lines),
        customer_id=who.id if who else None,
        salesperson_id=salesperson_id,
    )
    return counter.billing.save_bill(paid_in_full(counter, replace(draft)), by=counter.cashier).id
