"""Customer 360: a customer's profile, everything they did with the shop on one time line, and
what it adds up to (lifetime value, visits, average bill, favourite categories, points).

The time line is a list of sources (``register_source``): bills, returns, old gold, points,
gift vouchers, credit, feedback and complaints today; orders, schemes, repairs and messages add
theirs the same way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, Customer
from jewelpos.db.models_billing import CreditNote, Invoice, InvoiceLine, OldGoldVoucher
from jewelpos.db.models_care import Complaint, CustomerFeedback
from jewelpos.db.models_loyalty import LoyaltyEntry
from jewelpos.db.models_money import CustomerCreditEntry
from jewelpos.db.models_vouchers import GiftVoucher
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound
from jewelpos.domain.money import ZERO
from jewelpos.services._common import paise_to_money
from jewelpos.services.customer_groups import group_of
from jewelpos.services.customer_profile import Consent, FamilyMember, consent_of, family_of
from jewelpos.services.customers import CustomerInfo, customer_info
from jewelpos.services.loyalty import points_balance


@dataclass(frozen=True)
class TimelineEvent:
    """One thing the customer did: when, what kind (bill, return, old_gold, points, voucher,
    credit...), a short title (the document's number) and its amount (rupees or points)."""

    at: datetime
    kind: str
    title: str
    amount: Decimal
    ref: str = ""
    cancelled: bool = False


Source = Callable[[Session, str], list[TimelineEvent]]
_SOURCES: dict[str, Source] = {}


def register_source(kind: str, source: Source) -> None:
    """Add a source of events to every customer's time line (later modules add theirs)."""
    _SOURCES[kind] = source


def _bills(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(
            inv.issued_at,
            "bill",
            inv.number,
            paise_to_money(inv.invoice_value_paise),
            inv.id,
            inv.status != "final",
        )
        for inv in s.scalars(select(Invoice).where(Invoice.customer_id == cid))
    ]


def _returns(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(n.issued_at, "return", n.number, -paise_to_money(n.total_paise), n.id)
        for n in s.scalars(select(CreditNote).where(CreditNote.customer_id == cid))
    ]


def _old_gold(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(
            v.issued_at,
            "old_gold",
            v.number,
            paise_to_money(v.total_paise),
            v.id,
            v.status != "final",
        )
        for v in s.scalars(select(OldGoldVoucher).where(OldGoldVoucher.customer_id == cid))
    ]


def _points(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(e.at, "points", e.note or e.kind, Decimal(e.points), e.id)
        for e in s.scalars(select(LoyaltyEntry).where(LoyaltyEntry.customer_id == cid))
    ]


def _vouchers(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(
            v.issued_at,
            "voucher",
            v.number,
            paise_to_money(v.value_paise),
            v.id,
            v.status != "final",
        )
        for v in s.scalars(select(GiftVoucher).where(GiftVoucher.customer_id == cid))
    ]


def _credit(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(e.at, "credit", e.kind, paise_to_money(e.amount_paise), e.id)
        for e in s.scalars(
            select(CustomerCreditEntry).where(CustomerCreditEntry.customer_id == cid)
        )
    ]


def _feedback(s: Session, cid: str) -> list[TimelineEvent]:
    """Ratings of a visit: the amount is the rating (1-5), the title the bill and comment."""
    return [
        TimelineEvent(
            f.at, "feedback", f"{f.invoice_no} {f.comment}".strip(), Decimal(f.rating), f.id
        )
        for f in s.scalars(select(CustomerFeedback).where(CustomerFeedback.customer_id == cid))
    ]


def _complaints(s: Session, cid: str) -> list[TimelineEvent]:
    return [
        TimelineEvent(
            c.opened_at, "complaint", f"{c.invoice_no} {c.description[:60]}".strip(), ZERO, c.id
        )
        for c in s.scalars(select(Complaint).where(Complaint.customer_id == cid))
    ]


for _kind, _fn in (
    ("bill", _bills),
    ("return", _returns),
    ("old_gold", _old_gold),
    ("points", _points),
    ("voucher", _vouchers),
    ("credit", _credit),
    ("feedback", _feedback),
    ("complaint", _complaints),
):
    register_source(_kind, _fn)


@dataclass(frozen=True)
class CustomerStats:
    """What the customer's bills add up to (cancelled bills do not count; returns are taken
    off the lifetime value)."""

    bills: int
    visits: int
    """Days on which they were billed."""
    lifetime_value: Decimal
    """Invoice values of their final bills less their credit notes."""
    average_bill: Decimal
    favourite_categories: tuple[str, ...]
    """Up to three category names, by taxable value bought."""
    points: int


@dataclass(frozen=True)
class Customer360:
    profile: CustomerInfo
    stats: CustomerStats
    family: tuple[FamilyMember, ...]
    consent: Consent
    timeline: tuple[TimelineEvent, ...]
    """Newest first."""


def stats_of(s: Session, cid: str, *, today: date) -> CustomerStats:
    """The figures of ``cid`` with every record merged into it."""
    ids = group_of(s, cid)
    final = (Invoice.customer_id.in_(ids), Invoice.status == "final")
    count, total, days = s.execute(
        select(
            func.count(Invoice.id),
            func.coalesce(func.sum(Invoice.invoice_value_paise), 0),
            func.count(func.distinct(Invoice.shop_day)),
        ).where(*final)
    ).one()
    returned = s.scalar(
        select(func.coalesce(func.sum(CreditNote.total_paise), 0)).where(
            CreditNote.customer_id.in_(ids)
        )
    )
    cats = s.execute(
        select(Category.name, func.sum(InvoiceLine.taxable_paise).label("v"))
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .join(Category, Category.id == InvoiceLine.category_id)
        .where(*final)
        .group_by(Category.name)
        .order_by(func.sum(InvoiceLine.taxable_paise).desc(), Category.name)
        .limit(3)
    ).all()
    bills = int(count or 0)
    value = paise_to_money(int(total or 0))
    average = (value / bills).quantize(Decimal("0.01")) if bills else ZERO
    return CustomerStats(
        bills=bills,
        visits=int(days or 0),
        lifetime_value=value - paise_to_money(int(returned or 0)),
        average_bill=average,
        favourite_categories=tuple(str(name) for name, _v in cats),
        points=points_balance(s, cid, today),
    )


class Customer360Service:
    """The 360 view of one customer."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def view(self, customer_id: str) -> Customer360:
        """Profile, figures and time line (newest first) of the customer, or of the survivor
        they were merged into, with every merged record's history. NotFound if unknown."""
        with self._uow.read() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            ids = group_of(s, customer_id)
            c = s.get(Customer, ids[0])
            assert c is not None
            events: list[TimelineEvent] = []
            for source in list(_SOURCES.values()):
                for cid in ids:
                    events.extend(source(s, cid))
            events.sort(key=lambda e: e.at, reverse=True)
            return Customer360(
                profile=customer_info(c),
                stats=stats_of(s, c.id, today=shop_today(self._clock)),
                family=family_of(s, c.id),
                consent=consent_of(s, c.id),
                timeline=tuple(events),
            )
