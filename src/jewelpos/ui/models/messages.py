"""Table model of the Messages screen's outbox, and the words for kinds, channels and statuses."""

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
from PySide6.QtGui import QBrush, QColor

from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.messaging.admin import MessageRow

RowRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_CTX = "MessageWords"

KIND_NAMES: dict[str, object] = {
    "birthday": QT_TRANSLATE_NOOP("MessageWords", "Birthday greeting"),
    "anniversary": QT_TRANSLATE_NOOP("MessageWords", "Anniversary greeting"),
    "thank_you": QT_TRANSLATE_NOOP("MessageWords", "Thank you after a bill"),
    "instalment_due": QT_TRANSLATE_NOOP("MessageWords", "Scheme instalment due"),
    "cheque_due": QT_TRANSLATE_NOOP("MessageWords", "Scheme cheque due"),
    "maturity": QT_TRANSLATE_NOOP("MessageWords", "Scheme maturity"),
    "order_ready": QT_TRANSLATE_NOOP("MessageWords", "Order ready"),
    "order_not_collected": QT_TRANSLATE_NOOP("MessageWords", "Order not collected"),
    "karigar_due": QT_TRANSLATE_NOOP("MessageWords", "Karigar job due"),
    "repair_ready": QT_TRANSLATE_NOOP("MessageWords", "Repair ready"),
    "repair_not_collected": QT_TRANSLATE_NOOP("MessageWords", "Repair not collected"),
    "campaign": QT_TRANSLATE_NOOP("MessageWords", "Campaign"),
}
CHANNEL_NAMES: dict[str, object] = {
    "sms": QT_TRANSLATE_NOOP("MessageWords", "SMS"),
    "email": QT_TRANSLATE_NOOP("MessageWords", "E-mail"),
    "whatsapp_link": QT_TRANSLATE_NOOP("MessageWords", "WhatsApp (opened here)"),
    "whatsapp_api": QT_TRANSLATE_NOOP("MessageWords", "WhatsApp API"),
}
STATUS_NAMES: dict[str, object] = {
    "": QT_TRANSLATE_NOOP("MessageWords", "All"),
    "queued": QT_TRANSLATE_NOOP("MessageWords", "Waiting"),
    "sending": QT_TRANSLATE_NOOP("MessageWords", "Sending"),
    "sent": QT_TRANSLATE_NOOP("MessageWords", "Sent"),
    "delivered": QT_TRANSLATE_NOOP("MessageWords", "Delivered"),
    "failed": QT_TRANSLATE_NOOP("MessageWords", "Failed"),
    "unknown": QT_TRANSLATE_NOOP("MessageWords", "In doubt: check"),
    "skipped": QT_TRANSLATE_NOOP("MessageWords", "Not sent (opted out)"),
}
LANGUAGE_NAMES = {"en": "English", "hi": "हिन्दी"}
_ALERT = {"failed": QColor("#b3261e"), "unknown": QColor("#9a5b00")}


def _word(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate(_CTX, str(text)) if text else code


def kind_name(code: str) -> str:
    return _word(KIND_NAMES, code)


def channel_name(code: str) -> str:
    return _word(CHANNEL_NAMES, code)


def status_name(code: str) -> str:
    return _word(STATUS_NAMES, code)


class OutboxModel(QAbstractTableModel):
    """Queued at, customer, to, channel, kind, status, tries and the last note."""

    QUEUED, CUSTOMER, TO, CHANNEL, KIND, STATUS, TRIES, NOTE = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MessageRow] = []

    def set_rows(self, rows: Sequence[MessageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        emit(self.headerDataChanged, Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            emit(
                self.dataChanged,
                self.index(0, 0),
                self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1),
            )

    def message(self, row: int) -> MessageRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, message_id: str) -> int:
        for i, m in enumerate(self._rows):
            if m.id == message_id:
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
            self.tr("Queued"),
            self.tr("Customer"),
            self.tr("To"),
            self.tr("By"),
            self.tr("Message"),
            self.tr("Status"),
            self.tr("Tries"),
            self.tr("Note"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role == RowRole:
            return m
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.QUEUED:
                return fmt_datetime(m.queued_at)
            if col == self.CUSTOMER:
                return m.customer_name
            if col == self.TO:
                return m.recipient
            if col == self.CHANNEL:
                return channel_name(m.channel)
            if col == self.KIND:
                return kind_name(m.kind)
            if col == self.STATUS:
                return status_name(m.status)
            if col == self.TRIES:
                return str(m.attempts)
            if col == self.NOTE:
                return m.last_error.splitlines()[0] if m.last_error else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.text if col != self.NOTE else m.last_error
        if role == Qt.ItemDataRole.ForegroundRole and m.status in _ALERT:
            return QBrush(_ALERT[m.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.TRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
