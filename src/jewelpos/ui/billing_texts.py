"""Billing's sentences for the cashier: why a bill cannot be saved yet (quote problem codes), and
the bill's error codes (BILLING_CODES), each said here only."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_inr
from jewelpos.ui.labels import status_name
from jewelpos.ui.messages import error_text


def _money(value: Any) -> str:
    """A money param as ``₹1,52,226.00`` whether it came as Decimal or as already-formatted text."""
    if isinstance(value, Decimal):
        return format_inr(value)
    text = str(value)
    try:
        return format_inr(Decimal(text.replace(",", "").replace("₹", "")))
    except InvalidOperation:
        return text


_LAW_PAN = Decimal("200000")
_LAW_BUYER = Decimal("50000")


def _is_amount(value: Any, amount: Decimal) -> bool:
    """The threshold param is the law's default (or absent): its sentence, already translated
    with the amount in words, is used; a shop's own threshold is printed as it is set."""
    if value is None or value == "":
        return True
    return _money(value) == format_inr(amount)


def _missing_words(missing: str) -> str:
    names = {
        "name": QCoreApplication.translate("Billing", "name"),
        "address": QCoreApplication.translate("Billing", "address"),
        "state": QCoreApplication.translate("Billing", "state"),
    }
    parts = [names.get(p.strip(), p.strip()) for p in missing.split(",") if p.strip()]
    if len(parts) > 1:
        return QCoreApplication.translate("Billing", "{first} and {last}").format(
            first=", ".join(parts[:-1]), last=parts[-1]
        )
    return "".join(parts)


def problem_text(code: str, params: Mapping[str, Any]) -> str:
    """One translated sentence per quote problem code (services.billing.Problem)."""
    p = dict(params)
    if code == "empty_bill":
        return QCoreApplication.translate(
            "Billing", "Scan a tag or add an item (F5) to start the bill."
        )
    if code == "below_floor_rate":
        return QCoreApplication.translate(
            "Billing",
            "Line {line}: the rate is below today's rate ({floor}): a manager must approve.",
        ).format(line=p.get("line_no", ""), floor=p.get("floor", ""))
    if code == "below_floor_making":
        return QCoreApplication.translate(
            "Billing",
            "Line {line}: the making charge is below the minimum: a manager must approve.",
        ).format(line=p.get("line_no", ""))
    if code == "below_floor_wastage":
        return QCoreApplication.translate(
            "Billing", "Line {line}: the wastage is below the minimum: a manager must approve."
        ).format(line=p.get("line_no", ""))
    if code == "pan_required":
        if _is_amount(p.get("threshold"), _LAW_PAN):
            return QCoreApplication.translate(
                "Billing",
                "Invoice value over ₹2 lakh: the customer's PAN or Form 60 is needed (F4).",
            )
        return QCoreApplication.translate(
            "Billing",
            "Invoice value over {threshold}: the customer's PAN or Form 60 is needed (F4).",
        ).format(threshold=_money(p.get("threshold", "")))
    if code == "buyer_details_required":
        missing = _missing_words(str(p.get("missing", "")))
        if _is_amount(p.get("threshold"), _LAW_BUYER):
            return QCoreApplication.translate(
                "Billing", "Taxable value ₹50,000 or more: the buyer's {missing} are needed (F4)."
            ).format(missing=missing)
        return QCoreApplication.translate(
            "Billing", "Taxable value {threshold} or more: the buyer's {missing} are needed (F4)."
        ).format(threshold=_money(p.get("threshold", "")), missing=missing)
    if code == "payment_short":
        return QCoreApplication.translate("Billing", "{balance} is still to be paid (F8).").format(
            balance=_money(p.get("balance", ""))
        )
    if code == "overpaid":
        return QCoreApplication.translate(
            "Billing",
            "The payments are {amount} more than the bill; only cash can give change (F8).",
        ).format(amount=_money(p.get("amount", "")))
    if code == "cash_limit":
        return QCoreApplication.translate(
            "Billing", "Cash of {amount} in one bill is not allowed: cash must stay below {limit}."
        ).format(amount=_money(p.get("amount", "")), limit=_money(p.get("limit", "")))
    if code == "card_last4":
        return QCoreApplication.translate(
            "Billing", "Payment {n}: type the last 4 digits of the card."
        ).format(n=p.get("payment_no", ""))
    if code == "cheque_number":
        return QCoreApplication.translate("Billing", "Payment {n}: type the cheque number.").format(
            n=p.get("payment_no", "")
        )
    if code == "payment_amount":
        return QCoreApplication.translate(
            "Billing", "Payment {n}: the amount must be more than zero."
        ).format(n=p.get("payment_no", ""))
    if code == "ship_address":
        return QCoreApplication.translate(
            "Billing", "Deliver to (F9): type the address and state the goods are sent to."
        )
    if code == "set_off_over_due":
        return QCoreApplication.translate(
            "Billing", "The set-offs ({amount}) are more than the amount due ({due}): F11 again."
        ).format(amount=_money(p.get("amount", "")), due=_money(p.get("due", "")))
    if code == "set_off_needs_customer":
        return QCoreApplication.translate(
            "Billing", "Customer credit needs the customer on the bill (F4)."
        )
    if code == "discount_min_bill":
        return QCoreApplication.translate(
            "Billing", "{label} needs a bill of at least {minimum} before the discount (Ctrl+U)."
        ).format(label=p.get("label", ""), minimum=_money(p.get("minimum", "")))
    if code == "discount_nothing":
        return QCoreApplication.translate(
            "Billing", "{label} takes nothing off this bill: no line has making or VA it covers."
        ).format(label=p.get("label", ""))
    if code == "huid_missing":
        return QCoreApplication.translate(
            "Billing",
            "Line {line}: piece {tag} has no HUID. Hallmarked gold must carry one "
            "(shops under ₹40 lakh turnover are exempt: Shop settings).",
        ).format(line=p.get("line_no", ""), tag=p.get("tag", ""))
    if code == "negative_payable":
        return QCoreApplication.translate(
            "Billing", "The old gold is worth more than the bill: add items or reduce the old gold."
        )
    return QCoreApplication.translate(
        "Billing", "The bill cannot be saved yet: check its lines and payments."
    )


def cash_limit_text(params: Mapping[str, Any]) -> str:
    """Section 269ST refusal: what the customer has paid in cash today and what is still allowed."""
    remaining = _money(params.get("remaining", "0"))
    already = next(
        (params[k] for k in ("already_paid", "already", "already_paid_today") if k in params),
        None,
    )
    if already is not None and _money(already) != format_inr(Decimal(0)):
        return QCoreApplication.translate(
            "Billing",
            "Cash limit: this customer has paid {paid} in cash today; "
            "at most {remaining} more in cash. Take the rest by card, UPI or bank.",
        ).format(paid=_money(already), remaining=remaining)
    return QCoreApplication.translate(
        "Billing",
        "Cash limit: at most {remaining} may be taken in cash. Take the rest by card, UPI or bank.",
    ).format(remaining=remaining)


def day_reopen_refused_text(params: Mapping[str, Any]) -> str:
    """Why a closed day can no longer be reopened."""
    if params.get("why") == "synced":
        return QCoreApplication.translate(
            "Billing",
            "The day cannot be reopened: its day-end report has already reached head office.",
        )
    return QCoreApplication.translate(
        "Billing",
        "The day cannot be reopened: the hours allowed for reopening after day end have passed.",
    )


BILLING_CODES = frozenset(
    {
        "cash_limit",
        "pan_required",
        "buyer_details_required",
        "day_closed",
        "day_reopen_refused",
        "piece_not_available",
    }
)
"""Error codes whose one translated sentence is here (ui/messages.error_text asks for it);
every other code is said by ui/messages.error_text alone."""


def billing_code_text(exc: JewelPOSError) -> str | None:
    """The sentence for a bill's error code (BILLING_CODES, or a code scanned and not found),
    or None for the codes ui/messages says."""
    p = exc.params
    code = exc.code
    if code == "cash_limit":
        return cash_limit_text(p)
    if code == "pan_required":
        return problem_text("pan_required", p)
    if code == "buyer_details_required":
        if _is_amount(p.get("threshold"), _LAW_BUYER):
            return QCoreApplication.translate(
                "Billing",
                "Taxable value ₹50,000 or more: the buyer's name, address and state are needed "
                "(F4).",
            )
        return QCoreApplication.translate(
            "Billing",
            "Taxable value {threshold} or more: the buyer's name, address and state are needed "
            "(F4).",
        ).format(threshold=_money(p.get("threshold", "")))
    if code == "day_reopen_refused":
        return day_reopen_refused_text(p)
    if code == "day_closed":
        return QCoreApplication.translate(
            "Billing", "Today's day end is done: no more bills can be saved today."
        )
    if code == "piece_not_available":
        tag = p.get("tag_code", "")
        status = p.get("status", "")
        if tag and status:
            return QCoreApplication.translate(
                "Billing", "Piece {tag} is {status}: it cannot be billed."
            ).format(tag=tag, status=status_name(status).lower())
        return QCoreApplication.translate(
            "Billing", "This piece is not available for sale. Check its status in Stock."
        )
    if code == "not_found" and p.get("code"):
        return QCoreApplication.translate(
            "Billing", "No piece or estimate with the code {code}. Check it and scan again."
        ).format(code=p["code"])
    return None


def billing_error_text(exc: JewelPOSError) -> str:
    """A refusal from the billing services, said so the cashier knows what to do next (one
    sentence per error code: ui/messages.error_text, which takes the bill's codes from here)."""
    return error_text(exc)
