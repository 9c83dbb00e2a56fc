"""Why a draft cannot be saved yet: stable problem codes, and an English fallback for logs and the
command line (the screens say each code in words through ui/billing_texts.problem_text)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Problem(NamedTuple):
    """Why a draft cannot be saved yet: a stable ``code`` the UI translates, and its params."""

    code: str
    params: Mapping[str, str]

    @property
    def message(self) -> str:
        """The English sentence (command line, logs, tests)."""
        template = PROBLEM_TEXTS.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


PROBLEM_TEXTS: dict[str, str] = {
    "empty_bill": "The bill has no lines.",
    "below_floor_rate": "Line {line_no}: the rate is below the rate of the day ({floor}); "
    "a manager must approve.",
    "below_floor_making": "Line {line_no}: the making charge is below the minimum; "
    "a manager must approve.",
    "below_floor_wastage": "Line {line_no}: the wastage is below the minimum; "
    "a manager must approve.",
    "pan_required": "The invoice value is above {threshold}: enter the customer's PAN or "
    "mark Form 60.",
    "buyer_details_required": "The taxable value is {threshold} or more: the customer's "
    "{missing} are needed.",
    "payment_short": "{balance} is still to be paid.",
    "overpaid": "The payments are {amount} more than the bill and only cash can give change.",
    "cash_limit": "Cash of {amount} in one bill is not allowed: it must stay below {limit}.",
    "card_last4": "Payment {payment_no}: enter the last 4 digits of the card.",
    "cheque_number": "Payment {payment_no}: enter the cheque number.",
    "payment_amount": "Payment {payment_no}: the amount must be more than zero.",
    "huid_missing": "Line {line_no}: piece {tag} has no HUID; hallmarked gold must carry one.",
    "negative_payable": "The old gold is worth more than the bill; this is not supported yet.",
    "ship_address": "Deliver to: enter the address and state the goods are sent to.",
    "set_off_over_due": "The set-offs ({amount}) are more than the amount due ({due}).",
    "set_off_needs_customer": "Customer credit needs the customer on the bill.",
    "discount_min_bill": "{label} needs a bill of at least {minimum} before the discount.",
    "discount_nothing": "{label} takes nothing off this bill: no line has making or VA it covers.",
}
