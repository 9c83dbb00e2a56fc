"""GST-return, e-invoice and Tally settings (B2CL threshold, HSN split, the GSTIN and turnover
limit of e-invoicing, the GSP's address and log-in, Tally ledger names), stored as shop_setting
rows under ``gst.``, ``gsp.`` and ``tally.`` keys so they sync like the shop's other settings;
a missing or unreadable row keeps the default written here."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_settings import ShopSetting, setting_id
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, SystemClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.gstr1 import B2CL_THRESHOLD
from jewelpos.domain.validation import validate_gstin
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


EINVOICE_TURNOVER = Decimal("50000000.00")
"""Rs 5 crore: the aggregate turnover above which B2B invoices need an IRN (since August 2023)."""


@dataclass(frozen=True)
class GstSettings:
    b2cl_threshold: Decimal = B2CL_THRESHOLD
    """Inter-state B2C invoices above this value go invoice-wise to B2CL (Rs 1 lakh since
    1 August 2024; Rs 2.5 lakh before)."""
    hsn_split: bool = True
    """Table 12 in separate B2B and B2C lists (required from May 2025)."""
    tally_ledgers: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LEDGERS))
    gstin: str = ""
    """The GSTIN invoices are registered under at the GSP ('' = the shop's own)."""
    einvoice_turnover: Decimal = EINVOICE_TURNOVER
    """E-invoices are made when the shop's yearly turnover is above this."""
    gsp_url: str = ""
    """Where the GSP takes IRN requests ('' = e-invoicing not set up)."""
    gsp_username: str = ""
    gsp_password: str = ""


def load_gst_settings(s: Session) -> GstSettings:
    """The settings in force: stored rows (latest change wins) over the defaults."""
    by_key: dict[str, str] = {}
    rows = s.scalars(
        select(ShopSetting)
        .where(
            ShopSetting.key.like("gst.%")
            | ShopSetting.key.like("tally.%")
            | ShopSetting.key.like("gsp.%")
        )
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
    if "gst.einvoice_turnover_paise" in by_key:
        with contextlib.suppress(InvalidOperation):
            out = replace(
                out, einvoice_turnover=Decimal(by_key["gst.einvoice_turnover_paise"]).scaleb(-2)
            )
    out = replace(
        out,
        gstin=by_key.get("gst.gstin", ""),
        gsp_url=by_key.get("gsp.url", ""),
        gsp_username=by_key.get("gsp.username", ""),
        gsp_password=by_key.get("gsp.password", ""),
    )
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
        gstin: str | None = None,
        einvoice_turnover: Decimal | None = None,
        gsp_url: str | None = None,
        gsp_username: str | None = None,
        gsp_password: str | None = None,
    ) -> GstSettings:
        """Store the given values; ValidationError naming the field in words (a malformed
        GSTIN, a GSP address that is no web address, a limit not above zero)."""
        changes: dict[str, str] = {}
        if gstin is not None:
            clean = gstin.strip().upper()
            changes["gst.gstin"] = validate_gstin(clean, field="gstin") if clean else ""
        if einvoice_turnover is not None:
            if einvoice_turnover <= 0:
                raise ValidationError("einvoice_turnover", "must be more than zero")
            changes["gst.einvoice_turnover_paise"] = str(int(einvoice_turnover * 100))
        if gsp_url is not None:
            changes["gsp.url"] = check_gsp_url(gsp_url)
        if gsp_username is not None:
            if len(gsp_username.strip()) > 100:
                raise ValidationError("gsp_username", "is longer than 100 characters")
            changes["gsp.username"] = gsp_username.strip()
        if gsp_password is not None:
            if len(gsp_password.strip()) > 200:
                raise ValidationError("gsp_password", "is longer than 200 characters")
            changes["gsp.password"] = gsp_password.strip()
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


def check_gsp_url(text: str) -> str:
    """The GSP's address cleaned ('' allowed: not set up); ValidationError unless it is an
    http(s) web address with a host."""
    clean = text.strip()
    if not clean:
        return ""
    try:
        parts = urlsplit(clean)
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("http", "https") or not host or " " in clean:
        raise ValidationError("gsp_url", "give the GSP's web address (https://...)")
    if len(clean) > 300:
        raise ValidationError("gsp_url", "is longer than 300 characters")
    return clean


__all__ = [
    "DEFAULT_LEDGERS",
    "EINVOICE_TURNOVER",
    "GstSettings",
    "GstSettingsService",
    "check_gsp_url",
    "load_gst_settings",
]
