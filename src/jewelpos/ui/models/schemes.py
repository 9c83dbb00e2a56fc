"""Table models of the Schemes screen: member accounts (search results and lists) and the
statement of one account."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jewelpos.domain.formatting import format_inr
from jewelpos.ui.formats import fmt_date

if TYPE_CHECKING:
    from jewelpos.services.schemes import AccountInfo, StatementLine

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class AccountsModel(QAbstractTableModel):
    """Passbook, member, mobile, plan, paid, balance, next due, status."""

    COLUMN_COUNT = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountInfo] = []

    def set_rows(self, rows: Sequence[AccountInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> AccountInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Passbook"),
            self.tr("Member"),
            self.tr("Mobile"),
            self.tr("Plan"),
            self.tr("Paid"),
            self.tr("Balance"),
            self.tr("Next due"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, a: AccountInfo) -> str:
        if a.status == "active" and a.matured:
            return self.tr("Matured")
        return {
            "active": self.tr("Paying"),
            "redeemed": self.tr("Redeemed"),
            "closed": self.tr("Closed early"),
        }.get(a.status, a.status)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        a = self.account(index.row())
        if a is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            a.passbook,
            a.customer_name,
            a.mobile,
            a.plan_name,
            f"{a.paid_count}/{a.terms.count}",
            format_inr(a.balance) + (f"  {a.grams:.3f} g" if a.grams else ""),
            fmt_date(a.next_due) if a.next_due else "",
            self.status_text(a),
        )
        return values[col] if 0 <= col < len(values) else None


class StatementModel(QAbstractTableModel):
    """Date, entry, amount, grams, running balance."""

    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StatementLine] = []

    def set_rows(self, rows: Sequence[StatementLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            self.tr("Date"),
            self.tr("Entry"),
            self.tr("Amount"),
            self.tr("Grams"),
            self.tr("Balance"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def kind_text(self, kind: str) -> str:
        return {
            "instalment": self.tr("Instalment"),
            "reversal": self.tr("Cheque bounced: instalment reversed"),
            "bonus": self.tr("Bonus"),
            "redeemed": self.tr("Redeemed on bill"),
            "given_back": self.tr("Bill cancelled: given back"),
            "closed": self.tr("Closed early"),
        }.get(kind, kind)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._rows):
            return None
        line, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            fmt_date(line.on),
            f"{self.kind_text(line.kind)} {line.ref}".strip(),
            format_inr(line.amount),
            f"{line.grams:.3f}" if line.grams else "",
            format_inr(line.balance),
        )
        return values[col] if 0 <= col < len(values) else None
