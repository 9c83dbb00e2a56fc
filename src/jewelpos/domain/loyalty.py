"""Loyalty points by mobile number (no card): how many a bill earns, what a balance is once
old points expire, and how many may be redeemed on a bill. Pure rules; ROUND_HALF_UP."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from jewelpos.domain.errors import ValidationError

_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class LoyaltyRules:
    """The shop's loyalty rule (every value a setting; these are the defaults)."""

    enabled: bool = True
    points_per_100: Decimal = Decimal("1")
    """Points for each Rs 100 of taxable value."""
    category_points_per_100: Mapping[str, Decimal] = field(default_factory=dict)
    """A category's own rate by its code (e.g. {"NECK": 2}); others use ``points_per_100``."""
    exclude_old_gold: bool = True
    """The part of a bill paid with old gold earns no points."""
    no_points_on_coins: bool = False
    """Coins and bars (HSN 7118 or a category code with COIN) earn nothing."""
    point_value: Decimal = Decimal("1.00")
    """Rupees one point is worth as a tender."""
    max_share_percent: Decimal = Decimal("10")
    """Points pay at most this share of the invoice value."""
    min_balance: int = 100
    """Points can be redeemed only once the balance reaches this."""
    expiry_days: int = 365
    """Points expire this many days after they were earned (0: never)."""
    referrer_points: int = 100
    """Given to the referrer on the new customer's first bill."""
    referred_points: int = 50
    """Given to the new customer on their first bill."""


@dataclass(frozen=True)
class EarningLine:
    """A bill line as the rule sees it: its taxable value, category code and HSN."""

    taxable: Decimal
    category_code: str = ""
    hsn: str = ""


def is_coin(line: EarningLine) -> bool:
    return line.hsn.startswith("7118") or "COIN" in line.category_code.upper()


def rate_of(rules: LoyaltyRules, line: EarningLine) -> Decimal:
    """Points per Rs 100 of this line."""
    if rules.no_points_on_coins and is_coin(line):
        return Decimal(0)
    return Decimal(rules.category_points_per_100.get(line.category_code, rules.points_per_100))


def points_earned(
    rules: LoyaltyRules,
    lines: Iterable[EarningLine],
    *,
    old_gold: Decimal = Decimal(0),
    points_redeemed_value: Decimal = Decimal(0),
) -> int:
    """Whole points a bill earns: each line's taxable value x its rate / 100, summed; when
    old gold (or points) paid part of the bill, that share of the bill earns nothing (the
    sum is scaled by (taxable - old gold - points) / taxable). Rounded half up at the end."""
    if not rules.enabled:
        return 0
    lines = list(lines)
    taxable = sum((ln.taxable for ln in lines), Decimal(0))
    if taxable <= 0:
        return 0
    raw = sum((ln.taxable * rate_of(rules, ln) / _HUNDRED for ln in lines), Decimal(0))
    paid_other = points_redeemed_value + (old_gold if rules.exclude_old_gold else Decimal(0))
    if paid_other > 0:
        raw = raw * max(taxable - paid_other, Decimal(0)) / taxable
    return int(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Entry:
    """One ledger entry as the balance sees it: when, signed points, when it expires."""

    on: date
    points: int
    expires_on: date | None = None


def balance(entries: Iterable[Entry], today: date) -> int:
    """Points left today: the sum of entries, less the part of each earned lot that had
    expired unused. A use (negative entry) draws on the oldest lots still valid on its day."""
    expires: list[date | None] = []
    left: list[int] = []
    for e in sorted(entries, key=lambda e: (e.on, e.points < 0)):
        if e.points > 0:
            expires.append(e.expires_on)
            left.append(e.points)
            continue
        need = -e.points
        order = sorted(range(len(left)), key=lambda i: expires[i] or date.max)
        for i in order:
            exp = expires[i]
            if need == 0:
                break
            if left[i] <= 0 or (exp is not None and exp <= e.on):
                continue
            take = min(left[i], need)
            left[i] -= take
            need -= take
        if need:  # more used than valid lots held (a reversal after expiry): owed
            expires.append(None)
            left.append(-need)
    return sum(
        n for exp, n in zip(expires, left, strict=True) if n < 0 or exp is None or exp > today
    )


def redeemable_points(rules: LoyaltyRules, *, held: int, invoice_value: Decimal) -> int:
    """At most this many points may pay this bill: none below the minimum balance, else the
    balance or the share of the invoice value, whichever is less."""
    if not rules.enabled or held < rules.min_balance or rules.point_value <= 0:
        return 0
    share = invoice_value * rules.max_share_percent / _HUNDRED
    by_share = int(share // rules.point_value)
    return max(0, min(held, by_share))


def points_for_amount(rules: LoyaltyRules, amount: Decimal) -> int:
    """The points that pay ``amount``; ValidationError unless it is whole points."""
    if rules.point_value <= 0:
        raise ValidationError("points", "points cannot be redeemed at this shop")
    count = amount / rules.point_value
    if count != count.to_integral_value():
        raise ValidationError(
            "points", f"points pay in steps of Rs {rules.point_value:,.2f}: {amount} is not"
        )
    return int(count)
