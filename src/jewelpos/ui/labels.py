"""Translated names of metals, piece statuses, roles and payment modes (stored values stay English)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Labels"

_METALS: dict[str, object] = {
    "gold": QT_TRANSLATE_NOOP("Labels", "Gold"),
    "silver": QT_TRANSLATE_NOOP("Labels", "Silver"),
    "platinum": QT_TRANSLATE_NOOP("Labels", "Platinum"),
}
_STATUSES: dict[str, object] = {
    "in_stock": QT_TRANSLATE_NOOP("Labels", "In stock"),
    "sold": QT_TRANSLATE_NOOP("Labels", "Sold"),
    "reserved": QT_TRANSLATE_NOOP("Labels", "Reserved"),
    "in_transit": QT_TRANSLATE_NOOP("Labels", "In transit"),
    "with_karigar": QT_TRANSLATE_NOOP("Labels", "With karigar"),
    "melted": QT_TRANSLATE_NOOP("Labels", "Melted"),
    "missing": QT_TRANSLATE_NOOP("Labels", "Missing"),
}
_ROLES: dict[str, object] = {
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
    "cashier": QT_TRANSLATE_NOOP("Labels", "Cashier"),
    "salesperson": QT_TRANSLATE_NOOP("Labels", "Salesperson"),
}

_PAYMENT_MODES: dict[str, object] = {
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "card": QT_TRANSLATE_NOOP("Labels", "Card"),
    "upi": QT_TRANSLATE_NOOP("Labels", "UPI"),
    "cheque": QT_TRANSLATE_NOOP("Labels", "Cheque"),
    "bank": QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
}

STATUS_ORDER = tuple(_STATUSES)
METAL_ORDER = tuple(_METALS)


def _lookup(table: dict[str, object], value: object) -> str:
    key = str(getattr(value, "value", value))
    text = table.get(key)
    return QCoreApplication.translate(_CTX, str(text)) if text else key


def metal_name(metal: object) -> str:
    return _lookup(_METALS, metal)


def status_name(status: object) -> str:
    return _lookup(_STATUSES, status)


def role_name(role: object) -> str:
    return _lookup(_ROLES, role)


def payment_mode_name(mode: object) -> str:
    """A payment mode as the cashier says it ("upi" -> UPI / यूपीआई)."""
    return _lookup(_PAYMENT_MODES, mode)


def hindi_ui() -> bool:
    """The UI is in Hindi (the translator sets the default locale when the language changes)."""
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Hindi


def category_name(name: str, name_hi: str = "") -> str:
    """A category as people read it: its Hindi name in a Hindi UI when it has one, else English."""
    return name_hi if name_hi and hindi_ui() else name
