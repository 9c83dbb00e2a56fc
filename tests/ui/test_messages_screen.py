"""The Messages screen by keyboard: a template previewed with a real customer before saving
(an unknown placeholder shown at the text, nothing typed lost), a failed message sent again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from ui_helpers import focused, press, shot, type_text

from factories import SHOP_MORNING, services_for, shop_db, user_named
from jewelpos.db.models_messaging import Message
from jewelpos.domain.clock import FixedClock
from jewelpos.services.customers import CustomerInput
from jewelpos.services.messaging import outbox
from jewelpos.ui.screens.messages import MessagesScreen
from jewelpos.ui.tasks import TaskRunner

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Any, Any, str]]:
    """A shop with one customer, Priya, who takes messages in Hindi."""
    services = services_for(shop_db(tmp_path / "shop.sqlite3"), FixedClock(SHOP_MORNING))
    owner = user_named(services, "owner")
    cid = services.customers.save(
        CustomerInput(name="Priya Sharma", mobile="98765 43210"), by=owner
    ).id
    services.messages.set_language(cid, "hi", by=owner)
    yield services, owner, cid
    services.engine.dispose()


def _screen(qtbot: QtBot, services: Any, owner: Any) -> MessagesScreen:
    screen = MessagesScreen(services, TaskRunner(), user=owner, background_ms=3_600_000)
    qtbot.addWidget(screen)
    screen.resize(1166, 654)
    with qtbot.waitSignal(screen.templates.loaded, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    return screen


def _select_all_and_type(text: str) -> None:
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Delete)
    type_text(text)


def test_template_previewed_with_a_customer_then_saved_by_keyboard(
    qtbot: QtBot, world: tuple[Any, Any, str]
) -> None:
    """F3 templates; pick "Order ready · हिन्दी", type a Hindi text with {nmae}: F10 shows the
    problem at the text and keeps it; fixed, found customer 98765, F10 previews her real name,
    F11 saves; the next Hindi order-ready message uses it."""
    services, owner, cid = world
    screen = _screen(qtbot, services, owner)
    press(Qt.Key.Key_F3)
    assert screen.tabs.currentWidget() is screen.templates
    page = screen.templates
    qtbot.waitUntil(lambda: focused() is page.kinds)
    rows = [
        page.kinds.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(page.kinds.count())
    ]
    target = next(i for i, r in enumerate(rows) if (r.kind, r.language) == ("order_ready", "hi"))
    press(Qt.Key.Key_Home)
    for _ in range(target):
        press(Qt.Key.Key_Down)
    assert page.current_row().kind == "order_ready" and page.current_row().language == "hi"
    press(Qt.Key.Key_T, ALT)
    assert focused() is page.body
    _select_all_and_type("{nmae} जी, ऑर्डर {order_no} तैयार है।")
    press(Qt.Key.Key_U, ALT)
    assert focused() is page.find_edit
    with qtbot.waitSignal(page.customers_found, timeout=10_000) as found:
        type_text("98765")
        press(Qt.Key.Key_Return)
    assert [c[0] for c in found.args[0]] == [cid]
    press(Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: page.body_error.text() != "", timeout=10_000)
    assert "{nmae} is not a placeholder" in page.body_error.text()
    assert page.body.toPlainText() == "{nmae} जी, ऑर्डर {order_no} तैयार है।"  # nothing lost
    assert not page.save_button.isEnabled()
    press(Qt.Key.Key_F11)  # saving before a good preview is refused
    assert "Preview the text" in screen.message.text
    press(Qt.Key.Key_T, ALT)
    press(Qt.Key.Key_Home, CTRL)
    for _ in range(len("{nmae}")):
        press(Qt.Key.Key_Delete)
    type_text("{name}")
    press(Qt.Key.Key_U, ALT)
    with qtbot.waitSignal(page.previewed, timeout=10_000) as shown:
        press(Qt.Key.Key_F10)
    assert shown.args[0] == "Priya Sharma जी, ऑर्डर B1C2/2526/00042 तैयार है।"
    assert page.preview.text() == shown.args[0]
    shot(screen, "messages-template-preview")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press(Qt.Key.Key_F11)
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="order_ready",
            key="O7",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={"name": "प्रिया", "order_no": "O-7"},
            now=services.clock.now(),
        )
    with services.uow.read() as s:
        assert s.scalars(select(Message.text)).one() == "प्रिया जी, ऑर्डर O-7 तैयार है।"


def test_failed_message_sent_again_from_the_outbox(
    qtbot: QtBot, world: tuple[Any, Any, str]
) -> None:
    """F2 outbox, filter Failed with Alt+S, F6 queues it again: status Waiting."""
    services, owner, cid = world
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="order_ready",
            key="O1",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={"name": "Priya"},
            now=services.clock.now(),
        )
        s.scalars(select(Message)).one().status = "failed"
    screen = _screen(qtbot, services, owner)
    page = screen.outbox
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_S, ALT)
    assert focused() is page.status_filter
    with qtbot.waitSignal(page.loaded, timeout=10_000) as loaded:
        page.status_filter.setCurrentIndex(page.status_filter.findData("failed"))
    assert [m.status for m in loaded.args[0]] == ["failed"]
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focused() is page.view
    assert page.buttons["retry"].isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10_000) as again:
        press(Qt.Key.Key_F6)
    assert again.args[0] == []  # no longer failed
    assert "sent again" in screen.message.text
    with services.uow.read() as s:
        assert s.scalars(select(Message.status)).one() == "queued"
    QApplication.processEvents()


def test_whatsapp_link_opened_once_from_the_outbox(
    qtbot: QtBot, world: tuple[Any, Any, str]
) -> None:
    """F8 opens the queued WhatsApp greeting's wa.me link (with 91 and the text) and marks it
    sent; F8 again opens nothing."""
    services, owner, cid = world
    services.profiles.set_consent(cid, consent=True, dnd=False, by=owner)
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="birthday",
            key="b1",
            customer_id=cid,
            recipient="9876543210",
            channel="whatsapp_link",
            variables={"name": "Priya"},
            now=services.clock.now(),
            text="Happy birthday Priya",
        )
    opened: list[str] = []
    screen = MessagesScreen(
        services,
        TaskRunner(),
        user=owner,
        background_ms=3_600_000,
        open_url=lambda url: opened.append(url) is None,
    )
    qtbot.addWidget(screen)
    screen.resize(1166, 654)
    with qtbot.waitSignal(screen.outbox.loaded, timeout=10_000):
        screen.show()
        screen.activateWindow()
        screen.start()
    press(Qt.Key.Key_F2)
    assert focused() is screen.outbox.view
    with qtbot.waitSignal(screen.outbox.loaded, timeout=10_000) as after:
        press(Qt.Key.Key_F8)
    assert opened == ["https://wa.me/919876543210?text=Happy%20birthday%20Priya"]
    assert [m.status for m in after.args[0]] == ["sent"]
    assert not screen.outbox.buttons["whatsapp"].isEnabled()
    press(Qt.Key.Key_F8)
    assert len(opened) == 1


def test_bad_gateway_setting_named_in_words_nothing_lost(
    qtbot: QtBot, world: tuple[Any, Any, str]
) -> None:
    """F4 settings: a mail port "abc" is refused naming the field in words, the typed values
    stay; fixed, Ctrl+S saves and the password is not shown back."""
    services, owner, _cid = world
    screen = _screen(qtbot, services, owner)
    page = screen.settings
    qtbot.waitUntil(lambda: page.sender_combo.count() > 1, timeout=10_000)
    press(Qt.Key.Key_F4)
    assert focused() is page.sender_combo
    page.fields["smtp_host"].setFocus()
    type_text("mail.example.in")
    page.fields["smtp_port"].setFocus()
    _select_all_and_type("abc")
    page.fields["smtp_password"].setFocus()
    type_text("s3cret")
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Mail server port" in screen.message.text, timeout=10_000)
    assert focused() is page.fields["smtp_port"]
    assert page.fields["smtp_host"].text() == "mail.example.in"
    assert page.fields["smtp_password"].text() == "s3cret"
    _select_all_and_type("587")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        press(Qt.Key.Key_S, CTRL)
    assert page.fields["smtp_password"].text() == ""
    assert "leave empty" in page.fields["smtp_password"].placeholderText()
    config = services.messages.config.load(by=owner)
    assert config.gateways.smtp_host == "mail.example.in" and config.gateways.smtp_port == "587"


def test_outbox_model_passes_modeltester(qtmodeltester: Any) -> None:
    """The outbox model is a well-behaved table; failed and in-doubt rows say so in words."""
    from datetime import UTC, datetime

    from jewelpos.services.messaging.admin import MessageRow
    from jewelpos.ui.models.messages import OutboxModel, RowRole

    at = datetime(2025, 6, 1, 5, 0, tzinfo=UTC)
    rows = [
        MessageRow(
            "1",
            "order_ready",
            "O1",
            "Priya",
            "9876543210",
            "sms",
            "en",
            "Ready",
            "failed",
            8,
            at,
            None,
            None,
            "Gave up after 8 tries\nmore",
        ),
        MessageRow(
            "2",
            "birthday",
            "b",
            "",
            "a@b.in",
            "email",
            "hi",
            "Hi",
            "unknown",
            1,
            at,
            None,
            None,
            "",
        ),
    ]
    model = OutboxModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, OutboxModel.STATUS)) == "Failed"
    assert model.data(model.index(0, OutboxModel.NOTE)) == "Gave up after 8 tries"
    assert model.data(model.index(1, OutboxModel.STATUS)) == "In doubt: check"
    assert model.data(model.index(1, OutboxModel.CHANNEL)) == "E-mail"
    assert model.data(model.index(1, 0), RowRole) is rows[1]
