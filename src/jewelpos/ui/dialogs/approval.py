"""A manager approves in place: pick the manager, type their PIN, Enter. Every approval is logged."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import ErrorLabel, with_error

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner


class ApprovalDialog(QDialog):
    """Emits ``approved(Approval)`` and closes; a wrong PIN is said at the PIN, which is cleared.

    ``approve`` is the service call (``BillingService.approve``): it runs on the worker.
    """

    approved = Signal(object)  # Approval
    approval_failed = Signal(str)

    def __init__(
        self,
        approve: Callable[..., Any],
        runner: TaskRunner,
        *,
        managers: Sequence[UserInfo],
        what: str,
        reason: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setModal(True)
        self._approve = approve
        self._runner = runner
        self._what = what
        self._busy = False

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.reason = QLabel(reason)
        self.reason.setObjectName("readOnlyNote")
        self.reason.setWordWrap(True)
        self.manager = QComboBox()
        self.manager.setObjectName("approvalManager")
        for user in managers:
            self.manager.addItem(user.display_name, user.username)
        self.manager_label = QLabel()
        self.manager_label.setBuddy(self.manager)
        self.pin = QLineEdit()
        self.pin.setObjectName("approvalPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.pin_label = QLabel()
        self.pin_label.setBuddy(self.pin)
        self.pin_error = ErrorLabel()
        self.pin.textEdited.connect(self._on_pin_text_edited)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.manager_label, self.manager)
        form.addRow(self.pin_label, with_error(self.pin, self.pin_error))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self.retranslate_ui()
        self.pin.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Manager approval"))
        self.title.setText(self.tr("A manager must approve this"))
        self.manager_label.setText(self.tr("&Manager"))
        self.pin_label.setText(self.tr("&PIN"))
        self.ok_button.setText(self.tr("Approve  (Enter)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pin_text_edited(self, _text: str) -> None:
        self.pin_error.show_error("")

    def submit(self) -> None:
        if self._busy:
            return
        username = self.manager.currentData()
        if not username:
            self.pin_error.show_error(self.tr("No manager is set up on this counter."))
            return
        if not self.pin.text():
            self.pin_error.show_error(self.tr("Type the manager's PIN."))
            self.pin.setFocus()
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self._runner.run(
            self._approve,
            username=str(username),
            pin=self.pin.text(),
            what=self._what,
            on_done=self._on_approved,
            on_error=self._on_failed,
            on_finished=self._on_finished,
        )

    def _on_approved(self, approval: object) -> None:
        emit(self.approved, approval)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        text = error_text(exc)
        self.pin.clear()
        self.pin_error.show_error(text)
        self.pin.setFocus()
        emit(self.approval_failed, text)

    def _on_finished(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
