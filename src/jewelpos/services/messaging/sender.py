"""The sender: sends due messages from the one sending place, never twice.

Never twice, whatever fails: before any network call the message is claimed (status
``sending`` and a new attempt row, local to this counter) in a committed transaction; the
result is written after. A counter that stops mid-send (power cut, kill) leaves the claim; at
the next run (once it is older than ``stale_after``) the claim is resolved WITHOUT sending
blindly: where the gateway takes a client reference (the SMS gateway with its reference
parameter set: the reference is the message's id, the same on every try) the message is sent
again with that reference, which the gateway drops if it already has it; otherwise (SMTP,
WhatsApp API, an SMS gateway without a reference) it becomes ``unknown`` for a manager to
check and mark sent or send again. A cut-off after the request went out (no answer, the
connection dropped) is treated the same way. Only a failure that cannot have reached the
gateway (refused, no route, a 5xx answer) is retried by itself, with doubling waits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models_messaging import Message, MessageAttempt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_zone
from jewelpos.domain.ids import new_id
from jewelpos.domain.messages import MAX_ATTEMPTS, backoff, quiet_until
from jewelpos.notify.base import Adapter, Outgoing, SendResult
from jewelpos.services._common import local_device
from jewelpos.services.customer_profile import consent_of
from jewelpos.services.messaging.gateways import build_adapters
from jewelpos.services.messaging.kinds import KINDS
from jewelpos.services.messaging.outbox import shop_name, template_body
from jewelpos.services.messaging.settings import (
    HEAD_OFFICE,
    GatewaySettings,
    load_gateways,
    load_messaging,
)

STALE_AFTER = timedelta(minutes=5)
"""A claim older than this (longer than any gateway timeout) was left by a stopped counter."""
NOT_SET_UP_WAIT = timedelta(minutes=15)
BACKGROUND_CHANNELS = ("sms", "email", "whatsapp_api")

AdapterFactory = Callable[[GatewaySettings], Mapping[str, Adapter]]

CUT_OFF_TEXT = (
    "The counter stopped while this message was being sent, and the gateway cannot tell "
    "whether it went: check with the customer, then mark it sent or send it again."
)


@dataclass(frozen=True)
class SendRun:
    """What one run did; ``here`` False: this counter is not the sending place (sent nothing)."""

    here: bool
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    unknown: int = 0
    skipped: int = 0
    waiting: int = 0
    recovered: int = 0
    queued: int = 0
    """Automatic messages queued by the run."""
    why_not: str = ""
    changes: frozenset[str] = frozenset({"message"})


@dataclass(frozen=True)
class _Claim:
    message_id: str
    attempt_id: str
    channel: str
    outgoing: Outgoing


def sending_here(s: Session) -> tuple[bool, str]:
    """Whether this counter is the branch's sending place, and if not, why (in words)."""
    chosen = load_messaging(s).sender
    device, _branch = local_device(s)
    if chosen == device.id:
        return True, ""
    if chosen == HEAD_OFFICE:
        return False, "Messages are sent by head office, not by this counter."
    if not chosen:
        return False, "No counter is chosen to send messages yet."
    return False, "Another counter sends this branch's messages."


class MessageSender:
    """Sends due messages through the adapters of the channels set up on this counter."""

    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        *,
        adapters: AdapterFactory = build_adapters,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._adapters = adapters
        self._stale_after = stale_after

    def _load_adapters(self) -> Mapping[str, Adapter]:
        with self._uow.read() as s:
            return self._adapters(load_gateways(s))

    # --- a run -----------------------------------------------------------------------------
    def send_due(self, *, limit: int = 100) -> SendRun:
        """Resolve claims left by a stopped run, then send what is due (at most ``limit``)."""
        with self._uow.read() as s:
            here, why = sending_here(s)
        if not here:
            return SendRun(here=False, why_not=why)
        adapters = self._load_adapters()
        recovered = self.recover(adapters)
        now = self._clock.now()
        with self._uow.read() as s:
            due = list(
                s.scalars(
                    select(Message.id)
                    .where(
                        Message.status == "queued",
                        Message.channel.in_(BACKGROUND_CHANNELS),
                        Message.next_try_at <= now,
                    )
                    .order_by(Message.next_try_at, Message.queued_at)
                    .limit(limit)
                )
            )
        counts = dict.fromkeys(("sent", "retrying", "failed", "unknown", "skipped", "waiting"), 0)
        for message_id in due:
            claim, early = self._claim(message_id, adapters)
            if claim is None:
                if early:
                    counts[early] += 1
                continue
            adapter = adapters[claim.channel]
            try:
                result = adapter.send(claim.outgoing)
            except Exception as exc:  # an adapter bug: it may have gone out, so never resend
                result = SendResult("unknown", detail=f"the gateway adapter failed: {exc!r}")
            counts[self._finish(claim, result, idempotent=adapter.idempotent)] += 1
        return SendRun(
            here=True,
            recovered=recovered,
            sent=counts["sent"],
            retrying=counts["retrying"],
            failed=counts["failed"],
            unknown=counts["unknown"],
            skipped=counts["skipped"],
            waiting=counts["waiting"],
        )

    def _claim(self, message_id: str, adapters: Mapping[str, Adapter]) -> tuple[_Claim | None, str]:
        """Claim one message for sending (committed before any network call), or say why not:
        skipped (opt-out), waiting (quiet hours, gateway not set up), or "" (nothing to do)."""
        with self._uow.begin() as s:
            now = self._clock.now()
            m = s.get(Message, message_id)
            if m is None or m.status != "queued":
                return None, ""
            if m.next_try_at is not None and m.next_try_at > now:
                return None, ""
            done = s.scalars(
                select(MessageAttempt).where(
                    MessageAttempt.message_id == m.id,
                    MessageAttempt.outcome.in_(("sent", "delivered", "unknown")),
                )
            ).first()
            if done is not None:  # an older copy of the row came back by sync: never resend
                m.status = "sent" if done.outcome != "unknown" else "unknown"
                m.attempt_id = done.attempt_id
                return None, ""
            kind = KINDS.get(m.kind)
            if m.customer_id is not None:
                consent = consent_of(s, m.customer_id)
                if consent.dnd:
                    m.status, m.last_error = "skipped", "The customer asked not to be disturbed."
                    return None, "skipped"
                if (kind is None or kind.promotional) and not consent.consent:
                    m.status = "skipped"
                    m.last_error = "The customer has not agreed to greetings and offers."
                    return None, "skipped"
            settings = load_messaging(s)
            start, end = settings.quiet()
            until = quiet_until(now, start=start, end=end, zone=shop_zone(self._clock))
            if until is not None:
                m.next_try_at = until
                return None, "waiting"
            if m.channel not in adapters:
                m.next_try_at = now + NOT_SET_UP_WAIT
                m.last_error = {
                    "sms": "The SMS gateway is not set up on this counter.",
                    "email": "The mail server is not set up on this counter.",
                    "whatsapp_api": "The WhatsApp API is not set up on this counter.",
                }.get(m.channel, "This channel is not set up.")
                return None, "waiting"
            _device, branch = local_device(s)
            dlt = ""
            if kind is not None:
                _body, dlt = template_body(s, kind, m.language, branch.id)
            attempt_id = new_id()
            m.status, m.attempt_id = "sending", attempt_id
            m.attempts += 1
            s.add(MessageAttempt(attempt_id=attempt_id, message_id=m.id, started_at=now, detail=""))
            out = Outgoing(
                recipient=m.recipient,
                text=m.text,
                reference=m.id,
                subject=shop_name(s),
                dlt_template_id=dlt,
            )
            return _Claim(m.id, attempt_id, m.channel, out), ""

    def _finish(self, claim: _Claim, result: SendResult, *, idempotent: bool) -> str:
        """Write what the gateway said; returns the run's counter to add one to."""
        with self._uow.begin() as s:
            now = self._clock.now()
            att = s.scalars(
                select(MessageAttempt).where(MessageAttempt.attempt_id == claim.attempt_id)
            ).one()
            att.finished_at, att.detail = now, result.detail[:1000]
            m = s.get(Message, claim.message_id)
            assert m is not None
            outcome = result.outcome
            if outcome == "unknown" and idempotent:
                outcome = "retry"  # the same reference again cannot deliver it twice
            att.outcome = outcome
            if outcome in ("sent", "delivered"):
                m.status, m.sent_at, m.last_error = outcome, now, ""
                m.provider_ref = result.provider_ref[:120]
                if outcome == "delivered":
                    m.delivered_at = now
                return "sent"
            if outcome == "retry":
                if m.attempts >= MAX_ATTEMPTS:
                    m.status = "failed"
                    m.last_error = f"Gave up after {m.attempts} tries: {result.detail}"[:1000]
                    return "failed"
                m.status = "queued"
                m.next_try_at = now + backoff(m.attempts)
                m.last_error = result.detail[:1000]
                return "retrying"
            if outcome == "failed":
                m.status, m.last_error = "failed", result.detail[:1000]
                return "failed"
            m.status = "unknown"
            m.last_error = f"{CUT_OFF_TEXT} ({result.detail})"[:1000]
            return "unknown"

    # --- restart -----------------------------------------------------------------------------
    def recover(self, adapters: Mapping[str, Adapter] | None = None) -> int:
        """Resolve claims left by a run that stopped mid-send (see the module's note); returns
        how many were resolved."""
        adapters = self._load_adapters() if adapters is None else adapters
        with self._uow.begin() as s:
            now = self._clock.now()
            cutoff = now - self._stale_after
            open_attempts = {
                a.message_id: a
                for a in s.scalars(
                    select(MessageAttempt).where(
                        MessageAttempt.outcome == "sending", MessageAttempt.started_at < cutoff
                    )
                )
            }
            stuck = s.scalars(select(Message).where(Message.status == "sending")).all()
            count = 0
            for m in stuck:
                att = open_attempts.pop(m.id, None)
                if att is None and m.updated_at >= cutoff:
                    continue  # a send in progress (another process on this counter)
                adapter = adapters.get(m.channel)
                if att is not None:
                    att.finished_at = now
                if adapter is not None and adapter.idempotent and att is not None:
                    m.status, m.next_try_at = "queued", now
                    m.last_error = (
                        "Cut off while sending; sent again with the same reference, "
                        "which the gateway ignores if it already has it."
                    )
                    att.outcome = "retry"
                else:
                    m.status, m.last_error = "unknown", CUT_OFF_TEXT
                    if att is not None:
                        att.outcome = "unknown"
                count += 1
            for att in open_attempts.values():  # claims whose message moved on meanwhile
                att.finished_at, att.outcome = now, "unknown"
            return count
