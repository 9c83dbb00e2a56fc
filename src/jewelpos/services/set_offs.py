"""Tenders set off after tax on a bill (DOMAIN.md C1 point 6) through one mechanism: a bill
carries ``SetOffUse`` rows; each kind (customer credit today; order advances, scheme
redemption, gift vouchers, loyalty points later) registers how much is available and how
using it is written in the bill's own transaction, and how a cancellation gives it back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models_billing import CreditNote, Invoice
from jewelpos.db.models_money import CustomerCreditEntry, InvoiceSetOff
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.money import ZERO, to_paise
from jewelpos.domain.pricing import SET_OFF_KINDS, Discount, SetOff
from jewelpos.services._common import paise_to_money
from jewelpos.services.customer_groups import group_of

CUSTOMER_CREDIT = "credit"  # one of domain.pricing.SET_OFF_KINDS


@dataclass(frozen=True)
class SetOffUse:
    """One tender set off on the bill: its kind, what it draws on (a credit note's id for
    customer credit) and the amount, with the label printed on the bill."""

    kind: str
    source_id: str
    amount: Decimal
    label: str = ""


class SetOffKind(Protocol):
    """What a kind of set-off provides to the bill."""

    kind: str
    needs_customer: bool

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        """How much of the source may still be set off for this customer."""
        ...

    def apply(self, s: Session, invoice: Invoice, use: SetOffUse, *, now: datetime) -> None:
        """Write the kind's own ledger entry for using ``use`` on the invoice."""
        ...

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        """Undo a use when the bill is cancelled (a new entry, never an update)."""
        ...


_KINDS: dict[str, SetOffKind] = {}

BillHook = Callable[[Session, Invoice, tuple[SetOffUse, ...], datetime], None]
ReturnHook = Callable[[Session, CreditNote, datetime], None]
_AFTER_SAVE: list[BillHook] = []
_AFTER_CANCEL: list[BillHook] = []
_AFTER_RETURN: list[ReturnHook] = []


def after_bill_saved(hook: BillHook) -> None:
    """Call ``hook(s, invoice, uses, now)`` in every saved bill's transaction, after its
    set-offs (loyalty points are earned this way)."""
    _AFTER_SAVE.append(hook)


def after_bill_cancelled(hook: BillHook) -> None:
    """Call ``hook(s, invoice, (), now)`` when a bill is cancelled, after its set-offs are back."""
    _AFTER_CANCEL.append(hook)


def after_return(hook: ReturnHook) -> None:
    """Call ``hook(s, credit_note, now)`` in a sales return's transaction."""
    _AFTER_RETURN.append(hook)


def returned(s: Session, note: CreditNote, *, now: datetime) -> None:
    """Run the return hooks for a new credit note (called by services.returns)."""
    for hook in list(_AFTER_RETURN):
        hook(s, note, now)


def register(kind: SetOffKind) -> None:
    """Make a kind usable on bills (later tenders register themselves the same way); its name
    must be one of the domain's SET_OFF_KINDS, so pricing and the estimate file know it."""
    if kind.kind not in SET_OFF_KINDS:
        raise ValueError(f"{kind.kind!r} is not one of {SET_OFF_KINDS}")
    _KINDS[kind.kind] = kind


def kind_of(name: str) -> SetOffKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise ValidationError("set_offs", f"unknown kind of set-off {name!r}") from None


def needs_customer(name: str) -> bool:
    k = _KINDS.get(name)
    return bool(k and k.needs_customer)


def is_pre_tax(use: SetOffUse) -> bool:
    """A use its kind prices as a discount before tax (a scheme's bonus where the plan says so);
    a kind says so with an optional ``pre_tax(source_id)`` method."""
    pre_tax = getattr(_KINDS.get(use.kind), "pre_tax", None)
    return bool(pre_tax and pre_tax(use.source_id))


def for_pricing(uses: tuple[SetOffUse, ...]) -> tuple[SetOff, ...]:
    """The domain pricing's after-tax set-offs for these uses."""
    return tuple(
        SetOff(kind=u.kind, amount=u.amount, label=u.label) for u in uses if not is_pre_tax(u)
    )


def pre_tax_discounts(uses: tuple[SetOffUse, ...]) -> tuple[Discount, ...]:
    """The uses priced as discounts before tax (they reduce the taxable value, C1 point 6)."""
    return tuple(
        Discount(amount=u.amount, label=u.label or "Discount") for u in uses if is_pre_tax(u)
    )


def apply_all(s: Session, invoice: Invoice, uses: tuple[SetOffUse, ...], *, now: datetime) -> None:
    """Check each use against what is available and write it (its row on the invoice and the
    kind's own ledger entry), inside the bill's transaction. ValidationError when a use is
    more than is available or needs a customer the bill does not have."""
    drawn: dict[tuple[str, str], Decimal] = {}
    for i, use in enumerate(uses, 1):
        kind = kind_of(use.kind)
        if use.amount <= 0:
            raise ValidationError("set_offs", f"set-off {i}: the amount must be more than zero")
        if kind.needs_customer and invoice.customer_id is None:
            raise ValidationError(
                "customer", "customer credit can only be used with the customer on the bill"
            )
        key = (use.kind, use.source_id)
        drawn[key] = drawn.get(key, ZERO) + use.amount
        left = kind.available(s, invoice.customer_id, use.source_id)
        if drawn[key] > left:
            raise ValidationError(
                "set_offs",
                f"set-off {i}: only {format_inr(left)} is available, not {format_inr(drawn[key])}",
                code="set_off_over_balance",
                available=str(left),
            )
        s.add(
            InvoiceSetOff(
                invoice_id=invoice.id,
                line_no=i,
                kind=use.kind,
                source_id=use.source_id,
                label=use.label[:80],
                amount_paise=to_paise(use.amount),
            )
        )
        s.flush()
        kind.apply(s, invoice, use, now=now)
    for hook in list(_AFTER_SAVE):
        hook(s, invoice, uses, now)


def give_back_all(s: Session, invoice: Invoice, *, now: datetime) -> None:
    """A cancelled bill returns every set-off it used."""
    for row in s.scalars(
        select(InvoiceSetOff)
        .where(InvoiceSetOff.invoice_id == invoice.id)
        .order_by(InvoiceSetOff.line_no)
    ):
        kind_of(row.kind).give_back(s, invoice, row, now=now)
    for hook in list(_AFTER_CANCEL):
        hook(s, invoice, (), now)


def used_on(s: Session, invoice_id: str) -> tuple[tuple[str, Decimal], ...]:
    """(label, amount) of the set-offs of a saved bill, in order."""
    return tuple(
        (r.label or r.kind, paise_to_money(r.amount_paise))
        for r in s.scalars(
            select(InvoiceSetOff)
            .where(InvoiceSetOff.invoice_id == invoice_id)
            .order_by(InvoiceSetOff.line_no)
        )
    )


# --- customer credit: value of a return kept by the customer ----------------------------------


ADVANCE_CREDIT_LABEL = "Advance of order"


@dataclass(frozen=True)
class CreditAvailable:
    """Credit left for its customer: a credit note's, or (``kind`` "advance") the advance of a
    cancelled order kept as credit, whose order id and number stand in the first two fields."""

    credit_note_id: str
    number: str
    balance: Decimal
    kind: str = CUSTOMER_CREDIT

    @property
    def label(self) -> str:
        if self.kind != CUSTOMER_CREDIT:
            return f"{ADVANCE_CREDIT_LABEL} {self.number}"
        return f"Credit note {self.number}"


def credit_balance(s: Session, customer_id: str, credit_note_id: str | None = None) -> Decimal:
    """The customer's credit (sum of the ledger's entries), optionally of one credit note."""
    q = select(func.coalesce(func.sum(CustomerCreditEntry.amount_paise), 0)).where(
        CustomerCreditEntry.customer_id.in_(group_of(s, customer_id))
    )
    if credit_note_id is not None:
        q = q.where(CustomerCreditEntry.credit_note_id == credit_note_id)
    return paise_to_money(int(s.scalar(q) or 0))


def credits_of(s: Session, customer_id: str) -> tuple[CreditAvailable, ...]:
    """The customer's credit notes with a balance left, oldest first."""
    rows = s.execute(
        select(
            CreditNote.id,
            CreditNote.number,
            func.sum(CustomerCreditEntry.amount_paise),
        )
        .join(CreditNote, CreditNote.id == CustomerCreditEntry.credit_note_id)
        .where(CustomerCreditEntry.customer_id.in_(group_of(s, customer_id)))
        .group_by(CreditNote.id, CreditNote.number, CreditNote.issued_at)
        .order_by(CreditNote.issued_at, CreditNote.number)
    ).all()
    return tuple(
        CreditAvailable(cid, number, paise_to_money(int(total)))
        for cid, number, total in rows
        if int(total or 0) > 0
    )


def keep_as_credit(
    s: Session, *, customer_id: str, credit_note_id: str, amount: Decimal, now: datetime
) -> None:
    """The value of a return kept as the customer's credit (an entry in)."""
    s.add(
        CustomerCreditEntry(
            customer_id=customer_id,
            at=now,
            kind="kept",
            amount_paise=to_paise(amount),
            credit_note_id=credit_note_id,
        )
    )


class CustomerCredit:
    """Set-off kind: the customer's credit kept from a credit note (source: the note's id)."""

    kind = CUSTOMER_CREDIT
    needs_customer = True

    def available(self, s: Session, customer_id: str | None, source_id: str) -> Decimal:
        if customer_id is None:
            return ZERO
        return credit_balance(s, customer_id, source_id)

    def apply(self, s: Session, invoice: Invoice, use: SetOffUse, *, now: datetime) -> None:
        assert invoice.customer_id is not None
        s.add(
            CustomerCreditEntry(
                customer_id=invoice.customer_id,
                at=now,
                kind="used",
                amount_paise=-to_paise(use.amount),
                credit_note_id=use.source_id,
                invoice_id=invoice.id,
            )
        )

    def give_back(self, s: Session, invoice: Invoice, row: InvoiceSetOff, *, now: datetime) -> None:
        assert invoice.customer_id is not None
        s.add(
            CustomerCreditEntry(
                customer_id=invoice.customer_id,
                at=now,
                kind="given_back",
                amount_paise=row.amount_paise,
                credit_note_id=row.source_id,
                invoice_id=invoice.id,
            )
        )


register(CustomerCredit())

# later tenders register themselves on import (they import this module's names above)
from jewelpos.services import loyalty as _loyalty  # noqa: E402,F401
from jewelpos.services import order_set_off as _order_set_off  # noqa: E402,F401
from jewelpos.services import vouchers as _vouchers  # noqa: E402,F401
