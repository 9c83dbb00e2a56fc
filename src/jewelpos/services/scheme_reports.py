"""Scheme reports: collections by day, month or plan, and the outstanding liability (money the
members hold and grams credited) at a date. Sums of entries, never stored balances.

An account belongs to its home branch: the liability counts the accounts of this counter's
branch, with every entry head office brought (instalments paid and redemptions made at other
branches too); collections count the money taken at this branch, whoever's account it paid.
Head office answers the same liability for a branch (server/reports.py, same JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from jewelpos.db.models_schemes import SchemeAccount, SchemeEntry, SchemePlan
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import from_paise
from jewelpos.services.setup import local_shop_info

COLLECTION_KINDS = ("instalment", "reversal")


@dataclass(frozen=True)
class PlanLiability:
    plan_code: str
    plan_name: str
    accounts: int
    money: Decimal
    grams: Decimal


@dataclass(frozen=True)
class Liability:
    at: date
    money: Decimal
    grams: Decimal
    accounts: int
    by_plan: tuple[PlanLiability, ...]
    branch: str = ""
    """The home branch's code ("" for a whole chain at head office)."""

    def as_json(self) -> dict[str, object]:
        return {
            "at": self.at.isoformat(),
            "branch": self.branch,
            "money": f"{self.money:.2f}",
            "grams": f"{self.grams:.3f}",
            "accounts": self.accounts,
            "by_plan": [
                {
                    "plan": p.plan_code,
                    "name": p.plan_name,
                    "accounts": p.accounts,
                    "money": f"{p.money:.2f}",
                    "grams": f"{p.grams:.3f}",
                }
                for p in self.by_plan
            ],
        }


@dataclass(frozen=True)
class Collection:
    key: str
    """The day (2025-06-01), month (2025-06) or plan code."""
    amount: Decimal
    receipts: int


class SchemeReports:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def liability(self, at: date) -> Liability:
        """What the branch owes its members at the end of ``at``: every entry of its accounts
        up to that day."""
        with self._uow.read() as s:
            shop = local_shop_info(s)
            rows = s.execute(
                select(
                    SchemePlan.code,
                    SchemePlan.name,
                    func.count(func.distinct(SchemeEntry.account_id)),
                    func.sum(SchemeEntry.amount_paise),
                    func.sum(SchemeEntry.mg),
                )
                .join(SchemeAccount, SchemeAccount.id == SchemeEntry.account_id)
                .join(SchemePlan, SchemePlan.id == SchemeAccount.plan_id)
                .where(SchemeEntry.on_day <= at, SchemeAccount.branch_id == shop.branch_id)
                .group_by(SchemePlan.code, SchemePlan.name)
                .order_by(SchemePlan.code)
            ).all()
        plans = tuple(
            PlanLiability(code, name, int(n), from_paise(int(m or 0)), Decimal(int(g or 0)) / 1000)
            for code, name, n, m, g in rows
        )
        return Liability(
            at=at,
            money=sum((p.money for p in plans), from_paise(0)),
            grams=sum((p.grams for p in plans), Decimal("0.000")),
            accounts=sum(p.accounts for p in plans),
            by_plan=plans,
            branch=shop.branch_code,
        )

    def collections(self, start: date, end: date, *, by: str = "day") -> tuple[Collection, ...]:
        """Instalments taken at this branch less bounced cheques between two days, by day,
        month or plan."""
        if by not in ("day", "month", "plan"):
            raise ValidationError("group by", "must be day, month or plan")
        if end < start:
            raise ValidationError("to date", "is before the from date")
        with self._uow.read() as s:
            branch_id = local_shop_info(s).branch_id
            rows = s.execute(
                select(
                    SchemeEntry.on_day, SchemePlan.code, SchemeEntry.amount_paise, SchemeEntry.kind
                )
                .join(SchemeAccount, SchemeAccount.id == SchemeEntry.account_id)
                .join(SchemePlan, SchemePlan.id == SchemeAccount.plan_id)
                .where(
                    SchemeEntry.kind.in_(COLLECTION_KINDS),
                    SchemeEntry.branch_id == branch_id,
                    SchemeEntry.on_day >= start,
                    SchemeEntry.on_day <= end,
                )
            ).all()
        totals: dict[str, list[int]] = {}
        for day, code, paise, kind in rows:
            key = {"day": day.isoformat(), "month": day.isoformat()[:7], "plan": code}[by]
            t = totals.setdefault(key, [0, 0])
            t[0] += int(paise)
            t[1] += 1 if kind == "instalment" else 0
        return tuple(Collection(k, from_paise(v[0]), v[1]) for k, v in sorted(totals.items()))
