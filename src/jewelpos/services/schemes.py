"""Savings schemes at the counter: plans (manager or head office), enrolment, instalments with
numbered receipts (DocType S), the member's statement, the follow-up lists and early closure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer, MetalRate
from jewelpos.db.models_schemes import (
    SchemeAccount,
    SchemeCheque,
    SchemeEntry,
    SchemePlan,
    SchemeReceipt,
)
from jewelpos.db.numbering import NO_PERIOD, allocate_number, next_in_series
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import DuplicateValue, NotFound, RateNotSet, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, from_paise, to_paise
from jewelpos.domain.numbering import DocType
from jewelpos.domain.schemes import (
    BonusRule,
    BonusTreatment,
    EarlyClosure,
    PlanKind,
    PlanTerms,
    check_within_limit,
    due_dates,
    early_closure,
    mg_for,
    missed_by,
    validate_terms,
    value_of_mg,
)
from jewelpos.services._common import audit, clean_text
from jewelpos.services.approvals import ApprovalLike, require_manager, require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.scheme_state import AccountState, bp_of, state_of, terms_of
from jewelpos.services.setup import ShopInfo, local_shop_info

PAYMENT_MODES = ("cash", "card", "upi", "cheque", "bank")
APPROVE_EARLY_CLOSURE = "scheme_early_closure"
_PASSBOOK = re.compile(r"^[A-Z0-9-]{4,20}$")


@dataclass(frozen=True)
class PlanInput:
    """A plan as a manager types it (amounts in rupees, percentages in percent)."""

    code: str
    name: str
    terms: PlanTerms


@dataclass(frozen=True)
class PlanInfo:
    id: str
    code: str
    name: str
    terms: PlanTerms
    active: bool


@dataclass(frozen=True)
class AccountInfo:
    """A member's account as the screens show it."""

    id: str
    passbook: str
    plan_id: str
    plan_name: str
    terms: PlanTerms
    customer_id: str
    customer_name: str
    mobile: str
    nominee: str
    start_date: date
    maturity: date
    status: str
    paid_count: int
    balance: Decimal
    grams: Decimal
    bonus: Decimal
    making_discount_percent: Decimal
    late: int
    matured: bool
    home_branch_id: str
    next_due: date | None


@dataclass(frozen=True)
class ReceiptInfo:
    id: str
    number: str
    account_id: str
    passbook: str
    customer_name: str
    plan_name: str
    paid_on: date
    mode: str
    reference: str
    amount: Decimal
    rate: Decimal
    grams: Decimal
    instalments_paid: int
    instalments: int
    balance: Decimal


@dataclass(frozen=True)
class StatementLine:
    on: date
    kind: str
    text: str
    amount: Decimal
    grams: Decimal
    balance: Decimal
    ref: str = ""
    """The receipt number and note, without the kind's words (screens translate the kind)."""


@dataclass(frozen=True)
class Statement:
    account: AccountInfo
    lines: tuple[StatementLine, ...]
    cheques: tuple[tuple[str, date, Decimal, str, Decimal], ...]
    """(cheque no, due, amount, status, bounce charge)"""


@dataclass(frozen=True)
class ClosureInfo:
    account_id: str
    amount: Decimal
    mode: str


def plan_info(p: SchemePlan) -> PlanInfo:
    return PlanInfo(p.id, p.code, p.name, terms_of(p), bool(p.active))


def local_shop(s: Session) -> ShopInfo:
    """This counter's shop, branch and device (setup's one shop query)."""
    return local_shop_info(s)


def account_info(s: Session, st: AccountState, on: date) -> AccountInfo:
    acc, b = st.account, st.bonus
    cust = s.get(Customer, acc.customer_id)
    assert cust is not None
    dues = due_dates(acc.start_date, st.terms.count)
    nxt = dues[st.paid_count] if st.paid_count < len(dues) else None
    return AccountInfo(
        id=acc.id,
        passbook=acc.passbook,
        plan_id=st.plan.id,
        plan_name=st.plan.name,
        terms=st.terms,
        customer_id=cust.id,
        customer_name=cust.name,
        mobile=cust.mobile,
        nominee=acc.nominee,
        start_date=acc.start_date,
        maturity=st.maturity,
        status=acc.status,
        paid_count=st.paid_count,
        balance=from_paise(st.balance_paise),
        grams=Decimal(st.mg) / 1000,
        bonus=b.amount,
        making_discount_percent=b.making_discount_percent,
        late=b.late,
        matured=st.matured(on),
        home_branch_id=acc.branch_id,
        next_due=nxt if acc.status == "active" else None,
    )


def rate_on(s: Session, day: date, metal: str, purity: int) -> Decimal:
    """The day's latest rate per gram; RateNotSet if none was set."""
    paise = s.execute(
        select(MetalRate.rate_paise)
        .where(MetalRate.metal == metal, MetalRate.purity == purity, MetalRate.day == day)
        .order_by(MetalRate.set_at.desc(), MetalRate.id.desc())
        .limit(1)
    ).scalar()
    if paise is None:
        raise RateNotSet(
            f"No rate set for {metal} {purity} on {day.isoformat()}: set today's rates first.",
            metal=metal,
            purity=purity,
            day=day.isoformat(),
        )
    return from_paise(int(paise))


def add_entry(
    s: Session,
    acc: SchemeAccount,
    *,
    kind: str,
    paise: int,
    now: datetime,
    day: date,
    mg: int = 0,
    receipt_id: str | None = None,
    invoice_id: str | None = None,
    note: str = "",
) -> None:
    s.add(
        SchemeEntry(
            account_id=acc.id,
            at=now,
            on_day=day,
            kind=kind,
            amount_paise=paise,
            mg=mg,
            receipt_id=receipt_id,
            invoice_id=invoice_id,
            note=note[:120],
        )
    )
    s.flush()


def take_instalment(
    s: Session,
    acc: SchemeAccount,
    *,
    amount: Decimal,
    mode: str,
    reference: str,
    by: UserInfo,
    now: datetime,
    day: date,
) -> SchemeReceipt:
    """Write a receipt (numbered through the one allocator) and its entry."""
    st = state_of(s, acc.id)
    if acc.status != "active":
        raise ValidationError("scheme account", f"is {acc.status}: it takes no instalments")
    if mode not in PAYMENT_MODES:
        raise ValidationError("payment mode", f"must be one of {', '.join(PAYMENT_MODES)}")
    inst = to_paise(st.terms.instalment)
    paise = to_paise(amount)
    if paise <= 0 or paise % inst:
        raise ValidationError(
            "amount", f"must be one or more instalments of {format_inr(st.terms.instalment)}"
        )
    n = paise // inst
    if st.paid_count + n > st.terms.count:
        raise ValidationError(
            "amount",
            f"only {st.terms.count - st.paid_count} of {st.terms.count} instalments are left",
        )
    rate, mg = ZERO, 0
    if st.terms.kind == PlanKind.WEIGHT:
        rate = rate_on(s, day, st.terms.metal, st.terms.purity)
        mg = mg_for(amount, rate)
    shop = local_shop(s)
    number = allocate_number(s, DocType.SCHEME_INSTALMENT, day=day, **shop.series_codes).number
    r = SchemeReceipt(
        id=new_id(),
        number=number,
        account_id=acc.id,
        paid_on=day,
        at=now,
        mode=mode,
        reference=reference[:60],
        amount_paise=paise,
        rate_paise=to_paise(rate),
        mg=mg,
        taken_by=by.id,
    )
    s.add(r)
    s.flush()
    add_entry(s, acc, kind="instalment", paise=paise, mg=mg, now=now, day=day, receipt_id=r.id)
    return r


def receipt_info(s: Session, r: SchemeReceipt, on: date) -> ReceiptInfo:
    st = state_of(s, r.account_id)
    info = account_info(s, st, on)
    return ReceiptInfo(
        id=r.id,
        number=r.number,
        account_id=r.account_id,
        passbook=info.passbook,
        customer_name=info.customer_name,
        plan_name=info.plan_name,
        paid_on=r.paid_on,
        mode=r.mode,
        reference=r.reference,
        amount=from_paise(r.amount_paise),
        rate=from_paise(r.rate_paise),
        grams=Decimal(r.mg) / 1000,
        instalments_paid=info.paid_count,
        instalments=info.terms.count,
        balance=info.balance,
    )


_KIND_TEXT = {
    "instalment": "Instalment",
    "reversal": "Cheque bounced: instalment reversed",
    "bonus": "Bonus",
    "redeemed": "Redeemed on bill",
    "given_back": "Bill cancelled: given back",
    "closed": "Closed early",
}


class SchemeService:
    """Plans, members, instalments and lists; one transaction per call."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return shop_today(self._clock)

    # --- plans --------------------------------------------------------------------------

    def save_plan(self, inp: PlanInput, *, by: UserInfo, plan_id: str | None = None) -> PlanInfo:
        """Add or change a plan (owner or manager; head office's plans reach every branch)."""
        terms = validate_terms(inp.terms)
        code = clean_text(inp.code, field="plan code", max_len=16, required=True).upper()
        name = clean_text(inp.name, field="plan name", max_len=80, required=True)
        now = self._clock.now()
        with self._uow.begin() as s:
            require_manager_role(s, by, action="define savings plans")
            same = s.scalars(select(SchemePlan).where(SchemePlan.code == code)).first()
            if same is not None and same.id != plan_id:
                raise DuplicateValue(f"A plan with code {code} exists.", field="plan code")
            p = s.get(SchemePlan, plan_id) if plan_id else None
            if plan_id and p is None:
                raise NotFound("No such plan.")
            if p is None:
                p = SchemePlan(id=new_id())
                s.add(p)
            p.code, p.name, p.kind = code, name, terms.kind.value
            p.instalment_paise = to_paise(terms.instalment)
            p.instalments = terms.count
            p.bonus_rule = terms.bonus_rule.value
            p.bonus_bp = bp_of(terms.bonus_percent)
            p.bonus_treatment = terms.treatment.value
            p.grace_days = terms.grace_days
            p.late_cut_bp = bp_of(terms.late_cut_percent)
            p.forfeit_after_late = terms.forfeit_after_late
            p.allow_partial = terms.allow_partial
            p.early_closure = terms.early_closure.value
            p.metal, p.purity, p.active = terms.metal, terms.purity, True
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="scheme_plan_saved",
                entity="scheme_plan",
                entity_id=p.id,
                at=now,
                details={"code": code},
            )
            return plan_info(p)

    def plans(self, *, active_only: bool = True) -> tuple[PlanInfo, ...]:
        with self._uow.read() as s:
            q = select(SchemePlan).order_by(SchemePlan.code)
            if active_only:
                q = q.where(SchemePlan.active.is_(True))
            return tuple(plan_info(p) for p in s.scalars(q))

    # --- members ------------------------------------------------------------------------

    def enrol(
        self,
        *,
        customer_id: str,
        plan_id: str,
        nominee: str = "",
        start_date: date | None = None,
        passbook: str = "",
        by: UserInfo,
    ) -> AccountInfo:
        """A new member account; the passbook number is typed (pre-printed) or made here."""
        start = start_date or self.today()
        nominee = clean_text(nominee, field="nominee", max_len=120)
        book = passbook.strip().upper()
        if book and not _PASSBOOK.match(book):
            raise ValidationError("passbook number", "4 to 20 letters, digits or dashes")
        now = self._clock.now()
        with self._uow.begin() as s:
            if s.get(Customer, customer_id) is None:
                raise ValidationError("customer", "choose the member first")
            plan = s.get(SchemePlan, plan_id)
            if plan is None or not plan.active:
                raise ValidationError("plan", "choose an active plan")
            check_within_limit(start, plan.instalments)
            if not book:
                shop = local_shop(s)
                seq = next_in_series(
                    s, device_id=shop.device_id, doc_type="scheme_passbook", period=NO_PERIOD
                )
                book = f"P{shop.branch_code}{shop.counter_code}{seq:05d}".upper()[:20]
            if s.scalars(select(SchemeAccount).where(SchemeAccount.passbook == book)).first():
                raise DuplicateValue(f"Passbook {book} is already used.", field="passbook number")
            acc = SchemeAccount(
                id=new_id(),
                passbook=book,
                plan_id=plan.id,
                customer_id=customer_id,
                nominee=nominee,
                start_date=start,
                status="active",
                enrolled_by=by.id,
            )
            s.add(acc)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="scheme_enrolled",
                entity="scheme_account",
                entity_id=acc.id,
                at=now,
                details={"passbook": book},
            )
            return account_info(s, state_of(s, acc.id), start)

    def account(self, account_id: str) -> AccountInfo:
        with self._uow.read() as s:
            return account_info(s, state_of(s, account_id), self.today())

    def find(self, text: str) -> tuple[AccountInfo, ...]:
        """Accounts by passbook number (a scan) or by the member's mobile number."""
        key = text.strip().upper()
        digits = re.sub(r"\D", "", text)[-10:]
        with self._uow.read() as s:
            q = select(SchemeAccount).join(Customer, Customer.id == SchemeAccount.customer_id)
            if (
                key
                and s.scalars(select(SchemeAccount).where(SchemeAccount.passbook == key)).first()
            ):
                q = q.where(SchemeAccount.passbook == key)
            elif len(digits) == 10:
                q = q.where(Customer.mobile == digits)
            else:
                return ()
            on = self.today()
            return tuple(
                account_info(s, state_of(s, a.id), on)
                for a in s.scalars(q.order_by(SchemeAccount.start_date))
            )

    def accounts(self) -> tuple[AccountInfo, ...]:
        with self._uow.read() as s:
            on = self.today()
            return tuple(
                account_info(s, state_of(s, a.id), on)
                for a in s.scalars(select(SchemeAccount).order_by(SchemeAccount.passbook))
            )

    # --- instalments --------------------------------------------------------------------

    def pay(
        self,
        account_id: str,
        *,
        amount: Decimal,
        mode: str,
        reference: str = "",
        by: UserInfo,
    ) -> ReceiptInfo:
        """Take one or more instalments at any counter; returns the receipt."""
        now, day = self._clock.now(), self.today()
        with self._uow.begin() as s:
            st = state_of(s, account_id)
            r = take_instalment(
                s,
                st.account,
                amount=amount,
                mode=mode,
                reference=reference,
                by=by,
                now=now,
                day=day,
            )
            return receipt_info(s, r, day)

    def receipt(self, receipt_id: str) -> ReceiptInfo:
        with self._uow.read() as s:
            r = s.get(SchemeReceipt, receipt_id)
            if r is None:
                raise NotFound("No such receipt.")
            return receipt_info(s, r, self.today())

    # --- statement and lists ------------------------------------------------------------

    def statement(self, account_id: str) -> Statement:
        with self._uow.read() as s:
            st = state_of(s, account_id)
            numbers = dict(
                s.execute(
                    select(SchemeReceipt.id, SchemeReceipt.number).where(
                        SchemeReceipt.account_id == account_id
                    )
                ).all()
            )
            lines: list[StatementLine] = []
            bal, mg = 0, 0
            for e in s.scalars(
                select(SchemeEntry)
                .where(SchemeEntry.account_id == account_id)
                .order_by(SchemeEntry.at, SchemeEntry.id)
            ):
                bal += e.amount_paise
                mg += e.mg
                ref = numbers.get(e.receipt_id, "") if e.receipt_id else ""
                if e.note:
                    ref = f"{ref} ({e.note})".strip()
                text = f"{_KIND_TEXT.get(e.kind, e.kind)} {ref}".strip()
                lines.append(
                    StatementLine(
                        e.on_day,
                        e.kind,
                        text,
                        from_paise(e.amount_paise),
                        Decimal(e.mg) / 1000,
                        from_paise(bal),
                        ref,
                    )
                )
            cheques = tuple(
                (
                    c.cheque_no,
                    c.due_on,
                    from_paise(c.amount_paise),
                    c.status,
                    from_paise(c.bounce_charge_paise),
                )
                for c in s.scalars(
                    select(SchemeCheque)
                    .where(SchemeCheque.account_id == account_id)
                    .order_by(SchemeCheque.due_on)
                )
            )
            return Statement(account_info(s, st, self.today()), tuple(lines), cheques)

    def _active(self, s: Session) -> list[AccountState]:
        return [
            state_of(s, a.id)
            for a in s.scalars(
                select(SchemeAccount)
                .where(SchemeAccount.status == "active")
                .order_by(SchemeAccount.passbook)
            )
        ]

    def due_this_week(self, on: date | None = None) -> tuple[AccountInfo, ...]:
        """Active accounts whose next instalment falls due in the 7 days from ``on``."""
        on = on or self.today()
        with self._uow.read() as s:
            out = []
            for st in self._active(s):
                info = account_info(s, st, on)
                if info.next_due is not None and on <= info.next_due < on + timedelta(days=7):
                    out.append(info)
            return tuple(out)

    def defaulters(self, missed: int = 1, on: date | None = None) -> tuple[AccountInfo, ...]:
        """Active accounts with at least ``missed`` instalments past due and grace."""
        on = on or self.today()
        with self._uow.read() as s:
            return tuple(
                account_info(s, st, on)
                for st in self._active(s)
                if missed_by(st.account.start_date, st.terms, st.paid_count, on) >= missed
            )

    def maturing_in_month(self, on: date | None = None) -> tuple[AccountInfo, ...]:
        on = on or self.today()
        with self._uow.read() as s:
            return tuple(
                account_info(s, st, on)
                for st in self._active(s)
                if (st.maturity.year, st.maturity.month) == (on.year, on.month)
            )

    def matured_not_redeemed(self, on: date | None = None) -> tuple[AccountInfo, ...]:
        on = on or self.today()
        with self._uow.read() as s:
            return tuple(account_info(s, st, on) for st in self._active(s) if st.matured(on))

    # --- early closure ------------------------------------------------------------------

    def close_early(
        self,
        account_id: str,
        *,
        by: UserInfo,
        approval: ApprovalLike | None = None,
        reason: str = "",
    ) -> ClosureInfo:
        """Close before maturity by the plan's policy (refund or credit), never with a bonus;
        a manager approves. Weight plans pay back the money paid in."""
        now, day = self._clock.now(), self.today()
        with self._uow.begin() as s:
            st = state_of(s, account_id)
            acc = st.account
            if acc.status != "active":
                raise ValidationError("scheme account", f"is already {acc.status}")
            if st.matured(day):
                raise ValidationError("scheme account", "has matured: redeem it in a bill")
            closure = early_closure(st.terms, from_paise(st.balance_paise))
            require_manager(
                s,
                by,
                approval,
                what=APPROVE_EARLY_CLOSURE,
                used_for=f"scheme_account:{acc.id}",
                now=now,
            )
            add_entry(
                s,
                acc,
                kind="closed",
                paise=-st.balance_paise,
                mg=-st.mg,
                now=now,
                day=day,
                note=closure.mode.value,
            )
            acc.status = "closed"
            acc.closed_at = now
            audit(
                s,
                user_id=by.id,
                action="scheme_closed_early",
                entity="scheme_account",
                entity_id=acc.id,
                at=now,
                details={
                    "mode": closure.mode.value,
                    "amount": str(closure.amount),
                    "reason": reason[:200],
                },
            )
            return ClosureInfo(acc.id, closure.amount, closure.mode.value)


def redemption_value(st: AccountState, s: Session, on: date) -> Decimal:
    """What the savings are worth at redemption (after tax): the balance for an amount plan,
    the grams at the day's rate for a weight plan; the after-tax bonus is added by the caller."""
    if st.terms.kind == PlanKind.WEIGHT:
        return value_of_mg(st.mg, rate_on(s, on, st.terms.metal, st.terms.purity))
    return from_paise(st.balance_paise)


__all__ = [
    "APPROVE_EARLY_CLOSURE",
    "AccountInfo",
    "BonusRule",
    "BonusTreatment",
    "EarlyClosure",
    "PlanInput",
    "PlanKind",
    "PlanTerms",
    "SchemeService",
]
