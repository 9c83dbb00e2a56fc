"""Head-office views over the typed documents: sales per branch per day, per-counter tallies,
the savings-scheme liability per home branch at a date.

Both are SQL aggregates over ``doc_invoice`` (see ``documents``): a tally lists each counter's
series for a day with its count, last number and total, and the numbers missing from the series
so far (a gap means a bill that has not reached head office, or was lost).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, case, distinct, func, select

from jewelpos.domain.weight import grams_text
from jewelpos.server.documents import TABLES
from jewelpos.server.models import branch, row_store

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


SCHEME_ACCOUNT = "scheme_account"
SCHEME_PLAN = "scheme_plan"


def _liability_rows(
    engine: Engine, *, at: date, branch_code: str | None
) -> list[tuple[str, str, str, int, int, int]]:
    """(home branch code, plan code, plan name, accounts, paise, mg) per branch and plan: the
    sums of every synced entry up to ``at`` (typed ``doc_scheme_entry``) of the accounts whose
    home is the branch (the branch whose counter enrolled the account; accounts and plans are
    read from the row store), wherever the entry was made."""
    e = TABLES["scheme_entry"]
    a, p = row_store.alias("a"), row_store.alias("p")
    plan_code = p.c.payload["code"].as_string()
    plan_name = p.c.payload["name"].as_string()
    q = (
        select(
            branch.c.code,
            plan_code,
            plan_name,
            func.count(distinct(e.c.account_id)),
            func.sum(func.coalesce(e.c.amount_paise, 0)),
            func.sum(func.coalesce(e.c.mg, 0)),
        )
        .select_from(e)
        .join(a, (a.c.table_name == SCHEME_ACCOUNT) & (a.c.row_id == e.c.account_id))
        .join(
            p,
            (p.c.table_name == SCHEME_PLAN) & (p.c.row_id == a.c.payload["plan_id"].as_string()),
        )
        .join(branch, branch.c.id == a.c.branch_id)
        .where(a.c.op != "delete", e.c.on_day <= at)
        .group_by(branch.c.code, plan_code, plan_name)
    )
    if branch_code is not None:
        q = q.where(branch.c.code == branch_code.strip().upper())
    with engine.connect() as conn:
        found = conn.execute(q).all()
    return [
        (str(c), str(pc or ""), str(pn or ""), int(n), int(m or 0), int(g or 0))
        for c, pc, pn, n, m, g in found
    ]


def _money(paise: int) -> str:
    return f"{Decimal(paise) / 100:.2f}"


def _grams(mg: int) -> str:
    return grams_text(mg)  # the counters' one way to write a weight (same JSON)


def _liability_json(
    at: date, branch_code: str, rows: list[tuple[int, int, int, str, str]]
) -> dict[str, Any]:
    by_plan: dict[tuple[str, str], list[int]] = {}
    for accounts, paise, mg, code, name in rows:
        t = by_plan.setdefault((code, name), [0, 0, 0])
        t[0] += accounts
        t[1] += paise
        t[2] += mg
    plans = sorted(by_plan.items())
    return {
        "at": at.isoformat(),
        "branch": branch_code,
        "money": _money(sum(t[1] for _, t in plans)),
        "grams": _grams(sum(t[2] for _, t in plans)),
        "accounts": sum(t[0] for _, t in plans),
        "by_plan": [
            {
                "plan": code,
                "name": name,
                "accounts": t[0],
                "money": _money(t[1]),
                "grams": _grams(t[2]),
            }
            for (code, name), t in plans
        ],
    }


def scheme_liability(engine: Engine, *, at: date, branch_code: str | None = None) -> dict[str, Any]:
    """What members hold (money and grams) at the end of ``at``, by plan: for one home branch
    (the same JSON as the counter's `jewelpos schemes liability --at DATE --json` there), or
    for the whole chain (``branch`` "")."""
    rows = _liability_rows(engine, at=at, branch_code=branch_code)
    code = branch_code.strip().upper() if branch_code is not None else ""
    return _liability_json(at, code, [(n, m, g, pc, pn) for _b, pc, pn, n, m, g in rows])


def scheme_liability_by_branch(engine: Engine, *, at: date) -> list[dict[str, Any]]:
    """The liability of each home branch at ``at`` (branches with scheme entries only)."""
    rows = _liability_rows(engine, at=at, branch_code=None)
    codes = sorted({r[0] for r in rows})
    return [
        _liability_json(at, c, [(n, m, g, pc, pn) for b, pc, pn, n, m, g in rows if b == c])
        for c in codes
    ]
