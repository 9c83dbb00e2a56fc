"""Repairs: intake of the customer's piece (photos, weight in, the work), a karigar, its return
with the weight out and any metal added, and the repair bill: labour at the repair GST rate plus
the added metal at the goods rate (DOMAIN.md C1, priced by domain.pricing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_orders import OrderPhoto, RepairJob
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.money import to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.orders import OrderStatus, RepairWork, check_step
from jewelpos.domain.pricing import BillInput, PricedBill, RepairLine, price_bill
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.services._common import (
    audit,
    clean_text,
    money_to_paise,
    paise_to_money,
    percent_to_bp,
)
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillingService, day_rate, supply_for
from jewelpos.services.karigars import PIECE, add_entry, get_karigar
from jewelpos.services.order_branch import require_repair_karigar_here, require_repair_piece_here
from jewelpos.services.order_common import HistoryStep, add_step, check_mg, history
from jewelpos.services.order_notify import queue_message
from jewelpos.services.photos import PhotoStore


@dataclass(frozen=True)
class RepairIntake:
    customer_id: str
    description: str
    work: tuple[str, ...]
    metal: str
    purity: int
    weight_in_mg: int
    promised_on: date
    work_notes: str = ""
    photos: tuple[str, ...] = ()


@dataclass(frozen=True)
class RepairView:
    id: str
    number: str
    customer_id: str
    customer_name: str
    customer_mobile: str
    description: str
    work: tuple[str, ...]
    work_notes: str
    metal: str
    purity: int
    purity_label: str
    weight_in_mg: int
    weight_out_mg: int | None
    added_mg: int
    labour: Decimal
    promised_on: date
    status: str
    karigar_id: str | None
    karigar_name: str
    payable: Decimal | None
    photos: tuple[str, ...]
    history: tuple[HistoryStep, ...]


@dataclass(frozen=True)
class RepairBill:
    """The repair's bill as priced (C1): its lines, GST per rate group and what is payable."""

    number: str
    lines: tuple[tuple[str, Decimal], ...]
    taxable: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    invoice_value: Decimal
    round_off: Decimal
    net_payable: Decimal


def get_repair(s: Session, repair_id: str) -> RepairJob:
    r = s.get(RepairJob, repair_id)
    if r is None:
        r = s.scalars(
            select(RepairJob).where(RepairJob.number == (repair_id or "").strip().upper())
        ).first()
    if r is None:
        raise NotFound(f"No repair {repair_id}.", repair=repair_id)
    return r


def _bill_of(priced: PricedBill, number: str) -> RepairBill:
    return RepairBill(
        number=number,
        lines=tuple((line.label, line.amount) for line in priced.lines),
        taxable=priced.taxable,
        cgst=priced.cgst,
        sgst=priced.sgst,
        igst=priced.igst,
        invoice_value=priced.invoice_value,
        round_off=priced.round_off,
        net_payable=priced.net_payable,
    )


class RepairService:
    """Repair jobs, one transaction per step."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, billing: BillingService, photos: PhotoStore
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing
        self.photos = photos

    def today(self) -> date:
        return shop_today(self._clock)

    def take_repair(self, intake: RepairIntake, *, by: UserInfo) -> RepairView:
        """Take in a customer's piece for repair with the next repair number."""
        desc = clean_text(intake.description, field="piece", max_len=200, required=True)
        work = tuple(dict.fromkeys(intake.work))
        if not work:
            raise ValidationError("work", "choose the work to be done")
        known = {w.value for w in RepairWork}
        for w in work:
            if w not in known:
                raise ValidationError("work", f"unknown work {w}")
        metal = parse_metal(intake.metal, field="metal").value
        purity = check_fineness(intake.purity, field="purity")
        weight = check_mg(intake.weight_in_mg, field="weight_in", positive=True)
        notes = clean_text(intake.work_notes, field="work_notes", max_len=2000)
        if intake.promised_on < self.today():
            raise ValidationError("promised_on", "is before today")
        for sha in intake.photos:
            if not self.photos.has(sha):
                raise ValidationError("photos", "a photo was not kept: add it again")
        shop = self._billing.shop()
        day = self.today()
        with self._uow.begin() as s:
            if s.get(Customer, intake.customer_id) is None:
                raise ValidationError("customer", "find the customer by mobile number first")
            now = self._clock.now()
            taken = allocate_number(s, DocType.REPAIR_JOB, day=day, **shop.series_codes)
            r = RepairJob(
                number=taken.number,
                fy=financial_year(day),
                shop_day=day,
                taken_at=now,
                taken_by=by.id,
                customer_id=intake.customer_id,
                description=desc,
                work=",".join(work),
                work_notes=notes,
                metal=metal,
                purity=purity,
                weight_in_mg=weight,
                promised_on=intake.promised_on,
                status=OrderStatus.TAKEN.value,
                added_mg=0,
                labour_paise=0,
            )
            s.add(r)
            s.flush()
            for i, sha in enumerate(dict.fromkeys(intake.photos), 1):
                s.add(
                    OrderPhoto(
                        repair_id=r.id,
                        seq=i,
                        sha256=sha,
                        width=0,
                        height=0,
                        byte_size=self.photos.path(sha).stat().st_size,
                        caption="",
                    )
                )
            add_step(s, status=OrderStatus.TAKEN.value, by=by, at=now, repair_id=r.id)
            audit(
                s,
                user_id=by.id,
                action="repair.take",
                entity="repair_job",
                entity_id=r.id,
                at=now,
                details={"number": r.number},
            )
            s.flush()
            return _view(s, r)

    def assign(self, repair_id: str, *, karigar_id: str, by: UserInfo) -> None:
        with self._uow.begin() as s:
            r = get_repair(s, repair_id)
            check_step(r.status, OrderStatus.WITH_KARIGAR, number=r.number)
            k = get_karigar(s, karigar_id)
            r.karigar_id = k.id
            r.status = OrderStatus.WITH_KARIGAR.value
            add_step(s, status=r.status, by=by, at=self._clock.now(), repair_id=r.id, note=k.name)

    def return_repair(
        self,
        repair_id: str,
        *,
        weight_out_mg: int,
        added_mg: int = 0,
        labour: Decimal,
        labour_gst_percent: Decimal | None = None,
        by: UserInfo,
    ) -> RepairView:
        """Back from the karigar: weight out, metal added (at the piece's purity, from the
        karigar's metal ledger) and the labour to charge; ready for the customer."""
        out = check_mg(weight_out_mg, field="weight_out", positive=True)
        added = check_mg(added_mg, field="metal_added")
        labour_paise = money_to_paise(labour, field="labour")
        gst_bp = (
            None
            if labour_gst_percent is None
            else percent_to_bp(labour_gst_percent, field="labour_gst")
        )
        with self._uow.begin() as s:
            r = get_repair(s, repair_id)
            check_step(r.status, OrderStatus.RECEIVED, number=r.number)
            require_repair_karigar_here(s, r)
            now = self._clock.now()
            r.weight_out_mg, r.added_mg, r.labour_paise = out, added, labour_paise
            r.added_purity = r.purity if added else None
            r.labour_gst_bp = gst_bp
            r.status = OrderStatus.READY.value
            if added and r.karigar_id:
                add_entry(
                    s,
                    karigar_id=r.karigar_id,
                    kind=PIECE,
                    metal=r.metal,
                    purity=r.purity,
                    weight_mg=added,
                    at=now,
                    by=by,
                    note=f"added in repair {r.number}",
                    repair_id=r.id,
                )
            note = f"weight out {Decimal(out).scaleb(-3):.3f} g"
            add_step(s, status=OrderStatus.RECEIVED.value, by=by, at=now, repair_id=r.id, note=note)
            add_step(s, status=OrderStatus.READY.value, by=by, at=now, repair_id=r.id)
            c = s.get(Customer, r.customer_id)
            assert c is not None
            queue_message(
                s, kind="repair_ready", subject_id=r.id, day=self.today(), number=r.number,
                now=now, customer=c,
            )  # fmt: skip
            s.flush()
            return _view(s, r)

    def quote_bill(self, repair_id: str) -> RepairBill:
        """The repair's bill at today's rate for the added metal (nothing is written)."""
        with self._uow.read() as s:
            r = get_repair(s, repair_id)
            return _bill_of(self._price(s, r), r.number)

    def _price(self, s: Session, r: RepairJob) -> PricedBill:
        rate = day_rate(s, self.today(), r.metal, r.purity) if r.added_mg else None
        shop = self._billing.shop()
        line = RepairLine(
            labour=paise_to_money(r.labour_paise),
            labour_gst_percent=None if r.labour_gst_bp is None else Decimal(r.labour_gst_bp) / 100,
            added_metal=Metal(r.metal) if r.added_mg else None,
            added_purity=r.purity if r.added_mg else None,
            added_mg=r.added_mg,
            rate=rate,
        )
        return price_bill(
            BillInput(
                repairs=(line,),
                # the piece is handed back at the counter: the shop's state (IGST Act s. 10)
                supply=supply_for(shop.state_code),
                settings=self._billing.settings,
            )
        )

    def deliver(self, repair_id: str, *, by: UserInfo) -> RepairBill:
        """Bill the repair (amounts kept on the job) and hand the piece back."""
        with self._uow.begin() as s:
            r = get_repair(s, repair_id)
            check_step(r.status, OrderStatus.DELIVERED, number=r.number)
            require_repair_piece_here(s, r)
            priced = self._price(s, r)
            now = self._clock.now()
            rate = priced.repairs[0].repair.rate
            r.rate_paise = to_paise(rate) if rate is not None else None
            r.taxable_paise = to_paise(priced.taxable)
            r.gst_paise = to_paise(priced.cgst + priced.sgst + priced.igst)
            r.round_off_paise = to_paise(priced.round_off)
            r.payable_paise = to_paise(priced.net_payable)
            r.billed_at = now
            r.status = OrderStatus.DELIVERED.value
            add_step(
                s,
                status=r.status,
                by=by,
                at=now,
                repair_id=r.id,
                note=f"billed {priced.net_payable}",
            )
            return _bill_of(priced, r.number)

    def repair(self, repair_id: str) -> RepairView:
        with self._uow.read() as s:
            return _view(s, get_repair(s, repair_id))

    def repairs(self, *, statuses: tuple[str, ...] = ()) -> list[RepairView]:
        with self._uow.read() as s:
            q = select(RepairJob).order_by(RepairJob.promised_on, RepairJob.number)
            if statuses:
                q = q.where(RepairJob.status.in_(statuses))
            return [_view(s, r) for r in s.scalars(q)]


def _view(s: Session, r: RepairJob) -> RepairView:
    from jewelpos.db.models_orders import Karigar

    c = s.get(Customer, r.customer_id)
    k = s.get(Karigar, r.karigar_id) if r.karigar_id else None
    photos = tuple(
        s.scalars(
            select(OrderPhoto.sha256).where(OrderPhoto.repair_id == r.id).order_by(OrderPhoto.seq)
        )
    )
    return RepairView(
        id=r.id,
        number=r.number,
        customer_id=r.customer_id,
        customer_name=c.name if c else "",
        customer_mobile=c.mobile if c else "",
        description=r.description,
        work=tuple(w for w in r.work.split(",") if w),
        work_notes=r.work_notes,
        metal=r.metal,
        purity=r.purity,
        purity_label=purity_label(Metal(r.metal), r.purity),
        weight_in_mg=r.weight_in_mg,
        weight_out_mg=r.weight_out_mg,
        added_mg=r.added_mg,
        labour=paise_to_money(r.labour_paise),
        promised_on=r.promised_on,
        status=r.status,
        karigar_id=r.karigar_id,
        karigar_name=k.name if k else "",
        payable=paise_to_money(r.payable_paise) if r.payable_paise is not None else None,
        photos=photos,
        history=history(s, repair_id=r.id),
    )


__all__ = ["RepairBill", "RepairIntake", "RepairService", "RepairView", "get_repair"]
