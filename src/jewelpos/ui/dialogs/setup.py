"""First-run setup: the shop, its branch and counter, and the owner's login, typed once by keyboard."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.domain.validation import (
    gstin_state_code,
    normalise_mobile,
    validate_gstin,
    validate_pin_code,
)
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.fields import EnterNavigator, FieldErrors, set_tab_chain, with_error
from jewelpos.ui.widgets.message_bar import MessageBar
from jewelpos.ui.widgets.state_combo import StateCombo

if TYPE_CHECKING:
    from jewelpos.services.setup import SetupService

PIN_MIN = 4
PIN_MAX = 8
CODE_MAX = 4
# Field names the services use for the owner -> this form's field names.
_ALIASES = {"username": "owner_username", "display_name": "owner_name", "pin": "owner_pin"}


class SetupDialog(QDialog):
    """Asks for everything ``SetupService.initialise`` needs; errors appear at their fields.

    Enter moves to the next field and, on the last one, finishes. Nothing typed is cleared on error.
    """

    setup_completed = Signal(object)  # ShopInfo

    def __init__(
        self,
        setup: SetupService,
        runner: TaskRunner,
        *,
        states: Mapping[str, str],
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._setup = setup
        self._runner = runner
        self._busy = False
        self.language = language  # the owner's language: the one setup was done in
        self.errors = FieldErrors()

        def line(name: str, *, max_len: int = 120, upper: bool = False) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setMaxLength(max_len)
            if upper:
                edit.textEdited.connect(lambda text, e=edit: _uppercase(e, text))
            return edit

        self.shop_name = line("shop_name")
        self.legal_name = line("legal_name")
        self.gstin = line("gstin", max_len=15, upper=True)
        self.state = StateCombo(states)
        self.state.setObjectName("state_code")
        self.address = line("address", max_len=250)
        self.city = line("city")
        self.pin_code = line("pin_code", max_len=6)
        self.pin_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self)
        )
        self.phone = line("phone", max_len=16)
        self.branch_code = line("branch_code", max_len=CODE_MAX, upper=True)
        self.branch_name = line("branch_name")
        self.counter_code = line("counter_code", max_len=CODE_MAX, upper=True)
        self.owner_username = line("owner_username", max_len=40)
        self.owner_username.textEdited.connect(lambda text: _lowercase(self.owner_username, text))
        self.owner_name = line("owner_name")
        self.owner_pin = line("owner_pin", max_len=PIN_MAX)
        self.confirm_pin = line("confirm_pin", max_len=PIN_MAX)
        digits = QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{PIN_MAX}}}"), self)
        for edit in (self.owner_pin, self.confirm_pin):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setValidator(digits)
        self.gstin.editingFinished.connect(self._on_gstin_editing_finished)

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = MessageBar()

        self._labels: dict[str, QLabel] = {}
        self.shop_box = QGroupBox()
        shop_form = self._form(
            self.shop_box,
            [
                ("shop_name", self.shop_name),
                ("legal_name", self.legal_name),
                ("gstin", self.gstin),
                ("state_code", self.state),
                ("address", self.address),
                ("city", self.city),
                ("pin_code", self.pin_code),
                ("phone", self.phone),
            ],
        )
        self.branch_box = QGroupBox()
        self._form(
            self.branch_box,
            [
                ("branch_code", self.branch_code),
                ("branch_name", self.branch_name),
                ("counter_code", self.counter_code),
            ],
        )
        self.owner_box = QGroupBox()
        self._form(
            self.owner_box,
            [
                ("owner_username", self.owner_username),
                ("owner_name", self.owner_name),
                ("owner_pin", self.owner_pin),
                ("confirm_pin", self.confirm_pin),
            ],
        )
        del shop_form

        self.finish_button = QPushButton()
        self.finish_button.setObjectName("primaryButton")
        self.quit_button = QPushButton()
        for button in (self.finish_button, self.quit_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        right = QVBoxLayout()
        right.addWidget(self.branch_box)
        right.addWidget(self.owner_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.shop_box, 1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.chain: list[QWidget] = [
            self.shop_name,
            self.legal_name,
            self.gstin,
            self.state,
            self.address,
            self.city,
            self.pin_code,
            self.phone,
            self.branch_code,
            self.branch_name,
            self.counter_code,
            self.owner_username,
            self.owner_name,
            self.owner_pin,
            self.confirm_pin,
        ]
        set_tab_chain([*self.chain, self.finish_button, self.quit_button])
        self._navigator = EnterNavigator(self.chain, self.submit, self)
        self.retranslate_ui()
        self.setMinimumWidth(940)
        self.shop_name.setFocus()

    def _form(self, box: QGroupBox, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self._labels[name] = label
            error = self.errors.add(name, widget)
            form.addRow(label, with_error(widget, error))
        return form

    # --- text ------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("JewelPOS - first-run setup"))
        self.title.setText(self.tr("Set up this counter"))
        self.intro.setText(
            self.tr(
                "Enter the shop's details once. Fields marked * are needed. "
                "Enter moves to the next field; Enter on the last field finishes."
            )
        )
        self.shop_box.setTitle(self.tr("Shop"))
        self.branch_box.setTitle(self.tr("Branch and counter"))
        self.owner_box.setTitle(self.tr("Owner's login"))
        texts = {
            "shop_name": self.tr("Shop name *"),
            "legal_name": self.tr("Legal name"),
            "gstin": self.tr("GSTIN"),
            "state_code": self.tr("State *"),
            "address": self.tr("Address *"),
            "city": self.tr("City *"),
            "pin_code": self.tr("PIN code"),
            "phone": self.tr("Phone"),
            "branch_code": self.tr("Branch code *"),
            "branch_name": self.tr("Branch name"),
            "counter_code": self.tr("Counter code *"),
            "owner_username": self.tr("User name *"),
            "owner_name": self.tr("Full name *"),
            "owner_pin": self.tr("PIN *"),
            "confirm_pin": self.tr("Confirm PIN *"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.legal_name.setPlaceholderText(self.tr("as on the GST registration (optional)"))
        self.gstin.setPlaceholderText(self.tr("15 characters, e.g. 27AAPFU0939F1ZV (optional)"))
        state_line = self.state.lineEdit()
        if state_line is not None:
            state_line.setPlaceholderText(self.tr("type a name or code to search"))
        self.phone.setPlaceholderText(self.tr("10-digit mobile (optional)"))
        self.branch_code.setPlaceholderText(self.tr("1-4 letters or digits, e.g. B1"))
        self.branch_name.setPlaceholderText(self.tr("e.g. Main road"))
        self.counter_code.setPlaceholderText(self.tr("1-4 letters or digits, e.g. C1"))
        self.owner_pin.setPlaceholderText(
            self.tr("{low} to {high} digits").format(low=PIN_MIN, high=PIN_MAX)
        )
        self.finish_button.setText(self.tr("Finish setup  (Ctrl+Enter)"))
        self.quit_button.setText(self.tr("Quit  (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- behaviour -------------------------------------------------------------------------------
    def _on_gstin_editing_finished(self) -> None:
        """A valid GSTIN names the state in its first two digits: pick it if none is chosen yet."""
        try:
            code = gstin_state_code(validate_gstin(self.gstin.text()))
        except ValidationError:
            return
        if self.state.code() is None:
            self.state.select_code(code)

    def _on_finish_button_clicked(self) -> None:
        self.submit()

    def values(self) -> dict[str, Any]:
        return {
            "shop_name": self.shop_name.text().strip(),
            "legal_name": self.legal_name.text().strip() or self.shop_name.text().strip(),
            "gstin": self.gstin.text().strip().upper(),
            "state_code": self.state.resolve() or "",
            "address": self.address.text().strip(),
            "city": self.city.text().strip(),
            "pin_code": self.pin_code.text().strip(),
            "phone": self.phone.text().strip(),
            "branch_code": self.branch_code.text().strip().upper(),
            "branch_name": self.branch_name.text().strip()
            or self.branch_code.text().strip().upper(),
            "counter_code": self.counter_code.text().strip().upper(),
            "owner_username": self.owner_username.text().strip(),
            "owner_name": self.owner_name.text().strip(),
            "owner_pin": self.owner_pin.text(),
            "owner_language": self.language,
        }

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        """Checks that need no database: required fields, formats, the PIN typed twice."""
        errors: dict[str, str] = {}
        required = self.tr("This is required.")
        for name in (
            "shop_name",
            "address",
            "city",
            "branch_code",
            "counter_code",
            "owner_username",
            "owner_name",
        ):
            if not values[name]:
                errors[name] = required
        if not values["state_code"]:
            errors["state_code"] = (
                self.tr("Choose a state from the list.")
                if self.state.currentText().strip()
                else required
            )
        checks = (
            ("gstin", validate_gstin),
            ("pin_code", validate_pin_code),
            ("phone", normalise_mobile),
        )
        for name, check in checks:
            if values[name] and name not in errors:
                try:
                    values[name] = check(values[name])
                except ValidationError as exc:
                    errors[name] = problem_text(ValidationError(name, exc.problem))
        if (
            values["gstin"]
            and "gstin" not in errors
            and values["state_code"]
            and gstin_state_code(values["gstin"]) != values["state_code"]
        ):
            errors["gstin"] = self.tr("This GSTIN belongs to another state ({code}).").format(
                code=gstin_state_code(values["gstin"])
            )
        pin = values["owner_pin"]
        if not PIN_MIN <= len(pin) <= PIN_MAX or not pin.isdigit():
            errors["owner_pin"] = self.tr("The PIN must be {low} to {high} digits.").format(
                low=PIN_MIN, high=PIN_MAX
            )
        elif self.confirm_pin.text() != pin:
            errors["confirm_pin"] = self.tr("The two PINs differ. Type the same PIN again.")
        return errors

    def submit(self) -> None:
        if self._busy:
            return
        self.message.clear()
        values = self.values()
        errors = self.check(values)
        if errors:
            self.errors.show(errors)
            return
        self.errors.clear()
        from jewelpos.services.setup import ShopSetup

        self._busy = True
        self.finish_button.setEnabled(False)
        self._runner.run(
            self._setup.initialise,
            ShopSetup(**values),
            on_done=self._on_initialised,
            on_error=self._on_initialise_failed,
            on_finished=self._on_initialise_finished,
        )

    def _on_initialised(self, info: object) -> None:
        emit(self.setup_completed, info)
        self.accept()

    def _on_initialise_failed(self, exc: JewelPOSError) -> None:
        field = _ALIASES.get(exc.field, exc.field) if isinstance(exc, ValidationError) else ""
        if isinstance(exc, ValidationError) and field in self.errors:
            self.errors.show({field: problem_text(exc)})
        else:
            self.message.show_message(error_text(exc))

    def _on_initialise_finished(self) -> None:
        self._busy = False
        self.finish_button.setEnabled(True)


def _lowercase(edit: QLineEdit, text: str) -> None:
    if text != text.lower():
        pos = edit.cursorPosition()
        edit.setText(text.lower())
        edit.setCursorPosition(pos)


def _uppercase(edit: QLineEdit, text: str) -> None:
    if text != text.upper():
        pos = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(pos)
