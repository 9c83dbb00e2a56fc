"""Table model of the Reports screen's plain-table reports (stock ageing, cash book, scheme
collections and liability): headers from the column keys in words, cells by kind."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from jewelpos.ui.models.reports import cell_text

if TYPE_CHECKING:
    from jewelpos.services.reports_more import TableReport

_Index = QModelIndex | QPersistentModelIndex
_CTX = "TableReportModel"
HEADERS: dict[str, str] = {
    "group": str(QT_TRANSLATE_NOOP("TableReportModel", "Group")),
    "pieces": str(QT_TRANSLATE_NOOP("TableReportModel", "Pieces")),
    "gross_mg": str(QT_TRANSLATE_NOOP("TableReportModel", "Gross g")),
    "net_mg": str(QT_TRANSLATE_NOOP("TableReportModel", "Net g")),
    "fine_mg": str(QT_TRANSLATE_NOOP("TableReportModel", "Fine g")),
    "n_0_90": str(QT_TRANSLATE_NOOP("TableReportModel", "0-90 days")),
    "mg_0_90": str(QT_TRANSLATE_NOOP("TableReportModel", "0-90 days net g")),
    "n_91_180": str(QT_TRANSLATE_NOOP("TableReportModel", "91-180 days")),
    "mg_91_180": str(QT_TRANSLATE_NOOP("TableReportModel", "91-180 days net g")),
    "n_181_365": str(QT_TRANSLATE_NOOP("TableReportModel", "181-365 days")),
    "mg_181_365": str(QT_TRANSLATE_NOOP("TableReportModel", "181-365 days net g")),
    "n_over_365": str(QT_TRANSLATE_NOOP("TableReportModel", "Over 365 days")),
    "mg_over_365": str(QT_TRANSLATE_NOOP("TableReportModel", "Over 365 days net g")),
    "day": str(QT_TRANSLATE_NOOP("TableReportModel", "Day")),
    "opening": str(QT_TRANSLATE_NOOP("TableReportModel", "Opening cash")),
    "in_bills": str(QT_TRANSLATE_NOOP("TableReportModel", "In: bills")),
    "in_instalments": str(QT_TRANSLATE_NOOP("TableReportModel", "In: instalments")),
    "in_vouchers": str(QT_TRANSLATE_NOOP("TableReportModel", "In: vouchers sold")),
    "out_refunds": str(QT_TRANSLATE_NOOP("TableReportModel", "Out: refunds")),
    "out_old_gold": str(QT_TRANSLATE_NOOP("TableReportModel", "Out: old gold bought")),
    "closing": str(QT_TRANSLATE_NOOP("TableReportModel", "Closing cash")),
    "month": str(QT_TRANSLATE_NOOP("TableReportModel", "Month")),
    "plan": str(QT_TRANSLATE_NOOP("TableReportModel", "Plan")),
    "plan_name": str(QT_TRANSLATE_NOOP("TableReportModel", "Plan name")),
    "receipts": str(QT_TRANSLATE_NOOP("TableReportModel", "Receipts")),
    "amount": str(QT_TRANSLATE_NOOP("TableReportModel", "Collected")),
    "accounts": str(QT_TRANSLATE_NOOP("TableReportModel", "Accounts")),
    "money": str(QT_TRANSLATE_NOOP("TableReportModel", "Owed, Rs")),
    "grams": str(QT_TRANSLATE_NOOP("TableReportModel", "Owed, g")),
}


def header_for(key: str) -> str:
    return QCoreApplication.translate(_CTX, HEADERS.get(key, key))


def table_cell(kind: str, value: Any) -> str:
    """How a cell of a table report reads (blank for a totals cell with no total)."""
    if value == "" and kind != "text":
        return ""
    if kind == "grams":
        return f"{Decimal(value):.3f}"
    if kind == "day" and value == "":
        return ""
    return cell_text(kind, value)


def export_value(kind: str, value: Any) -> object:
    """A cell as written to Excel/PDF: money stays a number, the rest as it reads."""
    if kind == "money" and value != "":
        return value
    return table_cell(kind, value)


class TableReportModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: TableReport | None = None

    def set_report(self, report: TableReport) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.report is None else len(self.report.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.report
        if r is None or not index.isValid() or not 0 <= index.row() < len(r.rows):
            return None
        _key, kind = r.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return table_cell(kind, r.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and kind not in ("text", "day"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        r = self.report
        if (
            r is not None
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(r.columns)
        ):
            return header_for(r.columns[section][0])
        return None
