"""The messaging services together: the sender's run (automatic messages, then sending), the
outbox for the screen, templates and settings."""

from __future__ import annotations

from dataclasses import replace

from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.services.auth import UserInfo
from jewelpos.services.messaging.admin import MessageAdmin
from jewelpos.services.messaging.auto import AutoRun, queue_automatic
from jewelpos.services.messaging.config import MessagingConfigService
from jewelpos.services.messaging.gateways import build_adapters
from jewelpos.services.messaging.languages import set_customer_language
from jewelpos.services.messaging.sender import AdapterFactory, MessageSender, SendRun, sending_here
from jewelpos.services.messaging.templates import TemplateService


class MessagesService:
    """``run_once`` is what `jewelpos messages send` and the counter's background run call."""

    def __init__(
        self, uow: UnitOfWork, clock: Clock, *, adapters: AdapterFactory = build_adapters
    ) -> None:
        self._uow = uow
        self._clock = clock
        self.sender = MessageSender(uow, clock, adapters=adapters)
        self.admin = MessageAdmin(uow, clock)
        self.templates = TemplateService(uow, clock)
        self.config = MessagingConfigService(uow, clock)

    def set_language(self, customer_id: str, language: str, *, by: UserInfo) -> str:
        """The language (en or hi) the customer gets messages in from now on."""
        return set_customer_language(self._uow, self._clock, customer_id, language, by=by)

    def sending_here(self) -> tuple[bool, str]:
        with self._uow.read() as s:
            return sending_here(s)

    def queue_automatic(self) -> AutoRun:
        """Queue today's greetings, thank-yous and scheme reminders (at the sending place only:
        two counters never queue the same greeting)."""
        with self._uow.begin() as s:
            here, _why = sending_here(s)
            if not here:
                return AutoRun({})
            return queue_automatic(s, today=shop_today(self._clock), now=self._clock.now())

    def run_once(self) -> SendRun:
        """Queue today's automatic messages and send what is due, at the sending place only."""
        here, why = self.sending_here()
        if not here:
            return SendRun(here=False, why_not=why)
        auto = self.queue_automatic()
        run = self.sender.send_due()
        return replace(run, queued=auto.total)
