"""Discount coupons (issue 13 point 6): rules a manager makes (percent off making, and VA if
chosen, or a flat amount; a minimum bill; categories; valid dates; once per customer; a count
limit), applied at billing by code as a pre-tax discount on making or VA (C1 point 3) through
the bill's one rule mechanism (services/pre_tax.py). Uses are a ledger: +1 by a bill, -1 when
the bill is cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_coupons import Coupon, CouponUse, InvoiceDiscount
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.money import ZERO
from jewelpos.services import pre_tax
from jewelpos.services._common import (
    audit,
    bp_to_percent,
    clean_text,
    money_to_paise,
    paise_to_money,
    percent_to_bp,
)
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing.rule_discounts import DiscountRule
from jewelpos.services.customer_groups import group_of
from jewelpos.services.set_offs import SetOffUse

COUPON = "coupon"
CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


@dataclass(frozen=True)
class CouponInput:
    """A coupon to make: either ``percent`` (off making, and VA with ``on_va``) or ``amount``."""

    code: str
    valid_from: date
    valid_to: date
    name: str = ""
    percent: Decimal = ZERO
    amount: Decimal = ZERO
    on_va: bool = False
    min_bill: Decimal = ZERO
    categories: tuple[str, ...] = ()
    once_per_customer: bool = False
    max_uses: int = 0


@dataclass(frozen=True)
class CouponInfo:
    id: str
    code: str
    name: str
    percent: Decimal
    amount: Decimal
    on_va: bool
    min_bill: Decimal
    categories: tuple[str, ...]
    valid_from: date
    valid_to: date
    once_per_customer: bool
    max_uses: int
    uses: int
    status: str

    @property
    def label(self) -> str:
        return f"Coupon {self.code}"


def clean_code(code: str) -> str:
    return "".join((code or "").split()).upper()


def uses_of(s: Session, coupon_id: str, customer_id: str | None = None) -> int:
    """Bills using the coupon now (the sum of its ledger), optionally by one customer (and
    the customers merged with them)."""
    q = select(func.coalesce(func.sum(CouponUse.delta), 0)).where(CouponUse.coupon_id == coupon_id)
    if customer_id is not None:
        q = q.where(CouponUse.customer_id.in_(group_of(s, customer_id)))
    return int(s.scalar(q) or 0)


def _info(s: Session, c: Coupon) -> CouponInfo:
    return CouponInfo(
        id=c.id,
        code=c.code,
        name=c.name,
        percent=bp_to_percent(c.percent_bp) if c.percent_bp else ZERO,
        amount=paise_to_money(c.amount_paise) if c.amount_paise else ZERO,
        on_va=bool(c.on_va),
        min_bill=paise_to_money(c.min_bill_paise) if c.min_bill_paise else ZERO,
        categories=tuple(x for x in c.categories.split(",") if x),
        valid_from=c.valid_from,
        valid_to=c.valid_to,
        once_per_customer=bool(c.once_per_customer),
        max_uses=c.max_uses,
        uses=uses_of(s, c.id),
        status=c.status,
    )


def _rule(info: CouponInfo) -> DiscountRule:
    return DiscountRule(
        kind=COUPON,
        source_id=info.id,
        label=info.label,
        percent=info.percent,
        amount=info.amount,
        on_va=info.on_va,
        categories=info.categories,
        min_bill=info.min_bill,
    )


def check_usable(s: Session, c: Coupon, *, customer_id: str | None, day: date) -> CouponInfo:
    """The coupon if this customer may use it on a bill of ``day``; ValidationError (field
    "coupon") saying why not."""
    info = _info(s, c)
    if c.status != "active":
        raise ValidationError("coupon", f"coupon {c.code} is withdrawn", code="coupon_withdrawn")
    if day < c.valid_from:
        raise ValidationError(
            "coupon",
            f"coupon {c.code} is valid from {c.valid_from:%d-%m-%Y}",
            code="coupon_not_yet",
        )
    if day > c.valid_to:
        raise ValidationError(
            "coupon", f"coupon {c.code} expired on {c.valid_to:%d-%m-%Y}", code="coupon_expired"
        )
    if c.max_uses and info.uses >= c.max_uses:
        raise ValidationError(
            "coupon",
            f"coupon {c.code} has been used {c.max_uses} times, its limit",
            code="coupon_used_up",
        )
    if c.once_per_customer:
        if customer_id is None:
            raise ValidationError(
                "coupon",
                f"coupon {c.code} is once per customer: put the customer on the bill first",
                code="coupon_needs_customer",
            )
        if uses_of(s, c.id, customer_id) > 0:
            raise ValidationError(
                "coupon",
                f"this customer has used coupon {c.code} already",
                code="coupon_used_by_customer",
            )
    return info


class CouponKind:
    """Pre-tax rule kind ``coupon``: the source is the coupon's id."""

    kind = COUPON

    def fresh(
        self,
        s: Session,
        rule: DiscountRule,
        *,
        customer_id: str | None,
        day: date,
        uses: tuple[SetOffUse, ...],
    ) -> DiscountRule:
        c = s.get(Coupon, rule.source_id)
        if c is None:
            raise NotFound("No such coupon.", coupon_id=rule.source_id)
        return _rule(check_usable(s, c, customer_id=customer_id, day=day))

    def used(self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime) -> None:
        s.add(
            CouponUse(
                coupon_id=row.source_id,
                customer_id=invoice.customer_id,
                invoice_id=invoice.id,
                at=now,
                kind="used",
                delta=1,
            )
        )

    def given_back(
        self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime
    ) -> None:
        s.add(
            CouponUse(
                coupon_id=row.source_id,
                customer_id=invoice.customer_id,
                invoice_id=invoice.id,
                at=now,
                kind="given_back",
                delta=-1,
            )
        )


pre_tax.register(CouponKind())


class CouponService:
    """Make coupons (a manager), find one by code for a bill, withdraw one."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def create(self, inp: CouponInput, *, by: UserInfo) -> CouponInfo:
        """A new coupon; only an owner or manager may make one (PermissionDenied).
        ValidationError naming the field in words."""
        code = clean_code(inp.code)
        if not 3 <= len(code) <= 20 or not set(code) <= CODE_CHARS:
            raise ValidationError("coupon_code", "3 to 20 letters, digits or dashes")
        name = clean_text(inp.name, field="coupon_name", max_len=80)
        percent_bp = percent_to_bp(inp.percent, field="coupon_percent")
        amount_paise = money_to_paise(inp.amount, field="coupon_amount")
        if bool(percent_bp) == bool(amount_paise):
            raise ValidationError(
                "coupon_percent", "give either a percent off making or a flat amount, not both"
            )
        min_bill = money_to_paise(inp.min_bill, field="minimum_bill")
        if inp.valid_to < inp.valid_from:
            raise ValidationError("valid_to", "must be on or after the first valid day")
        if not 0 <= inp.max_uses <= 1_000_000:
            raise ValidationError("coupon_limit", "must be from 0 (no limit) to 10,00,000")
        with self._uow.begin() as s:
            require_manager_role(s, by, action="make a coupon")
            if s.scalar(select(Coupon.id).where(Coupon.code == code)):
                raise ValidationError("coupon_code", f"{code} is taken by another coupon")
            for cat in inp.categories:
                if s.get(Category, cat) is None:
                    raise NotFound("No such category.", field="categories", category_id=cat)
            now = self._clock.now()
            c = Coupon(
                code=code,
                name=name,
                percent_bp=percent_bp,
                amount_paise=amount_paise,
                on_va=bool(inp.on_va),
                min_bill_paise=min_bill,
                categories=",".join(inp.categories),
                valid_from=inp.valid_from,
                valid_to=inp.valid_to,
                once_per_customer=bool(inp.once_per_customer),
                max_uses=inp.max_uses,
                status="active",
                created_by=by.id,
                made_at=now,
            )
            s.add(c)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="coupon.create",
                entity="coupon",
                entity_id=c.id,
                at=now,
                details={"code": code},
            )
            return _info(s, c)

    def withdraw(self, coupon_id: str, *, by: UserInfo) -> CouponInfo:
        """A manager stops a coupon (bills already made keep their discount)."""
        with self._uow.begin() as s:
            require_manager_role(s, by, action="withdraw a coupon")
            c = s.get(Coupon, coupon_id)
            if c is None:
                raise NotFound("No such coupon.", coupon_id=coupon_id)
            c.status = "withdrawn"
            audit(
                s,
                user_id=by.id,
                action="coupon.withdraw",
                entity="coupon",
                entity_id=c.id,
                at=self._clock.now(),
                details={"code": c.code},
            )
            s.flush()
            return _info(s, c)

    def find(self, code: str) -> CouponInfo:
        wanted = clean_code(code)
        with self._uow.read() as s:
            c = s.scalars(select(Coupon).where(Coupon.code == wanted)).first()
            if c is None:
                raise NotFound(f"No coupon has the code {wanted}.", code=wanted)
            return _info(s, c)

    def rule_for(self, code: str, *, customer_id: str | None) -> DiscountRule:
        """The pre-tax rule of a typed coupon for today's bill of this customer (the quote
        works out what it takes off); ValidationError when it may not be used."""
        wanted = clean_code(code)
        if not wanted:
            raise ValidationError("coupon_code", "type the coupon's code")
        with self._uow.read() as s:
            c = s.scalars(select(Coupon).where(Coupon.code == wanted)).first()
            if c is None:
                raise NotFound(f"No coupon has the code {wanted}.", code=wanted)
            return _rule(check_usable(s, c, customer_id=customer_id, day=shop_today(self._clock)))

    def all(self) -> tuple[CouponInfo, ...]:
        with self._uow.read() as s:
            return tuple(_info(s, c) for c in s.scalars(select(Coupon).order_by(Coupon.code)))


__all__ = ["COUPON", "CouponInfo", "CouponInput", "CouponKind", "CouponService"]
