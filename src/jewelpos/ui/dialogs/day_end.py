"""Day end (Ctrl+D): count the cash by note against the expected (opening float included), see the
day's sales, close with a manager; a manager may reopen a closed day (Ctrl+R) with a reason."""

from __future__ import annotations

import html
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import JewelPOSError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.weight import grams_from_mg
from jewelpos.ui.billing_texts import billing_error_text, day_reopen_refused_text
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.formats import fmt_date, fmt_time
from jewelpos.ui.labels import category_name
from jewelpos.ui.models.day_end import DenominationModel
from jewelpos.ui.print_texts import no_printer_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import AuthService, UserInfo
    from jewelpos.services.day_end import DayEndReport, DayEndSummary, ReopenState
    from jewelpos.ui.tasks import TaskRunner

DAY_END_APPROVAL = "day_end"
DAY_REOPEN_APPROVAL = "day_reopen"
_AMOUNT = QRegularExpression(r"^[0-9]{0,9}(\.[0-9]{0,2})?$")


def manager_login(auth: AuthService, *, username: str, pin: str, what: str) -> UserInfo:
    """On the worker: the manager's PIN checked; the manager closes the day in their own name."""
    return auth.manager_login(username, pin, what=what)


class _CountDelegate(QStyledItemDelegate):
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("countEditor")
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class DayEndDialog(QDialog):
    """Emits ``summary_loaded``, ``day_closed(DayEndReport)`` and ``report_saved(PrintResult)``."""

    summary_loaded = Signal(object)
    day_closed = Signal(object)
    report_saved = Signal(object)
    slip_printed = Signal(object)  # PrintResult
    approval_asked = Signal(object)
    day_reopened = Signal(object)
    reopen_state_loaded = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dayEndDialog")
        self._services = services
        self._runner = runner
        self._user = user
        self.day = shop_today(clock)
        self.summary: DayEndSummary | None = None
        self.report: DayEndReport | None = None
        self._managers: list[UserInfo] = []
        self.approval: ApprovalDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.model = DenominationModel(self)
        self.model.count_changed.connect(self._update_cash)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.table = QTableView()
        self.table.setObjectName("denominations")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DenominationModel.COUNT, _CountDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(330)
        self.opening_float = QLineEdit()
        self.opening_float.setObjectName("openingFloat")
        self.opening_float.setValidator(QRegularExpressionValidator(_AMOUNT, self.opening_float))
        self.opening_float.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.opening_float.textChanged.connect(self._update_cash)
        self.opening_float_caption = QLabel()
        self.opening_float_caption.setBuddy(self.opening_float)
        self.reopen_reason = QLineEdit()
        self.reopen_reason.setObjectName("reopenReason")
        self.reopen_reason.setMaxLength(200)
        self.reopen_reason_caption = QLabel()
        self.reopen_reason_caption.setBuddy(self.reopen_reason)
        self.reopen_note = QLabel()
        self.reopen_note.setObjectName("hint")
        self.reopen_note.setWordWrap(True)
        self.counted_caption = QLabel()
        self.counted = QLabel()
        self.counted.setObjectName("footerFigure")
        self.expected_caption = QLabel()
        self.expected = QLabel()
        self.expected.setObjectName("footerFigure")
        self.difference_caption = QLabel()
        self.difference = QLabel()
        self.difference.setObjectName("footerFigure")
        figures = QGridLayout()
        figures.addWidget(self.opening_float_caption, 0, 0)
        figures.addWidget(self.opening_float, 0, 1)
        for row, (caption, value) in enumerate(
            (
                (self.counted_caption, self.counted),
                (self.expected_caption, self.expected),
                (self.difference_caption, self.difference),
            )
        ):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            figures.addWidget(caption, row + 1, 0)
            figures.addWidget(value, row + 1, 1)
        figures.addWidget(self.reopen_reason_caption, 4, 0)
        figures.addWidget(self.reopen_reason, 4, 1)
        figures.addWidget(self.reopen_note, 5, 0, 1, 2)
        self.reopen_reason_caption.hide()
        self.reopen_reason.hide()
        self.reopen_note.hide()
        self.sales = QTextBrowser()
        self.sales.setObjectName("daySales")
        self.sales.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.buttons: dict[str, QPushButton] = {}
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        for name, key, slot in (
            ("save", "Ctrl+S", self.save_report),
            ("slip", "Ctrl+P", self.print_slip),
            ("close_day", "F10", self.close_day),
            ("reopen", "Ctrl+R", self.reopen_day),
            ("close", "Esc", self.reject),
        ):
            button = QPushButton()
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, s=slot: s())
            if name == "close_day":
                button.setObjectName("primaryButton")
            self.buttons[name] = button
            row_buttons.addWidget(button)
            if key != "Esc":
                action = QAction(self)
                action.setShortcut(QKeySequence(key))
                action.triggered.connect(lambda _c=False, s=slot: s())
                self.addAction(action)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(figures)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.sales, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        layout.addLayout(row_buttons)
        self.buttons["reopen"].setEnabled(False)
        self.resize(1000, 660)
        self.retranslate_ui()
        self._update_cash()
        runner.run(services.day_end.summary, self.day, on_done=self._on_summary_loaded)
        runner.run(services.day_end.report, self.day, on_done=self._on_report_loaded)
        runner.run(services.auth.users, on_done=self._on_users_loaded)

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Day end"))
        self.title.setText(self.tr("Day end - {day}").format(day=fmt_date(self.day, long=True)))
        self.counted_caption.setText(self.tr("Cash counted"))
        self.expected_caption.setText(self.tr("Cash expected"))
        self.difference_caption.setText(self.tr("Difference"))
        self.buttons["save"].setText(self.tr("Save report PDF  (Ctrl+S)"))
        self.buttons["slip"].setText(self.tr("Print slip  (Ctrl+P)"))
        self.buttons["close_day"].setText(self.tr("Close the day  (F10)"))
        self.buttons["reopen"].setText(self.tr("Reopen the day  (Ctrl+R)"))
        self.opening_float_caption.setText(self.tr("&Opening float (cash at the start), ₹"))
        self.opening_float.setPlaceholderText("0.00")
        self.reopen_reason_caption.setText(self.tr("R&eason to reopen"))
        self.buttons["close"].setText(self.tr("Close  (Esc)"))
        self.model.retranslate()
        self._update_cash()
        self._show_sales()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(self.model.index(0, DenominationModel.COUNT))

    # --- loading ---------------------------------------------------------------------------------
    def _on_users_loaded(self, users: list[UserInfo]) -> None:
        self._managers = sorted(
            (u for u in users if u.can_manage), key=lambda u: u.id != self._user.id
        )

    def _on_summary_loaded(self, summary: DayEndSummary) -> None:
        self.summary = summary
        self._update_cash()
        self._show_sales()
        emit(self.summary_loaded, summary)

    def _on_report_loaded(self, report: DayEndReport | None) -> None:
        if report is None:
            return
        self._show_report(report)

    def _show_report(self, report: DayEndReport) -> None:
        self.report = report
        self.summary = report.summary
        self.model.set_counts(report.counted, editable=False)
        self.buttons["close_day"].setEnabled(False)
        self.buttons["reopen"].setEnabled(True)
        self.opening_float.setText(f"{report.opening_float:.2f}" if report.opening_float else "")
        self.opening_float.setReadOnly(True)
        self.reopen_reason_caption.show()
        self.reopen_reason.show()
        self._runner.run(
            self._services.day_end.reopen_state,
            self.day,
            on_done=self._on_reopen_state_loaded,
            on_error=lambda _e: None,
        )
        self.message.show_message(
            self.tr("The day is closed by {name} at {time}: no more bills today.").format(
                name=report.closed_by, time=fmt_time(report.closed_at)
            ),
            "info",
        )
        self._show_sales()

    # --- the count -------------------------------------------------------------------------------
    def _on_model_data_changed(self, top_left: QModelIndex, _bottom: QModelIndex) -> None:
        """A count typed: Enter goes on to the next note."""
        row = top_left.row() + 1
        if row < self.model.rowCount() and self.table.currentIndex().row() == top_left.row():
            # After the editor has closed (we are inside its commit now).
            QTimer.singleShot(
                0,
                lambda: self.table.setCurrentIndex(self.model.index(row, DenominationModel.COUNT)),
            )

    def _update_cash(self) -> None:
        counted = self.model.total()
        self.counted.setText(format_inr(counted))
        if self.summary is None:
            self.expected.setText("")
            self.difference.setText("")
            return
        if self.report is not None:
            expected = self.report.expected_cash
        else:
            expected = self.summary.expected_cash + self.opening_float_value()
        diff = counted - expected
        self.expected.setText(format_inr(expected))
        if diff == 0:
            self.difference.setText(self.tr("{amount} - matches").format(amount=format_inr(diff)))
        elif diff < 0:
            self.difference.setText(self.tr("{amount} short").format(amount=format_inr(-diff)))
        else:
            self.difference.setText(self.tr("{amount} extra").format(amount=format_inr(diff)))
        self.difference.setStyleSheet("color: #b00020;" if diff < 0 else "")

    def _category_text(self, name: str, name_hi: str) -> str:
        """A category in the UI's language; lines without a category are "Other"."""
        if name == "Other" and not name_hi:
            return self.tr("Other")
        return category_name(name, name_hi)

    def _show_sales(self) -> None:
        s = self.summary
        if s is None:
            self.sales.setHtml("")
            return
        e = html.escape
        modes = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "upi": self.tr("UPI"),
            "cheque": self.tr("Cheque"),
            "bank": self.tr("Bank transfer"),
        }
        by_mode = "".join(
            f"<tr><td>{e(modes.get(m, m))}</td><td align=right>{format_inr(a)}</td></tr>"
            for m, a in s.by_mode
        )
        by_cat = "".join(
            f"<tr><td>{e(self._category_text(c.category, c.category_hi))}</td>"
            f"<td align=right>{c.pieces}</td>"
            f"<td align=right>{grams_from_mg(c.net_mg)}</td>"
            f"<td align=right>{format_inr(c.taxable)}</td></tr>"
            for c in s.by_category
        )
        cancels = "".join(
            f"<li>{e(c.number)} {format_inr(c.net_payable)} - {e(c.reason)} "
            f"({e(c.cancelled_by)})</li>"
            for c in s.cancellations
        )
        t = {
            "sales": self.tr("Sales"),
            "totals": self.tr("{n} bills · taxable {taxable} · GST {gst} · net sales {net}").format(
                n=s.bills_count,
                taxable=format_inr(s.taxable),
                gst=format_inr(s.gst),
                net=format_inr(s.net_sales),
            ),
            "old_gold": self.tr("Old gold bought {amount}").format(amount=format_inr(s.old_gold)),
            "by_mode": self.tr("By payment mode"),
            "by_category": self.tr("By category"),
            "category": self.tr("Category"),
            "pieces": self.tr("Pieces"),
            "net": self.tr("Net g"),
            "taxable": self.tr("Taxable"),
            "cancellations": self.tr("Cancellations and returns"),
            "none": self.tr("No cancellations"),
            "returns": self.tr("Returns: {n}, {amount}").format(
                n=s.returns_count, amount=format_inr(s.returns_total)
            ),
            "estimates": self.tr("Open estimates (lapse at close): {n}").format(n=s.open_estimates),
            "cash_refunds": self.tr("Cash paid back on returns: -{amount}").format(
                amount=format_inr(s.cash_refunds)
            ),
            "vouchers": self.tr("Gift vouchers sold: {amount} (in cash {cash})").format(
                amount=format_inr(s.voucher_total), cash=format_inr(s.voucher_cash)
            ),
        }
        self.sales.setHtml(
            f"<h3>{t['sales']}</h3><p>{t['totals']}</p><p>{t['old_gold']}</p>"
            f"<h3>{t['by_mode']}</h3><table width=100%>{by_mode}</table>"
            f"<h3>{t['by_category']}</h3><table width=100%>"
            f"<tr><th align=left>{t['category']}</th><th align=right>{t['pieces']}</th>"
            f"<th align=right>{t['net']}</th><th align=right>{t['taxable']}</th></tr>"
            f"{by_cat}</table>"
            f"<h3>{t['cancellations']}</h3><ul>{cancels or '<li>' + t['none'] + '</li>'}</ul>"
            f"<p>{t['returns']}</p><p>{t['cash_refunds']}</p><p>{t['vouchers']}</p>"
            f"<p>{t['estimates']}</p>"
        )

    # --- close and report ------------------------------------------------------------------------
    def close_day(self) -> None:
        if self.report is not None or self.summary is None:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            current = self.table.currentIndex()
            self.table.setCurrentIndex(current.siblingAtColumn(DenominationModel.NOTE))
        expected = self.summary.expected_cash + self.opening_float_value()
        diff = self.model.total() - expected
        reason = self.tr(
            "Close {day}: cash counted {counted}, expected {expected} ({diff}). "
            "No more bills can be made today."
        ).format(
            day=fmt_date(self.day),
            counted=format_inr(self.model.total()),
            expected=format_inr(expected),
            diff=self.difference.text() or format_inr(diff),
        )
        dialog = ApprovalDialog(
            partial(manager_login, self._services.auth),
            self._runner,
            managers=self._managers,
            what=DAY_END_APPROVAL,
            reason=reason,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.approved.connect(self._on_manager_approved)
        dialog.finished.connect(self._on_approval_finished)
        self.approval = dialog
        dialog.open()
        emit(self.approval_asked, dialog)

    def _on_reopen_state_loaded(self, state: ReopenState) -> None:
        """Say until when a manager may reopen the day, or why it can no longer be."""
        if self.report is None or not state.closed:
            return
        if state.can_reopen and state.until is not None:
            text = self.tr(
                "A manager can reopen the day until {time} (type the reason, then Ctrl+R), "
                "as long as its report has not reached head office."
            ).format(time=fmt_time(state.until))
        else:
            text = day_reopen_refused_text({"why": state.why})
            self.buttons["reopen"].setEnabled(False)
            self.reopen_reason.hide()
            self.reopen_reason_caption.hide()
        self.reopen_note.setText(text)
        self.reopen_note.show()
        emit(self.reopen_state_loaded, state)

    def opening_float_value(self) -> Decimal:
        """The opening float typed (0 when empty)."""
        text = self.opening_float.text().strip().rstrip(".")
        return Decimal(text) if text else Decimal(0)

    def reopen_day(self) -> None:
        """Ctrl+R: a manager reopens the closed day, with the reason typed here."""
        if self.report is None or not self.buttons["reopen"].isEnabled():
            return
        reason = self.reopen_reason.text().strip()
        if not reason:
            self.message.show_message(
                self.tr("Type why the day is reopened (Alt+E), then press Ctrl+R again."),
                "warning",
            )
            self.reopen_reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        dialog = ApprovalDialog(
            partial(manager_login, self._services.auth),
            self._runner,
            managers=self._managers,
            what=DAY_REOPEN_APPROVAL,
            reason=self.tr("Reopen {day} so that bills can be saved again: {reason}").format(
                day=fmt_date(self.day), reason=reason
            ),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.approved.connect(partial(self._on_reopen_approved, reason))
        dialog.finished.connect(self._on_approval_finished)
        self.approval = dialog
        dialog.open()
        emit(self.approval_asked, dialog)

    def _on_reopen_approved(self, reason: str, manager: UserInfo) -> None:
        self._runner.run(
            self._services.day_end.reopen_day,
            self.day,
            reason=reason,
            by=manager,
            on_done=self._on_day_reopened,
            on_error=self._on_failed,
        )

    def _on_day_reopened(self, done: Any) -> None:
        counted = self.report.counted if self.report is not None else {}
        self.report = None
        self.model.set_counts(counted, editable=True)
        self.opening_float.setReadOnly(False)
        self.reopen_reason.clear()
        self.reopen_reason.hide()
        self.reopen_reason_caption.hide()
        self.reopen_note.hide()
        self.buttons["reopen"].setEnabled(False)
        self.buttons["close_day"].setEnabled(True)
        self.message.show_message(
            self.tr("The day is open again: bills can be saved. Close it again when done."),
            "success",
        )
        self._runner.run(self._services.day_end.summary, self.day, on_done=self._on_summary_loaded)
        emit(self.day_reopened, done)

    def _on_approval_finished(self, _result: int) -> None:
        self.approval = None
        self.activateWindow()
        self.table.setFocus()

    def _on_manager_approved(self, manager: UserInfo) -> None:
        self._runner.run(
            self._services.day_end.close_day,
            self.day,
            counted={k: v for k, v in self.model.counted().items() if v},
            by=manager,
            opening_float=self.opening_float_value(),
            on_done=self._on_day_closed,
            on_error=self._on_failed,
        )

    def _on_day_closed(self, report: DayEndReport) -> None:
        self._show_report(report)
        emit(self.day_closed, report)
        self.save_report()

    def save_report(self) -> None:
        self._runner.run(
            self._services.prints.save_day_end_pdf,
            self.day,
            on_done=self._on_report_saved,
            on_error=self._on_failed,
        )

    def _on_report_saved(self, result: Any) -> None:
        text = self.tr("Day-end report saved as {path}.").format(path=result.pdf_path)
        if self.report is not None:
            text = self.tr("The day is closed.") + " " + text
        self.message.show_message(text, "success")
        emit(self.report_saved, result)

    def print_slip(self) -> None:
        """Ctrl+P: the report as a slip on the receipt printer (queued if it is not there)."""
        self._runner.run(
            self._services.prints.print_day_end_slip,
            self.day,
            on_done=self._on_slip_printed,
            on_error=self._on_failed,
        )

    def _on_slip_printed(self, result: Any) -> None:
        if result.printed:
            self.message.show_message(self.tr("Day-end slip printed."), "success")
        elif getattr(result, "no_printer", False):
            self.message.show_message(no_printer_text(), "warning")
        else:
            text = self.tr("The day-end slip was not printed: {why}").format(why=result.message)
            self.message.show_message(text, "warning")
        emit(self.slip_printed, result)

    def _on_failed(self, exc: JewelPOSError) -> None:
        self.message.show_message(billing_error_text(exc))

    def expected_cash(self) -> Decimal | None:
        return self.summary.expected_cash if self.summary is not None else None
