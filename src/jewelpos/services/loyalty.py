"""Loyalty by mobile number: points earned on each saved bill (a set_offs hook in the bill's own
transaction), taken back on returns and cancellations, redeemed as the "points" set-off within
the shop's limits; referral rewards on a new customer's first bill. Balance = sum of entries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category, Customer
from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.db.models_loyalty import CustomerReferral, LoyaltyEntry
from jewelpos.db.models_money import InvoiceSetOff
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import SHOP_ZONE, Clock, shop_today
from jewelpos.domain.errors import DuplicateValue, NotFound, ValidationError
from jewelpos.domain.loyalty import (
    EarningLine,
    Entry,
    LoyaltyRules,
    balance,
    points_earned,
    points_for_amount,
    rate_of,
    redeemable_points,
)
from jewelpos.domain.money import ZERO
from jewelpos.domain.validation import normalise_mobile
from jewelpos.printing.documents import InvoiceDocument, PointsNote
from jewelpos.services._common import audit, paise_to_money
from jewelpos.services.auth import UserInfo
from jewelpos.services.customer_groups import group_of
from jewelpos.services.loyalty_settings import load_rules
from jewelpos.services.set_offs import (
    SetOffUse,
    after_bill_cancelled,
    after_bill_saved,
    after_return,
    register,
)

POINTS = "points"  # one of domain.pricing.SET_OFF_KINDS
_EARNING_KINDS = ("earned", "referral")


def _day(now: datetime) -> date:
    return now.astimezone(SHOP_ZONE).date()


def _expiry(rules: LoyaltyRules, day: date) -> date | None:
    return day + timedelta(days=rules.expiry_days) if rules.expiry_days > 0 else None


def _entry(
    s: Session,
    *,
    customer_id: str,
    kind: str,
    points: int,
    now: datetime,
    rules: LoyaltyRules,
    invoice_id: str | None = None,
    credit_note_id: str | None = None,
    note: str = "",
) -> None:
    day = _day(now)
    s.add(
        LoyaltyEntry(
            customer_id=customer_id,
            at=now,
            on_day=day,
            kind=kind,
            points=points,
            expires_on=_expiry(rules, day) if points > 0 else None,
            invoice_id=invoice_id,
            credit_note_id=credit_note_id,
            note=note[:120],
        )
    )


def points_balance(s: Session, customer_id: str, today: date) -> int:
    """The customer's points today (with every record merged into theirs): the sum of their
    entries less lots that expired unused."""
    rows = s.execute(
        select(LoyaltyEntry.on_day, LoyaltyEntry.points, LoyaltyEntry.expires_on).where(
            LoyaltyEntry.customer_id.in_(group_of(s, customer_id))
        )
    ).all()
    return balance((Entry(on, pts, exp) for on, pts, exp in rows), today)


def _earning_lines(s: Session, invoice_id: str) -> list[tuple[str, EarningLine]]:
    rows = s.execute(
        select(InvoiceLine.id, InvoiceLine.taxable_paise, Category.code, InvoiceLine.hsn)
        .outerjoin(Category, Category.id == InvoiceLine.category_id)
        .where(InvoiceLine.invoice_id == invoice_id)
        .order_by(InvoiceLine.line_no)
    ).all()
    return [
        (lid, EarningLine(paise_to_money(taxable), code or "", hsn or ""))
        for lid, taxable, code, hsn in rows
    ]


def _earned_on(s: Session, invoice_id: str, kinds: tuple[str, ...]) -> int:
    return int(
        s.scalar(
            select(func.coalesce(func.sum(LoyaltyEntry.points), 0)).where(
                LoyaltyEntry.invoice_id == invoice_id, LoyaltyEntry.kind.in_(kinds)
            )
        )
        or 0
    )


# --- hooks in the bill's transaction ----------------------------------------------------------


def earn_on_bill(s: Session, inv: Invoice, uses: tuple[SetOffUse, ...], now: datetime) -> None:
    """Points for a saved bill of a known customer, and the referral rewards of their first."""
    if inv.customer_id is None:
        return
    rules = load_rules(s)
    if not rules.enabled:
        return
    redeemed = sum((u.amount for u in uses if u.kind == POINTS), ZERO)
    earned = points_earned(
        rules,
        (line for _id, line in _earning_lines(s, inv.id)),
        old_gold=paise_to_money(inv.old_gold_paise),
        points_redeemed_value=redeemed,
    )
    if earned > 0:
        _entry(
            s,
            customer_id=inv.customer_id,
            kind="earned",
            points=earned,
            now=now,
            rules=rules,
            invoice_id=inv.id,
            note=inv.number,
        )
    _reward_referral(s, inv, rules, now)


def _reward_referral(s: Session, inv: Invoice, rules: LoyaltyRules, now: datetime) -> None:
    ref = s.scalars(
        select(CustomerReferral).where(CustomerReferral.customer_id == inv.customer_id)
    ).first()
    if ref is None or ref.rewarded_invoice_id is not None:
        return
    earlier = s.scalar(
        select(func.count(Invoice.id)).where(
            Invoice.customer_id == inv.customer_id,
            Invoice.id != inv.id,
            Invoice.status == "final",
        )
    )
    if earlier:
        return
    ref.rewarded_invoice_id = inv.id
    for who, pts, what in (
        (ref.referrer_id, rules.referrer_points, f"Referred a customer: {inv.number}"),
        (ref.customer_id, rules.referred_points, f"Referred by a customer: {inv.number}"),
    ):
        if pts > 0:
            _entry(
                s,
                customer_id=who,
                kind="referral",
                points=pts,
                now=now,
                rules=rules,
                invoice_id=inv.id,
                note=what,
            )


def undo_on_cancel(s: Session, inv: Invoice, _uses: tuple[SetOffUse, ...], now: datetime) -> None:
    """A cancelled bill takes back what it earned (its points and referral rewards)."""
    rules = load_rules(s)
    per_customer = s.execute(
        select(LoyaltyEntry.customer_id, func.sum(LoyaltyEntry.points))
        .where(
            LoyaltyEntry.invoice_id == inv.id,
            LoyaltyEntry.kind.in_((*_EARNING_KINDS, "returned")),
        )
        .group_by(LoyaltyEntry.customer_id)
    ).all()
    for customer_id, total in per_customer:
        if int(total or 0) > 0:
            _entry(
                s,
                customer_id=customer_id,
                kind="reversed",
                points=-int(total),
                now=now,
                rules=rules,
                invoice_id=inv.id,
                note=f"Bill {inv.number} cancelled",
            )
    ref = s.scalars(
        select(CustomerReferral).where(CustomerReferral.rewarded_invoice_id == inv.id)
    ).first()
    if ref is not None:
        ref.rewarded_invoice_id = None  # the next bill is the first one again


def undo_on_return(s: Session, note: CreditNote, now: datetime) -> None:
    """Returned lines take back their share of the bill's earned points: the share of the
    bill's points-weighted value returned so far (all its credit notes), less what earlier
    returns took back, so several partial returns add up to the whole."""
    inv = s.get(Invoice, note.invoice_id)
    if inv is None or inv.customer_id is None:
        return
    earned = _earned_on(s, inv.id, ("earned",))
    if earned <= 0:
        return
    rules = load_rules(s)
    lines = _earning_lines(s, inv.id)
    weight = {lid: line.taxable * rate_of(rules, line) for lid, line in lines}
    whole = sum(weight.values(), ZERO)
    if whole <= 0:
        return
    s.flush()
    back_ids = s.scalars(
        select(CreditNoteLine.invoice_line_id)
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .where(CreditNote.invoice_id == inv.id)
    ).all()
    back = sum((weight.get(lid, ZERO) for lid in back_ids), ZERO)
    target = int((Decimal(earned) * back / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    taken = -_earned_on(s, inv.id, ("returned",))
    take = min(target, earned) - taken
    if take > 0:
        _entry(
            s,
            customer_id=inv.customer_id,
            kind="returned",
            points=-take,
            now=now,
            rules=rules,
            invoice_id=inv.id,
            credit_note_id=note.id,
            note=f"Return {note.number}",
        )


# --- the "points" tender ----------------------------------------------------------------------


class PointsTender:
    """Set-off kind: the customer's points at the shop's point value (source: the customer)."""

    kind = POINTS
    needs_customer = True

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        if customer_id is None:
            return ZERO
        rules = load_rules(s)
        # no clock here: the balance before expiry; apply() checks expiry and the limits
        held = points_balance(s, customer_id, date.min)
        return rules.point_value * max(held, 0)

    def apply(self, s: Session, invoice: Invoice, use: SetOffUse, *, now: datetime) -> None:
        assert invoice.customer_id is not None
        rules = load_rules(s)
        count = points_for_amount(rules, use.amount)
        held = points_balance(s, invoice.customer_id, invoice.shop_day)
        limit = redeemable_points(
            rules, held=held, invoice_value=paise_to_money(invoice.invoice_value_paise)
        )
        if held < rules.min_balance:
            raise ValidationError(
                "points",
                f"points can be used from a balance of {rules.min_balance}; "
                f"the customer has {held}",
                code="points_below_minimum",
            )
        if count > limit:
            raise ValidationError(
                "points",
                f"at most {limit} points may pay this bill ({rules.max_share_percent}% of the "
                f"invoice value, within the balance of {held}), not {count}",
                code="points_over_limit",
                available=str(limit),
            )
        _entry(
            s,
            customer_id=invoice.customer_id,
            kind="redeemed",
            points=-count,
            now=now,
            rules=rules,
            invoice_id=invoice.id,
            note=invoice.number,
        )

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        assert invoice.customer_id is not None
        rules = load_rules(s)
        count = points_for_amount(rules, paise_to_money(row.amount_paise))
        _entry(
            s,
            customer_id=invoice.customer_id,
            kind="given_back",
            points=count,
            now=now,
            rules=rules,
            invoice_id=invoice.id,
            note=f"Bill {invoice.number} cancelled",
        )


register(PointsTender())
after_bill_saved(earn_on_bill)
after_bill_cancelled(undo_on_cancel)
after_return(undo_on_return)


# --- the service the screens use --------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow:
    """One entry of a customer's points, as shown on the 360 view."""

    on: date
    kind: str
    points: int
    expires_on: date | None
    note: str


@dataclass(frozen=True)
class PointsSummary:
    """A customer's points today and what they are worth as a tender."""

    customer_id: str
    balance: int
    value: Decimal
    can_redeem: bool
    min_balance: int


@dataclass(frozen=True)
class BillPoints:
    """What a saved bill earned and the customer's balance after it (printed on the receipt)."""

    earned: int
    redeemed: int
    balance: int


def source_for(customer_id: str) -> SetOffUse:
    """A points use is drawn on the customer themselves (amount filled in by the caller)."""
    return SetOffUse(kind=POINTS, source_id=customer_id, amount=ZERO, label="Loyalty points")


class LoyaltyService:
    """Points balances, ledgers, the receipt's points note and referrals."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def summary(self, customer_id: str) -> PointsSummary:
        with self._uow.read() as s:
            rules = load_rules(s)
            held = points_balance(s, customer_id, shop_today(self._clock))
            return PointsSummary(
                customer_id=customer_id,
                balance=held,
                value=(rules.point_value * held).quantize(Decimal("0.01")),
                can_redeem=rules.enabled and held >= rules.min_balance,
                min_balance=rules.min_balance,
            )

    def redeemable(
        self, customer_id: str, invoice_value: Decimal, *, due: Decimal | None = None
    ) -> Decimal:
        """The most points may pay on a bill of this invoice value (and at most ``due``, the
        amount still to pay), in rupees: whole points only."""
        with self._uow.read() as s:
            rules = load_rules(s)
            held = points_balance(s, customer_id, shop_today(self._clock))
            count = redeemable_points(rules, held=held, invoice_value=invoice_value)
            if due is not None and rules.point_value > 0:
                count = min(count, max(0, int(due // rules.point_value)))
            return (rules.point_value * count).quantize(Decimal("0.01"))

    def ledger(self, customer_id: str) -> tuple[LedgerRow, ...]:
        with self._uow.read() as s:
            rows = s.scalars(
                select(LoyaltyEntry)
                .where(LoyaltyEntry.customer_id.in_(group_of(s, customer_id)))
                .order_by(LoyaltyEntry.at, LoyaltyEntry.created_at)
            )
            return tuple(LedgerRow(r.on_day, r.kind, r.points, r.expires_on, r.note) for r in rows)

    def bill_points(self, bill_id: str) -> BillPoints | None:
        """Points earned and redeemed on a bill and the balance after it; None without a
        customer or when loyalty is off."""
        with self._uow.read() as s:
            inv = s.get(Invoice, bill_id)
            if inv is None or inv.customer_id is None or not load_rules(s).enabled:
                return None
            rows = s.execute(
                select(LoyaltyEntry.kind, LoyaltyEntry.points).where(
                    LoyaltyEntry.invoice_id == bill_id,
                    LoyaltyEntry.customer_id == inv.customer_id,
                )
            ).all()
            earned = sum(p for k, p in rows if k in _EARNING_KINDS)
            redeemed = -sum(p for k, p in rows if k == "redeemed")
            held = points_balance(s, inv.customer_id, inv.shop_day)
            return BillPoints(earned=earned, redeemed=redeemed, balance=held)

    def name_referrer(self, customer_id: str, referrer_mobile: str, *, by: UserInfo) -> str:
        """Record who referred a new customer (by the referrer's mobile); returns the
        referrer's name. ValidationError once the customer has a bill, for oneself, or an
        unknown number; DuplicateValue if a referrer is already recorded."""
        mobile = normalise_mobile(referrer_mobile)
        with self._uow.begin() as s:
            now = self._clock.now()
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            referrer = s.scalars(select(Customer).where(Customer.mobile == mobile)).first()
            if referrer is None:
                raise ValidationError("referrer", f"no customer has the mobile {mobile}")
            if referrer.id == customer.id:
                raise ValidationError("referrer", "a customer cannot refer themselves")
            if s.scalar(select(Invoice.id).where(Invoice.customer_id == customer_id).limit(1)):
                raise ValidationError(
                    "referrer",
                    f"{customer.name} has bills already: only a new customer names a referrer",
                )
            if s.scalars(
                select(CustomerReferral).where(CustomerReferral.customer_id == customer_id)
            ).first():
                raise DuplicateValue(f"{customer.name} already named a referrer.", field="referrer")
            s.add(CustomerReferral(customer_id=customer_id, referrer_id=referrer.id, at=now))
            audit(
                s,
                user_id=by.id,
                action="customer.referrer",
                entity="customer",
                entity_id=customer_id,
                at=now,
                details={"referrer_id": referrer.id},
            )
            s.flush()
            return referrer.name


def with_points(
    uow: UnitOfWork, clock: Clock, doc: InvoiceDocument, bill_id: str
) -> InvoiceDocument:
    """The invoice document with its loyalty points note (for the receipt), if it has one."""
    points = LoyaltyService(uow, clock).bill_points(bill_id)
    if points is None:
        return doc
    return replace(doc, points=PointsNote(points.earned, points.balance, points.redeemed))
