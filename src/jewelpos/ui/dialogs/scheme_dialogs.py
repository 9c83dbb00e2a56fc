"""Dialogs of the Schemes screen: take an instalment (amount, payment mode, reference) and enrol
a member (mobile, plan, nominee, passbook). Enter moves on and saves on the last field; the
screen calls the services; errors appear in the dialog and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
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

from jewelpos.domain.formatting import format_inr
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, ErrorLabel

if TYPE_CHECKING:
    from jewelpos.services.schemes import AccountInfo, PlanInfo

MODES = ("cash", "upi", "card", "cheque", "bank")


def _buttons(dialog: QDialog, save_text: str) -> tuple[QPushButton, QHBoxLayout]:
    save = QPushButton(save_text)
    save.setObjectName("primaryButton")
    cancel = QPushButton(QCoreApplication.translate("SchemeDialogs", "Cancel  (Esc)"))
    for button in (save, cancel):
        button.setAutoDefault(False)
        button.setDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    return save, row


def mode_name(mode: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "cash": "Cash",
        "upi": "UPI",
        "card": "Card",
        "cheque": "Cheque",
        "bank": "Bank transfer",
    }
    return QCoreApplication.translate("SchemeDialogs", names.get(mode, mode))


class InstalmentDialog(QDialog):
    """One instalment (or more) for the account shown; Enter on the last field takes it."""

    submitted = Signal(object, str, str)  # amount (Decimal), mode, reference

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeInstalmentDialog")
        self.setWindowTitle(self.tr("Take an instalment"))
        self.intro = QLabel(
            self.tr("{name}, passbook {book}: {paid} of {count} paid").format(
                name=account.customer_name,
                book=account.passbook,
                paid=account.paid_count,
                count=account.terms.count,
            )
        )
        self.amount = QLineEdit(f"{account.terms.instalment:.2f}")
        self.amount.setObjectName("schemeAmount")
        self.mode = QComboBox()
        self.mode.setObjectName("schemeMode")
        for mode in MODES:
            self.mode.addItem(mode_name(mode), mode)
        self.reference = QLineEdit()
        self.reference.setObjectName("schemeReference")
        self.error = ErrorLabel()
        self.save_button, buttons = _buttons(self, self.tr("Take  (Enter)"))
        self.save_button.clicked.connect(self.submit)
        self._navigator = EnterNavigator(
            [self.amount, self.mode, self.reference], self.submit, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Paid by"), self.mode)
        form.addRow(self.tr("Reference (UPI, card or cheque)"), self.reference)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.amount.setFocus()
        self.amount.selectAll()

    def submit(self) -> None:
        try:
            amount = Decimal(self.amount.text().replace(",", "").strip())
        except InvalidOperation:
            self.show_error(self.tr("Amount: type the amount in rupees, e.g. 5000"))
            self.amount.setFocus()
            return
        emit(self.submitted, amount, str(self.mode.currentData()), self.reference.text().strip())

    def show_error(self, text: str) -> None:
        self.error.show_error(text)


class EnrolDialog(QDialog):
    """A new member: the customer's mobile, the plan, nominee and the passbook number (scan a
    pre-printed passbook, or leave it empty for the next number)."""

    submitted = Signal(str, str, str, str)  # mobile, plan id, nominee, passbook

    def __init__(self, plans: Sequence[PlanInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeEnrolDialog")
        self.setWindowTitle(self.tr("Enrol a member"))
        self.mobile = QLineEdit()
        self.mobile.setObjectName("enrolMobile")
        self.plan = QComboBox()
        self.plan.setObjectName("enrolPlan")
        for p in plans:
            self.plan.addItem(
                self.tr("{name}: {count} x {amount}").format(
                    name=p.name, count=p.terms.count, amount=format_inr(p.terms.instalment)
                ),
                p.id,
            )
        self.nominee = QLineEdit()
        self.nominee.setObjectName("enrolNominee")
        self.passbook = QLineEdit()
        self.passbook.setObjectName("enrolPassbook")
        self.error = ErrorLabel()
        self.save_button, buttons = _buttons(self, self.tr("Enrol  (Enter)"))
        self.save_button.clicked.connect(self.submit)
        self._navigator = EnterNavigator(
            [self.mobile, self.plan, self.nominee, self.passbook], self.submit, self
        )
        form = QFormLayout()
        form.addRow(self.tr("Member's mobile"), self.mobile)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Nominee"), self.nominee)
        form.addRow(self.tr("Passbook number (empty: the next one)"), self.passbook)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.mobile.setFocus()

    def submit(self) -> None:
        if self.plan.count() == 0:
            self.show_error(self.tr("Plan: a manager must define a plan first."))
            return
        emit(
            self.submitted,
            self.mobile.text().strip(),
            str(self.plan.currentData()),
            self.nominee.text().strip(),
            self.passbook.text().strip(),
        )

    def show_error(self, text: str) -> None:
        self.error.show_error(text)
