"""The Schemes screen by keyboard: scan a passbook, F2 takes an instalment (receipt in the
message bar, statement row added), F3 enrols a member by mobile, F6 lists defaulters."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.schemes import PlanKind, PlanTerms
from jewelpos.services.auth import Role
from jewelpos.services.customers import CustomerInput
from jewelpos.services.schemes import PlanInput
from jewelpos.ui.dialogs.approval import ApprovalDialog
from jewelpos.ui.dialogs.scheme_cheques import ChequesDialog
from jewelpos.ui.dialogs.scheme_dialogs import EnrolDialog, InstalmentDialog
from jewelpos.ui.dialogs.scheme_plan import PlanDialog
from jewelpos.ui.screens.schemes import SchemesScreen
from jewelpos.ui.tasks import TaskRunner

ENTER = Qt.Key.Key_Return
ALT = Qt.KeyboardModifier.AltModifier
D = Decimal


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """A shop with a 11 x 5,000 plan, a cashier, Asha enrolled and Kavita not yet."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    cashier = services.users.add_user(
        username="ravi", display_name="Ravi Kumar", role=Role.CASHIER, pin="2468", by=owner
    )
    plan = services.schemes.save_plan(
        PlanInput("GOLD11", "Gold 11+1", PlanTerms(PlanKind.AMOUNT, D("5000.00"), 11)), by=owner
    )
    asha = services.customers.save(CustomerInput(name="Asha Patil", mobile="9822012345"), by=owner)
    services.customers.save(CustomerInput(name="Kavita Rao", mobile="9822054321"), by=owner)
    acc = services.schemes.enrol(customer_id=asha.id, plan_id=plan.id, passbook="PB1001", by=owner)
    yield {"services": services, "cashier": cashier.info, "account": acc, "owner": owner}
    services.engine.dispose()


def _screen(qtbot: QtBot, world: dict[str, Any], user: str = "cashier") -> SchemesScreen:
    runner = TaskRunner()
    screen = SchemesScreen(world["services"], runner, user=world[user])
    qtbot.addWidget(screen)
    screen.resize(1176, 700)
    with qtbot.waitSignal(screen.accounts_loaded, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    screen.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search)
    return screen


def _open(qtbot: QtBot, screen: SchemesScreen, key: Qt.Key) -> Any:
    with qtbot.waitSignal(screen.dialog_opened, timeout=5_000) as opened:
        press(key)
    return opened.args[0]


def test_scan_passbook_then_take_an_instalment_by_keys(qtbot: QtBot, world: dict[str, Any]) -> None:
    """PB1001 + Enter shows Asha's account; F2, Enter on amount (5,000.00), mode (cash) and
    reference takes it: receipt S..., 1 of 11 paid, one statement line of 5,000.00."""
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000):
        type_text("PB1001")
        press(ENTER)
    assert screen.current is not None and screen.current.id == world["account"].id
    dialog = _open(qtbot, screen, Qt.Key.Key_F2)
    assert isinstance(dialog, InstalmentDialog) and dialog.amount.text() == "5000.00"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
    press(ENTER)
    press(ENTER)
    with qtbot.waitSignal(screen.instalment_taken, timeout=10_000) as taken:
        press(ENTER)
    receipt = taken.args[0]
    assert receipt.number.startswith("S") and receipt.instalments_paid == 1
    qtbot.waitUntil(lambda: screen.statement.rowCount() == 1)
    assert screen.statement.index(0, 2).data() == "₹5,000.00"
    assert receipt.number in screen.message.text and "1 of 11 paid" in screen.message.text
    shot(screen, "schemes_instalment_taken")


def test_wrong_amount_is_refused_in_the_dialog(qtbot: QtBot, world: dict[str, Any]) -> None:
    """4000 is not a whole instalment: the dialog says so and keeps what was typed."""
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000):
        type_text("9822012345")
        press(ENTER)
    dialog = _open(qtbot, screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
    type_text("4000")
    press(ENTER)
    press(ENTER)
    press(ENTER)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "instalments of" in dialog.error.text() and dialog.amount.text() == "4000"


def test_enrol_a_member_by_mobile(qtbot: QtBot, world: dict[str, Any]) -> None:
    """F3, Kavita's mobile, the plan, a nominee, no passbook: enrolled with the next number."""
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.dialog_opened, timeout=10_000) as opened:
        press(Qt.Key.Key_F3)
    dialog = opened.args[0]
    assert isinstance(dialog, EnrolDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.mobile)
    type_text("9822054321")
    press(ENTER)
    press(ENTER)
    type_text("Mohan Rao")
    press(ENTER)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000) as loaded:
        press(ENTER)
    account = loaded.args[0].account
    assert account.customer_name == "Kavita Rao" and account.nominee == "Mohan Rao"
    assert "enrolled: passbook" in screen.message.text


def test_defaulters_list(qtbot: QtBot, world: dict[str, Any]) -> None:
    """Asha has paid nothing and her first instalment fell due today: F6 lists her once the
    grace is over (grace 0 days: overdue from tomorrow), so today the list is empty."""
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.accounts_loaded, timeout=10_000) as loaded:
        press(Qt.Key.Key_F6)
    assert loaded.args[0] == []
    with qtbot.waitSignal(screen.accounts_loaded, timeout=10_000) as due:
        press(Qt.Key.Key_F5)
    assert [a.passbook for a in due.args[0]] == ["PB1001"]


def test_cheques_added_presented_and_bounced_by_keys(qtbot: QtBot, world: dict[str, Any]) -> None:
    """F4: a cheque 123456 of SBI dated today is added (Alt+A), presented (Alt+P: the
    instalment is taken) and bounced with a 350 charge (Alt+B: reversed); the statement shows
    the instalment and its reversal, balance 0."""
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000):
        type_text("PB1001")
        press(ENTER)
    dialog = _open(qtbot, screen, Qt.Key.Key_F4)
    assert isinstance(dialog, ChequesDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.cheque_no)
    type_text("123456")
    press(Qt.Key.Key_Tab)
    type_text("SBI")
    press(Qt.Key.Key_Tab)
    type_text(world["services"].schemes.today().strftime("%d-%m-%Y"))
    press(Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    assert "due" in dialog.list.item(0).text()
    with qtbot.waitSignal(dialog.present_requested, timeout=5_000):
        press(Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: "presented" in dialog.list.item(0).text(), timeout=10_000)
    dialog.charge.setFocus()
    dialog.charge.selectAll()
    type_text("350")
    with qtbot.waitSignal(dialog.bounce_requested, timeout=5_000):
        press(Qt.Key.Key_B, ALT)
    qtbot.waitUntil(lambda: "bounced" in dialog.list.item(0).text(), timeout=10_000)
    assert "charge ₹350.00" in dialog.list.item(0).text()
    shot(dialog, "schemes_cheque_bounced")
    qtbot.waitUntil(lambda: screen.statement.rowCount() == 2, timeout=10_000)
    assert screen.statement.index(1, 1).data().startswith("Cheque bounced")
    assert screen.current is not None and screen.current.balance == D("0.00")


def test_ctrl_p_saves_the_statement_pdf(
    qtbot: QtBot, world: dict[str, Any], tmp_path: Path
) -> None:
    """Ctrl+P on a member saves the statement as a PDF and says where."""
    world["services"].prints.data_dir = tmp_path
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000):
        type_text("PB1001")
        press(ENTER)
    with qtbot.waitSignal(screen.printed, timeout=10_000) as done:
        press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    path = done.args[0].pdf_path
    assert path.exists() and path.name == "statement-PB1001.pdf"
    assert str(path) in screen.message.text


def test_owner_defines_a_plan_by_keys_and_a_cashier_is_refused(
    qtbot: QtBot, world: dict[str, Any]
) -> None:
    """F9, code and name typed, Enter through the defaults (11 x 5,000, one instalment, after
    tax, grace 7): the plan is saved; a cashier's F9 dialog is refused by the service."""
    screen = _screen(qtbot, world, "owner")
    dialog = _open(qtbot, screen, Qt.Key.Key_F9)
    assert isinstance(dialog, PlanDialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    shot(dialog, "schemes_new_plan")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.code)
    type_text("DHAN11")
    press(ENTER)
    type_text("Dhan Varsha")
    with qtbot.waitSignal(screen.plan_saved, timeout=10_000) as saved:
        for _ in range(12):
            press(ENTER)
    plan = saved.args[0]
    assert (plan.code, plan.terms.count, plan.terms.instalment) == ("DHAN11", 11, D("5000"))
    assert plan.terms.grace_days == 7 and "Plan DHAN11 saved" in screen.message.text

    cashier_screen = _screen(qtbot, world)
    assert not cashier_screen.plan_button.isVisibleTo(cashier_screen)
    other = _open(qtbot, cashier_screen, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other.code)
    type_text("X1")
    press(ENTER)
    type_text("X")
    for _ in range(12):
        press(ENTER)
    qtbot.waitUntil(lambda: other.error.isVisible(), timeout=10_000)
    assert "not allowed" in other.error.text()


def test_cashier_closes_early_with_the_owners_pin(qtbot: QtBot, world: dict[str, Any]) -> None:
    """One instalment (5,000) paid; F10 asks a manager; the owner's PIN + Enter closes the
    account: 5,000.00 refunded, no bonus, balance 0."""
    from factories import OWNER_PIN

    services = world["services"]
    services.schemes.pay(world["account"].id, amount=D("5000"), mode="cash", by=world["owner"])
    screen = _screen(qtbot, world)
    with qtbot.waitSignal(screen.statement_loaded, timeout=10_000):
        type_text("PB1001")
        press(ENTER)
    dialog = _open(qtbot, screen, Qt.Key.Key_F10)
    assert isinstance(dialog, ApprovalDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin, timeout=10_000)
    type_text(OWNER_PIN)
    with qtbot.waitSignal(screen.closed_early, timeout=10_000) as closed:
        press(ENTER)
    assert (closed.args[0].amount, closed.args[0].mode) == (D("5000.00"), "refund")
    assert "5,000.00 refunded" in screen.message.text
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.status == "closed")
    assert screen.current.balance == D("0.00")
