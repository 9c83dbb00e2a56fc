"""Table models of the Reports screen: one row per day of the sales report (SalesDay), or one
per group (category, purity, salesperson, payment mode) of a sales-by-group report (GroupRow)."""

from __future__ import annotations

from collections.abc import Sequence
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

from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.ui.formats import fmt_date

if TYPE_CHECKING:
    from jewelpos.services.reports import GroupRow, SalesDay

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

# column -> (header, SalesDay attribute, kind)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Day")), "day", "day"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Bills")), "bills", "int"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Gross g")), "gross_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Net g")), "net_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Fine g")), "fine_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Making + VA")), "making_va", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Taxable")), "taxable", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "GST")), "gst", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Invoice value")), "invoice_value", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Returns")), "returns", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Old gold fine g")), "old_gold_fine_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Old gold value")), "old_gold_value", "money"),
)


def header_text(column: int) -> str:
    return QCoreApplication.translate("SalesReportModel", COLUMNS[column][0])


def cell_text(kind: str, value: Any) -> str:
    """How a report cell reads on screen and in the PDF."""
    if kind == "day":
        return fmt_date(value)
    if kind == "mg":
        return format_weight_mg(int(value))
    if kind == "money":
        return format_inr(value, symbol=False)
    return str(value)


class SalesReportModel(QAbstractTableModel):
    """The sales report's days; numbers right-aligned."""

    DAY = 0
    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SalesDay] = []

    def set_rows(self, rows: Sequence[SalesDay]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        _h, attr, kind = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(kind, getattr(row, attr))
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "day":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return header_text(section)
        return None


# column -> (header, GroupRow attribute, kind); payment modes show label, bills, count, amount
GROUP_COLUMNS: tuple[tuple[str, str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Group")), "label", "text"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Bills")), "bills", "int"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Lines")), "lines", "int"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Gross g")), "gross_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Net g")), "net_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Fine g")), "fine_mg", "mg"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Making + VA")), "making_va", "money"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Taxable")), "value", "money"),
)
PAYMENT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Payment mode")), "label", "text"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Bills")), "bills", "int"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Payments")), "lines", "int"),
    (str(QT_TRANSLATE_NOOP("SalesReportModel", "Amount")), "value", "money"),
)
_MODES = {
    "cash": QT_TRANSLATE_NOOP("SalesReportModel", "Cash"),
    "card": QT_TRANSLATE_NOOP("SalesReportModel", "Card"),
    "upi": QT_TRANSLATE_NOOP("SalesReportModel", "UPI"),
    "cheque": QT_TRANSLATE_NOOP("SalesReportModel", "Cheque"),
    "bank": QT_TRANSLATE_NOOP("SalesReportModel", "Bank transfer"),
}


def group_label(group: str, label: str) -> str:
    """A group's name as people read it (a payment mode in words; blank groups named)."""
    if group == "payment_mode":
        return QCoreApplication.translate("SalesReportModel", str(_MODES.get(label, label)))
    if not label.strip():
        blank = "No salesperson" if group == "salesperson" else "Other"
        return QCoreApplication.translate("SalesReportModel", blank)
    return label


def columns_for(group: str) -> tuple[tuple[str, str, str], ...]:
    return PAYMENT_COLUMNS if group == "payment_mode" else GROUP_COLUMNS


class GroupReportModel(QAbstractTableModel):
    """The rows of a sales-by-group report; columns depend on the group."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupRow] = []
        self.group = "category"

    def set_report(self, group: str, rows: Sequence[GroupRow]) -> None:
        self.beginResetModel()
        self.group = group
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(columns_for(self.group))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        _h, attr, kind = columns_for(self.group)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "label":
                return group_label(self.group, row.label)
            return cell_text(kind, getattr(row, attr))
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        cols = columns_for(self.group)
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(cols)
        ):
            return QCoreApplication.translate("SalesReportModel", cols[section][0])
        return None
