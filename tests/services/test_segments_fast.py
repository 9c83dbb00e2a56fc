"""Segment runs on a generated shop (the CRM benchmark's builder, 3,000 customers): the
spend-floor shortcut (only bills since the VIP period's start summed) lists and counts
exactly what every customer's full statistics give, alone, with other rules and merges."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from jewelpos.db.engine import make_engine
from jewelpos.services import build_services
from jewelpos.services.segments import SegmentRules, _members, count_members

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import crm_shop

TODAY = date(2026, 12, 1)


def test_spend_floor_shortcut_equals_full_statistics(tmp_path: Path) -> None:
    """VIP rules (with RFM, months, not seen, merged customers) give the same members."""
    db = crm_shop.build(tmp_path / "shop", 3000, today=TODAY)
    engine = make_engine(db)
    try:
        services = build_services(engine)
        cases = [
            SegmentRules(vip_min_spend=Decimal(200_000), vip_months=12, vip_min_rfm=10),
            SegmentRules(vip_min_spend=Decimal(50_000), vip_months=3),
            SegmentRules(vip_min_spend=Decimal(20_000), vip_months=24, not_seen_days=60),
            SegmentRules(vip_min_spend=Decimal("0.01"), birthday_week=True),
            SegmentRules(not_seen_days=90),  # the kept members' count equals a plain count
        ]
        owner = services.auth.login("owner", "1111")
        with services.uow.read() as s:
            top = [m.customer_id for m in _members(s, cases[1], TODAY, 4)[1]]
        services.merges.merge(top[0], top[1], by=owner)  # a VIP folded into another
        services.merges.merge(top[2], top[3], by=owner)
        with services.uow.read() as s:
            for rules in cases:
                fast = _members(s, rules, TODAY, 50)
                full = _members(s, rules, TODAY, 50, full_stats=True)
                assert fast == full, rules
                everyone = _members(s, rules, TODAY, None)
                assert everyone == _members(s, rules, TODAY, None, full_stats=True)
                assert count_members(s, rules, TODAY) == fast[0]
            assert _members(s, cases[0], TODAY, None)[0] > 10
    finally:
        engine.dispose()
