"""Table model of the Reports screen: one row per day of the sales report (SalesDay)."""

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
    from jewelpos.services.reports import SalesDay

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
