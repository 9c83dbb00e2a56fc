"""Sales return (F7 in Find bill): tick the lines that come back, a reason, how the value goes
back (refund by cash, card reversal, UPI or bank, split, or kept as the customer's credit) and a
manager's PIN. After saving it shows the credit note's number, value and refunds, prints its slip
(Ctrl+R again) and makes its A4 PDF (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
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
from jewelpos.ui.widgets.fit import scroll_body

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.billing import BillingService, BillView, CreditNoteInfo
    from jewelpos.services.printing_jobs import PrintService
    from jewelpos.ui.tasks import TaskRunner

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
REFUND_MODES = ("cash", "card", "upi", "bank")
KEEP_AS_CREDIT = "credit"
SPLIT = "split"
_AMOUNT = QRegularExpression(r"\d{0,9}([.]\d{0,2})?")


def approve_and_return(
    billing: BillingService,
    bill_id: str,
    *,
    line_ids: tuple[str, ...],
    username: str,
    pin: str,
    reason: str,
    by: UserInfo,
    mode: str = KEEP_AS_CREDIT,
    split: dict[str, Decimal] | None = None,
    reference: str = "",
    keep_rest: bool = False,
) -> CreditNoteInfo:
    """On the worker: the manager's approval (logged), then the credit note with it, its value
    refunded by ``mode`` (all of it), kept as credit, or split as ``split`` says."""
    from jewelpos.services.billing import APPROVE_RETURN
    from jewelpos.services.returns import RefundEntry

    approval = None
    if not by.can_manage:
        approval = billing.approve(username=username, pin=pin, what=APPROVE_RETURN)
    refunds: tuple[RefundEntry, ...] = ()
    keep = False
    if mode in REFUND_MODES:
        value = billing.return_value(bill_id, line_ids)
        refunds = (RefundEntry(mode, value, reference),) if value else ()
    elif mode == KEEP_AS_CREDIT:
        keep = True
    else:
        refunds = tuple(
            RefundEntry(m, amount, reference) for m, amount in (split or {}).items() if amount
        )
        keep = keep_rest
    return billing.sales_return(
        bill_id,
        line_ids=line_ids,
        reason=reason,
        by=by,
        approval=approval,
        refunds=refunds,
        keep_rest_as_credit=keep,
    )


class ReturnGoodsDialog(QDialog):
    """Emits ``goods_returned(CreditNoteInfo)``; a refusal is said at the field it concerns."""

    goods_returned = Signal(object)
    return_failed = Signal(str)
    printed = Signal(object)  # PrintResult

    def __init__(
        self,
        billing: BillingService,
        runner: TaskRunner,
        *,
        bill: BillView,
        managers: Sequence[UserInfo],
        user: UserInfo,
        prints: PrintService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnGoodsDialog")
        self._billing = billing
        self._prints = prints
        self._runner = runner
        self._bill = bill
        self._user = user
        self._busy = False
        self.note: CreditNoteInfo | None = None
        self.value: Decimal | None = None
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
        self.lines.itemChanged.connect(self._on_lines_item_changed)
        self.lines.setMinimumHeight(110)
        self.value_label = QLabel()
        self.value_label.setObjectName("returnValue")
        self.mode = QComboBox()
        self.mode.setObjectName("returnMode")
        self.reference = QLineEdit()
        self.reference.setObjectName("returnReference")
        self.reference.setMaxLength(60)
        self.split: dict[str, QLineEdit] = {}
        for m in REFUND_MODES:
            field = QLineEdit()
            field.setObjectName(f"returnSplit_{m}")
            field.setValidator(QRegularExpressionValidator(_AMOUNT, self))
            self.split[m] = field
        self.keep_rest = QCheckBox()
        self.keep_rest.setObjectName("returnKeepRest")
        self.keep_rest.setEnabled(bool(bill.customer_id))
        self.outcome = QLabel()
        self.outcome.setObjectName("returnResult")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.reason.setMaxLength(500)
        self.manager = QComboBox()
        self.manager.setObjectName("returnManager")
        # A manager first: the owner is rarely at the counter to approve.
        for who in sorted(managers, key=lambda u: str(u.role) != "manager"):
            self.manager.addItem(who.display_name, who.username)
        self.pin = QLineEdit()
        self.pin.setObjectName("returnPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        self._rows: dict[str, QWidget] = {}
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("lines", self.lines),
            ("reason", self.reason),
            ("mode", self.mode),
            ("reference", self.reference),
            *((f"split_{m}", self.split[m]) for m in REFUND_MODES),
        ]
        if not user.can_manage:  # a manager returning goods approves by being logged in
            rows += [("manager", self.manager), ("pin", self.pin)]
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            row = with_error(widget, self.errors.add(name, widget))
            self._rows[name] = row
            form.addRow(label, row)
            if name == "split_bank":
                form.addRow("", self.keep_rest)
        self._form = form
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.submit)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.slip_button = QPushButton()
        self.slip_button.setAutoDefault(False)
        self.slip_button.clicked.connect(self.print_slip)
        self.pdf_button = QPushButton()
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.slip_button, self.pdf_button):
            button.hide()
        for key, slot in (("Ctrl+R", self.print_slip), ("Ctrl+P", self.save_pdf)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.slip_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addLayout(form)
        layout.addWidget(self.value_label)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        scroll_body(self)  # the split refund fields scroll, the buttons stay
        self.setMinimumWidth(620)
        self.retranslate_ui()
        self.mode.currentIndexChanged.connect(self._on_mode_current_index_changed)
        self._update_mode()
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
            "mode": self.tr("Pay &back by"),
            "reference": self.tr("Re&ference"),
            "split_cash": self.tr("&Cash"),
            "split_card": self.tr("C&ard reversal"),
            "split_upi": self.tr("&UPI"),
            "split_bank": self.tr("Ban&k transfer"),
            "manager": self.tr("&Manager"),
            "pin": self.tr("Manager's PI&N"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.reason.setPlaceholderText(self.tr("e.g. ring size does not fit"))
        self.reference.setPlaceholderText(self.tr("UPI / bank reference or card approval code"))
        current = self.mode.currentData()
        self.mode.blockSignals(True)
        self.mode.clear()
        choices = [
            ("cash", self.tr("Cash")),
            ("card", self.tr("Card reversal")),
            ("upi", self.tr("UPI")),
            ("bank", self.tr("Bank transfer")),
        ]
        if self._bill.customer_id:
            choices.append((KEEP_AS_CREDIT, self.tr("Keep as the customer's credit")))
        choices.append((SPLIT, self.tr("Split between modes")))
        for data, text in choices:
            self.mode.addItem(text, data)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current)))
        self.mode.blockSignals(False)
        self.keep_rest.setText(self.tr("Keep the r&est as the customer's credit"))
        self.ok_button.setText(self.tr("Make credit note  (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close  (Esc)"))
        self.slip_button.setText(self.tr("Print slip  (Ctrl+R)"))
        self.pdf_button.setText(self.tr("A4 credit note PDF  (Ctrl+P)"))
        self._update_value()

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
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.lines.hasFocus():
                self.reason.setFocus()
                return
            if self.reason.hasFocus():  # a line edit passes Enter on after returnPressed
                self.mode.setFocus()
                return
            if self.mode.hasFocus():
                self._after_mode()
                return
            if self.keep_rest.hasFocus():
                self._to_approval()
                return
            for i, m in enumerate(REFUND_MODES):
                if self.split[m].hasFocus():
                    if i + 1 < len(REFUND_MODES):
                        self.split[REFUND_MODES[i + 1]].setFocus()
                    elif self.keep_rest.isEnabled():
                        self.keep_rest.setFocus()
                    else:
                        self._to_approval()
                    return
            if self.reference.hasFocus():
                self._to_approval()
                return
        super().keyPressEvent(event)

    def _after_mode(self) -> None:
        mode = self.mode.currentData()
        if mode == SPLIT:
            self.split["cash"].setFocus()
        elif mode in ("card", "upi", "bank"):
            self.reference.setFocus()
        else:
            self._to_approval()

    def _to_approval(self) -> None:
        if self._user.can_manage:
            self.submit()
        else:
            self.manager.setFocus()

    def _on_mode_current_index_changed(self, _index: int) -> None:
        self._update_mode()

    def _update_mode(self) -> None:
        mode = self.mode.currentData()
        split = mode == SPLIT
        for m in REFUND_MODES:
            self._form.setRowVisible(self._rows[f"split_{m}"], split)
        self._form.setRowVisible(self.keep_rest, split)
        self._form.setRowVisible(self._rows["reference"], mode in ("card", "upi", "bank") or split)

    def _on_lines_item_changed(self, _item: QListWidgetItem) -> None:
        ids = self.chosen_line_ids()
        if not ids:
            self.value = None
            self._update_value()
            return
        self._runner.run(
            self._billing.return_value,
            self._bill.id,
            ids,
            on_done=partial(self._on_value_loaded, ids),
            on_error=lambda _e: None,
        )

    def _on_value_loaded(self, ids: tuple[str, ...], value: Decimal) -> None:
        if ids == self.chosen_line_ids():
            self.value = value
            self._update_value()

    def _update_value(self) -> None:
        if self.value is None:
            self.value_label.setText(self.tr("Credit note value: tick the pieces that come back."))
        else:
            self.value_label.setText(
                self.tr("Credit note value: {amount} (taxable value and its GST)").format(
                    amount=format_inr(self.value)
                )
            )

    def split_amounts(self) -> dict[str, Decimal] | None:
        """The split refund amounts by mode, or None (with the error shown) if one is bad."""
        out: dict[str, Decimal] = {}
        for m in REFUND_MODES:
            text = self.split[m].text().strip()
            if not text:
                continue
            try:
                out[m] = Decimal(text)
            except InvalidOperation:
                self.errors.show({f"split_{m}": self.tr("Type an amount like 1500.00.")})
                return None
        return out

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
        mode = str(self.mode.currentData())
        split = self.split_amounts() if mode == SPLIT else {}
        if split is None:
            return
        if mode == SPLIT and not split and not self.keep_rest.isChecked():
            errors["split_cash"] = self.tr(
                "Type how much goes back in each mode, or keep the rest as credit."
            )
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
            mode=mode,
            split=split,
            reference=self.reference.text().strip(),
            keep_rest=self.keep_rest.isChecked(),
            on_done=self._on_returned,
            on_error=self._on_failed,
            on_finished=self._on_finished,
        )

    def _on_returned(self, note: CreditNoteInfo) -> None:
        self.note = note
        for widget in (self.lines, self.reason, self.mode, self.reference, self.pin, self.manager):
            widget.setEnabled(False)
        for field in self.split.values():
            field.setEnabled(False)
        self.keep_rest.setEnabled(False)
        self.ok_button.hide()
        self.slip_button.show()
        self.pdf_button.show()
        self.outcome.setText(self.result_text(note))
        self.outcome.show()
        self.close_button.setFocus()
        emit(self.goods_returned, note)
        self.print_slip()

    def result_text(self, note: CreditNoteInfo, extra: str = "") -> str:
        names = {
            "cash": self.tr("cash"),
            "card": self.tr("card reversal"),
            "upi": self.tr("UPI"),
            "bank": self.tr("bank transfer"),
        }
        parts = [
            self.tr("Credit note {number} for {amount}.").format(
                number=note.number, amount=format_inr(note.total)
            )
        ]
        for mode, amount in note.refunds:
            parts.append(
                self.tr("Pay back {amount} by {mode}.").format(
                    amount=format_inr(amount), mode=names.get(mode, mode)
                )
            )
        if note.kept_as_credit:
            parts.append(
                self.tr("{amount} kept as the customer's credit.").format(
                    amount=format_inr(note.kept_as_credit)
                )
            )
        if extra:
            parts.append(extra)
        return " ".join(parts)

    def print_slip(self) -> None:
        if self.note is None or self._prints is None:
            return
        self._runner.run(
            self._prints.print_credit_note_slip,
            self.note.id,
            on_done=self._on_printed,
            on_error=self._on_print_failed,
        )

    def save_pdf(self) -> None:
        if self.note is None or self._prints is None:
            return
        self._runner.run(
            self._prints.print_credit_note_pdf,
            self.note.id,
            on_done=self._on_printed,
            on_error=self._on_print_failed,
        )

    def _on_printed(self, result: Any) -> None:
        if self.note is None:
            return
        if getattr(result, "pdf_path", None) is not None:
            extra = self.tr("Credit note saved as {path}.").format(path=result.pdf_path)
        elif getattr(result, "printed", False):
            extra = self.tr("Slip printed.")
        else:
            extra = self.tr("The slip is waiting in the print queue: {why}").format(
                why=getattr(result, "message", "")
            )
        self.outcome.setText(self.result_text(self.note, extra))
        emit(self.printed, result)

    def _on_print_failed(self, exc: JewelPOSError) -> None:
        if self.note is not None:
            self.outcome.setText(self.result_text(self.note, billing_error_text(exc)))

    def _on_failed(self, exc: JewelPOSError) -> None:
        text = billing_error_text(exc)
        if isinstance(exc, InvalidCredentials | PermissionDenied) and not self._user.can_manage:
            self.pin.clear()
            self.errors.show({"pin": text})
        elif exc.code == "cash_limit" or getattr(exc, "field", "") == "refund":
            self.errors.show({"mode": text})
        else:
            self.errors.show({"reason": text})
        emit(self.return_failed, text)

    def _on_finished(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
