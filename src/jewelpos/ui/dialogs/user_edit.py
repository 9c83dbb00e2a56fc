"""Dialogs of the Users screen: add a user (name, user name, role, language, PIN twice) and
choose another role. Errors appear at their field; nothing typed is lost."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.services.auth import LANGUAGES, Role
from jewelpos.ui.labels import role_name
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.models.users import language_name
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.fields import EnterNavigator, ErrorLabel, FieldErrors, set_tab_chain
from jewelpos.ui.widgets.fields import with_error as _with_error

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.users import UsersService
    from jewelpos.ui.tasks import TaskRunner


def roles_for(by: UserInfo) -> list[Role]:
    """The roles ``by`` may give (a manager never makes an owner; the service says so too)."""
    roles = list(Role)
    return roles if by.role is Role.OWNER else [r for r in roles if r is not Role.OWNER]


def _buttons(dialog: QDialog, save_text: str) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    save = QPushButton(save_text)
    save.setObjectName("primaryButton")
    cancel = QPushButton(QCoreApplication.translate("UserDialogs", "Cancel  (Esc)"))
    for button in (save, cancel):
        button.setAutoDefault(False)
        button.setDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    return save, cancel, row


class AddUserDialog(QDialog):
    """Enter moves field to field; Enter on "PIN again" (or Ctrl+S) adds the user."""

    user_added = Signal(object)  # StaffMember

    def __init__(
        self,
        users: UsersService,
        runner: TaskRunner,
        *,
        by: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self._users = users
        self._runner = runner
        self._by = by
        self._busy = False
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("3 to 32: a-z, 0-9, . _ -"))
        self.role = QComboBox()
        for role in roles_for(by):
            self.role.addItem(role_name(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(Role.CASHIER.value)))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
            field.setValidator(digits)
        self.errors = FieldErrors()
        self.general_error = ErrorLabel()
        rows: list[tuple[str, str, QWidget]] = [
            ("display_name", self.tr("&Name"), self.name),
            ("username", self.tr("&User name"), self.username),
            ("role", self.tr("&Role"), self.role),
            ("language", self.tr("&Language"), self.language),
            ("pin", self.tr("&PIN (4 to 8 digits)"), self.pin),
            ("pin_again", self.tr("PIN &again"), self.pin_again),
        ]
        form = QFormLayout()
        for key, text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, _with_error(widget, self.errors.add(key, widget)))
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, k=key: self._clear_error(k))
        self.save_button, self.cancel_button, buttons = _buttons(self, self.tr("Add  (Ctrl+S)"))
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        chain: Sequence[QWidget] = [w for _k, _t, w in rows]
        self._navigator = EnterNavigator(chain, self.submit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        set_tab_chain([*chain, self.save_button, self.cancel_button])
        self.setMinimumWidth(520)
        self.name.setFocus()

    def _clear_error(self, key: str) -> None:
        if key in self.errors:
            self.errors.error_label(key).show_error("")

    def submit(self) -> None:
        if self._busy:
            return
        self.general_error.show_error("")
        if self.pin.text() != self.pin_again.text():
            self.errors.show({"pin_again": self.tr("The two PINs are not the same.")})
            self.pin_again.clear()
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self._runner.run(
            self._users.add_user,
            username=self.username.text(),
            display_name=self.name.text(),
            role=str(self.role.currentData()),
            pin=self.pin.text(),
            language=str(self.language.currentData()),
            by=self._by,
            on_done=self._on_add_done,
            on_error=self._on_add_error,
            on_finished=self._on_add_finished,
        )

    def _on_add_done(self, member: object) -> None:
        emit(self.user_added, member)
        self.accept()

    def _on_add_error(self, exc: JewelPOSError) -> None:
        field = exc.field if isinstance(exc, ValidationError) else exc.params.get("field")
        if isinstance(field, str) and field in self.errors:
            text = problem_text(exc) if isinstance(exc, ValidationError) else error_text(exc)
            if exc.code == "duplicate":
                text = self.tr("This user name is taken. Choose another.")
            self.errors.show({field: text})
        else:
            self.general_error.show_error(users_error_text(exc))

    def _on_add_finished(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)


class RoleDialog(QDialog):
    """Pick a role for one user; Enter saves (the screen calls the service)."""

    role_chosen = Signal(str)

    def __init__(
        self, *, name: str, current: Role, by: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.intro = QLabel(self.tr("New role for {name}:").format(name=name))
        self.role = QComboBox()
        for role in roles_for(by):
            self.role.addItem(role_name(role), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(current.value)))
        self.error = ErrorLabel()
        self.save_button, self.cancel_button, buttons = _buttons(self, self.tr("Save  (Enter)"))
        self.save_button.clicked.connect(self.submit)
        self._navigator = EnterNavigator([self.role], self.submit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.intro)
        layout.addWidget(self.role)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(380)
        self.role.setFocus()

    def submit(self) -> None:
        emit(self.role_chosen, str(self.role.currentData()))

    def show_error(self, text: str) -> None:
        self.error.show_error(text)


def users_error_text(exc: JewelPOSError) -> str:
    """The Users screen's refusals in words; other errors as everywhere else."""
    from PySide6.QtCore import QCoreApplication

    if exc.code == "last_owner":
        return QCoreApplication.translate(
            "Users", "This is the last active owner. Make another user an owner first."
        )
    if exc.code == "permission_denied":
        return QCoreApplication.translate(
            "Users",
            "Not allowed: only an owner adds or changes an owner, and nobody deactivates "
            "themselves.",
        )
    return error_text(exc)
