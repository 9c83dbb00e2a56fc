"""Salespeople's monthly targets and what they achieved: sales value before GST and gold net
weight of the final bills that name them, less the returns of those bills made in the month;
new customers (whose first final bill names them) and savings-scheme members they enrolled.
Managers and owners set the targets and read the board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser
from jewelpos.db.models_billing import CreditNote, CreditNoteLine, Invoice, InvoiceLine
from jewelpos.db.models_care import StaffTarget, target_id
from jewelpos.db.models_schemes import SchemeAccount
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import decimal_places, parse_decimal
from jewelpos.domain.weight import mg_from_grams
from jewelpos.services._common import audit, money_to_paise, paise_to_money
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import Role, UserInfo

WEIGHT_METAL = "gold"
MAX_VALUE = Decimal("100000000")  # 10 crore a month
MAX_GRAMS = Decimal("100000")
MAX_COUNT = 100_000


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


@dataclass(frozen=True)
class Figures:
    """A month's figures: value in rupees, gold net weight in mg, two counts."""

    value: Decimal = Decimal("0.00")
    weight_mg: int = 0
    new_customers: int = 0
    scheme_enrolments: int = 0


@dataclass(frozen=True)
class TargetInput:
    """A salesperson's target for the month containing ``month``; weight in grams."""

    user_id: str
    month: date
    value: Decimal | str
    weight_g: Decimal | str
    new_customers: int | str
    scheme_enrolments: int | str


@dataclass(frozen=True)
class TargetRow:
    user_id: str
    name: str
    role: str
    target: Figures | None
    achieved: Figures


@dataclass(frozen=True)
class TargetBoard:
    month: date
    rows: tuple[TargetRow, ...]


def _n(value: object) -> int:
    return int(str(value or 0))


def achievement(s: Session, user_id: str, month: date) -> Figures:
    """What ``user_id`` achieved in the month containing ``month`` (see the module's words)."""
    first, after = month_start(month), next_month(month)
    mine = (
        Invoice.salesperson_id == user_id,
        Invoice.status == "final",
        Invoice.shop_day >= first,
        Invoice.shop_day < after,
    )
    sold = _n(s.scalar(select(func.coalesce(func.sum(Invoice.taxable_paise), 0)).where(*mine)))
    sold_mg = _n(
        s.scalar(
            select(func.coalesce(func.sum(InvoiceLine.net_mg), 0))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(*mine, InvoiceLine.metal == WEIGHT_METAL)
        )
    )
    # returns count in the month they are made, against whoever sold the bill
    returned_in = (
        Invoice.salesperson_id == user_id,
        CreditNote.shop_day >= first,
        CreditNote.shop_day < after,
    )
    returned = _n(
        s.scalar(
            select(func.coalesce(func.sum(CreditNote.taxable_paise), 0))
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .where(*returned_in)
        )
    )
    returned_mg = _n(
        s.scalar(
            select(func.coalesce(func.sum(InvoiceLine.net_mg), 0))
            .select_from(CreditNoteLine)
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
            .join(Invoice, Invoice.id == CreditNote.invoice_id)
            .where(*returned_in, InvoiceLine.metal == WEIGHT_METAL)
        )
    )
    first_bill = (
        select(Invoice.customer_id, func.min(Invoice.issued_at).label("first_at"))
        .where(Invoice.status == "final", Invoice.customer_id.is_not(None))
        .group_by(Invoice.customer_id)
        .subquery()
    )
    new_customers = _n(
        s.scalar(
            select(func.count(func.distinct(Invoice.customer_id)))
            .join(
                first_bill,
                (first_bill.c.customer_id == Invoice.customer_id)
                & (first_bill.c.first_at == Invoice.issued_at),
            )
            .where(*mine)
        )
    )
    enrolled = _n(
        s.scalar(
            select(func.count(SchemeAccount.id)).where(
                SchemeAccount.enrolled_by == user_id,
                SchemeAccount.start_date >= first,
                SchemeAccount.start_date < after,
            )
        )
    )
    return Figures(
        value=paise_to_money(sold - returned),
        weight_mg=sold_mg - returned_mg,
        new_customers=new_customers,
        scheme_enrolments=enrolled,
    )


def _count(value: int | str, *, field: str) -> int:
    text = str(value).strip() or "0"
    if not text.isdigit():
        raise ValidationError(field, "must be a whole number, 0 or more")
    n = int(text)
    if n > MAX_COUNT:
        raise ValidationError(field, f"must be at most {MAX_COUNT}")
    return n


def _figures(t: StaffTarget) -> Figures:
    return Figures(
        value=paise_to_money(t.value_paise),
        weight_mg=t.weight_mg,
        new_customers=t.new_customers,
        scheme_enrolments=t.scheme_enrolments,
    )


class StaffTargetService:
    """Monthly targets per salesperson and the board of target against achieved."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def this_month(self) -> date:
        return month_start(shop_today(self._clock))

    def set_target(self, inp: TargetInput, *, by: UserInfo) -> TargetRow:
        """Set (or change) one salesperson's target for a month: owners and managers only."""
        value_text = str(inp.value).strip() or "0"
        value = money_to_paise(value_text, field="target_value")
        if Decimal(value_text) > MAX_VALUE:
            raise ValidationError("target_value", f"must be at most {MAX_VALUE:,}")
        grams = parse_decimal(str(inp.weight_g).strip() or "0", field="target_weight")
        if grams < 0:
            raise ValidationError("target_weight", "cannot be negative")
        if decimal_places(grams) > 3:
            raise ValidationError(
                "target_weight", f"{grams} has more than 3 decimal places (milligrams)"
            )
        if grams > MAX_GRAMS:
            raise ValidationError("target_weight", f"must be at most {MAX_GRAMS:,}")
        weight = mg_from_grams(grams, field="target_weight")
        customers = _count(inp.new_customers, field="target_new_customers")
        enrolments = _count(inp.scheme_enrolments, field="target_enrolments")
        month = month_start(inp.month)
        now = self._clock.now()
        with self._uow.begin() as s:
            require_manager_role(s, by, action="set staff targets")
            user = s.get(AppUser, inp.user_id)
            if user is None or not user.active:
                raise ValidationError("salesperson_id", "choose an active member of staff")
            row_id = target_id(user.id, month)
            row = s.get(StaffTarget, row_id)
            if row is None:
                row = StaffTarget(id=row_id, user_id=user.id, month=month)
                s.add(row)
            row.value_paise, row.weight_mg = value, weight
            row.new_customers, row.scheme_enrolments = customers, enrolments
            row.set_by, row.set_at = by.id, now
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="staff_target.set",
                entity="staff_target",
                entity_id=row_id,
                at=now,
                details={
                    "user": user.id,
                    "month": f"{month:%Y-%m}",
                    "value_paise": value,
                    "weight_mg": weight,
                    "new_customers": customers,
                    "scheme_enrolments": enrolments,
                },
            )
            return TargetRow(
                user.id, user.display_name, user.role, _figures(row), achievement(s, user.id, month)
            )

    def board(self, month: date, *, by: UserInfo) -> TargetBoard:
        """Every salesperson (and anyone else with a target or a sale that month): the month's
        target and achievement. Owners and managers only."""
        first = month_start(month)
        with self._uow.read() as s:
            require_manager_role(s, by, action="see staff targets")
            targets = {
                t.user_id: t
                for t in s.scalars(select(StaffTarget).where(StaffTarget.month == first))
            }
            rows = []
            for user in s.scalars(select(AppUser).order_by(AppUser.display_name)):
                got = achievement(s, user.id, first)
                target = targets.get(user.id)
                named = user.active and user.role == Role.SALESPERSON.value
                if not (named or target is not None or got != Figures()):
                    continue
                rows.append(
                    TargetRow(
                        user.id,
                        user.display_name,
                        user.role,
                        _figures(target) if target else None,
                        got,
                    )
                )
            return TargetBoard(first, tuple(rows))

    def staff(self, *, by: UserInfo) -> tuple[tuple[str, str], ...]:
        """(id, name) of active staff a target can be set for (managers only)."""
        with self._uow.read() as s:
            require_manager_role(s, by, action="set staff targets")
            return tuple(
                (u.id, u.display_name)
                for u in s.scalars(
                    select(AppUser).where(AppUser.active.is_(True)).order_by(AppUser.display_name)
                )
            )
