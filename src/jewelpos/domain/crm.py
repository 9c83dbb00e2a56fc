"""Customer-relationship arithmetic: RFM scores, the campaign hold-out draw and conversion
figures. Pure: no I/O; money in Decimal rupees, shares in basis points."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

RECENCY_DAYS = (30, 90, 180, 365)
"""A last bill at most 30 days ago scores 5, at most 90 days 4, 180 days 3, 365 days 2, else 1."""
FREQUENCY_BILLS = (6, 4, 3, 2)
"""Bills in the period: 6 or more score 5, 4-5 score 4, 3 scores 3, 2 scores 2, else 1."""
MONETARY_RUPEES = (Decimal(500_000), Decimal(200_000), Decimal(100_000), Decimal(50_000))
"""Spend in the period: Rs 5 lakh or more scores 5, 2 lakh 4, 1 lakh 3, 50,000 2, else 1."""
RFM_MIN, RFM_MAX = 3, 15


def recency_score(days_since_last: int | None) -> int:
    if days_since_last is None:
        return 1
    for score, limit in zip((5, 4, 3, 2), RECENCY_DAYS, strict=True):
        if days_since_last <= limit:
            return score
    return 1


def frequency_score(bills: int) -> int:
    for score, least in zip((5, 4, 3, 2), FREQUENCY_BILLS, strict=True):
        if bills >= least:
            return score
    return 1


def monetary_score(spend: Decimal) -> int:
    for score, least in zip((5, 4, 3, 2), MONETARY_RUPEES, strict=True):
        if spend >= least:
            return score
    return 1


@dataclass(frozen=True)
class Rfm:
    recency: int
    frequency: int
    monetary: int

    @property
    def score(self) -> int:
        """3 (a one-off, long ago, small) to 15 (recent, frequent, big)."""
        return self.recency + self.frequency + self.monetary

    @property
    def code(self) -> str:
        """The three scores as printed, e.g. "545"."""
        return f"{self.recency}{self.frequency}{self.monetary}"


def rfm(*, last_bill: date | None, bills: int, spend: Decimal, today: date) -> Rfm:
    days = None if last_bill is None else (today - last_bill).days
    return Rfm(recency_score(days), frequency_score(bills), monetary_score(spend))


def months_back(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if it is shorter)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def week_days(today: date) -> list[date]:
    """The shop's week containing ``today``: Monday to Sunday."""
    monday = today - timedelta(days=today.weekday())
    return [monday + timedelta(days=i) for i in range(7)]


def month_days_of_week(today: date) -> list[str]:
    """ "MM-DD" of each day of the week; 29 February joins 28 February in a year without one."""
    out = [d.strftime("%m-%d") for d in week_days(today)]
    if "02-28" in out and "02-29" not in out:
        out.append("02-29")
    return out


def in_holdout(seed: int, customer_id: str, share_bp: int) -> bool:
    """Whether the customer is held out of a campaign drawn with ``seed``: the same seed and
    customer always give the same answer, and about ``share_bp`` / 10,000 of customers are."""
    if share_bp <= 0:
        return False
    digest = hashlib.sha256(f"{seed}:{customer_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 10_000 < share_bp


def _percent(part: int, whole: int) -> Decimal:
    if whole == 0:
        return Decimal("0.00")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(CENT, rounding=ROUND_HALF_UP)


def _per(amount: Decimal, count: int) -> Decimal:
    if count == 0:
        return Decimal("0.00")
    return (amount / count).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class GroupOutcome:
    """One side of a campaign (sent or hold-out): how many, how many bought, for how much."""

    recipients: int
    converted: int
    bills: int
    revenue: Decimal

    @property
    def conversion_percent(self) -> Decimal:
        """Converted / recipients x 100, to 0.01 (ROUND_HALF_UP)."""
        return _percent(self.converted, self.recipients)

    @property
    def revenue_per_recipient(self) -> Decimal:
        return _per(self.revenue, self.recipients)


@dataclass(frozen=True)
class Conversion:
    """The sent group against the hold-out."""

    sent: GroupOutcome
    holdout: GroupOutcome

    @property
    def uplift_points(self) -> Decimal:
        """Conversion of the sent group less that of the hold-out, in percentage points."""
        return self.sent.conversion_percent - self.holdout.conversion_percent

    @property
    def incremental_revenue(self) -> Decimal:
        """(Revenue per sent recipient - per hold-out recipient) x sent recipients: what the
        campaign brought beyond what the same customers would have spent anyway."""
        if self.holdout.recipients == 0:
            return Decimal("0.00")
        diff = self.sent.revenue_per_recipient - self.holdout.revenue_per_recipient
        return (diff * self.sent.recipients).quantize(CENT, rounding=ROUND_HALF_UP)
