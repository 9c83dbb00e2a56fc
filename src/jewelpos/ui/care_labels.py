"""Words for the Feedback screen's codes: complaint kinds, categories and states, touch-point
stages and the default checklist items, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "CareLabels"

KIND_NAMES: dict[str, object] = {
    "complaint": QT_TRANSLATE_NOOP("CareLabels", "Complaint"),
    "return": QT_TRANSLATE_NOOP("CareLabels", "Return"),
}
CATEGORY_NAMES: dict[str, object] = {
    "quality": QT_TRANSLATE_NOOP("CareLabels", "Quality or finish"),
    "size_fit": QT_TRANSLATE_NOOP("CareLabels", "Size or fit"),
    "weight_price": QT_TRANSLATE_NOOP("CareLabels", "Weight or price"),
    "hallmark": QT_TRANSLATE_NOOP("CareLabels", "Hallmark or purity"),
    "delivery": QT_TRANSLATE_NOOP("CareLabels", "Delivery delay"),
    "staff": QT_TRANSLATE_NOOP("CareLabels", "Staff behaviour"),
    "billing": QT_TRANSLATE_NOOP("CareLabels", "Billing mistake"),
    "exchange": QT_TRANSLATE_NOOP("CareLabels", "Exchange wanted"),
    "other": QT_TRANSLATE_NOOP("CareLabels", "Other"),
}
STATUS_NAMES: dict[str, object] = {
    "open": QT_TRANSLATE_NOOP("CareLabels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("CareLabels", "In progress"),
    "closed": QT_TRANSLATE_NOOP("CareLabels", "Closed"),
}
STAGE_NAMES: dict[str, object] = {
    "door": QT_TRANSLATE_NOOP("CareLabels", "Door"),
    "counter": QT_TRANSLATE_NOOP("CareLabels", "Counter"),
    "billing": QT_TRANSLATE_NOOP("CareLabels", "Billing"),
    "delivery": QT_TRANSLATE_NOOP("CareLabels", "Delivery"),
}
# the default checklist (services.touch_points.DEFAULT_ITEMS) read in the user's language;
# items a manager typed are shown as typed
DEFAULT_ITEM_NAMES: dict[str, object] = {
    "Greeted at the door": QT_TRANSLATE_NOOP("CareLabels", "Greeted at the door"),
    "Offered a seat and water": QT_TRANSLATE_NOOP("CareLabels", "Offered a seat and water"),
    "Asked about the occasion and budget": QT_TRANSLATE_NOOP(
        "CareLabels", "Asked about the occasion and budget"
    ),
    "Showed the purity and HUID of each piece": QT_TRANSLATE_NOOP(
        "CareLabels", "Showed the purity and HUID of each piece"
    ),
    "Explained the price break-up": QT_TRANSLATE_NOOP("CareLabels", "Explained the price break-up"),
    "Told about the savings scheme": QT_TRANSLATE_NOOP(
        "CareLabels", "Told about the savings scheme"
    ),
    "Checked the pieces and weights with the customer": QT_TRANSLATE_NOOP(
        "CareLabels", "Checked the pieces and weights with the customer"
    ),
    "Asked for feedback and thanked the customer": QT_TRANSLATE_NOOP(
        "CareLabels", "Asked for feedback and thanked the customer"
    ),
}


def _t(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate(_CTX, str(text)) if text else code


def kind_name(code: str) -> str:
    return _t(KIND_NAMES, code)


def category_name(code: str) -> str:
    return _t(CATEGORY_NAMES, code)


def status_name(code: str) -> str:
    return _t(STATUS_NAMES, code)


def stage_name(code: str) -> str:
    return _t(STAGE_NAMES, code)


def item_name(text: str) -> str:
    return _t(DEFAULT_ITEM_NAMES, text)
