"""Customer on the bill (F4): find by mobile or name, pick with arrows + Enter, or add in a few keys."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from jewelpos.domain.errors import DuplicateValue, JewelPOSError, ValidationError
from jewelpos.domain.validation import validate_pan
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, with_error
from jewelpos.ui.widgets.fit import scroll_body
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.state_combo import StateCombo

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.customers import CustomerInfo, CustomerService
    from jewelpos.ui.tasks import TaskRunner

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
RESULT_LIMIT = 30


def masked_mobile(mobile: str) -> str:
    """``9820012345`` -> ``98xxxxxx45``: the screen faces the customer, and others in the shop."""
    if len(mobile) < 6:
        return mobile
    return mobile[:2] + "x" * (len(mobile) - 4) + mobile[-2:]


def missing_details(
    customer: CustomerInfo, *, buyer_details: bool, pan: bool, form60: bool
) -> list[str]:
    """Which fields this bill still needs from this customer (field names)."""
    missing: list[str] = []
    if buyer_details and not customer.gstin:
        if not customer.address.strip():
            missing.append("address")
        if not customer.state_code:
            missing.append("state_code")
    if pan and not customer.pan and not form60:
        missing.append("pan")
    return missing


class CustomerPickDialog(QDialog):
    """Emits ``customer_chosen(CustomerInfo, form60: bool)`` and closes.

    ``buyer_details`` / ``pan``: what the rules need for the bill as it stands now; the dialog
    says so, shows the fields for it and does not let a customer without them through.
    """

    customer_chosen = Signal(object, bool)
    search_finished = Signal(object)  # list[CustomerInfo]

    def __init__(
        self,
        customers: CustomerService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        states: Mapping[str, str],
        shop_state: str = "",
        buyer_details: bool = False,
        pan: bool = False,
        form60: bool = False,
        open_360: Callable[[str], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._customers = customers
        self._runner = runner
        self._user = user
        self._shop_state = shop_state
        self.needs_buyer_details = buyer_details
        self.needs_pan = pan
        self._generation = 0
        self._editing_id: str | None = None
        self._busy = False

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.needs = QLabel()
        self.needs.setObjectName("readOnlyNote")
        self.needs.setWordWrap(True)
        self.message = MessageBar()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setProperty("big", True)
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setMinimumHeight(160)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)

        # --- new / complete customer ---
        self.form_box = QWidget()
        self.form_box.setObjectName("customerForm")
        self.form_title = QLabel()
        self.form_title.setObjectName("sectionTitle")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("customerMobile")
        self.mobile.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setObjectName("customerName")
        self.name.setMaxLength(120)
        self.state = StateCombo(states)
        self.state.setObjectName("customerState")
        self.address = QLineEdit()
        self.address.setObjectName("customerAddress")
        self.address.setMaxLength(500)
        self.city = QLineEdit()
        self.city.setObjectName("customerCity")
        self.city.setMaxLength(80)
        self.pin_code = QLineEdit()
        self.pin_code.setObjectName("customerPinCode")
        self.pin_code.setMaxLength(6)
        self.pan = QLineEdit()
        self.pan.setObjectName("customerPan")
        self.pan.setMaxLength(10)
        self.pan.textEdited.connect(self._on_pan_text_edited)
        self.form60 = QCheckBox()
        self.form60.setObjectName("form60")
        self.form60.setChecked(form60)
        self.errors = FieldErrors()
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        for name, widget in (
            ("mobile", self.mobile),
            ("name", self.name),
            ("state_code", self.state),
            ("address", self.address),
            ("city", self.city),
            ("pin_code", self.pin_code),
            ("pan", self.pan),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            form.addRow(label, with_error(widget, self.errors.add(name, widget)))
        form.addRow(QLabel(), self.form60)
        self._form_layout = form
        self.save_button = QPushButton()
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_customer)
        form.addRow(QLabel(), self.save_button)
        self._navigator = EnterNavigator(
            [
                self.mobile,
                self.name,
                self.state,
                self.address,
                self.city,
                self.pin_code,
                self.pan,
            ],
            self.save_customer,
            self,
        )
        self.form_box.hide()

        self.new_button = QPushButton()
        self.new_button.setAutoDefault(False)
        self.new_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.remove_button = QPushButton()
        self.remove_button.setAutoDefault(False)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.reject)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.triggered.connect(self._on_new_button_clicked)
        self.addAction(new_action)
        self.view_360_button = QPushButton()  # Ctrl+I: the highlighted customer's 360 view
        self.view_360_button.setObjectName("view360Button")
        self.view_360_button.setAutoDefault(False)
        self.view_360_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view_360_button.setVisible(open_360 is not None)
        if open_360 is not None:
            self.view_360_button.clicked.connect(partial(self._open_360, open_360))
            view_action = QAction(self)
            view_action.setShortcut(QKeySequence("Ctrl+I"))
            view_action.triggered.connect(partial(self._open_360, open_360))
            self.addAction(view_action)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textEdited.connect(self._on_search_text_edited)
        self._keys = _SearchKeys(self)
        self.search.installEventFilter(self._keys)
        self.results.installEventFilter(self._keys)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.view_360_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.needs)
        layout.addWidget(self.message)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_box)
        layout.addLayout(buttons)
        self.form_title.hide()
        scroll_body(self)  # every field and error, its buttons in sight
        self.resize(640, 560)
        self.retranslate_ui()
        self.run_search()

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Customer"))
        self.title.setText(self.tr("Customer on the bill"))
        self.needs.setText(self.needs_text())
        self.needs.setVisible(bool(self.needs.text()))
        self.search_label.setText(self.tr("&Mobile number or name"))
        self.search.setPlaceholderText(self.tr("e.g. 98200 12345 or Priya"))
        self.hint.setText(
            self.tr(
                "↑ ↓ choose, Enter puts the customer on the bill. "
                "A new mobile number + Enter adds a customer. Ctrl+N: new customer."
            )
        )
        labels = {
            "mobile": self.tr("M&obile"),
            "name": self.tr("&Name"),
            "state_code": self.tr("&State"),
            "address": self.tr("&Address"),
            "city": self.tr("&City"),
            "pin_code": self.tr("PIN code"),
            "pan": self.tr("&PAN"),
        }
        for name, label in self._labels.items():
            label.setText(labels[name])
        self.form60.setText(self.tr("Form &60 given instead of PAN"))
        self.save_button.setText(self.tr("Save and put on bill  (Enter)"))
        self.new_button.setText(self.tr("New customer  (Ctrl+N)"))
        self.remove_button.setText(self.tr("No customer"))
        self.close_button.setText(self.tr("Close  (Esc)"))
        self.view_360_button.setText(self.tr("360 view  (Ctrl+I)"))
        self.form_title.setText(
            self.tr("Complete the customer's details")
            if self._editing_id
            else self.tr("New customer")
        )

    def needs_text(self) -> str:
        parts = []
        if self.needs_buyer_details:
            parts.append(
                self.tr(
                    "Taxable value is ₹50,000 or more: the buyer's name, address and state "
                    "are needed."
                )
            )
        if self.needs_pan:
            parts.append(self.tr("Invoice value is above ₹2,00,000: PAN or Form 60 is needed."))
        return "\n".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- searching -------------------------------------------------------------------------------
    def _on_search_text_edited(self, _text: str) -> None:
        self._debounce.start()

    def run_search(self, *, then: str = "") -> None:
        self._debounce.stop()
        self._generation += 1
        self._runner.run(
            self._customers.search,
            self.search.text().strip(),
            limit=RESULT_LIMIT,
            on_done=partial(self._on_search_done, self._generation, then),
        )

    def _on_search_done(self, generation: int, then: str, found: list[CustomerInfo]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for customer in found:
            item = QListWidgetItem(self._customer_text(customer))
            item.setData(CUSTOMER_ROLE, customer)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        emit(self.search_finished, found)
        if then == "enter":
            self._enter_after_search(found)

    def _customer_text(self, c: CustomerInfo) -> str:
        place = ", ".join(p for p in (c.city, c.state_code) if p)
        pan = self.tr("PAN ✓") if c.pan else ""
        return "   ".join(p for p in (c.name, c.mobile, place, pan) if p)

    def enter_in_search(self) -> None:
        """Enter in the search field: pick the highlighted customer, or add the typed mobile."""
        if self._debounce.isActive() or self._runner.pending_count:
            self.run_search(then="enter")
            return
        found = [self.results.item(i).data(CUSTOMER_ROLE) for i in range(self.results.count())]
        self._enter_after_search(found)

    def _enter_after_search(self, found: list[CustomerInfo]) -> None:
        text = self.search.text().strip()
        if found and text:
            item = self.results.currentItem() or self.results.item(0)
            self.pick(item.data(CUSTOMER_ROLE))
            return
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 10:
            self.start_new(mobile=text)
        elif text and not digits:
            self.start_new(name=text)
        else:
            self.message.show_message(
                self.tr("Type the customer's 10-digit mobile number or a name."), "info"
            )

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.pick(item.data(CUSTOMER_ROLE))

    def _open_360(self, open_360: Callable[[str], object], *_args: object) -> None:
        item = self.results.currentItem()
        if item is not None:
            open_360(item.data(CUSTOMER_ROLE).id)

    # --- picking ---------------------------------------------------------------------------------
    def pick(self, customer: CustomerInfo) -> None:
        missing = missing_details(
            customer,
            buyer_details=self.needs_buyer_details,
            pan=self.needs_pan,
            form60=self.form60.isChecked(),
        )
        if missing:
            self._fill_form(customer)
            self._show_form(complete=True)
            self.errors.show({name: self._needed_text(name) for name in missing})
            return
        emit(self.customer_chosen, customer, self.form60.isChecked() and not customer.pan)
        self.accept()

    def _needed_text(self, name: str) -> str:
        if name == "pan":
            return self.tr("Needed for this bill: PAN, or tick Form 60.")
        if name == "address":
            return self.tr("Needed for this bill: the buyer's address.")
        if name == "state_code":
            return self.tr("Needed for this bill: the buyer's state.")
        return self.tr("This is required.")

    def _fill_form(self, c: CustomerInfo) -> None:
        self._editing_id = c.id
        self.mobile.setText(c.mobile)
        self.name.setText(c.name)
        if c.state_code:
            self.state.select_code(c.state_code)
        elif self._shop_state:
            self.state.select_code(self._shop_state)
        self.address.setText(c.address)
        self.city.setText(c.city)
        self.pin_code.setText(c.pin_code)
        self.pan.setText(c.pan)

    def _on_new_button_clicked(self) -> None:
        text = self.search.text().strip()
        digits = "".join(ch for ch in text if ch.isdigit())
        self.start_new(mobile=text if digits else "", name="" if digits else text)

    def start_new(self, *, mobile: str = "", name: str = "") -> None:
        self._editing_id = None
        for edit in (self.mobile, self.name, self.address, self.city, self.pin_code, self.pan):
            edit.clear()
        self.mobile.setText(mobile)
        self.name.setText(name)
        if self._shop_state:
            self.state.select_code(self._shop_state)
        self.errors.clear()
        self._show_form(complete=False)
        first: QWidget = self.name if mobile else self.mobile
        if mobile and name:
            first = self.state
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_form(self, *, complete: bool) -> None:
        details = self.needs_buyer_details
        for name, widget in (
            ("address", self.address),
            ("city", self.city),
            ("pin_code", self.pin_code),
        ):
            shown = details or bool(widget.text()) or complete
            _row_of(widget).setVisible(shown)
            self._labels[name].setVisible(shown)
        pan_shown = self.needs_pan or bool(self.pan.text())
        _row_of(self.pan).setVisible(pan_shown)
        self._labels["pan"].setVisible(pan_shown)
        self.form60.setVisible(self.needs_pan)
        self.form_title.show()
        self.form_box.show()
        self.retranslate_ui()

    def _on_remove_button_clicked(self) -> None:
        emit(self.customer_chosen, None, False)
        self.accept()

    def _on_pan_text_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            pos = self.pan.cursorPosition()
            self.pan.setText(upper)
            self.pan.setCursorPosition(pos)

    # --- saving ----------------------------------------------------------------------------------
    def check(self) -> dict[str, str]:
        """Errors the rules of this bill find before the service is asked."""
        errors: dict[str, str] = {}
        if not self.name.text().strip():
            errors["name"] = self.tr("This is required.")
        if self.needs_buyer_details:
            if not self.address.text().strip():
                errors["address"] = self._needed_text("address")
            if self.state.resolve() is None:
                errors["state_code"] = self._needed_text("state_code")
        pan = self.pan.text().strip()
        if pan:
            try:
                validate_pan(pan)
            except ValidationError as exc:
                errors["pan"] = problem_text(exc)
        elif self.needs_pan and not self.form60.isChecked():
            errors["pan"] = self._needed_text("pan")
        return errors

    def save_customer(self) -> None:
        if self._busy:
            return
        from jewelpos.services.customers import CustomerInput

        errors = self.check()
        if errors:
            self.errors.show(errors)
            return
        self.errors.clear()
        self.message.clear()
        existing: dict[str, Any] = {}
        if self._editing_id is not None:
            item = self._find_result(self._editing_id)
            if item is not None:
                existing = {
                    k: getattr(item, k)
                    for k in (
                        "alternate_phone",
                        "email",
                        "birthday",
                        "anniversary",
                        "native_place",
                        "family",
                        "wearer",
                        "heard_from",
                        "preferred_contact",
                        "spending_capacity",
                        "gstin",
                        "notes",
                    )
                }
        inp = CustomerInput(
            **{
                **existing,
                "name": self.name.text().strip(),
                "mobile": self.mobile.text().strip(),
                "state_code": self.state.resolve() or "",
                "address": self.address.text().strip(),
                "city": self.city.text().strip(),
                "pin_code": self.pin_code.text().strip(),
                "pan": self.pan.text().strip(),
                "id": self._editing_id,
            }
        )
        self._busy = True
        self.save_button.setEnabled(False)
        self._runner.run(
            self._customers.save,
            inp,
            by=self._user,
            on_done=self._on_customer_saved,
            on_error=self._on_save_failed,
            on_finished=self._on_save_finished,
        )

    def _find_result(self, customer_id: str) -> CustomerInfo | None:
        for i in range(self.results.count()):
            c = self.results.item(i).data(CUSTOMER_ROLE)
            if c.id == customer_id:
                return c  # type: ignore[no-any-return]
        return None

    def _on_customer_saved(self, customer: CustomerInfo) -> None:
        emit(self.customer_chosen, customer, self.form60.isChecked() and not customer.pan)
        self.accept()

    def _on_save_failed(self, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError) and exc.field.split(".")[-1] in self.errors:
            self.errors.show({exc.field.split(".")[-1]: problem_text(exc)})
            return
        if isinstance(exc, DuplicateValue):
            self.errors.show({"mobile": error_text(exc)})
            return
        self.message.show_message(error_text(exc))

    def _on_save_finished(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)


def _row_of(field: QWidget) -> QWidget:
    """The box holding a field and its error label (``with_error``)."""
    return field.parentWidget() or field


class _SearchKeys(QObject):
    """Up/Down in the search field move in the list; Enter picks; typing in the list searches."""

    def __init__(self, dialog: CustomerPickDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        d = self._dialog
        key = event.key()
        if obj is d.search:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                d.enter_in_search()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if d.results.count():
                    row = d.results.currentRow()
                    step = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) else -1
                    d.results.setCurrentRow(max(0, min(d.results.count() - 1, row + step)))
                return True
        elif obj is d.results:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = d.results.currentItem()
                if item is not None:
                    d.pick(item.data(CUSTOMER_ROLE))
                return True
            if (
                event.text()
                and event.text().isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                d.search.setFocus()
                d.search.insert(event.text())
                d._on_search_text_edited(d.search.text())
                return True
        return False
