"""GST-return and Tally settings (B2CL threshold, HSN split, Tally ledger names), stored as
shop_setting rows under ``gst.`` and ``tally.`` keys so they sync like the shop's other settings;
a missing or unreadable row keeps the default written here."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_settings import ShopSetting, setting_id
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, SystemClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.gstr1 import B2CL_THRESHOLD
from jewelpos.services._common import local_device
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.shop_settings import write_setting

DEFAULT_LEDGERS: dict[str, str] = {
    "sales": "Sales 3%",
    "sales_labour": "Sales Job Work",
    "cgst": "CGST",
    "sgst": "SGST",
    "igst": "IGST",
    "cash": "Cash",
    "bank": "Bank",
    "old_gold": "Old gold purchase",
    "round_off": "Round off",
    "customer": "Counter Customers",
    "set_off": "Customer advances",
    "sales_return": "Sales Return",
}
"""Our account -> the Tally ledger it posts to (``bank`` takes card, UPI, cheque and transfer;
``customer`` is the one party ledger of counter sales, under Sundry Debtors)."""


@dataclass(frozen=True)
class GstSettings:
    b2cl_threshold: Decimal = B2CL_THRESHOLD
    """Inter-state B2C invoices above this value go invoice-wise to B2CL (Rs 1 lakh since
    1 August 2024; Rs 2.5 lakh before)."""
    hsn_split: bool = True
    """Table 12 in separate B2B and B2C lists (required from May 2025)."""
    tally_ledgers: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LEDGERS))


def load_gst_settings(s: Session) -> GstSettings:
    """The settings in force: stored rows (latest change wins) over the defaults."""
    by_key: dict[str, str] = {}
    rows = s.scalars(
        select(ShopSetting)
        .where(ShopSetting.key.like("gst.%") | ShopSetting.key.like("tally.%"))
        .order_by(ShopSetting.updated_at, ShopSetting.version)
    )
    for row in rows:
        by_key[row.key] = row.value
    out = GstSettings()
    if "gst.b2cl_threshold_paise" in by_key:
        with contextlib.suppress(InvalidOperation):
            out = replace(
                out, b2cl_threshold=Decimal(by_key["gst.b2cl_threshold_paise"]).scaleb(-2)
            )
    if "gst.hsn_split" in by_key:
        out = replace(out, hsn_split=by_key["gst.hsn_split"] == "1")
    ledgers = dict(DEFAULT_LEDGERS)
    for name in DEFAULT_LEDGERS:
        value = by_key.get(f"tally.ledger.{name}", "").strip()
        if value:
            ledgers[name] = value
    return replace(out, tally_ledgers=ledgers)


class GstSettingsService:
    """Reads and changes the GST and Tally settings (changes: owners and managers)."""

    def __init__(self, uow: UnitOfWork, clock: Clock | None = None) -> None:
        self._uow = uow
        self._clock = clock or SystemClock()

    def load(self) -> GstSettings:
        with self._uow.read() as s:
            return load_gst_settings(s)

    def save(
        self,
        *,
        by: UserInfo,
        b2cl_threshold: Decimal | None = None,
        hsn_split: bool | None = None,
        ledgers: Mapping[str, str] | None = None,
    ) -> GstSettings:
        """Store the given values; ValidationError naming the field in words."""
        changes: dict[str, str] = {}
        if b2cl_threshold is not None:
            if b2cl_threshold <= 0:
                raise ValidationError("b2cl_threshold", "the B2C large limit must be above zero")
            changes["gst.b2cl_threshold_paise"] = str(int(b2cl_threshold * 100))
        if hsn_split is not None:
            changes["gst.hsn_split"] = "1" if hsn_split else "0"
        for name, ledger in (ledgers or {}).items():
            if name not in DEFAULT_LEDGERS:
                raise ValidationError("ledgers", f"there is no Tally account called {name}")
            clean = ledger.strip()
            if not clean or len(clean) > 100:
                raise ValidationError(
                    "ledgers", f"give the Tally ledger for {name} (1-100 letters)"
                )
            changes[f"tally.ledger.{name}"] = clean
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change the GST and Tally settings")
            _device, branch = local_device(s)
            now = self._clock.now()
            for key, value in changes.items():
                row = s.get(ShopSetting, setting_id(branch.id, key))
                old = row.value if row is not None else None
                if old != value:
                    write_setting(s, branch.id, key, value, old=old, by=by, at=now)
            s.flush()
            return load_gst_settings(s)


__all__ = ["DEFAULT_LEDGERS", "GstSettings", "GstSettingsService", "load_gst_settings"]
