"""Helpers shared by the services: audit entries, this counter's identity, small validators."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AuditLog, Branch, Device
from jewelpos.db.outbox import CounterNotInitialised
from jewelpos.domain.errors import ValidationError

_log = logging.getLogger(__name__)


def audit(
    session: Session,
    *,
    user_id: str | None,
    action: str,
    entity: str,
    entity_id: str | None,
    at: datetime,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an audit entry in the caller's transaction (it is synced like any other row)."""
    session.add(
        AuditLog(
            user_id=user_id,
            at=at,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details or {},
        )
    )


def local_device(session: Session) -> tuple[Device, Branch]:
    """This counter's device row and its branch; CounterNotInitialised before first-run setup."""
    found = session.execute(
        select(Device, Branch)
        .join(Branch, Branch.id == Device.branch_id)
        .where(Device.is_local.is_(True))
    ).first()
    if found is None:
        raise CounterNotInitialised("this counter is not set up yet")
    return found[0], found[1]


def clean_text(value: str, *, field: str, max_len: int, required: bool = False) -> str:
    """Strip and NFC-normalise free text (Devanagari typed on different keyboards compares equal)."""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    text = unicodedata.normalize("NFC", value.strip())
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > max_len:
        raise ValidationError(field, f"is longer than {max_len} characters")
    return text


def percent_to_bp(value: Decimal | int | str, *, field: str) -> int:
    """A percentage (at most 2 decimals, 0-100) as integer basis points: 12.5 -> 1250."""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(field, f"{value!r} is not a number") from None
    if not d.is_finite() or d < 0 or d > 100:
        raise ValidationError(field, "must be a percentage from 0 to 100")
    bp = d * 100
    if bp != bp.to_integral_value():
        raise ValidationError(field, "at most two decimals")
    return int(bp)


def bp_to_percent(bp: int) -> Decimal:
    return (Decimal(bp) / 100).quantize(Decimal("0.01"))


def money_to_paise(value: Decimal | int | str, *, field: str, allow_zero: bool = True) -> int:
    """Rupees (at most 2 decimals, not negative) as integer paise."""
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(field, f"{value!r} is not an amount") from None
    if not d.is_finite() or d < 0 or (d == 0 and not allow_zero):
        raise ValidationError(field, "must be a positive amount")
    p = d * 100
    if p != p.to_integral_value():
        raise ValidationError(field, "at most two decimals (paise)")
    return int(p)


def paise_to_money(paise: int) -> Decimal:
    return (Decimal(paise) / 100).quantize(Decimal("0.01"))


_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")


def clean_code(value: str, *, field: str, max_len: int) -> str:
    """An upper-case code of letters, digits and '-' (tag codes, category codes)."""
    code = (value or "").strip().upper()
    if not code:
        raise ValidationError(field, "is required")
    if len(code) > max_len or not _CODE.match(code):
        raise ValidationError(field, f"use up to {max_len} letters, digits or '-'")
    return code


class AttemptListeners:
    """Callbacks told (with no arguments, on the calling thread) that a print was attempted, so
    a status bar can recount what is waiting; a failing listener never fails the print."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[], None]] = []

    def add(self, listener: Callable[[], None]) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self) -> None:
        for listener in list(self._listeners):
            try:
                listener()
            except Exception:  # a listener's bug must not undo or hide the print itself
                _log.exception("print attempt listener failed")
