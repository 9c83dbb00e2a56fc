"""The shop's loyalty and referral rule as synced settings (``loyalty_*`` and ``referral_*``
rows of shop_setting): read into the domain's LoyaltyRules, changed by a manager."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_settings import ShopSetting
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.loyalty import LoyaltyRules
from jewelpos.services._common import local_device
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.shop_settings import write_setting


def _bool_in(t: str) -> bool:
    return t == "1"


def _bool_out(v: object) -> str:
    return "1" if v else "0"


def _cats_in(t: str) -> dict[str, Decimal]:
    return {str(k): Decimal(str(v)) for k, v in json.loads(t).items()}


def _cats_out(v: Mapping[str, Decimal]) -> str:
    return json.dumps({k: str(v[k]) for k in sorted(v)})


def _paise_in(t: str) -> Decimal:
    return (Decimal(t) / 100).quantize(Decimal("0.01"))


def _paise_out(v: Decimal) -> str:
    return str(int(v * 100))


# field -> (stored key, text -> value, value -> text)
_KEYS: dict[str, tuple[str, Callable[[str], Any], Callable[[Any], str]]] = {
    "enabled": ("loyalty_enabled", _bool_in, _bool_out),
    "points_per_100": ("loyalty_points_per_100", Decimal, str),
    "category_points_per_100": ("loyalty_category_points", _cats_in, _cats_out),
    "exclude_old_gold": ("loyalty_exclude_old_gold", _bool_in, _bool_out),
    "no_points_on_coins": ("loyalty_no_points_on_coins", _bool_in, _bool_out),
    "point_value": ("loyalty_point_value_paise", _paise_in, _paise_out),
    "max_share_percent": ("loyalty_max_share_percent", Decimal, str),
    "min_balance": ("loyalty_min_balance", int, str),
    "expiry_days": ("loyalty_expiry_days", int, str),
    "referrer_points": ("referral_referrer_points", int, str),
    "referred_points": ("referral_referred_points", int, str),
}
LOYALTY_SETTING_KEYS: tuple[str, ...] = tuple(k for k, _i, _o in _KEYS.values())

_WORDS = {
    "points_per_100": "points for each Rs 100",
    "point_value": "value of a point",
    "max_share_percent": "share of the bill points may pay",
    "min_balance": "minimum balance to redeem",
    "expiry_days": "days before points expire",
    "referrer_points": "points for the referrer",
    "referred_points": "points for the new customer",
}


def load_rules(s: Session) -> LoyaltyRules:
    """The rule in force: stored values over LoyaltyRules' defaults."""
    by_key: dict[str, str] = {}
    for row in s.scalars(
        select(ShopSetting)
        .where(ShopSetting.key.in_(LOYALTY_SETTING_KEYS))
        .order_by(ShopSetting.updated_at, ShopSetting.version)
    ):
        by_key[row.key] = row.value
    values: dict[str, Any] = {}
    for name, (key, read, _write) in _KEYS.items():
        if key in by_key:
            try:
                values[name] = read(by_key[key])
            except (ValueError, ArithmeticError, TypeError):
                continue  # an unreadable stored value keeps the default
    return LoyaltyRules(**values)


def _number(name: str, value: object, *, whole: bool, high: Decimal) -> Decimal:
    what = _WORDS[name]
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(name, f"type a number for the {what}") from None
    if not d.is_finite() or d < 0 or d > high:
        raise ValidationError(name, f"the {what} must be from 0 to {high}")
    if whole and d != d.to_integral_value():
        raise ValidationError(name, f"the {what} is a whole number")
    if d != d.quantize(Decimal("0.01")):
        raise ValidationError(name, f"the {what} has at most two decimals")
    return d


def clean_value(name: str, value: object) -> Any:
    """One rule's value checked, or ValidationError naming it in words."""
    if name in ("enabled", "exclude_old_gold", "no_points_on_coins"):
        if not isinstance(value, bool):
            raise ValidationError(name, "choose yes or no")
        return value
    if name == "category_points_per_100":
        if not isinstance(value, Mapping):
            raise ValidationError(name, "give each category's points for Rs 100")
        return {
            str(code).strip().upper(): _number("points_per_100", v, whole=False, high=Decimal(100))
            for code, v in value.items()
        }
    if name in ("points_per_100",):
        return _number(name, value, whole=False, high=Decimal(100))
    if name == "max_share_percent":
        return _number(name, value, whole=False, high=Decimal(100))
    if name == "point_value":
        return _number(name, value, whole=False, high=Decimal(1000)).quantize(Decimal("0.01"))
    if name in ("min_balance", "expiry_days", "referrer_points", "referred_points"):
        return int(_number(name, value, whole=True, high=Decimal(1_000_000)))
    raise ValidationError("settings", f"there is no loyalty setting called {name}")


class LoyaltySettingsService:
    """Reads and changes the loyalty rule (changes: owners and managers only)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def load(self) -> LoyaltyRules:
        with self._uow.read() as s:
            return load_rules(s)

    def save(self, changes: Mapping[str, object], *, by: UserInfo) -> LoyaltyRules:
        """Store the changed rules (keys: LoyaltyRules' field names), one audit entry each."""
        known = {f.name for f in fields(LoyaltyRules)}
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                raise ValidationError("settings", f"there is no loyalty setting called {name}")
            clean[name] = clean_value(name, value)
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the loyalty rule")
            now = self._clock.now()
            before = load_rules(s)
            _device, branch = local_device(s)
            for name, value in clean.items():
                old = getattr(before, name)
                if old == value:
                    continue
                key, _read, write = _KEYS[name]
                write_setting(s, branch.id, key, write(value), old=write(old), by=by, at=now)
            s.flush()
            return replace(load_rules(s))
