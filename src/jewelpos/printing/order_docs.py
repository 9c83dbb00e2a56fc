"""What the order printouts show, as plain values: the order slip (shop's and customer's copy,
with the customer's own material as a receipt), the karigar slip and the morning report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from jewelpos.domain.formatting import format_weight_mg


@dataclass(frozen=True)
class SlipAdvance:
    number: str
    mode: str
    amount: Decimal


@dataclass(frozen=True)
class OrderSlipDoc:
    shop_name: str
    shop_phone: str
    number: str
    """Printed as a Code 128 barcode."""
    taken_at: datetime
    """In the shop's zone."""
    customer_name: str
    customer_mobile: str
    what: str
    purity_label: str
    weight_min_mg: int
    weight_max_mg: int
    size: str
    design_notes: str
    made_from: str
    promised_on: date
    materials: tuple[str, ...] = ()
    """The customer's own stones and metal, one line each."""
    advances: tuple[SlipAdvance, ...] = ()
    booked: str = ""
    """e.g. "Rate booked: 7,150.00/g for 5.000 g"."""
    taken_by: str = ""


@dataclass(frozen=True)
class KarigarSlipItem:
    number: str
    customer_name: str
    what: str
    purity_label: str
    weight_min_mg: int
    weight_max_mg: int
    size: str
    design_notes: str
    due_on: date
    hand_over: tuple[str, ...]
    """Samples, stones and metal to give him with the order."""
    photo_paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class KarigarSlipDoc:
    shop_name: str
    day: date
    karigar_name: str
    karigar_phone: str
    items: tuple[KarigarSlipItem, ...]
    balance_fine: str = ""
    """His metal balance as printed, e.g. "4.186 g fine owed to him"."""


@dataclass(frozen=True)
class ReportRow:
    number: str
    customer_name: str
    customer_mobile: str
    what: str
    promised_on: date
    status: str
    karigar_name: str
    days_late: int


@dataclass(frozen=True)
class MorningReportDoc:
    shop_name: str
    day: date
    due: tuple[ReportRow, ...]
    """Promised today or tomorrow and not delivered."""
    late: tuple[ReportRow, ...]
    """Promised before today and not delivered."""
    ready_waiting: tuple[ReportRow, ...] = ()
    """Ready and not collected."""


def grams(mg: int) -> str:
    return format_weight_mg(mg)


def weight_range(low_mg: int, high_mg: int) -> str:
    if low_mg == high_mg:
        return grams(low_mg)
    return f"{grams(low_mg)[:-2]} - {grams(high_mg)}"
