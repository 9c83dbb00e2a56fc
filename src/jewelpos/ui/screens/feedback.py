"""Feedback screen (Ctrl+Shift+K): customers' ratings of a visit, complaints and returns with
their follow-ups, each bill's touch-point checklist, and for owners and managers the staff's
monthly targets against what they achieved. F5-F8 choose the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from jewelpos.ui.screens.care_pages import ComplaintsPage, FeedbackPage, TouchPointsPage
from jewelpos.ui.screens.targets_page import TargetsPage

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner

FEEDBACK_KEY = "Ctrl+Shift+K"
PAGE_KEYS = ("F5", "F6", "F7", "F8")
_NAV = str(QT_TRANSLATE_NOOP("FeedbackScreen", "Feedback"))


def feedback_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("FeedbackScreen", _NAV) + "\n" + FEEDBACK_KEY


class FeedbackScreen(QWidget):
    """The pages in tabs; F5 ratings, F6 complaints, F7 touch points, F8 targets (managers)."""

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackScreen")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.feedback_page = FeedbackPage(services, runner, user=user)
        self.complaints_page = ComplaintsPage(services, runner, user=user)
        self.touch_page = TouchPointsPage(services, runner, user=user)
        self.targets_page = TargetsPage(services, runner, user=user) if user.can_manage else None
        self.pages: list[FeedbackPage | ComplaintsPage | TouchPointsPage | TargetsPage] = [
            self.feedback_page,
            self.complaints_page,
            self.touch_page,
        ]
        if self.targets_page is not None:
            self.pages.append(self.targets_page)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("feedbackTabs")
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F5-F8, not Tab, change pages
        for page, key in zip(self.pages, PAGE_KEYS, strict=False):
            self.tabs.addTab(page, "")
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, p=page: self.show_page(p))
            self.addAction(action)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Feedback, complaints and staff targets"))
        names = (
            self.tr("F5 Feedback"),
            self.tr("F6 Complaints"),
            self.tr("F7 Touch points"),
            self.tr("F8 Staff targets"),
        )
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, names[i])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the main window's calls -----------------------------------------------------------
    def start(self) -> None:
        self.current_page().start()

    def focus_first(self) -> None:
        self.current_page().focus_first()

    def current_page(self) -> FeedbackPage | ComplaintsPage | TouchPointsPage | TargetsPage:
        return self.pages[max(0, self.tabs.currentIndex())]

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        self.focus_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start()  # what other counters and screens saved since

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.isVisible():
            self.start()
