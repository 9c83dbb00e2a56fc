"""Head-office views over the typed documents: sales per branch per day, per-counter tallies.

Both are SQL aggregates over ``doc_invoice`` (see ``documents``): a tally lists each counter's
series for a day with its count, last number and total, and the numbers missing from the series
so far (a gap means a bill that has not reached head office, or was lost).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, case, func, select

from jewelpos.server.documents import TABLES
from jewelpos.server.models import branch

CANCELLED = "cancelled"
INVOICE = TABLES["invoice"]


def sales_per_branch_day(engine: Engine, *, day_from: date, day_to: date) -> list[dict[str, Any]]:
    """Per branch and shop day: bills, cancelled bills and the net total (paise) of live bills."""
    inv = INVOICE
    live = inv.c.status != CANCELLED
    q = (
        select(
            func.coalesce(branch.c.code, "?").label("code"),
            inv.c.shop_day,
            func.sum(case((live, 1), else_=0)).label("bills"),
            func.sum(case((live, 0), else_=1)).label("cancelled"),
            func.sum(case((live, func.coalesce(inv.c.net_payable_paise, 0)), else_=0)).label("net"),
        )
        .select_from(inv.outerjoin(branch, branch.c.id == inv.c.branch_id))
        .where(inv.c.shop_day >= day_from, inv.c.shop_day <= day_to)
        .group_by(branch.c.code, inv.c.shop_day)
        .order_by(branch.c.code, inv.c.shop_day)
    )
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return [
        {
            "branch": r.code,
            "day": r.shop_day.isoformat(),
            "bills": int(r.bills),
            "cancelled": int(r.cancelled),
            "net_paise": int(r.net),
        }
        for r in rows
    ]


def counter_tally(engine: Engine, *, day: date) -> list[dict[str, Any]]:
    """Per invoice series seen on ``day``: count, last number, total and gaps in the series."""
    inv = INVOICE
    live = inv.c.status != CANCELLED
    today = (
        select(
            inv.c.series,
            inv.c.fy,
            func.min(func.coalesce(branch.c.code, "?")).label("code"),
            func.count().label("bills"),
            func.sum(case((live, 0), else_=1)).label("cancelled"),
            func.max(inv.c.seq).label("last_seq"),
            func.sum(case((live, func.coalesce(inv.c.net_payable_paise, 0)), else_=0)).label(
                "total"
            ),
        )
        .select_from(inv.outerjoin(branch, branch.c.id == inv.c.branch_id))
        .where(inv.c.shop_day == day)
        .group_by(inv.c.series, inv.c.fy)
        .order_by(inv.c.series, inv.c.fy)
    )
    out: list[dict[str, Any]] = []
    with engine.connect() as conn:
        found = conn.execute(today).all()
        gaps = _gaps(conn, {(r.series, r.fy): int(r.last_seq) for r in found})
        for r in found:
            last_number = conn.scalar(
                select(inv.c.number).where(
                    inv.c.series == r.series,
                    inv.c.fy == r.fy,
                    inv.c.shop_day == day,
                    inv.c.seq == r.last_seq,
                )
            )
            out.append(
                {
                    "branch": r.code,
                    "series": r.series,
                    "fy": r.fy,
                    "count": int(r.bills),
                    "cancelled": int(r.cancelled),
                    "last_number": last_number,
                    "total_paise": int(r.total),
                    "gaps": gaps.get((r.series, r.fy), []),
                }
            )
    return out


def _gaps(conn: Connection, last: dict[tuple[str, str], int]) -> dict[tuple[str, str], list[int]]:
    """Per series, the numbers up to its last one that head office has not got. The database
    walks each series in number order on its index, pairs each number with the one before it
    and returns only the jumps, so a year of numbers never travels to Python."""
    inv = INVOICE
    out: dict[tuple[str, str], list[int]] = {}
    for (series, fy), upto in last.items():
        prev = func.lag(inv.c.seq).over(order_by=inv.c.seq)
        numbered = (
            select(inv.c.seq, prev.label("prev"))
            .where(inv.c.series == series, inv.c.fy == fy, inv.c.seq <= upto)
            .subquery()
        )
        jumps = conn.execute(
            select(numbered).where(numbered.c.seq - func.coalesce(numbered.c.prev, 0) > 1)
        ).all()
        missing = [n for j in jumps for n in range((j.prev or 0) + 1, j.seq)]
        if missing:
            out[(series, fy)] = sorted(missing)
    return out
