"""Table model of the day-end cash count: one row per note or coin, the count typed in place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from jewelpos.domain.formatting import format_indian
from jewelpos.ui.qtcompat import emit

RowRole = Qt.ItemDataRole.UserRole + 1
DENOMINATIONS: tuple[int, ...] = (2000, 500, 200, 100, 50, 20, 10, 5, 2, 1)
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MAX_COUNT = 100_000


class DenominationModel(QAbstractTableModel):
    """Note | Count (editable) | Amount; ``total()`` and ``counted()`` for the dialog."""

    NOTE, COUNT, AMOUNT = range(3)
    COLUMN_COUNT = 3

    count_changed = Signal()

    def __init__(
        self, parent: QObject | None = None, denominations: Sequence[int] = DENOMINATIONS
    ) -> None:
        super().__init__(parent)
        self._notes = list(denominations)
        self._counts: dict[int, int] = {}
        self._editable = True

    def set_counts(self, counts: Mapping[int, int], *, editable: bool = True) -> None:
        self.beginResetModel()
        self._counts = {int(k): int(v) for k, v in counts.items()}
        self._editable = editable
        self.endResetModel()
        emit(self.count_changed)

    def counted(self) -> dict[int, int]:
        return {note: self._counts.get(note, 0) for note in self._notes}

    def total(self) -> Decimal:
        return Decimal(sum(note * count for note, count in self.counted().items()))

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._notes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NOTE: self.tr("Note / coin ₹"),
            self.COUNT: self.tr("Count"),
            self.AMOUNT: self.tr("Amount ₹"),
        }.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == self.COUNT and self._editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        count = self._counts.get(note, 0)
        col = index.column()
        if role == RowRole:
            return note
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NOTE:
                return format_indian(Decimal(note), 0)
            if col == self.COUNT:
                return str(count) if count else ""
            if col == self.AMOUNT:
                return format_indian(Decimal(note * count), 0) if count else ""
        if role == Qt.ItemDataRole.EditRole and col == self.COUNT:
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and col == self.NOTE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != self.COUNT
            or not self._editable
        ):
            return False
        text = str(value).strip()
        if not text:
            count = 0
        elif text.isdigit() and int(text) <= MAX_COUNT:
            count = int(text)
        else:
            return False
        note = self._notes[index.row()]
        self._counts[note] = count
        row = index.row()
        emit(self.dataChanged, self.index(row, self.COUNT), self.index(row, self.AMOUNT))
        emit(self.count_changed)
        return True
