"""Staff by keyboard: the login lock message, the forced new PIN after a reset, the Users
screen's actions and refusals, the add dialog's field errors, and the users model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import CASHIER, OWNER, focused, open_services, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.services.auth import Role
from jewelpos.ui.dialogs.new_pin import PinPairDialog
from jewelpos.ui.dialogs.user_edit import AddUserDialog, RoleDialog
from jewelpos.ui.models.users import UsersModel
from jewelpos.ui.screens.users import UsersScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return


def _wait_focus(qtbot: QtBot, widget: object) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _login_dialog(qtbot: QtBot, make_counter: Any, username: str) -> Any:
    counter = make_counter()
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    assert login.select_user(username)
    login.pin.setFocus()
    _wait_focus(qtbot, login.pin)
    return counter, login


def test_five_wrong_pins_lock_the_user_with_the_time_to_try_again(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """The fifth wrong PIN says when to try again (10:30 + 5 minutes); the right PIN is then
    refused with the same message; the PIN field keeps the focus."""
    counter, login = _login_dialog(qtbot, make_counter, CASHIER[0])
    for _ in range(4):
        with qtbot.waitSignal(login.login_failed, timeout=10_000) as failed:
            type_text("9999")
            press(ENTER)
        assert failed.args[0] == "Wrong user or PIN. Try again."
    with qtbot.waitSignal(login.login_failed, timeout=10_000) as failed:
        type_text("9999")
        press(ENTER)
    assert failed.args[0] == "Too many wrong PINs. Try again at 10:35."
    assert login.pin_error.text() == failed.args[0] and login.pin_error.isVisible()
    shot(login, "login_en_locked")
    with qtbot.waitSignal(login.login_failed, timeout=10_000) as again:
        type_text(CASHIER[1])
        press(ENTER)
    assert again.args[0] == "Too many wrong PINs. Try again at 10:35."
    assert focused() is login.pin and counter.shell.main_window is None


def test_after_a_reset_the_user_sets_a_new_pin_twice(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Any, clock: Any
) -> None:
    """Login with the temporary PIN asks for a new one; the temporary PIN again and two
    different PINs are refused at the field; then the counter opens and the new PIN works."""
    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        sunita = services.users.find(CASHIER[0], by=owner)
        services.users.reset_pin(sunita.id, "5555", by=owner)
    finally:
        engine.dispose()
    counter, login = _login_dialog(qtbot, make_counter, CASHIER[0])
    with qtbot.waitSignal(login.new_pin_asked, timeout=10_000) as asked:
        type_text("5555")
        press(ENTER)
    dialog = asked.args[0]
    assert isinstance(dialog, PinPairDialog)
    assert counter.shell.main_window is None
    _wait_focus(qtbot, dialog.pin)
    assert "your PIN was reset" in dialog.intro.text()
    shot(dialog, "login_en_new_pin")
    type_text("5555")
    press(ENTER)
    type_text("5555")
    press(ENTER)
    assert dialog.pin_error.text() == "Choose a PIN other than the temporary one."
    assert focused() is dialog.pin
    type_text("7777")
    press(ENTER)
    type_text("7778")
    press(ENTER)
    assert dialog.again_error.text() == "The two PINs are not the same. Type it again."
    assert focused() is dialog.pin_again and dialog.pin.text() == "7777"
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000) as logged:
        type_text("7777")
        press(ENTER)
    assert not logged.args[0].must_change_pin
    engine, services = open_services(settings, clock)
    try:
        assert not services.auth.login(CASHIER[0], "7777").must_change_pin
    finally:
        engine.dispose()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, Any, Any]]:
    """A set-up shop (owner 'owner') with a manager (meena/8642) and a cashier (ravi/2468)."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    manager = services.users.add_user(
        username="meena", display_name="Meena Shah", role=Role.MANAGER, pin="8642", by=owner
    )
    cashier = services.users.add_user(
        username="ravi", display_name="Ravi Kumar", role=Role.CASHIER, pin="2468", by=owner
    )
    yield services, owner, manager.info, cashier
    services.engine.dispose()


def _screen(qtbot: QtBot, services: Any, user: Any) -> tuple[UsersScreen, TaskRunner]:
    runner = TaskRunner()
    screen = UsersScreen(services.users, runner, user=user)
    qtbot.addWidget(screen)
    screen.resize(1176, 700)
    with qtbot.waitSignal(screen.users_loaded, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    screen.focus_first()
    _wait_focus(qtbot, screen.view)
    return screen, runner


def _open(qtbot: QtBot, screen: UsersScreen, key: Qt.Key) -> Any:
    _wait_focus(qtbot, screen.view)
    with qtbot.waitSignal(screen.dialog_opened, timeout=5_000) as opened:
        press(key)
    return opened.args[0]


def test_owner_changes_a_role_resets_a_pin_and_deactivates_by_keys(
    qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """F3 makes the cashier a salesperson, F4 sets a temporary PIN, F5 deactivates and F5
    again reactivates; the table and the message bar say each change."""
    services, owner, _manager, ravi = world
    screen, runner = _screen(qtbot, services, owner)
    assert screen.add_button.text() == "F2 Add user"
    assert screen.select_username("ravi")
    role = _open(qtbot, screen, Qt.Key.Key_F3)
    assert isinstance(role, RoleDialog)
    _wait_focus(qtbot, role.role)
    assert role.role.currentData() == "cashier"
    press(Qt.Key.Key_Down)  # salesperson
    with qtbot.waitSignal(screen.users_loaded, timeout=10_000):
        press(ENTER)
    row = screen.model.row_of(ravi.id)
    assert screen.model.index(row, UsersModel.ROLE).data() == "Salesperson"

    reset = _open(qtbot, screen, Qt.Key.Key_F4)
    assert isinstance(reset, PinPairDialog)
    _wait_focus(qtbot, reset.pin)
    type_text("1357")
    press(ENTER)
    with qtbot.waitSignal(screen.users_loaded, timeout=10_000):
        type_text("1357")
        press(ENTER)
    assert "new PIN at next login" in screen.model.index(row, UsersModel.STATE).data()
    assert services.auth.login("ravi", "1357").must_change_pin

    _wait_focus(qtbot, screen.view)
    assert screen.selected().id == ravi.id
    assert screen.active_button.text() == "F5 Deactivate"
    with qtbot.waitSignal(screen.users_loaded, timeout=10_000):
        press(Qt.Key.Key_F5)
    assert "Ravi Kumar deactivated" in screen.message.text
    assert screen.selected().id == ravi.id and not screen.selected().active
    assert screen.active_button.text() == "F5 Reactivate"
    shot(screen, "users_en_deactivated")
    with qtbot.waitSignal(screen.users_loaded, timeout=10_000):
        press(Qt.Key.Key_F5)
    assert screen.selected().active
    runner.shutdown()


def test_the_last_owner_and_oneself_are_refused_in_words(
    qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """Making the only owner a manager is refused in the role dialog; F5 on oneself is refused
    in the message bar; nothing changes."""
    services, owner, _manager, _ravi = world
    screen, runner = _screen(qtbot, services, owner)
    assert screen.select_username("owner")
    role = _open(qtbot, screen, Qt.Key.Key_F3)
    _wait_focus(qtbot, role.role)
    press(Qt.Key.Key_Down)  # manager
    press(ENTER)
    qtbot.waitUntil(lambda: role.error.isVisible())
    assert role.error.text() == ("This is the last active owner. Make another user an owner first.")
    press(Qt.Key.Key_Escape)
    _wait_focus(qtbot, screen.view)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert "nobody deactivates themselves" in screen.message.text
    assert services.users.find("owner", by=owner).role is Role.OWNER
    assert services.users.find("owner", by=owner).active
    runner.shutdown()


def test_a_manager_cannot_make_or_touch_an_owner(
    qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """A manager's role choices leave out Owner, and F5 on the owner is refused in words."""
    services, _owner, manager, _ravi = world
    screen, runner = _screen(qtbot, services, manager)
    add = _open(qtbot, screen, Qt.Key.Key_F2)
    assert isinstance(add, AddUserDialog)
    assert [add.role.itemData(i) for i in range(add.role.count())] == [
        "manager",
        "cashier",
        "salesperson",
    ]
    press(Qt.Key.Key_Escape)
    assert screen.select_username("owner")
    _wait_focus(qtbot, screen.view)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.message.isVisible())
    assert screen.message.text.startswith("Not allowed: only an owner adds or changes an owner")
    runner.shutdown()


def test_add_dialog_shows_errors_at_the_field_and_keeps_what_was_typed(
    qtbot: QtBot, world: tuple[Any, Any, Any, Any]
) -> None:
    """A short user name, a taken one and two different PINs are each said at their field;
    the name typed stays; the dialog fits a 1366x728 screen."""
    services, owner, _manager, _ravi = world
    screen, runner = _screen(qtbot, services, owner)
    add = _open(qtbot, screen, Qt.Key.Key_F2)
    _wait_focus(qtbot, add.name)
    hint = add.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    type_text("Asha Rao")
    press(ENTER)
    type_text("ab")
    for _ in range(3):  # role, language: as offered
        press(ENTER)
    type_text("1234")
    press(ENTER)
    type_text("1235")
    press(ENTER)
    assert add.errors.error_label("pin_again").text() == "The two PINs are not the same."
    assert focused() is add.pin_again
    type_text("1234")
    press(ENTER)
    qtbot.waitUntil(lambda: add.errors.error_label("username").isVisible())
    assert "3 to 32" in add.errors.error_label("username").text()
    assert focused() is add.username and add.name.text() == "Asha Rao"
    shot(add, "users_en_add_error")
    type_text("ravi")  # the wrong name is selected: typing replaces it
    add.pin_again.setText("1234")
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: add.errors.error_label("username").text().startswith("This user"))
    assert add.errors.error_label("username").text() == "This user name is taken. Choose another."
    runner.shutdown()


def test_users_model_passes_qtmodeltester(
    qtmodeltester: Any, world: tuple[Any, Any, Any, Any]
) -> None:
    """The users model keeps Qt's model contract and greys deactivated users."""
    services, owner, _manager, ravi = world
    services.users.deactivate(ravi.id, by=owner)
    model = UsersModel()
    model.set_rows(services.users.list_users(by=owner))
    qtmodeltester.check(model)
    row = model.row_of(ravi.id)
    assert model.index(row, UsersModel.STATE).data() == "Deactivated"
    assert model.index(row, UsersModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_no_key_is_bound_twice_in_the_main_window_with_users(
    qtbot: QtBot, ready_shop: None, make_counter: Any
) -> None:
    """Ctrl+8 (Users) and the Users screen's F2-F5 clash with no other window-wide key."""
    from PySide6.QtGui import QAction, QShortcut

    counter, _login = _login_dialog(qtbot, make_counter, OWNER[0])
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(OWNER[1])
        press(ENTER)
    window = counter.shell.main_window
    window_wide = [
        a.shortcut().toString()
        for a in window.findChildren(QAction)
        if not a.shortcut().isEmpty() and a.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    ] + [
        s.key().toString()
        for s in window.findChildren(QShortcut)
        if s.context() == Qt.ShortcutContext.WindowShortcut and s.parent() is window
    ]
    screen_keys = [a.shortcut().toString() for a in window.users_screen.actions()]
    assert "Ctrl+8" in window_wide
    assert sorted(screen_keys) == ["F2", "F3", "F4", "F5"]
    everything = window_wide + screen_keys
    assert len(everything) == len(set(everything)), everything
    press(Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "users"
    shot(window, "users_en_owner")


def test_the_login_lists_only_active_users(
    qtbot: QtBot, ready_shop: None, make_counter: Any, settings: Any, clock: Any
) -> None:
    """A deactivated cashier is not offered at login; the owner still is."""
    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        services.users.deactivate(services.users.find(CASHIER[0], by=owner).id, by=owner)
    finally:
        engine.dispose()
    _counter, login = _login_dialog(qtbot, make_counter, OWNER[0])
    listed = [
        login.user_list.item(i).data(Qt.ItemDataRole.UserRole + 1).username
        for i in range(login.user_list.count())
    ]
    assert listed == [OWNER[0]]
    assert not login.select_user(CASHIER[0])
