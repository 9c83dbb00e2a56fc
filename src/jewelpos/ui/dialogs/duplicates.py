"""Duplicate customers (F5 on the Customers screen, owners and managers): pairs that look like
one person and why; ↑ ↓ choose, Ctrl+M merges the newer record into the older one (every
document stays, read as the survivor's). The rules are the merge service's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.customer_merge import CustomerMergeService, DuplicatePair
    from jewelpos.ui.tasks import TaskRunner

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
MERGE_KEY = "Ctrl+M"


class DuplicatesDialog(QDialog):
    """Emits ``loaded(list)`` after each listing and ``merged(MergeResult)``."""

    loaded = Signal(object)
    merged = Signal(object)

    def __init__(
        self,
        merges: CustomerMergeService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self._merges = merges
        self._runner = runner
        self._user = user
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.pairs = QListWidget()
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton()
        self.merge_button.setAutoDefault(False)
        self.merge_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.merge_button.clicked.connect(self.merge_current)
        action = QAction(self)
        action.setShortcut(QKeySequence(MERGE_KEY))
        action.triggered.connect(self.merge_current)
        self.addAction(action)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.pairs, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.resize(860, 560)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Duplicate customers"))
        self.title.setText(self.tr("Customers who look like one person"))
        self.hint.setText(
            self.tr(
                "↑ ↓ choose a pair. Ctrl+M merges the second into the first: every bill, "
                "return, point, credit and voucher stays and shows under the first."
            )
        )
        self.merge_button.setText(self.tr("Merge  (Ctrl+M)"))
        self.close_button.setText(self.tr("Close  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.pairs.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason_text(self, reason: str) -> str:
        return {
            "mobile": self.tr("same mobile"),
            "pan": self.tr("same PAN"),
            "name_address": self.tr("same name and address"),
        }.get(reason, reason)

    def reload(self) -> None:
        self._runner.run(
            self._merges.duplicates, by=self._user, on_done=self._on_loaded, on_error=self._on_error
        )

    def _on_loaded(self, pairs: list[DuplicatePair]) -> None:
        self.pairs.clear()
        for p in pairs:
            text = f"{p.first.name} {p.first.mobile}  ←  {p.second.name} {p.second.mobile}   ({self.reason_text(p.reason)})"
            item = QListWidgetItem(text)
            item.setData(PAIR_ROLE, p)
            self.pairs.addItem(item)
        if pairs:
            self.pairs.setCurrentRow(0)
        else:
            self.message.show_message(self.tr("No duplicates found."), "info")
        emit(self.loaded, pairs)

    def merge_current(self) -> None:
        item = self.pairs.currentItem()
        if item is None:
            return
        pair: DuplicatePair = item.data(PAIR_ROLE)
        self._runner.run(
            self._merges.merge,
            pair.first.id,
            pair.second.id,
            reason=self.reason_text(pair.reason),
            by=self._user,
            on_done=self._on_merged,
            on_error=self._on_error,
        )

    def _on_merged(self, result: Any) -> None:
        self.message.show_message(self.tr("Merged."), "info")
        emit(self.merged, result)
        self.reload()

    def _on_error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")
