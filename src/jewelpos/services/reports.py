"""Counter reports for owners: sales by day over a date range (bills, weights sold, making and
VA earned, GST, invoice value, old gold bought), computed day by day so a long range reports
progress and can be cancelled between days; and sales per category, purity, salesperson or
payment mode over the range."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Category
from jewelpos.db.models_billing import CreditNote, Invoice, InvoiceLine, OldGoldVoucher, Payment
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.money import from_paise

MAX_DAYS = 731

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(JewelPOSError):
    """The person running the report stopped it; nothing was changed."""

    code = "report_cancelled"


@dataclass(frozen=True)
class SalesDay:
    day: date
    bills: int
    gross_mg: int
    net_mg: int
    fine_mg: int
    making_va: Decimal
    """Making + VA/wastage less their discounts: what the shop earns over the metal."""
    taxable: Decimal
    gst: Decimal
    invoice_value: Decimal
    returns: Decimal
    """Credit notes issued that day (value with GST)."""
    old_gold_fine_mg: int
    old_gold_value: Decimal


@dataclass(frozen=True)
class SalesReport:
    start: date
    end: date
    days: tuple[SalesDay, ...]

    def total(self, attr: str) -> Decimal | int:
        values = [getattr(d, attr) for d in self.days]
        return sum(values, Decimal("0.00") if values and isinstance(values[0], Decimal) else 0)


def _never() -> bool:
    return False


CHUNK_DAYS = 31
"""Days read by one set of grouped queries (a long range still reports progress and stops)."""


def _empty_day(day: date) -> SalesDay:
    zero = from_paise(0)
    return SalesDay(day, 0, 0, 0, 0, zero, zero, zero, zero, zero, 0, zero)


def _sales_days(s: Session, first: date, last: date) -> dict[date, SalesDay]:
    """The days from ``first`` to ``last`` that have documents, each query grouped by day (the
    old-gold and credit-note tables have no index by day: one scan per chunk, not per day)."""
    bills = {
        row[0]: row[1:]
        for row in s.execute(
            select(
                Invoice.shop_day,
                func.count(Invoice.id),
                func.coalesce(func.sum(Invoice.taxable_paise), 0),
                func.coalesce(
                    func.sum(Invoice.cgst_paise + Invoice.sgst_paise + Invoice.igst_paise), 0
                ),
                func.coalesce(func.sum(Invoice.invoice_value_paise), 0),
            )
            .where(Invoice.shop_day >= first, Invoice.shop_day <= last, Invoice.status == "final")
            .group_by(Invoice.shop_day)
        )
    }
    lines = {
        row[0]: row[1:]
        for row in s.execute(
            select(
                Invoice.shop_day,
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
            .where(Invoice.shop_day >= first, Invoice.shop_day <= last, Invoice.status == "final")
            .group_by(Invoice.shop_day)
        )
    }
    returns = {
        row[0]: row[1]
        for row in s.execute(
            select(CreditNote.shop_day, func.coalesce(func.sum(CreditNote.total_paise), 0))
            .where(CreditNote.shop_day >= first, CreditNote.shop_day <= last)
            .group_by(CreditNote.shop_day)
        )
    }
    old_gold = {
        row[0]: row[1:]
        for row in s.execute(
            select(
                OldGoldVoucher.shop_day,
                func.coalesce(func.sum(OldGoldVoucher.fine_mg), 0),
                func.coalesce(func.sum(OldGoldVoucher.total_paise), 0),
            )
            .where(
                OldGoldVoucher.shop_day >= first,
                OldGoldVoucher.shop_day <= last,
                OldGoldVoucher.status == "final",
            )
            .group_by(OldGoldVoucher.shop_day)
        )
    }
    out: dict[date, SalesDay] = {}
    for day in set(bills) | set(lines) | set(returns) | set(old_gold):
        n, taxable, gst, value = bills.get(day, (0, 0, 0, 0))
        gross, net, fine, making = lines.get(day, (0, 0, 0, 0))
        og_fine, og_value = old_gold.get(day, (0, 0))
        out[day] = SalesDay(
            day=day,
            bills=int(n),
            gross_mg=int(gross),
            net_mg=int(net),
            fine_mg=int(fine),
            making_va=from_paise(int(making)),
            taxable=from_paise(int(taxable)),
            gst=from_paise(int(gst)),
            invoice_value=from_paise(int(value)),
            returns=from_paise(int(returns.get(day) or 0)),
            old_gold_fine_mg=int(og_fine),
            old_gold_value=from_paise(int(og_value)),
        )
    return out


class ReportsService:
    """Read-only reports of this counter's documents."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def sales_by_day(
        self,
        start: date,
        end: date,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled = _never,
    ) -> SalesReport:
        """Every day from ``start`` to ``end`` (cancelled bills left out). ReportCancelled when
        ``cancelled()`` turns true; ValidationError for a range backwards or over two years."""
        if end < start:
            raise ValidationError("to", "the last day comes before the first day")
        n = (end - start).days + 1
        if n > MAX_DAYS:
            raise ValidationError("to", f"choose at most {MAX_DAYS} days")
        out: list[SalesDay] = []
        chunk: dict[date, SalesDay] = {}
        with self._uow.read() as s:
            for i in range(n):
                if cancelled():
                    raise ReportCancelled("The report was stopped.")
                day = start + timedelta(days=i)
                if i % CHUNK_DAYS == 0:
                    chunk = _sales_days(s, day, min(end, day + timedelta(days=CHUNK_DAYS - 1)))
                out.append(chunk.get(day) or _empty_day(day))
                if progress is not None:
                    progress(i + 1, n)
        return SalesReport(start, end, tuple(out))

    def sales_by(
        self,
        group: str,
        start: date,
        end: date,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled = _never,
    ) -> GroupReport:
        """Sales per ``group`` (GROUPS) over the range; see ``sales_by_group``."""
        return sales_by_group(self._uow, group, start, end, progress=progress, cancelled=cancelled)

    def table(
        self,
        kind: str,
        start: date,
        end: date,
        *,
        progress: Progress | None = None,
        cancelled: Cancelled = _never,
    ) -> Any:
        """Stock ageing, cash book or scheme report ``kind`` (services/reports_more.py)."""
        from jewelpos.services.reports_more import table_report

        return table_report(self._uow, kind, start, end, progress=progress, cancelled=cancelled)


GROUPS = ("category", "purity", "salesperson", "payment_mode")


@dataclass(frozen=True)
class GroupRow:
    """One group of a range's sales: for goods groups ``value`` is the taxable value of the
    lines; for payment modes it is the amount taken (weights then stay 0)."""

    label: str
    bills: int
    lines: int
    gross_mg: int
    net_mg: int
    fine_mg: int
    making_va: Decimal
    value: Decimal


@dataclass(frozen=True)
class GroupReport:
    start: date
    end: date
    group: str
    rows: tuple[GroupRow, ...]

    def total(self, attr: str) -> Decimal | int:
        values = [getattr(r, attr) for r in self.rows]
        return sum(values, Decimal("0.00") if attr in ("making_va", "value") else 0)


def _group_rows(s: Session, group: str, start: date, end: date) -> list[GroupRow]:
    live = (Invoice.shop_day >= start, Invoice.shop_day <= end, Invoice.status == "final")
    if group == "payment_mode":
        modes = s.execute(
            select(
                Payment.mode,
                func.count(func.distinct(Payment.invoice_id)),
                func.count(Payment.id),
                func.coalesce(func.sum(Payment.amount_paise), 0),
            )
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(*live)
            .group_by(Payment.mode)
            .order_by(Payment.mode)
        ).all()
        return [
            GroupRow(str(m), int(b), int(n), 0, 0, 0, Decimal("0.00"), from_paise(int(v)))
            for m, b, n, v in modes
        ]
    if group == "category":
        label: Any = func.coalesce(Category.name, "")
    elif group == "purity":
        label = InvoiceLine.metal + " " + InvoiceLine.purity_label
    elif group == "salesperson":
        label = func.coalesce(AppUser.display_name, "")
    else:
        raise ValidationError("report", f"there is no report by {group}")
    q = (
        select(
            label,
            func.count(func.distinct(Invoice.id)),
            func.count(InvoiceLine.id),
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
            func.coalesce(func.sum(InvoiceLine.taxable_paise), 0),
        )
        .select_from(InvoiceLine)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*live)
    )
    if group == "category":
        q = q.outerjoin(Category, Category.id == InvoiceLine.category_id)
    if group == "salesperson":
        q = q.outerjoin(AppUser, AppUser.id == Invoice.salesperson_id)
    grouped = s.execute(q.group_by(label).order_by(label)).all()
    return [
        GroupRow(
            str(lb),
            int(b),
            int(n),
            int(g),
            int(nm),
            int(f),
            from_paise(int(mk)),
            from_paise(int(v)),
        )
        for lb, b, n, g, nm, f, mk, v in grouped
    ]


def sales_by_group(
    uow: UnitOfWork,
    group: str,
    start: date,
    end: date,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled = _never,
) -> GroupReport:
    """The range's sales per category, purity, salesperson or payment mode (one query)."""
    if group not in GROUPS:
        raise ValidationError("report", f"there is no report by {group}")
    if end < start:
        raise ValidationError("to", "the last day comes before the first day")
    if cancelled():
        raise ReportCancelled("The report was stopped.")
    with uow.read() as s:
        rows = _group_rows(s, group, start, end)
    if progress is not None:
        progress(1, 1)
    return GroupReport(start, end, group, tuple(rows))
