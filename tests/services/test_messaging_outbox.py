"""The outbox contract: queued once per (kind, key), templates rendered in the customer's
language, verbatim texts, unknown kinds and placeholders refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from jewelpos.db.models_messaging import Message
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.messages import placeholders_in, render
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import CustomerInput
from jewelpos.services.messaging import outbox
from jewelpos.services.messaging.languages import set_customer_language


def _customer(services: Services, owner: UserInfo, mobile: str = "9876543210") -> str:
    return services.customers.save(CustomerInput(name="Priya Sharma", mobile=mobile), by=owner).id


def test_queue_is_idempotent_on_kind_and_key(services: Services, owner: UserInfo) -> None:
    """The same (kind, key) queued twice gives one message; the second call returns False."""
    cid = _customer(services, owner)
    now = services.clock.now()
    with services.uow.begin() as s:
        first = outbox.queue(
            s,
            kind="order_ready",
            key="O1",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={"name": "Priya", "order_no": "OB1C2/25/1"},
            now=now,
        )
    with services.uow.begin() as s:
        second = outbox.queue(
            s,
            kind="order_ready",
            key="O1",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={"name": "Other"},
            now=now,
        )
    with services.uow.read() as s:
        rows = s.scalars(select(Message)).all()
    assert (first, second) == (True, False)
    assert len(rows) == 1
    assert rows[0].text == (
        "Dear Priya, your order OB1C2/25/1 is ready. Please collect it from Shree Ganesh Jewellers."
    )
    assert rows[0].status == "queued"


def test_hindi_customer_gets_hindi_template(services: Services, owner: UserInfo) -> None:
    """A customer who chose Hindi gets the kind's Hindi text with the placeholders filled."""
    cid = _customer(services, owner)
    set_customer_language(services.uow, services.clock, cid, "hi", by=owner)
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="instalment_due",
            key="I1",
            customer_id=cid,
            recipient="9876543210",
            channel="sms",
            variables={
                "name": "प्रिया",
                "amount": "5,000.00",
                "order_no": "P-17",
                "due_date": "05-06-2025",
            },
            now=services.clock.now(),
        )
    with services.uow.read() as s:
        row = s.scalars(select(Message)).one()
    assert row.language == "hi"
    assert row.text == (
        "प्रिय प्रिया, आपकी योजना की किस्त ₹ 5,000.00 (पासबुक P-17) 05-06-2025 को देय है। "
        "- Shree Ganesh Jewellers"
    )


def test_text_given_is_sent_verbatim(services: Services, owner: UserInfo) -> None:
    """A caller's own text is stored as it is, braces and all."""
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind="birthday",
            key="x",
            customer_id=None,
            recipient="a@b.in",
            channel="email",
            variables={},
            now=services.clock.now(),
            text="Hello {friend}",
        )
    with services.uow.read() as s:
        assert s.scalars(select(Message.text)).one() == "Hello {friend}"


def test_unknown_kind_and_channel_are_refused(services: Services, owner: UserInfo) -> None:
    """A kind nobody registered, or a channel we have no adapter for, is a ValidationError."""
    with services.uow.begin() as s, pytest.raises(ValidationError) as err:
        outbox.queue(
            s,
            kind="nope",
            key="1",
            customer_id=None,
            recipient="1",
            channel="sms",
            variables={},
            now=services.clock.now(),
        )
    assert err.value.field == "kind"
    with services.uow.begin() as s, pytest.raises(ValidationError) as err:
        outbox.queue(
            s,
            kind="birthday",
            key="1",
            customer_id=None,
            recipient="1",
            channel="fax",
            variables={},
            now=services.clock.now(),
        )
    assert err.value.field == "channel"


def test_register_kind_extends_the_registry() -> None:
    """Another module adds a kind; a default text with an unknown placeholder is refused."""
    kind = outbox.register_kind("test_kind", {"en": "Hi {name}", "hi": "नमस्ते {name}"})
    assert outbox.KINDS["test_kind"] is kind and kind.promotional
    with pytest.raises(ValidationError):
        outbox.register_kind("test_bad", {"en": "Hi {nickname}"})
    del outbox.KINDS["test_kind"]


def test_placeholders_checked_and_rendered() -> None:
    """Known placeholders render; an unknown one or a format spec is refused in words."""
    assert placeholders_in("{name} owes {amount}") == ("name", "amount")
    assert render("{name}: {{ok}}", {"name": "Ravi"}) == "Ravi: {ok}"
    with pytest.raises(ValidationError) as err:
        placeholders_in("Hello {nmae}")
    assert "{nmae} is not a placeholder" in err.value.problem
    with pytest.raises(ValidationError):
        placeholders_in("{amount:>10}")
    with pytest.raises(ValidationError):
        placeholders_in("Hello {name")
