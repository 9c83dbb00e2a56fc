"""The demo shop's year of bills shows a real picture: every month has bills, Dhanteras and the
wedding months stand out, there are returns, old gold and cancellations, its numbers follow the
counter's series (the next bill continues them), and stock falls in every age bucket."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from jewelpos.config import load_settings
from jewelpos.db.engine import make_engine
from jewelpos.db.models_billing import CreditNote, Invoice, OldGoldVoucher
from jewelpos.services import build_services
from jewelpos.services.demo import build_demo_shop
from jewelpos.services.reports_more import stock_ageing


def test_demo_year_is_seasonal_and_consistent(tmp_path: Path) -> None:
    """Twelve months of bills; the busiest day is a festival; November (Dhanteras, weddings)
    beats July (monsoon); returns, old gold and cancelled bills exist; stock in all buckets."""
    settings = load_settings(tmp_path)
    summary = build_demo_shop(settings, pieces=60, customers=40)
    assert "a year of" in summary
    engine = make_engine(settings.db_path)
    try:
        services = build_services(engine)
        with services.uow.read() as s:
            months = dict(
                s.execute(
                    select(func.substr(Invoice.shop_day, 1, 7), func.count(Invoice.id)).group_by(
                        func.substr(Invoice.shop_day, 1, 7)
                    )
                ).all()
            )
            busiest = s.execute(
                select(Invoice.shop_day, func.count(Invoice.id))
                .group_by(Invoice.shop_day)
                .order_by(func.count(Invoice.id).desc())
                .limit(1)
            ).one()
            returns = s.scalar(select(func.count(CreditNote.id)))
            old_gold = s.scalar(select(func.count(OldGoldVoucher.id)))
            cancelled = s.scalar(
                select(func.count(Invoice.id)).where(Invoice.status == "cancelled")
            )
            last = s.scalar(select(func.max(Invoice.shop_day)))
            series = s.execute(
                text("SELECT period, next_value FROM number_series WHERE doc_type = 'invoice'")
            ).all()
            per_fy = dict(
                s.execute(select(Invoice.fy, func.max(Invoice.seq)).group_by(Invoice.fy)).all()
            )
        assert len(months) in (12, 13)
        nov = next(v for k, v in months.items() if k.endswith("-11"))
        jul = next(v for k, v in months.items() if k.endswith("-07"))
        assert nov > 1.5 * jul
        from jewelpos.services.demo_year import FESTIVALS

        assert returns and old_gold and cancelled
        today = services.rates.today()
        assert last == today - timedelta(days=1)  # today's counter starts empty
        in_year = [d for d in FESTIVALS if today - timedelta(days=365) <= d < today]
        assert busiest[0] in FESTIVALS or not in_year  # the table lists festivals to 2027
        assert {p: n - 1 for p, n in series} == per_fy  # the next bill continues the series
        ageing = stock_ageing(services.uow, "category", date.today())
        keys = [k for k, _ in ageing.columns]
        total = dict(zip(keys, ageing.totals, strict=True))
        assert all(total[k] > 0 for k in ("n_0_90", "n_91_180", "n_181_365", "n_over_365"))
    finally:
        engine.dispose()
