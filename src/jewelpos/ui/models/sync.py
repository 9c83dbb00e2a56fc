"""Table models of the manager's sync dialog: changes head office refused, and open conflicts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.sync_status import ConflictRow, QuarantinedChange

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of frozen dataclasses; ``RowRole`` returns the row."""

    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers().get(section)

    def headers(self) -> dict[int, str]:
        return {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        return None

    def cell(self, row: Any, column: int) -> str | None:
        return None


class QuarantineModel(_RowsModel):
    """When refused | What (bill number or table) | Head office's reason."""

    WHEN, WHAT, REASON = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> dict[int, str]:
        return {
            self.WHEN: self.tr("Refused at"),
            self.WHAT: self.tr("What"),
            self.REASON: self.tr("Head office's reason"),
        }

    def cell(self, row: QuarantinedChange, column: int) -> str | None:
        if column == self.WHEN:
            return fmt_datetime(row.refused_at)
        if column == self.WHAT:
            if row.document_number:
                return self.tr("Bill {number}").format(number=row.document_number)
            return self.tr("{table} {id}").format(table=row.table, id=row.row_id[:8])
        if column == self.REASON:
            return row.reason
        return None


class ConflictModel(_RowsModel):
    """Raised at | What happened | Piece or voucher | Bills."""

    WHEN, KIND, PIECE, BILLS = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> dict[int, str]:
        return {
            self.WHEN: self.tr("Raised at"),
            self.KIND: self.tr("What happened"),
            self.PIECE: self.tr("Piece or voucher"),
            self.BILLS: self.tr("Bills"),
        }

    def cell(self, row: ConflictRow, column: int) -> str | None:
        if column == self.WHEN:
            return fmt_datetime(row.raised_at)
        if column == self.KIND:
            if row.kind == "piece_sold_twice":
                return self.tr("Piece sold on two bills")
            if row.kind == "voucher_redeemed_twice":
                return self.tr("Gift voucher used on two bills for more than its value")
            if row.kind == "pull_rejected":
                return self.tr("A row from head office did not fit here")
            return row.kind
        if column == self.PIECE:
            return row.tag_code or (row.piece_id or "")[:8]
        if column == self.BILLS:
            return ", ".join(row.bill_numbers)
        return None
