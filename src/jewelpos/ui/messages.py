"""Turns domain errors (code + params) into translated sentences that say what to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jewelpos.domain.errors import JewelPOSError, ValidationError

_CTX = "Messages"

# Field names used by services and domain validation -> labels shown to people.
_FIELD_LABELS: dict[str, object] = {
    "shop_name": QT_TRANSLATE_NOOP("Messages", "Shop name"),
    "legal_name": QT_TRANSLATE_NOOP("Messages", "Legal name"),
    "gstin": QT_TRANSLATE_NOOP("Messages", "GSTIN"),
    "state_code": QT_TRANSLATE_NOOP("Messages", "State"),
    "address": QT_TRANSLATE_NOOP("Messages", "Address"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "pin_code": QT_TRANSLATE_NOOP("Messages", "PIN code"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Messages", "Mobile"),
    "branch_code": QT_TRANSLATE_NOOP("Messages", "Branch code"),
    "branch_name": QT_TRANSLATE_NOOP("Messages", "Branch name"),
    "counter_code": QT_TRANSLATE_NOOP("Messages", "Counter code"),
    "owner_username": QT_TRANSLATE_NOOP("Messages", "User name"),
    "username": QT_TRANSLATE_NOOP("Messages", "User name"),
    "owner_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "display_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "owner_pin": QT_TRANSLATE_NOOP("Messages", "PIN"),
    "pin": QT_TRANSLATE_NOOP("Messages", "PIN"),
    "rate": QT_TRANSLATE_NOOP("Messages", "Rate"),
    "huid": QT_TRANSLATE_NOOP("Messages", "HUID"),
    "pan": QT_TRANSLATE_NOOP("Messages", "PAN"),
    "refund": QT_TRANSLATE_NOOP("Messages", "Refund"),
    "set_offs": QT_TRANSLATE_NOOP("Messages", "Set-offs"),
    "ship_address": QT_TRANSLATE_NOOP("Messages", "Deliver to"),
    # shop settings and day end
    "hallmark_fee": QT_TRANSLATE_NOOP("Messages", "Hallmark fee"),
    "cash_limit": QT_TRANSLATE_NOOP("Messages", "Cash limit"),
    "pan_threshold": QT_TRANSLATE_NOOP("Messages", "PAN needed above"),
    "buyer_details_threshold": QT_TRANSLATE_NOOP("Messages", "Buyer details from"),
    "repair_labour_gst_percent": QT_TRANSLATE_NOOP("Messages", "Repair labour GST"),
    "time_zone": QT_TRANSLATE_NOOP("Messages", "Time zone"),
    "reopen_hours": QT_TRANSLATE_NOOP("Messages", "Hours to reopen a day"),
    "huid_exempt": QT_TRANSLATE_NOOP("Messages", "HUID exemption"),
    "wastage_percent": QT_TRANSLATE_NOOP("Messages", "VA / wastage"),
    "making_value": QT_TRANSLATE_NOOP("Messages", "Making charge"),
    "opening_float": QT_TRANSLATE_NOOP("Messages", "Opening float"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
    "tag_code": QT_TRANSLATE_NOOP("Messages", "Tag code"),
    "barcode": QT_TRANSLATE_NOOP("Messages", "Barcode"),
    "layout": QT_TRANSLATE_NOOP("Messages", "Tag layout"),
}

# What a malformed value should look like, per field: the domain's English problem text names
# the typed value, so the counter shows these translated hints instead.
_FIELD_HINTS: dict[str, object] = {
    "gstin": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid GSTIN: 15 characters like 27AAPFU0939F1ZV. Check each character."
    ),
    "pin_code": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid PIN code: 6 digits, not starting with 0."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9."
    ),
    "mobile": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Indian mobile number: 10 digits starting with 6, 7, 8 or 9."
    ),
    "huid": QT_TRANSLATE_NOOP("Messages", "Not a valid HUID: 6 letters or digits."),
    "pan": QT_TRANSLATE_NOOP("Messages", "Not a valid PAN: 5 letters, 4 digits, 1 letter."),
    "rate": QT_TRANSLATE_NOOP("Messages", "Enter the rate in rupees per gram, like 7150.00."),
    "branch_code": QT_TRANSLATE_NOOP("Messages", "Use 1 to 3 letters or digits, like B1."),
    "counter_code": QT_TRANSLATE_NOOP("Messages", "Use 1 to 2 letters or digits, like C1."),
    "state_code": QT_TRANSLATE_NOOP("Messages", "Choose the shop's state from the list."),
    "username": QT_TRANSLATE_NOOP(
        "Messages", "Use 3 to 32 small letters or digits (also . _ -), like ramesh."
    ),
    "owner_username": QT_TRANSLATE_NOOP(
        "Messages", "Use 3 to 32 small letters or digits (also . _ -), like ramesh."
    ),
}
_REQUIRED_WORDS = ("required", "empty", "missing", "blank")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _base(field: str) -> str:
    """``items[0].huid`` -> ``huid``."""
    return field.split(".")[-1].split("[")[0]


def field_label(field: str) -> str:
    """The translated label of a field name such as ``pin_code`` (the name itself if unknown)."""
    base = _base(field)
    label = _FIELD_LABELS.get(base)
    return _t(str(label)) if label else field


def problem_text(exc: ValidationError) -> str:
    """The problem alone, for showing right at the field it belongs to."""
    problem = exc.problem.lower()
    if any(word in problem for word in _REQUIRED_WORDS):
        return QCoreApplication.translate("Messages", "This is required.")
    base = _base(exc.field)
    if base in _FIELD_HINTS:
        return _t(str(_FIELD_HINTS[base]))
    return exc.problem[:1].upper() + exc.problem[1:]


def error_text(exc: JewelPOSError) -> str:
    """One sentence for the cashier: what went wrong and what to do now."""
    p = exc.params
    newer = _document_error_text(exc) or _sync_error_text(exc)
    if newer is not None:
        return newer
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "{field}: {problem}").format(
            field=field_label(exc.field), problem=problem_text(exc)
        )
    code = exc.code
    if code == "invalid_credentials":
        return QCoreApplication.translate("Messages", "Wrong user or PIN. Try again.")
    if code == "permission_denied":
        return QCoreApplication.translate(
            "Messages", "You are not allowed to do this. Ask a manager or the owner."
        )
    if code == "rate_not_set":
        label = p.get("label")
        if label:
            return QCoreApplication.translate(
                "Messages",
                "Today's rate for {label} is not set. Ask a manager to set today's rates.",
            ).format(label=label)
        return QCoreApplication.translate(
            "Messages", "Today's rates are not set. Ask a manager to set today's rates."
        )
    if code == "not_found":
        return QCoreApplication.translate(
            "Messages", "Not found. It may have been removed; search again."
        )
    if code == "duplicate":
        value = p.get("value")
        if value:
            return QCoreApplication.translate(
                "Messages", "{value} is already in use. Enter a different one."
            ).format(value=value)
        return QCoreApplication.translate(
            "Messages", "This value is already in use. Enter a different one."
        )
    if code == "piece_not_available":
        return QCoreApplication.translate(
            "Messages", "This piece is not available for sale. Check its status in Stock."
        )
    if code == "already_initialised":
        return QCoreApplication.translate(
            "Messages", "This counter is already set up. Log in instead."
        )
    if code == "disk_full":
        return QCoreApplication.translate(
            "Messages", "The disk is full. Nothing was lost. Free some space, then try again."
        )
    if code == "database_busy":
        return QCoreApplication.translate(
            "Messages",
            "The database is busy in another program. Nothing was lost. Try again in a moment.",
        )
    if code == "environment":
        return QCoreApplication.translate(
            "Messages", "A problem outside JewelPOS stopped this: {detail}. Nothing was lost."
        ).format(detail=exc.message)
    if code == "series_renewal_required":
        return QCoreApplication.translate(
            "Messages",
            "This counter was restored from a backup: it numbers no bill until head office "
            "gives it a new counter code. Nothing was saved. Ask head office for the code, "
            "then run: jewelpos series renew CODE",
        )
    return exc.message


def _amount(value: object) -> str:
    """A money param as ``₹2,00,000.00`` (Decimal or text); "the limit" when it is missing."""
    from decimal import Decimal, InvalidOperation

    from jewelpos.domain.formatting import format_inr

    if value is None or value == "":
        return QCoreApplication.translate("Messages", "the shop's limit")
    if isinstance(value, Decimal):
        return format_inr(value)
    try:
        return format_inr(Decimal(str(value).replace(",", "").replace("₹", "").strip()))
    except InvalidOperation:
        return str(value)


def _document_error_text(exc: JewelPOSError) -> str | None:
    """Bills, counts, imports and printers: the errors of the newer services, or None."""
    p = exc.params
    code = exc.code
    if code == "cash_limit":
        from jewelpos.ui.billing_texts import cash_limit_text  # it builds on this module

        return cash_limit_text(p)
    if code == "pan_required":
        # the shop's threshold comes with the error (a setting); the law's default keeps its
        # translated sentence
        if _amount(p.get("threshold")) in (_amount(None), _amount("200000")):
            return QCoreApplication.translate(
                "Messages", "Invoice value over ₹2 lakh: the customer's PAN or Form 60 is needed."
            )
        return QCoreApplication.translate(
            "Messages", "Invoice value over {threshold}: the customer's PAN or Form 60 is needed."
        ).format(threshold=_amount(p.get("threshold")))
    if code == "buyer_details_required":
        if _amount(p.get("threshold")) in (_amount(None), _amount("50000")):
            return QCoreApplication.translate(
                "Messages",
                "Taxable value ₹50,000 or more: the buyer's name, address and state are needed.",
            )
        return QCoreApplication.translate(
            "Messages",
            "Taxable value {threshold} or more: the buyer's name, address and state are needed.",
        ).format(threshold=_amount(p.get("threshold")))
    if code == "approval_required":
        return QCoreApplication.translate(
            "Messages", "A manager must approve this with their PIN first."
        )
    if code == "day_reopen_refused":
        closed = QCoreApplication.translate(
            "Messages", "This day is closed at day end: it takes no more bills or estimates."
        )
        if exc.params.get("why") == "synced":
            why = QCoreApplication.translate(
                "Messages", "It cannot be reopened: its report has reached head office."
            )
        else:
            why = QCoreApplication.translate(
                "Messages", "It cannot be reopened: the hours allowed for that have passed."
            )
        return f"{closed} {why}"
    if code == "day_closed":
        return QCoreApplication.translate(
            "Messages", "This day is closed at day end: it takes no more bills or estimates."
        )
    if code == "stocktake_closed":
        return QCoreApplication.translate(
            "Messages", "This stock count is closed. Start a new count (F2) to scan again."
        )
    if code == "import_refused":
        return QCoreApplication.translate(
            "Messages",
            "Bad rows in the file: {count}. Nothing was imported. "
            "Correct the rows listed, then import again.",
        ).format(count=p.get("count", ""))
    if code == "import_cancelled":
        return QCoreApplication.translate("Messages", "Import cancelled: nothing was imported.")
    if code == "printer_unavailable":
        printer = p.get("printer", "")
        if printer:
            return QCoreApplication.translate(
                "Messages",
                "The printer at {printer} is not answering. Nothing was lost: the print waits "
                "and can be printed again (Ctrl+Shift+R) when the printer is on.",
            ).format(printer=printer)
        return QCoreApplication.translate(
            "Messages",
            "The printer is not answering. Nothing was lost: the print waits "
            "and can be printed again (Ctrl+Shift+R) when the printer is on.",
        )
    if code == "demo_exists":
        return QCoreApplication.translate(
            "Messages", "This data folder already holds a shop: the demo shop was not made over it."
        )
    if code == "order_state":
        number = p.get("number", "")
        if number:
            return QCoreApplication.translate(
                "Messages",
                "{number} is not at a step that allows this. Check its status on the Orders "
                "screen (Ctrl+9).",
            ).format(number=number)
        return QCoreApplication.translate(
            "Messages",
            "This order or repair is not at a step that allows this. Check its status on the "
            "Orders screen (Ctrl+9).",
        )
    if code == "piece_reserved":
        order = p.get("order", "")
        if order:
            return QCoreApplication.translate(
                "Messages",
                "This piece was made for order {order}: deliver it from the Orders screen (F6).",
            ).format(order=order)
        return QCoreApplication.translate(
            "Messages",
            "This piece was made for a customer's order: deliver it from the Orders screen (F6).",
        )
    if code == "not_initialised":
        return QCoreApplication.translate(
            "Messages", "This counter is not set up yet. Finish the first-run setup first."
        )
    return None


def _sync_error_text(exc: JewelPOSError) -> str | None:
    """Head-office sync refusals by their kind, or None."""
    code = exc.code
    if code == "sync_busy":
        return QCoreApplication.translate(
            "Messages",
            "Another JewelPOS window on this counter is already syncing. "
            "Nothing was lost; it will be sent from there.",
        )
    if code == "branch_data_missing":
        return QCoreApplication.translate(
            "Messages",
            "Head office has no users of this branch yet. Let the branch's first counter "
            "sync, then finish setup here again.",
        )
    if code != "sync_failed":
        return None
    kind = str(exc.params.get("kind", ""))
    texts = {
        "offline": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office cannot be reached. Bills are kept here and will be sent when it can.",
        ),
        "server": QT_TRANSLATE_NOOP(
            "Messages", "The head-office server has a problem. Sending will be tried again."
        ),
        "protocol": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office refused or garbled the request. Nothing was lost; "
            "tell the shop's support person if it happens again.",
        ),
        "auth": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office does not know this counter or the code. "
            "Ask head office for a new enrolment code.",
        ),
        "revoked": QT_TRANSLATE_NOOP(
            "Messages", "Head office has switched this counter off. Ask head office why."
        ),
        "gone": QT_TRANSLATE_NOOP(
            "Messages",
            "Head office needs this counter to download everything again. "
            "Ask a manager to start a fresh download.",
        ),
        "mismatch": QT_TRANSLATE_NOOP(
            "Messages",
            "The enrolment code is for another branch or counter than this one. "
            "Ask head office for this counter's code.",
        ),
        "address": QT_TRANSLATE_NOOP(
            "Messages", "That is not a web address. Type it like 192.168.1.5:8000."
        ),
        "not_enrolled": QT_TRANSLATE_NOOP(
            "Messages",
            "This counter is not connected to head office yet. Ask a manager to connect it.",
        ),
    }
    text = texts.get(kind)
    if text is not None:
        return _t(str(text))
    return QCoreApplication.translate(
        "Messages", "Sync with head office did not work: {detail}. Nothing was lost."
    ).format(detail=exc.message)


def bug_text() -> str:
    """What people see when our own code failed: no traceback, a clear next step."""
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong inside JewelPOS. Nothing you typed was lost. "
        "Try again; if it happens again, tell the shop's support person.",
    )
