"""Head-office sales broken down across branches: by category, purity, salesperson and payment
mode, as the counter's Reports screen shows one branch (SQL aggregates over the typed
documents, live bills only), and the same rows as CSV for accounts.

Names come from master data the counters synced (categories, users); a key head office has no
name for is shown as it is.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from sqlalchemy import Engine, and_, func, select

from jewelpos.domain.money import from_paise
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.domain.weight import grams_text
from jewelpos.server.documents import TABLES
from jewelpos.server.models import branch, row_store

BREAKDOWNS = ("category", "purity", "salesperson", "mode")
CANCELLED = "cancelled"
INVOICE, LINE, PAYMENT = TABLES["invoice"], TABLES["invoice_line"], TABLES["payment"]


class UnknownBreakdown(ValueError):
    """Not one of BREAKDOWNS."""


def _names(engine: Engine, table: str, field: str, ids: set[str]) -> dict[str, str]:
    """Row id -> ``field`` of the synced master rows of ``table`` with those ids."""
    if not ids:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(row_store.c.row_id, row_store.c.payload).where(
                row_store.c.table_name == table, row_store.c.row_id.in_(sorted(ids))
            )
        ).all()
    return {r.row_id: str(dict(r.payload).get(field) or r.row_id) for r in rows}


def _purity(metal: str | None, fineness: int | None) -> str:
    try:
        return purity_label(Metal(metal or ""), int(fineness or 0))
    except ValueError:
        return f"{metal or '?'} {fineness or ''}".strip()


def sales_by(engine: Engine, *, by: str, day_from: date, day_to: date) -> list[dict[str, Any]]:
    """Per branch and ``by``: bills, lines, net and fine weight (mg), making and taxable value
    (paise) of live bills in the days; for ``mode`` the amount taken (paise) and bills."""
    if by not in BREAKDOWNS:
        raise UnknownBreakdown(f"breakdown must be one of {', '.join(BREAKDOWNS)}")
    inv = INVOICE
    live = and_(inv.c.status != CANCELLED, inv.c.shop_day >= day_from, inv.c.shop_day <= day_to)
    code = func.coalesce(branch.c.code, "?").label("branch")
    if by == "mode":
        pay = PAYMENT
        q = (
            select(
                code,
                pay.c.mode.label("key"),
                func.count(func.distinct(inv.c.row_id)).label("bills"),
                func.sum(func.coalesce(pay.c.amount_paise, 0)).label("amount"),
            )
            .select_from(
                pay.join(inv, inv.c.row_id == pay.c.invoice_id).outerjoin(
                    branch, branch.c.id == inv.c.branch_id
                )
            )
            .where(live)
            .group_by(branch.c.code, pay.c.mode)
            .order_by(branch.c.code, pay.c.mode)
        )
        with engine.connect() as conn:
            rows = conn.execute(q).all()
        return [
            {
                "branch": r.branch,
                "key": r.key,
                "name": r.key,
                "bills": int(r.bills),
                "amount_paise": int(r.amount or 0),
            }
            for r in rows
        ]
    line = LINE
    keys = {
        "category": (line.c.category_id,),
        "purity": (line.c.metal, line.c.purity),
        "salesperson": (inv.c.salesperson_id,),
    }[by]
    q = (
        select(
            code,
            *keys,
            func.count(func.distinct(inv.c.row_id)).label("bills"),
            func.count().label("lines"),
            func.sum(func.coalesce(line.c.net_mg, 0)).label("net_mg"),
            func.sum(func.coalesce(line.c.fine_mg, 0)).label("fine_mg"),
            func.sum(
                func.coalesce(line.c.making_paise, 0)
                - func.coalesce(line.c.making_discount_paise, 0)
            ).label("making"),
            func.sum(func.coalesce(line.c.taxable_paise, 0)).label("taxable"),
        )
        .select_from(
            line.join(inv, inv.c.row_id == line.c.invoice_id).outerjoin(
                branch, branch.c.id == inv.c.branch_id
            )
        )
        .where(live)
        .group_by(branch.c.code, *keys)
        .order_by(branch.c.code, *keys)
    )
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    if by == "category":
        names = _names(engine, "category", "name", {r.category_id for r in rows if r.category_id})
    elif by == "salesperson":
        ids = {r.salesperson_id for r in rows if r.salesperson_id}
        names = _names(engine, "app_user", "display_name", ids)
    out = []
    for r in rows:
        if by == "purity":
            key = f"{r.metal}:{r.purity}"
            name = _purity(r.metal, r.purity)
        else:
            key = (r.category_id if by == "category" else r.salesperson_id) or ""
            name = names.get(key, key) if key else "-"
        out.append(
            {
                "branch": r.branch,
                "key": key,
                "name": name,
                "bills": int(r.bills),
                "lines": int(r.lines),
                "net_mg": int(r.net_mg or 0),
                "fine_mg": int(r.fine_mg or 0),
                "making_paise": int(r.making or 0),
                "taxable_paise": int(r.taxable or 0),
            }
        )
    return out


def as_csv(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV (UTF-8 text; weights in grams, money in rupees, as accounts read them)."""
    buf = io.StringIO()
    if not rows:
        return ""
    fields = [k for k in rows[0] if k != "key"]
    writer = csv.writer(buf)
    writer.writerow(  # the units the values are written in: grams and rupees
        [f.removesuffix("_mg") + "_g" if f.endswith("_mg") else
         f.removesuffix("_paise") + "_rs" if f.endswith("_paise") else f for f in fields]
    )  # fmt: skip
    for r in rows:
        out = []
        for f in fields:
            v = r[f]
            if f.endswith("_mg"):
                v = grams_text(v)
            elif f.endswith("_paise"):
                v = f"{from_paise(v):.2f}"
            out.append(v)
        writer.writerow(out)
    return buf.getvalue()
