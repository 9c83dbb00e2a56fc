"""The counter by keyboard alone: first-run setup, login, today's rates, finding a piece in stock."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_helpers import CASHIER, OWNER, focused, open_services, press, shot, type_text

from jewelpos.domain.errors import PermissionDenied
from jewelpos.domain.weight import mg_from_grams
from jewelpos.ui.dialogs.piece import PieceDialog
from jewelpos.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return


def _add_pieces(settings, clock) -> list:  # type: ignore[no-untyped-def]
    """Receive three pieces through the real StockService on the counter's own database."""
    from jewelpos.services.stock import NewPiece, NewStone

    engine, services = open_services(settings, clock)
    try:
        owner = services.auth.login(*OWNER)
        cats = {c.code: c for c in services.stock.categories()}
        rows = [
            services.stock.add_piece(
                NewPiece(
                    category_id=cats["CHAIN"].id,
                    metal="gold",
                    purity=916,
                    gross_mg=mg_from_grams("18.450"),
                    huids=("AB12CD",),
                    design_no="CH-1043",
                    description="Rope chain 20 inch",
                ),
                by=owner,
            ),
            services.stock.add_piece(
                NewPiece(
                    category_id=cats["RING"].id,
                    metal="gold",
                    purity=916,
                    gross_mg=mg_from_grams("6.250"),
                    stone_mg=mg_from_grams("0.380"),
                    stones=(NewStone(kind="CZ", count=12, weight_mg=380, value_paise=120000),),
                    huids=("ZX98YU",),
                    design_no="RG-2211",
                    description="Ladies ring",
                ),
                by=owner,
            ),
            services.stock.add_piece(
                NewPiece(
                    category_id=cats["PAYAL"].id,
                    metal="silver",
                    purity=925,
                    gross_mg=mg_from_grams("42.100"),
                    design_no="PY-7",
                    description="Payal pair",
                ),
                by=owner,
            ),
        ]
    finally:
        engine.dispose()
    return rows


def _wait_focus(qtbot: QtBot, widget: object) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _log_in(qtbot: QtBot, counter, pin: str, *, user_text: str = "") -> MainWindow:  # type: ignore[no-untyped-def]
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible() and login.user_list.count() > 0)
    login.activateWindow()
    if user_text:
        login.user_list.setFocus()
        _wait_focus(qtbot, login.user_list)
        type_text(user_text)  # type-to-select in the user list
        press(ENTER)  # on to the PIN
    else:
        login.pin.setFocus()
    _wait_focus(qtbot, login.pin)
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(pin)
        press(ENTER)
    window = counter.shell.main_window
    assert window is not None
    qtbot.waitUntil(lambda: window.shop is not None and window._status_rates is not None)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and window.isAncestorOf(QApplication.focusWidget())
        )
    )
    return window


def test_first_run_login_rates_and_stock_by_keyboard_alone(
    qtbot: QtBot, make_counter, settings, clock
) -> None:
    """Fresh data folder -> setup -> login -> Ctrl+1 rates saved by Ctrl+S -> Ctrl+2 scan opens a piece."""
    counter = make_counter()
    setup = counter.shell.setup_dialog
    assert setup is not None and setup.isVisible()
    assert settings.db_path.exists()  # the migrations ran at start-up
    setup.activateWindow()
    _wait_focus(qtbot, setup.shop_name)
    shot(setup, "setup_en_empty")

    fields = [
        "Shree Ganesh Jewellers",
        "श्री गणेश ज्वैलर्स प्रा. लि.",  # legal name in Devanagari, typed key by key
        "27AAPFU0939F1ZV",
        "",  # state: taken from the GSTIN's first two digits
        "12, MG Road, Camp",
        "Pune",
        "411001",
        "98200 12345",
        "",  # head office address: none, this shop has no head office
        "",  # one-time code: none
        "b1",
        "Main road",
        "c1",
        "ramesh",
        "रमेश सोनी",
    ]
    for text in fields:
        type_text(text)
        press(ENTER)
    assert focused() is setup.owner_pin
    type_text(OWNER[1])
    press(ENTER)
    # A mistyped confirmation: the error shows at the field, nothing typed is lost.
    type_text("9999")
    press(ENTER)
    assert setup.errors.error_label("confirm_pin").isVisible()
    assert focused() is setup.confirm_pin
    assert setup.shop_name.text() == "Shree Ganesh Jewellers"
    assert setup.state.code() == "27"
    shot(setup, "setup_en_error")
    setup.confirm_pin.selectAll()
    with qtbot.waitSignal(counter.shell.setup_completed, timeout=15_000) as done:
        type_text(OWNER[1])
        press(ENTER)
    info = done.args[0]
    assert (info.shop_name, info.legal_name, info.state_code) == (
        "Shree Ganesh Jewellers",
        "श्री गणेश ज्वैलर्स प्रा. लि.",
        "27",
    )
    assert (info.branch_code, info.counter_code, info.phone) == ("B1", "C1", "9820012345")

    pieces = _add_pieces(settings, clock)

    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.user_list.count() == 1)
    shot(login, "login_en")
    window = _log_in(qtbot, counter, OWNER[1])
    assert window.user.display_name == "रमेश सोनी"
    assert window.rates_missing()
    assert "Rates not set today" in window.rates_status.text()

    # Rates: Ctrl+1, the 24K board rates, the derived purities accepted as they are, Ctrl+S.
    press(Qt.Key.Key_1, CTRL)
    rates = window.rates_screen
    assert window.current_screen() == "rates"
    qtbot.waitUntil(lambda: rates.model.rowCount() > 0 and "gold" in rates.board_edits)
    _wait_focus(qtbot, rates.board_edits["gold"])
    type_text("7800")
    press(ENTER)  # on to silver's board rate
    assert focused() is rates.board_edits["silver"]
    type_text("96.50")
    pending = rates.model.pending()
    assert pending[("gold", 916)] == Decimal("7151.95")  # round2(7800 x 916 / 999)
    assert pending[("gold", 750)] == Decimal("5855.86")
    assert pending[("silver", 925)] == Decimal("89.35")
    shot(window, "rates_en_typed")
    with qtbot.waitSignal(rates.rates_saved, timeout=10_000):
        press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "₹7,151.95" in window.rates_status.text())
    assert "Gold 22K916 ₹7,151.95/g" in window.rates_status.text()
    assert "Silver S999 ₹96.50/g" in window.rates_status.text()
    assert not window.rates_missing()
    assert "not set today" not in window.rates_status.text()
    qtbot.waitUntil(lambda: rates.history_model.rowCount() == 1)
    shot(window, "rates_en_saved")

    # Stock: Ctrl+2, a scanned tag code + Enter opens the piece.
    press(Qt.Key.Key_2, CTRL)
    stock = window.stock_screen
    assert window.current_screen() == "stock"
    _wait_focus(qtbot, stock.search)
    qtbot.waitUntil(lambda: stock.model.rowCount() == 3)
    assert stock.count_label.text() == "3 pieces"
    assert stock.gross_label.text() == "Gross 66.800 g"
    assert stock.net_label.text() == "Net 66.420 g"
    shot(window, "stock_en")
    ring = pieces[1]
    with qtbot.waitSignal(stock.piece_opened, timeout=10_000) as opened:
        type_text(ring.tag_code)
        press(ENTER)
    assert opened.args[0].row.id == ring.id
    dialog = stock.piece_dialog
    assert isinstance(dialog, PieceDialog) and dialog.isVisible()
    assert stock.selected_piece().id == ring.id
    figures = [label.text() for label in dialog._figure_values]
    assert figures == ["22K916", "6.250 g", "0.380 g", "5.870 g"]
    shot(dialog, "piece_en")
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: stock.piece_dialog is None)
    _wait_focus(qtbot, stock.search)

    # A HUID scanned into the same box (the old text is selected, so the scan replaces it).
    chain = pieces[0]
    with qtbot.waitSignal(stock.piece_opened, timeout=10_000) as opened:
        type_text("AB12CD")
        press(ENTER)
    assert opened.args[0].row.id == chain.id
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: stock.piece_dialog is None)
    _wait_focus(qtbot, stock.search)
    assert stock.search.selectedText() == "AB12CD"

    # Typing part of a design number narrows the list (debounced, on the worker).
    with qtbot.waitSignal(stock.search_finished, timeout=10_000):
        type_text("RG-")
    qtbot.waitUntil(lambda: stock.model.rowCount() == 1)
    assert stock.selected_piece().id == ring.id
    assert stock.count_label.text() == "1 piece"


def test_wrong_pin_is_said_at_the_pin_field(qtbot: QtBot, ready_shop, make_counter) -> None:
    """A wrong PIN: the message appears at the PIN, the PIN is cleared and keeps the focus."""
    counter = make_counter()
    login = counter.shell.login_dialog
    assert login is not None and login.isVisible()
    assert counter.shell.setup_dialog is None
    login.activateWindow()
    login.select_user(OWNER[0])
    login.pin.setFocus()
    _wait_focus(qtbot, login.pin)
    with qtbot.waitSignal(login.login_failed, timeout=10_000):
        type_text("9999")
        press(ENTER)
    assert login.pin_error.isVisible()
    assert login.pin_error.text() == "Wrong user or PIN. Try again."
    assert login.pin.text() == ""
    assert focused() is login.pin
    assert login.pin.echoMode() == QLineEdit.EchoMode.Password
    assert counter.shell.main_window is None
    shot(login, "login_en_wrong_pin")
    # Typing again clears the message; the right PIN gets in.
    with qtbot.waitSignal(counter.shell.logged_in, timeout=10_000):
        type_text(OWNER[1])
        assert not login.pin_error.isVisible()
        press(ENTER)


def test_cashier_sees_rates_but_cannot_save_them(
    qtbot: QtBot, ready_shop, make_counter, settings, clock
) -> None:
    """A cashier's rates screen is read-only with a note; Ctrl+S saves nothing; the service refuses."""
    counter = make_counter()
    window = _log_in(qtbot, counter, CASHIER[1], user_text="Sun")
    assert window.user.username == CASHIER[0]
    press(Qt.Key.Key_1, CTRL)
    rates = window.rates_screen
    qtbot.waitUntil(lambda: rates.model.rowCount() > 0 and "gold" in rates.board_edits)
    assert rates.note.isVisible()
    assert "Only a manager or the owner" in rates.note.text()
    assert not rates.save_button.isEnabled()
    assert not rates.board_edits["gold"].isEnabled()
    today = rates.model.index(0, rates.model.TODAY)
    assert not rates.model.flags(today) & Qt.ItemFlag.ItemIsEditable
    assert not rates.model.setData(today, "7000")
    shot(window, "rates_en_cashier")
    with qtbot.assertNotEmitted(rates.rates_saved, wait=300):
        press(Qt.Key.Key_S, CTRL)
    engine, services = open_services(settings, clock)
    try:
        assert all(r.rate is None for r in services.rates.rates_for_day(rates.day))
        cashier = services.auth.login(*CASHIER)
        try:
            services.rates.set_rates(rates.day, {("gold", 916): Decimal("7000")}, by=cashier)
        except PermissionDenied:
            pass
        else:
            raise AssertionError("a cashier saved rates")
    finally:
        engine.dispose()


def test_switching_to_hindi_retranslates_the_live_window(
    qtbot: QtBot, ready_shop, make_counter, settings, clock
) -> None:
    """F12 -> Hindi -> Enter: the open window speaks Hindi at once, and the choice is kept per user."""
    counter = make_counter()
    window = _log_in(qtbot, counter, OWNER[1])
    assert window.nav_buttons["rates"].text().startswith("Rates")
    press(Qt.Key.Key_F12)
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible()
    )
    dialog = window.settings_dialog
    _wait_focus(qtbot, dialog.language)
    press(Qt.Key.Key_Down)  # English -> हिन्दी
    assert dialog.chosen_language() == "hi"
    with qtbot.waitSignal(counter.shell.language_changed, timeout=10_000):
        press(ENTER)
    qtbot.waitUntil(lambda: window.nav_buttons["rates"].text().startswith("दर"))
    assert window.nav_buttons["stock"].text().startswith("स्टॉक")
    assert window.stock_screen.title.text() == "स्टॉक"
    assert "आज की दर तय नहीं हुई" in window.rates_status.text()
    assert (
        window.stock_screen.model.headerData(
            window.stock_screen.model.GROSS, Qt.Orientation.Horizontal
        )
        == "कुल ग्रा."
    )
    assert "(मालिक)" in window.user_status.text()
    shot(window, "stock_hi")
    press(Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: window.rates_screen.model.rowCount() > 0)
    assert window.rates_screen.save_button.text().startswith("दरें सेव करें")
    shot(window, "rates_hi")
    engine, services = open_services(settings, clock)
    try:
        assert services.auth.login(*OWNER).language == "hi"
    finally:
        engine.dispose()
    # Log out (Ctrl+L): the login window is in Hindi too.
    press(Qt.Key.Key_L, CTRL)
    login = counter.shell.login_dialog
    qtbot.waitUntil(lambda: login.isVisible())
    assert login.title.text() == "लॉग इन"
    shot(login, "login_hi")
