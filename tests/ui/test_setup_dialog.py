"""First-run setup by keyboard: a malformed GSTIN is said at the field as it is typed, the code
limits are said at their fields, the State field shows the state chosen, and nothing is cut off
on a 1366 x 728 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import focused, press, type_text

ENTER = Qt.Key.Key_Return


def _dialog(qtbot: QtBot, make_counter):  # type: ignore[no-untyped-def]
    counter = make_counter()
    setup = counter.shell.setup_dialog
    assert setup is not None
    setup.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is setup.shop_name)
    return setup


def _walk_to(setup, widget) -> None:  # type: ignore[no-untyped-def]
    """Enter through the fields (typing nothing) until ``widget`` has the focus."""
    for _ in range(len(setup.chain)):
        if focused() is widget:
            return
        press(ENTER)
    assert focused() is widget


def test_a_malformed_gstin_is_said_as_it_is_typed_and_clears_when_corrected(
    qtbot: QtBot, make_counter
) -> None:
    """15 characters with a wrong check character: the error shows at once, before Enter;
    Backspace and the right character clear it; a short GSTIN is said on leaving the field."""
    setup = _dialog(qtbot, make_counter)
    _walk_to(setup, setup.gstin)
    error = setup.errors.error_label("gstin")
    type_text("27aapfu0939f1z")  # 14 characters: not judged yet
    assert not error.isVisible()
    type_text("x")  # the check character of 27AAPFU0939F1Z is V
    assert setup.gstin.text() == "27AAPFU0939F1ZX"
    assert error.isVisible() and "GSTIN" in error.text()
    assert focused() is setup.gstin  # nothing moved: the cashier just corrects it
    press(Qt.Key.Key_Backspace)
    assert not error.isVisible()
    type_text("v")
    assert not error.isVisible() and setup.gstin.property("invalid") is False

    setup.gstin.selectAll()
    type_text("27AAPFU09")
    press(ENTER)  # leaving a short GSTIN says so at the field
    assert focused() is setup.state
    assert error.isVisible() and "15 characters" in error.text()
    assert setup.gstin.text() == "27AAPFU09"  # nothing typed is lost


def test_code_limits_are_said_at_their_fields(qtbot: QtBot, make_counter) -> None:
    """Under the branch and counter codes their limits stand written; no more than 3 and 2
    letters or digits can be typed, so every document number fits 16 characters."""
    setup = _dialog(qtbot, make_counter)
    assert setup.branch_code_hint.isVisible()
    assert setup.branch_code_hint.text() == "1 to 3 letters or digits, e.g. B1"
    assert setup.counter_code_hint.text() == "1 to 2 letters or digits, e.g. C1"
    setup.server_url.setFocus()  # the head-office part is optional: walk on past it
    qtbot.waitUntil(lambda: focused() is setup.server_url)
    _walk_to(setup, setup.branch_code)
    type_text("b1-23")
    assert setup.branch_code.text() == "B12"
    press(ENTER)
    press(ENTER)  # branch name
    type_text("c34")
    assert setup.counter_code.text() == "C3"
    assert not setup.errors.error_label("branch_code").isVisible()
    assert not setup.errors.error_label("counter_code").isVisible()


def test_the_state_field_shows_the_state_chosen(qtbot: QtBot, make_counter) -> None:
    """Typing part of a name and Enter shows the whole state (code and name) in the field; a
    name that matches no state is said at the field; a GSTIN picks its state."""
    setup = _dialog(qtbot, make_counter)
    _walk_to(setup, setup.state)
    type_text("zzz")
    press(ENTER)
    assert setup.errors.error_label("state_code").isVisible()
    assert setup.state.currentText() == "zzz"
    setup.state.setFocus()
    qtbot.waitUntil(lambda: focused() in (setup.state, setup.state.lineEdit()))
    setup.state.lineEdit().selectAll()
    type_text("karna")
    setup.state.completer().popup().hide()
    press(ENTER)
    assert setup.state.currentText() == "29 · Karnataka" and setup.state.code() == "29"
    assert not setup.errors.error_label("state_code").isVisible()
    assert focused() is setup.address

    setup.state.setEditText("")
    setup.gstin.setFocus()
    qtbot.waitUntil(lambda: focused() is setup.gstin)
    type_text("27AAPFU0939F1ZV")
    press(ENTER)
    assert setup.state.currentText() == "27 · Maharashtra"


def test_the_dialog_fits_the_screen_and_its_help_is_not_cut_off(qtbot: QtBot, make_counter) -> None:
    """At 1366 x 728 the whole dialog shows, and every wrapped help line has the height its
    text needs (the head-office help was cut off after two lines)."""
    setup = _dialog(qtbot, make_counter)
    QApplication.processEvents()
    assert setup.width() <= 1366 and setup.height() <= 728
    assert setup.office_box.isVisible()
    labels: list[QLabel] = [setup.office_status, setup.branch_code_hint, setup.counter_code_hint]
    for label in labels:
        assert label.wordWrap()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert setup.rect().contains(label.mapTo(setup, label.rect().bottomRight()))


def test_with_every_error_shown_the_dialog_still_fits(qtbot: QtBot, make_counter) -> None:
    """Ctrl+Enter on a form with nothing but a bad GSTIN, PIN code and phone: every error is at
    its field and the dialog is still no taller than 728."""
    setup = _dialog(qtbot, make_counter)
    _walk_to(setup, setup.gstin)
    type_text("27AAPFU0939F1ZX")
    _walk_to(setup, setup.pin_code)
    type_text("0123")
    press(ENTER)
    type_text("12")
    press(ENTER, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    for name in ("shop_name", "gstin", "address", "city", "pin_code", "phone", "owner_pin"):
        assert setup.errors.error_label(name).isVisible(), name
    assert setup.height() <= 728
    for name in ("phone", "counter_code", "owner_pin"):
        label = setup.errors.error_label(name)
        assert setup.rect().contains(label.mapTo(setup, label.rect().bottomRight())), name
