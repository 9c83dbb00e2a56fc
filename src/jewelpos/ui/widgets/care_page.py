"""What the Feedback screen's pages share: services, runner, user, a message bar, the dialog
open, a read-only table and buttons whose key works anywhere on the page."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from jewelpos.domain.clock import shop_today
from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner


def table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def key_button(page: QWidget, key: str, slot: Any) -> QPushButton:
    """A button whose key works anywhere on the page (the key is in its text)."""
    button = QPushButton()
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    action = QAction(page)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    page.addAction(action)
    return button


class CarePage(QWidget):
    """A page with its services, runner, user, message bar and the dialog it has open."""

    dialog_opened = Signal(object)

    def __init__(self, services: Services, runner: TaskRunner, user: UserInfo) -> None:
        super().__init__()
        self._services = services
        self._runner = runner
        self._user = user
        self.message = MessageBar()
        self.dialog: QDialog | None = None

    def today(self) -> date:
        return shop_today(self._services.clock)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.message.retranslate_ui()

    def _error(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")

    def _open(self, dialog: QDialog, on_saved: Any) -> QDialog:
        dialog.setParent(self, dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(on_saved)  # type: ignore[attr-defined]
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        self.dialog = dialog
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def _on_dialog_finished(self, dialog: QDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.window().activateWindow()
        self.focus_first()

    def focus_first(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError
