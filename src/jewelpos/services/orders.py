"""Customer orders: intake at the counter (what it is made from, weights, photos, the
customer's own stones and metal, an advance receipt, a promised date), assignment to a karigar,
receiving the piece (weights, wastage, labour; the piece is tagged and reserved for the order),
ready, cancellation, and the order as the screens show it with its history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, Customer
from jewelpos.db.models_orders import CustomerMaterial, CustomerOrder, OrderAdvance, OrderPhoto
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import CashLimitExceeded, NotFound, RateNotSet, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.orders import (
    AdvanceDisposition,
    OrderSource,
    OrderStatus,
    check_step,
)
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.domain.rules import check_cash
from jewelpos.domain.weight import fine_mg
from jewelpos.services._common import audit, clean_text, money_to_paise, paise_to_money
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft, BillingService, PaymentMode, day_rate
from jewelpos.services.karigars import ISSUE, PIECE, WASTAGE, add_entry, get_karigar
from jewelpos.services.order_branch import require_for_receiving, require_piece_here
from jewelpos.services.order_common import HistoryStep, add_step, check_mg, history
from jewelpos.services.order_notify import queue_message
from jewelpos.services.photos import PhotoStore
from jewelpos.services.stock import NewPiece, StockService, validate_piece

MAX_PHOTOS = 8


@dataclass(frozen=True)
class MaterialIn:
    """The customer's own stone(s) or metal handed over: stones by count and carats (as mg,
    1 ct = 200 mg), metal by grams at a purity (its fine weight is worked out)."""

    kind: str
    description: str = ""
    count: int = 0
    weight_mg: int = 0
    metal: str = ""
    purity: int = 0


@dataclass(frozen=True)
class AdvanceIn:
    mode: PaymentMode
    amount: Decimal
    reference: str = ""


@dataclass(frozen=True)
class OrderIntake:
    """Everything recorded at the counter when an order is taken."""

    customer_id: str
    category_id: str
    metal: str
    purity: int
    weight_min_mg: int
    weight_max_mg: int
    promised_on: date
    source: str = OrderSource.DESCRIPTION.value
    source_ref: str = ""
    size: str = ""
    design_notes: str = ""
    photos: tuple[str, ...] = ()
    """sha256 of photos already kept by ``OrderService.add_photo_file``."""
    materials: tuple[MaterialIn, ...] = ()
    advance: AdvanceIn | None = None
    booked_weight_mg: int | None = None
    """Book today's rate for this weight (the rest is charged at the delivery day's rate)."""


@dataclass(frozen=True)
class SavedOrder:
    id: str
    number: str
    advance_number: str
    """The advance receipt's number, "" if no advance was taken."""


@dataclass(frozen=True)
class MaterialView:
    kind: str
    description: str
    count: int
    weight_mg: int
    metal: str
    purity: int
    fine_mg: int


@dataclass(frozen=True)
class AdvanceView:
    number: str
    received_at: datetime
    mode: str
    amount: Decimal
    reference: str


@dataclass(frozen=True)
class OrderRow:
    """One order in a list."""

    id: str
    number: str
    customer_name: str
    customer_mobile: str
    what: str
    purity_label: str
    weight_min_mg: int
    weight_max_mg: int
    promised_on: date
    status: str
    karigar_name: str
    advance: Decimal
    tag_code: str


@dataclass(frozen=True)
class OrderView:
    """An order with everything recorded about it."""

    row: OrderRow
    customer_id: str
    category_id: str
    metal: str
    purity: int
    source: str
    source_ref: str
    size: str
    design_notes: str
    taken_at: datetime
    taken_by: str
    karigar_id: str | None
    karigar_due_on: date | None
    booked_rate: Decimal | None
    booked_weight_mg: int | None
    received_gross_mg: int | None
    received_stone_mg: int | None
    received_net_mg: int | None
    karigar_wastage_mg: int | None
    karigar_labour: Decimal | None
    piece_id: str | None
    invoice_id: str | None
    advance_disposition: str
    photos: tuple[str, ...]
    materials: tuple[MaterialView, ...]
    advances: tuple[AdvanceView, ...]
    history: tuple[HistoryStep, ...] = field(default=())

    @property
    def difference_mg(self) -> int:
        """How far the received net weight is outside the ordered range (+ heavier, - lighter)."""
        net = self.received_net_mg
        if net is None:
            return 0
        if net > self.row.weight_max_mg:
            return net - self.row.weight_max_mg
        if net < self.row.weight_min_mg:
            return net - self.row.weight_min_mg
        return 0


@dataclass(frozen=True)
class ReceivedOrder:
    order_id: str
    number: str
    tag_code: str
    piece_id: str
    net_mg: int
    difference_mg: int


def advance_total(s: Session, order_id: str) -> int:
    """The paise of advance receipts taken against an order."""
    total = s.scalar(
        select(func.coalesce(func.sum(OrderAdvance.amount_paise), 0)).where(
            OrderAdvance.order_id == order_id
        )
    )
    return int(total or 0)


def get_order(s: Session, order_id: str) -> CustomerOrder:
    o = s.get(CustomerOrder, order_id)
    if o is None:
        o = s.scalars(
            select(CustomerOrder).where(CustomerOrder.number == (order_id or "").strip().upper())
        ).first()
    if o is None:
        raise NotFound(f"No order {order_id}.", order=order_id)
    return o


def _check_material(m: MaterialIn, i: int) -> CustomerMaterial:
    what = f"materials[{i - 1}]"
    if m.kind not in ("stone", "metal"):
        raise ValidationError(f"{what}.kind", "choose stone or metal")
    desc = clean_text(m.description, field=f"{what}.description", max_len=200)
    weight = check_mg(m.weight_mg, field=f"{what}.weight_mg", positive=m.kind == "metal")
    if m.kind == "stone":
        if isinstance(m.count, bool) or not isinstance(m.count, int) or m.count <= 0:
            raise ValidationError(f"{what}.count", "give how many stones (1 or more)")
        if not desc:
            raise ValidationError(f"{what}.description", "say what the stones are")
        return CustomerMaterial(
            seq=i, kind="stone", description=desc, count=m.count, weight_mg=weight
        )
    metal = parse_metal(m.metal, field=f"{what}.metal").value
    purity = check_fineness(m.purity, field=f"{what}.purity")
    return CustomerMaterial(
        seq=i,
        kind="metal",
        description=desc,
        count=m.count if isinstance(m.count, int) and m.count > 0 else 0,
        weight_mg=weight,
        metal=metal,
        purity=purity,
        fine_mg=fine_mg(weight, fineness=purity),
    )


class OrderService:
    """Customer orders, one transaction per step."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        billing: BillingService,
        stock: StockService,
        photos: PhotoStore,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing
        self._stock = stock
        self.photos = photos

    def today(self) -> date:
        return shop_today(self._clock)

    # --- photos ------------------------------------------------------------------------

    def add_photo_file(self, path: str) -> str:
        """Check and keep a photo file (resized, with its thumbnail); its sha256.
        PhotoRejected with the reason in words (not a picture, too big, empty, damaged)."""
        from pathlib import Path

        return self.photos.add_file(Path(path)).sha256

    def add_photo_bytes(self, data: bytes) -> str:
        return self.photos.add_bytes(data).sha256

    def photo_path(self, sha256: str, *, thumb: bool = False) -> str:
        p = self.photos.thumb_path(sha256) if thumb else self.photos.path(sha256)
        return str(p)

    # --- intake ------------------------------------------------------------------------

    def take_order(self, intake: OrderIntake, *, by: UserInfo) -> SavedOrder:
        """Record a new order (and its advance receipt) in one transaction with the next order
        number of this counter; ValidationError naming the field in words."""
        source = intake.source
        if source not in {s.value for s in OrderSource}:
            raise ValidationError("made_from", "choose what the order is made from")
        source_ref = clean_text(intake.source_ref, field="sample_ref", max_len=80)
        if source in (OrderSource.CATALOGUE, OrderSource.STOCK_PIECE) and not source_ref:
            raise ValidationError("sample_ref", "give the catalogue number or the tag")
        notes = clean_text(intake.design_notes, field="design_notes", max_len=2000)
        if source == OrderSource.DESCRIPTION and not notes:
            raise ValidationError("design_notes", "describe the piece to be made")
        metal = parse_metal(intake.metal, field="metal").value
        purity = check_fineness(intake.purity, field="purity")
        low = check_mg(intake.weight_min_mg, field="weight_from", positive=True)
        high = check_mg(intake.weight_max_mg, field="weight_to", positive=True)
        if high < low:
            raise ValidationError("weight_to", "must not be less than the weight from")
        size = clean_text(intake.size, field="piece_size", max_len=40)
        if len(intake.photos) > MAX_PHOTOS:
            raise ValidationError("photos", f"at most {MAX_PHOTOS} photos")
        for sha in intake.photos:
            if not self.photos.has(sha):
                raise ValidationError("photos", "a photo was not kept: add it again")
        materials = [_check_material(m, i) for i, m in enumerate(intake.materials, 1)]
        advance = intake.advance
        adv_paise = 0
        if advance is not None:
            try:
                mode = PaymentMode(advance.mode)
            except ValueError:
                raise ValidationError("advance_mode", "choose how the advance is paid") from None
            adv_paise = money_to_paise(advance.amount, field="advance", allow_zero=False)
            if mode in (PaymentMode.CHEQUE, PaymentMode.CARD) and not advance.reference.strip():
                raise ValidationError(
                    "advance_reference",
                    "give the cheque number"
                    if mode is PaymentMode.CHEQUE
                    else "give the card's last 4 digits",
                )
        booked = intake.booked_weight_mg
        if booked is not None:
            booked = check_mg(booked, field="booked_weight", positive=True)
        shop = self._billing.shop()
        day = self.today()
        if intake.promised_on < day:
            raise ValidationError("promised_on", "is before today")
        with self._uow.begin() as s:
            now = self._clock.now()
            customer = s.get(Customer, intake.customer_id)
            if customer is None:
                raise ValidationError("customer", "find the customer by mobile number first")
            cat = s.get(Category, intake.category_id)
            if cat is None or not cat.active:
                raise ValidationError("category", "choose a category")
            if cat.metal != metal:
                raise ValidationError("category", f"{cat.name} is {cat.metal}, not {metal}")
            booked_rate = None
            if booked is not None:
                try:
                    booked_rate = to_paise(day_rate(s, day, metal, purity))
                except RateNotSet:
                    raise ValidationError(
                        "booked_weight", "today's rate is not set, so no rate can be booked"
                    ) from None
            taken = allocate_number(s, DocType.CUSTOMER_ORDER, day=day, **shop.series_codes)
            order = CustomerOrder(
                id=new_id(),
                number=taken.number,
                fy=financial_year(day),
                shop_day=day,
                taken_at=now,
                taken_by=by.id,
                customer_id=customer.id,
                source=source,
                source_ref=source_ref,
                category_id=cat.id,
                metal=metal,
                purity=purity,
                weight_min_mg=low,
                weight_max_mg=high,
                size=size,
                design_notes=notes,
                promised_on=intake.promised_on,
                booked_rate_paise=booked_rate,
                booked_weight_mg=booked,
                status=OrderStatus.TAKEN.value,
                advance_disposition="",
                cancel_reason="",
            )
            s.add(order)
            s.flush()
            for i, sha in enumerate(dict.fromkeys(intake.photos), 1):
                self._link_photo(s, sha, i, order_id=order.id)
            for m in materials:
                m.order_id = order.id
                s.add(m)
            add_step(s, status=OrderStatus.TAKEN.value, by=by, at=now, order_id=order.id)
            adv_number = ""
            if advance is not None:
                adv_number = self._write_advance(
                    s,
                    order,
                    PaymentMode(advance.mode),
                    adv_paise,
                    advance.reference,
                    by=by,
                    now=now,
                )
            audit(
                s,
                user_id=by.id,
                action="order.take",
                entity="customer_order",
                entity_id=order.id,
                at=now,
                details={"number": order.number, "advance": adv_number},
            )
            return SavedOrder(order.id, order.number, adv_number)

    def _link_photo(
        self,
        s: Session,
        sha: str,
        seq: int,
        *,
        order_id: str | None = None,
        repair_id: str | None = None,
    ) -> None:
        from PIL import Image

        with Image.open(self.photos.path(sha)) as img:
            width, height = img.size
        s.add(
            OrderPhoto(
                order_id=order_id,
                repair_id=repair_id,
                seq=seq,
                sha256=sha,
                width=width,
                height=height,
                byte_size=self.photos.path(sha).stat().st_size,
                caption="",
            )
        )

    def _write_advance(
        self,
        s: Session,
        order: CustomerOrder,
        mode: PaymentMode,
        paise: int,
        reference: str,
        *,
        by: UserInfo,
        now: datetime,
    ) -> str:
        shop = self._billing.shop()
        day = self.today()
        if mode is PaymentMode.CASH:
            self._check_cash(s, order.customer_id, day, paise)
        taken = allocate_number(s, DocType.ORDER_ADVANCE, day=day, **shop.series_codes)
        s.add(
            OrderAdvance(
                number=taken.number,
                order_id=order.id,
                customer_id=order.customer_id,
                fy=financial_year(day),
                shop_day=day,
                received_at=now,
                mode=mode.value,
                amount_paise=paise,
                reference=clean_text(reference, field="advance_reference", max_len=60),
                received_by=by.id,
            )
        )
        return taken.number

    def _check_cash(self, s: Session, customer_id: str, day: date, paise: int) -> None:
        """Section 269ST: the customer's cash today (bills and advances) stays below the limit."""
        from jewelpos.services.billing.save import cash_taken  # advances included

        already = paise_to_money(cash_taken(s, customer_id, day))
        cash = check_cash(
            already_paid_today=already,
            new_cash=paise_to_money(paise),
            limit=self._billing.cash_limit,
        )
        if not cash.allowed:
            raise CashLimitExceeded(
                f"Cash must stay below {format_inr(cash.limit)} a day from one person (section "
                f"269ST): at most {format_inr(cash.remaining)} more may be taken in cash; take "
                "the advance by card, UPI, cheque or bank transfer.",
                total=str(cash.total),
                limit=str(cash.limit),
                remaining=str(cash.remaining),
                already=str(cash.already_paid),
            )

    def add_advance(
        self,
        order_id: str,
        *,
        mode: PaymentMode,
        amount: Decimal,
        reference: str = "",
        by: UserInfo,
    ) -> str:
        """A further advance receipt on an open order; its number."""
        paise = money_to_paise(amount, field="advance", allow_zero=False)
        with self._uow.begin() as s:
            o = get_order(s, order_id)
            if o.status in (OrderStatus.DELIVERED, OrderStatus.CANCELLED):
                raise ValidationError("advance", f"order {o.number} is closed")
            now = self._clock.now()
            number = self._write_advance(s, o, PaymentMode(mode), paise, reference, by=by, now=now)
            add_step(s, status=o.status, by=by, at=now, order_id=o.id, note=f"advance {number}")
            return number

    # --- karigar -----------------------------------------------------------------------

    def assign(self, order_id: str, *, karigar_id: str, due_on: date, by: UserInfo) -> None:
        """Give the order to a karigar with the date he must bring it back; the customer's own
        metal goes to his metal ledger as issued."""
        with self._uow.begin() as s:
            o = get_order(s, order_id)
            check_step(o.status, OrderStatus.WITH_KARIGAR, number=o.number)
            k = get_karigar(s, karigar_id)
            if not k.active:
                raise ValidationError("karigar", f"{k.name} is no longer active")
            if due_on > o.promised_on:
                raise ValidationError(
                    "karigar_due_on", "is after the date promised to the customer"
                )
            now = self._clock.now()
            first = o.karigar_id is None
            o.karigar_id = k.id
            o.karigar_due_on = due_on
            o.status = OrderStatus.WITH_KARIGAR.value
            if first:
                for m in s.scalars(
                    select(CustomerMaterial).where(
                        CustomerMaterial.order_id == o.id, CustomerMaterial.kind == "metal"
                    )
                ):
                    add_entry(
                        s,
                        karigar_id=k.id,
                        kind=ISSUE,
                        metal=m.metal,
                        purity=m.purity,
                        weight_mg=m.weight_mg,
                        at=now,
                        by=by,
                        note=f"customer's metal, order {o.number}",
                        order_id=o.id,
                    )
            add_step(
                s,
                status=OrderStatus.WITH_KARIGAR.value,
                by=by,
                at=now,
                order_id=o.id,
                note=f"{k.name}, due {due_on.isoformat()}",
            )

    def receive(
        self,
        order_id: str,
        *,
        gross_mg: int,
        stone_mg: int = 0,
        wastage_mg: int = 0,
        labour: Decimal = Decimal(0),
        huids: tuple[str, ...] = (),
        by: UserInfo,
    ) -> ReceivedOrder:
        """The piece is back from the karigar: its weights, his wastage and labour; the piece
        gets a tag and joins stock reserved for this order; his ledger is credited with the
        piece's fine weight and the wastage allowed. ``huids``: its hallmark ids, if hallmarked."""
        gross = check_mg(gross_mg, field="gross_mg", positive=True)
        stone = check_mg(stone_mg, field="stone_mg")
        if stone >= gross:
            raise ValidationError("stone_mg", "must be less than the gross weight")
        wastage = check_mg(wastage_mg, field="wastage")
        labour_paise = money_to_paise(labour, field="labour")
        with self._uow.begin() as s:
            o = get_order(s, order_id)
            check_step(o.status, OrderStatus.RECEIVED, number=o.number)
            if o.karigar_id is None:
                raise ValidationError("karigar", "the order was not given to a karigar")
            require_for_receiving(s, o)  # order taken or given out at another branch
            now = self._clock.now()
            net = gross - stone
            values = validate_piece(
                NewPiece(
                    category_id=o.category_id,
                    metal=o.metal,
                    purity=o.purity,
                    gross_mg=gross,
                    stone_mg=stone,
                    design_no=o.number,
                    description=f"Order {o.number}",
                    huids=huids,
                )
            )
            piece = self._stock.insert_piece(
                s, values, by=by, at=now, note=f"made for order {o.number}", ref=o.id
            )
            o.received_gross_mg, o.received_stone_mg, o.received_net_mg = gross, stone, net
            o.karigar_wastage_mg = wastage
            o.karigar_labour_paise = labour_paise
            o.piece_id = piece.id
            o.status = OrderStatus.RECEIVED.value
            add_entry(
                s,
                karigar_id=o.karigar_id,
                kind=PIECE,
                metal=o.metal,
                purity=o.purity,
                weight_mg=net,
                at=now,
                by=by,
                note=f"order {o.number}, tag {piece.tag_code}",
                order_id=o.id,
            )
            if wastage:
                add_entry(
                    s,
                    karigar_id=o.karigar_id,
                    kind=WASTAGE,
                    metal=o.metal,
                    purity=o.purity,
                    weight_mg=wastage,
                    at=now,
                    by=by,
                    note=f"order {o.number}",
                    order_id=o.id,
                )
            diff = 0
            if net > o.weight_max_mg:
                diff = net - o.weight_max_mg
            elif net < o.weight_min_mg:
                diff = net - o.weight_min_mg
            note = f"tag {piece.tag_code}, net {Decimal(net).scaleb(-3):.3f} g"
            if diff:
                note += f" ({Decimal(diff).scaleb(-3):+.3f} g against the order)"
            add_step(s, status=OrderStatus.RECEIVED.value, by=by, at=now, order_id=o.id, note=note)
            return ReceivedOrder(o.id, o.number, piece.tag_code, piece.id, net, diff)

    def mark_ready(self, order_id: str, *, by: UserInfo) -> None:
        """Checked and ready at the counter: the customer's "ready" message is queued."""
        with self._uow.begin() as s:
            o = get_order(s, order_id)
            check_step(o.status, OrderStatus.READY, number=o.number)
            require_piece_here(s, o)
            now = self._clock.now()
            o.status = OrderStatus.READY.value
            o.ready_on = self.today()
            add_step(s, status=OrderStatus.READY.value, by=by, at=now, order_id=o.id)
            customer = s.get(Customer, o.customer_id)
            assert customer is not None
            queue_message(
                s, kind="order_ready", subject_id=o.id, day=self.today(), number=o.number,
                now=now, customer=customer,
            )  # fmt: skip

    def cancel(
        self, order_id: str, *, disposition: AdvanceDisposition | None, reason: str, by: UserInfo
    ) -> None:
        """Cancel an open order; an order with an advance says whether it was refunded or is
        kept as the customer's credit. A piece already made stays in stock, no longer reserved."""
        why = clean_text(reason, field="reason", max_len=400, required=True)
        with self._uow.begin() as s:
            o = get_order(s, order_id)
            check_step(o.status, OrderStatus.CANCELLED, number=o.number)
            paid = advance_total(s, o.id)
            if paid and disposition is None:
                raise ValidationError(
                    "advance", "say whether the advance is refunded or kept as credit"
                )
            now = self._clock.now()
            o.status = OrderStatus.CANCELLED.value
            o.advance_disposition = (
                AdvanceDisposition(disposition).value if paid and disposition else ""
            )
            o.cancel_reason = why
            note = why
            if paid:
                note += f"; advance {paise_to_money(paid)} {o.advance_disposition}"
            add_step(s, status=OrderStatus.CANCELLED.value, by=by, at=now, order_id=o.id, note=note)
            audit(
                s,
                user_id=by.id,
                action="order.cancel",
                entity="customer_order",
                entity_id=o.id,
                at=now,
                details={"reason": why, "advance": o.advance_disposition},
            )

    def delivery_draft(self, order_id: str) -> BillDraft:
        """The bill that delivers a ready order: its piece at the actual weight and rate, the
        advance set off after tax (see services/order_delivery.py). OrderStateError if not ready."""
        from jewelpos.services.order_delivery import delivery_draft

        with self._uow.read() as s:
            return delivery_draft(s, self._billing, get_order(s, order_id))

    # --- reading -----------------------------------------------------------------------

    def order(self, order_id_or_number: str) -> OrderView:
        with self._uow.read() as s:
            return order_view(s, get_order(s, order_id_or_number))

    def orders(self, *, statuses: tuple[str, ...] = (), text: str = "") -> list[OrderRow]:
        """Orders, latest promised first among open ones; optionally by status or a text
        (number, customer name or mobile)."""
        with self._uow.read() as s:
            q = select(CustomerOrder)
            if statuses:
                q = q.where(CustomerOrder.status.in_(statuses))
            rows = [
                order_row(s, o)
                for o in s.scalars(q.order_by(CustomerOrder.promised_on, CustomerOrder.number))
            ]
        key = text.strip().lower()
        if key:
            rows = [
                r
                for r in rows
                if key in r.number.lower()
                or key in r.customer_name.lower()
                or key in r.customer_mobile
            ]
        return rows


def order_row(s: Session, o: CustomerOrder) -> OrderRow:
    from jewelpos.db.models import StockPiece
    from jewelpos.db.models_orders import Karigar

    customer = s.get(Customer, o.customer_id)
    cat = s.get(Category, o.category_id)
    k = s.get(Karigar, o.karigar_id) if o.karigar_id else None
    piece = s.get(StockPiece, o.piece_id) if o.piece_id else None
    what = cat.name if cat else ""
    if o.design_notes:
        what = f"{what}: {o.design_notes.splitlines()[0][:60]}"
    return OrderRow(
        id=o.id,
        number=o.number,
        customer_name=customer.name if customer else "",
        customer_mobile=customer.mobile if customer else "",
        what=what,
        purity_label=purity_label(Metal(o.metal), o.purity),
        weight_min_mg=o.weight_min_mg,
        weight_max_mg=o.weight_max_mg,
        promised_on=o.promised_on,
        status=o.status,
        karigar_name=k.name if k else "",
        advance=paise_to_money(advance_total(s, o.id)),
        tag_code=piece.tag_code if piece else "",
    )


def order_view(s: Session, o: CustomerOrder) -> OrderView:
    from jewelpos.services.order_common import user_names

    photos = tuple(
        s.scalars(
            select(OrderPhoto.sha256).where(OrderPhoto.order_id == o.id).order_by(OrderPhoto.seq)
        )
    )
    materials = tuple(
        MaterialView(m.kind, m.description, m.count, m.weight_mg, m.metal, m.purity, m.fine_mg)
        for m in s.scalars(
            select(CustomerMaterial)
            .where(CustomerMaterial.order_id == o.id)
            .order_by(CustomerMaterial.seq)
        )
    )
    advances = tuple(
        AdvanceView(a.number, a.received_at, a.mode, paise_to_money(a.amount_paise), a.reference)
        for a in s.scalars(
            select(OrderAdvance).where(OrderAdvance.order_id == o.id).order_by(OrderAdvance.number)
        )
    )
    names = user_names(s, {o.taken_by})
    return OrderView(
        row=order_row(s, o),
        customer_id=o.customer_id,
        category_id=o.category_id,
        metal=o.metal,
        purity=o.purity,
        source=o.source,
        source_ref=o.source_ref,
        size=o.size,
        design_notes=o.design_notes,
        taken_at=o.taken_at,
        taken_by=names.get(o.taken_by, ""),
        karigar_id=o.karigar_id,
        karigar_due_on=o.karigar_due_on,
        booked_rate=paise_to_money(o.booked_rate_paise)
        if o.booked_rate_paise is not None
        else None,
        booked_weight_mg=o.booked_weight_mg,
        received_gross_mg=o.received_gross_mg,
        received_stone_mg=o.received_stone_mg,
        received_net_mg=o.received_net_mg,
        karigar_wastage_mg=o.karigar_wastage_mg,
        karigar_labour=paise_to_money(o.karigar_labour_paise)
        if o.karigar_labour_paise is not None
        else None,
        piece_id=o.piece_id,
        invoice_id=o.invoice_id,
        advance_disposition=o.advance_disposition,
        photos=photos,
        materials=materials,
        advances=advances,
        history=history(s, order_id=o.id),
    )


__all__ = [
    "AdvanceIn",
    "AdvanceView",
    "MaterialIn",
    "MaterialView",
    "OrderIntake",
    "OrderRow",
    "OrderService",
    "OrderView",
    "ReceivedOrder",
    "SavedOrder",
    "advance_total",
    "get_order",
]
