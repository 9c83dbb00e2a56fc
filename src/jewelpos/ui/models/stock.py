"""Table model over the stock pieces of one search page (PieceRow dataclasses)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jewelpos.domain.weight import grams_text
from jewelpos.ui.labels import category_name, status_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.stock import PieceRow

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class PieceTableModel(QAbstractTableModel):
    """One row per piece; weights right-aligned with 3 decimals; SortRole gives raw values."""

    TAG, CATEGORY, DESIGN, PURITY, GROSS, STONE, NET, HUID, STATUS = range(9)
    COLUMN_COUNT = 9
    _WEIGHTS = (GROSS, STONE, NET)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PieceRow] = []

    def set_rows(self, rows: Sequence[PieceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PieceRow]:
        return list(self._rows)

    def row_of(self, piece_id: str) -> int:
        """Row number of a piece id, or -1."""
        for i, row in enumerate(self._rows):
            if row.id == piece_id:
                return i
        return -1

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            last = len(self._rows) - 1
            emit(self.dataChanged, self.index(0, self.CATEGORY), self.index(last, self.STATUS))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._WEIGHTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.TAG: self.tr("Tag"),
            self.CATEGORY: self.tr("Category"),
            self.DESIGN: self.tr("Design"),
            self.PURITY: self.tr("Purity"),
            self.GROSS: self.tr("Gross g"),
            self.STONE: self.tr("Stone g"),
            self.NET: self.tr("Net g"),
            self.HUID: self.tr("HUID"),
            self.STATUS: self.tr("Status"),
        }.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SortRole:
            if col == self.GROSS:
                return row.gross_mg
            if col == self.STONE:
                return row.stone_mg
            if col == self.NET:
                return row.net_mg
            if col == self.PURITY:
                return f"{row.metal}:{int(row.purity):04d}"
            return self._display(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._WEIGHTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DESIGN and row.description:
            return row.description
        return None

    def _display(self, row: PieceRow, col: int) -> str:
        if col == self.TAG:
            return row.tag_code
        if col == self.CATEGORY:
            return category_name(row.category_name, row.category_name_hi)
        if col == self.DESIGN:
            return row.design_no
        if col == self.PURITY:
            return row.purity_label
        if col == self.GROSS:
            return grams_text(row.gross_mg)
        if col == self.STONE:
            return grams_text(row.stone_mg)
        if col == self.NET:
            return grams_text(row.net_mg)
        if col == self.HUID:
            return ", ".join(row.huids)
        if col == self.STATUS:
            return status_name(row.status)
        return ""
