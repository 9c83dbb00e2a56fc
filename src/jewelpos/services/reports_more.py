"""More counter reports as plain tables: stock position and ageing by category or purity, the
cash book (opening, cash in and out by source, closing, per day) and scheme collections and
liability (from services/scheme_reports.py). Each returns a TableReport: column keys with their
kind, rows, a totals row and the columns its chart draws; long ones report progress per day and
stop when asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, Invoice, OldGoldVoucher, Payment
from jewelpos.db.models_money import CreditNoteRefund
from jewelpos.db.models_schemes import SchemeReceipt
from jewelpos.db.models_vouchers import GiftVoucher
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import from_paise
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.services.reports import MAX_DAYS, Cancelled, Progress, ReportCancelled, _never
from jewelpos.services.scheme_reports import SchemeReports

AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0_90", 0, 90),
    ("91_180", 91, 180),
    ("181_365", 181, 365),
    ("over_365", 366, None),
)
"""Bucket key, first and last age in days (from the day the piece was received)."""
HELD = ("in_stock", "reserved", "in_transit", "with_karigar")
"""Piece statuses the shop still holds (sold, melted and missing pieces are not stock)."""
TABLE_KINDS = (
    "stock_category",
    "stock_purity",
    "cash_book",
    "scheme_day",
    "scheme_month",
    "scheme_plan",
    "scheme_liability",
)


@dataclass(frozen=True)
class TableReport:
    """``columns`` are (key, kind) with kind text, day, int, mg, money or grams (Decimal)."""

    kind: str
    start: date
    end: date
    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple[Any, ...], ...]
    totals: tuple[Any, ...]
    chart: tuple[str, ...]
    """The keys of the columns the chart draws (one bar set each)."""

    def column(self, key: str) -> list[Any]:
        i = [k for k, _ in self.columns].index(key)
        return [r[i] for r in self.rows]


def _check_range(start: date, end: date) -> int:
    if end < start:
        raise ValidationError("to", "the last day comes before the first day")
    n = (end - start).days + 1
    if n > MAX_DAYS:
        raise ValidationError("to", f"choose at most {MAX_DAYS} days")
    return n


def _totals(columns: tuple[tuple[str, str], ...], rows: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    out: list[Any] = []
    for i, (_key, kind) in enumerate(columns):
        if i == 0:
            out.append("")
        elif kind in ("int", "mg"):
            out.append(sum(int(r[i]) for r in rows))
        elif kind == "money":
            out.append(sum((r[i] for r in rows), Decimal("0.00")))
        elif kind == "grams":
            out.append(sum((r[i] for r in rows), Decimal("0.000")))
        else:
            out.append("")
    return tuple(out)


# --- stock position and ageing -------------------------------------------------------------


def _stock_rows(s: Session, by: str, at: date) -> list[tuple[Any, ...]]:
    label = (
        "coalesce(c.name, '')" if by == "category" else "p.metal || '|' || CAST(p.purity AS TEXT)"
    )
    age = "CAST(julianday(:at) - julianday(date(p.received_at, '+330 minutes')) AS INTEGER)"
    cases = []
    for key, lo, hi in AGE_BUCKETS:
        cond = f"{age} >= {lo}" + (f" AND {age} <= {hi}" if hi is not None else "")
        cases.append(f"sum(CASE WHEN {cond} THEN 1 ELSE 0 END) AS n_{key}")
        cases.append(f"sum(CASE WHEN {cond} THEN p.net_mg ELSE 0 END) AS mg_{key}")
    held = ", ".join(f"'{h}'" for h in HELD)
    sql = (
        f"SELECT {label} AS label, count(*), sum(p.gross_mg), sum(p.net_mg), "
        f"sum(p.net_mg * p.purity / 1000), {', '.join(cases)} "
        "FROM stock_piece p LEFT JOIN category c ON c.id = p.category_id "
        f"WHERE p.status IN ({held}) AND date(p.received_at, '+330 minutes') <= :at "
        "GROUP BY label ORDER BY label"
    )
    return [tuple(r) for r in s.execute(text(sql), {"at": at.isoformat()}).all()]


def _label(by: str, raw: str) -> str:
    if by != "purity" or "|" not in raw:
        return raw
    metal, fineness = raw.split("|", 1)
    try:
        return purity_label(Metal(metal), int(fineness))
    except ValueError:
        return f"{metal} {fineness}"


def stock_ageing(
    uow: UnitOfWork,
    by: str,
    at: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> TableReport:
    """The pieces the shop holds now per category or purity (metal and fineness), their
    weights, and how many (and how much net weight) are 0-90, 91-180, 181-365 and over 365
    days old on ``at`` (counted from the day each was received; pieces received later are
    left out)."""
    if by not in ("category", "purity"):
        raise ValidationError("report", f"there is no stock report by {by}")
    if cancelled():
        raise ReportCancelled("The report was stopped.")
    with uow.read() as s:
        raw = _stock_rows(s, by, at)
    columns: tuple[tuple[str, str], ...] = (
        ("group", "text"),
        ("pieces", "int"),
        ("gross_mg", "mg"),
        ("net_mg", "mg"),
        ("fine_mg", "mg"),
        *tuple(
            col
            for key, _lo, _hi in AGE_BUCKETS
            for col in ((f"n_{key}", "int"), (f"mg_{key}", "mg"))
        ),
    )
    rows = [tuple([_label(by, str(r[0]))] + [int(v or 0) for v in r[1:]]) for r in raw]
    if progress is not None:
        progress(1, 1)
    return TableReport(
        kind=f"stock_{by}",
        start=at,
        end=at,
        columns=columns,
        rows=tuple(rows),
        totals=_totals(columns, rows),
        chart=tuple(f"mg_{key}" for key, _lo, _hi in AGE_BUCKETS),
    )


# --- cash book -----------------------------------------------------------------------------

_Flow = Callable[[Session, date, date], dict[date, int]]


def _by_day(s: Session, q: Any) -> dict[date, int]:
    return {d: int(v or 0) for d, v in s.execute(q).all()}


def _bill_cash(s: Session, first: date, last: date) -> dict[date, int]:
    """Cash kept on final bills (tendered less change)."""
    return _by_day(
        s,
        select(Invoice.shop_day, func.sum(Payment.amount_paise))
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(
            Invoice.status == "final",
            Payment.mode == "cash",
            Invoice.shop_day >= first,
            Invoice.shop_day <= last,
        )
        .group_by(Invoice.shop_day),
    )


def _instalment_cash(s: Session, first: date, last: date) -> dict[date, int]:
    """Scheme instalments paid in cash."""
    return _by_day(
        s,
        select(SchemeReceipt.paid_on, func.sum(SchemeReceipt.amount_paise))
        .where(
            SchemeReceipt.mode == "cash",
            SchemeReceipt.paid_on >= first,
            SchemeReceipt.paid_on <= last,
        )
        .group_by(SchemeReceipt.paid_on),
    )


def _voucher_cash(s: Session, first: date, last: date) -> dict[date, int]:
    """Gift vouchers sold for cash (cancelled ones left out)."""
    return _by_day(
        s,
        select(GiftVoucher.shop_day, func.sum(GiftVoucher.value_paise))
        .where(
            GiftVoucher.how == "sold",
            GiftVoucher.paid_mode == "cash",
            GiftVoucher.status == "final",
            GiftVoucher.shop_day >= first,
            GiftVoucher.shop_day <= last,
        )
        .group_by(GiftVoucher.shop_day),
    )


def _refund_cash(s: Session, first: date, last: date) -> dict[date, int]:
    """Cash paid back on credit notes."""
    return _by_day(
        s,
        select(CreditNote.shop_day, func.sum(CreditNoteRefund.amount_paise))
        .join(CreditNote, CreditNote.id == CreditNoteRefund.credit_note_id)
        .where(
            CreditNoteRefund.mode == "cash",
            CreditNote.shop_day >= first,
            CreditNote.shop_day <= last,
        )
        .group_by(CreditNote.shop_day),
    )


def _old_gold_cash(s: Session, first: date, last: date) -> dict[date, int]:
    """Old gold bought outright (no bill to set it against): paid in cash."""
    return _by_day(
        s,
        select(OldGoldVoucher.shop_day, func.sum(OldGoldVoucher.total_paise))
        .where(
            OldGoldVoucher.invoice_id.is_(None),
            OldGoldVoucher.status == "final",
            OldGoldVoucher.shop_day >= first,
            OldGoldVoucher.shop_day <= last,
        )
        .group_by(OldGoldVoucher.shop_day),
    )


CASH_IN: tuple[tuple[str, _Flow], ...] = (
    ("in_bills", _bill_cash),
    ("in_instalments", _instalment_cash),
    ("in_vouchers", _voucher_cash),
)
"""Sources of cash in; order advances join here when the orders module lands."""
CASH_OUT: tuple[tuple[str, _Flow], ...] = (
    ("out_refunds", _refund_cash),
    ("out_old_gold", _old_gold_cash),
)
BEGINNING = date(2000, 1, 1)


def cash_book(
    uow: UnitOfWork,
    start: date,
    end: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> TableReport:
    """Per day: the opening cash (every earlier day's cash in less cash out), cash in from
    bills, scheme instalments and gift vouchers sold, cash out on refunds and old gold bought,
    and the closing cash (the next day's opening)."""
    n = _check_range(start, end)
    flows = CASH_IN + CASH_OUT
    with uow.read() as s:
        before = start - timedelta(days=1)
        opening = 0
        for name, flow in flows:
            total = sum(flow(s, BEGINNING, before).values())
            opening += total if name.startswith("in_") else -total
        found: dict[str, dict[date, int]] = {}
        for i, (name, flow) in enumerate(flows):
            if cancelled():
                raise ReportCancelled("The report was stopped.")
            found[name] = flow(s, start, end)
            if progress is not None:
                progress(i + 1, len(flows) + 1)
    columns: tuple[tuple[str, str], ...] = (
        ("day", "day"),
        ("opening", "money"),
        *tuple((name, "money") for name, _f in flows),
        ("closing", "money"),
    )
    rows: list[tuple[Any, ...]] = []
    balance = opening
    for i in range(n):
        day = start + timedelta(days=i)
        moves = [found[name].get(day, 0) for name, _f in flows]
        cash_in = sum(moves[: len(CASH_IN)])
        cash_out = sum(moves[len(CASH_IN) :])
        closing = balance + cash_in - cash_out
        rows.append(
            (day, from_paise(balance), *(from_paise(m) for m in moves), from_paise(closing))
        )
        balance = closing
    totals = list(_totals(columns, rows))
    totals[1] = from_paise(opening)
    totals[-1] = from_paise(balance)
    if progress is not None:
        progress(len(flows) + 1, len(flows) + 1)
    return TableReport(
        kind="cash_book",
        start=start,
        end=end,
        columns=columns,
        rows=tuple(rows),
        totals=tuple(totals),
        chart=("closing",),
    )


# --- schemes -------------------------------------------------------------------------------


def scheme_collections(
    uow: UnitOfWork,
    by: str,
    start: date,
    end: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> TableReport:
    """Instalments taken less bounced cheques per day, month or plan (SchemeReports)."""
    _check_range(start, end)
    if cancelled():
        raise ReportCancelled("The report was stopped.")
    found = SchemeReports(uow).collections(start, end, by=by)
    first: tuple[str, str] = (
        ("day", "day") if by == "day" else ("month", "text") if by == "month" else ("plan", "text")
    )
    columns = (first, ("receipts", "int"), ("amount", "money"))
    rows = [
        (date.fromisoformat(c.key) if by == "day" else c.key, c.receipts, c.amount) for c in found
    ]
    if progress is not None:
        progress(1, 1)
    return TableReport(
        kind=f"scheme_{by}",
        start=start,
        end=end,
        columns=columns,
        rows=tuple(rows),
        totals=_totals(columns, rows),
        chart=("amount",),
    )


def scheme_liability(
    uow: UnitOfWork,
    at: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> TableReport:
    """What the shop owes scheme members at the end of ``at``, per plan: accounts, money and
    grams credited (SchemeReports.liability)."""
    if cancelled():
        raise ReportCancelled("The report was stopped.")
    found = SchemeReports(uow).liability(at)
    columns = (("plan", "text"), ("plan_name", "text"), ("accounts", "int"), ("money", "money"),
               ("grams", "grams"))  # fmt: skip
    rows = [(p.plan_code, p.plan_name, p.accounts, p.money, p.grams) for p in found.by_plan]
    if progress is not None:
        progress(1, 1)
    return TableReport(
        kind="scheme_liability",
        start=at,
        end=at,
        columns=columns,
        rows=tuple(rows),
        totals=_totals(columns, rows),
        chart=("money",),
    )


def table_report(
    uow: UnitOfWork,
    kind: str,
    start: date,
    end: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> TableReport:
    """The report ``kind`` (TABLE_KINDS) over the days; stock and liability as at ``end``."""
    if kind in ("stock_category", "stock_purity"):
        return stock_ageing(
            uow, kind.removeprefix("stock_"), end, progress=progress, cancelled=cancelled
        )
    if kind == "cash_book":
        return cash_book(uow, start, end, progress=progress, cancelled=cancelled)
    if kind in ("scheme_day", "scheme_month", "scheme_plan"):
        return scheme_collections(
            uow, kind.removeprefix("scheme_"), start, end, progress=progress, cancelled=cancelled
        )
    if kind == "scheme_liability":
        return scheme_liability(uow, end, progress=progress, cancelled=cancelled)
    raise ValidationError("report", f"there is no report called {kind}")


__all__ = [
    "AGE_BUCKETS",
    "TABLE_KINDS",
    "TableReport",
    "cash_book",
    "scheme_collections",
    "scheme_liability",
    "stock_ageing",
    "table_report",
]
