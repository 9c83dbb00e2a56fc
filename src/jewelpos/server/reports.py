"""Head-office views over the row store: sales per branch per day, per-counter daily tallies.

Invoices are read from their stored JSON (``invoice`` rows: series, fy, seq, number, shop_day,
net_payable_paise, status); a tally lists each counter's series for a day with its count, last
number and total, and the numbers missing from the series so far (a gap means a bill that has
not reached head office, or was lost).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Engine, select

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
