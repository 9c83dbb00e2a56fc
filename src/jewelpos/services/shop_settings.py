"""The shop's settings: hallmark fee, repair GST, PAN/buyer/cash thresholds, HUID exemption, time
zone, reopening window and the categories' default making and VA. Managers change them; every
service reads them through ``load``; they reach the branch's other counters through sync."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import Category
from jewelpos.db.models_settings import ShopSetting, setting_id
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, set_shop_zone
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.pricing import PricingSettings
from jewelpos.services._common import audit, local_device, percent_to_bp
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.stock import (
    MAKING_KINDS,
    WASTAGE_ON,
    CategoryInfo,
    category_info,
    making_to_db,
)

_PAISA = Decimal("0.01")


@dataclass(frozen=True)
class CategoryDefaults:
    """A category's default VA and making (``making_value``: Rs/g, percent or Rs a piece)."""

    code: str
    wastage_percent: Decimal
    wastage_on: str
    making_kind: str
    making_value: Decimal


@dataclass(frozen=True)
class ShopSettings:
    """The shop's settings as the services use them (defaults: DOMAIN.md and the law)."""

    hallmark_fee: Decimal = Decimal("45.00")
    """BIS hallmarking charge per piece, rupees."""
    repair_labour_gst_percent: Decimal = Decimal("18")
    pan_threshold: Decimal = Decimal("200000")
    """An invoice value above this needs the buyer's PAN or Form 60."""
    buyer_details_threshold: Decimal = Decimal("50000")
    """An unregistered buyer at or above this taxable value gives name, address and state."""
    cash_limit: Decimal = Decimal("200000")
    """Section 269ST: cash from one person in a day stays strictly below this."""
    huid_exempt: bool = False
    """Turnover under Rs 40 lakh: hallmarked gold may be sold without a HUID."""
    time_zone: str = "Asia/Kolkata"
    reopen_hours: int = 6
    """A closed day may be reopened this many hours after closing (until it reached head office)."""
    print_language: str = "en"
    """The language of printed documents: "en", "hi" or "both" (English with Hindi headings)."""
    customer_display_language: str = "en"
    """The customer display's language ("en" or "hi") for a bill whose customer has none."""
    categories: tuple[CategoryInfo, ...] = ()

    def pricing(self) -> PricingSettings:
        """The pricing engine's settings (goods GST stays the law's 3 %)."""
        return PricingSettings(
            repair_labour_gst_percent=self.repair_labour_gst_percent,
            hallmark_fee=self.hallmark_fee,
            pan_threshold=self.pan_threshold,
            buyer_details_threshold=self.buyer_details_threshold,
        )


# field -> (stored key, text -> value, value -> text)
def _money_in(text: str) -> Decimal:
    return (Decimal(text) / 100).quantize(_PAISA)


PRINT_LANGUAGES = ("en", "hi", "both")
"""English, Hindi, or English with Hindi beside each heading (as jewelpos.printing.labels)."""


def _language_in(text: str) -> str:
    if text not in PRINT_LANGUAGES:
        raise ValueError(text)
    return text


DISPLAY_LANGUAGES = ("en", "hi")
"""The customer display shows English or Hindi."""


def _display_language_in(text: str) -> str:
    if text not in DISPLAY_LANGUAGES:
        raise ValueError(text)
    return text


def _money_out(value: Decimal) -> str:
    return str(int(value * 100))


_KEYS: dict[str, tuple[str, Callable[[str], Any], Callable[[Any], str]]] = {
    "hallmark_fee": ("hallmark_fee_paise", _money_in, _money_out),
    "repair_labour_gst_percent": (
        "repair_labour_gst_bp",
        lambda t: Decimal(t) / 100,
        lambda v: str(int(v * 100)),
    ),
    "pan_threshold": ("pan_threshold_paise", _money_in, _money_out),
    "buyer_details_threshold": ("buyer_details_threshold_paise", _money_in, _money_out),
    "cash_limit": ("cash_limit_paise", _money_in, _money_out),
    "huid_exempt": ("huid_exempt", lambda t: t == "1", lambda v: "1" if v else "0"),
    "time_zone": ("time_zone", str, str),
    "reopen_hours": ("reopen_hours", int, str),
    "print_language": ("print_language", lambda t: _language_in(t), str),
    "customer_display_language": (
        "customer_display_language",
        lambda t: _display_language_in(t),
        str,
    ),
}
SETTING_KEYS: tuple[str, ...] = tuple(k for k, _i, _o in _KEYS.values())
"""The keys stored in shop_setting (see the module's table)."""


def load(session: Session) -> ShopSettings:
    """The settings in force: stored values over the defaults, and the active categories."""
    by_key: dict[str, str] = {}
    rows = session.scalars(
        select(ShopSetting).order_by(ShopSetting.updated_at, ShopSetting.version)
    )
    for row in rows:
        by_key[row.key] = row.value  # the latest change of a key wins
    values: dict[str, Any] = {}
    for name, (key, read, _write) in _KEYS.items():
        if key in by_key:
            try:
                values[name] = read(by_key[key])
            except (ValueError, ArithmeticError):
                continue  # an unreadable stored value keeps the default
    cats = session.scalars(
        select(Category).where(Category.active.is_(True)).order_by(Category.metal, Category.name)
    )
    values["categories"] = tuple(category_info(c) for c in cats)
    return ShopSettings(**values)


def _amount(
    value: object, *, field: str, what: str, low: Decimal, high: Decimal, example: str
) -> Decimal:
    try:
        d = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValidationError(field, f"type the {what} in rupees, like {example}") from None
    if not d.is_finite() or d < low or d > high:
        raise ValidationError(field, f"the {what} must be from Rs {low:,.2f} to Rs {high:,.2f}")
    if d != d.quantize(_PAISA):
        raise ValidationError(field, f"the {what} has at most two decimals (paise)")
    return d.quantize(_PAISA)


def _clean(name: str, value: object) -> Any:
    """One setting's value checked, or ValidationError saying what is wrong in words."""
    if name == "hallmark_fee":
        return _amount(
            value,
            field=name,
            what="hallmark fee",
            low=Decimal(0),
            high=Decimal("10000"),
            example="45.00",
        )
    if name in ("pan_threshold", "buyer_details_threshold", "cash_limit"):
        what = {
            "pan_threshold": "PAN limit",
            "buyer_details_threshold": "buyer details limit",
            "cash_limit": "cash limit",
        }[name]
        return _amount(
            value,
            field=name,
            what=what,
            low=Decimal(1),
            high=Decimal("100000000"),
            example="200000",
        )
    if name == "repair_labour_gst_percent":
        bp = percent_to_bp(str(value).strip().rstrip("%").strip(), field=name)
        if bp > 2800:
            raise ValidationError(name, "GST on repair labour is at most 28 %")
        return Decimal(bp) / 100
    if name == "huid_exempt":
        if not isinstance(value, bool):
            raise ValidationError(name, "choose yes or no")
        return value
    if name == "time_zone":
        text = str(value).strip()
        try:
            ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                name, f"{text or 'an empty name'} is not a time zone; type one like Asia/Kolkata"
            ) from None
        return text
    if name == "reopen_hours":
        try:
            hours = int(str(value).strip())
        except ValueError:
            raise ValidationError(name, "type whole hours, like 6") from None
        if not 0 <= hours <= 72:
            raise ValidationError(name, "the hours to reopen a day must be from 0 to 72")
        return hours
    if name == "print_language":
        text = str(value).strip()
        if text not in PRINT_LANGUAGES:
            raise ValidationError(name, "choose English, Hindi or both for printed documents")
        return text
    if name == "customer_display_language":
        text = str(value).strip()
        if text not in DISPLAY_LANGUAGES:
            raise ValidationError(name, "choose English or Hindi for the customer display")
        return text
    raise ValidationError("settings", f"there is no setting called {name}")


def write_setting(
    s: Session, branch_id: str, key: str, value: str, *, old: str | None, by: UserInfo, at: datetime
) -> None:
    """Store one setting row of the branch (synced; the same id on every counter of the branch)
    and its audit entry: the one way every settings service writes a setting."""
    row_id = setting_id(branch_id, key)
    row = s.get(ShopSetting, row_id)
    if row is None:
        s.add(ShopSetting(id=row_id, key=key, value=value, set_by=by.id))
    else:
        row.value, row.set_by = value, by.id
    audit(
        s,
        user_id=by.id,
        action="settings.change",
        entity="shop_setting",
        entity_id=row_id,
        at=at,
        details={"key": key, "old": old, "new": value},
    )


class ShopSettingsService:
    """Reads and changes the shop's settings (changes: owners and managers only)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self._listeners: list[Callable[[ShopSettings], None]] = []

    def on_saved(self, listener: Callable[[ShopSettings], None]) -> None:
        """Call ``listener(settings)`` after every save (billing drops its cached settings)."""
        self._listeners.append(listener)

    def load(self) -> ShopSettings:
        with self._uow.read() as s:
            return load(s)

    def save(
        self,
        changes: Mapping[str, object],
        *,
        by: UserInfo,
        categories: Sequence[CategoryDefaults] = (),
    ) -> ShopSettings:
        """Store the changed settings (keys: ShopSettings' field names) and categories' defaults
        in one transaction, one audit entry per change. PermissionDenied unless ``by`` is an
        owner or manager; ValidationError naming the first bad field."""
        known = {f.name for f in fields(ShopSettings)} - {"categories"}
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in known:
                raise ValidationError("settings", f"there is no setting called {name}")
            clean[name] = _clean(name, value)
        cat_rows: dict[str, tuple[int, str, str, int]] = {}
        for i, wanted in enumerate(categories):
            prefix = f"categories[{i}]."
            if wanted.wastage_on not in WASTAGE_ON:
                raise ValidationError(prefix + "wastage_on", "choose on value or on weight")
            if wanted.making_kind not in MAKING_KINDS:
                raise ValidationError(prefix + "making_kind", "choose per gram, percent or flat")
            cat_rows[wanted.code] = (
                percent_to_bp(wanted.wastage_percent, field=prefix + "wastage_percent"),
                wanted.wastage_on,
                wanted.making_kind,
                making_to_db(wanted.making_kind, wanted.making_value, field_prefix=prefix),
            )
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the shop's settings")
            now = self._clock.now()
            before = load(s)
            _device, branch = local_device(s)
            for name, value in clean.items():
                old = getattr(before, name)
                if old == value:
                    continue
                key, _read, write = _KEYS[name]
                write_setting(s, branch.id, key, write(value), old=write(old), by=by, at=now)
            for code, (wastage_bp, wastage_on, kind, making) in cat_rows.items():
                cat = s.scalars(select(Category).where(Category.code == code)).first()
                if cat is None:
                    raise NotFound(f"No category with the code {code}.", code=code)
                old_values = (cat.wastage_bp, cat.wastage_on, cat.making_kind, cat.making_value)
                if old_values == (wastage_bp, wastage_on, kind, making):
                    continue
                cat.wastage_bp, cat.wastage_on = wastage_bp, wastage_on
                cat.making_kind, cat.making_value = kind, making
                audit(
                    s,
                    user_id=by.id,
                    action="settings.category_defaults",
                    entity="category",
                    entity_id=cat.id,
                    at=now,
                    details={
                        "code": code,
                        "old": list(old_values),
                        "new": [wastage_bp, wastage_on, kind, making],
                    },
                )
            s.flush()
            saved = load(s)
        set_shop_zone(self._clock, saved.time_zone)  # the shop's day and times follow at once
        for listener in list(self._listeners):
            listener(saved)
        return saved


__all__ = [
    "DISPLAY_LANGUAGES",
    "SETTING_KEYS",
    "CategoryDefaults",
    "ShopSettings",
    "ShopSettingsService",
    "load",
    "write_setting",
]
