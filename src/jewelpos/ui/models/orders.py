"""Table models of the Orders screen: orders and repairs (RowsModel columns; RowRole gives the row)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.domain.orders import STATUS_LABELS
from jewelpos.services.orders import OrderRow
from jewelpos.services.repairs import RepairView
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.models.stock_tools import Column, RowsModel

_CTX = "OrdersModel"


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(_CTX, text)


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CTX, STATUS_LABELS.get(status, status))


def weight_range(low: int, high: int) -> str:
    return (
        format_weight_mg(low)
        if low == high
        else f"{format_weight_mg(low)[:-2]}-{format_weight_mg(high)}"
    )


def orders_model(parent: QObject | None = None) -> RowsModel[OrderRow]:
    return RowsModel(
        [
            Column(_t("Order"), lambda r: r.number),
            Column(_t("Customer"), lambda r: f"{r.customer_name} {r.customer_mobile}"),
            Column(_t("Item"), lambda r: f"{r.what} {r.purity_label}"),
            Column(
                _t("Weight"), lambda r: weight_range(r.weight_min_mg, r.weight_max_mg), right=True
            ),
            Column(_t("Promised"), lambda r: fmt_date(r.promised_on)),
            Column(_t("Status"), lambda r: status_text(r.status)),
            Column(_t("Karigar"), lambda r: r.karigar_name),
            Column(_t("Advance"), lambda r: format_inr(r.advance, symbol=False), right=True),
            Column(_t("Tag"), lambda r: r.tag_code),
        ],
        parent,
    )


def repairs_model(parent: QObject | None = None) -> RowsModel[RepairView]:
    return RowsModel(
        [
            Column(_t("Repair"), lambda r: r.number),
            Column(_t("Customer"), lambda r: f"{r.customer_name} {r.customer_mobile}"),
            Column(_t("Piece"), lambda r: f"{r.description} {r.purity_label}"),
            Column(_t("Weight in"), lambda r: format_weight_mg(r.weight_in_mg), right=True),
            Column(_t("Promised"), lambda r: fmt_date(r.promised_on)),
            Column(_t("Status"), lambda r: status_text(r.status)),
            Column(_t("Karigar"), lambda r: r.karigar_name),
            Column(
                _t("Bill"),
                lambda r: format_inr(r.payable, symbol=False) if r.payable is not None else "",
                right=True,
            ),
        ],
        parent,
    )
