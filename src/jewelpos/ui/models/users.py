"""Table model of the Users screen: one row per user (StaffMember), deactivated ones greyed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jewelpos.ui.formats import fmt_time
from jewelpos.ui.labels import role_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.users import StaffMember

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_INACTIVE = QColor("#8a8a8a")


def language_name(code: str) -> str:
    """The language as its speakers write it (the same in an English or Hindi screen)."""
    return {"en": "English", "hi": "हिन्दी"}.get(code, code)


class UsersModel(QAbstractTableModel):
    """Name, user name, role, language and state (active, deactivated, locked, new PIN due)."""

    NAME, USERNAME, ROLE, LANGUAGE, STATE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffMember] = []

    def set_rows(self, rows: Sequence[StaffMember]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, roles and states in the new language."""
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1),
            )

    def member(self, row: int) -> StaffMember | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: str) -> int:
        for i, m in enumerate(self._rows):
            if m.id == user_id:
                return i
        return -1

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
            self.tr("Name"),
            self.tr("User name"),
            self.tr("Role"),
            self.tr("Language"),
            self.tr("State"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role == RowRole:
            return m
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.NAME:
                return m.display_name
            if col == self.USERNAME:
                return m.username
            if col == self.ROLE:
                return role_name(m.role)
            if col == self.LANGUAGE:
                return language_name(m.language)
            if col == self.STATE:
                return self.state_text(m)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not m.active:
            return QBrush(_INACTIVE)
        return None

    def state_text(self, m: StaffMember) -> str:
        if not m.active:
            return self.tr("Deactivated")
        parts = [self.tr("Active")]
        if m.locked_until is not None:
            parts.append(self.tr("locked until {time}").format(time=fmt_time(m.locked_until)))
        if m.must_change_pin:
            parts.append(self.tr("new PIN at next login"))
        return ", ".join(parts)
