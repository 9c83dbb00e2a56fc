"""Metal rates of the day: every setting is a new history row; a day's rate is its latest row."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, MetalRate
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import PermissionDenied, RateNotSet, ValidationError
from jewelpos.domain.purity import Metal, check_fineness, parse_metal, purity_label
from jewelpos.services._common import audit, money_to_paise, paise_to_money
from jewelpos.services.auth import UserInfo

DEFAULT_TRACKED: tuple[tuple[str, int], ...] = (
    ("gold", 999),
    ("gold", 995),
    ("gold", 916),
    ("gold", 750),
    ("gold", 585),
    ("silver", 999),
    ("silver", 925),
    ("platinum", 950),
)
_METAL_ORDER = {m.value: i for i, m in enumerate(Metal)}


@dataclass(frozen=True)
class RateRow:
    """One metal/purity on the rates screen: the day's rate (None if not set) and the previous."""

    metal: str
    purity: int
    label: str
    rate: Decimal | None
    previous: Decimal | None
    set_at: datetime | None
    set_by: str | None
    previous_day: date | None = None


@dataclass(frozen=True)
class RateChange:
    """One setting of a rate, for the history list."""

    day: date
    metal: str
    purity: int
    label: str
    rate: Decimal
    set_at: datetime
    set_by: str


@dataclass(frozen=True)
class RateSeries:
    """One metal's rate day by day for the rates chart: the day's rate (its latest setting) of
    the metal's highest purity in use, on every day that has one, oldest first."""

    metal: str
    purity: int
    label: str
    points: tuple[tuple[date, Decimal], ...]


CHART_RANGES = (30, 90, 365)


def _label(metal: str, purity: int) -> str:
    return purity_label(Metal(metal), purity)


def _key(pair: tuple[str, int]) -> tuple[int, int]:
    return (_METAL_ORDER.get(pair[0], 99), -pair[1])


class RateService:
    """Rates per gram by metal and purity for each shop day (in the shop's time zone)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return shop_today(self._clock)

    def tracked(self) -> list[tuple[str, int]]:
        """The default pairs plus any pair that ever had a rate, gold first, finest first."""
        with self._uow.read() as s:
            return self._tracked(s)

    def _tracked(self, s: Session) -> list[tuple[str, int]]:
        pairs = set(DEFAULT_TRACKED)
        for metal, purity in s.execute(select(MetalRate.metal, MetalRate.purity).distinct()):
            pairs.add((metal, purity))
        return sorted(pairs, key=_key)

    def rates_for_day(self, day: date) -> list[RateRow]:
        """Each tracked pair with the day's latest rate and the latest rate of an earlier day."""
        with self._uow.read() as s:
            return self._rates_for_day(s, day)

    def _latest(
        self, s: Session, metal: str, purity: int, *, day: date, before: bool
    ) -> tuple[MetalRate, str] | None:
        q = (
            select(MetalRate, AppUser.display_name)
            .outerjoin(AppUser, AppUser.id == MetalRate.set_by)
            .where(MetalRate.metal == metal, MetalRate.purity == purity)
        )
        q = q.where(MetalRate.day < day) if before else q.where(MetalRate.day == day)
        row = s.execute(
            q.order_by(MetalRate.day.desc(), MetalRate.set_at.desc(), MetalRate.id.desc()).limit(1)
        ).first()
        return None if row is None else (row[0], row[1] or "")

    def _rates_for_day(self, s: Session, day: date) -> list[RateRow]:
        out = []
        for metal, purity in self._tracked(s):
            cur = self._latest(s, metal, purity, day=day, before=False)
            prev = self._latest(s, metal, purity, day=day, before=True)
            out.append(
                RateRow(
                    metal=metal,
                    purity=purity,
                    label=_label(metal, purity),
                    rate=paise_to_money(cur[0].rate_paise) if cur else None,
                    previous=paise_to_money(prev[0].rate_paise) if prev else None,
                    set_at=cur[0].set_at if cur else None,
                    set_by=cur[1] if cur else None,
                    previous_day=prev[0].day if prev else None,
                )
            )
        return out

    def rate(self, day: date, metal: str, purity: int) -> Decimal:
        """The rate per gram for a pair on a day; RateNotSet if none was set that day."""
        with self._uow.read() as s:
            cur = self._latest(s, metal, purity, day=day, before=False)
        if cur is None:
            raise RateNotSet(
                f"No rate set for {_label(metal, purity)} on {day.isoformat()}.",
                metal=metal,
                purity=purity,
                day=day.isoformat(),
            )
        return paise_to_money(cur[0].rate_paise)

    def set_rates(
        self, day: date, rates: Mapping[tuple[str, int], Decimal], *, by: UserInfo
    ) -> list[RateRow]:
        """Record new rates for the day (a history row each, one audit entry); owners/managers only."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can set rates.")
        clean: list[tuple[str, int, int]] = []
        for (metal_in, purity_in), rate in rates.items():
            field = f"rates[{metal_in}-{purity_in}]"
            metal = parse_metal(metal_in, field=field).value
            purity = check_fineness(purity_in, field=field)
            clean.append((metal, purity, money_to_paise(rate, field=field, allow_zero=False)))
        if not clean:
            raise ValidationError("rates", "no rates given")
        now = self._clock.now()
        with self._uow.begin() as s:
            for metal, purity, paise in clean:
                s.add(
                    MetalRate(
                        day=day,
                        metal=metal,
                        purity=purity,
                        rate_paise=paise,
                        set_by=by.id,
                        set_at=now,
                    )
                )
            audit(
                s,
                user_id=by.id,
                action="rates.set",
                entity="metal_rate",
                entity_id=None,
                at=now,
                details={
                    "day": day.isoformat(),
                    "rates": {f"{m}-{p}": str(paise_to_money(r)) for m, p, r in clean},
                },
            )
            s.flush()
            return self._rates_for_day(s, day)

    def history(self, metal: str, purity: int, *, days: int = 30) -> list[RateChange]:
        """Every setting of a pair over the last ``days`` shop days, newest first."""
        since = self.today() - timedelta(days=max(days, 1) - 1)
        with self._uow.read() as s:
            rows = s.execute(
                select(MetalRate, AppUser.display_name)
                .outerjoin(AppUser, AppUser.id == MetalRate.set_by)
                .where(MetalRate.metal == metal, MetalRate.purity == purity, MetalRate.day >= since)
                .order_by(MetalRate.day.desc(), MetalRate.set_at.desc(), MetalRate.id.desc())
            ).all()
            return [
                RateChange(
                    day=r.day,
                    metal=r.metal,
                    purity=r.purity,
                    label=_label(r.metal, r.purity),
                    rate=paise_to_money(r.rate_paise),
                    set_at=r.set_at,
                    set_by=name or "",
                )
                for r, name in rows
            ]

    def series(self, *, days: int = 30) -> list[RateSeries]:
        """Each metal's day rate over the last ``days`` shop days (today included), in metal
        order; the purity charted is the metal's highest with a rate in that range."""
        since = self.today() - timedelta(days=max(days, 1) - 1)
        with self._uow.read() as s:
            rows = s.execute(
                select(MetalRate.metal, MetalRate.purity, MetalRate.day, MetalRate.rate_paise)
                .where(MetalRate.day >= since, MetalRate.day <= self.today())
                .order_by(MetalRate.day, MetalRate.set_at, MetalRate.id)
            ).all()
        top: dict[str, int] = {}
        for metal, purity, _day, _paise in rows:
            top[metal] = max(top.get(metal, 0), purity)
        by_day: dict[str, dict[date, int]] = {m: {} for m in top}
        for metal, purity, day, paise in rows:
            if purity == top[metal]:
                by_day[metal][day] = paise  # rows come oldest first: the last one wins
        return [
            RateSeries(
                metal=metal,
                purity=top[metal],
                label=_label(metal, top[metal]),
                points=tuple((d, paise_to_money(p)) for d, p in sorted(by_day[metal].items())),
            )
            for metal in sorted(top, key=lambda m: _METAL_ORDER.get(m, 99))
        ]

    def missing_pairs(self, day: date) -> list[tuple[str, int]]:
        """Pairs in use without a rate on ``day``: those that had a rate on an earlier day, or
        every tracked pair if no rate was ever set."""
        rows = self.rates_for_day(day)
        if all(r.rate is None and r.previous is None for r in rows):
            return [(r.metal, r.purity) for r in rows]
        return [(r.metal, r.purity) for r in rows if r.rate is None and r.previous is not None]

    def rates_missing(self, day: date) -> bool:
        """True when the day still needs rates (see ``missing_pairs``): the UI asks a manager."""
        return bool(self.missing_pairs(day))
