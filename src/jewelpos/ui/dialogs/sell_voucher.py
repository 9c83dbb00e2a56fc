"""Sell a gift voucher (F6 on the Customers screen): the amount (a fixed denomination, or any
amount as an open voucher), how it was paid and its reference; Enter issues it and shows its
number and code. The rules are the voucher service's."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
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

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.services.vouchers import DENOMINATIONS, PAY_MODES, VoucherInput
from jewelpos.ui.messages import error_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.vouchers import VoucherInfo, VoucherService
    from jewelpos.ui.tasks import TaskRunner


class SellVoucherDialog(QDialog):
    """Emits ``issued(VoucherInfo)``; stays open showing the code to write or print."""

    issued = Signal(object)

    def __init__(
        self,
        vouchers: VoucherService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        customer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sellVoucherDialog")
        self._vouchers = vouchers
        self._runner = runner
        self._user = user
        self._customer_id = customer_id
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.amount = QLineEdit()
        self.amount.setObjectName("voucherAmount")
        self.mode = QComboBox()
        self.mode.setObjectName("voucherPaidMode")
        for mode in PAY_MODES:
            self.mode.addItem(mode, mode)
        self.reference = QLineEdit()
        self.reference.setObjectName("voucherReference")
        self.reference.setMaxLength(60)
        self.issued_text = QLabel()
        self.issued_text.setObjectName("voucherIssued")
        self.issued_text.setWordWrap(True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        for label, widget in zip(
            self._labels, (self.amount, self.mode, self.reference), strict=True
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._navigator = EnterNavigator([self.amount, self.mode, self.reference], self.sell, self)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.issued_text)
        layout.addLayout(buttons)
        self.resize(520, 340)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sell a gift voucher"))
        self.title.setText(self.tr("Sell a gift voucher"))
        fixed = ", ".join(format_inr(d) for d in DENOMINATIONS)
        self._labels[0].setText(
            self.tr("&Amount (fixed: {list}; any other is open)").format(list=fixed)
        )
        self._labels[1].setText(self.tr("&Paid by"))
        self._labels[2].setText(self.tr("&Reference"))
        self.close_button.setText(self.tr("Close  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.amount.setFocus(Qt.FocusReason.OtherFocusReason)

    def sell(self) -> None:
        """Enter on the last field: issue the voucher (the amount typed stays on an error)."""
        try:
            amount = Decimal(self.amount.text().replace(",", "").strip())
        except InvalidOperation:
            self.message.show_message(
                self.tr("Amount: type the voucher's value in rupees."), "error"
            )
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        inp = VoucherInput(
            amount=amount,
            value_kind="fixed" if amount in DENOMINATIONS else "open",
            paid_mode=str(self.mode.currentData()),
            paid_reference=self.reference.text(),
            customer_id=self._customer_id,
        )
        self._runner.run(
            self._vouchers.issue,
            inp,
            by=self._user,
            on_done=self._on_issued,
            on_error=self._on_error,
        )

    def _on_issued(self, info: VoucherInfo) -> None:
        self.issued_text.setText(
            self.tr("Voucher {number} for {amount}: code {code}, valid until {day}.").format(
                number=info.number,
                amount=format_inr(info.value),
                code=info.code,
                day=info.expires_on.strftime("%d-%m-%Y"),
            )
        )
        self.message.clear()
        emit(self.issued, info)

    def _on_error(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field == "amount":
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.show_message(error_text(exc), "error")
