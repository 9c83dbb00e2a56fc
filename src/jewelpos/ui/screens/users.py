"""Users screen (owners and managers): the shop's staff; F2 add, F3 change role, F4 reset a PIN,
F5 deactivate or reactivate the selected user. The rules are the users service's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.services.auth import Role
from jewelpos.ui.dialogs.new_pin import PinPairDialog
from jewelpos.ui.dialogs.user_edit import AddUserDialog, RoleDialog, users_error_text
from jewelpos.ui.labels import role_name
from jewelpos.ui.messages import problem_text
from jewelpos.ui.models.users import UsersModel
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.users import StaffMember, UsersService
    from jewelpos.ui.tasks import TaskRunner

USERS_KEY = "Ctrl+8"
_NAV = str(QT_TRANSLATE_NOOP("UsersScreen", "Users"))


def users_nav_text() -> str:
    """The side-bar button text: translated name and key."""
    return QCoreApplication.translate("UsersScreen", _NAV) + "\n" + USERS_KEY


class UsersScreen(QWidget):
    """The list of users and the four actions; every change announces ``user_changed``."""

    users_loaded = Signal(list)
    user_changed = Signal(object)  # StaffMember
    dialog_opened = Signal(object)  # the QDialog just opened (tests and screenshots)

    def __init__(
        self,
        users: UsersService,
        runner: TaskRunner,
        *,
        user: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersScreen")
        self._users = users
        self._runner = runner
        self._user = user
        self._select_id = ""
        self.dialog: AddUserDialog | RoleDialog | PinPairDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.message = MessageBar()
        self.model = UsersModel(self)
        self.view = QTableView()
        self.view.setObjectName("usersTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton()
        self.role_button = QPushButton()
        self.reset_button = QPushButton()
        self.active_button = QPushButton()
        actions = (
            (self.add_button, "F2", self.add_user),
            (self.role_button, "F3", self.change_role),
            (self.reset_button, "F4", self.reset_pin),
            (self.active_button, "F5", self.toggle_active),
        )
        buttons = QHBoxLayout()
        for button, key, slot in actions:
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self._update_buttons()
        )
        self.retranslate_ui()

    # --- text ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Users"))
        self.add_button.setText(self.tr("F2 Add user"))
        self.role_button.setText(self.tr("F3 Change role"))
        self.reset_button.setText(self.tr("F4 Reset PIN"))
        self.message.retranslate_ui()
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        member = self.selected()
        if member is not None and not member.active:
            self.active_button.setText(self.tr("F5 Reactivate"))
        else:
            self.active_button.setText(self.tr("F5 Deactivate"))
        for button in (self.role_button, self.reset_button, self.active_button):
            button.setEnabled(member is not None)

    # --- loading ---------------------------------------------------------------------------
    def start(self) -> None:
        self.reload()

    def focus_first(self) -> None:
        self.view.setFocus()

    def reload(self) -> None:
        self._runner.run(
            self._users.list_users,
            by=self._user,
            on_done=self._on_users_loaded,
            on_error=self._fail,
        )

    def _on_users_loaded(self, rows: list[StaffMember]) -> None:
        current = self.selected()
        keep = self._select_id or (current.id if current is not None else "")
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if rows:
            self.view.selectRow(row if row >= 0 else 0)
        self._select_id = ""
        self._update_buttons()
        emit(self.users_loaded, rows)

    def selected(self) -> StaffMember | None:
        index = self.view.currentIndex()
        return self.model.member(index.row()) if index.isValid() else None

    def select_username(self, username: str) -> bool:
        for row in range(self.model.rowCount()):
            member = self.model.member(row)
            if member is not None and member.username == username:
                self.view.selectRow(row)
                self._update_buttons()
                return True
        return False

    # --- actions ---------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self._users, self._runner, by=self._user, parent=self)
        dialog.user_added.connect(self._on_add_user_dialog_user_added)
        self._open(dialog)

    def _on_add_user_dialog_user_added(self, member: StaffMember) -> None:
        self._changed(
            member,
            self.tr("{name} added as {role}.").format(
                name=member.display_name, role=role_name(member.role)
            ),
        )

    def change_role(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = RoleDialog(
            name=member.display_name, current=member.role, by=self._user, parent=self
        )
        dialog.role_chosen.connect(lambda role: self._on_role_chosen(dialog, member, role))
        self._open(dialog)

    def _on_role_chosen(self, dialog: RoleDialog, member: StaffMember, role: str) -> None:
        self._runner.run(
            self._users.change_role,
            member.id,
            Role(role),
            by=self._user,
            on_done=lambda changed: self._done(dialog, changed, self.tr("Role changed.")),
            on_error=lambda exc: dialog.show_error(users_error_text(exc)),
        )

    def reset_pin(self) -> None:
        member = self.selected()
        if member is None:
            return
        dialog = PinPairDialog(
            title=self.tr("Reset PIN"),
            intro=self.tr(
                "A temporary PIN for {name}. Tell it to them: they choose their own PIN "
                "right after logging in with it."
            ).format(name=member.display_name),
            parent=self,
        )
        dialog.pin_chosen.connect(lambda pin: self._on_reset_pin_chosen(dialog, member, pin))
        self._open(dialog)

    def _on_reset_pin_chosen(self, dialog: PinPairDialog, member: StaffMember, pin: str) -> None:
        dialog.set_busy(True)

        def failed(exc: JewelPOSError) -> None:
            if isinstance(exc, ValidationError):
                dialog.show_error("pin", problem_text(exc))
            else:
                dialog.show_error("pin", users_error_text(exc))

        self._runner.run(
            self._users.reset_pin,
            member.id,
            pin,
            by=self._user,
            on_done=lambda changed: self._done(
                dialog,
                changed,
                self.tr("PIN of {name} reset: a new PIN is asked at the next login.").format(
                    name=changed.display_name
                ),
            ),
            on_error=failed,
        )

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        if member.active:
            call = self._users.deactivate
            text = self.tr("{name} deactivated: they can no longer log in. F5 reactivates.")
        else:
            call = self._users.reactivate
            text = self.tr("{name} reactivated: they can log in again.")
        self._runner.run(
            call,
            member.id,
            by=self._user,
            on_done=lambda changed: self._changed(changed, text.format(name=changed.display_name)),
            on_error=self._fail,
        )

    # --- helpers ---------------------------------------------------------------------------
    def _open(self, dialog: AddUserDialog | RoleDialog | PinPairDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        dialog.open()
        emit(self.dialog_opened, dialog)

    def _on_dialog_finished(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.window().activateWindow()
        self.view.setFocus()

    def _done(self, dialog: QWidget, member: StaffMember, text: str) -> None:
        if isinstance(dialog, (RoleDialog, PinPairDialog)):
            dialog.accept()
        self._changed(member, text)

    def _changed(self, member: StaffMember, text: str) -> None:
        self.message.show_message(text, "info")
        self._select_id = member.id
        emit(self.user_changed, member)
        self.reload()

    def _fail(self, exc: JewelPOSError) -> None:
        self.message.show_message(users_error_text(exc), "error")
