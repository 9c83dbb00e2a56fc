"""Customer 360: the time line gathers bills, returns, old gold, points and vouchers, newest
first; lifetime value, visits, average bill and favourite categories worked by hand."""

from __future__ import annotations

import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import NotFound
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, BillLine
from jewelpos.services.returns import RefundEntry
from jewelpos.services.vouchers import VoucherInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, exchange_old_gold, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _payal(counter: Counter) -> BillLine:
    """Payal: taxable 5,500.00, invoice 5,665.00."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Payal"
    )
    return line


def test_the_360_view_adds_up_bills_returns_and_visits(
    counter: Counter, services: Services
) -> None:
    """Day 1: ring (invoice 50,694.02) and payal (5,665.00); day 2: necklace with old gold
    (invoice 2,74,076.44, voucher 1,32,160.64); the payal is returned (-5,665.00). Bills 3,
    visits 2, lifetime 50,694.02 + 5,665.00 + 2,74,076.44 - 5,665.00 = 3,24,770.46, average
    (50,694.02 + 5,665.00 + 2,74,076.44) / 3 = 3,30,435.46 / 3 = 1,10,145.15 (…153 -> .15);
    favourites by taxable: necklace 2,66,093.64, ring 49,217.50, payal 5,500.00."""
    cid = counter.customer.id

    def bill(*lines: BillLine, **more: object) -> str:
        draft = BillDraft(lines=lines, customer_id=cid, **more)  # type: ignore[arg-type]
        return counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier).id

    bill(counter.ring())
    payal = bill(_payal(counter))
    services.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    counter.set_rates()
    bill(counter.necklace(huid="NEK001"), old_gold=(exchange_old_gold(),))
    line = counter.billing.bill(payal).lines[0]
    counter.billing.sales_return(
        payal,
        line_ids=(line.id,),
        reason="size",
        by=counter.manager,
        refunds=(RefundEntry("upi", D("5665.00"), "UTR1"),),
    )
    services.vouchers.issue(VoucherInput(amount=D("500"), customer_id=cid), by=counter.cashier)
    view = services.customer360.view(cid)
    st = view.stats
    assert (st.bills, st.visits) == (3, 2)
    assert st.lifetime_value == D("324770.46")
    assert st.average_bill == D("110145.15")
    names = {c.code: c.name for c in services.stock.categories()}
    assert st.favourite_categories == (names["NECK"], names["RING"], names["PAYAL"])
    kinds = [e.kind for e in view.timeline]
    assert kinds.count("bill") == 3 and "return" in kinds and "old_gold" in kinds
    assert "voucher" in kinds and "points" in kinds
    stamps = [e.at for e in view.timeline]
    assert stamps == sorted(stamps, reverse=True)
    assert st.points == view.stats.points > 0


def test_an_unknown_customer_is_not_found(services: Services, owner: UserInfo) -> None:
    """The 360 view of a missing id says so."""
    with pytest.raises(NotFound):
        services.customer360.view("nobody")


def test_family_members_and_consent_show_on_the_360_view_and_find_the_customer(
    counter: Counter, services: Services
) -> None:
    """Asha's daughter Meera (birthday 14 Feb 2010): typing "meer" finds Asha; consent given,
    do-not-disturb off; an empty member name is refused naming the member's name."""
    from datetime import date

    from jewelpos.domain.errors import ValidationError
    from jewelpos.services.customer_profile import Consent, FamilyMember

    asha = counter.customer
    services.profiles.set_family(
        asha.id, (FamilyMember("Meera Patil", "daughter", date(2010, 2, 14)),), by=counter.cashier
    )
    services.profiles.set_consent(asha.id, consent=True, dnd=False, by=counter.cashier)
    assert [c.id for c in services.customers.search("meer")] == [asha.id]
    view = services.customer360.view(asha.id)
    assert view.family == (FamilyMember("Meera Patil", "daughter", date(2010, 2, 14)),)
    assert view.consent == Consent(consent=True, dnd=False)
    with pytest.raises(ValidationError) as bad:
        services.profiles.set_family(asha.id, (FamilyMember(" "),), by=counter.cashier)
    assert bad.value.field == "family[0].name"
