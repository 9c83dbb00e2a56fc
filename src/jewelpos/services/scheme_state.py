"""An account's state read from its rows: the plan's terms, the entries' sums (the balance is
never stored), the instalments that count, maturity and the bonus. Shared by the scheme services
and the scheme set-off kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_schemes import SchemeAccount, SchemeEntry, SchemePlan, SchemeReceipt
from jewelpos.domain.errors import NotFound
from jewelpos.domain.money import from_paise, to_paise
from jewelpos.domain.schemes import (
    Bonus,
    BonusRule,
    BonusTreatment,
    EarlyClosure,
    PlanKind,
    PlanTerms,
    bonus,
    maturity_date,
)

HUNDRED = Decimal(100)


def terms_of(p: SchemePlan) -> PlanTerms:
    return PlanTerms(
        kind=PlanKind(p.kind),
        instalment=from_paise(p.instalment_paise),
        count=p.instalments,
        bonus_rule=BonusRule(p.bonus_rule),
        bonus_percent=Decimal(p.bonus_bp) / HUNDRED,
        treatment=BonusTreatment(p.bonus_treatment),
        grace_days=p.grace_days,
        late_cut_percent=Decimal(p.late_cut_bp) / HUNDRED,
        forfeit_after_late=p.forfeit_after_late,
        allow_partial=bool(p.allow_partial),
        early_closure=EarlyClosure(p.early_closure),
        metal=p.metal,
        purity=p.purity,
    )


def bp_of(percent: Decimal) -> int:
    return int(to_paise(percent))  # percent x 100, exactly as paise are rupees x 100


@dataclass(frozen=True)
class AccountState:
    """What an account holds now."""

    account: SchemeAccount
    plan: SchemePlan
    terms: PlanTerms
    balance_paise: int
    mg: int
    paid_on: tuple[date, ...]
    """One date per instalment that still counts (bounced cheques' are taken out)."""
    bonus_credited: bool
    redeemed_paise: int

    @property
    def paid_count(self) -> int:
        return len(self.paid_on)

    @property
    def maturity(self) -> date:
        return maturity_date(self.account.start_date, self.terms.count)

    def matured(self, on: date) -> bool:
        return self.paid_count >= self.terms.count and on >= self.maturity

    @property
    def bonus(self) -> Bonus:
        return bonus(self.terms, self.account.start_date, self.paid_on)


def get_account(s: Session, account_id: str) -> SchemeAccount:
    acc = s.get(SchemeAccount, account_id)
    if acc is None:
        raise NotFound("No such scheme account.", account_id=account_id)
    return acc


def state_of(s: Session, account_id: str) -> AccountState:
    acc = get_account(s, account_id)
    plan = s.get(SchemePlan, acc.plan_id)
    assert plan is not None
    terms = terms_of(plan)
    sums = s.execute(
        select(
            func.coalesce(func.sum(SchemeEntry.amount_paise), 0),
            func.coalesce(func.sum(SchemeEntry.mg), 0),
        ).where(SchemeEntry.account_id == acc.id)
    ).one()
    reversed_ids = set(
        s.scalars(
            select(SchemeEntry.receipt_id).where(
                SchemeEntry.account_id == acc.id, SchemeEntry.kind == "reversal"
            )
        )
    )
    paid: list[date] = []
    for r in s.scalars(
        select(SchemeReceipt)
        .where(SchemeReceipt.account_id == acc.id)
        .order_by(SchemeReceipt.paid_on, SchemeReceipt.number)
    ):
        if r.id in reversed_ids:
            continue
        paid.extend([r.paid_on] * max(1, r.amount_paise // plan.instalment_paise))
    kinds = dict(
        s.execute(
            select(SchemeEntry.kind, func.sum(SchemeEntry.amount_paise))
            .where(SchemeEntry.account_id == acc.id)
            .group_by(SchemeEntry.kind)
        ).all()
    )
    return AccountState(
        account=acc,
        plan=plan,
        terms=terms,
        balance_paise=int(sums[0]),
        mg=int(sums[1]),
        paid_on=tuple(paid),
        bonus_credited=bool(kinds.get("bonus")),
        redeemed_paise=-int(kinds.get("redeemed", 0) or 0) - int(kinds.get("given_back", 0) or 0),
    )
