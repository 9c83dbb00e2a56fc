"""Pre-tax discounts by rule on a saved bill (coupons, a scheme's making bonus): at save each
kind re-reads its rule from the database (what the draft carries is never trusted), the bill
records what each rule took off (``invoice_discount``) and the kind records its use; a
cancelled bill gives every use back. The arithmetic is services/billing/rule_discounts.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_coupons import InvoiceDiscount
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.money import to_paise
from jewelpos.services import set_offs
from jewelpos.services.billing.rule_discounts import DiscountRule


class RuleKind(Protocol):
    """What a kind of pre-tax rule provides to the bill's save and cancellation."""

    kind: str

    def fresh(
        self,
        s: Session,
        rule: DiscountRule,
        *,
        customer_id: str | None,
        day: date,
        uses: tuple[set_offs.SetOffUse, ...],
    ) -> DiscountRule:
        """The rule as the database has it now; ValidationError when it may not be used."""
        ...

    def used(self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime) -> None:
        """Record the use by the saved bill (the ``invoice_discount`` row is written already)."""
        ...

    def given_back(
        self, s: Session, invoice: Invoice, row: InvoiceDiscount, *, now: datetime
    ) -> None:
        """Undo the use when the bill is cancelled (a new entry, never an update)."""
        ...


_KINDS: dict[str, RuleKind] = {}


def register(kind: RuleKind) -> None:
    _KINDS[kind.kind] = kind


def _kind(name: str) -> RuleKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise ValidationError("discounts", f"unknown kind of discount {name!r}") from None


def fresh_rules(
    s: Session,
    rules: Sequence[DiscountRule],
    *,
    customer_id: str | None,
    day: date,
    uses: tuple[set_offs.SetOffUse, ...] = (),
) -> tuple[DiscountRule, ...]:
    """The draft's rules re-read by their kinds (the bill is priced with these)."""
    seen: set[tuple[str, str]] = set()
    out: list[DiscountRule] = []
    for rule in rules:
        key = (rule.kind, rule.source_id)
        if key in seen:
            raise ValidationError("discounts", f"{rule.label} is on the bill twice")
        seen.add(key)
        out.append(_kind(rule.kind).fresh(s, rule, customer_id=customer_id, day=day, uses=uses))
    return tuple(out)


def record(
    s: Session,
    invoice: Invoice,
    rules: Sequence[DiscountRule],
    totals: Sequence[Decimal],
    *,
    now: datetime,
) -> None:
    """Write what each rule took off the saved bill and let its kind record the use."""
    for i, (rule, amount) in enumerate(zip(rules, totals, strict=True), 1):
        row = InvoiceDiscount(
            invoice_id=invoice.id,
            line_no=i,
            kind=rule.kind,
            source_id=rule.source_id,
            label=rule.label[:80],
            amount_paise=to_paise(amount),
        )
        s.add(row)
        s.flush()
        _kind(rule.kind).used(s, invoice, row, now=now)


def discounts_on(s: Session, invoice_id: str) -> tuple[InvoiceDiscount, ...]:
    return tuple(
        s.scalars(
            select(InvoiceDiscount)
            .where(InvoiceDiscount.invoice_id == invoice_id)
            .order_by(InvoiceDiscount.line_no)
        )
    )


def _give_back(
    s: Session, invoice: Invoice, _uses: tuple[set_offs.SetOffUse, ...], now: datetime
) -> None:
    for row in discounts_on(s, invoice.id):
        _kind(row.kind).given_back(s, invoice, row, now=now)


set_offs.after_bill_cancelled(_give_back)

# the kinds register themselves on import
from jewelpos.services import coupons as _coupons  # noqa: E402,F401

__all__ = ["RuleKind", "discounts_on", "fresh_rules", "record", "register"]
