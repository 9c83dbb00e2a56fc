"""Estimates: a salesperson saves and prints a draft with its own number (a Code 128 barcode on
the slip); the cashier scans it to open the draft as a bill. Open estimates lapse at day end."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, Customer
from jewelpos.db.models_billing import Estimate
from jewelpos.db.numbering import allocate_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today, shop_zone
from jewelpos.domain.errors import DayClosed, NotFound, RateNotSet, ValidationError
from jewelpos.domain.formatting import format_percent
from jewelpos.domain.money import to_paise
from jewelpos.domain.numbering import DocType, financial_year
from jewelpos.domain.pricing import PricedBill, Supply
from jewelpos.domain.weight import grams_from_mg
from jewelpos.printing.documents import EstimateDocument, TaxRow
from jewelpos.printing.documents import InvoiceLine as DocLine
from jewelpos.printing.documents import OldGoldLine as DocOldGold
from jewelpos.services._common import audit, paise_to_money
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import (
    BillDraft,
    BillingService,
    BillLine,
    CustomerOnBill,
    day_closed,
    day_rate,
    draft_from_json,
    draft_to_json,
    quote_draft,
)
from jewelpos.services.shop_settings import load as load_shop_settings

OPEN, BILLED, LAPSED = "open", "billed", "lapsed"


@dataclass(frozen=True)
class SavedEstimate:
    id: str
    number: str
    """Printed as a Code 128 barcode on the slip, e.g. ``EB1-C2/25/00007``."""
    issued_at: datetime
    net_payable: Decimal
    invoice_value: Decimal


def doc_lines(draft: BillDraft, priced: PricedBill) -> tuple[DocLine, ...]:
    """Printable lines of a priced draft (the C1 components of each item)."""
    out = []
    for line, item in zip(draft.lines, priced.items, strict=True):
        if item.wastage_mg:
            label = f"Wastage {grams_from_mg(item.wastage_mg)} g"
        else:
            label = f"VA {format_percent(line.wastage_percent)}%" if item.wastage_value else "VA"
        out.append(
            DocLine(
                description=line.description,
                hsn=line.hsn,
                purity_label=item.purity_label,
                gross_mg=line.gross_mg,
                stone_mg=line.stone_mg,
                net_mg=item.net_mg,
                huids=line.huids,
                rate=item.rate,
                metal_value=item.metal_value,
                wastage=item.wastage_value,
                wastage_label=label,
                making=item.making,
                stones=item.stones,
                hallmark_fee=item.hallmark,
                other_charges=item.other,
                discount=-(item.making_discount + item.wastage_discount),
                taxable_value=item.taxable,
                tag_code=line.tag_code,
            )
        )
    return tuple(out)


def tax_rows(priced: PricedBill) -> tuple[TaxRow, ...]:
    """GST rate groups of a priced draft as printable rows."""
    intra = priced.supply is Supply.INTRA
    zero = Decimal("0.00")
    return tuple(
        TaxRow(
            taxable_value=g.taxable,
            cgst_rate=g.rate_percent / 2 if intra else zero,
            cgst=g.cgst,
            sgst_rate=g.rate_percent / 2 if intra else zero,
            sgst=g.sgst,
            igst_rate=zero if intra else g.rate_percent,
            igst=g.igst,
        )
        for g in priced.gst
    )


def old_gold_lines(priced: PricedBill) -> tuple[DocOldGold, ...]:
    return tuple(
        DocOldGold(
            description=o.line.description or "Old gold",
            gross_mg=o.line.gross_mg,
            less_mg=o.line.less_mg,
            net_mg=o.net_mg,
            touch_percent=o.line.touch_percent,
            fine_mg=o.fine_mg,
            rate=o.buy_rate,
            value=o.value,
        )
        for o in priced.old_gold
    )


class EstimateService:
    """Save, print and open estimates; lapse the open ones at day end."""

    def __init__(self, uow: UnitOfWork, clock: Clock, billing: BillingService) -> None:
        self._uow = uow
        self._clock = clock
        self._billing = billing

    def save_estimate(self, draft: BillDraft, *, by: UserInfo) -> SavedEstimate:
        """Price the draft (C1) and keep it with the next estimate number (payments and
        approvals are not kept: the bill takes its own). DayClosed after day end."""
        if not draft.lines:
            raise ValidationError("lines", "the estimate has no lines")
        shop = self._billing.shop()
        with self._uow.begin() as s:
            now = self._clock.now()
            day = shop_today(self._clock)
            if day_closed(s, shop.device_id, day):
                raise DayClosed(f"The day {day.isoformat()} is closed.", day=day.isoformat())
            customer = _customer(s, draft.customer_id)
            kept = replace(draft, payments=(), approvals=(), estimate_id=None)
            q = quote_draft(
                kept,
                shop_state=shop.state_code,
                customer=customer,
                settings=self._billing.settings,
            )
            fy = financial_year(day)
            number = allocate_number(s, DocType.ESTIMATE, day=day, **shop.series_codes).number
            row = Estimate(
                number=number,
                fy=fy,
                shop_day=day,
                issued_at=now,
                customer_id=draft.customer_id,
                salesperson_id=draft.salesperson_id or by.id,
                draft=draft_to_json(kept),
                invoice_value_paise=to_paise(q.invoice_value),
                net_payable_paise=to_paise(q.net_payable),
                status=OPEN,
            )
            s.add(row)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="estimate.save",
                entity="estimate",
                entity_id=row.id,
                at=now,
                details={"number": number, "net_payable": str(q.net_payable)},
            )
            return SavedEstimate(
                id=row.id,
                number=number,
                issued_at=now,
                net_payable=q.net_payable,
                invoice_value=q.invoice_value,
            )

    def open_estimate(self, number: str) -> BillDraft:
        """The estimate's draft to bill (``estimate_id`` set). Lines still at the rate of the
        day they were made take the current rate of the day. NotFound for an unknown number;
        ValidationError for an estimate billed already or lapsed (another day's)."""
        key = (number or "").strip().upper()
        day = shop_today(self._clock)
        with self._uow.read() as s:
            e = s.scalars(select(Estimate).where(Estimate.number == key)).first()
            if e is None:
                e = s.get(Estimate, (number or "").strip())
            if e is None:
                raise NotFound(f"No estimate {key}.", number=key)
            if e.status == BILLED:
                raise ValidationError("estimate", f"estimate {e.number} is billed already")
            if e.status == LAPSED or e.shop_day != day:
                raise ValidationError(
                    "estimate",
                    f"estimate {e.number} of {e.shop_day.isoformat()} has lapsed: make a new one",
                )
            draft = draft_from_json(e.draft)
            lines = tuple(_refresh_rate(s, line, day) for line in draft.lines)
            return replace(draft, lines=lines, estimate_id=e.id)

    def estimate_slip(self, estimate_id: str, *, paper_mm: int = 80, upi_vpa: str = "") -> bytes:
        """The thermal slip (ESC/POS) with the estimate number as a Code 128 barcode."""
        shop = self._billing.shop()
        with self._uow.read() as s:
            e = s.get(Estimate, estimate_id)
            if e is None:
                raise NotFound("No such estimate.", estimate_id=estimate_id)
            draft = draft_from_json(e.draft)
            customer = _customer(s, e.customer_id)
            sales = s.get(AppUser, e.salesperson_id) if e.salesperson_id else None
            number, issued_at, day = e.number, e.issued_at, e.shop_day
            language = load_shop_settings(s).print_language
        q = quote_draft(
            draft, shop_state=shop.state_code, customer=customer, settings=self._billing.settings
        )
        doc = EstimateDocument(
            shop_name=shop.shop_name,
            estimate_number=number,
            issued_at=issued_at.astimezone(shop_zone(self._clock)),
            valid_on=day,
            lines=doc_lines(draft, q.priced),
            tax_rows=tax_rows(q.priced),
            invoice_value=q.invoice_value,
            round_off=q.round_off,
            net_payable=q.net_payable,
            old_gold=old_gold_lines(q.priced),
            customer_name=customer.name if customer else "",
            customer_mobile=customer.mobile if customer else "",
            salesperson=sales.display_name if sales else "",
            shop_address=", ".join(p for p in (shop.address, shop.city) if p),
            shop_phone=shop.phone,
        )
        # python-escpos loads its printer profiles on import (~0.3 s): only when printing
        from jewelpos.printing.receipt import (
            PAPER_58MM,
            PAPER_80MM,
            UpiRequest,
            render_estimate_slip,
        )

        upi = (
            UpiRequest(upi_vpa, shop.shop_name, q.net_payable, note=number)
            if upi_vpa and q.net_payable > 0
            else None
        )
        paper = PAPER_58MM if paper_mm == 58 else PAPER_80MM
        return render_estimate_slip(doc, paper=paper, upi=upi, language=language)

    def open_estimates(self, day: date) -> list[SavedEstimate]:
        """The day's estimates not billed yet."""
        with self._uow.read() as s:
            rows = s.scalars(
                select(Estimate)
                .where(Estimate.status == OPEN, Estimate.shop_day == day)
                .order_by(Estimate.number)
            ).all()
            return [
                SavedEstimate(
                    id=r.id,
                    number=r.number,
                    issued_at=r.issued_at,
                    net_payable=paise_to_money(r.net_payable_paise),
                    invoice_value=paise_to_money(r.invoice_value_paise),
                )
                for r in rows
            ]


def lapse_open_estimates(s: Session, *, up_to: date, now: datetime) -> int:
    """Mark open estimates of ``up_to`` and earlier lapsed (in the caller's transaction)."""
    rows = s.scalars(
        select(Estimate).where(Estimate.status == OPEN, Estimate.shop_day <= up_to)
    ).all()
    for r in rows:  # ORM updates, so each change reaches the outbox
        r.status = LAPSED
        r.closed_at = now
    return len(rows)


def _refresh_rate(s: Session, line: BillLine, day: date) -> BillLine:
    try:
        current = day_rate(s, day, line.metal, line.purity)
    except RateNotSet:
        return line
    if line.rate == line.floor_rate:
        return replace(line, rate=current, floor_rate=current)
    return replace(line, floor_rate=current)


def _customer(s: Session, customer_id: str | None) -> CustomerOnBill | None:
    if not customer_id:
        return None
    c = s.get(Customer, customer_id)
    if c is None:
        raise NotFound("No such customer.", customer_id=customer_id)
    return CustomerOnBill.from_info(c)


__all__ = [
    "EstimateService",
    "SavedEstimate",
    "doc_lines",
    "lapse_open_estimates",
    "old_gold_lines",
    "tax_rows",
]
