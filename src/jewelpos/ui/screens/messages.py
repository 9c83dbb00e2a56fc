"""Messages screen (owners and managers; Ctrl+Shift+M): F2 the outbox, F3 templates, F4 settings.
It also runs the sender in the background on its own worker (the sending counter only: the
service decides), every few minutes and on F9."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.messages_outbox import OutboxPage, open_in_browser
from jewelpos.ui.widgets.messages_settings import SettingsPage
from jewelpos.ui.widgets.messages_templates import TemplatesPage

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.messaging.sender import SendRun

log = logging.getLogger(__name__)

MESSAGES_KEY = "Ctrl+Shift+M"
TAB_KEYS = ("F2", "F3", "F4")
BACKGROUND_MS = 5 * 60_000
"""How often the sending counter sends what is due."""
FIRST_RUN_MS = 60_000
_NAV = str(QT_TRANSLATE_NOOP("MessagesScreen", "Messages"))


def messages_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("MessagesScreen", _NAV) + "\n" + MESSAGES_KEY


class MessagesScreen(QWidget):
    """The three pages, the message bar and the background sender."""

    ran = Signal(object)  # SendRun, after every run (background or F9)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        open_url: Callable[[str], bool] = open_in_browser,
        background_ms: int = BACKGROUND_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messagesScreen")
        self._services = services
        self._user = user
        self._running = False
        # network calls never hold up the database worker the other screens use
        self.sender_runner = TaskRunner(self)
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.outbox = OutboxPage(
            services.messages, runner, user=user, send_now=self.send_now, open_url=open_url
        )
        self.templates = TemplatesPage(services.messages, runner, user=user)
        self.settings = SettingsPage(services.messages, runner, user=user)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("messagesTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages: tuple[OutboxPage | TemplatesPage | SettingsPage, ...] = (
            self.outbox,
            self.templates,
            self.settings,
        )
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.outbox.said.connect(self.message.show_message)
        self.templates.said.connect(self.message.show_message)
        self.settings.said.connect(self.message.show_message)
        for i in range(len(self.pages)):
            action = QAction(self)
            action.setShortcut(QKeySequence(TAB_KEYS[i]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, n=i: self.show_page(n))
            self.addAction(action)
        self.settings.saved.connect(lambda _c: self.outbox.reload())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(background_ms)
        self.timer.timeout.connect(self.send_now)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Messages"))
        titles = (self.tr("F2 Outbox"), self.tr("F3 Templates"), self.tr("F4 Settings"))
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        self.message.retranslate_ui()
        for page in self.pages:
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- start ------------------------------------------------------------------------------
    def start(self) -> None:
        """Load the pages (managers) and start the background sender (everyone: the service
        sends only on the sending counter)."""
        if self._user.can_manage:
            for page in self.pages:
                page.reload()
        self.timer.start()
        QTimer.singleShot(FIRST_RUN_MS, self, self.send_now)

    def focus_first(self) -> None:
        self.tabs.currentWidget().focus_first()  # type: ignore[attr-defined]

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.pages[index].focus_first()

    # --- sending ----------------------------------------------------------------------------
    def send_now(self) -> None:
        """Queue today's automatic messages and send what is due (one run at a time)."""
        if self._running:
            return
        self._running = True
        self.sender_runner.run(
            self._services.messages.run_once,
            on_done=self._on_ran,
            on_error=self._on_run_failed,
            on_finished=self._on_run_finished,
        )

    def _on_run_finished(self) -> None:
        self._running = False

    def _on_ran(self, run: SendRun) -> None:
        if self._user.can_manage and self.isVisible():
            self.outbox.after_run(run)
        emit(self.ran, run)

    def _on_run_failed(self, exc: JewelPOSError) -> None:
        log.warning("message run failed: %s", exc)  # the next run tries again
        if self.isVisible():
            from jewelpos.ui.messages import error_text

            self.message.show_message(error_text(exc), "error")

    def shutdown(self) -> None:
        self.timer.stop()
        self.sender_runner.shutdown()
