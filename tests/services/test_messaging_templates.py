"""Templates: previewed with a real customer, unknown placeholders refused, saved by managers
and used for the next message; WhatsApp links handed out once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models_messaging import Message
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import Role, UserInfo
from jewelpos.services.customers import CustomerInput
from jewelpos.services.messaging import outbox
from jewelpos.services.messaging.languages import set_customer_language

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import user_named  # noqa: E402


def _customer(services: Services, owner: UserInfo) -> str:
    return services.customers.save(
        CustomerInput(name="Priya Sharma", mobile="9876543210"), by=owner
    ).id


def test_preview_uses_the_real_customer(services: Services, owner: UserInfo) -> None:
    """The preview fills the chosen customer's name, the shop and sample values (due in 7 days)."""
    cid = _customer(services, owner)
    text = services.messages.templates.preview(
        "instalment_due", "hi", "नमस्ते {name}, {shop}: ₹ {amount} {due_date} तक", cid
    )
    assert text == "नमस्ते Priya Sharma, Shree Ganesh Jewellers: ₹ 5,000.00 08-06-2025 तक"


def test_unknown_placeholder_refused_on_preview_and_save(
    services: Services, owner: UserInfo
) -> None:
    """{naam} is refused with the list of known placeholders; nothing is saved."""
    cid = _customer(services, owner)
    t = services.messages.templates
    with pytest.raises(ValidationError) as err:
        t.preview("birthday", "en", "Hi {naam}", cid)
    assert err.value.field == "body" and "{naam} is not a placeholder" in err.value.problem
    with pytest.raises(ValidationError):
        t.save("birthday", "en", "Hi {naam}", by=owner)
    row = next(r for r in t.list() if (r.kind, r.language) == ("birthday", "en"))
    assert not row.custom and "{name}" in row.body


def test_saved_hindi_template_is_used_and_only_managers_save(
    services: Services, owner: UserInfo
) -> None:
    """A manager's Hindi text is what a Hindi customer gets next; a cashier may not save."""
    cid = _customer(services, owner)
    set_customer_language(services.uow, services.clock, cid, "hi", by=owner)
    t = services.messages.templates
    t.save("order_ready", "hi", "{name} जी, ऑर्डर {order_no} तैयार है।", by=owner)
    services.users.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="2468", by=owner
    )
    with pytest.raises(PermissionDenied):
        t.save("order_ready", "hi", "x", by=user_named(services, "ravi"))
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="order_ready",
            key="O9",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={"name": "प्रिया", "order_no": "O-9"},
            now=services.clock.now(),
        )
    with services.uow.read() as s:
        assert s.scalars(select(Message.text)).one() == "प्रिया जी, ऑर्डर O-9 तैयार है।"


def test_whatsapp_link_is_handed_out_once(services: Services, owner: UserInfo) -> None:
    """The click-to-chat link carries the number with 91 and the text; a second open is refused."""
    cid = _customer(services, owner)
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
        )
        mid = s.scalars(select(Message.id)).one()
    opened = services.messages.admin.open_whatsapp(mid, by=owner)
    assert opened.url == (
        "https://wa.me/919876543210?text=Happy%20birthday%2C%20Priya%21%20Warm%20wishes%20"
        "from%20all%20of%20us%20at%20Shree%20Ganesh%20Jewellers."
    )
    with pytest.raises(ValidationError):
        services.messages.admin.open_whatsapp(mid, by=owner)
    assert services.messages.admin.list(status="sent")[0].id == mid
