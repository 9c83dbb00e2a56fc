"""Login: pick the user by typing their name, type the PIN, Enter. A locked user is told when
to try again; after a PIN reset the user chooses a new PIN (twice) before the counter opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
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

from jewelpos.domain.errors import JewelPOSError, ValidationError
from jewelpos.ui.dialogs.new_pin import PinPairDialog
from jewelpos.ui.formats import fmt_time
from jewelpos.ui.labels import role_name
from jewelpos.ui.messages import error_text, problem_text
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner
from jewelpos.ui.widgets.fields import ErrorLabel, set_tab_chain

if TYPE_CHECKING:
    from jewelpos.services.auth import AuthService, UserInfo

USER_ROLE = Qt.ItemDataRole.UserRole + 1


class LoginDialog(QDialog):
    """Emits ``logged_in(UserInfo)``; a wrong PIN is said at the PIN field, which is cleared."""

    logged_in = Signal(object)  # UserInfo
    login_failed = Signal(str)
    new_pin_asked = Signal(object)  # PinPairDialog, after logging in with a reset PIN

    def __init__(
        self,
        auth: AuthService,
        runner: TaskRunner,
        *,
        shop_name: str = "",
        users: Sequence[UserInfo] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._auth = auth
        self._runner = runner
        self._shop_name = shop_name
        self._busy = False
        self._typed_pin = ""
        self.new_pin_dialog: PinPairDialog | None = None

        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.shop_label = QLabel(shop_name)
        self.shop_label.setObjectName("shopName")
        self.user_label = QLabel()
        self.user_list = QListWidget()
        self.user_list.setObjectName("userList")
        self.user_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_list.setMinimumHeight(180)
        self.user_label.setBuddy(self.user_list)
        self.pin_label = QLabel()
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.pin_label.setBuddy(self.pin)
        self.pin_error = ErrorLabel()
        self.login_button = QPushButton()
        self.login_button.setObjectName("primaryButton")
        self.quit_button = QPushButton()
        for button in (self.login_button, self.quit_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.login_button.clicked.connect(self._on_login_button_clicked)
        self.quit_button.clicked.connect(self.reject)
        self.pin.returnPressed.connect(self._on_pin_return_pressed)
        self.pin.textEdited.connect(self._on_pin_text_edited)
        self._list_keys = _ListEnter(self)
        self.user_list.installEventFilter(self._list_keys)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.shop_label)
        layout.addSpacing(8)
        layout.addWidget(self.user_label)
        layout.addWidget(self.user_list, 1)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.pin)
        layout.addWidget(self.pin_error)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        set_tab_chain([self.user_list, self.pin, self.login_button, self.quit_button])
        self.setMinimumSize(460, 480)
        self.retranslate_ui()
        if users is not None:
            self.set_users(users)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("JewelPOS - log in"))
        self.title.setText(self.tr("Log in"))
        self.user_label.setText(self.tr("&User (type a name to find it)"))
        self.pin_label.setText(self.tr("&PIN"))
        self.login_button.setText(self.tr("Log in  (Enter)"))
        self.quit_button.setText(self.tr("Quit  (Esc)"))
        for i in range(self.user_list.count()):
            item = self.user_list.item(i)
            user = item.data(USER_ROLE)
            item.setText(self._user_text(user))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _user_text(user: UserInfo) -> str:
        return f"{user.display_name}   ({role_name(user.role)})"

    def set_shop_name(self, name: str) -> None:
        self._shop_name = name
        self.shop_label.setText(name)

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self.user_list.clear()
        for user in users:
            item = QListWidgetItem(self._user_text(user))
            item.setData(USER_ROLE, user)
            self.user_list.addItem(item)
        if users:
            self.user_list.setCurrentRow(0)
        (self.pin if len(users) == 1 else self.user_list).setFocus()

    def reload_users(self) -> None:
        self._runner.run(self._auth.users, on_done=self.set_users)

    def select_user(self, username: str) -> bool:
        for i in range(self.user_list.count()):
            if self.user_list.item(i).data(USER_ROLE).username == username:
                self.user_list.setCurrentRow(i)
                return True
        return False

    def selected_user(self) -> UserInfo | None:
        item = self.user_list.currentItem()
        user: UserInfo | None = item.data(USER_ROLE) if item is not None else None
        return user

    def reset(self) -> None:
        """Ready for the next person: PIN empty, no error, focus on the user list."""
        self.pin.clear()
        self.pin_error.show_error("")
        self.user_list.setFocus()

    def _on_pin_text_edited(self, _text: str) -> None:
        self.pin_error.show_error("")

    def _on_pin_return_pressed(self) -> None:
        self.submit()

    def _on_login_button_clicked(self) -> None:
        self.submit()

    def submit(self) -> None:
        user = self.selected_user()
        if self._busy:
            return
        if user is None:
            self.user_list.setFocus()
            return
        if not self.pin.text():
            self.pin_error.show_error(self.tr("Type your PIN."))
            self.pin.setFocus()
            return
        self._busy = True
        self.login_button.setEnabled(False)
        self._typed_pin = self.pin.text()
        self._runner.run(
            self._auth.login,
            user.username,
            self.pin.text(),
            on_done=self._on_login_done,
            on_error=self._on_login_error,
            on_finished=self._on_login_finished,
        )

    def _on_login_done(self, user: UserInfo) -> None:
        self.pin.clear()
        self.pin_error.show_error("")
        if user.must_change_pin:
            self._ask_new_pin(user, self._typed_pin)
        else:
            emit(self.logged_in, user)
        self._typed_pin = ""

    # --- a new PIN after a reset ---------------------------------------------------------------
    def _ask_new_pin(self, user: UserInfo, temporary_pin: str) -> None:
        dialog = PinPairDialog(
            title=self.tr("Choose a new PIN"),
            intro=self.tr(
                "{name}, your PIN was reset. Choose a new PIN of your own "
                "(not the temporary one) and type it twice."
            ).format(name=user.display_name),
            parent=self,
        )
        dialog.pin_chosen.connect(
            lambda pin: self._on_new_pin_chosen(dialog, user, temporary_pin, pin)
        )
        dialog.rejected.connect(self._on_new_pin_rejected)
        self.new_pin_dialog = dialog
        dialog.open()
        dialog.pin.setFocus()
        emit(self.new_pin_asked, dialog)

    def _on_new_pin_chosen(
        self, dialog: PinPairDialog, user: UserInfo, temporary_pin: str, pin: str
    ) -> None:
        if pin == temporary_pin:
            dialog.show_error("pin", self.tr("Choose a PIN other than the temporary one."))
            return
        dialog.set_busy(True)
        self._runner.run(
            self._auth.change_pin,
            user.id,
            old_pin=temporary_pin,
            new_pin=pin,
            on_done=lambda changed: self._on_new_pin_saved(dialog, changed),
            on_error=lambda exc: self._on_new_pin_error(dialog, exc),
        )

    def _on_new_pin_saved(self, dialog: PinPairDialog, user: UserInfo) -> None:
        dialog.accept()
        self.new_pin_dialog = None
        dialog.deleteLater()
        emit(self.logged_in, user)

    def _on_new_pin_error(self, dialog: PinPairDialog, exc: JewelPOSError) -> None:
        if isinstance(exc, ValidationError):
            dialog.show_error("pin", problem_text(exc))
        else:
            dialog.show_error("pin", error_text(exc))

    def _on_new_pin_rejected(self) -> None:
        self.new_pin_dialog = None
        self.pin_error.show_error(
            self.tr("Your PIN was not changed. Log in with the temporary PIN again.")
        )
        self.pin.setFocus()

    def _on_login_error(self, exc: JewelPOSError) -> None:
        self._typed_pin = ""
        if exc.code == "user_locked" and exc.params.get("until") is not None:
            text = self.tr("Too many wrong PINs. Try again at {time}.").format(
                time=fmt_time(exc.params["until"])
            )
        else:
            text = error_text(exc)
        self.pin.clear()
        self.pin_error.show_error(text)
        self.pin.setFocus()
        emit(self.login_failed, text)

    def _on_login_finished(self) -> None:
        self._busy = False
        self.login_button.setEnabled(True)


class _ListEnter(QObject):
    """Enter on the user list moves on to the PIN."""

    def __init__(self, dialog: LoginDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._dialog.pin.setFocus()
            return True
        return False
