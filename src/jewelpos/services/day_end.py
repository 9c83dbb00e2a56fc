"""Day end at a counter: the day's sales by mode and category, cancellations and returns, the cash
counted by denomination against the cash expected; closing the day stops further bills and lapses
open estimates; the report as an A4 PDF."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Category, SyncOutbox
from jewelpos.db.models_billing import (
    CreditNote,
    DayEnd,
    Estimate,
    Invoice,
    InvoiceLine,
    Payment,
)
from jewelpos.db.models_day import DayReopen
from jewelpos.db.models_money import CreditNoteRefund
from jewelpos.db.models_vouchers import GiftVoucher
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_zone
from jewelpos.domain.errors import DayClosed, DayReopenRefused, ValidationError
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, to_paise
from jewelpos.printing.day_end_pdf import (
    DayEndCancelled,
    DayEndCategory,
    DayEndCount,
    DayEndDocument,
    render_day_end_pdf,
)
from jewelpos.services._common import audit, clean_text, money_to_paise, paise_to_money
from jewelpos.services.approvals import ApprovalLike, require_manager
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import PAYMENT_LABELS, BillingService, BillStatus
from jewelpos.services.day_state import (
    day_end_row,
    day_is_closed,
    is_closed_row,
    last_reopened_at,
)
from jewelpos.services.estimates import lapse_open_estimates
from jewelpos.services.shop_settings import load as load_shop_settings

DENOMINATIONS: tuple[int, ...] = (2000, 500, 200, 100, 50, 20, 10, 5, 2, 1)
"""Indian notes and coins (rupees) the cash count asks for."""
APPROVE_DAY_END = "day_end"
"""What a manager approves to close a day (approval_log.what)."""
APPROVE_DAY_REOPEN = "day_reopen"
"""What a manager approves to reopen a closed day."""


@dataclass(frozen=True)
class CategorySales:
    category: str
    pieces: int
    net_mg: int
    taxable: Decimal
    category_hi: str = ""  # the category's Hindi name, for a Hindi screen


@dataclass(frozen=True)
class Cancellation:
    number: str
    net_payable: Decimal
    reason: str
    cancelled_by: str


@dataclass(frozen=True)
class DayEndSummary:
    """The day's figures at this counter (final bills unless said otherwise)."""

    day: date
    bills_count: int
    taxable: Decimal
    gst: Decimal
    invoice_value: Decimal
    old_gold: Decimal
    net_sales: Decimal
    by_mode: tuple[tuple[str, Decimal], ...]
    """(payment mode, amount kept) in PaymentMode order."""
    by_category: tuple[CategorySales, ...]
    expected_cash: Decimal
    cancellations: tuple[Cancellation, ...]
    returns_count: int
    returns_total: Decimal
    open_estimates: int
    closed: bool
    cash_refunds: Decimal = Decimal("0.00")
    """Cash paid back on credit notes (taken out of the expected cash)."""
    voucher_sales: tuple[tuple[str, Decimal], ...] = ()
    """Gift vouchers sold at this counter today and not cancelled: (paid by, amount). Not a
    GST supply, so not in the sales; what was paid in cash is in the expected cash."""

    @property
    def voucher_cash(self) -> Decimal:
        return sum((a for m, a in self.voucher_sales if m == "cash"), ZERO)

    @property
    def voucher_total(self) -> Decimal:
        return sum((a for _m, a in self.voucher_sales), ZERO)


@dataclass(frozen=True)
class DayEndReport:
    summary: DayEndSummary
    counted: Mapping[int, int]
    counted_cash: Decimal
    expected_cash: Decimal
    difference: Decimal
    """Counted less expected: negative is a shortfall."""
    closed_at: datetime
    closed_by: str
    lapsed_estimates: int
    opening_float: Decimal = ZERO
    """Cash in the drawer at the start of the day; ``expected_cash`` includes it."""


@dataclass(frozen=True)
class DayReopened:
    """A closed day reopened by a manager: bills can be saved again until it is closed again."""

    day: date
    reopened_at: datetime
    reopened_by: str
    reason: str


@dataclass(frozen=True)
class ReopenState:
    """Whether a manager may reopen the day now, and until when (``why``: synced, late, open)."""

    day: date
    closed: bool
    can_reopen: bool
    why: str
    until: datetime | None


class DayEndService:
    """Summary, close and report of a shop day at this counter."""

    def __init__(self, uow: UnitOfWork, clock: Clock, billing: BillingService) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing

    def is_closed(self, day: date) -> bool:
        """Closed at day end and not reopened since."""
        device_id = self._billing.shop().device_id
        with self._uow.read() as s:
            return day_is_closed(s, device_id, day)

    def summary(self, day: date) -> DayEndSummary:
        """The day's sales, payments, cancellations, returns and expected cash."""
        device_id = self._billing.shop().device_id
        with self._uow.read() as s:
            return _summary(s, device_id, day)

    def close_day(
        self,
        day: date,
        *,
        counted: Mapping[int, int],
        by: UserInfo,
        opening_float: Decimal = ZERO,
        approval: ApprovalLike | None = None,
    ) -> DayEndReport:
        """Record the cash count and close the day: no more bills, estimates lapse.

        ``by`` is a manager or owner (logged as their own approval), or brings a manager's
        ``approval`` of APPROVE_DAY_END, else ApprovalRequired. The expected cash is the day's
        cash plus the ``opening_float``. DayClosed if it is closed already; ValidationError for
        a bad count or float."""
        float_paise = money_to_paise(opening_float, field="opening_float")
        clean: dict[int, int] = {}
        for denom, count in counted.items():
            if denom not in DENOMINATIONS:
                raise ValidationError("counted", f"Rs {denom} is not a note or coin")
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValidationError("counted", f"the count of Rs {denom} must be 0 or more")
            if count:
                clean[denom] = count
        counted_paise = sum(d * c * 100 for d, c in clean.items())
        device_id = self._billing.shop().device_id
        with self._uow.begin() as s:
            now = self._clock.now()
            row = day_end_row(s, device_id, day)
            if row is not None and is_closed_row(s, row):
                raise DayClosed(
                    f"The day {day.isoformat()} is closed already.", day=day.isoformat()
                )
            row_id = row.id if row is not None else new_id()
            closed_at = now
            reopened = last_reopened_at(s, row) if row is not None else None
            if reopened is not None and closed_at <= reopened:  # a clock that did not move on
                closed_at = reopened + timedelta(microseconds=1)
            manager_id = require_manager(
                s, by, approval, what=APPROVE_DAY_END, used_for=row_id, now=now
            )
            summary = _summary(s, device_id, day)
            opening = paise_to_money(float_paise)
            expected = summary.expected_cash + opening
            counted_cash = paise_to_money(counted_paise)
            lapsed = lapse_open_estimates(s, up_to=day, now=now)
            values = {
                "counted": {str(k): v for k, v in sorted(clean.items(), reverse=True)},
                "counted_cash_paise": counted_paise,
                "expected_cash_paise": to_paise(expected),
                "difference_paise": counted_paise - to_paise(expected),
                "summary": {**_summary_json(summary), "opening_float": str(opening)},
                "closed_by": manager_id,
                "closed_at": closed_at,
            }
            if row is None:
                row = DayEnd(id=row_id, shop_day=day, **values)
                s.add(row)
            else:  # closing a reopened day again
                for name, value in values.items():
                    setattr(row, name, value)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="day.close",
                entity="day_end",
                entity_id=row.id,
                at=now,
                details={
                    "day": day.isoformat(),
                    "counted": str(counted_cash),
                    "expected": str(expected),
                    "opening_float": str(opening),
                    "approved_by": manager_id,
                },
            )
            closer = s.get(AppUser, manager_id)
            return DayEndReport(
                summary=_summary(s, device_id, day),
                counted=dict(clean),
                counted_cash=counted_cash,
                expected_cash=expected,
                difference=counted_cash - expected,
                closed_at=closed_at,
                closed_by=closer.display_name if closer is not None else by.display_name,
                lapsed_estimates=lapsed,
                opening_float=opening,
            )

    def reopen_state(self, day: date) -> ReopenState:
        """Whether the closed day may be reopened now (not yet at head office, not too late)."""
        device_id = self._billing.shop().device_id
        with self._uow.read() as s:
            return _reopen_state(s, device_id, day, self._clock.now())

    def reopen_day(
        self,
        day: date,
        *,
        reason: str,
        by: UserInfo,
        approval: ApprovalLike | None = None,
    ) -> DayReopened:
        """Reopen a closed day so bills can be saved again (a manager, with a reason; logged in
        the approval log and the audit log). DayReopenRefused once the day-end report has
        reached head office or the shop's reopening hours have passed; ApprovalRequired for a
        cashier without a manager's approval of APPROVE_DAY_REOPEN; ValidationError without a
        reason or when the day is not closed."""
        why = clean_text(reason, field="reason", max_len=200, required=True)
        device_id = self._billing.shop().device_id
        with self._uow.begin() as s:
            now = self._clock.now()
            state = _reopen_state(s, device_id, day, now)
            if not state.closed:
                raise ValidationError("day", "the day is not closed, so it needs no reopening")
            if not state.can_reopen:
                text = (
                    "its day-end report has reached head office"
                    if state.why == "synced"
                    else "the hours allowed for reopening have passed"
                )
                raise DayReopenRefused(
                    f"The day {day.isoformat()} cannot be reopened: {text}.",
                    day=day.isoformat(),
                    why=state.why,
                )
            row = day_end_row(s, device_id, day)
            assert row is not None
            reopen_id = new_id()
            manager_id = require_manager(
                s, by, approval, what=APPROVE_DAY_REOPEN, used_for=reopen_id, now=now
            )
            s.add(
                DayReopen(
                    id=reopen_id,
                    day_end_id=row.id,
                    shop_day=day,
                    at=now,
                    by_user_id=manager_id,
                    reason=why,
                    approval_id=approval.log_id if approval is not None else None,
                )
            )
            audit(
                s,
                user_id=by.id,
                action="day.reopen",
                entity="day_end",
                entity_id=row.id,
                at=now,
                details={"day": day.isoformat(), "reason": why, "approved_by": manager_id},
            )
            manager = s.get(AppUser, manager_id)
            return DayReopened(
                day=day,
                reopened_at=now,
                reopened_by=manager.display_name if manager is not None else "",
                reason=why,
            )

    def report(self, day: date) -> DayEndReport | None:
        """The closed day's report, or None while the day is open."""
        device_id = self._billing.shop().device_id
        with self._uow.read() as s:
            row = day_end_row(s, device_id, day)
            if row is None or not is_closed_row(s, row):
                return None
            user = s.get(AppUser, row.closed_by)
            return DayEndReport(
                summary=_summary(s, device_id, day),
                counted={int(k): int(v) for k, v in row.counted.items()},
                counted_cash=paise_to_money(row.counted_cash_paise),
                expected_cash=paise_to_money(row.expected_cash_paise),
                difference=paise_to_money(row.difference_paise),
                closed_at=row.closed_at,
                closed_by=user.display_name if user else "",
                lapsed_estimates=0,
                opening_float=Decimal(str(row.summary.get("opening_float", "0.00"))),
            )

    def _printable(self, day: date) -> tuple[DayEndDocument, str]:
        """The day's report as printed, and the shop's print language."""
        shop = self._billing.shop()
        report = self.report(day)
        summary = report.summary if report else self.summary(day)
        with self._uow.read() as s:
            language = load_shop_settings(s).print_language
        doc = _document(
            shop.shop_name,
            f"{shop.branch_name} / {shop.counter_code}",
            summary,
            report,
            shop_zone(self._clock),
        )
        return doc, language

    def report_pdf(self, day: date) -> bytes:
        """The day-end report as an A4 PDF (the summary; the cash count once closed)."""
        doc, language = self._printable(day)
        return render_day_end_pdf(doc, language=language)

    def report_slip(self, day: date, *, paper_mm: int = 80) -> bytes:
        """The day-end report as a thermal slip (ESC/POS) for the receipt printer."""
        # python-escpos loads its printer profiles on import (~0.3 s): only when printing
        from jewelpos.printing.day_end_slip import render_day_end_slip
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM

        doc, language = self._printable(day)
        paper = PAPER_58MM if paper_mm == 58 else PAPER_80MM
        return render_day_end_slip(doc, paper=paper, language=language)


def _summary(s: Session, device_id: str, day: date) -> DayEndSummary:
    final = (
        Invoice.device_id == device_id,
        Invoice.shop_day == day,
        Invoice.status == BillStatus.FINAL.value,
    )
    count, taxable, cgst, sgst, igst, value, old, net = s.execute(
        select(
            func.count(Invoice.id),
            func.coalesce(func.sum(Invoice.taxable_paise), 0),
            func.coalesce(func.sum(Invoice.cgst_paise), 0),
            func.coalesce(func.sum(Invoice.sgst_paise), 0),
            func.coalesce(func.sum(Invoice.igst_paise), 0),
            func.coalesce(func.sum(Invoice.invoice_value_paise), 0),
            func.coalesce(func.sum(Invoice.old_gold_paise), 0),
            func.coalesce(func.sum(Invoice.net_payable_paise), 0),
        ).where(*final)
    ).one()
    modes = dict(
        s.execute(
            select(Payment.mode, func.sum(Payment.amount_paise))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(*final)
            .group_by(Payment.mode)
        ).all()
    )
    order = list(PAYMENT_LABELS)
    by_mode = tuple(
        (mode, paise_to_money(int(modes[mode])))
        for mode in sorted(modes, key=lambda m: order.index(m) if m in order else 99)
    )
    cats = s.execute(
        select(
            func.coalesce(Category.name, "Other"),
            func.count(InvoiceLine.id),
            func.coalesce(func.sum(InvoiceLine.net_mg), 0),
            func.coalesce(func.sum(InvoiceLine.taxable_paise), 0),
            func.coalesce(func.max(Category.name_hi), ""),
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .outerjoin(Category, Category.id == InvoiceLine.category_id)
        .where(*final)
        .group_by(func.coalesce(Category.name, "Other"))
        .order_by(func.sum(InvoiceLine.taxable_paise).desc())
    ).all()
    cancelled = s.execute(
        select(Invoice, AppUser.display_name)
        .outerjoin(AppUser, AppUser.id == Invoice.cancelled_by)
        .where(
            Invoice.device_id == device_id,
            Invoice.shop_day == day,
            Invoice.status == BillStatus.CANCELLED.value,
        )
        .order_by(Invoice.number)
    ).all()
    returns_count, returns_total = s.execute(
        select(func.count(CreditNote.id), func.coalesce(func.sum(CreditNote.total_paise), 0)).where(
            CreditNote.device_id == device_id, CreditNote.shop_day == day
        )
    ).one()
    cash_refunds = int(
        s.scalar(
            select(func.coalesce(func.sum(CreditNoteRefund.amount_paise), 0))
            .join(CreditNote, CreditNote.id == CreditNoteRefund.credit_note_id)
            .where(
                CreditNote.device_id == device_id,
                CreditNote.shop_day == day,
                CreditNoteRefund.mode == "cash",
            )
        )
        or 0
    )
    sold = dict(
        s.execute(
            select(GiftVoucher.paid_mode, func.sum(GiftVoucher.value_paise))
            .where(
                GiftVoucher.device_id == device_id,
                GiftVoucher.shop_day == day,
                GiftVoucher.how == "sold",
                GiftVoucher.status == "final",
            )
            .group_by(GiftVoucher.paid_mode)
        ).all()
    )
    voucher_sales = tuple(
        (mode, paise_to_money(int(sold[mode])))
        for mode in sorted(sold, key=lambda m: order.index(m) if m in order else 99)
    )
    open_estimates = s.scalar(
        select(func.count(Estimate.id)).where(Estimate.status == "open", Estimate.shop_day == day)
    )
    closed = day_is_closed(s, device_id, day)
    return DayEndSummary(
        day=day,
        bills_count=int(count),
        taxable=paise_to_money(int(taxable)),
        gst=paise_to_money(int(cgst) + int(sgst) + int(igst)),
        invoice_value=paise_to_money(int(value)),
        old_gold=paise_to_money(int(old)),
        net_sales=paise_to_money(int(net)),
        by_mode=by_mode,
        by_category=tuple(
            CategorySales(name, int(n), int(mg), paise_to_money(int(tx)), str(hi))
            for name, n, mg, tx, hi in cats
        ),
        # a voucher sold for cash is cash in the drawer
        expected_cash=paise_to_money(
            int(modes.get("cash", 0)) + int(sold.get("cash", 0)) - cash_refunds
        ),
        cash_refunds=paise_to_money(cash_refunds),
        voucher_sales=voucher_sales,
        cancellations=tuple(
            Cancellation(
                number=inv.number,
                net_payable=paise_to_money(inv.net_payable_paise),
                reason=inv.cancel_reason,
                cancelled_by=name or "",
            )
            for inv, name in cancelled
        ),
        returns_count=int(returns_count),
        returns_total=paise_to_money(int(returns_total)),
        open_estimates=int(open_estimates or 0),
        closed=closed,
    )


def _reopen_state(s: Session, device_id: str, day: date, now: datetime) -> ReopenState:
    row = day_end_row(s, device_id, day)
    if row is None or not is_closed_row(s, row):
        return ReopenState(day=day, closed=False, can_reopen=False, why="open", until=None)
    sent = s.scalar(
        select(SyncOutbox.seq)
        .where(
            SyncOutbox.table_name == DayEnd.__tablename__,
            SyncOutbox.row_id == row.id,
            SyncOutbox.sent_at.is_not(None),
        )
        .limit(1)
    )
    until = row.closed_at + timedelta(hours=load_shop_settings(s).reopen_hours)
    if sent is not None:
        return ReopenState(day=day, closed=True, can_reopen=False, why="synced", until=None)
    if now > until:
        return ReopenState(day=day, closed=True, can_reopen=False, why="late", until=until)
    return ReopenState(day=day, closed=True, can_reopen=True, why="", until=until)


def _summary_json(summary: DayEndSummary) -> dict[str, Any]:
    return {
        "bills": summary.bills_count,
        "taxable": str(summary.taxable),
        "gst": str(summary.gst),
        "invoice_value": str(summary.invoice_value),
        "old_gold": str(summary.old_gold),
        "net_sales": str(summary.net_sales),
        "by_mode": {m: str(a) for m, a in summary.by_mode},
        "by_category": [
            {
                "category": c.category,
                "pieces": c.pieces,
                "net_mg": c.net_mg,
                "taxable": str(c.taxable),
            }
            for c in summary.by_category
        ],
        "cancelled": [c.number for c in summary.cancellations],
        "returns": summary.returns_count,
        "returns_total": str(summary.returns_total),
        "cash_refunds": str(summary.cash_refunds),
        "voucher_sales": {m: str(a) for m, a in summary.voucher_sales},
    }


def _document(
    shop_name: str, where: str, summary: DayEndSummary, report: DayEndReport | None, zone: ZoneInfo
) -> DayEndDocument:
    """The printable day-end report (times in the shop's ``zone``)."""
    count = None
    if report is not None:
        count = DayEndCount(
            counted=tuple((d, report.counted[d]) for d in DENOMINATIONS if report.counted.get(d)),
            opening_float=report.opening_float,
            counted_cash=report.counted_cash,
            expected_cash=report.expected_cash,
            difference=report.difference,
            closed_by=report.closed_by,
            closed_at=report.closed_at.astimezone(zone),
        )
    return DayEndDocument(
        shop_name=shop_name,
        where=where,
        day=summary.day,
        closed=summary.closed,
        bills_count=summary.bills_count,
        taxable=summary.taxable,
        gst=summary.gst,
        invoice_value=summary.invoice_value,
        old_gold=summary.old_gold,
        net_sales=summary.net_sales,
        returns_count=summary.returns_count,
        returns_total=summary.returns_total,
        cash_refunds=summary.cash_refunds,
        voucher_total=summary.voucher_total,
        voucher_cash=summary.voucher_cash,
        open_estimates=summary.open_estimates,
        expected_cash=summary.expected_cash,
        by_mode=tuple((PAYMENT_LABELS.get(m, m), a) for m, a in summary.by_mode),
        by_category=tuple(
            DayEndCategory(c.category, c.category_hi, c.pieces, c.net_mg, c.taxable)
            for c in summary.by_category
        ),
        cancellations=tuple(
            DayEndCancelled(c.number, c.net_payable, c.reason, c.cancelled_by)
            for c in summary.cancellations
        ),
        count=count,
    )


__all__ = [
    "DENOMINATIONS",
    "CategorySales",
    "DayEndReport",
    "DayEndService",
    "DayEndSummary",
    "DayReopened",
    "ReopenState",
]
