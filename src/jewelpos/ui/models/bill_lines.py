"""Table models of the billing screen: the bill's lines (editable rate, VA, making, discount) and old gold."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

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
from jewelpos.domain.formatting import format_indian, format_inr, format_percent
from jewelpos.domain.money import parse_decimal
from jewelpos.domain.weight import grams_text
from jewelpos.ui.labels import category_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.domain.old_gold import PricedOldGold
    from jewelpos.services.billing import BillLine, OldGoldEntry

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CHANGED = QColor("#7a1f2b")
_EDITABLE_BG = QColor("#fffaf0")
MAX_RATE = Decimal("10000000")


def plain_number(value: Decimal) -> str:
    """What an editor starts with: ``7150.00`` / ``12`` / ``450`` (no grouping, no symbol)."""
    return format_percent(value) if value == value.to_integral_value() else str(value)


def parse_input(text: object, *, field: str) -> Decimal:
    """A typed number (commas, ₹ and % allowed) as a Decimal; ValidationError if it is not one."""
    cleaned = str(text).replace(",", "").replace("₹", "").replace("%", "").strip()
    if not cleaned:
        raise ValidationError(field, "is required")
    value = parse_decimal(cleaned, field=field)
    if value < 0:
        raise ValidationError(field, "must not be negative")
    return value


class BillLinesModel(QAbstractTableModel):
    """One row per line of the bill; the priced figures come from the live quote (C1 engine).

    Editing a cell does not change the line: the model announces ``edit_requested(key, field,
    value)`` and the screen decides (a value below the floor needs a manager first).
    """

    (
        NO,
        PIECE,
        PURITY,
        GROSS,
        STONE,
        NET,
        RATE,
        METAL,
        WASTAGE,
        MAKING,
        DISCOUNT,
        TAXABLE,
    ) = range(12)
    COLUMN_COUNT = 12
    FIELDS: ClassVar[dict[int, str]] = {
        RATE: "rate",
        WASTAGE: "wastage_percent",
        MAKING: "making_value",
        DISCOUNT: "making_discount_percent",
    }
    _NUMERIC = (GROSS, STONE, NET, RATE, METAL, WASTAGE, MAKING, DISCOUNT, TAXABLE)

    edit_requested = Signal(str, str, object)  # line key, field name, Decimal
    rejected_input = Signal(str, str)  # field name, typed text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[BillLine] = []
        self._priced: list[Any] = []  # LineAmounts (or PricedItem) per line: same names
        self._category_names: dict[str, tuple[str, str]] = {}  # id -> (English, Hindi)

    def set_categories(self, categories: Sequence[Any]) -> None:
        """Category names (``id``, ``name``, ``name_hi``): a line named after its category reads
        in the UI's language."""
        self._category_names = {c.id: (c.name, c.name_hi) for c in categories}
        if self._lines:
            emit(
                self.dataChanged,
                self.index(0, self.PIECE),
                self.index(len(self._lines) - 1, self.PIECE),
            )

    def _description(self, line: BillLine) -> str:
        """The line's text; one the service named after its category ("Bangle", "Bangle BG-9")
        starts with the category's Hindi name in a Hindi UI."""
        name, name_hi = self._category_names.get(line.category_id or "", ("", ""))
        text = line.description
        if name and text.startswith(name) and category_name(name, name_hi) != name:
            rest = text[len(name) :]
            if not rest or rest.startswith(" "):
                return category_name(name, name_hi) + rest
        return text

    # --- loading ---------------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[BillLine], priced: Sequence[Any] | None = None) -> None:
        """Show these lines; same keys in the same order update in place (selection is kept)."""
        new = list(lines)
        figures: list[Any] = list(priced or ())
        if len(figures) != len(new):
            figures = [None] * len(new)
        if [line.key for line in new] == [line.key for line in self._lines]:
            self._lines, self._priced = new, figures
            if new:
                emit(
                    self.dataChanged,
                    self.index(0, 0),
                    self.index(len(new) - 1, self.COLUMN_COUNT - 1),
                )
            return
        self.beginResetModel()
        self._lines, self._priced = new, figures
        self.endResetModel()

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._lines:  # category names follow the language
            last = len(self._lines) - 1
            emit(self.dataChanged, self.index(0, self.PIECE), self.index(last, self.PIECE))

    def lines(self) -> list[BillLine]:
        return list(self._lines)

    def row_of(self, key: str) -> int:
        for i, line in enumerate(self._lines):
            if line.key == key:
                return i
        return -1

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._NUMERIC:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NO: "#",
            self.PIECE: self.tr("Piece"),
            self.PURITY: self.tr("Purity"),
            self.GROSS: self.tr("Gross g"),
            self.STONE: self.tr("Stone g"),
            self.NET: self.tr("Net g"),
            self.RATE: self.tr("Rate ₹/g"),
            self.METAL: self.tr("Metal ₹"),
            self.WASTAGE: self.tr("VA / Wastage"),
            self.MAKING: self.tr("Making"),
            self.DISCOUNT: self.tr("Disc. %"),
            self.TAXABLE: self.tr("Taxable ₹"),
        }.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() in self.FIELDS:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        priced = self._priced[index.row()]
        col = index.column()
        if role == RowRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), col, line, priced)
        if role == Qt.ItemDataRole.EditRole and col in self.FIELDS:
            return plain_number(Decimal(getattr(line, self.FIELDS[col])))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PIECE and line.huids:
            return self.tr("HUID: {huids}").format(huids=", ".join(line.huids))
        if role == Qt.ItemDataRole.FontRole and col == self.TAXABLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._changed(line, col):
            return QBrush(_CHANGED)
        if role == Qt.ItemDataRole.BackgroundRole and col in self.FIELDS:
            return QBrush(_EDITABLE_BG)
        return None

    def _changed(self, line: BillLine, col: int) -> bool:
        """Rate or making changed from the day's / category's value: drawn in maroon."""
        if col == self.RATE:
            return Decimal(line.rate) != Decimal(line.floor_rate)
        if col == self.MAKING:
            return Decimal(line.making_value) != Decimal(line.floor_making_value)
        if col == self.DISCOUNT:
            return Decimal(line.making_discount_percent) != 0
        return False

    def _display(self, row: int, col: int, line: BillLine, priced: Any) -> Any:
        net_mg = line.gross_mg - line.stone_mg
        if col == self.NO:
            return str(row + 1)
        if col == self.PIECE:
            tag = f"\n{line.tag_code}" if line.tag_code else ""
            return f"{self._description(line)}{tag}"
        if col == self.PURITY:
            return line.purity_label
        if col == self.GROSS:
            return grams_text(line.gross_mg)
        if col == self.STONE:
            return grams_text(line.stone_mg)
        if col == self.NET:
            return grams_text(net_mg)
        if col == self.RATE:
            return format_indian(Decimal(line.rate))
        if col == self.METAL:
            return format_indian(priced.metal_value) if priced else ""
        if col == self.WASTAGE:
            return self._wastage_text(line, priced)
        if col == self.MAKING:
            return self._making_text(line)
        if col == self.DISCOUNT:
            pct = Decimal(line.making_discount_percent)
            return f"{format_percent(pct)}%" if pct else ""
        if col == self.TAXABLE:
            return format_indian(priced.taxable) if priced else ""
        return None

    def _wastage_text(self, line: BillLine, priced: Any) -> str:
        pct = Decimal(line.wastage_percent)
        if not pct:
            return "-"
        if str(line.wastage_on) == "weight":
            if priced is not None:
                return self.tr("{percent}% = {grams} g").format(
                    percent=format_percent(pct), grams=grams_text(priced.wastage_mg)
                )
            return self.tr("{percent}% wt").format(percent=format_percent(pct))
        return f"{format_percent(pct)}%"

    def _making_text(self, line: BillLine) -> str:
        value = Decimal(line.making_value)
        if not value:
            return "-"
        kind = str(line.making_kind)
        if kind == "per_g":
            return self.tr("{amount}/g").format(amount=format_indian(value))
        if kind == "percent":
            return f"{format_percent(value)}%"
        return format_inr(value)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or index.column() not in self.FIELDS
            or not 0 <= index.row() < len(self._lines)
        ):
            return False
        line = self._lines[index.row()]
        field = self.FIELDS[index.column()]
        try:
            amount = parse_input(value, field=field)
            if field == "rate" and not 0 < amount < MAX_RATE:
                raise ValidationError(field, "out of range")
            if field != "rate" and field != "making_value" and amount > 100:
                raise ValidationError(field, "must be between 0 and 100")
            if str(line.making_kind) == "percent" and field == "making_value" and amount > 100:
                raise ValidationError(field, "must be between 0 and 100")
        except ValidationError:
            emit(self.rejected_input, field, str(value))
            return False
        if amount == Decimal(getattr(line, field)):
            return False
        emit(self.edit_requested, line.key, field, amount)
        return True


class OldGoldModel(QAbstractTableModel):
    """The old-gold lines being bought back, with fine weight and value from the domain."""

    NO, DESCRIPTION, GROSS, LESS, NET, TOUCH, FINE, RATE, DEDUCTION, VALUE = range(10)
    COLUMN_COUNT = 10
    _NUMERIC = (GROSS, LESS, NET, TOUCH, FINE, RATE, DEDUCTION, VALUE)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[OldGoldEntry] = []
        self._priced: list[PricedOldGold] = []

    def set_entries(self, entries: Sequence[OldGoldEntry], priced: Sequence[PricedOldGold]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._priced = list(priced)
        self.endResetModel()

    def entries(self) -> list[OldGoldEntry]:
        return list(self._entries)

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self._NUMERIC:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NO: "#",
            self.DESCRIPTION: self.tr("Item"),
            self.GROSS: self.tr("Gross g"),
            self.LESS: self.tr("Less g"),
            self.NET: self.tr("Net g"),
            self.TOUCH: self.tr("Touch %"),
            self.FINE: self.tr("Fine g"),
            self.RATE: self.tr("Rate ₹/g"),
            self.DEDUCTION: self.tr("Deduction %"),
            self.VALUE: self.tr("Value ₹"),
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
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        priced = self._priced[index.row()] if index.row() < len(self._priced) else None
        col = index.column()
        if role == RowRole:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._NUMERIC:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NO: str(index.row() + 1),
            self.DESCRIPTION: entry.description or self.tr("Old gold"),
            self.GROSS: grams_text(entry.gross_mg),
            self.LESS: grams_text(entry.less_mg),
            self.NET: grams_text(entry.gross_mg - entry.less_mg),
            self.TOUCH: format_percent(Decimal(entry.touch_percent)),
            self.FINE: grams_text(priced.fine_mg) if priced else "",
            self.RATE: format_indian(Decimal(entry.rate)),
            self.DEDUCTION: format_percent(Decimal(entry.deduction_percent)),
            self.VALUE: format_indian(priced.value) if priced else "",
        }.get(col)
