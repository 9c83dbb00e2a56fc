"""Find saved bills by number, customer mobile or name, shop day and amount (read-only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, or_, select

from jewelpos.db.models import AppUser, Customer
from jewelpos.db.models_billing import Invoice, InvoiceLine
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.errors import ValidationError
from jewelpos.services._common import money_to_paise, paise_to_money
from jewelpos.services.billing import BillSummary

MAX_RESULTS = 200
_MOBILE_DIGITS = re.compile(r"^\+?[\d\s-]{3,}$")


@dataclass(frozen=True)
class BillQuery:
    """What the cashier remembers. ``text``: part of the bill number, of the customer's mobile
    (3 or more digits) or of their name; ``day_from``/``day_to``: shop days, both included;
    ``amount``: the bill's payable or invoice value in rupees, to within one rupee."""

    text: str = ""
    day_from: date | None = None
    day_to: date | None = None
    amount: Decimal | str | None = None
    limit: int = MAX_RESULTS


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class BillSearchService:
    """Bill search for the Find-a-bill dialog (Ctrl+F)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def search(self, query: BillQuery) -> list[BillSummary]:
        """Bills matching every given part of the query, the newest first (at most ``limit``).

        Raises ValidationError (field ``amount`` or ``day_to``) for an amount that is not one or
        a date range that ends before it starts.
        """
        conds: list[ColumnElement[bool]] = []
        text = (query.text or "").strip()
        if text:
            digits = re.sub(r"\D", "", text)
            if _MOBILE_DIGITS.match(text) and digits:
                if digits.startswith("91") and len(digits) == 12:
                    digits = digits[2:]
                conds.append(
                    or_(
                        Invoice.buyer_mobile.like(_like(digits), escape="\\"),
                        Customer.mobile.like(_like(digits), escape="\\"),
                        Invoice.number.like(_like(text.upper()), escape="\\"),
                    )
                )
            else:
                pattern = _like(text.lower())
                conds.append(
                    or_(
                        Invoice.number.like(_like(text.upper()), escape="\\"),
                        func.lower(Invoice.buyer_name).like(pattern, escape="\\"),
                        func.lower(Customer.name).like(pattern, escape="\\"),
                    )
                )
        if query.day_from and query.day_to and query.day_to < query.day_from:
            raise ValidationError("day_to", "the last day is before the first day")
        if query.day_from:
            conds.append(Invoice.shop_day >= query.day_from)
        if query.day_to:
            conds.append(Invoice.shop_day <= query.day_to)
        amount = str(query.amount if query.amount is not None else "").replace(",", "").strip()
        amount = amount.lstrip("₹").strip()
        if amount:
            paise = money_to_paise(amount, field="amount")
            # the cashier remembers the rupees, not the paise: within a rupee either side
            conds.append(
                or_(
                    func.abs(Invoice.net_payable_paise - paise) < 100,
                    func.abs(Invoice.invoice_value_paise - paise) < 100,
                )
            )
        limit = max(1, min(query.limit, MAX_RESULTS))
        with self._uow.read() as s:
            rows = s.execute(
                select(Invoice, AppUser.display_name)
                .outerjoin(Customer, Customer.id == Invoice.customer_id)
                .outerjoin(AppUser, AppUser.id == Invoice.cashier_id)
                .where(*conds)
                .order_by(Invoice.issued_at.desc(), Invoice.number.desc())
                .limit(limit)
            ).all()
            ids = [inv.id for inv, _name in rows]
            pieces = dict(
                s.execute(
                    select(InvoiceLine.invoice_id, func.count(InvoiceLine.id))
                    .where(InvoiceLine.invoice_id.in_(ids))
                    .group_by(InvoiceLine.invoice_id)
                ).all()
            ) if ids else {}  # fmt: skip
            return [
                BillSummary(
                    id=inv.id,
                    number=inv.number,
                    issued_at=inv.issued_at,
                    customer_name=inv.buyer_name,
                    customer_mobile=inv.buyer_mobile,
                    net_payable=paise_to_money(inv.net_payable_paise),
                    invoice_value=paise_to_money(inv.invoice_value_paise),
                    status=inv.status,
                    pieces=int(pieces.get(inv.id, 0)),
                    cashier=name or "",
                )
                for inv, name in rows
            ]
