"""Billing screen helpers for where the goods go (Deliver to, F9) and the customer's credit used
as a set-off after tax (F11): the texts shown under the lines and the set-offs to apply."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from jewelpos.domain.formatting import format_inr
from jewelpos.domain.money import ZERO
from jewelpos.services.set_offs import (
    ADVANCE_CREDIT_LABEL,
    CUSTOMER_CREDIT,
    CreditAvailable,
    SetOffUse,
)

if TYPE_CHECKING:
    from jewelpos.services.billing import BillDraft


def credit_uses(credits: Sequence[CreditAvailable], *, due: Decimal) -> tuple[SetOffUse, ...]:
    """The customer's credit notes, oldest first, set off up to the amount due."""
    uses: list[SetOffUse] = []
    left = due
    for c in credits:
        if left <= 0:
            break
        amount = min(c.balance, left)
        if amount > 0:
            uses.append(SetOffUse(c.kind, c.credit_note_id, amount, c.label))
            left -= amount
    return tuple(uses)


def _is_credit(use: SetOffUse) -> bool:
    """Customer credit: a credit note's, or a cancelled order's advance kept as credit."""
    return use.kind == CUSTOMER_CREDIT or use.label.startswith(ADVANCE_CREDIT_LABEL)


def without_credit(draft: BillDraft) -> tuple[SetOffUse, ...]:
    """The draft's set-offs other than customer credit."""
    return tuple(u for u in draft.set_offs if not _is_credit(u))


def has_credit(draft: BillDraft) -> bool:
    return any(_is_credit(u) for u in draft.set_offs)


def delivery_text(draft: BillDraft, states: Mapping[str, str]) -> str:
    """ "Deliver to (F9): at the counter" or the ship-to address and state."""
    if str(draft.delivery) == "ship":
        state = f"{states.get(draft.ship_state_code, '')} ({draft.ship_state_code})"
        return QCoreApplication.translate(
            "BillingScreen", "Deliver to (F9): {address}, {state}"
        ).format(address=draft.ship_address, state=state)
    return QCoreApplication.translate("BillingScreen", "Deliver to (F9): at the counter")


def set_offs_text(draft: BillDraft, credits: Sequence[CreditAvailable]) -> str:
    """The set-off lines (e.g. "Credit note R.../00001 -₹20,000.00") or the credit on offer."""
    if draft.set_offs:
        parts = [f"{u.label or u.kind} -{format_inr(u.amount)}" for u in draft.set_offs if u.amount]
        return QCoreApplication.translate("BillingScreen", "Set-offs (F11): {list}").format(
            list=" · ".join(parts)
        )
    available = sum((c.balance for c in credits), ZERO)
    if available > 0:
        return QCoreApplication.translate(
            "BillingScreen", "Customer's credit {amount} available: F11 uses it"
        ).format(amount=format_inr(available))
    return ""
