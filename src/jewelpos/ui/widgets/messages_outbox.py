"""The Messages screen's outbox page: every message with its status, a filter by status and
text, and a manager's actions (send again, mark sent, open a WhatsApp link, send now)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.services.messaging.admin import STATUS_FILTERS
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.messages import OutboxModel, status_name
from jewelpos.ui.qtcompat import emit

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.messaging.admin import MessageRow, RetryResult, WhatsAppOpen
    from jewelpos.services.messaging.sender import SendRun
    from jewelpos.services.messaging.service import MessagesService
    from jewelpos.ui.tasks import TaskRunner

OUTBOX_KEYS = {"refresh": "F5", "retry": "F6", "mark": "F7", "whatsapp": "F8", "send": "F9"}


def open_in_browser(url: str) -> bool:
    """Open the link with the system (WhatsApp Desktop or the browser)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


class OutboxPage(QWidget):
    """The outbox list; ``said(text, kind)`` asks the screen to show a message."""

    loaded = Signal(list)
    said = Signal(str, str)
    whatsapp_opened = Signal(str)  # the link

    def __init__(
        self,
        messages: MessagesService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        send_now: Callable[[], None],
        open_url: Callable[[str], bool] = open_in_browser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._runner = runner
        self._user = user
        self._send_now = send_now
        self._open_url = open_url
        self._select_id = ""
        self.status_label = QLabel()
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("outboxStatus")
        self.status_label.setBuddy(self.status_filter)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("outboxSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.model = OutboxModel(self)
        self.view = QTableView()
        self.view.setObjectName("outboxTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutboxModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.detail = QLabel()
        self.detail.setObjectName("outboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot in (
            ("refresh", self.reload),
            ("retry", self.retry),
            ("mark", self.mark_sent),
            ("whatsapp", self.open_whatsapp),
            ("send", self.send_now),
        ):
            button = QPushButton()
            button.setObjectName(f"outbox_{name}")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(OUTBOX_KEYS[name]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        row.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.status_label)
        filters.addWidget(self.status_filter)
        filters.addSpacing(16)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.returnPressed.connect(self.reload)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update())
        self.setTabOrder(self.status_filter, self.search)
        self.setTabOrder(self.search, self.view)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.status_label.setText(self.tr("&Status"))
        self.search_label.setText(self.tr("Searc&h"))
        self.search.setPlaceholderText(self.tr("Mobile, e-mail, name or text, then Enter"))
        current = self.status_filter.currentIndex()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        for code in STATUS_FILTERS:
            self.status_filter.addItem(status_name(code), code)
        self.status_filter.setCurrentIndex(max(0, current))
        self.status_filter.blockSignals(False)
        texts = {
            "refresh": self.tr("F5 Refresh"),
            "retry": self.tr("F6 Send again"),
            "mark": self.tr("F7 Mark as sent"),
            "whatsapp": self.tr("F8 Open in WhatsApp"),
            "send": self.tr("F9 Send now"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.model.retranslate()
        self._update()

    def focus_first(self) -> None:
        self.view.setFocus()

    def selected(self) -> MessageRow | None:
        index = self.view.currentIndex()
        return self.model.message(index.row()) if index.isValid() else None

    def _update(self) -> None:
        m = self.selected()
        self.buttons["retry"].setEnabled(m is not None and m.status in ("failed", "unknown"))
        self.buttons["mark"].setEnabled(m is not None and m.status == "unknown")
        self.buttons["whatsapp"].setEnabled(
            m is not None and m.channel == "whatsapp_link" and m.status == "queued"
        )
        if m is None:
            self.detail.setText("")
            return
        note = f"\n{m.last_error}" if m.last_error else ""
        self.detail.setText(m.text + note)

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        self._runner.run(
            self._messages.admin.list,
            status=self.status_filter.currentData() or "",
            text=self.search.text(),
            on_done=self._on_loaded,
            on_error=self._fail,
        )

    def _on_loaded(self, rows: list[MessageRow]) -> None:
        current = self.selected()
        keep = self._select_id or (current.id if current is not None else "")
        self.model.set_rows(rows)
        if rows:
            at = self.model.row_of(keep) if keep else -1
            self.view.selectRow(at if at >= 0 else 0)
        self._select_id = ""
        self._update()
        emit(self.loaded, rows)

    # --- actions ------------------------------------------------------------------------
    def retry(self) -> None:
        m = self.selected()
        if m is None or m.status not in ("failed", "unknown"):
            return
        self._select_id = m.id
        self._runner.run(
            self._messages.admin.retry,
            [m.id],
            by=self._user,
            on_done=self._on_retried,
            on_error=self._fail,
        )

    def _on_retried(self, result: RetryResult) -> None:
        emit(self.said, self.tr("Queued to be sent again."), "info")
        self.reload()

    def mark_sent(self) -> None:
        m = self.selected()
        if m is None or m.status != "unknown":
            return
        self._select_id = m.id
        self._runner.run(
            self._messages.admin.mark_sent,
            m.id,
            by=self._user,
            on_done=self._on_marked,
            on_error=self._fail,
        )

    def _on_marked(self, _result: RetryResult) -> None:
        emit(self.said, self.tr("Marked as sent: it will not be sent again."), "info")
        self.reload()

    def open_whatsapp(self) -> None:
        m = self.selected()
        if m is None or m.channel != "whatsapp_link" or m.status != "queued":
            return
        self._select_id = m.id
        self._runner.run(
            self._messages.admin.open_whatsapp,
            m.id,
            by=self._user,
            on_done=self._on_whatsapp,
            on_error=self._fail,
        )

    def _on_whatsapp(self, opened: WhatsAppOpen) -> None:
        if self._open_url(opened.url):
            emit(self.said, self.tr("WhatsApp opened: press Send there."), "info")
        else:
            emit(self.said, self.tr("WhatsApp could not be opened on this computer."), "error")
        emit(self.whatsapp_opened, opened.url)
        self.reload()

    def send_now(self) -> None:
        self._send_now()

    def after_run(self, run: SendRun) -> None:
        """Tell what a send run did (started here or by the background timer) and reload."""
        if not run.here:
            emit(self.said, self._why_not(run.why_not), "warning")
        else:
            emit(
                self.said,
                self.tr(
                    "Sent {sent}, to try again {retrying}, failed {failed}, in doubt {unknown}, "
                    "not sent (opted out) {skipped}, waiting {waiting}."
                ).format(
                    sent=run.sent,
                    retrying=run.retrying,
                    failed=run.failed,
                    unknown=run.unknown,
                    skipped=run.skipped,
                    waiting=run.waiting,
                ),
                "info",
            )
        self.reload()

    def _why_not(self, why: str) -> str:
        if "head office" in why:
            return self.tr("Messages are sent by head office, not by this counter.")
        if "No counter" in why:
            return self.tr("No counter sends messages yet: choose one on the Settings tab (F4).")
        return self.tr("Another counter sends this branch's messages.")

    def _fail(self, exc: JewelPOSError) -> None:
        emit(self.said, error_text(exc), "error")
