"""Gift vouchers: issued in their own G series (sold or free), redeemed as the "voucher"
set-off with the balance kept, together with points on one bill without touching its taxable
value or GST; expiry; cancellation by a manager; the issue is a final document."""

from __future__ import annotations

import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, BillLine
from jewelpos.services.loyalty import POINTS, LoyaltyService
from jewelpos.services.set_offs import SetOffUse
from jewelpos.services.vouchers import VoucherInput, VoucherService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


@pytest.fixture
def vouchers(services: Services) -> VoucherService:
    return VoucherService(services.uow, services.clock, services.billing.shop)


def _payal(counter: Counter) -> BillLine:
    """Silver payal 50 g at 95.00 + making 15.00/g: taxable 5,500.00, GST 82.50 + 82.50,
    invoice 5,665.00."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Payal"
    )
    return line


def test_a_sold_voucher_has_its_own_g_number_and_a_code(
    counter: Counter, vouchers: VoucherService
) -> None:
    """A Rs 2,000 voucher sold for cash: number G..., code GV + 10, balance 2,000.00."""
    v = vouchers.issue(VoucherInput(amount=D("2000")), by=counter.cashier)
    assert v.number.startswith("G") and v.number.endswith("/00001")
    assert v.code.startswith("GV") and len(v.code) == 12
    assert (v.value, v.balance, v.status) == (D("2000.00"), D("2000.00"), "final")
    assert vouchers.find(v.code.lower()).id == v.id


def test_fixed_values_open_values_and_free_vouchers_are_checked(
    counter: Counter, vouchers: VoucherService
) -> None:
    """1,500 is no denomination; an open 1,500.50 is fine; a free voucher needs a campaign
    and a manager."""
    with pytest.raises(ValidationError) as fixed:
        vouchers.issue(VoucherInput(amount=D("1500")), by=counter.cashier)
    assert fixed.value.field == "amount"
    ok = vouchers.issue(VoucherInput(amount=D("1500.50"), value_kind="open"), by=counter.cashier)
    assert ok.balance == D("1500.50")
    with pytest.raises(ValidationError) as unnamed:
        vouchers.issue(VoucherInput(amount=D("500"), how="free"), by=counter.manager)
    assert unnamed.value.field == "campaign"
    with pytest.raises(PermissionDenied):
        vouchers.issue(
            VoucherInput(amount=D("500"), how="free", campaign="Diwali"), by=counter.cashier
        )
    free = vouchers.issue(
        VoucherInput(amount=D("500"), how="free", campaign="Diwali"), by=counter.manager
    )
    assert free.how == "free"


def test_points_and_a_partly_used_voucher_pay_one_bill_without_changing_its_tax(
    counter: Counter, vouchers: VoucherService, services: Services
) -> None:
    """Ring first (+492 points). Payal bill: invoice 5,665.00; 400 by points leaves 5,265.00,
    the Rs 10,000 voucher pays it all and keeps 10,000 - 5,265 = 4,735.00. Taxable 5,500.00
    and GST 82.50 + 82.50 are what C1 gives with no set-off; net payable 0. Cancelling the
    bill gives the voucher back its 10,000.00."""
    loyalty = LoyaltyService(services.uow, services.clock)
    counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(),), customer_id=counter.customer.id)),
        by=counter.cashier,
    )
    v = vouchers.issue(VoucherInput(amount=D("10000")), by=counter.cashier)
    points = SetOffUse(POINTS, counter.customer.id, D("400"), "Loyalty points")
    use = vouchers.use(v.code, due=D("5665.00") - D("400"))
    assert use.amount == D("5265.00")
    draft = BillDraft(
        lines=(_payal(counter),), customer_id=counter.customer.id, set_offs=(points, use)
    )
    plain = counter.billing.quote(
        BillDraft(lines=draft.lines, customer_id=counter.customer.id), customer=None
    )
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    bill = counter.billing.bill(saved.id)
    assert (bill.taxable, bill.cgst, bill.sgst) == (D("5500.00"), D("82.50"), D("82.50"))
    assert (plain.priced.taxable, plain.priced.cgst) == (bill.taxable, bill.cgst)
    assert bill.net_payable == D("0")
    assert vouchers.find(v.code).balance == D("4735.00")
    assert loyalty.summary(counter.customer.id).balance == 492 - 400 + 51
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(saved.id, reason="wrong", approval=ok, by=counter.cashier)
    assert vouchers.find(v.code).balance == D("10000.00")


def test_a_voucher_cannot_pay_more_than_its_balance(
    counter: Counter, vouchers: VoucherService
) -> None:
    """A Rs 500 voucher offered as 600 on a 5,665.00 bill is refused; nothing is used."""
    v = vouchers.issue(VoucherInput(amount=D("500")), by=counter.cashier)
    draft = BillDraft(lines=(_payal(counter),), set_offs=(SetOffUse("voucher", v.id, D("600")),))
    with pytest.raises(ValidationError) as over:
        counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert over.value.params["code"] == "set_off_over_balance"
    assert vouchers.find(v.code).balance == D("500.00")


def test_an_expired_voucher_is_refused(
    counter: Counter, vouchers: VoucherService, services: Services
) -> None:
    """Valid 30 days: on day 31 it cannot be used."""
    v = vouchers.issue(VoucherInput(amount=D("500"), valid_days=30), by=counter.cashier)
    services.clock.advance(timedelta(days=31))  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as late:
        vouchers.use(v.code, due=D("1000"))
    assert "expired" in late.value.problem


def test_a_manager_cancels_an_unused_voucher_only(
    counter: Counter, vouchers: VoucherService
) -> None:
    """A cashier may not cancel; a manager may while unused (balance 0 after); a used one
    cannot be cancelled."""
    v = vouchers.issue(VoucherInput(amount=D("500")), by=counter.cashier)
    with pytest.raises(PermissionDenied):
        vouchers.cancel(v.id, reason="mistake", by=counter.cashier)
    gone = vouchers.cancel(v.id, reason="mistake", by=counter.manager)
    assert (gone.status, gone.balance) == ("cancelled", D("0.00"))
    with pytest.raises(ValidationError):
        vouchers.use(v.code, due=D("100"))
    used = vouchers.issue(VoucherInput(amount=D("1000")), by=counter.cashier)
    counter.billing.save_bill(
        paid_in_full(
            counter,
            BillDraft(lines=(_payal(counter),), set_offs=(vouchers.use(used.code, due=D("1")),)),
        ),
        by=counter.cashier,
    )
    with pytest.raises(ValidationError):
        vouchers.cancel(used.id, reason="mistake", by=counter.manager)


def test_a_voucher_issue_is_a_final_document(
    counter: Counter, vouchers: VoucherService, services: Services
) -> None:
    """Its value cannot be changed nor the row deleted, in the database itself."""
    v = vouchers.issue(VoucherInput(amount=D("500")), by=counter.cashier)
    for sql in (
        "UPDATE gift_voucher SET value_paise = 1 WHERE id = :id",
        "DELETE FROM gift_voucher WHERE id = :id",
    ):
        with pytest.raises(IntegrityError), services.uow.begin() as s:
            s.execute(text(sql), {"id": v.id})


def test_the_voucher_slip_prints_its_code_as_a_barcode(
    counter: Counter, vouchers: VoucherService
) -> None:
    """Read back: GIFT VOUCHER, its number, value 2,000.00, and the code as Code 128 data."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from printing.escpos_decode import decode

    v = vouchers.issue(VoucherInput(amount=D("2000")), by=counter.cashier)
    out = decode(vouchers.slip_bytes(v.id))
    assert "GIFT VOUCHER" in out.text and v.number in out.text
    assert "2,000.00" in out.text
    assert any(v.code.encode() in data for _m, data in out.barcodes)
