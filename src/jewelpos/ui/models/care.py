"""Table models of the Feedback screen: ratings, complaints and the staff targets board."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.ui.care_labels import category_name, kind_name, status_name
from jewelpos.ui.formats import fmt_date, fmt_datetime
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.complaints import ComplaintInfo
    from jewelpos.services.feedback import FeedbackInfo
    from jewelpos.services.staff_targets import Figures, TargetRow

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_DUE = QColor("#b03a2e")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
T = TypeVar("T")


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A list of frozen rows; subclasses give the titles and each cell's text."""

    RIGHT_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: T, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, len(self.titles()) - 1)
        if self._rows:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.titles()) - 1),
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT_COLUMNS:
            return int(_RIGHT.value)
        return self.extra(row, index.column(), role)

    def extra(self, row: T, column: int, role: int) -> Any:
        return None


class FeedbackModel(_RowsModel["FeedbackInfo"]):
    """When, bill, customer, rating, comment, taken by."""

    WHEN, BILL, CUSTOMER, RATING, COMMENT, TAKEN_BY = range(6)
    RIGHT_COLUMNS = (RATING,)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Bill"),
            self.tr("Customer"),
            self.tr("Rating"),
            self.tr("Comment"),
            self.tr("Taken by"),
        )

    def cell(self, f: FeedbackInfo, column: int) -> str:
        return (
            fmt_datetime(f.at),
            f.invoice_no,
            f.customer_name,
            "★" * f.rating + "☆" * (5 - f.rating),
            f.comment,
            f.taken_by,
        )[column]


class ComplaintsModel(_RowsModel["ComplaintInfo"]):
    """Opened, kind, category, bill, customer, state, handled by, follow up; due ones in red."""

    OPENED, KIND, CATEGORY, BILL, CUSTOMER, STATE, HANDLER, FOLLOW_UP = range(8)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Opened"),
            self.tr("Kind"),
            self.tr("Category"),
            self.tr("Bill"),
            self.tr("Customer"),
            self.tr("State"),
            self.tr("Handled by"),
            self.tr("Follow up"),
        )

    def cell(self, c: ComplaintInfo, column: int) -> str:
        follow = fmt_date(c.follow_up_on) if c.follow_up_on else ""
        if c.is_due(self.today):
            follow = self.tr("{date} (due)").format(date=follow)
        return (
            fmt_date(c.opened_at.date()),
            kind_name(c.kind),
            category_name(c.category),
            c.invoice_no,
            c.customer_name,
            status_name(c.status),
            c.handler_name,
            follow,
        )[column]

    def extra(self, c: ComplaintInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and c.is_due(self.today):
            return QBrush(_DUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.description
        return None


def _percent(got: Decimal | int, want: Decimal | int) -> str:
    if not want:
        return ""
    share = (Decimal(got) * 100 / Decimal(want)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{share}%"


class TargetsModel(_RowsModel["TargetRow"]):
    """Per person: value, gold weight, new customers, enrolments, each achieved / target (%)."""

    NAME, VALUE, WEIGHT, CUSTOMERS, ENROLMENTS = range(5)
    RIGHT_COLUMNS = (VALUE, WEIGHT, CUSTOMERS, ENROLMENTS)

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Salesperson"),
            self.tr("Value before GST"),
            self.tr("Gold net weight"),
            self.tr("New customers"),
            self.tr("Scheme enrolments"),
        )

    def _pair(self, got: str, want: str | None, share: str) -> str:
        if want is None:
            return got
        text = self.tr("{got} of {target}").format(got=got, target=want)
        return f"{text} ({share})" if share else text

    def cell(self, r: TargetRow, column: int) -> str:
        a: Figures = r.achieved
        t: Figures | None = r.target
        if column == self.NAME:
            return r.name
        if column == self.VALUE:
            return self._pair(
                format_inr(a.value),
                format_inr(t.value) if t else None,
                _percent(a.value, t.value) if t else "",
            )
        if column == self.WEIGHT:
            return self._pair(
                format_weight_mg(a.weight_mg),
                format_weight_mg(t.weight_mg) if t else None,
                _percent(a.weight_mg, t.weight_mg) if t else "",
            )
        if column == self.CUSTOMERS:
            return self._pair(
                str(a.new_customers),
                str(t.new_customers) if t else None,
                _percent(a.new_customers, t.new_customers) if t else "",
            )
        return self._pair(
            str(a.scheme_enrolments),
            str(t.scheme_enrolments) if t else None,
            _percent(a.scheme_enrolments, t.scheme_enrolments) if t else "",
        )
