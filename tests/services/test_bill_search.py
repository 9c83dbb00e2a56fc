"""Finding saved bills by number, mobile, name, shop day and amount, on a real migrated file."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest

from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.bill_search import BillQuery
from jewelpos.services.billing import BillDraft, SavedBill

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter, paid_in_full


def _two_bills(services: Services, owner: UserInfo, clock: FixedClock) -> tuple[Counter, SavedBill, SavedBill]:  # fmt: skip
    """A ring for Asha Patil (98220 12345) today, a ring for a walk-in the next day."""
    counter = make_counter(services, owner)
    first = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG001"),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )  # fmt: skip
    clock.advance(timedelta(days=1))
    counter.set_rates()
    second = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG002"),))), by=counter.cashier
    )
    return counter, first, second


def test_search_by_each_thing_the_cashier_remembers(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """Name part, mobile part (with +91 or spaces), number part, day range and rupee amount."""
    counter, first, second = _two_bills(services, owner, clock)
    search = services.bill_search.search
    day1 = counter.today() - timedelta(days=1)  # the clock moved on a day after the first bill

    def numbers(**query: object) -> list[str]:
        return [b.number for b in search(BillQuery(**query))]  # type: ignore[arg-type]

    assert numbers() == [second.number, first.number]  # newest first
    assert numbers(text="asha") == [first.number]
    assert numbers(text="PATIL") == [first.number]
    assert numbers(text="12345") == [first.number]
    assert numbers(text="+91 98220 12345") == [first.number]
    assert numbers(text=second.number[-5:]) == [second.number]
    assert numbers(text=second.number.lower()) == [second.number]
    assert numbers(day_from=day1 + timedelta(days=1)) == [second.number]
    assert numbers(day_to=day1) == [first.number]
    # the ring bill (DOMAIN.md): invoice value 50,694.02, payable 50,694: within a rupee
    assert numbers(amount="50,694") == [second.number, first.number]
    assert numbers(amount="₹50694.50", text="asha") == [first.number]
    assert numbers(amount="50000") == []
    assert numbers(text="nobody") == []
    found = search(BillQuery(text="asha"))[0]
    assert found.customer_mobile == "9822012345" and found.pieces == 1


def test_bad_amount_or_backwards_dates_name_the_field(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """An amount that is not one, or a last day before the first, is refused by field."""
    counter = make_counter(services, owner)
    with pytest.raises(ValidationError) as bad:
        services.bill_search.search(BillQuery(amount="fifty"))
    assert bad.value.field == "amount"
    with pytest.raises(ValidationError) as backwards:
        services.bill_search.search(
            BillQuery(day_from=counter.today(), day_to=counter.today() - timedelta(days=1))
        )
    assert backwards.value.field == "day_to"
