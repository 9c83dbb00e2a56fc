"""The post-dated cheques of one member (Schemes screen, F4): the list with each cheque's state;
Alt+A adds the cheque typed below (number, bank, date dd-mm-yyyy), Alt+P presents the selected
cheque (its instalment is taken), Alt+B records it bounced with the bank's charge (its
instalment is reversed). The screen calls the services."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from jewelpos.domain.formatting import format_inr
from jewelpos.ui.dialogs.bill_lookup import parse_day
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import ErrorLabel

if TYPE_CHECKING:
    from jewelpos.services.scheme_pdc import ChequeInfo
    from jewelpos.services.schemes import AccountInfo


class ChequesDialog(QDialog):
    add_requested = Signal(str, str, object)  # cheque no, bank, due date
    present_requested = Signal(str)  # cheque id
    bounce_requested = Signal(str, object)  # cheque id, charge (Decimal)

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeChequesDialog")
        self.setWindowTitle(self.tr("Post-dated cheques"))
        self.account = account
        self.intro = QLabel(
            self.tr("{name}, passbook {book}: one cheque per instalment of {amount}").format(
                name=account.customer_name,
                book=account.passbook,
                amount=format_inr(account.terms.instalment),
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("chequeList")
        self.cheque_no = QLineEdit()
        self.cheque_no.setObjectName("chequeNo")
        self.bank = QLineEdit()
        self.bank.setObjectName("chequeBank")
        self.due = QLineEdit()
        self.due.setObjectName("chequeDue")
        self.charge = QLineEdit("0")
        self.charge.setObjectName("chequeCharge")
        self.error = ErrorLabel()
        self.add_button = QPushButton(self.tr("&Add cheque (Alt+A)"))
        self.present_button = QPushButton(self.tr("&Present selected (Alt+P)"))
        self.bounce_button = QPushButton(self.tr("&Bounced, with charge (Alt+B)"))
        close = QPushButton(self.tr("Close  (Esc)"))
        close.clicked.connect(self.reject)
        for button in (self.add_button, self.present_button, self.bounce_button, close):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.present_button.clicked.connect(self._present)
        self.bounce_button.clicked.connect(self._bounce)
        form = QFormLayout()
        form.addRow(self.tr("Cheque number (6 digits)"), self.cheque_no)
        form.addRow(self.tr("Bank"), self.bank)
        form.addRow(self.tr("Date on the cheque (dd-mm-yyyy)"), self.due)
        form.addRow(self.tr("Bank's charge for a bounced cheque"), self.charge)
        row = QHBoxLayout()
        for button in (self.add_button, self.present_button, self.bounce_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setMinimumSize(640, 480)
        self.cheque_no.setFocus()

    def state_name(self, status: str) -> str:
        return {
            "due": self.tr("due"),
            "presented": self.tr("presented"),
            "cleared": self.tr("cleared"),
            "bounced": self.tr("bounced"),
        }.get(status, status)

    def set_cheques(self, cheques: Sequence[ChequeInfo]) -> None:
        current = self.selected_id()
        self.list.clear()
        for c in cheques:
            text = self.tr("{no} {bank}  {due}  {amount}  {state}").format(
                no=c.cheque_no,
                bank=c.bank,
                due=fmt_date(c.due_on),
                amount=format_inr(c.amount),
                state=self.state_name(c.status),
            )
            if c.bounce_charge:
                text += self.tr("  charge {charge}").format(charge=format_inr(c.bounce_charge))
            item = QListWidgetItem(text)
            item.setData(256, c.id)
            self.list.addItem(item)
            if c.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def selected_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(256)) if item is not None else ""

    def _add(self) -> None:
        day = parse_day(self.due.text())
        if day is None:
            self.show_error(self.tr("Date on the cheque: type it as dd-mm-yyyy."))
            self.due.setFocus()
            return
        emit(self.add_requested, self.cheque_no.text().strip(), self.bank.text().strip(), day)

    def _present(self) -> None:
        if self.selected_id():
            emit(self.present_requested, self.selected_id())

    def _bounce(self) -> None:
        try:
            charge = Decimal(self.charge.text().replace(",", "").strip() or "0")
        except InvalidOperation:
            self.show_error(self.tr("Bank's charge: type the amount in rupees, e.g. 350"))
            self.charge.setFocus()
            return
        if self.selected_id():
            emit(self.bounce_requested, self.selected_id(), charge)

    def show_error(self, text: str) -> None:
        self.error.show_error(text)

    def added(self) -> None:
        """After a cheque was added: clear its fields for the next one."""
        self.error.show_error("")
        self.cheque_no.clear()
        self.due.clear()
        self.cheque_no.setFocus()
