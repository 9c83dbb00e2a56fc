"""Day end counts gift vouchers sold for cash as cash in the drawer (not as sales: a voucher is
not a GST supply); vouchers sold by UPI are listed but not cash; a cancelled one is left out."""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft
from jewelpos.services.vouchers import VoucherInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, cash, make_counter

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def test_a_voucher_sold_for_cash_is_expected_in_the_drawer(counter: Counter) -> None:
    """Payal bill in cash: 50 g S925 x 95.00 = 4,750.00 + making 750.00 = 5,500.00, GST 82.50
    + 82.50: 5,665.00 cash. Vouchers: 5,000 for cash, 2,000 by UPI, 1,000 for cash then
    cancelled. Expected cash 5,665.00 + 5,000.00 = 10,665.00; sales stay 5,665.00; vouchers
    sold 7,000.00 of which 5,000.00 in cash. Counting 10,665 closes with no difference."""
    line = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Payal"
    )
    draft = BillDraft(lines=(line,), payments=(cash("5665.00"),))
    counter.billing.save_bill(draft, by=counter.cashier)
    vouchers = counter.services.vouchers
    vouchers.issue(VoucherInput(D(5000)), by=counter.cashier)
    vouchers.issue(
        VoucherInput(D(2000), paid_mode="upi", paid_reference="UTR1"), by=counter.cashier
    )
    gone = vouchers.issue(VoucherInput(D(1000)), by=counter.cashier)
    vouchers.cancel(gone.id, reason="customer changed mind", by=counter.manager)
    day_end = counter.services.day_end
    summary = day_end.summary(counter.today())
    assert summary.net_sales == D("5665.00")
    assert summary.voucher_sales == (("cash", D("5000.00")), ("upi", D("2000.00")))
    assert (summary.voucher_total, summary.voucher_cash) == (D("7000.00"), D("5000.00"))
    assert summary.expected_cash == D("10665.00")
    report = day_end.close_day(
        counter.today(), counted={2000: 5, 500: 1, 100: 1, 50: 1, 10: 1, 5: 1}, by=counter.manager
    )
    # 10,000 + 500 + 100 + 50 + 10 + 5 = 10,665
    assert (report.counted_cash, report.difference) == (D("10665.00"), D("0.00"))
    assert replace(report.summary, closed=False) == replace(summary, closed=False)
