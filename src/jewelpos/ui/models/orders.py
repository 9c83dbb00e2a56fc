"""Table models of the Orders screen: orders and repairs (RowsModel columns; RowRole gives the row)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.domain.orders import SOURCE_LABELS, STATUS_LABELS, WORK_LABELS
from jewelpos.services.orders import OrderRow
from jewelpos.services.repairs import RepairView
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.models.stock_tools import Column, RowsModel

_CTX = "OrdersModel"

# The domain's English labels, marked here so that translators see them (lupdate).
_MARKED = (
    QT_TRANSLATE_NOOP("OrdersModel", "Taken"),
    QT_TRANSLATE_NOOP("OrdersModel", "With karigar"),
    QT_TRANSLATE_NOOP("OrdersModel", "Received"),
    QT_TRANSLATE_NOOP("OrdersModel", "Ready"),
    QT_TRANSLATE_NOOP("OrdersModel", "Delivered"),
    QT_TRANSLATE_NOOP("OrdersModel", "Cancelled"),
    QT_TRANSLATE_NOOP("OrdersModel", "Shop sample"),
    QT_TRANSLATE_NOOP("OrdersModel", "Customer sample"),
    QT_TRANSLATE_NOOP("OrdersModel", "Catalogue item"),
    QT_TRANSLATE_NOOP("OrdersModel", "Stock piece"),
    QT_TRANSLATE_NOOP("OrdersModel", "Description"),
    QT_TRANSLATE_NOOP("OrdersModel", "Resize"),
    QT_TRANSLATE_NOOP("OrdersModel", "Solder"),
    QT_TRANSLATE_NOOP("OrdersModel", "Polish"),
    QT_TRANSLATE_NOOP("OrdersModel", "Add stones"),
    QT_TRANSLATE_NOOP("OrdersModel", "Add metal"),
)
_HEADERS = {
    "order": QT_TRANSLATE_NOOP("OrdersModel", "Order"),
    "repair": QT_TRANSLATE_NOOP("OrdersModel", "Repair"),
    "customer": QT_TRANSLATE_NOOP("OrdersModel", "Customer"),
    "item": QT_TRANSLATE_NOOP("OrdersModel", "Item"),
    "piece": QT_TRANSLATE_NOOP("OrdersModel", "Piece"),
    "weight": QT_TRANSLATE_NOOP("OrdersModel", "Weight"),
    "weight_in": QT_TRANSLATE_NOOP("OrdersModel", "Weight in"),
    "promised": QT_TRANSLATE_NOOP("OrdersModel", "Promised"),
    "status": QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    "karigar": QT_TRANSLATE_NOOP("OrdersModel", "Karigar"),
    "advance": QT_TRANSLATE_NOOP("OrdersModel", "Advance"),
    "tag": QT_TRANSLATE_NOOP("OrdersModel", "Tag"),
    "bill": QT_TRANSLATE_NOOP("OrdersModel", "Bill"),
}


def _header(key: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(_CTX, str(_HEADERS[key]))


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CTX, STATUS_LABELS.get(status, status))


def source_text(source: str) -> str:
    return QCoreApplication.translate(_CTX, SOURCE_LABELS.get(source, source))


def work_text(work: str) -> str:
    return QCoreApplication.translate(_CTX, WORK_LABELS.get(work, work))


def weight_range(low: int, high: int) -> str:
    return (
        format_weight_mg(low)
        if low == high
        else f"{format_weight_mg(low)[:-2]}-{format_weight_mg(high)}"
    )


def orders_model(parent: QObject | None = None) -> RowsModel[OrderRow]:
    return RowsModel(
        [
            Column(_header("order"), lambda r: r.number),
            Column(_header("customer"), lambda r: r.customer_name),
            Column(_header("item"), lambda r: f"{r.what} {r.purity_label}"),
            Column(
                _header("weight"),
                lambda r: weight_range(r.weight_min_mg, r.weight_max_mg),
                right=True,
            ),
            Column(_header("promised"), lambda r: fmt_date(r.promised_on)),
            Column(_header("status"), lambda r: status_text(r.status)),
            Column(_header("karigar"), lambda r: r.karigar_name),
            Column(_header("advance"), lambda r: format_inr(r.advance, symbol=False), right=True),
            Column(_header("tag"), lambda r: r.tag_code),
        ],
        parent,
    )


def repairs_model(parent: QObject | None = None) -> RowsModel[RepairView]:
    return RowsModel(
        [
            Column(_header("repair"), lambda r: r.number),
            Column(_header("customer"), lambda r: r.customer_name),
            Column(_header("piece"), lambda r: f"{r.description} {r.purity_label}"),
            Column(_header("weight_in"), lambda r: format_weight_mg(r.weight_in_mg), right=True),
            Column(_header("promised"), lambda r: fmt_date(r.promised_on)),
            Column(_header("status"), lambda r: status_text(r.status)),
            Column(_header("karigar"), lambda r: r.karigar_name),
            Column(
                _header("bill"),
                lambda r: format_inr(r.payable, symbol=False) if r.payable is not None else "",
                right=True,
            ),
        ],
        parent,
    )
