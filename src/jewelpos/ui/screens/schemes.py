"""Schemes screen: find a member by passbook scan or mobile (Enter), see the statement; F2 take
an instalment, F3 enrol a member, F4 the member's post-dated cheques, F9 a new plan, F10 close
early with a manager, Ctrl+P the statement PDF; the follow-up lists: F5 due this week,
F6 defaulters, F7 maturing this month, F8 matured and not redeemed. The rules are the scheme
services'."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.services.schemes import APPROVE_EARLY_CLOSURE
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.dialogs.scheme_cheques import ChequesDialog
from jewelpos.ui.dialogs.scheme_dialogs import EnrolDialog, InstalmentDialog
from jewelpos.ui.dialogs.scheme_plan import PlanDialog
from jewelpos.ui.formats import fmt_date
from jewelpos.ui.messages import error_text
from jewelpos.ui.models.schemes import AccountsModel, StatementModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.schemes import AccountInfo, ReceiptInfo, Statement
    from jewelpos.ui.tasks import TaskRunner

SCHEMES_KEY = "Ctrl+E"
_NAV = str(QT_TRANSLATE_NOOP("SchemesScreen", "Schemes"))


def schemes_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("SchemesScreen", _NAV) + "\n" + SCHEMES_KEY


def _enrol(
    services: Services, mobile: str, plan_id: str, nominee: str, passbook: str, by: UserInfo
) -> AccountInfo:
    """Find the customer by mobile and enrol them (one worker task)."""
    customer = services.customers.find_by_mobile(mobile)
    if customer is None:
        raise ValidationError(
            "Member's mobile", "no customer has this mobile number: add the customer first"
        )
    return services.schemes.enrol(
        customer_id=customer.id, plan_id=plan_id, nominee=nominee, passbook=passbook, by=by
    )


class SchemesScreen(QWidget):
    """Members' accounts and their statement; every action has its key on its button."""

    accounts_loaded = Signal(list)
    statement_loaded = Signal(object)  # Statement
    instalment_taken = Signal(object)  # ReceiptInfo
    dialog_opened = Signal(object)
    printed = Signal(object)  # PrintResult
    plan_saved = Signal(object)  # PlanInfo
    closed_early = Signal(object)  # ClosureInfo

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("schemesScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self.dialog: (
            InstalmentDialog | EnrolDialog | ChequesDialog | PlanDialog | ApprovalDialog | None
        ) = None
        self.current: AccountInfo | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("schemeSearch")
        self.search.returnPressed.connect(self.find_member)
        self.list_title = QLabel()
        self.accounts = AccountsModel(self)
        self.accounts_view = self._table(self.accounts, "schemeAccounts")
        self.accounts_view.activated.connect(lambda index: self._open_row(index.row()))
        self.summary = QLabel()
        self.summary.setObjectName("schemeSummary")
        self.summary.setWordWrap(True)
        self.statement = StatementModel(self)
        self.statement_view = self._table(self.statement, "schemeStatement")
        self.pay_button = QPushButton()
        self.enrol_button = QPushButton()
        self.cheques_button = QPushButton()
        self.due_button = QPushButton()
        self.defaulters_button = QPushButton()
        self.maturing_button = QPushButton()
        self.matured_button = QPushButton()
        self.statement_button = QPushButton()
        self.plan_button = QPushButton()
        self.close_button = QPushButton()
        self.plan_button.setVisible(user.can_manage)  # the service refuses others too
        actions: tuple[tuple[QPushButton, str, Any], ...] = (
            (self.pay_button, "F2", self.take_instalment),
            (self.enrol_button, "F3", self.enrol),
            (self.cheques_button, "F4", self.open_cheques),
            (self.due_button, "F5", lambda: self.show_list("due")),
            (self.defaulters_button, "F6", lambda: self.show_list("defaulters")),
            (self.maturing_button, "F7", lambda: self.show_list("maturing")),
            (self.matured_button, "F8", lambda: self.show_list("matured")),
            (self.statement_button, "Ctrl+P", self.save_statement),
            (self.plan_button, "F9", self.new_plan),
            (self.close_button, "F10", self.close_early),
        )
        member_row, list_row = QHBoxLayout(), QHBoxLayout()  # one row of ten is wider than 1366
        lists = (self.due_button, self.defaulters_button, self.maturing_button)
        for button, key, slot in actions:
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            (
                list_row
                if button in (*lists, self.matured_button, self.plan_button)
                else member_row
            ).addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        member_row.addStretch(1)
        list_row.addStretch(1)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search_label)
        find_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(find_row)
        layout.addWidget(self.list_title)
        layout.addWidget(self.accounts_view, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.statement_view, 3)
        layout.addLayout(member_row)
        layout.addLayout(list_row)
        self._list = ""
        self.retranslate_ui()

    def _table(self, model: Any, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        return view

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Savings schemes"))
        self.search_label.setText(self.tr("Scan the passbook or type the mobile, then Enter:"))
        self.pay_button.setText(self.tr("F2 Take instalment"))
        self.enrol_button.setText(self.tr("F3 Enrol member"))
        self.cheques_button.setText(self.tr("F4 Cheques"))
        self.due_button.setText(self.tr("F5 Due this week"))
        self.defaulters_button.setText(self.tr("F6 Defaulters"))
        self.maturing_button.setText(self.tr("F7 Maturing this month"))
        self.matured_button.setText(self.tr("F8 Matured, not redeemed"))
        self.statement_button.setText(self.tr("Ctrl+P Statement PDF"))
        self.plan_button.setText(self.tr("F9 New plan"))
        self.close_button.setText(self.tr("F10 Close early (manager)"))
        self.message.retranslate_ui()
        self._show_summary()
        self.pay_button.setEnabled(self.current is not None and self.current.status == "active")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------
    def start(self) -> None:
        self.show_list("due")

    def focus_first(self) -> None:
        self.search.setFocus()

    def find_member(self, *, keep_message: bool = False) -> None:
        """Accounts of the passbook scanned or the mobile typed in the search field."""
        text = self.search.text().strip()
        if not text:
            return
        self._runner.run(
            self._services.schemes.find,
            text,
            on_done=lambda rows: self._on_found(text, rows, keep_message),
            on_error=self._fail,
        )

    def _on_found(self, text: str, rows: tuple[AccountInfo, ...], keep_message: bool) -> None:
        self._list = ""
        self.list_title.setText(self.tr("Accounts for {text}").format(text=text))
        self._set_accounts(rows)
        if not rows:
            self.message.show_message(
                self.tr("No scheme account has passbook or mobile {text}.").format(text=text),
                "error",
            )
            return
        if not keep_message:
            self.message.clear()
        self._open_row(0)
        self.search.selectAll()

    def show_list(self, which: str) -> None:
        svc = self._services.schemes
        calls: dict[str, tuple[Callable[..., Any], str]] = {
            "due": (svc.due_this_week, self.tr("Instalments due this week")),
            "defaulters": (svc.defaulters, self.tr("Defaulters: an instalment missed")),
            "maturing": (svc.maturing_in_month, self.tr("Maturing this month")),
            "matured": (svc.matured_not_redeemed, self.tr("Matured and not redeemed")),
        }
        call, title = calls[which]
        self._list = which

        def done(rows: tuple[AccountInfo, ...]) -> None:
            self.list_title.setText(title)
            self._set_accounts(rows)

        self._runner.run(call, on_done=done, on_error=self._fail)

    def _set_accounts(self, rows: tuple[AccountInfo, ...]) -> None:
        self.accounts.set_rows(rows)
        if rows:
            self.accounts_view.selectRow(0)
        emit(self.accounts_loaded, list(rows))

    def _open_row(self, row: int) -> None:
        account = self.accounts.account(row)
        if account is not None:
            self.load_statement(account.id)

    def load_statement(self, account_id: str) -> None:
        self._runner.run(
            self._services.schemes.statement,
            account_id,
            on_done=self._on_statement,
            on_error=self._fail,
        )

    def _on_statement(self, st: Statement) -> None:
        self.current = st.account
        self.statement.set_rows(st.lines)
        self._show_summary()
        self.pay_button.setEnabled(st.account.status == "active")
        emit(self.statement_loaded, st)

    def _show_summary(self) -> None:
        a = self.current
        if a is None:
            self.summary.setText(self.tr("No member chosen."))
            return
        text = self.tr(
            "{name} ({mobile}), passbook {book}, {plan}: {paid} of {count} paid, balance "
            "{balance}; matures {maturity}"
        ).format(
            name=a.customer_name,
            mobile=a.mobile,
            book=a.passbook,
            plan=a.plan_name,
            paid=a.paid_count,
            count=a.terms.count,
            balance=format_inr(a.balance),
            maturity=fmt_date(a.maturity),
        )
        if a.grams:
            text += self.tr("; {grams} g credited").format(grams=f"{a.grams:.3f}")
        if a.bonus:
            text += self.tr("; bonus {bonus}").format(bonus=format_inr(a.bonus))
        self.summary.setText(text)

    # --- actions ---------------------------------------------------------------------------
    def take_instalment(self) -> None:
        account = self.current
        if account is None:
            self.message.show_message(
                self.tr("Scan the passbook or type the mobile first."), "error"
            )
            self.search.setFocus()
            return
        dialog = InstalmentDialog(account, parent=self)
        dialog.submitted.connect(
            lambda amount, mode, ref: self._pay(dialog, account, amount, mode, ref)
        )
        self._open(dialog)

    def _pay(
        self, dialog: InstalmentDialog, account: AccountInfo, amount: Decimal, mode: str, ref: str
    ) -> None:
        def done(receipt: ReceiptInfo) -> None:
            dialog.accept()
            self.message.show_message(
                self.tr("Receipt {number}: {amount} taken, {paid} of {count} paid.").format(
                    number=receipt.number,
                    amount=format_inr(receipt.amount),
                    paid=receipt.instalments_paid,
                    count=receipt.instalments,
                ),
                "info",
            )
            emit(self.instalment_taken, receipt)
            self.load_statement(account.id)
            self._runner.run(
                self._services.scheme_prints.print_receipt,
                receipt.id,
                on_done=self._printed,
                on_error=self._fail,
            )

        self._runner.run(
            self._services.schemes.pay,
            account.id,
            amount=amount,
            mode=mode,
            reference=ref,
            by=self._user,
            on_done=done,
            on_error=lambda exc: dialog.show_error(error_text(exc)),
        )

    def enrol(self) -> None:
        self._runner.run(
            self._services.schemes.plans, on_done=self._open_enrol, on_error=self._fail
        )

    def _open_enrol(self, plans: tuple[Any, ...]) -> None:
        dialog = EnrolDialog(plans, parent=self)
        dialog.submitted.connect(
            lambda mobile, plan, nominee, book: self._do_enrol(dialog, mobile, plan, nominee, book)
        )
        self._open(dialog)

    def _do_enrol(
        self, dialog: EnrolDialog, mobile: str, plan_id: str, nominee: str, passbook: str
    ) -> None:
        def done(account: AccountInfo) -> None:
            dialog.accept()
            self.message.show_message(
                self.tr("{name} enrolled: passbook {book}.").format(
                    name=account.customer_name, book=account.passbook
                ),
                "info",
            )
            self.search.setText(account.passbook)
            self.find_member(keep_message=True)
            self._runner.run(
                self._services.scheme_prints.print_enrolment,
                account.id,
                on_done=self._printed,
                on_error=self._fail,
            )

        self._runner.run(
            _enrol,
            self._services,
            mobile,
            plan_id,
            nominee,
            passbook,
            self._user,
            on_done=done,
            on_error=lambda exc: dialog.show_error(error_text(exc)),
        )

    def open_cheques(self) -> None:
        account = self.current
        if account is None:
            self.message.show_message(
                self.tr("Scan the passbook or type the mobile first."), "error"
            )
            self.search.setFocus()
            return
        dialog = ChequesDialog(account, parent=self)
        pdc = self._services.scheme_cheques
        by = self._user

        def refresh(*_: object) -> None:
            self._runner.run(
                pdc.register,
                account_id=account.id,
                on_done=dialog.set_cheques,
                on_error=lambda exc: dialog.show_error(error_text(exc)),
            )
            self.load_statement(account.id)

        def added(info: object) -> None:
            dialog.added()
            refresh()

        def fail(exc: JewelPOSError) -> None:
            dialog.show_error(error_text(exc))

        dialog.add_requested.connect(
            lambda no, bank, day: self._runner.run(
                pdc.add,
                account.id,
                cheque_no=no,
                bank=bank,
                due_on=day,
                amount=account.terms.instalment,
                by=by,
                on_done=added,
                on_error=fail,
            )
        )
        dialog.present_requested.connect(
            lambda cid: self._runner.run(pdc.present, cid, by=by, on_done=refresh, on_error=fail)
        )
        dialog.bounce_requested.connect(
            lambda cid, charge: self._runner.run(
                pdc.bounce, cid, charge=charge, by=by, on_done=refresh, on_error=fail
            )
        )
        self._open(dialog)
        refresh()

    def new_plan(self) -> None:
        """F9 (owners and managers): define a plan; it reaches the branch's counters by sync."""
        dialog = PlanDialog(parent=self)

        def done(plan: Any) -> None:
            dialog.accept()
            self.message.show_message(
                self.tr("Plan {code} saved: {name}.").format(code=plan.code, name=plan.name),
                "info",
            )
            emit(self.plan_saved, plan)

        dialog.submitted.connect(
            lambda inp: self._runner.run(
                self._services.schemes.save_plan,
                inp,
                by=self._user,
                on_done=done,
                on_error=lambda exc: dialog.show_error(error_text(exc)),
            )
        )
        self._open(dialog)

    def close_early(self) -> None:
        """F10: close the member's account before maturity by the plan's policy (refund or
        credit, no bonus); a manager approves with their PIN."""
        account = self.current
        if account is None or account.status != "active":
            self.message.show_message(
                self.tr("Choose an active member first (scan the passbook)."), "error"
            )
            return
        self._runner.run(
            self._services.auth.users,
            on_done=lambda users: self._ask_approval(account, users),
            on_error=self._fail,
        )

    def _ask_approval(self, account: AccountInfo, users: Any) -> None:
        managers = [u for u in users if u.can_manage]
        managers.sort(key=lambda u: u.id != self._user.id)
        dialog = ApprovalDialog(
            self._services.billing.approve,
            self._runner,
            managers=managers,
            what=APPROVE_EARLY_CLOSURE,
            reason=self.tr(
                "Close passbook {book} of {name} early: {balance} back by the plan's rule, "
                "without a bonus."
            ).format(
                book=account.passbook,
                name=account.customer_name,
                balance=format_inr(account.balance),
            ),
            parent=self,
        )

        def approved(approval: Any) -> None:
            def done(closure: Any) -> None:
                how = self.tr("refunded") if closure.mode == "refund" else self.tr("kept as credit")
                self.message.show_message(
                    self.tr("Account closed early: {amount} {how}.").format(
                        amount=format_inr(closure.amount), how=how
                    ),
                    "info",
                )
                emit(self.closed_early, closure)
                self.load_statement(account.id)

            self._runner.run(
                self._services.schemes.close_early,
                account.id,
                by=self._user,
                approval=approval,
                on_done=done,
                on_error=self._fail,
            )

        dialog.approved.connect(approved)
        self._open(dialog)

    def save_statement(self) -> None:
        """Ctrl+P: the member's statement as an A4 PDF in the data folder."""
        if self.current is None:
            self.message.show_message(
                self.tr("Scan the passbook or type the mobile first."), "error"
            )
            return
        self._runner.run(
            self._services.scheme_prints.save_statement_pdf,
            self.current.id,
            on_done=lambda result: self._printed(result, replace=True),
            on_error=self._fail,
        )

    def _printed(self, result: Any, *, replace: bool = False) -> None:
        """Say where a slip went: printed, queued (no printer) or saved as a PDF."""
        emit(self.printed, result)
        if result.pdf_path is not None:
            text = self.tr("Saved as {path}.").format(path=str(result.pdf_path))
        elif result.queued:
            text = self.tr(
                "The slip is queued: set the receipt printer in Settings (F12), then "
                "Ctrl+Shift+R prints it."
            )
        else:
            return
        current = "" if replace else self.message.text
        self.message.show_message(f"{current} {text}".strip(), "info")

    # --- helpers ---------------------------------------------------------------------------
    def _open(
        self, dialog: InstalmentDialog | EnrolDialog | ChequesDialog | PlanDialog | ApprovalDialog
    ) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        dialog.open()
        emit(self.dialog_opened, dialog)

    def _on_dialog_finished(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.window().activateWindow()
        self.search.setFocus()

    def _fail(self, exc: JewelPOSError) -> None:
        self.message.show_message(error_text(exc), "error")
