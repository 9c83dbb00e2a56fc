"""First-run setup: the shop, its branch and counter, and the owner's login, typed once by keyboard.

An optional head-office part (server address and one-time code) enrols the counter before the
shop is created: head office's branch and counter codes, the invoice series it expects, fill and
lock those fields. The enrolment (network) runs on the task runner, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator, QShortcut
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
from jewelpos.domain.ids import new_id
from jewelpos.domain.numbering import (
    BRANCH_CODE_MAX,
    COUNTER_CODE_MAX,
    DocType,
    validate_branch_code,
    validate_counter_code,
)
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
    from jewelpos.services.setup import HeadOfficeLink, SetupService

Enrol = Callable[[str, str, str], "HeadOfficeLink"]
"""(server address, one-time code, device id) -> head office's answer; raises a JewelPOSError
whose ``kind`` says what went wrong (offline, address, auth, ...). Made by the composition root."""

PIN_MIN = 4
PIN_MAX = 8
GSTIN_LENGTH = 15
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
        enrol: Enrol | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._setup = setup
        self._runner = runner
        self._enrol = enrol
        self._busy = False
        self.link: HeadOfficeLink | None = None  # head office's answer, once enrolled
        self._device_ids: dict[tuple[str, str], str] = {}
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
        self.branch_code = line("branch_code", max_len=BRANCH_CODE_MAX, upper=True)
        self.branch_name = line("branch_name")
        self.counter_code = line("counter_code", max_len=COUNTER_CODE_MAX, upper=True)
        letters_digits = QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9]*"), self)
        for edit in (self.branch_code, self.counter_code):
            edit.setValidator(letters_digits)
            edit.textEdited.connect(lambda _text, e=edit: self._check_code(e))
        # the limits, said at the fields: they are part of every document number
        self.branch_code_hint = QLabel()
        self.counter_code_hint = QLabel()
        for hint in (self.branch_code_hint, self.counter_code_hint):
            hint.setObjectName("fieldHint")
            hint.setWordWrap(True)
        self.server_url = line("server_url", max_len=200)
        self.enrol_code = line("enrol_code", max_len=40, upper=True)
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
        self.gstin.textEdited.connect(self._on_gstin_text_edited)
        state_line = self.state.lineEdit()
        if state_line is not None:
            state_line.editingFinished.connect(self._on_state_editing_finished)

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
        self.office_box = QGroupBox()
        office_layout = QVBoxLayout(self.office_box)
        office_fields = QWidget()
        office_form = self._form(
            office_fields,
            [("server_url", self.server_url), ("enrol_code", self.enrol_code)],
        )
        office_form.setContentsMargins(0, 0, 0, 0)
        self.office_status = QLabel()
        self.office_status.setObjectName("officeStatus")
        # a wrapped label in a box layout (not a form row) gets the height its lines need
        self.office_status.setWordWrap(True)
        office_layout.addWidget(office_fields)
        office_layout.addWidget(self.office_status)
        self.office_box.setVisible(enrol is not None)
        self.branch_box = QGroupBox()
        self._form(
            self.branch_box,
            [
                ("branch_code", self.branch_code),
                ("branch_name", self.branch_name),
                ("counter_code", self.counter_code),
            ],
        )
        for name, hint in (
            ("branch_code", self.branch_code_hint),
            ("counter_code", self.counter_code_hint),
        ):
            box = self.errors.widget(name).parentWidget()
            box_layout = box.layout() if box is not None else None
            if isinstance(box_layout, QVBoxLayout):
                box_layout.insertWidget(1, hint)
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

        # three columns, in the order of the Enter chain: the dialog fits 1366 x 728
        columns = QHBoxLayout()
        columns.setSpacing(16)
        for boxes, stretch in (
            ((self.shop_box,), 3),  # the widest: GSTIN and address errors need one line
            ((self.office_box, self.branch_box), 2),
            ((self.owner_box,), 2),
        ):
            column = QVBoxLayout()
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, stretch)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
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
            self.server_url,
            self.enrol_code,
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
        # installed after the navigator, so it sees Enter first: Enter in the code connects
        self.enrol_code.installEventFilter(self)
        self.retranslate_ui()
        self.setMinimumWidth(1180)
        # wrapped help lines need the width first: take the size the layout asks for
        self.resize(self.sizeHint().boundedTo(QSize(1366, 728)))
        self.shop_name.setFocus()
        if enrol is not None:  # enrolled earlier, then setup was left: keep that enrolment
            self._runner.run(setup.head_office_link, on_done=self._on_head_office_link_loaded)

    def _form(self, box: QWidget, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(6)
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
        self.office_box.setTitle(self.tr("Head office (optional)"))
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
            "server_url": self.tr("Server address"),
            "enrol_code": self.tr("One-time code"),
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
        self.gstin.setPlaceholderText(self.tr("e.g. 27AAPFU0939F1ZV (optional)"))
        state_line = self.state.lineEdit()
        if state_line is not None:
            state_line.setPlaceholderText(self.tr("type a name or code to search"))
        self.phone.setPlaceholderText(self.tr("10-digit mobile (optional)"))
        self.server_url.setPlaceholderText(self.tr("e.g. 192.168.1.20:8400 (leave empty if none)"))
        self.enrol_code.setPlaceholderText(self.tr("from head office; Enter connects"))
        self._render_office_status()
        self.branch_code.setPlaceholderText(self.tr("e.g. B1"))
        self.branch_name.setPlaceholderText(self.tr("e.g. Main road"))
        self.counter_code.setPlaceholderText(self.tr("e.g. C1"))
        self.branch_code_hint.setText(
            self.tr("1 to {n} letters or digits, e.g. B1").format(n=BRANCH_CODE_MAX)
        )
        self.counter_code_hint.setText(
            self.tr("1 to {n} letters or digits, e.g. C1").format(n=COUNTER_CODE_MAX)
        )
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
    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        self._fit_height()

    def _set_error(self, name: str, text: str) -> None:
        self.errors.set_error(name, text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Errors make the dialog grow; take only the height the wrapped lines need at this
        width (the layout's plain size hint assumes a narrower, taller shop column)."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        need = max(layout.heightForWidth(self.width()), self.minimumSizeHint().height())
        if need < self.height():
            self.resize(self.width(), need)

    def _gstin_error(self) -> str:
        """The problem with the typed GSTIN, in words ("" if it is empty or valid)."""
        text = self.gstin.text().strip()
        if not text:
            return ""
        try:
            validate_gstin(text)
        except ValidationError as exc:
            return problem_text(exc)
        return ""

    def _on_gstin_text_edited(self, text: str) -> None:
        """Checked once all 15 characters are typed; a shorter text clears an old error (the
        GSTIN is being corrected) until it is complete or the field is left."""
        if len(text.strip()) >= GSTIN_LENGTH:
            self._set_error("gstin", self._gstin_error())
        else:
            self._set_error("gstin", "")

    def _on_gstin_editing_finished(self) -> None:
        """Said at the field on leaving it; a valid GSTIN names the state in its first two
        digits: pick it if none is chosen yet."""
        problem = self._gstin_error()
        self._set_error("gstin", problem)
        if problem or not self.gstin.text().strip():
            return
        code = gstin_state_code(self.gstin.text().strip().upper())
        if self.state.code() is None:
            self.state.select_code(code)

    def _on_state_editing_finished(self) -> None:
        """Leaving the State field shows the state that the typed text chose (or says none)."""
        if not self.state.currentText().strip():
            self._set_error("state_code", "")
            return
        found = self.state.resolve()
        self._set_error("state_code", "" if found else self.tr("Choose a state from the list."))

    def _code_error(self, edit: QLineEdit) -> str:
        text = edit.text().strip()
        if not text:
            return ""
        check = validate_branch_code if edit is self.branch_code else validate_counter_code
        try:
            check(text)
        except ValidationError as exc:
            return problem_text(exc)
        return ""

    def _check_code(self, edit: QLineEdit) -> None:
        self._set_error(edit.objectName(), self._code_error(edit))

    def _on_finish_button_clicked(self) -> None:
        self.submit()

    # --- head office -----------------------------------------------------------------------------
    def _office_typed(self) -> bool:
        return bool(self.server_url.text().strip() or self.enrol_code.text().strip())

    def _office_errors(self) -> dict[str, str]:
        """Both head-office fields or neither (before connecting)."""
        if self.link is not None or not self._office_typed():
            return {}
        errors: dict[str, str] = {}
        if not self.server_url.text().strip():
            errors["server_url"] = self.tr(
                "Type head office's address, or empty the code to set up without head office."
            )
        if not self.enrol_code.text().strip():
            errors["enrol_code"] = self.tr(
                "Type the one-time code from head office, or empty the address to set up "
                "without head office."
            )
        return errors

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.enrol_code
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._on_enrol_code_return_pressed()
            return True
        return super().eventFilter(obj, event)

    def _on_enrol_code_return_pressed(self) -> None:
        if self.link is None and self._office_typed():
            self.connect_head_office()
        else:
            self._focus_next()

    def connect_head_office(self, *, then_submit: bool = False) -> None:
        """Enrol with the typed address and code on the worker; the answer fills the codes."""
        if self._busy or self._enrol is None or self.link is not None:
            return
        errors = self._office_errors()
        if errors:
            self._show_errors(errors)
            return
        self.errors.clear()
        self.message.clear()
        url = self.server_url.text().strip()
        code = self.enrol_code.text().strip().upper()
        # the same address and code keep one device id: a retry after a lost answer is accepted
        device_id = self._device_ids.setdefault((url, code), new_id())
        self._busy = True
        self.finish_button.setEnabled(False)
        self.office_status.setText(self.tr("Connecting to head office..."))
        self._runner.run(
            self._enrol,
            url,
            code,
            device_id,
            on_done=self._on_enrolled,
            on_error=self._on_enrol_failed,
            on_finished=partial(self._on_enrol_finished, then_submit),
        )

    def _on_head_office_link_loaded(self, link: HeadOfficeLink | None) -> None:
        if link is not None and self.link is None:
            self.server_url.setText(link.server_url)
            self._apply_link(link)

    def _on_enrolled(self, link: HeadOfficeLink) -> None:
        self._apply_link(link)

    def _on_enrol_finished(self, then_submit: bool) -> None:
        self._on_initialise_finished()
        if self.link is None:
            return
        if then_submit:
            self.submit()  # Finish was asked for: go on with the codes head office gave
        else:
            self._focus_next()

    def _apply_link(self, link: HeadOfficeLink) -> None:
        """Head office's codes are this counter's invoice series: fill and lock them."""
        self.link = link
        self.branch_code.setText(link.branch_code)
        self.counter_code.setText(link.counter_code)
        if link.branch_name:
            self.branch_name.setText(link.branch_name)
        locked = [self.server_url, self.enrol_code, self.branch_code, self.counter_code]
        if link.branch_name:
            locked.append(self.branch_name)
        for edit in locked:
            edit.setEnabled(False)
        # joining a branch head office knows: its users (the owner too) come from head office
        self.owner_box.setVisible(not link.branch_has_data)
        self._render_office_status()

    def _focus_next(self) -> None:
        after = self.chain[self.chain.index(self.enrol_code) + 1 :]
        for widget in after:
            if widget.isEnabled() and widget.isVisible():
                widget.setFocus()
                return
        self.finish_button.setFocus()  # head office filled the rest: Ctrl+Enter finishes

    def _render_office_status(self) -> None:
        if self.link is None:
            self.office_status.setText(
                self.tr(
                    "With a code from head office, this counter takes head office's branch and "
                    "counter codes. Without one, enrol later with: jewelpos sync enrol"
                )
            )
            return
        self.office_status.setText(
            self.tr(
                "Connected to head office as branch {branch}, counter {counter}: bills will be "
                "numbered from {first}."
            ).format(
                branch=self.link.branch_code,
                counter=self.link.counter_code,
                first=self.link.first_number(DocType.INVOICE, date.today()),
            )
        )
        if self.link.branch_has_data:
            self.office_status.setText(
                self.office_status.text()
                + " "
                + self.tr(
                    "This branch already works with head office: its users, categories and "
                    "rates are fetched when you finish. Log in with your user and PIN from there."
                )
            )

    def _on_enrol_failed(self, exc: JewelPOSError) -> None:
        self._render_office_status()
        kind = str(getattr(exc, "kind", ""))
        url = self.server_url.text().strip()
        if kind == "offline":
            self._show_errors(
                {
                    "server_url": self.tr(
                        "Head office cannot be reached at {url}. Check the address and the "
                        "network, or empty both head-office fields to set up without it "
                        "(enrol later with: jewelpos sync enrol)."
                    ).format(url=url)
                }
            )
        elif kind == "address":
            self._show_errors(
                {
                    "server_url": self.tr(
                        "This is not a server address. Type it like 192.168.1.20:8400 or "
                        "https://ho.example.in."
                    )
                }
            )
        elif kind == "auth":
            self._show_errors(
                {
                    "enrol_code": self.tr(
                        "Head office did not accept this code: it is unknown, already used or "
                        "expired. Ask head office for a new code."
                    )
                }
            )
        else:
            self.message.show_message(
                self.tr(
                    "Head office answered with a problem: {detail} Try again, or empty both "
                    "head-office fields to set up without it."
                ).format(detail=exc.message)
            )

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

    def _owner_from_head_office(self) -> bool:
        return self.link is not None and self.link.branch_has_data

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        """Checks that need no database: required fields, formats, the PIN typed twice (not
        when joining a branch head office knows: the owner's login comes from there)."""
        errors: dict[str, str] = {}
        required = self.tr("This is required.")
        owner = () if self._owner_from_head_office() else ("owner_username", "owner_name")
        for name in ("shop_name", "address", "city", "branch_code", "counter_code", *owner):
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
            ("branch_code", validate_branch_code),
            ("counter_code", validate_counter_code),
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
        if self._owner_from_head_office():
            pass
        elif not PIN_MIN <= len(pin) <= PIN_MAX or not pin.isdigit():
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
        if self._enrol is not None:
            errors.update(self._office_errors())
            if self.link is None and self._office_typed():
                # head office decides the codes: connect first, then finish
                for name in ("branch_code", "counter_code"):
                    errors.pop(name, None)
        if errors:
            self._show_errors(errors)
            return
        self.errors.clear()
        if self._enrol is not None and self.link is None and self._office_typed():
            self.connect_head_office(then_submit=True)
            return
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
            self._show_errors({field: problem_text(exc)})
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
