"""Billing screen: scan tags, untagged items, old gold, customer, payments, save & print - by keyboard.

A scanner types the code and Enter: an application event filter sends printable keys to the scan
field whatever non-editable widget of this screen has focus, and focus goes back to the scan
field after every action. Totals are re-priced on every change by the service's pure ``quote``
(the domain's C1 engine) on the GUI thread; everything that touches the database runs on the
task runner's worker.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.clock import shop_today
from jewelpos.domain.errors import JewelPOSError, NotFound, ValidationError
from jewelpos.domain.formatting import format_indian, format_inr, format_percent
from jewelpos.domain.money import ZERO
from jewelpos.domain.validation import INDIAN_STATES
from jewelpos.domain.weight import grams_from_mg
from jewelpos.ui.billing_texts import billing_error_text, problem_text
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.dialogs.bill_lookup import BillLookupDialog
from jewelpos.ui.dialogs.customer_360 import Customer360Dialog
from jewelpos.ui.dialogs.customer_pick import CustomerPickDialog, masked_mobile
from jewelpos.ui.dialogs.deliver_to import DeliverToDialog
from jewelpos.ui.dialogs.old_gold import OldGoldDialog, price_entry
from jewelpos.ui.dialogs.payment import PaymentDialog
from jewelpos.ui.dialogs.untagged_line import UntaggedLineDialog
from jewelpos.ui.models.bill_lines import BillLinesModel, RowRole, parse_input
from jewelpos.ui.print_texts import no_printer_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.screens import billing_coupons, billing_rewards, billing_setoffs
from jewelpos.ui.widgets.fit import LinesScroll
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.domain.clock import Clock
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.billing import (
        Approval,
        BillDraft,
        BillLine,
        BillQuote,
        OldGoldEntry,
        PaymentEntry,
        SavedBill,
    )
    from jewelpos.services.customers import CustomerInfo
    from jewelpos.services.setup import ShopInfo
    from jewelpos.services.stock import CategoryInfo
    from jewelpos.ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
_NUMBER = QRegularExpression(r"\d{0,8}([.]\d{0,2})?")
_PAYMENT_NAMES = ("cash", "card", "upi", "cheque", "bank")

# Big type where it matters; the rest follows the counter's stylesheet.
SCREEN_STYLE = """
QFrame#billHeader { background: #fff8ec; border: 1px solid #e2d6c4; border-radius: 8px; }
QLabel#billNumber { font-size: 15pt; font-weight: 600; color: #5c1620; }
QLabel#billCustomer { font-size: 13pt; }
QLabel#billCustomer[missing="true"] { color: #8a6d3b; }
QLabel#scanLabel { font-size: 13pt; font-weight: 600; }
QLineEdit#billingScan { font-size: 17pt; padding: 6px 10px; min-width: 340px; }
QTableView#billLines { font-size: 12pt; }
QLabel#billSummary { font-size: 12pt; color: #4a3b2c; }
QFrame#totalsBox, QFrame#payableBox { background: #ffffff; border: 1px solid #e2d6c4;
    border-radius: 8px; }
QLabel#totalCaption { font-size: 12pt; color: #6b5d50; }
QLabel#totalValue { font-size: 13pt; font-weight: 600; }
QLabel#totalValue[setoff="true"] { color: #1d6b34; }
QLabel#ruleWarnings { background: #fff3cd; border: 1px solid #e0b84d; border-radius: 6px;
    padding: 6px 10px; color: #5a3e00; font-size: 12pt; }
QLabel#payableCaption { font-size: 13pt; font-weight: 600; color: #6b5d50; }
QLabel#payableFigure { font-size: 36pt; font-weight: 700; color: #5c1620; }
QLabel#payState { font-size: 13pt; }
QLabel#balanceFigure { font-size: 16pt; font-weight: 700; color: #7a1f2b; }
QLabel#changeFigure { font-size: 16pt; font-weight: 700; color: #1d6b34; }
QFrame#keyBar QPushButton { padding: 6px 10px; font-size: 11pt; }
QFrame#keyBar QPushButton#primaryButton { font-size: 12pt; }
"""


def lookup_code(services: Services, code: str) -> tuple[str, Any]:
    """On the worker: a scanned code is a piece (tag or HUID) or an estimate number."""
    try:
        return ("line", services.billing.line_for_code(code))
    except NotFound:
        estimates = getattr(services, "estimates", None)
        if estimates is None:
            raise NotFound(f"No piece with code {code}.", code=code) from None
    try:
        return ("estimate", estimates.open_estimate(code))
    except NotFound:
        raise NotFound(f"No piece or estimate with code {code}.", code=code) from None


def _editable_text_widget(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class _NumberDelegate(QStyledItemDelegate):
    """Rates, percentages and making charges are typed as plain numbers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("lineCellEditor")
        editor.setValidator(QRegularExpressionValidator(_NUMBER, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class DiscountDialog(QDialog):
    """F7: a making discount in percent, on the selected line or on all lines."""

    def __init__(self, *, line_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.percent = QLineEdit()
        self.percent.setObjectName("discountPercent")
        self.percent.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,3}([.]\d{0,2})?"), self.percent)
        )
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.percent.setProperty("big", True)
        self.percent_label = QLabel()
        self.percent_label.setBuddy(self.percent)
        self.all_lines = QCheckBox()
        self.all_lines.setObjectName("discountAllLines")
        self.line_text = QLabel(line_text)
        self.line_text.setObjectName("hint")
        self.line_text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.hide()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.percent_label, 0, 0)
        grid.addWidget(self.percent, 0, 1)
        grid.addWidget(self.error, 1, 1)
        grid.addWidget(self.all_lines, 2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.line_text)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Discount"))
        self.title.setText(self.tr("Discount on making charges"))
        self.percent_label.setText(self.tr("&Making discount %"))
        self.all_lines.setText(self.tr("On &all lines of the bill"))
        self.ok_button.setText(self.tr("Apply  (Enter)"))
        self.cancel_button.setText(self.tr("Cancel  (Esc)"))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.percent.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> Decimal | None:
        try:
            value = parse_input(self.percent.text(), field="making_discount_percent")
        except ValidationError:
            return None
        return value if value <= 100 else None

    def _on_ok_button_clicked(self) -> None:
        if self.value() is None:
            self.error.setText(self.tr("Type a percentage from 0 to 100."))
            self.error.show()
            self.percent.setFocus()
            return
        self.accept()


class BillingScreen(QWidget):
    """The cashier's screen; announces what happened with past-tense signals."""

    line_added = Signal(object)  # BillLine
    scan_refused = Signal(str)  # the message shown
    totals_changed = Signal(object)  # BillQuote
    customer_changed = Signal(object)  # CustomerInfo | None
    approval_asked = Signal(object)  # ApprovalDialog
    dialog_opened = Signal(object)  # QDialog
    rewards_changed = Signal(object)  # the points or voucher SetOffUse taken, or None
    bill_saved = Signal(object)  # SavedBill
    save_refused = Signal(str)
    bill_printed = Signal(object)  # PrintResult (or the error text)
    estimate_saved = Signal(object)
    day_state_loaded = Signal(bool)  # True: today is closed at day end
    estimate_opened = Signal(object)  # BillDraft
    bill_cleared = Signal()
    back_requested = Signal()
    lookup_requested = Signal()
    credits_loaded = Signal(object)  # tuple[CreditAvailable, ...]

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        clock: Clock,
        upi_vpa: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("billingScreen")
        self.setStyleSheet(SCREEN_STYLE)
        self._services = services
        self._billing = services.billing
        self._runner = runner
        self._user = user
        self._clock = clock
        self.upi_vpa = upi_vpa or str(getattr(getattr(services, "prints", None), "upi_vpa", ""))
        from jewelpos.services.billing import BillDraft

        self.draft: BillDraft = self._empty_draft()
        self._draft_type = BillDraft
        self.quote: BillQuote | None = None
        self.customer: CustomerInfo | None = None
        self.shop: ShopInfo | None = None
        self.next_number = ""
        self.last_saved: SavedBill | None = None
        self._categories: list[CategoryInfo] = []
        self._managers: list[UserInfo] = []
        self._saving = False
        self._scanning = 0
        self.dialog: QDialog | None = None
        self.credits: tuple[Any, ...] = ()
        """The customer's credit notes with credit left (services.set_offs.CreditAvailable)."""

        # --- header ---
        self.header = QFrame()
        self.header.setObjectName("billHeader")
        self.number_label = QLabel()
        self.number_label.setObjectName("billNumber")
        self.customer_label = QLabel()
        self.customer_label.setObjectName("billCustomer")
        header = QHBoxLayout(self.header)
        header.setContentsMargins(14, 8, 14, 8)
        header.addWidget(self.number_label)
        header.addSpacing(30)
        header.addWidget(self.customer_label, 1)

        self.message = MessageBar()

        # --- scan ---
        self.scan_label = QLabel()
        self.scan_label.setObjectName("scanLabel")
        self.scan = QLineEdit()
        self.scan.setObjectName("billingScan")
        self.scan.setMaxLength(40)
        self.scan_label.setBuddy(self.scan)
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.scan_hint = QLabel()
        self.scan_hint.setObjectName("hint")

        # --- lines ---
        self.model = BillLinesModel(self)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.model.rejected_input.connect(self._on_model_rejected_input)
        self.table = QTableView()
        self.table.setObjectName("billLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        delegate = _NumberDelegate(self.table)
        for col in BillLinesModel.FIELDS:
            self.table.setItemDelegateForColumn(col, delegate)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(50)  # piece and tag on two lines
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(BillLinesModel.PIECE, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(48)

        self.old_gold_label = QLabel()
        self.old_gold_label.setObjectName("billSummary")
        self.payments_label = QLabel()
        self.payments_label.setObjectName("billSummary")
        self.payments_label.setWordWrap(True)
        self.delivery_label = QLabel()
        self.delivery_label.setObjectName("billSummary")
        self.delivery_label.setWordWrap(True)
        self.set_offs_label = QLabel()
        self.set_offs_label.setObjectName("billSummary")
        self.set_offs_label.setWordWrap(True)

        # --- totals ---
        self.totals_box = QFrame()
        self.totals_box.setObjectName("totalsBox")
        totals = QGridLayout(self.totals_box)
        totals.setContentsMargins(14, 10, 14, 10)
        totals.setHorizontalSpacing(16)
        totals.setVerticalSpacing(4)
        self.total_captions: dict[str, QLabel] = {}
        self.total_values: dict[str, QLabel] = {}
        positions = {
            "taxable": (0, 0),
            "cgst": (0, 1),
            "sgst": (1, 1),
            "igst": (1, 1),
            "invoice": (1, 0),
            "old_gold": (2, 0),
            "round_off": (2, 1),
        }
        for name, (row, pair) in positions.items():
            caption = QLabel()
            caption.setObjectName("totalCaption")
            value = QLabel()
            value.setObjectName("totalValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            totals.addWidget(caption, row, pair * 2)
            totals.addWidget(value, row, pair * 2 + 1)
            self.total_captions[name] = caption
            self.total_values[name] = value
        self.warnings = QLabel()
        self.warnings.setObjectName("ruleWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        totals.addWidget(LinesScroll(self.warnings, lines=4), 3, 0, 1, 4)  # fits 728 px
        totals.setColumnStretch(1, 1)
        totals.setColumnStretch(3, 1)

        self.payable_box = QFrame()
        self.payable_box.setObjectName("payableBox")
        self.payable_caption = QLabel()
        self.payable_caption.setObjectName("payableCaption")
        self.payable = QLabel()
        self.payable.setObjectName("payableFigure")
        self.payable.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.pay_state = QLabel()
        self.pay_state.setObjectName("payState")
        self.pay_state.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.pay_state.setWordWrap(True)
        payable = QVBoxLayout(self.payable_box)
        payable.setContentsMargins(16, 10, 16, 10)
        payable.addWidget(self.payable_caption)
        payable.addWidget(self.payable, 1)
        payable.addWidget(self.pay_state)
        self.payable_box.setMinimumWidth(360)

        # --- key bar: every action on a key, shown on its button ---
        self.key_bar = QFrame()
        self.key_bar.setObjectName("keyBar")
        rows = QVBoxLayout(self.key_bar)  # two rows: sixteen keys in one are wider than 1366
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(6)
        self.key_row = QHBoxLayout()  # the function keys
        self.more_keys = QHBoxLayout()  # Ctrl keys (rewards and schemes add theirs), Del, Esc
        for key_row in (self.key_row, self.more_keys):
            key_row.setSpacing(6)
            rows.addLayout(key_row)
        self.buttons: dict[str, QPushButton] = {}
        self.key_actions: dict[str, QAction] = {}
        for name, key, slot in (
            ("new", "F2", self._on_f2),
            ("estimate", "F3", self.save_estimate),
            ("customer", "F4", self.open_customer),
            ("item", "F5", self.open_untagged),
            ("old_gold", "F6", self.open_old_gold),
            ("discount", "F7", self.open_discount),
            ("pay", "F8", self.open_payment),
            ("deliver", "F9", self.open_deliver_to),
            ("save", "F10", self.save),
            ("credit", "F11", self.toggle_credit),
            ("find", "Ctrl+F", self._on_find),
            ("remove", "Del", self.remove_selected_line),
            ("back", "Esc", self._on_escape),
        ):
            button = QPushButton()
            button.setObjectName("primaryButton" if name == "save" else f"key_{name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=slot: s())
            (self.key_row if key.startswith("F") else self.more_keys).addWidget(button, 1)
            self.buttons[name] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.addAction(action)
            self.key_actions[name] = action
        billing_rewards.install(self)  # Ctrl+J points, Ctrl+G gift voucher
        self.coupon_key = billing_coupons.install(self)  # Ctrl+U discount coupon

        # --- layout ---
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label)
        scan_row.addWidget(self.scan, 2)
        scan_row.addWidget(self.scan_hint, 3)
        summary = QHBoxLayout()
        summary.addWidget(self.old_gold_label, 1)
        summary.addWidget(self.payments_label, 1)
        money = QHBoxLayout()
        money.addWidget(self.delivery_label, 1)
        money.addWidget(self.set_offs_label, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.totals_box, 3)
        bottom.addWidget(self.payable_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        self.day_banner = MessageBar()  # says the day is closed before anything is scanned
        self.day_banner.setObjectName("dayClosedBanner")
        self.day_closed = False
        layout.addWidget(self.day_banner)
        layout.addWidget(self.message)
        layout.addLayout(scan_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(summary)
        layout.addLayout(money)
        layout.addLayout(bottom)
        layout.addWidget(self.key_bar)

        self._keys = _TableKeys(self)
        self.table.installEventFilter(self._keys)
        self.scan.installEventFilter(self._keys)
        self._router = _ScanRouter(self)
        self._router_installed = False
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        names = {
            "new": self.tr("New"),
            "estimate": self.tr("Estimate"),
            "customer": self.tr("Customer"),
            "item": self.tr("Item"),
            "old_gold": self.tr("Old gold"),
            "discount": self.tr("Discount"),
            "pay": self.tr("Pay"),
            "deliver": self.tr("Deliver to"),
            "save": self.tr("Save && print"),
            "credit": self.tr("Credit"),
            "find": self.tr("Find bill"),
            "remove": self.tr("Remove line"),
            "back": self.tr("Back"),
        }
        keys = {
            "new": "F2",
            "estimate": "F3",
            "customer": "F4",
            "item": "F5",
            "old_gold": "F6",
            "discount": "F7",
            "pay": "F8",
            "deliver": "F9",
            "save": "F10",
            "credit": "F11",
            "find": "Ctrl+F",
            "remove": "Del",
            "back": "Esc",
        }
        keys_texts = {n: f"{k}\n{names[n]}" for n, k in keys.items()} | billing_rewards.key_texts()
        for name, button in self.buttons.items():
            button.setText(keys_texts[name])
        self.scan_label.setText(self.tr("&Scan / tag code:"))
        self.scan.setPlaceholderText(self.tr("tag, HUID or estimate no."))
        self.scan_hint.setText(
            self.tr("Enter adds · ↓ to the lines: Enter/F2 edits rate, VA, making, discount")
        )
        self.payable_caption.setText(self.tr("PAYABLE"))
        self.model.retranslate()
        self._update_header()
        self._update_totals()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- start, show, focus -----------------------------------------------------------------------
    def start(self) -> None:
        """Warm the service's shop cache and load what the dialogs need (all on the worker)."""
        self._runner.run(self._billing.shop, on_done=self._on_shop_loaded)
        self._runner.run(self._services.stock.categories, on_done=self._on_categories_loaded)
        self._runner.run(self._services.auth.users, on_done=self._on_users_loaded)
        self._load_next_number()
        self.refresh_day_state()

    def refresh_day_state(self) -> None:
        """Ask (on the worker) whether today is closed at day end; the banner follows."""
        self._runner.run(
            self._services.day_end.is_closed,
            shop_today(self._clock),
            on_done=self._on_day_state_loaded,
            on_error=lambda _e: None,
        )

    def _on_day_state_loaded(self, closed: bool) -> None:
        self.day_closed = bool(closed)
        if self.day_closed:
            self.day_banner.show_message(
                self.tr(
                    "Today's day end is done: no more bills can be saved today. "
                    "A manager can reopen the day in Day end (Ctrl+D)."
                ),
                "warning",
            )
        else:
            self.day_banner.clear()
        emit(self.day_state_loaded, self.day_closed)

    def _on_shop_loaded(self, shop: ShopInfo) -> None:
        self.shop = shop
        self._requote()
        self._update_header()

    def _on_categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self._categories = list(categories)
        self.model.set_categories(self._categories)

    def _on_users_loaded(self, users: Sequence[UserInfo]) -> None:
        managers = [u for u in users if u.can_manage]
        # The person at the counter first, if they may approve (they still type their PIN).
        managers.sort(key=lambda u: u.id != self._user.id)
        self._managers = managers

    def _load_next_number(self) -> None:
        self._runner.run(
            self._billing.next_bill_number,
            on_done=self._on_next_number_loaded,
            on_error=lambda _e: None,
        )

    def _on_next_number_loaded(self, number: object) -> None:
        self.next_number = str(number or "")
        self._update_header()

    def focus_first(self) -> None:
        self.focus_scan()

    def focus_scan(self) -> None:
        if self.dialog is None:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scan.selectAll()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.shop is not None:  # started: the day may have been closed or reopened since
            self.refresh_day_state()
        app = QApplication.instance()
        if app is not None and not self._router_installed:
            app.installEventFilter(self._router)
            self._router_installed = True

    def hideEvent(self, event: Any) -> None:
        app = QApplication.instance()
        if app is not None and self._router_installed:
            app.removeEventFilter(self._router)
            self._router_installed = False
        super().hideEvent(event)

    # --- draft -----------------------------------------------------------------------------------
    def _empty_draft(self) -> BillDraft:
        from jewelpos.services.auth import Role
        from jewelpos.services.billing import BillDraft

        seller = self._user.id if str(self._user.role) == Role.SALESPERSON.value else None
        return BillDraft(salesperson_id=seller)

    def customer_on_bill(self) -> Any:
        from jewelpos.services.billing import CustomerOnBill

        return CustomerOnBill.from_info(self.customer) if self.customer is not None else None

    def _set_draft(self, draft: BillDraft) -> bool:
        """Take a new draft if it prices; otherwise say why and keep the old one."""
        try:
            quote = self._billing.quote(draft, customer=self.customer_on_bill())
        except ValidationError as exc:
            self.message.show_message(billing_error_text(exc))
            return False
        self.draft = draft
        self._show_quote(quote)
        return True

    def _requote(self) -> None:
        if self.shop is None:
            return
        self._set_draft(self.draft)

    def _show_quote(self, quote: BillQuote) -> None:
        self.quote = quote
        amounts = [quote.lines_amounts.get(line.key) for line in self.draft.lines]
        current = self.current_line()
        self.model.set_lines(
            self.draft.lines, amounts if all(a is not None for a in amounts) else None
        )
        if current is not None and self.model.row_of(current.key) >= 0:
            self.select_line(current.key)
        self._update_header()
        self._update_totals()
        emit(self.totals_changed, quote)

    def is_empty(self) -> bool:
        d = self.draft
        return not (d.lines or d.old_gold or d.payments or self.customer is not None)

    def clear_bill(self) -> None:
        self.draft = self._empty_draft()
        self.customer = None
        self.credits = ()
        self.quote = None
        self.model.set_lines(())
        self._requote()
        self._update_header()
        self._update_totals()
        self.scan.clear()
        self.focus_scan()
        emit(self.bill_cleared)

    # --- header and totals -----------------------------------------------------------------------
    def _update_header(self) -> None:
        if self.next_number:
            number = self.tr("Bill  next: {number}").format(number=self.next_number)
        elif self.shop is not None:
            number = self.tr("Bill  counter {prefix}").format(prefix=self.shop.counter_label)
        else:
            number = self.tr("Bill")
        self.number_label.setText(number)
        c = self.customer
        if c is None:
            text = self.tr("Customer (F4): none - walk-in")
        else:
            parts = [c.name, masked_mobile(c.mobile)]
            if c.state_code:
                parts.append(f"{INDIAN_STATES.get(c.state_code, '')} ({c.state_code})")
            if c.pan:
                parts.append(self.tr("PAN ✓"))
            elif self.draft.form60:
                parts.append(self.tr("Form 60"))
            text = self.tr("Customer (F4): {details}").format(details="   ".join(parts))
        self.customer_label.setText(text)
        needs = self.quote is not None and any(
            p.code in ("pan_required", "buyer_details_required") for p in self.quote.problems
        )
        self.customer_label.setProperty("missing", needs)
        self.customer_label.style().unpolish(self.customer_label)
        self.customer_label.style().polish(self.customer_label)

    def _update_totals(self) -> None:
        q = self.quote
        captions = self.total_captions
        values = self.total_values
        zero = ZERO
        rate = self._gst_rate(q)
        half = format_percent(rate / 2) if rate else "1.5"
        full = format_percent(rate) if rate else "3"
        captions["taxable"].setText(self.tr("Taxable"))
        captions["cgst"].setText(self.tr("CGST {rate}%").format(rate=half))
        captions["sgst"].setText(self.tr("SGST {rate}%").format(rate=half))
        captions["igst"].setText(self.tr("IGST {rate}%").format(rate=full))
        captions["invoice"].setText(self.tr("Invoice value"))
        captions["old_gold"].setText(self.tr("Old gold set-off"))
        captions["round_off"].setText(self.tr("Round off"))
        inter = q is not None and str(q.supply) == "inter"
        for name in ("cgst", "sgst"):
            captions[name].setVisible(not inter)
            values[name].setVisible(not inter)
        captions["igst"].setVisible(inter)
        values["igst"].setVisible(inter)
        values["taxable"].setText(format_indian(q.taxable if q else zero))
        values["cgst"].setText(format_indian(q.cgst if q else zero))
        values["sgst"].setText(format_indian(q.sgst if q else zero))
        values["igst"].setText(format_indian(q.igst if q else zero))
        values["invoice"].setText(format_indian(q.invoice_value if q else zero))
        old_gold = q.old_gold_value if q else zero
        values["old_gold"].setText("- " + format_indian(old_gold) if old_gold else "0.00")
        values["old_gold"].setProperty("setoff", bool(old_gold))
        values["old_gold"].style().unpolish(values["old_gold"])
        values["old_gold"].style().polish(values["old_gold"])
        round_off = q.round_off if q else zero
        values["round_off"].setText(
            ("+" if round_off > 0 else "") + format_indian(round_off) if round_off else "0.00"
        )
        net = q.net_payable if q else zero
        self.payable.setText("₹ " + format_indian(net, 0))
        self.pay_state.setText(self._pay_state_text(q))
        self.old_gold_label.setText(self._old_gold_text(q))
        self.payments_label.setText(self._payments_text())
        self.delivery_label.setText(billing_setoffs.delivery_text(self.draft, INDIAN_STATES))
        self.set_offs_label.setText(
            "   ".join(
                text
                for text in (
                    billing_coupons.discounts_text(self.draft, q),
                    billing_setoffs.set_offs_text(self.draft, self.credits),
                )
                if text
            )
        )
        warnings = self.rule_warnings()
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))

    @staticmethod
    def _gst_rate(q: BillQuote | None) -> Decimal:
        if q is None or not q.priced.gst:
            return Decimal(3)
        return Decimal(q.priced.gst[0].rate_percent)

    def _pay_state_text(self, q: BillQuote | None) -> str:
        if q is None or not self.draft.lines:
            return ""
        if not self.draft.payments:
            return self.tr("Not paid yet (F8)")
        parts = [self.tr("Paid {amount}").format(amount=format_inr(q.paid))]
        if q.balance > 0:
            parts.append(self.tr("Balance {amount}").format(amount=format_inr(q.balance)))
        if q.change_due > 0:
            parts.append(self.tr("Change due {amount}").format(amount=format_inr(q.change_due)))
        return "  ·  ".join(parts)

    def _old_gold_text(self, q: BillQuote | None) -> str:
        entries = self.draft.old_gold
        if not entries:
            return self.tr("Old gold (F6): none")
        fine = sum(price_entry(e).fine_mg for e in entries)
        value = q.old_gold_value if q is not None else ZERO
        return self.tr("Old gold (F6): {count} lot(s) · fine {fine} g · set off -{value}").format(
            count=len(entries), fine=grams_from_mg(fine), value=format_inr(value)
        )

    def _payments_text(self) -> str:
        if not self.draft.payments:
            return self.tr("Payments (F8): none")
        names = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "upi": self.tr("UPI"),
            "cheque": self.tr("Cheque"),
            "bank": self.tr("Bank"),
        }
        parts = [
            f"{names.get(str(p.mode), str(p.mode))} {format_inr(Decimal(p.amount))}"
            for p in self.draft.payments
        ]
        return self.tr("Payments (F8): {list}").format(list=" · ".join(parts))

    def rule_warnings(self) -> list[str]:
        """The rules this bill meets, in words, under the totals (not the payment state)."""
        q = self.quote
        if q is None or not self.draft.lines:
            return []
        skip = {"empty_bill", "payment_short"}
        found = [problem_text(p.code, p.params) for p in q.problems if p.code not in skip]
        return found + [problem_text(p.code, p.params) for p in q.notices]

    # --- scanning --------------------------------------------------------------------------------
    def route_key_to_scan(self, text: str) -> None:
        """A printable key pressed elsewhere on the screen starts a new scan."""
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan.setText(text)

    def _on_scan_return_pressed(self) -> None:
        self.scan_code(self.scan.text())

    def scan_code(self, text: str) -> None:
        code = text.strip().upper()
        if not code:
            return
        if self.shop is None and self._runner.pending_count == 0:
            self._runner.run(self._billing.shop, on_done=self._on_shop_loaded)
        self._scanning += 1
        self._runner.run(
            lookup_code,
            self._services,
            code,
            on_done=self._on_code_looked_up,
            on_error=self._on_scan_failed,
            on_finished=self._on_scan_finished,
        )

    def _on_scan_finished(self) -> None:
        self._scanning -= 1

    def _on_code_looked_up(self, found: tuple[str, Any]) -> None:
        kind, value = found
        if kind == "estimate":
            self._open_estimate_draft(value)
            return
        line: BillLine = value
        if line.piece_id is not None:
            for existing in self.draft.lines:
                if existing.piece_id == line.piece_id:
                    self.select_line(existing.key)
                    self._refuse_scan(
                        self.tr("{tag} is already on this bill (line {no}).").format(
                            tag=line.tag_code, no=self.model.row_of(existing.key) + 1
                        )
                    )
                    return
        self.add_line(line)

    def add_line(self, line: BillLine) -> bool:
        if not self._set_draft(replace(self.draft, lines=(*self.draft.lines, line))):
            return False
        self.message.clear()
        self.select_line(line.key)
        self.scan.clear()
        self.focus_scan()
        emit(self.line_added, line)
        return True

    def _on_scan_failed(self, exc: JewelPOSError) -> None:
        self._refuse_scan(billing_error_text(exc))

    def _refuse_scan(self, text: str) -> None:
        self.message.show_message(text, "error")
        QApplication.beep()
        self.focus_scan()  # the code stays, selected: the next scan replaces it
        emit(self.scan_refused, text)

    def _open_estimate_draft(self, draft: BillDraft) -> None:
        if self.draft.lines:
            self._refuse_scan(self.tr("Finish or clear this bill (F2) before opening an estimate."))
            return
        draft = replace(draft, salesperson_id=draft.salesperson_id or self.draft.salesperson_id)
        if draft.customer_id:
            self._runner.run(
                self._services.customers.get,
                draft.customer_id,
                on_done=partial(self._on_estimate_customer_loaded, draft),
            )
            return
        self._on_estimate_customer_loaded(draft, None)

    def _on_estimate_customer_loaded(self, draft: BillDraft, customer: CustomerInfo | None) -> None:
        self.customer = customer
        if self._set_draft(draft):
            self.scan.clear()
            self.message.show_message(
                self.tr("Estimate opened as a bill: check and take payment (F8)."), "info"
            )
            self.focus_scan()
            emit(self.estimate_opened, draft)

    # --- lines: select, edit, remove -------------------------------------------------------------
    def current_line(self) -> BillLine | None:
        line: BillLine | None = self.table.currentIndex().data(RowRole)
        return line

    def select_line(self, key: str, column: int = BillLinesModel.PIECE) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            index = self.model.index(row, column)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def edit_current_cell(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            if self.model.rowCount() == 0:
                return
            index = self.model.index(self.model.rowCount() - 1, BillLinesModel.RATE)
        if index.column() not in BillLinesModel.FIELDS:
            index = index.siblingAtColumn(BillLinesModel.RATE)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _on_model_edit_requested(self, key: str, field: str, value: Decimal) -> None:
        lines = {line.key: line for line in self.draft.lines}
        if key not in lines:
            return
        # After the editor has closed (we are inside its commit now).
        values: dict[str, Any] = {field: value}
        changed = replace(lines[key], **values)
        QTimer.singleShot(0, lambda: self.change_lines({key: changed}))

    def _on_model_rejected_input(self, field: str, text: str) -> None:
        if field == "rate":
            msg = self.tr("{text} is not a rate: type rupees per gram, like 7150.00.")
        else:
            msg = self.tr("{text} is not a valid number here: type a number like 12 or 450.")
        self.message.show_message(msg.format(text=text), "warning")

    def change_lines(self, changed: Mapping[str, BillLine]) -> None:
        """Apply changed lines; below the floor a manager approves first, in place."""
        from jewelpos.services.billing import APPROVE_BELOW_FLOOR, approve_line

        draft = replace(
            self.draft, lines=tuple(changed.get(line.key, line) for line in self.draft.lines)
        )
        try:
            quote = self._billing.quote(draft, customer=self.customer_on_bill())
        except ValidationError as exc:
            self.message.show_message(billing_error_text(exc))
            self.focus_scan()
            return
        needing = [
            key
            for key in changed
            if quote.lines_amounts[key].below_floor and not _approved(draft.approvals, key)
        ]
        if not needing:
            self._set_draft(draft)
            self.focus_scan()
            return
        what = approve_line(needing[0]) if len(needing) == 1 else APPROVE_BELOW_FLOOR
        reason = "\n".join(self._below_floor_reason(draft, quote, key) for key in needing)

        def approved(approval: Approval) -> None:
            self._set_draft(replace(draft, approvals=(*draft.approvals, approval)))
            self.message.show_message(
                self.tr("Approved by {manager}.").format(
                    manager=getattr(approval, "manager_name", "") or self.tr("the manager")
                ),
                "success",
            )

        self.ask_approval(what=what, reason=reason, on_approved=approved)

    def _below_floor_reason(self, draft: BillDraft, quote: BillQuote, key: str) -> str:
        line = next(x for x in draft.lines if x.key == key)
        no = [x.key for x in draft.lines].index(key) + 1
        codes = quote.lines_amounts[key].below_floor
        parts = []
        making_lowered = line.making_value < line.floor_making_value or bool(
            line.making_discount_percent
        )
        floor_wastage = line.floor_wastage_percent
        wastage_lowered = floor_wastage is not None and line.wastage_percent < floor_wastage
        if "below_floor_rate" in codes:
            parts.append(
                self.tr("rate {rate} is below today's {floor}").format(
                    rate=format_inr(line.rate), floor=format_inr(line.floor_rate)
                )
            )
        if "below_floor_making" in codes and making_lowered:
            parts.append(self.tr("making charge is below the usual"))
        if "below_floor_wastage" in codes and wastage_lowered:
            parts.append(self.tr("wastage is below the usual"))
        if not parts:
            parts.append(self.tr("the price is below the usual"))
        return self.tr("Line {no} ({piece}): {what}.").format(
            no=no, piece=line.tag_code or line.description, what="; ".join(parts)
        )

    def ask_approval(
        self, *, what: str, reason: str, on_approved: Callable[[Approval], None]
    ) -> ApprovalDialog | None:
        if not self._managers:
            self.message.show_message(
                self.tr("A manager must approve this, but no manager is set up."), "error"
            )
            return None
        dialog = ApprovalDialog(
            self._billing.approve,
            self._runner,
            managers=self._managers,
            what=what,
            reason=reason,
            parent=self,
        )
        dialog.approved.connect(on_approved)
        self._open_dialog(dialog)
        emit(self.approval_asked, dialog)
        return dialog

    def remove_selected_line(self) -> None:
        line = self.current_line()
        if line is None:
            self.focus_scan()
            return
        row = self.model.row_of(line.key)
        approvals = tuple(a for a in self.draft.approvals if not a.what.endswith(":" + line.key))
        lines = tuple(x for x in self.draft.lines if x.key != line.key)
        self._set_draft(replace(self.draft, lines=lines, approvals=approvals))
        if lines:
            self.table.setCurrentIndex(self.model.index(min(row, len(lines) - 1), 1))
        self.message.show_message(
            self.tr("Line removed: {piece}.").format(piece=line.tag_code or line.description),
            "info",
        )
        self.focus_scan()

    # --- dialogs ---------------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r, d=dialog: self._on_dialog_finished(d))
        self.dialog = dialog
        dialog.open()
        emit(self.dialog_opened, dialog)

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.window().activateWindow()
        self.focus_scan()

    def _commit_editor(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            current = self.table.currentIndex()
            self.table.setCurrentIndex(current.siblingAtColumn(BillLinesModel.PIECE))
            self.table.setCurrentIndex(current)

    def open_customer(self) -> CustomerPickDialog:
        q = self.quote
        needs = {p.code for p in q.problems} if q is not None else set()
        dialog = CustomerPickDialog(
            self._services.customers,
            self._runner,
            user=self._user,
            states=INDIAN_STATES,
            shop_state=self.shop.state_code if self.shop else "",
            buyer_details=bool(q and q.buyer_details_required) or "buyer_details_required" in needs,
            pan=bool(q and q.pan_required),
            form60=self.draft.form60,
            open_360=self.open_customer_360,
            parent=self,
        )
        dialog.customer_chosen.connect(self._on_customer_chosen)
        self._open_dialog(dialog)
        return dialog

    def open_customer_360(self, customer_id: str) -> Customer360Dialog:
        """Ctrl+I in the customer dialog (F4): the customer's 360 view over it."""
        parent: QWidget = self.dialog if self.dialog is not None else self
        dialog = Customer360Dialog(
            self._services.customer360.view, self._runner, customer_id, parent=parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def _on_customer_chosen(self, customer: CustomerInfo | None, form60: bool) -> None:
        self.customer = customer
        self.credits = ()
        self._set_draft(
            replace(
                self.draft,
                customer_id=customer.id if customer is not None else None,
                form60=form60 and customer is not None,
                set_offs=billing_setoffs.without_credit(self.draft),
            )
        )
        self._update_header()
        emit(self.customer_changed, customer)
        if customer is not None:
            self._runner.run(
                self._billing.customer_credits,
                customer.id,
                on_done=partial(self._on_credits_loaded, customer.id),
            )

    def _on_credits_loaded(self, customer_id: str, credits: tuple[Any, ...]) -> None:
        if self.customer is None or self.customer.id != customer_id:
            return
        self.credits = tuple(credits)
        self._update_totals()
        emit(self.credits_loaded, self.credits)

    def toggle_credit(self) -> None:
        """F11: set the customer's credit off against this bill (up to the amount due), or take
        it off again."""
        if billing_setoffs.has_credit(self.draft):
            self._set_draft(
                replace(self.draft, set_offs=billing_setoffs.without_credit(self.draft))
            )
            return
        if self.customer is None:
            self.message.show_message(
                self.tr("Credit belongs to a customer: put the customer on the bill first (F4)."),
                "info",
            )
            return
        q = self.quote
        if not self.credits or q is None or not self.draft.lines:
            self.message.show_message(
                self.tr("{name} has no credit to use on this bill.").format(
                    name=self.customer.name
                ),
                "info",
            )
            return
        others = billing_setoffs.without_credit(self.draft)
        due = q.invoice_value - q.old_gold_value - sum((u.amount for u in others), ZERO)
        uses = billing_setoffs.credit_uses(self.credits, due=due)
        if self._set_draft(replace(self.draft, set_offs=others + uses)):
            self.message.clear()

    def open_deliver_to(self) -> DeliverToDialog:
        """F9: handed over at the counter, or sent to an address (its state sets the tax)."""
        d = self.draft
        dialog = DeliverToDialog(
            states=INDIAN_STATES,
            shop_state=self.shop.state_code if self.shop else "",
            delivery=str(d.delivery),
            address=d.ship_address,
            state_code=d.ship_state_code,
            parent=self,
        )
        dialog.delivery_set.connect(self._on_delivery_set)
        self._open_dialog(dialog)
        return dialog

    def _on_delivery_set(self, delivery: str, address: str, state_code: str) -> None:
        from jewelpos.services.billing import Delivery

        self._set_draft(
            replace(
                self.draft,
                delivery=Delivery(delivery),
                ship_address=address,
                ship_state_code=state_code,
            )
        )

    def open_untagged(self) -> UntaggedLineDialog:
        dialog = UntaggedLineDialog(
            self._billing.untagged_line, self._runner, categories=self._categories, parent=self
        )
        dialog.line_made.connect(self.add_line)
        self._open_dialog(dialog)
        return dialog

    def open_old_gold(self) -> OldGoldDialog:
        dialog = OldGoldDialog(
            self._billing.old_gold_rate, self._runner, entries=self.draft.old_gold, parent=self
        )
        dialog.old_gold_set.connect(self._on_old_gold_set)
        self._open_dialog(dialog)
        return dialog

    def _on_old_gold_set(self, entries: tuple[OldGoldEntry, ...]) -> None:
        self._set_draft(replace(self.draft, old_gold=tuple(entries)))

    def open_discount(self) -> DiscountDialog | None:
        line = self.current_line()
        if line is None and self.draft.lines:
            line = self.draft.lines[-1]
        if line is None:
            self.message.show_message(self.tr("Add a line first: a discount is on a line."), "info")
            return None
        dialog = DiscountDialog(
            line_text=self.tr("Selected line: {piece}").format(
                piece=f"{line.description} {line.tag_code}".strip()
            ),
            parent=self,
        )
        dialog.accepted.connect(lambda d=dialog, k=line.key: self._on_discount_accepted(d, k))
        self._open_dialog(dialog)
        return dialog

    def _on_discount_accepted(self, dialog: DiscountDialog, key: str) -> None:
        value = dialog.value()
        if value is None:
            return
        targets = (
            list(self.draft.lines)
            if dialog.all_lines.isChecked()
            else [x for x in self.draft.lines if x.key == key]
        )
        changed = {x.key: replace(x, making_discount_percent=value) for x in targets}
        QTimer.singleShot(0, lambda: self.change_lines(changed))

    def open_payment(self) -> PaymentDialog | None:
        q = self.quote
        if q is None or not self.draft.lines:
            self.message.show_message(self.tr("Add a line first: there is nothing to pay."), "info")
            return None
        shop = self.shop
        dialog = PaymentDialog(
            self._runner,
            net_payable=q.net_payable,
            payments=self.draft.payments,
            cash_taken_today=self._billing.cash_taken_today,
            customer_id=self.customer.id if self.customer is not None else None,
            cash_limit=getattr(self._billing, "cash_limit", Decimal("200000")),
            upi_vpa=self.upi_vpa,
            payee=shop.shop_name if shop else "",
            parent=self,
        )
        dialog.payments_set.connect(self._on_payments_set)
        self._open_dialog(dialog)
        return dialog

    def _on_payments_set(self, payments: tuple[PaymentEntry, ...], save_now: bool) -> None:
        self._set_draft(replace(self.draft, payments=tuple(payments)))
        if save_now:
            QTimer.singleShot(0, self.save)

    def _on_find(self) -> None:
        self.open_lookup()

    def open_lookup(self) -> BillLookupDialog:
        """Ctrl+F: find a bill to reprint, save as A4 PDF or cancel."""
        dialog = BillLookupDialog(
            self._services, self._runner, user=self._user, managers=self._managers, parent=self
        )
        dialog.bill_cancelled.connect(lambda _saved: self._load_next_number())
        self._open_dialog(dialog)
        emit(self.lookup_requested)
        return dialog

    # --- new, escape -----------------------------------------------------------------------------
    def _on_f2(self) -> None:
        """F2 edits the cell when the lines table has focus (as everywhere in Qt); else New."""
        if self.table.hasFocus() and self.table.currentIndex().isValid():
            self.edit_current_cell()
            return
        self.new_bill()

    def new_bill(self) -> None:
        if self.is_empty():
            self.clear_bill()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New bill"))
        box.setText(self.tr("Discard this bill and start a new one?"))
        box.setInformativeText(self.tr("Enter discards it; Esc keeps it."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(discard)
        box.finished.connect(lambda _r, b=box, d=discard: self._on_discard_box_finished(b, d))
        self._open_dialog(box)

    def _on_discard_box_finished(self, box: QMessageBox, discard: QPushButton) -> None:
        if box.clickedButton() is discard:
            self.clear_bill()
            self.message.clear()

    def _on_escape(self) -> None:
        if self.scan.text():
            self.scan.clear()
            self.focus_scan()
        elif not self.scan.hasFocus():
            self.focus_scan()
        elif self.message.isVisible():
            self.message.clear()
        else:
            emit(self.back_requested)

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> None:
        """F10: save the bill on the worker; problems are said first, with the key that fixes them."""
        self._commit_editor()
        if self._saving or self.dialog is not None:
            return
        q = self.quote
        if q is None or not self.draft.lines:
            self._refuse_save(self.tr("Scan a tag or add an item (F5) to start the bill."))
            return
        if q.problems:
            codes = [p.code for p in q.problems]
            self._refuse_save("\n".join(problem_text(p.code, p.params) for p in q.problems))
            if any(c.startswith("below_floor") for c in codes):
                self._ask_approval_for_all(q)
            elif "pan_required" in codes or "buyer_details_required" in codes:
                self.open_customer()
            elif any(
                c in ("payment_short", "overpaid", "cash_limit", "card_last4", "cheque_number")
                for c in codes
            ):
                self.open_payment()
            return
        self._saving = True
        self.buttons["save"].setEnabled(False)
        self._runner.run(
            self._billing.save_bill,
            self.draft,
            by=self._user,
            on_done=self._on_bill_saved,
            on_error=self._on_save_failed,
            on_finished=self._on_save_finished,
        )

    def _ask_approval_for_all(self, q: BillQuote) -> None:
        from jewelpos.services.billing import APPROVE_BELOW_FLOOR

        keys = [k for k, a in q.lines_amounts.items() if a.below_floor]
        reason = "\n".join(self._below_floor_reason(self.draft, q, k) for k in keys)
        draft = self.draft

        def approved(approval: Approval) -> None:
            self._set_draft(replace(draft, approvals=(*draft.approvals, approval)))

        self.ask_approval(what=APPROVE_BELOW_FLOOR, reason=reason, on_approved=approved)

    def _refuse_save(self, text: str) -> None:
        self.message.show_message(text, "warning")
        self.focus_scan()
        emit(self.save_refused, text)

    def _on_bill_saved(self, saved: SavedBill) -> None:
        self.last_saved = saved
        text = self.tr("Bill {number} saved: {amount}.").format(
            number=saved.number, amount=format_inr(saved.net_payable)
        )
        change = getattr(saved, "change_due", ZERO)
        if change:
            text += " " + self.tr("Give change {amount}.").format(amount=format_inr(change))
        self.clear_bill()
        self.message.show_message(text, "success")
        emit(self.bill_saved, saved)
        self._print_receipt(saved, text)
        self._load_next_number()

    def _print_receipt(self, saved: SavedBill, text: str) -> None:
        prints = getattr(self._services, "prints", None)
        if prints is None:
            return
        self._runner.run(
            prints.print_receipt,
            saved.id,
            on_done=partial(self._on_receipt_printed, text),
            on_error=partial(self._on_receipt_failed, text),
        )

    def _on_receipt_printed(self, text: str, result: Any) -> None:
        if getattr(result, "printed", False):
            self.message.show_message(text + " " + self.tr("Receipt printed."), "success")
        elif getattr(result, "no_printer", False):
            self.message.show_message(text + " " + no_printer_text(), "warning")
        else:
            self.message.show_message(
                text
                + " "
                + self.tr(
                    "The printer is not answering: the receipt is queued and prints "
                    "when the printer is back."
                ),
                "warning",
            )
        emit(self.bill_printed, result)

    def _on_receipt_failed(self, text: str, exc: JewelPOSError) -> None:
        self.message.show_message(
            text
            + " "
            + self.tr("The receipt was not printed: {why}").format(why=billing_error_text(exc)),
            "warning",
        )
        emit(self.bill_printed, exc)

    def _on_save_failed(self, exc: JewelPOSError) -> None:
        text = billing_error_text(exc)
        if exc.code == "day_closed":
            self.refresh_day_state()
        self._refuse_save(text)  # the draft is kept exactly as it was: nothing typed is lost

    def _on_save_finished(self) -> None:
        self._saving = False
        self.buttons["save"].setEnabled(True)

    # --- estimate --------------------------------------------------------------------------------
    def save_estimate(self) -> None:
        """F3: save the lines as an estimate and print its slip; the screen is then cleared."""
        self._commit_editor()
        estimates = getattr(self._services, "estimates", None)
        if estimates is None or self._saving:
            return
        if not self.draft.lines:
            self._refuse_save(self.tr("Scan a tag or add an item (F5) to start the bill."))
            return
        self._saving = True
        self._runner.run(
            estimates.save_estimate,
            self.draft,
            by=self._user,
            on_done=self._on_estimate_saved,
            on_error=self._on_save_failed,
            on_finished=self._on_save_finished,
        )

    def _on_estimate_saved(self, saved: Any) -> None:
        text = self.tr("Estimate {number} saved: {amount}. The cashier scans its number.").format(
            number=saved.number, amount=format_inr(saved.net_payable)
        )
        self.clear_bill()
        self.message.show_message(text, "success")
        emit(self.estimate_saved, saved)
        prints = getattr(self._services, "prints", None)
        printer = getattr(prints, "print_estimate_slip", None) if prints is not None else None
        if printer is not None:
            self._runner.run(
                printer,
                saved.id,
                on_done=partial(self._on_receipt_printed, text),
                on_error=partial(self._on_receipt_failed, text),
            )


def _approved(approvals: Sequence[Approval], key: str) -> bool:
    from jewelpos.services.billing import APPROVE_BELOW_FLOOR, approve_line

    return any(a.what in (APPROVE_BELOW_FLOOR, approve_line(key)) for a in approvals)


class _TableKeys(QObject):
    """Keys in the lines table and the scan field: Enter edits, Esc and Del, arrows between them."""

    def __init__(self, screen: BillingScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        s = self._screen
        key = event.key()
        if obj is s.table:
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and s.table.state() != QAbstractItemView.State.EditingState
            ):
                s.edit_current_cell()
                return True
            if key == Qt.Key.Key_Escape:
                s.focus_scan()
                return True
            if key == Qt.Key.Key_Up and s.table.currentIndex().row() <= 0:
                s.focus_scan()
                return True
        elif obj is s.scan and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if s.model.rowCount():
                current = s.table.currentIndex()
                row = current.row() if current.isValid() else s.model.rowCount() - 1
                col = current.column() if current.isValid() else BillLinesModel.RATE
                if col not in BillLinesModel.FIELDS:
                    col = BillLinesModel.RATE  # where a cashier edits most
                s.table.setFocus()
                s.table.setCurrentIndex(s.model.index(row, col))
            return True
        return False


class _ScanRouter(QObject):
    """Installed on the application while the screen shows: a scan goes to the scan field.

    Only keys aimed at a non-editable widget of this screen are taken (the lines table, say);
    an open cell editor, any dialog and other windows get their keys as usual.
    """

    def __init__(self, screen: BillingScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        s = self._screen
        focus = QApplication.focusWidget()
        if (
            focus is None
            or obj is not focus
            or focus is s.scan
            or not s.isVisible()
            or not s.isAncestorOf(focus)
            or _editable_text_widget(focus)
        ):
            return False
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        ):
            return False
        text = event.text()
        if not text or not text.strip() or not text.isprintable():
            return False
        s.route_key_to_scan(text)
        return True
