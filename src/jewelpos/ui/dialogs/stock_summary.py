"""Stock summary: pieces and gross / net / fine weights by status, metal, purity and category."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.formatting import format_weight_mg
from jewelpos.ui.labels import category_name, metal_name, status_name
from jewelpos.ui.models.stock_tools import Column, RowsModel

if TYPE_CHECKING:
    from jewelpos.services.stock import SummaryRow


def summary_model(parent: QWidget | None = None) -> RowsModel[SummaryRow]:
    return RowsModel(
        [
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Status"),
                lambda r: status_name(r.status),
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Metal"),
                lambda r: metal_name(r.metal),
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Purity"),
                lambda r: r.purity_label,
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Category"),
                lambda r: category_name(r.category_name, r.category_name_hi),
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Pieces"),
                lambda r: str(r.piece_count),
                right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Gross"),
                lambda r: format_weight_mg(r.gross_mg),
                right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Net"),
                lambda r: format_weight_mg(r.net_mg),
                right=True,
            ),
            Column(
                lambda: QCoreApplication.translate("StockSummaryDialog", "Fine"),
                lambda r: format_weight_mg(r.fine_mg),
                right=True,
            ),
        ],
        parent,
    )


class StockSummaryDialog(QDialog):
    """A table of the stock summary with a totals line; Esc closes."""

    def __init__(self, rows: Sequence[SummaryRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockSummaryDialog")
        self.setWindowTitle(self.tr("Stock summary"))
        self.model = summary_model(self)
        self.model.set_rows(rows)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        in_stock = [r for r in rows if r.status == "in_stock"]
        self.totals = QLabel(
            self.tr("In stock: {count} pieces · gross {gross} · net {net} · fine {fine}").format(
                count=sum(r.piece_count for r in in_stock),
                gross=format_weight_mg(sum(r.gross_mg for r in in_stock)),
                net=format_weight_mg(sum(r.net_mg for r in in_stock)),
                fine=format_weight_mg(sum(r.fine_mg for r in in_stock)),
            )
        )
        self.totals.setObjectName("footerCount")
        close = QPushButton(self.tr("Close  (Esc)"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.totals)
        layout.addWidget(close)
        self.resize(900, 520)
