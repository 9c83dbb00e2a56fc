"""What the scheme slips and statement print (plain values built by the scheme services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class SchemeEnrolmentDocument:
    shop_name: str
    shop_address: str
    passbook: str
    plan_name: str
    plan_rules: tuple[str, ...]
    """Lines such as "11 monthly instalments of Rs 5,000.00"."""
    member_name: str
    mobile: str
    nominee: str
    start_date: date
    maturity: date
    due_dates: tuple[date, ...]


@dataclass(frozen=True)
class SchemeReceiptDocument:
    shop_name: str
    number: str
    at: datetime
    passbook: str
    member_name: str
    plan_name: str
    mode: str
    reference: str
    amount: Decimal
    grams: Decimal
    rate: Decimal
    instalments_paid: int
    instalments: int
    balance: Decimal


@dataclass(frozen=True)
class SchemeStatementDocument:
    shop_name: str
    passbook: str
    member_name: str
    mobile: str
    plan_name: str
    start_date: date
    maturity: date
    status: str
    lines: tuple[tuple[date, str, Decimal, Decimal, Decimal], ...]
    """(day, text, amount, grams, balance)"""
    cheques: tuple[tuple[str, date, Decimal, str, Decimal], ...]
    balance: Decimal
    grams: Decimal
    bonus: Decimal
