"""Loyalty by mobile number: points earned on bills (category, coins, old gold excluded),
redeemed as the "points" set-off within the share and minimum, expiry, returns, cancellation
and referrals, against ledgers worked by hand."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.domain.loyalty import (
    EarningLine,
    Entry,
    LoyaltyRules,
    balance,
    points_earned,
    redeemable_points,
)
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import APPROVE_CANCEL, BillDraft, BillLine
from jewelpos.services.customers import CustomerInput
from jewelpos.services.loyalty import POINTS, LoyaltyService
from jewelpos.services.loyalty_settings import LoyaltySettingsService
from jewelpos.services.returns import RefundEntry
from jewelpos.services.set_offs import SetOffUse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, exchange_old_gold, make_counter, paid_in_full

D = Decimal
RULES = LoyaltyRules()


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


@pytest.fixture
def loyalty(services: Services) -> LoyaltyService:
    return LoyaltyService(services.uow, services.clock)


def _payal(counter: Counter) -> BillLine:
    """Silver payal 50 g S925 at 95.00, making 15.00/g: taxable 4,750 + 750 = 5,500.00;
    GST 82.50 + 82.50; invoice 5,665.00."""
    line: BillLine = counter.billing.untagged_line(
        category_id=counter.cats["PAYAL"], gross_mg=50_000, purity=925, description="Payal"
    )
    return line


def _bill(counter: Counter, *lines: BillLine, points: str | None = None, **more: object) -> str:
    uses = (SetOffUse(POINTS, counter.customer.id, D(points), "Loyalty points"),) if points else ()
    draft = BillDraft(
        lines=lines,
        customer_id=counter.customer.id,
        set_offs=uses,
        **more,  # type: ignore[arg-type]
    )
    return counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier).id


# --- the rule, pure ---------------------------------------------------------------------------


def test_points_are_one_per_hundred_rupees_of_taxable_value_rounded_half_up() -> None:
    """Ring taxable 49,217.50 / 100 x 1 = 492.175 -> 492 points."""
    assert points_earned(RULES, [EarningLine(D("49217.50"), "RING")]) == 492


def test_a_category_has_its_own_rate_and_coins_earn_nothing_when_the_shop_says_so() -> None:
    """NECK at 2 per 100: 10,000 x 2 / 100 = 200; a coin line (HSN 7118) of 50,000 earns
    500 normally and 0 with no points on coins; RING default 1: 2,550 -> 25.5 -> 26."""
    rules = replace(RULES, category_points_per_100={"NECK": D("2")})
    lines = [
        EarningLine(D("10000"), "NECK", "7113"),
        EarningLine(D("50000"), "GCOIN", "7118"),
        EarningLine(D("2550"), "RING", "7113"),
    ]
    assert points_earned(rules, lines) == 200 + 500 + 26
    assert points_earned(replace(rules, no_points_on_coins=True), lines) == 200 + 26


def test_the_part_paid_with_old_gold_earns_no_points() -> None:
    """Exchange: taxable 2,66,093.64, old gold 1,32,160.64: (2,66,093.64 - 1,32,160.64)/100
    = 1,339.33 -> 1,339 points; without the exclusion 2,660.94 -> 2,661."""
    line = [EarningLine(D("266093.64"), "NECK")]
    assert points_earned(RULES, line, old_gold=D("132160.64")) == 1339
    off = replace(RULES, exclude_old_gold=False)
    assert points_earned(off, line, old_gold=D("132160.64")) == 2661


def test_expired_lots_leave_the_balance_and_uses_draw_on_the_oldest_lot() -> None:
    """+300 on 1 Jan (expires 1 Jul), +200 on 1 Mar (expires 1 Sep), -250 on 1 Apr draws 250
    from the January lot (50 left). On 1 Jun: 50 + 200 = 250; on 2 Jul the January 50
    expired: 200; on 2 Sep: 0."""
    entries = [
        Entry(date(2026, 1, 1), 300, date(2026, 7, 1)),
        Entry(date(2026, 3, 1), 200, date(2026, 9, 1)),
        Entry(date(2026, 4, 1), -250),
    ]
    assert balance(entries, date(2026, 6, 1)) == 250
    assert balance(entries, date(2026, 7, 2)) == 200
    assert balance(entries, date(2026, 9, 2)) == 0


def test_redeemable_points_are_within_the_share_of_the_bill_and_the_minimum_balance() -> None:
    """Invoice 5,665.00 x 10 % = 566.50 -> 566 points at Rs 1; held 492 -> 492; held 99
    (below the minimum of 100) -> 0; held 1,000 -> 566."""
    assert redeemable_points(RULES, held=492, invoice_value=D("5665.00")) == 492
    assert redeemable_points(RULES, held=99, invoice_value=D("5665.00")) == 0
    assert redeemable_points(RULES, held=1000, invoice_value=D("5665.00")) == 566


# --- on the counter ---------------------------------------------------------------------------


def test_a_sequence_of_bills_redemptions_returns_and_a_cancel_matches_the_hand_ledger(
    counter: Counter, loyalty: LoyaltyService
) -> None:
    """Ring bill: +492 (49,217.50/100). Payal bill paying 400 by points: taxable stays
    5,500.00 and GST 82.50 + 82.50; earns (5,500 - 400)/100 = 51; balance 492 - 400 + 51
    = 143. Payal returned: -51 -> 92. Another payal bill with 60 points... below the
    minimum of 100: refused. A payal bill without points +55 -> 147, cancelled: -55 -> 92."""
    ring = _bill(counter, counter.ring())
    assert loyalty.summary(counter.customer.id).balance == 492
    paid = _bill(counter, _payal(counter), points="400")
    bill = counter.billing.bill(paid)
    assert (bill.taxable, bill.cgst, bill.sgst) == (D("5500.00"), D("82.50"), D("82.50"))
    points = loyalty.bill_points(paid)
    assert points is not None
    assert (points.earned, points.redeemed, points.balance) == (51, 400, 143)
    line = bill.lines[0]
    counter.billing.sales_return(
        paid,
        line_ids=(line.id,),
        reason="size",
        by=counter.manager,
        refunds=(RefundEntry("upi", D("5665.00"), "UTR9"),),
    )
    assert loyalty.summary(counter.customer.id).balance == 92
    with pytest.raises(ValidationError) as below:
        _bill(counter, _payal(counter), points="60")
    assert below.value.params["code"] == "points_below_minimum"
    third = _bill(counter, _payal(counter))
    assert loyalty.summary(counter.customer.id).balance == 147
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(third, reason="wrong", approval=ok, by=counter.cashier)
    assert loyalty.summary(counter.customer.id).balance == 92
    kinds = [(r.kind, r.points) for r in loyalty.ledger(counter.customer.id)]
    assert kinds == [
        ("earned", 492),
        ("redeemed", -400),
        ("earned", 51),
        ("returned", -51),
        ("earned", 55),
        ("reversed", -55),
    ]
    assert ring


def test_points_over_the_balance_or_the_share_of_the_bill_are_refused(
    counter: Counter, loyalty: LoyaltyService
) -> None:
    """Held 492 after the ring. A payal bill of 5,665.00 takes at most 492 (566 by share):
    500 is refused. A 10 g payal (950 + 150 making = 1,100.00 taxable, GST 16.50 + 16.50,
    invoice 1,133.00) takes at most 113.30 -> 113 points: 150 is refused. Nothing written."""
    _bill(counter, counter.ring())
    assert loyalty.redeemable(counter.customer.id, D("5665.00")) == D("492.00")
    with pytest.raises(ValidationError) as over:
        _bill(counter, _payal(counter), points="500")
    assert over.value.params["code"] == "set_off_over_balance"
    small = replace(_payal(counter), gross_mg=10_000)
    assert loyalty.redeemable(counter.customer.id, D("1133.00")) == D("113.00")
    with pytest.raises(ValidationError) as share:
        _bill(counter, small, points="150")
    assert share.value.params["code"] == "points_over_limit"
    assert "at most 113 points" in share.value.problem
    assert loyalty.summary(counter.customer.id).balance == 492


def test_a_cancelled_bill_gives_back_the_points_it_used(
    counter: Counter, loyalty: LoyaltyService
) -> None:
    """+492, payal paying 200 by points: -200 +53 ((5,500-200)/100 = 53) = 345; cancelled:
    +200 given back and -53 reversed -> 492."""
    _bill(counter, counter.ring())
    paid = _bill(counter, _payal(counter), points="200")
    assert loyalty.summary(counter.customer.id).balance == 345
    ok = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    counter.billing.cancel_bill(paid, reason="wrong", approval=ok, by=counter.cashier)
    assert loyalty.summary(counter.customer.id).balance == 492


def test_points_expire_after_the_shops_days(
    counter: Counter, loyalty: LoyaltyService, services: Services
) -> None:
    """492 earned today expire in 365 days: 364 days on still 492, 365 days on 0."""
    _bill(counter, counter.ring())
    services.clock.advance(timedelta(days=364))  # type: ignore[attr-defined]
    assert loyalty.summary(counter.customer.id).balance == 492
    services.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    assert loyalty.summary(counter.customer.id).balance == 0


def test_old_gold_on_the_bill_earns_no_points(counter: Counter, loyalty: LoyaltyService) -> None:
    """Exchange example: (2,66,093.64 - 1,32,160.64)/100 = 1,339.33 -> 1,339 points."""
    _bill(counter, counter.necklace(huid="NEK001"), old_gold=(exchange_old_gold(),))
    assert loyalty.summary(counter.customer.id).balance == 1339


def test_a_referrer_and_the_new_customer_are_rewarded_on_the_first_bill_only(
    counter: Counter, loyalty: LoyaltyService, services: Services
) -> None:
    """Bina names Asha: on Bina's first payal bill Asha gets 100 and Bina 50 + 55 earned;
    Bina's second bill gives no referral points (Asha still 100, Bina 105 + 55 = 160)."""
    bina = services.customers.save(
        CustomerInput(name="Bina Rao", mobile="9876501234"), by=counter.owner
    )
    assert loyalty.name_referrer(bina.id, "+91 98220 12345", by=counter.cashier) == "Asha Patil"
    other = replace(counter, customer=bina)
    _bill(other, _payal(other))
    assert loyalty.summary(counter.customer.id).balance == 100
    assert loyalty.summary(bina.id).balance == 105
    _bill(other, _payal(other))
    assert loyalty.summary(counter.customer.id).balance == 100
    assert loyalty.summary(bina.id).balance == 160
    with pytest.raises(ValidationError) as late:
        loyalty.name_referrer(bina.id, "9822012345", by=counter.cashier)
    assert late.value.field == "referrer"


def test_a_referrer_must_be_a_known_customer_and_not_oneself(
    counter: Counter, loyalty: LoyaltyService
) -> None:
    """An unknown mobile or the customer's own number is refused, naming the referrer."""
    for mobile in ("9000000001", "9822012345"):
        with pytest.raises(ValidationError) as bad:
            loyalty.name_referrer(counter.customer.id, mobile, by=counter.cashier)
        assert bad.value.field == "referrer"


def test_the_shop_changes_its_rule_and_only_a_manager_may(
    counter: Counter, loyalty: LoyaltyService, services: Services
) -> None:
    """RING at 2 per 100: 49,217.50 x 2 / 100 = 984.35 -> 984; a cashier may not change it."""
    settings = LoyaltySettingsService(services.uow, services.clock)
    with pytest.raises(PermissionDenied):
        settings.save({"points_per_100": "2"}, by=counter.cashier)
    with pytest.raises(ValidationError) as bad:
        settings.save({"min_balance": "ten"}, by=counter.manager)
    assert "minimum balance" in bad.value.problem
    rules = settings.save({"category_points_per_100": {"ring": "2"}}, by=counter.manager)
    assert rules.category_points_per_100 == {"RING": D("2")}
    _bill(counter, counter.ring())
    assert loyalty.summary(counter.customer.id).balance == 984


def test_the_receipt_shows_points_earned_redeemed_and_the_balance(
    counter: Counter, services: Services
) -> None:
    """Read back from the ESC/POS bytes: ring +492; payal paying 400 by points: redeemed 400,
    earned 51, balance 143; a walk-in bill has no points block."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from printing.escpos_decode import decode

    _bill(counter, counter.ring())
    paid = _bill(counter, _payal(counter), points="400")
    text = decode(services.prints.receipt_bytes(paid)).text
    lines = [" ".join(t.split()) for t in text.splitlines()]
    assert "Points redeemed 400" in lines
    assert "Points earned 51" in lines
    assert "Points balance 143" in lines
    assert "Less Loyalty points -400.00" in " ".join(lines).replace(",", "")
    walk_in = counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(_payal(counter),))), by=counter.cashier
    )
    assert "Points" not in decode(services.prints.receipt_bytes(walk_in.id)).text
