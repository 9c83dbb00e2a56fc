"""Cancel today's bill: a reason, and a manager's PIN in the same small dialog; pieces go back to stock."""

from __future__ import annotations

from collections.abc import Sequence
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

from jewelpos.domain.errors import InvalidCredentials, JewelPOSError, PermissionDenied
from jewelpos.domain.formatting import format_inr
from jewelpos.ui.billing_texts import billing_error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, with_error

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.billing import BillingService, BillView, SavedBill
    from jewelpos.ui.tasks import TaskRunner


def approve_and_cancel(
    billing: BillingService,
    bill_id: str,
    *,
    username: str,
    pin: str,
    reason: str,
    by: UserInfo,
) -> SavedBill:
    """On the worker: the manager's approval (logged), then the cancellation with it."""
    from jewelpos.services.billing import APPROVE_CANCEL

    approval = billing.approve(username=username, pin=pin, what=APPROVE_CANCEL)
    return billing.cancel_bill(bill_id, reason=reason, approval=approval, by=by)


class CancelBillDialog(QDialog):
    """Emits ``bill_cancelled(SavedBill)``; a wrong PIN or a refusal is said in place."""

    bill_cancelled = Signal(object)
    cancel_failed = Signal(str)

    def __init__(
        self,
        billing: BillingService,
        runner: TaskRunner,
        *,
        bill: BillView,
        managers: Sequence[UserInfo],
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelBillDialog")
        self._billing = billing
        self._runner = runner
        self._bill = bill
        self._user = user
        self._busy = False
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.what = QLabel()
        self.what.setObjectName("readOnlyNote")
        self.what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setMaxLength(500)
        self.manager = QComboBox()
        self.manager.setObjectName("cancelManager")
        for m in managers:
            self.manager.addItem(m.display_name, m.username)
        self.pin = QLineEdit()
        self.pin.setObjectName("cancelPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, widget in (("reason", self.reason), ("manager", self.manager), ("pin", self.pin)):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            form.addRow(label, with_error(widget, self.errors.add(name, widget)))
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.submit)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self._navigator = EnterNavigator([self.reason, self.manager, self.pin], self.submit, self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cancel bill"))
        self.title.setText(self.tr("Cancel bill {number}").format(number=self._bill.number))
        self.what.setText(
            self.tr(
                "Bill {number} of {amount} ({customer}) will be cancelled: it keeps its number, "
                "its pieces go back to stock. A manager must approve."
            ).format(
                number=self._bill.number,
                amount=format_inr(self._bill.net_payable),
                customer=self._bill.customer_name or self.tr("walk-in"),
            )
        )
        self._labels["reason"].setText(self.tr("&Reason"))
        self._labels["manager"].setText(self.tr("&Manager"))
        self._labels["pin"].setText(self.tr("Manager's &PIN"))
        self.reason.setPlaceholderText(self.tr("e.g. customer changed their mind"))
        self.ok_button.setText(self.tr("Cancel the bill  (Enter)"))
        self.close_button.setText(self.tr("Keep it  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._busy:
            return
        errors: dict[str, str] = {}
        if not self.reason.text().strip():
            errors["reason"] = self.tr("Say why the bill is cancelled.")
        if not self.manager.currentData():
            errors["manager"] = self.tr("No manager is set up on this counter.")
        if not self.pin.text():
            errors["pin"] = self.tr("Type the manager's PIN.")
        if errors:
            self.errors.show(errors)
            return
        self.errors.clear()
        self._busy = True
        self.ok_button.setEnabled(False)
        self._runner.run(
            approve_and_cancel,
            self._billing,
            self._bill.id,
            username=str(self.manager.currentData()),
            pin=self.pin.text(),
            reason=self.reason.text().strip(),
            by=self._user,
            on_done=self._on_cancelled,
            on_error=self._on_failed,
            on_finished=self._on_finished,
        )

    def _on_cancelled(self, saved: SavedBill) -> None:
        emit(self.bill_cancelled, saved)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        text = billing_error_text(exc)
        if isinstance(exc, InvalidCredentials | PermissionDenied):
            self.pin.clear()
            self.errors.show({"pin": text})
        else:
            self.errors.show({"reason": text})
        emit(self.cancel_failed, text)

    def _on_finished(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
