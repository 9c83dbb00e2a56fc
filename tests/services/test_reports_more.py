"""Stock ageing, cash book and scheme reports: totals equal sums worked from the documents;
the cash book balances day to day; a year of generated bills is seasonal and consistent."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text

from jewelpos.db.models_billing import CreditNote, Invoice, InvoiceLine, Payment
from jewelpos.db.models_money import CreditNoteRefund
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft
from jewelpos.services.demo_year import add_year_of_bills, day_weights
from jewelpos.services.reports_more import (
    cash_book,
    scheme_collections,
    scheme_liability,
    stock_ageing,
)
from jewelpos.services.schemes import PlanInput

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def test_stock_ageing_buckets_by_receipt_day(counter: Counter) -> None:
    """Four rings received 10, 100, 200 and 400 days before 1 June 2025 and a chain received
    the day after fall in the buckets 0-90, 91-180, 181-365 and >365 (the chain is left out);
    a sold ring is no stock."""
    at = date(2025, 6, 1)
    ages = {10: 2_000, 100: 3_000, 200: 4_000, 400: 5_000}
    tags = {age: counter.add_piece("RING", gross_mg=mg) for age, mg in ages.items()}
    later = counter.add_piece("CHAIN", gross_mg=9_000)
    sold = counter.add_piece("RING", gross_mg=7_000)
    with counter.services.uow.begin() as s:
        for age, tag in [*tags.items(), (-1, later)]:
            # received at 10:00 IST on the day (04:30 UTC)
            s.execute(
                text("UPDATE stock_piece SET received_at = :at WHERE tag_code = :t"),
                {"at": f"{at - timedelta(days=age)} 04:30:00.000000", "t": tag},
            )
        s.execute(text("UPDATE stock_piece SET status = 'sold' WHERE tag_code = :t"), {"t": sold})
    report = stock_ageing(counter.services.uow, "category", at)
    rows = {r[0]: dict(zip([k for k, _ in report.columns], r, strict=True)) for r in report.rows}
    assert set(rows) == {"Gold ring"}
    r = rows["Gold ring"]
    # 2 + 3 + 4 + 5 g = 14 g net (no stones); fine at 916: 14,000 x 916 / 1000 = 12,824 mg
    assert (r["pieces"], r["net_mg"], r["fine_mg"]) == (4, 14_000, 12_824)
    assert (r["n_0_90"], r["mg_0_90"]) == (1, 2_000)
    assert (r["n_91_180"], r["mg_91_180"]) == (1, 3_000)
    assert (r["n_181_365"], r["mg_181_365"]) == (1, 4_000)
    assert (r["n_over_365"], r["mg_over_365"]) == (1, 5_000)
    by_purity = stock_ageing(counter.services.uow, "purity", at)
    assert [row[0] for row in by_purity.rows] == ["22K916"]
    assert by_purity.totals[1] == 4
    with pytest.raises(ValidationError, match="no stock report by karigar"):
        stock_ageing(counter.services.uow, "karigar", at)


def test_cash_book_of_known_bills(counter: Counter) -> None:
    """1 June: a ring paid 10,000 in cash (the rest UPI); 2 June: a ring paid 2,500 in cash.
    Opening 0; 1 June closes at 10,000; 2 June opens at 10,000 and closes at 12,500;
    UPI never enters the cash book."""
    b = counter.billing
    b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG050"),)), cash_amount="10000"),
        by=counter.cashier,
    )
    clock = counter.services.clock
    clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    counter.set_rates()
    b.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring("RNG051"),)), cash_amount="2500"),
        by=counter.cashier,
    )
    report = cash_book(counter.services.uow, date(2025, 6, 1), date(2025, 6, 3))
    keys = [k for k, _ in report.columns]
    days = [dict(zip(keys, r, strict=True)) for r in report.rows]
    assert [d["in_bills"] for d in days] == [D("10000.00"), D("2500.00"), D("0.00")]
    assert [d["opening"] for d in days] == [D("0.00"), D("10000.00"), D("12500.00")]
    assert [d["closing"] for d in days] == [D("10000.00"), D("12500.00"), D("12500.00")]
    total = dict(zip(keys, report.totals, strict=True))
    assert total["opening"] == D("0.00") and total["closing"] == D("12500.00")
    later = cash_book(counter.services.uow, date(2025, 6, 2), date(2025, 6, 2))
    assert later.rows[0][1] == D("10000.00")  # the opening carries every earlier day
    with pytest.raises(ValidationError, match="last day comes before"):
        cash_book(counter.services.uow, date(2025, 6, 2), date(2025, 6, 1))


def test_year_of_bills_cash_book_balances(counter: Counter) -> None:
    """Sixty days of generated bills, old gold and returns: every cash-book column equals the
    sum of the documents' cash rows, each day's closing is the next day's opening, and opening
    + in - out = closing over the range."""
    uow = counter.services.uow
    built = add_year_of_bills(uow, last_day=date(2025, 5, 31), lines=600, days=60)
    assert built.lines == 600 and built.bills > 300
    first, last = date(2025, 4, 15), date(2025, 5, 31)
    report = cash_book(uow, first, last)
    keys = [k for k, _ in report.columns]
    with uow.read() as s:
        bills: dict[date, int] = defaultdict(int)
        for inv, pay in s.execute(
            select(Invoice, Payment).join(Payment, Payment.invoice_id == Invoice.id)
        ):
            if inv.status == "final" and pay.mode == "cash":
                bills[inv.shop_day] += pay.amount_paise
        refunds: dict[date, int] = defaultdict(int)
        for cn, ref in s.execute(
            select(CreditNote, CreditNoteRefund).join(
                CreditNoteRefund, CreditNoteRefund.credit_note_id == CreditNote.id
            )
        ):
            if ref.mode == "cash":
                refunds[cn.shop_day] += ref.amount_paise
        lines = s.scalar(select(InvoiceLine.id).limit(1))
    assert lines is not None
    opening = sum(v for d, v in bills.items() if d < first) - sum(
        v for d, v in refunds.items() if d < first
    )
    assert report.rows[0][1] == D(opening) / 100
    total = dict(zip(keys, report.totals, strict=True))
    in_range = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    assert total["in_bills"] == D(sum(bills[d] for d in in_range)) / 100
    assert total["out_refunds"] == D(sum(refunds[d] for d in in_range)) / 100
    assert total["out_refunds"] > 0
    for a, b in zip(report.rows, report.rows[1:], strict=False):
        assert a[-1] == b[1]
    cash_in = total["in_bills"] + total["in_instalments"] + total["in_vouchers"]
    cash_out = total["out_refunds"] + total["out_old_gold"]
    assert total["opening"] + cash_in - cash_out == total["closing"]


def test_festivals_and_weddings_weigh_more() -> None:
    """Dhanteras 2025 brings more bills than an ordinary July day; November (weddings) more
    than July (monsoon)."""
    weights = dict(day_weights(date(2025, 7, 1), date(2025, 11, 30)))
    assert weights[date(2025, 10, 18)] > 5 * weights[date(2025, 7, 16)]
    nov = sum(w for d, w in weights.items() if d.month == 11)
    jul = sum(w for d, w in weights.items() if d.month == 7)
    assert nov > 2 * jul


def test_scheme_collections_refuse_bad_ranges(counter: Counter) -> None:
    """A backwards range is refused in words; an empty range gives no rows and zero totals."""
    uow = counter.services.uow
    with pytest.raises(ValidationError, match="last day comes before"):
        scheme_collections(uow, "day", date(2025, 6, 2), date(2025, 6, 1))
    report = scheme_collections(uow, "month", date(2025, 5, 1), date(2025, 6, 1))
    assert report.rows == () and report.totals[2] == D("0.00")


def test_scheme_collections_liability_and_cash_of_known_instalments(
    counter: Counter, clock: FixedClock
) -> None:
    """A 5,000 a month plan: 5,000 in cash on 1 June, 5,000 by UPI on 1 July. By month:
    June 5,000 (1 receipt), July 5,000 (1 receipt); by plan GOLD11 10,000 (2); liability on
    1 July 10,000 in 1 account (on 30 June 5,000); the cash book counts only June's cash."""
    svc = counter.services.schemes
    terms = PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11, grace_days=7, late_cut_percent=D(0))
    plan = svc.save_plan(PlanInput("GOLD11", "Gold 11+1", terms), by=counter.manager)
    acc = svc.enrol(
        customer_id=counter.customer.id,
        plan_id=plan.id,
        nominee="Ramesh Patil",
        start_date=date(2025, 6, 1),
        by=counter.cashier,
    )
    svc.pay(acc.id, amount=D("5000"), mode="cash", by=counter.cashier)
    clock.advance(timedelta(days=30))  # 1 July
    svc.pay(acc.id, amount=D("5000"), mode="upi", by=counter.cashier)
    uow = counter.services.uow
    first, last = date(2025, 6, 1), date(2025, 7, 1)
    by_month = scheme_collections(uow, "month", first, last)
    assert by_month.rows == (("2025-06", 1, D("5000.00")), ("2025-07", 1, D("5000.00")))
    assert by_month.totals == ("", 2, D("10000.00"))
    by_day = scheme_collections(uow, "day", first, last)
    assert [r[0] for r in by_day.rows] == [first, last]
    assert scheme_collections(uow, "plan", first, last).rows == (("GOLD11", 2, D("10000.00")),)
    owed = scheme_liability(uow, last)
    assert owed.rows == (("GOLD11", "Gold 11+1", 1, D("10000.00"), D("0")),)
    assert scheme_liability(uow, date(2025, 6, 30)).totals[3] == D("5000.00")
    cash = cash_book(uow, first, last)
    keys = [k for k, _ in cash.columns]
    total = dict(zip(keys, cash.totals, strict=True))
    assert total["in_instalments"] == D("5000.00") and total["closing"] == D("5000.00")
