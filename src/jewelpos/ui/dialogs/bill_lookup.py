"""Find a bill (Ctrl+F in billing): by number or from today's list; reprint, A4 PDF, cancel, return."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_indian, format_inr
from jewelpos.domain.weight import grams_from_mg
from jewelpos.ui.billing_texts import billing_error_text
from jewelpos.ui.dialogs.cancel_bill import CancelBillDialog
from jewelpos.ui.dialogs.return_goods import ReturnGoodsDialog
from jewelpos.ui.formats import fmt_datetime, fmt_time
from jewelpos.ui.labels import payment_mode_name
from jewelpos.ui.print_texts import no_printer_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.billing import BillSummary, BillView
    from jewelpos.ui.tasks import TaskRunner

BILL_ROLE = Qt.ItemDataRole.UserRole + 1
INVOICE_COPIES = ("original", "duplicate", "triplicate")  # Rule 48, in the A4 copy list's order


class BillLookupDialog(QDialog):
    """Type a number + Enter, or ↑↓ + Enter in today's list; the bill shows on the right."""

    bill_shown = Signal(object)  # BillView
    bills_found = Signal(object)  # list[BillSummary]
    printed = Signal(object)  # PrintResult
    bill_cancelled = Signal(object)  # SavedBill
    goods_returned = Signal(object)  # CreditNoteInfo

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        managers: Sequence[UserInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("billLookupDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self._managers = list(managers)
        self.bill: BillView | None = None
        self._searched = False
        self.picking = False  # ↑/↓ chose a bill in the list: Enter opens it
        self.cancel_dialog: CancelBillDialog | None = None
        self.return_dialog: ReturnGoodsDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.message = MessageBar()
        self.number_label = QLabel()
        self.number = QLineEdit()
        self.number.setObjectName("lookupNumber")
        self.number.setProperty("big", True)
        self.number_label.setBuddy(self.number)
        # what else the cashier may remember: the day(s) and the amount
        self.day_from = QLineEdit()
        self.day_from.setObjectName("lookupDayFrom")
        self.day_to = QLineEdit()
        self.day_to.setObjectName("lookupDayTo")
        self.amount = QLineEdit()
        self.amount.setObjectName("lookupAmount")
        self.day_from_label = QLabel()
        self.day_from_label.setBuddy(self.day_from)
        self.day_to_label = QLabel()
        self.day_to_label.setBuddy(self.day_to)
        self.amount_label = QLabel()
        self.amount_label.setBuddy(self.amount)
        self.today = QListWidget()
        self.today.setObjectName("todaysBills")
        self.today.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today.itemActivated.connect(self._on_today_item_activated)
        self.today_label = QLabel()
        self.today_label.setBuddy(self.today)
        self.view = QTextBrowser()
        self.view.setObjectName("billView")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy = QComboBox()
        self.copy.setObjectName("invoiceCopy")
        for _label in range(3):
            self.copy.addItem("")
        self.copy_label = QLabel()
        self.copy_label.setBuddy(self.copy)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.copy_label)
        row.addWidget(self.copy)
        for name, key, slot in (
            ("receipt", "Ctrl+R", self.reprint_receipt),
            ("pdf", "Ctrl+P", self.save_pdf),
            ("return", "F7", self.return_goods),
            ("cancel", "F9", self.cancel_bill),
            ("close", "Esc", self.reject),
        ):
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
            if key != "Esc":
                action = QAction(self)
                action.setShortcut(QKeySequence(key))
                action.triggered.connect(lambda _c=False, s=slot: s())
                self.addAction(action)
        self._keys = _LookupKeys(self)
        for field in (self.number, self.day_from, self.day_to, self.amount):
            field.installEventFilter(self._keys)
            field.textEdited.connect(self._on_field_text_edited)

        left = QVBoxLayout()
        left.addWidget(self.number_label)
        left.addWidget(self.number)
        more = QGridLayout()
        for col, (label, field) in enumerate(
            (
                (self.day_from_label, self.day_from),
                (self.day_to_label, self.day_to),
                (self.amount_label, self.amount),
            )
        ):
            more.addWidget(label, 0, col)
            more.addWidget(field, 1, col)
        left.addLayout(more)
        left.addWidget(self.today_label)
        left.addWidget(self.today, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.view, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        self.resize(1050, 640)
        self.retranslate_ui()
        self._update_buttons()
        billing = services.billing
        runner.run(billing.bills_for_day, billing.today(), on_done=self._on_todays_bills_loaded)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Find bill"))
        self.title.setText(self.tr("Find a bill: reprint, A4 invoice, return, cancel"))
        self.number_label.setText(self.tr("Bill &number, customer mobile or name"))
        self.number.setPlaceholderText(
            self.tr("e.g. IB1-C1/26/00042, 98220 12345 or Asha - Enter finds")
        )
        self.day_from_label.setText(self.tr("&From day"))
        self.day_to_label.setText(self.tr("T&o day"))
        self.amount_label.setText(self.tr("&Amount ₹"))
        for field in (self.day_from, self.day_to):
            field.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.amount.setPlaceholderText(self.tr("e.g. 50694"))
        self._update_list_label()
        self.buttons["receipt"].setText(self.tr("Reprint receipt  (Ctrl+R)"))
        self.buttons["pdf"].setText(self.tr("A4 tax invoice PDF  (Ctrl+P)"))
        self.copy_label.setText(self.tr("A4 cop&y"))
        for i, text in enumerate(
            (
                self.tr("Original for Recipient"),
                self.tr("Duplicate for Transporter"),
                self.tr("Triplicate for Supplier"),
            )
        ):
            self.copy.setItemText(i, text)
        self.buttons["return"].setText(self.tr("Sales return  (F7)"))
        self.buttons["cancel"].setText(self.tr("Cancel bill  (F9)"))
        self.buttons["close"].setText(self.tr("Close  (Esc)"))
        if self.bill is not None:
            self._show(self.bill)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.number.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- finding ---------------------------------------------------------------------------------
    def _update_list_label(self) -> None:
        if self._searched:
            self.today_label.setText(
                self.tr("&Bills found: {n} (↑ ↓, Enter)").format(n=self.today.count())
            )
        else:
            self.today_label.setText(self.tr("&Bills of today (↑ ↓, Enter)"))

    def _on_todays_bills_loaded(self, bills: list[BillSummary]) -> None:
        self._fill(list(reversed(bills)))  # the latest first: a reprint is usually of the last

    def _fill(self, bills: Sequence[BillSummary], *, dated: bool = False) -> None:
        self.today.clear()
        for b in bills:
            status = "" if b.status == "final" else "  · " + self.tr("CANCELLED")
            who = b.customer_name or self.tr("walk-in")
            when = fmt_datetime(b.issued_at) if dated else fmt_time(b.issued_at)
            mobile = f"  {b.customer_mobile}" if dated and b.customer_mobile else ""
            item = QListWidgetItem(
                f"{b.number}   {when}   {format_inr(b.net_payable)}   {who}{mobile}{status}"
            )
            item.setData(BILL_ROLE, b.id)
            self.today.addItem(item)
        if self.today.count():
            self.today.setCurrentRow(0)
        self._update_list_label()

    def _on_field_text_edited(self, _text: str) -> None:
        self.picking = False  # typing again: Enter searches again

    def _has_filters(self) -> bool:
        return any(f.text().strip() for f in (self.day_from, self.day_to, self.amount))

    def find_number(self) -> None:
        """Enter: with nothing typed, open the highlighted bill; else search by everything typed."""
        if self.picking or not (self.number.text().strip() or self._has_filters()):
            self.picking = False
            item = self.today.currentItem()
            if item is not None:
                self.load(str(item.data(BILL_ROLE)))
            return
        self.search()

    def search(self) -> None:
        """Bills matching the number/mobile/name, days and amount typed, newest first."""
        from jewelpos.services.bill_search import BillQuery

        days = []
        for field, label in (
            (self.day_from, self.tr("From day")),
            (self.day_to, self.tr("To day")),
        ):
            text = field.text().strip()
            day = parse_day(text) if text else None
            if text and day is None:
                self.message.show_message(
                    self.tr("{field}: type the date like 14-11-2025.").format(field=label)
                )
                field.setFocus()
                field.selectAll()
                return
            days.append(day)
        query = BillQuery(
            text=self.number.text().strip(),
            day_from=days[0],
            day_to=days[1],
            amount=self.amount.text().strip() or None,
        )
        self._runner.run(
            self._services.bill_search.search,
            query,
            on_done=self._on_searched,
            on_error=self._on_search_failed,
        )

    def _on_searched(self, bills: list[BillSummary]) -> None:
        self._searched = True
        self._fill(bills, dated=True)
        emit(self.bills_found, bills)
        if not bills:
            self.message.show_message(
                self.tr("No bill matches what was typed. Check it, or clear a field and try again.")
            )
            return
        self.message.clear()
        if len(bills) == 1:
            self.load(bills[0].id)

    def _on_search_failed(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field in ("amount", "day_to"):
            text = (
                self.tr("Amount: type rupees like 50694 or 50694.50.")
                if exc.field == "amount"
                else self.tr("To day: the last day is before the first day.")
            )
            self.message.show_message(text)
            return
        self._on_failed(exc)

    def _on_today_item_activated(self, item: QListWidgetItem) -> None:
        self.load(str(item.data(BILL_ROLE)))

    def load(self, bill_id: str) -> None:
        self._runner.run(
            self._services.billing.bill, bill_id, on_done=self._show, on_error=self._on_failed
        )

    def _on_failed(self, exc: JewelPOSError) -> None:
        self.message.show_message(billing_error_text(exc))

    def _show(self, bill: BillView) -> None:
        self.bill = bill
        self.message.clear()
        self.view.setHtml(self.bill_html(bill))
        self._update_buttons()
        emit(self.bill_shown, bill)

    def bill_html(self, b: BillView) -> str:
        e = html.escape
        rows = "".join(
            f"<tr><td>{line.line_no}</td><td>{e(line.description)} {e(line.tag_code)}</td>"
            f"<td>{e(line.purity_label)}</td><td align=right>{grams_from_mg(line.net_mg)}</td>"
            f"<td align=right>{format_indian(line.taxable)}</td></tr>"
            for line in b.lines
        )
        pays = ", ".join(
            f"{e(payment_mode_name(p.mode))} {format_inr(p.amount)}" for p in b.payments
        )
        status = (
            self.tr("CANCELLED: {reason}").format(reason=e(b.cancel_reason))
            if b.status != "final"
            else self.tr("Final")
        )
        if b.return_state == "returned":
            status += " · " + self.tr("returned (credit notes {numbers})").format(
                numbers=e(", ".join(b.credit_notes))
            )
        elif b.return_state == "partly_returned":
            status += " · " + self.tr("partly returned (credit notes {numbers})").format(
                numbers=e(", ".join(b.credit_notes))
            )
        t = {
            "customer": e(b.customer_name or self.tr("walk-in")),
            "piece": self.tr("Piece"),
            "purity": self.tr("Purity"),
            "net": self.tr("Net g"),
            "taxable_col": self.tr("Taxable ₹"),
            # old gold only when there was some: "old gold -₹0.00" read as a negative zero
            "totals": (
                self.tr("Taxable {taxable} · GST {gst} · old gold -{old_gold}")
                if b.old_gold_value
                else self.tr("Taxable {taxable} · GST {gst}")
            ).format(
                taxable=format_inr(b.taxable),
                gst=format_inr(b.cgst + b.sgst + b.igst),
                old_gold=format_inr(b.old_gold_value),
            ),
            "payable": self.tr("Payable {amount}").format(amount=format_inr(b.net_payable)),
            "paid": self.tr("Paid: {list}").format(list=pays),
        }
        set_offs = (
            "<p>"
            + self.tr("Set-offs: {list}").format(
                list=" · ".join(f"{e(label)} -{format_inr(a)}" for label, a in b.set_offs)
            )
            + "</p>"
            if b.set_offs
            else ""
        )
        return (
            f"<h2>{e(b.number)}</h2><p>{fmt_datetime(b.issued_at)} · {status}</p>"
            f"<p>{t['customer']} {e(b.customer_mobile)}</p>"
            f"<table width=100% cellspacing=0 cellpadding=3>"
            f"<tr><th>#</th><th align=left>{t['piece']}</th><th>{t['purity']}</th>"
            f"<th align=right>{t['net']}</th><th align=right>{t['taxable_col']}</th>"
            f"</tr>{rows}</table>"
            f"<p>{t['totals']}</p>{set_offs}<h2>{t['payable']}</h2><p>{t['paid']}</p>"
        )

    def _update_buttons(self) -> None:
        has = self.bill is not None
        self.buttons["receipt"].setEnabled(has)
        self.buttons["pdf"].setEnabled(has)
        final = has and self.bill is not None and self.bill.status == "final"
        # A bill with goods returned is settled by its credit notes: it is not cancelled.
        self.buttons["cancel"].setEnabled(
            final and self.bill is not None and not self.bill.credit_notes
        )
        self.buttons["return"].setEnabled(
            final and self.bill is not None and any(not ln.returned for ln in self.bill.lines)
        )

    # --- actions ---------------------------------------------------------------------------------
    def reprint_receipt(self) -> None:
        if self.bill is None:
            return
        self._runner.run(
            self._services.prints.print_receipt,
            self.bill.id,
            on_done=self._on_printed,
            on_error=self._on_failed,
        )

    def save_pdf(self) -> None:
        if self.bill is None:
            return
        self._runner.run(
            self._services.prints.print_invoice_pdf,
            self.bill.id,
            INVOICE_COPIES[self.copy.currentIndex()],
            on_done=self._on_printed,
            on_error=self._on_failed,
        )

    def _on_printed(self, result: Any) -> None:
        duplicate = getattr(result, "duplicate", False)
        kind = "success"
        if getattr(result, "pdf_path", None) is not None:
            text = (
                self.tr("Tax invoice saved as {path} (marked DUPLICATE).")
                if duplicate
                else self.tr("Tax invoice saved as {path}.")
            ).format(path=result.pdf_path)
        elif getattr(result, "printed", False):
            text = (
                self.tr("Receipt printed, marked DUPLICATE.")
                if duplicate
                else self.tr("Receipt printed.")
            )
        elif getattr(result, "no_printer", False):
            text, kind = no_printer_text(), "warning"
        else:
            text, kind = self.tr("The printer is not answering: the receipt is queued."), "warning"
        self.message.show_message(text, kind)
        emit(self.printed, result)

    def cancel_bill(self) -> None:
        if self.bill is None or self.bill.status != "final" or self.bill.credit_notes:
            return
        dialog = CancelBillDialog(
            self._services.billing,
            self._runner,
            bill=self.bill,
            managers=self._managers,
            user=self._user,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.bill_cancelled.connect(self._on_bill_cancelled)
        dialog.finished.connect(self._on_cancel_dialog_finished)
        self.cancel_dialog = dialog
        dialog.open()

    def _on_cancel_dialog_finished(self, _result: int) -> None:
        self.cancel_dialog = None
        self.activateWindow()
        self.number.setFocus()

    def _on_bill_cancelled(self, saved: Any) -> None:
        self.message.show_message(
            self.tr("Bill {number} is cancelled; its pieces are back in stock.").format(
                number=saved.number
            ),
            "success",
        )
        emit(self.bill_cancelled, saved)
        self.load(saved.id)
        billing = self._services.billing
        self._runner.run(
            billing.bills_for_day, billing.today(), on_done=self._on_todays_bills_loaded
        )

    def return_goods(self) -> None:
        bill = self.bill
        if bill is None or bill.status != "final" or all(ln.returned for ln in bill.lines):
            return
        dialog = ReturnGoodsDialog(
            self._services.billing,
            self._runner,
            bill=bill,
            managers=self._managers,
            user=self._user,
            prints=self._services.prints,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.goods_returned.connect(self._on_goods_returned)
        dialog.finished.connect(self._on_return_dialog_finished)
        self.return_dialog = dialog
        dialog.open()

    def _on_return_dialog_finished(self, _result: int) -> None:
        self.return_dialog = None
        self.activateWindow()
        self.number.setFocus()

    def _on_goods_returned(self, note: Any) -> None:
        self.message.show_message(
            self.tr("Credit note {number} for {amount}: the pieces are back in stock.").format(
                number=note.number, amount=format_inr(note.total)
            ),
            "success",
        )
        emit(self.goods_returned, note)
        self.load(note.bill_id)


class _LookupKeys(QObject):
    """Enter in the number field looks it up; ↑↓ move in today's list."""

    def __init__(self, dialog: BillLookupDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        d = self._dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            d.find_number()
            return True
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and d.today.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(d.today.count() - 1, d.today.currentRow() + step))
            d.today.setCurrentRow(row)
            d.picking = True  # Enter now opens the highlighted bill; what was typed stays
            return True
        return False


_DAY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_day(text: str) -> date | None:
    """``14-11-2025`` (also with / or .) as a date, or None if it is not one."""
    m = _DAY.match(text)
    if m is None:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
