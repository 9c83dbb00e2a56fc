"""Sales return (F7 in Find bill): tick the lines that come back, a reason and a manager's PIN."""

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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import InvalidCredentials, JewelPOSError, PermissionDenied
from jewelpos.domain.formatting import format_inr, format_weight_mg
from jewelpos.ui.billing_texts import billing_error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import FieldErrors, with_error

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.billing import BillingService, BillView, CreditNoteInfo
    from jewelpos.ui.tasks import TaskRunner

LINE_ROLE = Qt.ItemDataRole.UserRole + 1


def approve_and_return(
    billing: BillingService,
    bill_id: str,
    *,
    line_ids: tuple[str, ...],
    username: str,
    pin: str,
    reason: str,
    by: UserInfo,
) -> CreditNoteInfo:
    """On the worker: the manager's approval (logged), then the credit note with it."""
    from jewelpos.services.billing import APPROVE_RETURN

    approval = None
    if not by.can_manage:
        approval = billing.approve(username=username, pin=pin, what=APPROVE_RETURN)
    return billing.sales_return(bill_id, line_ids=line_ids, reason=reason, by=by, approval=approval)


class ReturnGoodsDialog(QDialog):
    """Emits ``goods_returned(CreditNoteInfo)``; a refusal is said at the field it concerns."""

    goods_returned = Signal(object)
    return_failed = Signal(str)

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
        self.setObjectName("returnGoodsDialog")
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
        self.lines = QListWidget()
        self.lines.setObjectName("returnLines")
        for line in bill.lines:
            item = QListWidgetItem(
                f"{line.line_no}. {line.description} {line.tag_code}  {line.purity_label}  "
                f"{format_weight_mg(line.net_mg)}  {format_inr(line.taxable)}"
            )
            item.setData(LINE_ROLE, line.id)
            if line.returned:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.lines.addItem(item)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.reason.setMaxLength(500)
        self.manager = QComboBox()
        self.manager.setObjectName("returnManager")
        for m in managers:
            self.manager.addItem(m.display_name, m.username)
        self.pin = QLineEdit()
        self.pin.setObjectName("returnPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [("lines", self.lines), ("reason", self.reason)]
        if not user.can_manage:  # a manager returning goods approves by being logged in
            rows += [("manager", self.manager), ("pin", self.pin)]
        for name, widget in rows:
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
        self.setMinimumWidth(620)
        self.retranslate_ui()
        self.reason.returnPressed.connect(self._on_reason_return_pressed)
        self.pin.returnPressed.connect(self.submit)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sales return"))
        self.title.setText(
            self.tr("Goods back from bill {number}").format(number=self._bill.number)
        )
        self.what.setText(
            self.tr(
                "Tick the pieces that come back (Space). A credit note is made with their GST; "
                "the pieces go back to stock. The bill itself is not changed."
            )
        )
        texts = {
            "lines": self.tr("&Pieces"),
            "reason": self.tr("&Reason"),
            "manager": self.tr("&Manager"),
            "pin": self.tr("Manager's &PIN"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.reason.setPlaceholderText(self.tr("e.g. ring size does not fit"))
        self.ok_button.setText(self.tr("Make credit note  (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.lines.setCurrentRow(0)
        self.lines.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.lines.hasFocus():
            self.reason.setFocus()
            return
        super().keyPressEvent(event)

    def _on_reason_return_pressed(self) -> None:
        if self._user.can_manage:
            self.submit()
        else:
            self.manager.setFocus()

    def chosen_line_ids(self) -> tuple[str, ...]:
        chosen = []
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(LINE_ROLE)))
        return tuple(chosen)

    def submit(self) -> None:
        if self._busy:
            return
        errors: dict[str, str] = {}
        if not self.chosen_line_ids():
            errors["lines"] = self.tr("Tick at least one piece that comes back.")
        if not self.reason.text().strip():
            errors["reason"] = self.tr("Say why the goods come back.")
        if not self._user.can_manage:
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
            approve_and_return,
            self._billing,
            self._bill.id,
            line_ids=self.chosen_line_ids(),
            username=str(self.manager.currentData() or ""),
            pin=self.pin.text(),
            reason=self.reason.text().strip(),
            by=self._user,
            on_done=self._on_returned,
            on_error=self._on_failed,
            on_finished=self._on_finished,
        )

    def _on_returned(self, note: CreditNoteInfo) -> None:
        emit(self.goods_returned, note)
        self.accept()

    def _on_failed(self, exc: JewelPOSError) -> None:
        text = billing_error_text(exc)
        if isinstance(exc, InvalidCredentials | PermissionDenied) and not self._user.can_manage:
            self.pin.clear()
            self.errors.show({"pin": text})
        else:
            self.errors.show({"reason": text})
        emit(self.return_failed, text)

    def _on_finished(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
