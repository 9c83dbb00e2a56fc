"""Table models for the rates screen: today's rates (editable) and one purity's history."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.formatting import format_indian, format_inr
from jewelpos.domain.money import parse_decimal, round2
from jewelpos.domain.rates import derive_rate
from jewelpos.ui.formats import fmt_date, fmt_datetime
from jewelpos.ui.labels import metal_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.rates import RateChange, RateRow

RowRole = Qt.ItemDataRole.UserRole + 1
RateKey = tuple[str, int]
BOARD_PURITY = 999
MAX_RATE = Decimal("10000000")  # ₹1 crore a gram: anything above is a typing slip

_Index = QModelIndex | QPersistentModelIndex
_PENDING = QColor("#7a1f2b")
_MISSING = QColor("#fff3cd")


def _key(row: RateRow) -> RateKey:
    return (str(row.metal), int(row.purity))


class TodayRatesModel(QAbstractTableModel):
    """One row per tracked metal and purity: yesterday's rate, today's (entered or saved), change.

    Values typed or derived but not yet saved are *pending*: drawn bold in maroon. A value typed by
    hand is kept when the board rate changes; the others follow the board.
    """

    METAL, PURITY, YESTERDAY, TODAY, CHANGE, UPDATED = range(6)
    COLUMN_COUNT = 6

    pending_changed = Signal()
    rejected_input = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RateRow] = []
        self._pending: dict[RateKey, Decimal] = {}
        self._by_hand: set[RateKey] = set()
        self._editable = False

    # --- loading -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RateRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._pending.clear()
        self._by_hand.clear()
        self.endResetModel()
        emit(self.pending_changed)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if self._rows:
            emit(
                self.dataChanged,
                self.index(0, self.TODAY),
                self.index(len(self._rows) - 1, self.TODAY),
            )

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1),
            )

    # --- what the screen asks --------------------------------------------------------------------
    def rows(self) -> list[RateRow]:
        return list(self._rows)

    def metals(self) -> list[str]:
        seen: list[str] = []
        for row in self._rows:
            if str(row.metal) not in seen:
                seen.append(str(row.metal))
        return seen

    def pending(self) -> dict[RateKey, Decimal]:
        """Entered values that differ from what is saved for today (what Save would send)."""
        saved = {_key(r): r.rate for r in self._rows}
        return {k: v for k, v in self._pending.items() if saved.get(k) != v}

    def today_rate(self, row: int) -> Decimal | None:
        r = self._rows[row]
        return self._pending.get(_key(r), r.rate)

    def suggest_from_board(self, metal: str, board: Decimal | None) -> None:
        """Fill this metal's rows (except those typed by hand) with rates derived from the board."""
        changed: list[int] = []
        for i, row in enumerate(self._rows):
            key = _key(row)
            if key[0] != metal or key in self._by_hand:
                continue
            if board is None:
                if key in self._pending:
                    del self._pending[key]
                    changed.append(i)
                continue
            self._pending[key] = derive_rate(board, board_purity=BOARD_PURITY, purity=key[1])
            changed.append(i)
        for i in changed:
            emit(self.dataChanged, self.index(i, self.TODAY), self.index(i, self.CHANGE))
        if changed:
            emit(self.pending_changed)

    # --- Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.METAL: self.tr("Metal"),
            self.PURITY: self.tr("Purity"),
            self.YESTERDAY: self.tr("Previous (₹/g)"),
            self.TODAY: self.tr("Today (₹/g)"),
            self.CHANGE: self.tr("Change"),
            self.UPDATED: self.tr("Set at / by"),
        }.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == self.TODAY and self._editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        key = _key(row)
        today = self._pending.get(key, row.rate)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.METAL:
                return metal_name(row.metal)
            if col == self.PURITY:
                return row.label
            if col == self.YESTERDAY:
                return format_inr(row.previous) if row.previous is not None else "—"
            if col == self.TODAY:
                return format_inr(today) if today is not None else self.tr("not set")
            if col == self.CHANGE:
                if today is None or row.previous is None:
                    return ""
                diff = today - row.previous
                return ("+" if diff > 0 else "") + format_inr(diff) if diff else "0"
            if col == self.UPDATED:
                if key in self._pending:
                    return self.tr("not saved yet")
                if row.set_at is None:
                    return ""
                return f"{fmt_datetime(row.set_at)} · {row.set_by or ''}".rstrip(" ·")
            return None
        if role == Qt.ItemDataRole.EditRole and col == self.TODAY:
            return format_indian(today).replace(",", "") if today is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.YESTERDAY,
            self.TODAY,
            self.CHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == self.TODAY:
            font = QFont()
            font.setPointSize(13)
            font.setBold(key in self._pending)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == self.TODAY and key in self._pending:
            return QBrush(_PENDING)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.TODAY and today is None:
            return QBrush(_MISSING)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() != self.TODAY
            or not self._editable
        ):
            return False
        row = self._rows[index.row()]
        key = _key(row)
        text = str(value).replace(",", "").replace("₹", "").strip()
        if not text:
            self._pending.pop(key, None)
            self._by_hand.discard(key)
        else:
            try:
                rate = round2(parse_decimal(text, field="rate"))
                if rate <= 0 or rate >= MAX_RATE:
                    raise ValidationError("rate", "out of range")
            except ValidationError:
                emit(self.rejected_input, text)
                return False
            self._pending[key] = rate
            self._by_hand.add(key)
        emit(
            self.dataChanged,
            self.index(index.row(), self.TODAY),
            self.index(index.row(), self.UPDATED),
        )
        emit(self.pending_changed)
        return True


class RateHistoryModel(QAbstractTableModel):
    """Past rates of one metal and purity, newest first."""

    DAY, RATE, SET_AT, SET_BY = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RateChange] = []

    def set_rows(self, rows: Sequence[RateChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.DAY: self.tr("Day"),
            self.RATE: self.tr("Rate (₹/g)"),
            self.SET_AT: self.tr("Set at"),
            self.SET_BY: self.tr("Set by"),
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
            if col == self.DAY:
                return fmt_date(row.day, long=True)
            if col == self.RATE:
                return format_inr(row.rate)
            if col == self.SET_AT:
                return fmt_datetime(row.set_at) if row.set_at else ""
            if col == self.SET_BY:
                return row.set_by or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.RATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
