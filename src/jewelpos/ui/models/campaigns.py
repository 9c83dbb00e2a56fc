"""Table models of the Campaigns screen: a segment's members, and the campaigns started."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jewelpos.domain.formatting import format_inr
from jewelpos.ui.formats import fmt_date, fmt_datetime
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.campaigns import CampaignInfo
    from jewelpos.services.segments import SegmentMember

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _Rows(QAbstractTableModel):
    COLUMN_COUNT = 0
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(_RIGHT.value)
        return None


class SegmentMembersModel(_Rows):
    """Name, mobile, last bill, bills and spend in the VIP period, RFM (code and score)."""

    NAME, MOBILE, LAST_BILL, BILLS, SPEND, RFM = range(6)
    COLUMN_COUNT = 6
    NUMERIC = frozenset({BILLS, SPEND})

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Last bill"),
            self.tr("Bills"),
            self.tr("Spend"),
            self.tr("RFM"),
        )

    def cell(self, row: SegmentMember, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.MOBILE:
            return row.mobile
        if column == self.LAST_BILL:
            return fmt_date(row.last_bill) if row.last_bill else ""
        if column == self.BILLS:
            return str(row.bills)
        if column == self.SPEND:
            return format_inr(row.spend)
        return f"{row.rfm.code} ({row.rfm.score})"


class CampaignsModel(_Rows):
    """Name, segment, started, recipients, held out, queued, to send."""

    NAME, SEGMENT, STARTED, RECIPIENTS, HELD_OUT, QUEUED = range(6)
    COLUMN_COUNT = 6
    NUMERIC = frozenset({RECIPIENTS, HELD_OUT, QUEUED})

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Campaign"),
            self.tr("Segment"),
            self.tr("Started"),
            self.tr("Customers"),
            self.tr("Held out"),
            self.tr("Queued"),
        )

    def cell(self, row: CampaignInfo, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.SEGMENT:
            return row.segment_name
        if column == self.STARTED:
            return fmt_datetime(row.started_at)
        if column == self.RECIPIENTS:
            return str(row.recipients)
        if column == self.HELD_OUT:
            return str(row.held_out)
        return str(row.queued)
