"""The counter's flow: first-run setup -> login -> main window -> log out -> login again."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from jewelpos.domain.clock import Clock
from jewelpos.ui.dialogs.login import LoginDialog
from jewelpos.ui.dialogs.setup import Enrol, SetupDialog
from jewelpos.ui.formats import follow_clock
from jewelpos.ui.i18n import Translations
from jewelpos.ui.qtcompat import emit
from jewelpos.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.services.setup import ShopInfo
    from jewelpos.ui.main_window import MainWindow


class Shell(QObject):
    """Owns the top-level windows; announces what happened with past-tense signals."""

    setup_completed = Signal(object)  # ShopInfo
    logged_in = Signal(object)  # UserInfo
    logged_out = Signal()
    language_changed = Signal(str)
    quit_requested = Signal()

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        translations: Translations,
        *,
        clock: Clock,
        forced_language: str | None = None,
        photos_dir: Path | None = None,
        data_dir: str = "",
        enrol: Enrol | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._translations = translations
        self._clock = clock
        follow_clock(clock)  # every screen shows times in the shop's zone
        self._forced_language = forced_language
        self._photos_dir = photos_dir
        self._data_dir = data_dir
        self._enrol = enrol
        self._shop_name = ""
        self.setup_dialog: SetupDialog | None = None
        self.login_dialog: LoginDialog | None = None
        self.main_window: MainWindow | None = None

    # --- start -----------------------------------------------------------------------------------
    def start(
        self, *, initialised: bool, users: Sequence[UserInfo] = (), shop_name: str = ""
    ) -> None:
        if initialised:
            self._shop_name = shop_name
            self.show_login(users=users)
        else:
            self.show_setup()

    def show_setup(self) -> SetupDialog:
        from jewelpos.domain.validation import INDIAN_STATES

        dialog = SetupDialog(
            self._services.setup,
            self._runner,
            states=INDIAN_STATES,
            language=self._translations.language,
            enrol=self._enrol,
        )
        dialog.setup_completed.connect(self._on_setup_dialog_setup_completed)
        dialog.rejected.connect(self.quit_requested)
        self.setup_dialog = dialog
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _on_setup_dialog_setup_completed(self, info: ShopInfo) -> None:
        self._shop_name = info.shop_name
        owner = self.setup_dialog.values()["owner_username"] if self.setup_dialog else ""
        emit(self.setup_completed, info)
        self.show_login(users=None)
        self._runner.run(
            self._services.auth.users, on_done=partial(self._on_users_after_setup, owner)
        )

    def _on_users_after_setup(self, owner: str, users: Sequence[UserInfo]) -> None:
        if self.login_dialog is not None:
            self.login_dialog.set_users(users)
            self.login_dialog.select_user(owner)
            self.login_dialog.pin.setFocus()

    def show_login(self, *, users: Sequence[UserInfo] | None) -> LoginDialog:
        if self.login_dialog is None:
            self.login_dialog = LoginDialog(
                self._services.auth, self._runner, shop_name=self._shop_name
            )
            self.login_dialog.logged_in.connect(self._on_login_dialog_logged_in)
            self.login_dialog.rejected.connect(self.quit_requested)
        dialog = self.login_dialog
        dialog.set_shop_name(self._shop_name)
        dialog.reset()
        if users is not None:
            dialog.set_users(users)
        dialog.show()
        # The main window and its screens are imported only now, a moment after the login
        # window is up, so that start-up shows the login quickly (the start-up benchmark).
        QTimer.singleShot(200, _preload_main_window)
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- logged in -------------------------------------------------------------------------------
    def _on_login_dialog_logged_in(self, user: UserInfo) -> None:
        language = self._forced_language or user.language
        self._translations.set_language(language)
        from jewelpos.ui.main_window import MainWindow

        window = MainWindow(
            self._services,
            self._runner,
            user=user,
            clock=self._clock,
            photos_dir=self._photos_dir,
            data_dir=self._data_dir,
            language=self._translations.language,
        )
        window.logged_out.connect(self._on_main_window_logged_out)
        window.language_chosen.connect(self._on_main_window_language_chosen)
        self.main_window = window
        window.show_on_counter()  # maximised, or as it was left
        window.activateWindow()
        window.start()
        if self.login_dialog is not None:
            self.login_dialog.hide()
        emit(self.logged_in, user)

    def _on_main_window_language_chosen(self, language: str) -> None:
        self._forced_language = None  # the person chose: their choice wins from now on
        if self._translations.set_language(language):
            emit(self.language_changed, language)

    def _on_main_window_logged_out(self) -> None:
        window = self.main_window
        self.main_window = None
        self.show_login(users=None)
        if self.login_dialog is not None:
            self.login_dialog.reload_users()
        if window is not None:
            window.hide()
            window.deleteLater()
        emit(self.logged_out)

    def close_all(self) -> None:
        for widget in (self.main_window, self.login_dialog, self.setup_dialog):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.main_window = self.login_dialog = self.setup_dialog = None


def _preload_main_window() -> None:
    """Import the main window's modules while the person types their PIN."""
    import jewelpos.ui.main_window  # noqa: F401
