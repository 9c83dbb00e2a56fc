"""Head-office views over the row store: sales per branch per day, per-counter daily tallies,
the savings-scheme liability per branch at a date.

Invoices are read from their stored JSON (``invoice`` rows: series, fy, seq, number, shop_day,
net_payable_paise, status); a tally lists each counter's series for a day with its count, last
number and total, and the numbers missing from the series so far (a gap means a bill that has
not reached head office, or was lost).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Engine, cast, distinct, func, select

from jewelpos.server.models import branch, row_store

INVOICE_TABLE = "invoice"
CANCELLED = "cancelled"


def _int(value: Any) -> int:
    """A stored whole number, 0 for anything else (rows are checked when pushed; this keeps
    a report answering even for rows stored before the checks)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _invoices(engine: Engine, *, day_from: str, day_to: str) -> list[tuple[str, dict[str, Any]]]:
    day = row_store.c.payload["shop_day"].as_string()
    with engine.connect() as conn:
        codes = {r.id: r.code for r in conn.execute(select(branch.c.id, branch.c.code))}
        rows = conn.execute(
            select(row_store.c.branch_id, row_store.c.payload).where(
                row_store.c.table_name == INVOICE_TABLE,
                row_store.c.op != "delete",
                day >= day_from,
                day <= day_to,
            )
        ).all()
    return [(codes.get(r.branch_id, "?"), dict(r.payload)) for r in rows]


def sales_per_branch_day(engine: Engine, *, day_from: date, day_to: date) -> list[dict[str, Any]]:
    """Per branch and shop day: bills, cancelled bills and the net total (paise) of live bills."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for code, p in _invoices(engine, day_from=day_from.isoformat(), day_to=day_to.isoformat()):
        key = (code, str(p.get("shop_day")))
        agg = out.setdefault(
            key, {"branch": code, "day": key[1], "bills": 0, "cancelled": 0, "net_paise": 0}
        )
        if p.get("status") == CANCELLED:
            agg["cancelled"] += 1
        else:
            agg["bills"] += 1
            agg["net_paise"] += _int(p.get("net_payable_paise"))
    return [out[k] for k in sorted(out)]


def counter_tally(engine: Engine, *, day: date) -> list[dict[str, Any]]:
    """Per invoice series seen on ``day``: count, last number, total and gaps in the series."""
    todays = _invoices(engine, day_from=day.isoformat(), day_to=day.isoformat())
    series = {(str(p.get("series")), str(p.get("fy"))) for _, p in todays}
    if not series:
        return []
    whole_year = _invoices(engine, day_from="0000-00-00", day_to=day.isoformat())
    out = []
    for s, fy in sorted(series):
        mine = [(c, p) for c, p in todays if (p.get("series"), p.get("fy")) == (s, fy)]
        seqs = {
            _int(p.get("seq")) for _, p in whole_year if (p.get("series"), p.get("fy")) == (s, fy)
        }
        last = max(_int(p.get("seq")) for _, p in mine)
        live = [p for _, p in mine if p.get("status") != CANCELLED]
        out.append(
            {
                "branch": mine[0][0],
                "series": s,
                "fy": fy,
                "count": len(mine),
                "cancelled": len(mine) - len(live),
                "last_number": max(
                    (str(p.get("number")) for _, p in mine), key=lambda n: (len(n), n)
                ),
                "total_paise": sum(_int(p.get("net_payable_paise")) for p in live),
                "gaps": [n for n in range(1, last + 1) if n not in seqs],
            }
        )
    return out


SCHEME_ENTRY = "scheme_entry"
SCHEME_ACCOUNT = "scheme_account"
SCHEME_PLAN = "scheme_plan"


def _liability_rows(
    engine: Engine, *, at: date, branch_code: str | None
) -> list[tuple[str, str, str, int, int, int]]:
    """(home branch code, plan code, plan name, accounts, paise, mg) per branch and plan: the
    sums of every synced entry up to ``at`` of the accounts whose home is the branch (the
    branch whose counter enrolled the account), wherever the entry was made."""
    e, a, p = row_store.alias("e"), row_store.alias("a"), row_store.alias("p")
    account_id = e.c.payload["account_id"].as_string()
    plan_code = p.c.payload["code"].as_string()
    plan_name = p.c.payload["name"].as_string()
    q = (
        select(
            branch.c.code,
            plan_code,
            plan_name,
            func.count(distinct(account_id)),
            func.sum(cast(e.c.payload["amount_paise"].as_string(), BigInteger)),
            func.sum(cast(e.c.payload["mg"].as_string(), BigInteger)),
        )
        .select_from(e)
        .join(a, (a.c.table_name == SCHEME_ACCOUNT) & (a.c.row_id == account_id))
        .join(
            p,
            (p.c.table_name == SCHEME_PLAN) & (p.c.row_id == a.c.payload["plan_id"].as_string()),
        )
        .join(branch, branch.c.id == a.c.branch_id)
        .where(
            e.c.table_name == SCHEME_ENTRY,
            e.c.op != "delete",
            a.c.op != "delete",
            e.c.payload["on_day"].as_string() <= at.isoformat(),
        )
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
    return f"{Decimal(mg) / 1000:.3f}"


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
