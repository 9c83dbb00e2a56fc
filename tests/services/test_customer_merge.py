"""Duplicate customers (same mobile, PAN, or name and address) listed for a manager, and
merged without losing a document: bills, returns, points, credit and vouchers of the merged
record read as the survivor's; the merged record is no longer found by search."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, BillLine
from jewelpos.services.customers import CustomerInput
from jewelpos.services.vouchers import VoucherInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _payal(counter: Counter) -> BillLine:
    """Payal: taxable 5,500.00, invoice 5,665.00, 55 points."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Payal"
    )
    return line


def _bill(counter: Counter, customer_id: str, *lines: BillLine) -> str:
    draft = BillDraft(lines=lines, customer_id=customer_id)
    return counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier).id


def test_duplicates_by_pan_by_other_phone_and_by_name_and_address(
    counter: Counter, services: Services
) -> None:
    """Asha (PAN ABCPE1234F) and "ASHA  patil" with the same PAN; Chetan whose other phone is
    Dev's mobile; two Farah Khans at 3 Lake Road, Pune; only a manager sees the list."""
    owner = counter.owner
    save = services.customers.save
    save(CustomerInput(name="ASHA  patil", mobile="9811111111", pan="ABCPE1234F"), by=owner)
    dev = save(CustomerInput(name="Dev Joshi", mobile="9822200000"), by=owner)
    save(
        CustomerInput(name="Chetan Joshi", mobile="9833300000", alternate_phone=dev.mobile),
        by=owner,
    )
    for mobile in ("9844400000", "9855500000"):
        save(
            CustomerInput(name="Farah Khan", mobile=mobile, address="3 Lake Road", city="Pune"),
            by=owner,
        )
    with pytest.raises(PermissionDenied):
        services.merges.duplicates(by=counter.cashier)
    found = {(p.reason, p.first.name, p.second.name) for p in services.merges.duplicates(by=owner)}
    assert found == {
        ("pan", "Asha Patil", "ASHA  patil"),
        ("mobile", "Dev Joshi", "Chetan Joshi"),
        ("name_address", "Farah Khan", "Farah Khan"),
    }


def test_a_merge_keeps_every_document_reachable_from_the_survivor(
    counter: Counter, services: Services
) -> None:
    """Asha: ring bill (+492 points). Her duplicate: payal bill (+55), a payal returned and
    kept as credit (+55 -55; credit 5,665.00), a Rs 500 voucher. Merged into Asha: three
    bills, one return and the voucher on her time line; points 492 + 55 = 547; the credit
    5,665.00 is hers to use; the duplicate's mobile no longer finds anyone."""
    asha = counter.customer
    dup = services.customers.save(
        CustomerInput(name="Asha P", mobile="9811111111", pan="ABCPE1234F"), by=counter.owner
    )
    _bill(counter, asha.id, counter.ring())
    _bill(counter, dup.id, _payal(counter))
    back = _bill(counter, dup.id, _payal(counter))
    line = counter.billing.bill(back).lines[0]
    counter.billing.sales_return(
        back, line_ids=(line.id,), reason="size", by=counter.manager, keep_rest_as_credit=True
    )
    services.vouchers.issue(VoucherInput(amount=D("500"), customer_id=dup.id), by=counter.cashier)
    assert services.loyalty.summary(asha.id).balance == 492
    with pytest.raises(PermissionDenied):
        services.merges.merge(asha.id, dup.id, by=counter.cashier)
    done = services.merges.merge(asha.id, dup.id, reason="same PAN", by=counter.manager)
    assert (done.survivor_id, done.merged_id) == (asha.id, dup.id)
    view = services.customer360.view(asha.id)
    kinds = [e.kind for e in view.timeline]
    assert (kinds.count("bill"), kinds.count("return"), kinds.count("voucher")) == (3, 1, 1)
    assert view.stats.bills == 3
    assert services.loyalty.summary(asha.id).balance == 547
    assert [c.balance for c in counter.billing.customer_credits(asha.id)] == [D("5665.00")]
    assert services.customers.search("98111") == []
    assert services.customer360.view(dup.id).profile.id == asha.id  # opens as the survivor
    with pytest.raises(ValidationError):
        services.merges.merge(asha.id, dup.id, by=counter.manager)
    with pytest.raises(ValidationError):
        services.merges.merge(dup.id, asha.id, by=counter.manager)
