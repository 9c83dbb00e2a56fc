"""Sales by day read in chunks of grouped queries equals the day-by-day sums it replaced, on
generated bills with returns, old gold and cancellations over a range longer than one chunk."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, Invoice, InvoiceLine, OldGoldVoucher
from jewelpos.domain.money import from_paise
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.demo_year import add_year_of_bills
from jewelpos.services.reports import CHUNK_DAYS, ReportsService, SalesDay


def _one_day(s: Session, day: date) -> SalesDay:
    """The old per-day queries, kept here as the reference."""
    live = (Invoice.shop_day == day, Invoice.status == "final")
    bills, taxable, gst, value = s.execute(
        select(
            func.count(Invoice.id),
            func.coalesce(func.sum(Invoice.taxable_paise), 0),
            func.coalesce(
                func.sum(Invoice.cgst_paise + Invoice.sgst_paise + Invoice.igst_paise), 0
            ),
            func.coalesce(func.sum(Invoice.invoice_value_paise), 0),
        ).where(*live)
    ).one()
    gross, net, fine, making = s.execute(
        select(
            func.coalesce(func.sum(InvoiceLine.gross_mg), 0),
            func.coalesce(func.sum(InvoiceLine.net_mg), 0),
            func.coalesce(func.sum(InvoiceLine.fine_mg), 0),
            func.coalesce(
                func.sum(
                    InvoiceLine.making_paise
                    + InvoiceLine.wastage_paise
                    - InvoiceLine.making_discount_paise
                    - InvoiceLine.wastage_discount_paise
                ),
                0,
            ),
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*live)
    ).one()
    returns = s.scalar(
        select(func.coalesce(func.sum(CreditNote.total_paise), 0)).where(CreditNote.shop_day == day)
    )
    og_fine, og_value = s.execute(
        select(
            func.coalesce(func.sum(OldGoldVoucher.fine_mg), 0),
            func.coalesce(func.sum(OldGoldVoucher.total_paise), 0),
        ).where(OldGoldVoucher.shop_day == day, OldGoldVoucher.status == "final")
    ).one()
    return SalesDay(
        day, int(bills), int(gross), int(net), int(fine), from_paise(int(making)),
        from_paise(int(taxable)), from_paise(int(gst)), from_paise(int(value)),
        from_paise(int(returns or 0)), int(og_fine), from_paise(int(og_value)),
    )  # fmt: skip


def test_chunked_days_equal_day_by_day(services: Services, owner: UserInfo) -> None:
    """Every day of 75 days (three chunks, the last partial) equals its own per-day sums."""
    last = date(2025, 5, 31)
    add_year_of_bills(services.uow, last_day=last, lines=1500, days=70)
    start = last - timedelta(days=74)
    report = ReportsService(services.uow).sales_by_day(start, last)
    assert len(report.days) == 75 and 2 * CHUNK_DAYS < 75
    with services.uow.read() as s:
        expected = [_one_day(s, start + timedelta(days=i)) for i in range(75)]
    assert list(report.days) == expected
    assert sum(d.bills for d in expected) > 100
    assert any(d.returns for d in expected) and any(d.old_gold_fine_mg for d in expected)
    assert any(d.bills == 0 for d in expected)  # days before the bills start stay zero
