"""The manager's sync dialog (Ctrl+Shift+Y or a click on the status-bar sync indicator): the
state in words, changes head office refused with its reason and `Send again`, open conflicts.

Everything is read through ``SyncStatusService`` on the task runner; the dialog never opens a
session and never talks to head office itself (`Send again` releases the held changes and asks
the sync worker for a round).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.formats import fmt_datetime
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.sync import ConflictModel, QuarantineModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fit import scroll_body
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.sync_status import (
        ConflictRow,
        QuarantinedChange,
        SyncStatus,
        SyncStatusService,
    )
    from jewelpos.ui.tasks import TaskRunner

SEND_AGAIN_KEY = "Ctrl+R"
REFRESH_KEY = "F5"


def _age_words(seconds: float) -> str:
    from jewelpos.ui.widgets.sync_status import _age

    return _age(seconds)


class SyncDialog(QDialog):
    """Shows one counter's sync for the manager; `Send again` (Ctrl+R) for refused changes."""

    loaded = Signal()
    released = Signal(int)  # how many refused changes go again

    def __init__(
        self,
        sync: SyncStatusService,
        runner: TaskRunner,
        *,
        user: Any,
        request_sync: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self._sync = sync
        self._runner = runner
        self._user = user
        self._request_sync = request_sync
        self.status: SyncStatus | None = None

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.state_box = QGroupBox()
        self._values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self.state_box)
        for key in ("server", "unsent", "oldest", "success", "error"):
            label, value = QLabel(), QLabel()
            value.setObjectName(f"sync_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._labels[key], self._values[key] = label, value
            form.addRow(label, value)

        self.refused_box = QGroupBox()
        self.refused_model = QuarantineModel(self)
        self.refused_view = self._table(self.refused_model)
        self.refused_hint = QLabel()
        self.refused_hint.setWordWrap(True)
        self.send_again_button = QPushButton()
        self.send_again_button.setObjectName("primaryButton")
        self.send_again_button.clicked.connect(self._on_send_again_button_clicked)
        refused = QVBoxLayout(self.refused_box)
        refused.addWidget(self.refused_view)
        row = QHBoxLayout()
        row.addWidget(self.refused_hint, 1)
        row.addWidget(self.send_again_button)
        refused.addLayout(row)

        self.conflict_box = QGroupBox()
        self.conflict_model = ConflictModel(self)
        self.conflict_view = self._table(self.conflict_model)
        self.conflict_hint = QLabel()
        self.conflict_hint.setWordWrap(True)
        conflicts = QVBoxLayout(self.conflict_box)
        conflicts.addWidget(self.conflict_view)
        conflicts.addWidget(self.conflict_hint)

        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        for button in (self.send_again_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.state_box)
        layout.addWidget(self.refused_box, 1)
        layout.addWidget(self.conflict_box, 1)
        layout.addLayout(buttons)
        scroll_body(self)

        QShortcut(QKeySequence(SEND_AGAIN_KEY), self, self.send_again)
        QShortcut(QKeySequence(REFRESH_KEY), self, self.reload)
        QWidget.setTabOrder(self.refused_view, self.send_again_button)
        QWidget.setTabOrder(self.send_again_button, self.conflict_view)
        QWidget.setTabOrder(self.conflict_view, self.close_button)
        self.retranslate_ui()
        self.resize(880, 620)
        self.reload()

    @staticmethod
    def _table(model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync with head office"))
        self.title.setText(self.tr("Sync with head office"))
        self.state_box.setTitle(self.tr("State"))
        texts = {
            "server": self.tr("Head office"),
            "unsent": self.tr("Waiting to be sent"),
            "oldest": self.tr("Oldest waiting"),
            "success": self.tr("Last sent"),
            "error": self.tr("Last problem"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.refused_box.setTitle(self.tr("Refused by head office"))
        self.conflict_box.setTitle(self.tr("Conflicts for the manager"))
        self.send_again_button.setText(self.tr("Send again  ({key})").format(key=SEND_AGAIN_KEY))
        self.close_button.setText(self.tr("Close  (Esc)"))
        self.refused_model.retranslate()
        self.conflict_model.retranslate()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read state, refused changes and conflicts on the worker (F5)."""
        self._runner.run(self._read, on_done=self._on_read, on_error=self._on_failed)

    def _read(self) -> tuple[SyncStatus, list[QuarantinedChange], list[ConflictRow]]:
        return self._sync.status(), self._sync.quarantined(), self._sync.conflict_rows()

    def _on_read(
        self, found: tuple[SyncStatus, list[QuarantinedChange], list[ConflictRow]]
    ) -> None:
        self.status, refused, conflicts = found
        self.refused_model.set_rows(refused)
        self.conflict_model.set_rows(conflicts)
        self._render()
        emit(self.loaded)

    def _on_failed(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc))

    def _when(self, at: datetime | None) -> str:
        return fmt_datetime(at) if at is not None else self.tr("never")

    def _render(self) -> None:
        s = self.status
        if s is None:
            return
        v = self._values
        if s.enrolled:
            v["server"].setText(
                self.tr("{url} - branch {branch}, counter {counter}").format(
                    url=s.server_url, branch=s.branch_code, counter=s.counter_code
                )
            )
        else:
            v["server"].setText(
                self.tr("Not connected. Enrol this counter with: jewelpos sync enrol URL CODE")
            )
        if s.unsent == 0:
            v["unsent"].setText(self.tr("Nothing: everything has reached head office."))
        else:
            v["unsent"].setText(
                self.tr("{n} changes ({held} of them refused, see below)").format(
                    n=s.unsent, held=s.quarantined
                )
                if s.quarantined
                else self.tr("{n} changes").format(n=s.unsent)
            )
        age = s.oldest_unsent_age_s
        v["oldest"].setText(
            self.tr("{age} ago (since {when})").format(
                age=_age_words(age), when=self._when(s.oldest_unsent_at)
            )
            if age is not None
            else "-"
        )
        v["success"].setText(self._when(s.last_success_at))
        v["error"].setText(
            self.tr("{when}: {error}").format(when=self._when(s.last_error_at), error=s.last_error)
            if s.last_error
            else self.tr("none")
        )
        can_manage = bool(getattr(self._user, "can_manage", False))
        held = self.refused_model.rowCount()
        self.send_again_button.setEnabled(can_manage and held > 0)
        if not held:
            self.refused_hint.setText(self.tr("Head office has refused nothing."))
        elif not can_manage:
            self.refused_hint.setText(
                self.tr("Only an owner or manager can send refused changes again.")
            )
        else:
            self.refused_hint.setText(
                self.tr(
                    "Refused changes are kept here and later ones still go. When head office "
                    "has fixed the reason, send them again."
                )
            )
        self.conflict_hint.setText(
            self.tr(
                "Both bills are kept. Check the piece and settle it with the other counter; "
                "head office sees the same conflict."
            )
            if self.conflict_model.rowCount()
            else self.tr("No conflicts.")
        )

    # --- actions ---------------------------------------------------------------------------------
    def _on_send_again_button_clicked(self) -> None:
        self.send_again()

    def send_again(self) -> None:
        """Release the refused changes (managers only) and ask for a sync at once."""
        if not self.send_again_button.isEnabled():
            return
        self.send_again_button.setEnabled(False)
        self._runner.run(
            self._sync.release_quarantined,
            by=self._user,
            on_done=self._on_released,
            on_error=self._on_failed,
        )

    def _on_released(self, count: int) -> None:
        if self._request_sync is not None:
            self._request_sync()
        self.message.show_message(
            self.tr("{n} refused changes will be sent again now.").format(n=count), "info"
        )
        emit(self.released, count)
        self.reload()
