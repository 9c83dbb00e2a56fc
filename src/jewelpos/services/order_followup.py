"""Following orders up: orders due tomorrow, overdue, ready and not collected; reminders queued
in the messaging outbox; the printouts (order slip, karigar slips at day end, the order
manager's morning report)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_orders import (
    CustomerMaterial,
    CustomerOrder,
    Karigar,
    OrderEvent,
    RepairJob,
)
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today, shop_zone
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.orders import OPEN_STATUSES, SOURCE_LABELS, STATUS_LABELS, OrderStatus
from jewelpos.domain.purity import Metal, purity_label
from jewelpos.printing.order_docs import (
    KarigarSlipDoc,
    KarigarSlipItem,
    MorningReportDoc,
    OrderSlipDoc,
    ReportRow,
    SlipAdvance,
    grams,
)
from jewelpos.services.billing import PAYMENT_LABELS, BillingService
from jewelpos.services.karigars import balance_of
from jewelpos.services.order_common import history
from jewelpos.services.order_notify import QueuedMessage, queue_message, queued
from jewelpos.services.orders import OrderRow, get_order, order_row, order_view
from jewelpos.services.photos import PhotoStore

NOT_READY = (OrderStatus.TAKEN.value, OrderStatus.WITH_KARIGAR.value, OrderStatus.RECEIVED.value)
OPEN = tuple(s.value for s in OPEN_STATUSES)
DEFAULT_NOT_COLLECTED_DAYS = 3


def _rows(s: Session, *where: ColumnElement[bool]) -> list[OrderRow]:
    q = (
        select(CustomerOrder)
        .where(*where)
        .order_by(CustomerOrder.promised_on, CustomerOrder.number)
    )
    return [order_row(s, o) for o in s.scalars(q)]


def _report_row(r: OrderRow, day: date) -> ReportRow:
    return ReportRow(
        number=r.number,
        customer_name=r.customer_name,
        customer_mobile=r.customer_mobile,
        what=f"{r.what} {r.purity_label}".strip(),
        promised_on=r.promised_on,
        status=STATUS_LABELS.get(r.status, r.status),
        karigar_name=r.karigar_name,
        days_late=max(0, (day - r.promised_on).days),
    )


def _hand_over(s: Session, o: CustomerOrder) -> tuple[str, ...]:
    out: list[str] = []
    if o.source in ("shop_sample", "customer_sample"):
        ref = f" {o.source_ref}" if o.source_ref else ""
        out.append(f"{SOURCE_LABELS[o.source]}{ref}")
    for m in s.scalars(
        select(CustomerMaterial)
        .where(CustomerMaterial.order_id == o.id)
        .order_by(CustomerMaterial.seq)
    ):
        out.append(material_line(m))
    return tuple(out)


def material_line(m: CustomerMaterial) -> str:
    if m.kind == "stone":
        ct = m.weight_mg / 200
        return (
            f"{m.count} x {m.description} ({ct:.2f} ct)"
            if m.weight_mg
            else f"{m.count} x {m.description}"
        )
    label = purity_label(Metal(m.metal), m.purity)
    desc = f"{m.description}: " if m.description else ""
    return f"{desc}{m.metal} {label} {grams(m.weight_mg)} (fine {grams(m.fine_mg)})"


class OrderFollowUp:
    """Lists, reminders and printouts of orders."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, billing: BillingService, photos: PhotoStore
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing
        self._photos = photos

    def today(self) -> date:
        return shop_today(self._clock)

    # --- lists -------------------------------------------------------------------------

    def due_tomorrow(self, day: date | None = None) -> list[OrderRow]:
        """Open orders not ready yet that were promised for the day after ``day``."""
        d = day or self.today()
        with self._uow.read() as s:
            return _rows(
                s,
                CustomerOrder.status.in_(NOT_READY),
                CustomerOrder.promised_on == d + timedelta(days=1),
            )

    def overdue(self, day: date | None = None) -> list[OrderRow]:
        """Orders promised before ``day`` and not ready yet."""
        d = day or self.today()
        with self._uow.read() as s:
            return _rows(s, CustomerOrder.status.in_(NOT_READY), CustomerOrder.promised_on < d)

    def not_collected(
        self, days: int = DEFAULT_NOT_COLLECTED_DAYS, day: date | None = None
    ) -> list[OrderRow]:
        """Orders ready for ``days`` days or more and not collected."""
        d = day or self.today()
        with self._uow.read() as s:
            return _rows(
                s,
                CustomerOrder.status == OrderStatus.READY.value,
                CustomerOrder.ready_on <= d - timedelta(days=days),
            )

    # --- reminders ---------------------------------------------------------------------

    def queue_reminders(
        self, day: date | None = None, *, not_collected_days: int = DEFAULT_NOT_COLLECTED_DAYS
    ) -> int:
        """Queue the day's reminders (karigar: due tomorrow; customer: ready and not collected
        for N days); a reminder already queued for the day is not queued again. How many new."""
        d = day or self.today()
        now = self._clock.now()
        count = 0
        with self._uow.begin() as s:
            for o in s.scalars(
                select(CustomerOrder).where(
                    CustomerOrder.status == OrderStatus.WITH_KARIGAR.value,
                    CustomerOrder.karigar_due_on == d + timedelta(days=1),
                )
            ):
                k = s.get(Karigar, o.karigar_id)
                if k is None:
                    continue
                count += queue_message(
                    s, kind="karigar_due", subject_id=o.id, day=d, number=o.number, now=now,
                    name=k.name, phone=k.phone, on=d + timedelta(days=1),
                )  # fmt: skip
            for o in s.scalars(
                select(CustomerOrder).where(
                    CustomerOrder.status == OrderStatus.READY.value,
                    CustomerOrder.ready_on <= d - timedelta(days=not_collected_days),
                )
            ):
                c = s.get(Customer, o.customer_id)
                if c is None:
                    continue
                count += queue_message(
                    s, kind="order_not_collected", subject_id=o.id, day=d, number=o.number,
                    now=now, customer=c, on=o.ready_on,
                )  # fmt: skip
            count += self._repair_reminders(s, d, not_collected_days, now)
        return count

    def _repair_reminders(self, s: Session, d: date, days: int, now: datetime) -> int:
        """Repairs ready for ``days`` days or more and not collected: remind the customer."""
        ready_since = (
            select(OrderEvent.repair_id, func.max(OrderEvent.at).label("at"))
            .where(OrderEvent.repair_id.is_not(None), OrderEvent.status == OrderStatus.READY.value)
            .group_by(OrderEvent.repair_id)
            .subquery()
        )
        rows = s.execute(
            select(RepairJob, ready_since.c.at)
            .join(ready_since, ready_since.c.repair_id == RepairJob.id)
            .where(RepairJob.status == OrderStatus.READY.value)
        ).all()
        count = 0
        for r, at in rows:
            since = at.astimezone(shop_zone(self._clock)).date()
            if since > d - timedelta(days=days):
                continue
            c = s.get(Customer, r.customer_id)
            if c is None:
                continue
            count += queue_message(
                s, kind="repair_not_collected", subject_id=r.id, day=d, number=r.number,
                now=now, customer=c, on=since,
            )  # fmt: skip
        return count

    def messages(self, day: date | None = None) -> list[QueuedMessage]:
        with self._uow.read() as s:
            return queued(s, day=day)

    # --- printouts ---------------------------------------------------------------------

    def order_slip(self, order_id: str) -> OrderSlipDoc:
        shop = self._billing.shop()
        with self._uow.read() as s:
            o = get_order(s, order_id)
            v = order_view(s, o)
            materials = tuple(
                material_line(m)
                for m in s.scalars(
                    select(CustomerMaterial)
                    .where(CustomerMaterial.order_id == o.id)
                    .order_by(CustomerMaterial.seq)
                )
            )
        booked = ""
        if v.booked_rate is not None and v.booked_weight_mg:
            booked = f"Rate booked: {format_inr(v.booked_rate, symbol=False)}/g for {grams(v.booked_weight_mg)}"
        made_from = SOURCE_LABELS.get(v.source, v.source) + (
            f" {v.source_ref}" if v.source_ref else ""
        )
        return OrderSlipDoc(
            shop_name=shop.shop_name,
            shop_phone=shop.phone,
            number=v.row.number,
            taken_at=v.taken_at.astimezone(shop_zone(self._clock)),
            customer_name=v.row.customer_name,
            customer_mobile=v.row.customer_mobile,
            what=v.row.what.split(":")[0],
            purity_label=v.row.purity_label,
            weight_min_mg=v.row.weight_min_mg,
            weight_max_mg=v.row.weight_max_mg,
            size=v.size,
            design_notes=v.design_notes,
            made_from=made_from,
            promised_on=v.row.promised_on,
            materials=materials,
            advances=tuple(
                SlipAdvance(a.number, PAYMENT_LABELS.get(a.mode, a.mode), a.amount)
                for a in v.advances
            ),
            booked=booked,
            taken_by=v.taken_by,
        )

    def order_slip_bytes(self, order_id: str, *, paper_mm: int = 80) -> bytes:
        from jewelpos.printing.order_slips import render_order_slip
        from jewelpos.printing.receipt import PAPER_58MM, PAPER_80MM

        return render_order_slip(
            self.order_slip(order_id), paper=PAPER_58MM if paper_mm == 58 else PAPER_80MM
        )

    def karigar_slips(self, day: date | None = None) -> list[KarigarSlipDoc]:
        """One slip per karigar for the orders given to him on ``day`` (day end)."""
        d = day or self.today()
        shop = self._billing.shop()
        out: list[KarigarSlipDoc] = []
        with self._uow.read() as s:
            given: dict[str, list[CustomerOrder]] = {}
            for o in s.scalars(
                select(CustomerOrder)
                .where(CustomerOrder.status == OrderStatus.WITH_KARIGAR.value)
                .order_by(CustomerOrder.number)
            ):
                steps = [
                    h
                    for h in history(s, order_id=o.id)
                    if h.status == OrderStatus.WITH_KARIGAR.value
                ]
                if (
                    steps
                    and steps[-1].at.astimezone(shop_zone(self._clock)).date() == d
                    and o.karigar_id
                ):
                    given.setdefault(o.karigar_id, []).append(o)
            for karigar_id, orders in given.items():
                k = s.get(Karigar, karigar_id)
                assert k is not None
                items = []
                for o in orders:
                    row = order_row(s, o)
                    v = order_view(s, o)
                    items.append(
                        KarigarSlipItem(
                            number=o.number,
                            customer_name=row.customer_name,
                            what=row.what.split(":")[0],
                            purity_label=row.purity_label,
                            weight_min_mg=o.weight_min_mg,
                            weight_max_mg=o.weight_max_mg,
                            size=o.size,
                            design_notes=o.design_notes,
                            due_on=o.karigar_due_on or o.promised_on,
                            hand_over=_hand_over(s, o),
                            photo_paths=tuple(str(self._photos.path(p)) for p in v.photos),
                        )
                    )
                bal = balance_of(s, k.id)
                owed = "held by him" if bal >= 0 else "owed to him"
                out.append(
                    KarigarSlipDoc(
                        shop_name=shop.shop_name,
                        day=d,
                        karigar_name=k.name,
                        karigar_phone=k.phone,
                        items=tuple(items),
                        balance_fine=f"{grams(abs(bal))} fine {owed}",
                    )
                )
        return sorted(out, key=lambda doc: doc.karigar_name)

    def morning_report(self, day: date | None = None) -> MorningReportDoc:
        """Orders due today or tomorrow, late, and ready but not collected."""
        d = day or self.today()
        shop = self._billing.shop()
        with self._uow.read() as s:
            due = _rows(
                s,
                CustomerOrder.status.in_(NOT_READY),
                CustomerOrder.promised_on.in_([d, d + timedelta(days=1)]),
            )
            late = _rows(s, CustomerOrder.status.in_(NOT_READY), CustomerOrder.promised_on < d)
            ready = _rows(s, CustomerOrder.status == OrderStatus.READY.value)
        return MorningReportDoc(
            shop_name=shop.shop_name,
            day=d,
            due=tuple(_report_row(r, d) for r in due),
            late=tuple(_report_row(r, d) for r in late),
            ready_waiting=tuple(_report_row(r, d) for r in ready),
        )

    def morning_report_pdf(self, day: date | None = None) -> bytes:
        from jewelpos.printing.order_pdf import morning_report_pdf

        return morning_report_pdf(self.morning_report(day))


__all__ = ["OrderFollowUp", "material_line"]
