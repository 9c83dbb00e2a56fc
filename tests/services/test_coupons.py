"""Coupons: a pre-tax discount on making or VA (C1 point 3) that lowers the taxable value and
GST, never the metal value; made by a manager; checked at billing (dates, minimum bill,
categories, once per customer, a count limit); used once and given back by a cancelled bill."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models_billing import InvoiceLine
from jewelpos.db.models_coupons import CouponUse, InvoiceDiscount
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, CustomerOnBill
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.coupons import CouponInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _coupon(counter: Counter, code: str = "DIWALI10", **more: object) -> str:
    today = counter.today()
    values: dict[str, object] = {
        "code": code,
        "valid_from": today,
        "valid_to": today + timedelta(days=30),
        "percent": D("10"),
        "on_va": True,
    }
    values.update(more)
    return counter.services.coupons.create(CouponInput(**values), by=counter.manager).id  # type: ignore[arg-type]


def _customer(counter: Counter) -> CustomerOnBill:
    return CustomerOnBill.from_info(counter.customer)


def _draft(counter: Counter, code: str, *lines: object) -> BillDraft:
    rule = counter.services.coupons.rule_for(code, customer_id=counter.customer.id)
    return BillDraft(
        lines=tuple(lines),  # type: ignore[arg-type]
        customer_id=counter.customer.id,
        discounts=(rule,),
    )


def test_ten_percent_off_making_and_va_lowers_the_taxable_value_and_gst_by_c1(
    counter: Counter,
) -> None:
    """The ring (DOMAIN.md): gold 41,970.50, wastage 3,360.50, making 2,641.50, stones
    1,200.00, hallmark 45.00; taxable 49,217.50 without the coupon.
    10 % of the making line as printed: 2,641.50 x 0.10 = 264.15; of the VA line:
    3,360.50 x 0.10 = 336.05. Taxable 49,217.50 - 264.15 - 336.05 = 48,617.30;
    CGST = SGST = 48,617.30 x 1.5 % = 729.2595 -> 729.26; invoice 48,617.30 + 1,458.52 =
    50,075.82; payable 50,076 (round off +0.18). The gold line stays 41,970.50."""
    _coupon(counter)
    ring = counter.ring()
    plain = counter.billing.quote(BillDraft(lines=(ring,)), customer=_customer(counter))
    assert (plain.taxable, plain.cgst) == (D("49217.50"), D("738.26"))
    q = counter.billing.quote(_draft(counter, "diwali10", ring), customer=_customer(counter))
    a = q.lines_amounts[ring.key]
    assert (a.metal_value, a.making, a.making_discount) == (
        D("41970.50"),
        D("2641.50"),
        D("-264.15"),
    )
    assert (a.wastage, a.wastage_discount) == (D("3360.50"), D("-336.05"))
    assert (q.taxable, q.cgst, q.sgst) == (D("48617.30"), D("729.26"), D("729.26"))
    assert (q.invoice_value, q.round_off, q.net_payable) == (
        D("50075.82"),
        D("0.18"),
        D("50076"),
    )
    assert q.discount_totals == (D("600.20"),)  # 264.15 + 336.05
    assert not q.needs_approval  # a manager approved the coupon when making it


def test_a_flat_coupon_larger_than_making_and_va_stops_at_the_metal_value(
    counter: Counter,
) -> None:
    """A flat 10,000.00 on making and VA of the ring: making 2,641.50 + VA 3,360.50 = 6,002.00
    is all it can take. Taxable 49,217.50 - 6,002.00 = 43,215.50 = gold 41,970.50 + stones
    1,200.00 + hallmark 45.00; CGST = SGST = 43,215.50 x 1.5 % = 648.2325 -> 648.23;
    invoice 43,215.50 + 1,296.46 = 44,511.96 -> 44,512."""
    _coupon(counter, "FLAT10K", percent=D(0), amount=D("10000"))
    ring = counter.ring()
    q = counter.billing.quote(_draft(counter, "FLAT10K", ring), customer=_customer(counter))
    a = q.lines_amounts[ring.key]
    assert a.metal_value == D("41970.50")
    assert (a.making + a.making_discount, a.wastage + a.wastage_discount) == (D(0), D(0))
    assert (q.taxable, q.cgst, q.sgst, q.net_payable) == (
        D("43215.50"),
        D("648.23"),
        D("648.23"),
        D("44512"),
    )
    assert q.discount_totals == (D("6002.00"),)


def test_making_only_flat_coupon_leaves_va_alone(counter: Counter) -> None:
    """Flat 1,000.00 on making only: making 2,641.50 - 1,000.00; VA 3,360.50 untouched;
    taxable 49,217.50 - 1,000.00 = 48,217.50; GST 48,217.50 x 1.5 % = 723.2625 -> 723.26."""
    _coupon(counter, "MAKE1000", percent=D(0), amount=D("1000"), on_va=False)
    ring = counter.ring()
    q = counter.billing.quote(_draft(counter, "MAKE1000", ring), customer=_customer(counter))
    a = q.lines_amounts[ring.key]
    assert (a.making_discount, a.wastage_discount) == (D("-1000.00"), D(0))
    assert (q.taxable, q.cgst) == (D("48217.50"), D("723.26"))


def test_coupon_and_scheme_bonus_together_never_go_below_the_metal_value(
    counter: Counter,
) -> None:
    """A scheme's 50 % making bonus first: making 2,641.50 x 0.5 = 1,320.75, VA 3,360.50 x 0.5
    = 1,680.25. Then a 60 % coupon wants 1,584.90 and 2,016.30 but only 1,320.75 and
    1,680.25 are left: it takes those. Together 6,002.00: taxable 43,215.50 (gold + stones +
    hallmark), not less."""
    ring = counter.ring()
    scheme = DiscountRule("scheme", "acc1", "Scheme bonus", percent=D("50"), on_va=True)
    coupon = DiscountRule("coupon", "c1", "Coupon BIG60", percent=D("60"), on_va=True)
    q = counter.billing.quote(
        BillDraft(lines=(ring,), discounts=(scheme, coupon)), customer=_customer(counter)
    )
    assert q.discount_totals == (D("3001.00"), D("3001.00"))  # 1,320.75 + 1,680.25 each
    assert q.taxable == D("43215.50")
    assert q.lines_amounts[ring.key].metal_value == D("41970.50")


def test_categories_and_minimum_bill_are_checked_in_the_quote(counter: Counter) -> None:
    """A NECK-only coupon takes nothing off a ring (a notice says so); a coupon needing a bill
    of 50,000.00 on the ring's 49,217.50 stops the save with a problem."""
    _coupon(counter, "NECKONLY", categories=(counter.cats["NECK"],))
    _coupon(counter, "MIN50K", min_bill=D("50000"))
    ring = counter.ring()
    q = counter.billing.quote(_draft(counter, "NECKONLY", ring), customer=_customer(counter))
    assert q.taxable == D("49217.50")
    assert [n.code for n in q.notices] == ["discount_nothing"]
    q = counter.billing.quote(_draft(counter, "MIN50K", ring), customer=_customer(counter))
    assert "discount_min_bill" in [p.code for p in q.problems]


def test_only_a_manager_makes_a_coupon_and_bad_input_names_the_field(counter: Counter) -> None:
    """The cashier is refused; a coupon with both a percent and an amount is refused."""
    today = counter.today()
    with pytest.raises(PermissionDenied):
        counter.services.coupons.create(
            CouponInput("CASHIER5", today, today, percent=D(5)), by=counter.cashier
        )
    with pytest.raises(ValidationError) as both:
        counter.services.coupons.create(
            CouponInput("BOTH", today, today, percent=D(5), amount=D(100)), by=counter.manager
        )
    assert both.value.field == "coupon_percent"


def test_a_saved_bill_keeps_the_discount_on_its_lines_and_uses_the_coupon_once(
    counter: Counter,
) -> None:
    """Saved: the ring's line stores making discount 264.15 and VA discount 336.05, taxable
    48,617.30; one use. Once per customer: a second bill is refused. Cancelled: the use is
    given back (+1 -1 = 0) and the customer may use it again."""
    cid = _coupon(counter, once_per_customer=True)
    draft = _draft(counter, "DIWALI10", counter.ring())
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    with counter.services.uow.read() as s:
        line = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == saved.id)).one()
        assert (line.making_discount_paise, line.wastage_discount_paise) == (-26415, -33605)
        assert line.taxable_paise == 4861730
        row = s.scalars(select(InvoiceDiscount).where(InvoiceDiscount.invoice_id == saved.id)).one()
        assert (row.kind, row.source_id, row.amount_paise) == ("coupon", cid, 60020)
    assert counter.billing.bill(saved.id).taxable == D("48617.30")
    assert counter.services.coupons.find("DIWALI10").uses == 1
    with pytest.raises(ValidationError) as again:
        counter.services.coupons.rule_for("DIWALI10", customer_id=counter.customer.id)
    assert again.value.params["code"] == "coupon_used_by_customer"
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(saved.id, reason="wrong piece", approval=ok, by=counter.cashier)
    with counter.services.uow.read() as s:
        deltas = [u.delta for u in s.scalars(select(CouponUse).order_by(CouponUse.at))]
    assert sorted(deltas) == [-1, 1]
    assert counter.services.coupons.find("DIWALI10").uses == 0
    counter.services.coupons.rule_for("DIWALI10", customer_id=counter.customer.id)


def test_the_count_limit_and_validity_are_checked_again_at_save(counter: Counter) -> None:
    """A coupon for 1 bill: the first bill uses it; a draft that took it before is refused
    at save. An expired coupon is refused when typed."""
    _coupon(counter, "ONEONLY", max_uses=1)
    first = _draft(counter, "ONEONLY", counter.ring("RNG001"))
    second = _draft(counter, "ONEONLY", counter.ring("RNG002"))
    counter.billing.save_bill(paid_in_full(counter, first), by=counter.cashier)
    with pytest.raises(ValidationError) as used_up:
        counter.billing.save_bill(paid_in_full(counter, second), by=counter.cashier)
    assert used_up.value.params["code"] == "coupon_used_up"
    yesterday = counter.today() - timedelta(days=1)
    _coupon(counter, "OLD", valid_from=yesterday - timedelta(days=5), valid_to=yesterday)
    with pytest.raises(ValidationError) as old:
        counter.services.coupons.rule_for("OLD", customer_id=None)
    assert old.value.params["code"] == "coupon_expired"


def test_a_draft_cannot_carry_a_bigger_discount_than_the_coupon(counter: Counter) -> None:
    """A draft whose rule says 90 % is priced at save with the coupon's own 10 %: paid as the
    forged quote says, it is short; the honest draft saves at taxable 48,617.30."""
    _coupon(counter)
    draft = _draft(counter, "DIWALI10", counter.ring())
    forged = replace(draft, discounts=(replace(draft.discounts[0], percent=D("90")),))
    with pytest.raises(ValidationError) as short:
        counter.billing.save_bill(paid_in_full(counter, forged), by=counter.cashier)
    assert short.value.params["code"] == "payment_short"
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    assert counter.billing.bill(saved.id).taxable == D("48617.30")
