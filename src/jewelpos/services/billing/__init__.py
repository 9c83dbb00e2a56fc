"""Counter billing, one module per concern; every public name is importable from here.

drafts (what the counter edits), problems (why a draft cannot be saved), quote (pricing a draft),
lines (lines from stock and their floors), approvals (what a bill needs approved), save (a final
invoice in one transaction), voucher (its old-gold voucher), corrections (cancelling), views
(saved bills as stored), document (the printable invoice), service (the BillingService facade).
"""

from jewelpos.services.approvals import APPROVAL_VALID_SECONDS, Approval
from jewelpos.services.billing.corrections import back_to_stock
from jewelpos.services.billing.document import invoice_document
from jewelpos.services.billing.drafts import (
    APPROVE_BELOW_FLOOR,
    APPROVE_CANCEL,
    APPROVE_RETURN,
    PAYMENT_LABELS,
    BillDraft,
    BillLine,
    BillStatus,
    CustomerOnBill,
    Delivery,
    OldGoldEntry,
    PaymentEntry,
    PaymentMode,
    approve_line,
    draft_from_json,
    draft_to_json,
)
from jewelpos.services.billing.lines import day_rate, line_for_code, piece_line, untagged_line
from jewelpos.services.billing.problems import PROBLEM_TEXTS, Problem
from jewelpos.services.billing.quote import (
    HUID_EXEMPT_BELOW_MG,
    BillQuote,
    LineAmounts,
    below_floor,
    missing_buyer_details,
    place_of_supply,
    quote_draft,
    supply_for,
)
from jewelpos.services.billing.save import (
    DOC_CREDIT_NOTE,
    DOC_ESTIMATE,
    DOC_INVOICE,
    DOC_OLD_GOLD,
    day_closed,
    save_bill,
)
from jewelpos.services.billing.service import SETTINGS_CACHE_SECONDS, BillingService
from jewelpos.services.billing.views import (
    BillLineView,
    BillSummary,
    BillView,
    CreditNoteInfo,
    PaymentView,
    SavedBill,
    bill_view,
    bills_for_day,
    find_bill,
    get_invoice,
)

# the names services/returns.py (and code written before the split) import
_back_to_stock = back_to_stock
_get_invoice = get_invoice

__all__ = [
    "APPROVAL_VALID_SECONDS",
    "APPROVE_BELOW_FLOOR",
    "APPROVE_CANCEL",
    "APPROVE_RETURN",
    "DOC_CREDIT_NOTE",
    "DOC_ESTIMATE",
    "DOC_INVOICE",
    "DOC_OLD_GOLD",
    "HUID_EXEMPT_BELOW_MG",
    "PAYMENT_LABELS",
    "PROBLEM_TEXTS",
    "SETTINGS_CACHE_SECONDS",
    "Approval",
    "BillDraft",
    "BillLine",
    "BillLineView",
    "BillQuote",
    "BillStatus",
    "BillSummary",
    "BillView",
    "BillingService",
    "CreditNoteInfo",
    "CustomerOnBill",
    "Delivery",
    "LineAmounts",
    "OldGoldEntry",
    "PaymentEntry",
    "PaymentMode",
    "PaymentView",
    "Problem",
    "SavedBill",
    "approve_line",
    "back_to_stock",
    "below_floor",
    "bill_view",
    "bills_for_day",
    "day_closed",
    "day_rate",
    "draft_from_json",
    "draft_to_json",
    "find_bill",
    "get_invoice",
    "invoice_document",
    "line_for_code",
    "missing_buyer_details",
    "piece_line",
    "place_of_supply",
    "quote_draft",
    "save_bill",
    "supply_for",
    "untagged_line",
]
