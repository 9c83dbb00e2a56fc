"""Customers screen (Ctrl+0): find a customer by mobile or name as one types, ↓ into the list,
Enter opens the Customer 360 view; F5 (managers) lists duplicates to merge; F6 sells a
gift voucher."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.ui.dialogs.customer_360 import Customer360Dialog
from jewelpos.ui.dialogs.duplicates import DuplicatesDialog
from jewelpos.ui.dialogs.new_coupon import NewCouponDialog
from jewelpos.ui.dialogs.sell_voucher import SellVoucherDialog
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.customers import CustomerInfo
    from jewelpos.ui.tasks import TaskRunner

CUSTOMERS_KEY = "Ctrl+0"
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
RESULT_LIMIT = 50
_NAV = str(QT_TRANSLATE_NOOP("CustomersScreen", "Customers"))


def customers_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("CustomersScreen", _NAV) + "\n" + CUSTOMERS_KEY


class _Keys(QObject):
    """↓ from the search goes to the list; Enter in either opens the highlighted customer."""

    def __init__(self, screen: CustomersScreen) -> None:
        super().__init__(screen)
        self._screen = screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        screen = self._screen
        if watched is screen.search and key == Qt.Key.Key_Down and screen.results.count():
            screen.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            screen.open_current()
            return True
        return False


class CustomersScreen(QWidget):
    """Search and the 360 view; ``search_finished(list)`` and ``dialog_opened(QDialog)``."""

    search_finished = Signal(object)
    dialog_opened = Signal(object)

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customersScreen")
        self._services = services
        self._runner = runner
        self._user = user
        self._generation = 0
        self.dialog: QDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("customersSearch")
        self.search.setProperty("big", True)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("customersResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self._keys = _Keys(self)
        self.search.installEventFilter(self._keys)
        self.results.installEventFilter(self._keys)
        self.duplicates_button = QPushButton()  # F5, owners and managers
        self.duplicates_button.setAutoDefault(False)
        self.duplicates_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.duplicates_button.setVisible(user.can_manage)
        if user.can_manage:
            action = QAction(self)
            action.setShortcut(QKeySequence("F5"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(self.open_duplicates)
            self.addAction(action)
        self.voucher_button = QPushButton()  # F6: sell a gift voucher
        self.voucher_button.setAutoDefault(False)
        self.voucher_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.voucher_button.clicked.connect(self.open_sell_voucher)
        sell = QAction(self)
        sell.setShortcut(QKeySequence("F6"))
        sell.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sell.triggered.connect(self.open_sell_voucher)
        self.addAction(sell)
        self.coupon_button = QPushButton()  # F7: a new coupon, owners and managers
        self.coupon_button.setAutoDefault(False)
        self.coupon_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.coupon_button.clicked.connect(self.open_new_coupon)
        self.coupon_button.setVisible(user.can_manage)
        if user.can_manage:
            coupon = QAction(self)
            coupon.setShortcut(QKeySequence("F7"))
            coupon.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            coupon.triggered.connect(self.open_new_coupon)
            self.addAction(coupon)
        buttons = QHBoxLayout()
        buttons.addWidget(self.voucher_button)
        buttons.addWidget(self.duplicates_button)
        buttons.addWidget(self.coupon_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search_label.setText(self.tr("Find by mobile number or name"))
        self.search.setPlaceholderText(self.tr("e.g. 98200 12345 or Priya"))
        self.hint.setText(
            self.tr("Type to find. ↓ into the list, ↑ ↓ choose, Enter opens the 360 view.")
        )
        self.duplicates_button.setText(self.tr("F5 Duplicates"))
        self.voucher_button.setText(self.tr("F6 Sell gift voucher"))
        self.coupon_button.setText(self.tr("F7 New coupon"))
        self.message.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the main window's calls -----------------------------------------------------------
    def start(self) -> None:
        self.run_search()

    def focus_first(self) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching -------------------------------------------------------------------------
    def run_search(self, *, then: str = "") -> None:
        self._debounce.stop()
        self._generation += 1
        self._runner.run(
            self._services.customers.search,
            self.search.text().strip(),
            limit=RESULT_LIMIT,
            on_done=partial(self._on_search_done, self._generation, then),
        )

    def _on_search_done(self, generation: int, then: str, found: list[CustomerInfo]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for c in found:
            place = ", ".join(p for p in (c.city, c.state_code) if p)
            item = QListWidgetItem("   ".join(p for p in (c.name, c.mobile, place) if p))
            item.setData(CUSTOMER_ROLE, c)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        emit(self.search_finished, found)
        if then == "open" and found:
            self.open_current()

    def open_current(self) -> None:
        """Enter: the highlighted customer's 360 view (after a search still running)."""
        if self._debounce.isActive():
            self.run_search(then="open")
            return
        item = self.results.currentItem()
        if item is None:
            self.message.show_message(
                self.tr("No customer found: type a mobile or a name."), "info"
            )
            return
        self.open_360(item.data(CUSTOMER_ROLE).id)

    def open_360(self, customer_id: str) -> Customer360Dialog:
        dialog = Customer360Dialog(
            self._services.customer360.view, self._runner, customer_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def open_duplicates(self) -> DuplicatesDialog:
        """F5: duplicate customers for a manager, and merging them."""
        dialog = DuplicatesDialog(self._services.merges, self._runner, user=self._user, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        dialog.merged.connect(lambda _r: self.run_search())
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def open_sell_voucher(self) -> SellVoucherDialog:
        """F6: sell a gift voucher (to the customer highlighted in the list, if any)."""
        item = self.results.currentItem() if self.search.text().strip() else None
        dialog = SellVoucherDialog(
            self._services.vouchers,
            self._runner,
            user=self._user,
            customer_id=item.data(CUSTOMER_ROLE).id if item is not None else None,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def open_new_coupon(self) -> NewCouponDialog:
        """F7: make a discount coupon (owners and managers; the service checks it)."""
        dialog = NewCouponDialog(
            self._services.coupons,
            self._runner,
            user=self._user,
            clock=self._services.clock,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(partial(self._on_dialog_finished, dialog))
        dialog.open()
        emit(self.dialog_opened, dialog)
        return dialog

    def _on_dialog_finished(self, dialog: Any, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self.window().activateWindow()
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
