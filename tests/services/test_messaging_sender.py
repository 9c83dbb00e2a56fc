"""The sender through a real HTTP gateway stub and a real SMTP server on 127.0.0.1: retried
while down, sent once, opt-outs and quiet hours skipped, only the sending counter sends."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models import Device
from jewelpos.db.models_messaging import Message
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.messages import backoff
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.customers import CustomerInput
from jewelpos.services.messaging import outbox

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from messaging_stubs import free_port, gateway, smtp_server  # noqa: E402


def _device_id(services: Services) -> str:
    with services.uow.read() as s:
        return s.scalars(select(Device.id).where(Device.is_local.is_(True))).one()


def _send_from_here(services: Services, owner: UserInfo, **gateways: str) -> None:
    cfg = services.messages.config
    cfg.save_messaging(
        {"sender": _device_id(services), "quiet_start": "21:00", "quiet_end": "09:00"}, by=owner
    )
    if gateways:
        cfg.save_gateways(gateways, by=owner)


def _customer(
    services: Services,
    owner: UserInfo,
    *,
    consent: bool = True,
    dnd: bool = False,
    mobile: str = "9876543210",
    email: str = "",
) -> str:
    cid = services.customers.save(
        CustomerInput(name="Priya Sharma", mobile=mobile, email=email), by=owner
    ).id
    services.profiles.set_consent(cid, consent=consent, dnd=dnd, by=owner)
    return cid


def _queue(
    services: Services,
    cid: str | None,
    *,
    kind: str = "order_ready",
    key: str = "O1",
    channel: str = "sms",
    recipient: str = "9876543210",
) -> None:
    with services.uow.begin() as s:
        outbox.queue(
            s,
            kind=kind,
            key=key,
            customer_id=cid,
            recipient=recipient,
            channel=channel,
            variables={"name": "Priya", "order_no": "OB1C2/2526/1"},
            now=services.clock.now(),
        )


def _message(services: Services, key: str = "O1") -> Message:
    with services.uow.read() as s:
        row = s.scalars(select(Message).where(Message.key == key)).one()
        s.expunge(row)
        return row


def test_sms_retried_while_gateway_down_then_sent_once(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """Gateway not listening: the message waits 1, then 2 minutes; once up it goes exactly once
    with the sender id, DLT entity and template ids; later runs send nothing more."""
    port = free_port()
    _send_from_here(
        services,
        owner,
        sms_url=f"http://127.0.0.1:{port}/send",
        sms_sender_id="SGJWLR",
        sms_entity_id="1201159100000000001",
        sms_api_key="k3y",
    )
    services.messages.templates.save(
        "order_ready",
        "en",
        "Dear {name}, order {order_no} is ready at {shop}.",
        dlt_template_id="1207161700000000002",
        by=owner,
    )
    cid = _customer(services, owner)
    _queue(services, cid)
    run = services.messages.sender.send_due()
    assert (run.here, run.retrying, run.sent) == (True, 1, 0)
    m = _message(services)
    assert (m.status, m.attempts) == ("queued", 1)
    assert m.next_try_at == clock.now() + timedelta(minutes=1)
    assert "not reachable" in m.last_error
    assert services.messages.sender.send_due().retrying == 0  # not due yet: nothing tried
    clock.advance(timedelta(minutes=1))
    assert services.messages.sender.send_due().retrying == 1
    assert _message(services).next_try_at == clock.now() + timedelta(minutes=2)
    with gateway(port=port) as gw:
        clock.advance(timedelta(minutes=2))
        assert services.messages.sender.send_due().sent == 1
        for _ in range(3):
            clock.advance(timedelta(hours=1))
            services.messages.sender.send_due()
        assert len(gw.requests) == 1
        params = gw.requests[0]["params"]
    assert params["to"] == "919876543210"
    assert params["text"] == "Dear Priya, order OB1C2/2526/1 is ready at Shree Ganesh Jewellers."
    assert (params["sender"], params["entity_id"], params["template_id"], params["apikey"]) == (
        "SGJWLR",
        "1201159100000000001",
        "1207161700000000002",
        "k3y",
    )
    m = _message(services)
    assert (m.status, m.attempts, m.provider_ref) == ("sent", 3, "gw-1")


def test_gateway_5xx_backs_off_and_gives_up(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """A gateway answering 503 is retried with doubling waits; after the last try: failed."""
    with gateway(status=503) as gw:
        _send_from_here(services, owner, sms_url=gw.url)
        _queue(services, _customer(services, owner))
        for attempt in range(1, 9):
            services.messages.sender.send_due()
            clock.advance(backoff(attempt))
        m = _message(services)
        assert len(gw.requests) == 8
    assert m.status == "failed" and "Gave up after 8 tries" in m.last_error


def test_gateway_refusal_fails_at_once(services: Services, owner: UserInfo) -> None:
    """A 400 answer (bad number) is failed with the gateway's reason, not retried."""
    with gateway(status=400) as gw:
        _send_from_here(services, owner, sms_url=gw.url)
        _queue(services, _customer(services, owner))
        run = services.messages.sender.send_due()
    m = _message(services)
    assert run.failed == 1 and m.status == "failed" and "refused (400)" in m.last_error


def test_email_over_real_smtp_with_login_retried_while_down(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """The mail server down: retried; up (login required): one e-mail with the text."""
    port = free_port()
    _send_from_here(
        services,
        owner,
        smtp_host="127.0.0.1",
        smtp_port=str(port),
        smtp_security="none",
        smtp_user="shop",
        smtp_password="s3cret",
        smtp_from="shop@example.in",
    )
    cid = _customer(services, owner, email="priya@example.in")
    _queue(services, cid, channel="email", recipient="priya@example.in")
    assert services.messages.sender.send_due().retrying == 1
    with smtp_server(port=port, user="shop", password="s3cret") as mail:
        clock.advance(timedelta(minutes=1))
        assert services.messages.sender.send_due().sent == 1
        clock.advance(timedelta(hours=1))
        services.messages.sender.send_due()
        assert len(mail.messages) == 1
        got = mail.messages[0]
    assert got["To"] == "priya@example.in" and got["From"] == "shop@example.in"
    assert got["Subject"] == "Shree Ganesh Jewellers"
    assert "Dear Priya, your order OB1C2/2526/1 is ready." in got.get_content()
    assert _message(services).status == "sent"


def test_opt_outs_are_skipped(services: Services, owner: UserInfo) -> None:
    """DND: nothing at all; no consent: no greetings, but service messages still go."""
    with gateway() as gw:
        _send_from_here(services, owner, sms_url=gw.url)
        dnd = _customer(services, owner, dnd=True, consent=True, mobile="9000000001")
        no_consent = _customer(services, owner, consent=False, mobile="9000000002")
        _queue(services, dnd, key="a", recipient="9000000001")
        _queue(services, no_consent, kind="birthday", key="b", recipient="9000000002")
        _queue(services, no_consent, key="c", recipient="9000000002")
        run = services.messages.sender.send_due()
        sent_to = [r["params"]["to"] for r in gw.requests]
    assert (run.skipped, run.sent) == (2, 1)
    assert sent_to == ["919000000002"]
    assert _message(services, "a").status == "skipped"
    assert "not to be disturbed" in _message(services, "a").last_error
    assert _message(services, "b").status == "skipped"


def test_quiet_hours_wait_until_they_end(services: Services, owner: UserInfo) -> None:
    """At 22:00 in the shop nothing goes; the message waits until 09:00 next morning."""
    ist_22 = datetime(2025, 6, 1, 16, 30, tzinfo=UTC)  # 22:00 IST (UTC+5:30)
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(ist_22 - clock.now())
    with gateway() as gw:
        _send_from_here(services, owner, sms_url=gw.url)
        _queue(services, _customer(services, owner))
        run = services.messages.sender.send_due()
        assert (run.waiting, len(gw.requests)) == (1, 0)
        assert _message(services).next_try_at == datetime(2025, 6, 2, 3, 30, tzinfo=UTC)
        clock.advance(timedelta(hours=11))  # 09:00 IST next day
        assert services.messages.sender.send_due().sent == 1
        assert len(gw.requests) == 1


def test_only_the_sending_counter_sends(services: Services, owner: UserInfo) -> None:
    """With no sending counter chosen a counter sends nothing; head office sends no messages,
    so it cannot be chosen (only a counter of this branch)."""
    from jewelpos.domain.errors import ValidationError

    with gateway() as gw:
        services.messages.config.save_gateways({"sms_url": gw.url}, by=owner)
        _queue(services, _customer(services, owner))
        run = services.messages.run_once()
        assert not run.here and "No counter is chosen" in run.why_not
        with pytest.raises(ValidationError) as refused:
            services.messages.config.save_messaging({"sender": "head_office"}, by=owner)
        assert refused.value.field == "sender"
        assert "No counter is chosen" in services.messages.run_once().why_not
        assert gw.requests == []


def test_settings_and_retry_are_for_managers(services: Services, owner: UserInfo) -> None:
    """A cashier can neither see nor change gateways nor retry messages."""
    from jewelpos.domain.errors import PermissionDenied
    from jewelpos.services.auth import Role

    services.users.add_user(
        username="ravi", display_name="Ravi", role=Role.CASHIER, pin="2468", by=owner
    )
    from factories import user_named

    who = user_named(services, "ravi")
    with pytest.raises(PermissionDenied):
        services.messages.config.save_gateways({"sms_url": "http://x.in/"}, by=who)
    with pytest.raises(PermissionDenied):
        services.messages.config.load(by=who)
    with pytest.raises(PermissionDenied):
        services.messages.admin.retry(["x"], by=who)


def test_gateway_secrets_never_shown_back(services: Services, owner: UserInfo) -> None:
    """The stored password is not returned; saving it blank keeps it."""
    cfg = services.messages.config
    cfg.save_gateways({"smtp_password": "s3cret", "smtp_host": "mail.example.in"}, by=owner)
    shown = cfg.save_gateways({"smtp_password": "", "smtp_user": "shop"}, by=owner)
    assert shown.gateways.smtp_password == "" and "smtp_password" in shown.secrets_set
    from jewelpos.services.messaging.settings import load_gateways

    with services.uow.read() as s:
        assert load_gateways(s).smtp_password == "s3cret"


def test_whatsapp_api_and_sms_by_get(services: Services, owner: UserInfo) -> None:
    """WhatsApp API: JSON with the bearer token and the message id as reference; the SMS
    gateway by GET takes its parameters in the query."""
    with gateway() as wa, gateway() as sms:
        _send_from_here(
            services,
            owner,
            wa_api_url=wa.url,
            wa_api_token="T0K",
            sms_url=sms.url,
            sms_method="GET",
        )
        cid = _customer(services, owner)
        _queue(services, cid, key="w", channel="whatsapp_api")
        _queue(services, cid, key="s")
        assert services.messages.sender.send_due().sent == 2
        (wa_req,) = wa.requests
        (sms_req,) = sms.requests
    assert wa_req["headers"]["Authorization"] == "Bearer T0K"
    assert wa_req["params"]["to"] == "919876543210"
    assert wa_req["params"]["text"] == {"body": _message(services, "w").text}
    assert wa_req["params"]["biz_opaque_callback_data"] == _message(services, "w").id
    assert sms_req["method"] == "GET" and sms_req["params"]["to"] == "919876543210"
    assert _message(services, "w").provider_ref == "gw-1"


def test_an_older_copy_back_from_sync_is_not_sent_again(
    services: Services, owner: UserInfo, clock: FixedClock
) -> None:
    """A sent message whose row comes back "queued" (an older version from another counter)
    is not sent again: this counter's own attempt says it went."""
    from jewelpos.db.outbox import APPLYING_REMOTE

    with gateway() as gw:
        _send_from_here(services, owner, sms_url=gw.url)
        _queue(services, _customer(services, owner))
        assert services.messages.sender.send_due().sent == 1
        with services.uow.begin() as s:
            s.info[APPLYING_REMOTE] = True
            s.scalars(select(Message)).one().status = "queued"
        clock.advance(timedelta(minutes=5))
        assert services.messages.sender.send_due().sent == 0
        assert len(gw.requests) == 1
    assert _message(services).status == "sent"
