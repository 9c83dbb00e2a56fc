"""Payment (F8): split across cash, card, UPI (QR for the balance), cheque and bank; balance live."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_indian, format_inr
from jewelpos.domain.ids import new_id
from jewelpos.domain.money import ZERO, parse_decimal
from jewelpos.domain.rules import CASH_LIMIT, check_cash
from jewelpos.ui.billing_texts import billing_error_text, cash_limit_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import ErrorLabel, with_error
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.billing import PaymentEntry
    from jewelpos.ui.tasks import TaskRunner

MODES = ("cash", "card", "upi", "cheque", "bank")
QR_SIZE = 200
_AMOUNT = QRegularExpression(r"\d{0,9}([.]\d{0,2})?")
_LAST4 = QRegularExpression(r"\d{0,4}")


def upi_qr_pixmap(uri: str, size: int = QR_SIZE) -> QPixmap:
    """A QR code of ``uri`` (qrcode -> PNG -> QPixmap), crisp at ``size`` pixels."""
    import qrcode

    qr = qrcode.QRCode(border=2, box_size=8, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(uri)
    qr.make(fit=True)
    image = qr.make_image(fill_color="black", back_color="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class PaymentDialog(QDialog):
    """Emits ``payments_set(tuple[PaymentEntry, ...], save_now: bool)``.

    Enter moves on (an empty amount skips that mode's details); F8 puts the balance in the
    amount field that has focus; Ctrl+Enter is Done; F10 is Done and saves the bill.
    Cash is checked against section 269ST as typed: the error says how much cash is allowed.
    """

    payments_set = Signal(object, bool)
    cash_checked = Signal()
    upi_qr_changed = Signal(object)  # (upi:// link, amount) of the QR shown, or None: none shown

    def __init__(
        self,
        runner: TaskRunner,
        *,
        net_payable: Decimal,
        payments: Sequence[PaymentEntry] = (),
        cash_taken_today: Callable[[str], Decimal] | None = None,
        customer_id: str | None = None,
        cash_limit: Decimal = CASH_LIMIT,
        upi_vpa: str = "",
        payee: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._runner = runner
        self.net_payable = net_payable
        self._cash_limit = cash_limit
        self._upi_vpa = upi_vpa
        self._payee = payee
        self._qr_amount: Decimal | None = None
        self._qr_uri = ""
        self.cash_already = ZERO
        self._cash_known = customer_id is None

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.payable_caption = QLabel()
        self.payable_caption.setObjectName("payableCaption")
        self.payable = QLabel()
        self.payable.setObjectName("payableFigure")
        self.message = MessageBar()

        self.amounts: dict[str, QLineEdit] = {}
        self.mode_labels: dict[str, QLabel] = {}
        self.amount_errors: dict[str, ErrorLabel] = {}
        for mode in MODES:
            edit = QLineEdit()
            edit.setObjectName(f"pay_{mode}")
            edit.setValidator(QRegularExpressionValidator(_AMOUNT, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setProperty("big", True)
            edit.textEdited.connect(self._on_amount_text_edited)
            label = QLabel()
            label.setBuddy(edit)
            self.amounts[mode] = edit
            self.mode_labels[mode] = label
            self.amount_errors[mode] = ErrorLabel()
        self.card_last4 = QLineEdit()
        self.card_last4.setObjectName("cardLast4")
        self.card_last4.setValidator(QRegularExpressionValidator(_LAST4, self.card_last4))
        self.card_last4.setMaxLength(4)
        self.card_approval = QLineEdit()
        self.card_approval.setObjectName("cardApproval")
        self.card_approval.setMaxLength(20)
        self.upi_reference = QLineEdit()
        self.upi_reference.setObjectName("upiReference")
        self.upi_reference.setMaxLength(40)
        self.cheque_number = QLineEdit()
        self.cheque_number.setObjectName("chequeNumber")
        self.cheque_number.setMaxLength(20)
        self.bank_reference = QLineEdit()
        self.bank_reference.setObjectName("bankReference")
        self.bank_reference.setMaxLength(40)
        self.extras: dict[str, list[QLineEdit]] = {
            "cash": [],
            "card": [self.card_last4, self.card_approval],
            "upi": [self.upi_reference],
            "cheque": [self.cheque_number],
            "bank": [self.bank_reference],
        }
        self.extra_errors: dict[QLineEdit, ErrorLabel] = {
            w: ErrorLabel() for ws in self.extras.values() for w in ws
        }
        self._extra_labels: dict[QLineEdit, QLabel] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, mode in enumerate(MODES):
            grid.addWidget(self.mode_labels[mode], row, 0)
            grid.addWidget(with_error(self.amounts[mode], self.amount_errors[mode]), row, 1)
            col = 2
            for extra in self.extras[mode]:
                label = QLabel()
                label.setBuddy(extra)
                self._extra_labels[extra] = label
                grid.addWidget(label, row, col)
                grid.addWidget(with_error(extra, self.extra_errors[extra]), row, col + 1)
                col += 2
        grid.setColumnMinimumWidth(1, 200)
        grid.setColumnStretch(3, 1)
        for edit, width in (
            (self.card_last4, 80),
            (self.card_approval, 130),
            (self.upi_reference, 220),
            (self.cheque_number, 160),
            (self.bank_reference, 220),
        ):
            edit.setMinimumWidth(width)

        self.qr = QLabel()
        self.qr.setObjectName("upiQr")
        self.qr.setFixedSize(QR_SIZE + 8, QR_SIZE + 8)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setObjectName("hint")
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption.setMaximumWidth(QR_SIZE + 40)
        qr_box = QVBoxLayout()
        qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_box.addWidget(self.qr_caption)
        qr_box.addStretch(1)

        self.paid_label = QLabel()
        self.paid_label.setObjectName("footerFigure")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceFigure")
        self.change_label = QLabel()
        self.change_label.setObjectName("changeFigure")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        self.done_button = QPushButton()
        self.done_button.setObjectName("primaryButton")
        self.done_button.setAutoDefault(False)
        self.done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.reject)
        for key, slot in (
            ("F8", self.fill_balance),
            ("Ctrl+Return", self._on_done_button_clicked),
            ("Ctrl+Enter", self._on_done_button_clicked),
            ("F10", self._on_save_button_clicked),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)
        self._order: list[QLineEdit] = []
        for mode in MODES:
            self._order.append(self.amounts[mode])
            self._order.extend(self.extras[mode])
        for edit in self._order:
            edit.installEventFilter(self)
        for edit in self.extra_errors:
            edit.textEdited.connect(self._on_extra_text_edited)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        payable_box = QVBoxLayout()
        payable_box.addWidget(self.payable_caption, 0, Qt.AlignmentFlag.AlignRight)
        payable_box.addWidget(self.payable, 0, Qt.AlignmentFlag.AlignRight)
        head.addLayout(payable_box)
        middle = QHBoxLayout()
        middle.addLayout(grid, 1)
        middle.addSpacing(12)
        middle.addLayout(qr_box)
        figures = QHBoxLayout()
        figures.addWidget(self.paid_label)
        figures.addStretch(1)
        figures.addWidget(self.balance_label)
        figures.addSpacing(24)
        figures.addWidget(self.change_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        layout.addLayout(figures)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self._fill(payments)
        self.retranslate_ui()
        if customer_id is not None and cash_taken_today is not None:
            runner.run(
                cash_taken_today,
                customer_id,
                on_done=self._on_cash_taken_loaded,
                on_error=self._on_cash_taken_failed,
            )

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Payment"))
        self.title.setText(self.tr("Payment"))
        self.payable_caption.setText(self.tr("PAYABLE"))
        self.payable.setText("₹ " + format_indian(self.net_payable, 0))
        names = {
            "cash": self.tr("&Cash"),
            "card": self.tr("C&ard"),
            "upi": self.tr("&UPI"),
            "cheque": self.tr("C&heque"),
            "bank": self.tr("&Bank transfer"),
        }
        for mode, label in self.mode_labels.items():
            label.setText(names[mode])
        extras = {
            self.card_last4: self.tr("Last 4"),
            self.card_approval: self.tr("Approval code"),
            self.upi_reference: self.tr("UPI reference"),
            self.cheque_number: self.tr("Cheque no."),
            self.bank_reference: self.tr("UTR / reference"),
        }
        for edit, label in self._extra_labels.items():
            label.setText(extras[edit])
        self.hint.setText(
            self.tr(
                "Enter moves on · F8 puts the balance in this field · "
                "Ctrl+Enter done · F10 done and save the bill"
            )
        )
        self.done_button.setText(self.tr("Done  (Ctrl+Enter)"))
        self.save_button.setText(self.tr("Save && print  (F10)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.amounts["cash"].setFocus(Qt.FocusReason.OtherFocusReason)
        self.amounts["cash"].selectAll()

    # --- values ----------------------------------------------------------------------------------
    def _fill(self, payments: Sequence[PaymentEntry]) -> None:
        totals: dict[str, Decimal] = {}
        for p in payments:
            mode = str(p.mode)
            totals[mode] = totals.get(mode, ZERO) + Decimal(p.amount)
            if mode == "card":
                self.card_last4.setText(p.card_last4)
                self.card_approval.setText(p.approval_code)
            elif mode == "upi":
                self.upi_reference.setText(p.reference)
            elif mode == "cheque":
                self.cheque_number.setText(p.reference)
            elif mode == "bank":
                self.bank_reference.setText(p.reference)
        for mode, total in totals.items():
            if mode in self.amounts:
                self.amounts[mode].setText(str(total))

    def amount(self, mode: str) -> Decimal:
        text = self.amounts[mode].text().strip()
        if not text:
            return ZERO
        try:
            return parse_decimal(text, field="amount")
        except ValidationError:
            return ZERO

    def paid(self) -> Decimal:
        return sum((self.amount(m) for m in MODES), ZERO)

    def non_cash(self) -> Decimal:
        return sum((self.amount(m) for m in MODES if m != "cash"), ZERO)

    def balance(self) -> Decimal:
        return self.net_payable - self.paid()

    def change_due(self) -> Decimal:
        over = self.paid() - self.net_payable
        return min(over, self.amount("cash")) if over > 0 else ZERO

    def cash_kept(self) -> Decimal:
        return self.amount("cash") - self.change_due()

    # --- live ------------------------------------------------------------------------------------
    def _on_amount_text_edited(self, _text: str) -> None:
        for label in self.amount_errors.values():
            label.show_error("")
        self._update()

    def _on_extra_text_edited(self, _text: str) -> None:
        for label in self.extra_errors.values():
            label.show_error("")

    def _on_cash_taken_loaded(self, amount: Decimal) -> None:
        self.cash_already = amount
        self._cash_known = True
        self._update()
        emit(self.cash_checked)

    def _on_cash_taken_failed(self, exc: JewelPOSError) -> None:
        self._cash_known = True
        self.message.show_message(billing_error_text(exc), "warning")
        emit(self.cash_checked)

    def cash_problem(self) -> str:
        """The 269ST refusal for the cash typed, or ""."""
        check = check_cash(
            already_paid_today=self.cash_already,
            new_cash=max(ZERO, self.cash_kept()),
            limit=self._cash_limit,
        )
        if check.allowed:
            return ""
        return cash_limit_text({"remaining": check.remaining, "already_paid": self.cash_already})

    def _update(self) -> None:
        balance = self.balance()
        self.paid_label.setText(self.tr("Paid {amount}").format(amount=format_inr(self.paid())))
        if balance > 0:
            self.balance_label.setText(
                self.tr("Balance {amount}").format(amount=format_inr(balance))
            )
        elif self.change_due() > 0:
            self.balance_label.setText(self.tr("Fully paid"))
        else:
            self.balance_label.setText(self.tr("Fully paid") if balance == 0 else "")
        change = self.change_due()
        self.change_label.setText(
            self.tr("Change due {amount}").format(amount=format_inr(change)) if change else ""
        )
        problem = self.cash_problem()
        self.amount_errors["cash"].show_error(problem)
        self._update_qr()

    def _update_qr(self) -> None:
        shown = self._qr_amount
        self._show_qr()
        if self._qr_amount != shown:  # the customer display shows the same QR
            uri = self._qr_uri if self._qr_amount is not None else ""
            emit(self.upi_qr_changed, (uri, self._qr_amount) if uri else None)

    def _show_qr(self) -> None:
        upi = self.amount("upi")
        amount = upi if upi > 0 else max(ZERO, self.balance())
        if not self._upi_vpa:
            self.qr.clear()
            self.qr.setText("")
            self.qr_caption.setText(self.tr("Set the shop's UPI ID to show a pay QR here."))
            self._qr_amount = None
            return
        if amount <= 0:
            self.qr.clear()
            self.qr_caption.setText(self.tr("Nothing left to pay by UPI."))
            self._qr_amount = None
            return
        if amount == self._qr_amount:
            return
        from jewelpos.printing.receipt import upi_uri

        try:
            uri = upi_uri(self._upi_vpa, self._payee, amount)
        except ValidationError:
            self.qr.clear()
            self.qr_caption.setText(self.tr("The shop's UPI ID is not valid: check the settings."))
            self._qr_amount = None
            return
        self.qr.setPixmap(upi_qr_pixmap(uri))
        self._qr_amount = amount
        self._qr_uri = uri
        self.qr_caption.setText(
            self.tr("Scan to pay {amount} by UPI").format(amount=format_inr(amount))
        )

    def qr_amount(self) -> Decimal | None:
        return self._qr_amount

    def qr_uri(self) -> str:
        """The upi:// link of the QR shown ("" when none is)."""
        return self._qr_uri if self._qr_amount is not None else ""

    # --- keys ------------------------------------------------------------------------------------
    def fill_balance(self) -> None:
        """F8: the amount field with focus takes what is still to pay (or its part of it)."""
        focus = self.focusWidget()
        mode = next((m for m, e in self.amounts.items() if e is focus), None)
        if mode is None:
            mode = next((m for m, ws in self.extras.items() if focus in ws), "cash")
        edit = self.amounts[mode]
        rest = self.balance() + self.amount(mode)
        edit.setText(str(max(ZERO, rest)) if rest > 0 else "")
        edit.setFocus()
        edit.selectAll()
        self._update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and obj in self._order
        ):
            self._advance(obj)
            return True
        return super().eventFilter(obj, event)

    def _advance(self, current: QLineEdit) -> None:
        mode = next((m for m, e in self.amounts.items() if e is current), None)
        if mode is not None and self.amount(mode) <= 0:
            index = MODES.index(mode)
            target = self.amounts[MODES[index + 1]] if index + 1 < len(MODES) else None
        else:
            index = self._order.index(current)
            target = self._order[index + 1] if index + 1 < len(self._order) else None
        if target is None:
            self.finish(save_now=False)
            return
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.selectAll()

    # --- done ------------------------------------------------------------------------------------
    def _on_done_button_clicked(self) -> None:
        self.finish(save_now=False)

    def _on_save_button_clicked(self) -> None:
        self.finish(save_now=True)

    def check(self) -> dict[QLineEdit, str]:
        errors: dict[QLineEdit, str] = {}
        problem = self.cash_problem()
        if problem:
            errors[self.amounts["cash"]] = problem
        if self.amount("card") > 0 and len(self.card_last4.text().strip()) != 4:
            errors[self.card_last4] = self.tr("Type the last 4 digits of the card.")
        if self.amount("cheque") > 0 and not self.cheque_number.text().strip():
            errors[self.cheque_number] = self.tr("Type the cheque number.")
        if self.non_cash() > self.net_payable:
            biggest = max((m for m in MODES if m != "cash"), key=lambda m: self.amount(m))
            errors[self.amounts[biggest]] = self.tr(
                "Card, UPI, cheque and bank cannot pay more than the bill; only cash gives change."
            )
        return errors

    def finish(self, *, save_now: bool) -> None:
        """Hand the payments over; on an error the dialog stays with everything as typed."""
        from jewelpos.services.billing import PaymentEntry, PaymentMode

        errors = self.check()
        if errors:
            first: QLineEdit | None = None
            for edit, text in errors.items():
                label = (
                    self.extra_errors.get(edit)
                    or self.amount_errors[next(m for m, e in self.amounts.items() if e is edit)]
                )
                label.show_error(text)
                first = first or edit
            if first is not None:
                first.setFocus()
            return
        entries: list[PaymentEntry] = []
        for mode in MODES:
            value = self.amount(mode)
            if value <= 0:
                continue
            reference = {
                "upi": self.upi_reference.text().strip(),
                "cheque": self.cheque_number.text().strip(),
                "bank": self.bank_reference.text().strip(),
            }.get(mode, "")
            entries.append(
                PaymentEntry(
                    key=new_id(),
                    mode=PaymentMode(mode),
                    amount=value,
                    reference=reference,
                    card_last4=self.card_last4.text().strip() if mode == "card" else "",
                    approval_code=self.card_approval.text().strip() if mode == "card" else "",
                )
            )
        emit(self.payments_set, tuple(entries), save_now)
        self.accept()
