"""The shop's message templates: listed per kind and language, previewed with a real customer
before saving, saved by a manager. Unknown placeholders are refused in words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from jewelpos.db.models import Customer
from jewelpos.db.models_messaging import MessageTemplate
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock, shop_today
from jewelpos.domain.errors import NotFound, ValidationError
from jewelpos.domain.messages import LANGUAGES, placeholders_in, render
from jewelpos.services._common import audit, clean_text, local_device
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.messaging.kinds import KINDS, Kind
from jewelpos.services.messaging.outbox import shop_name, template_body, template_id

MAX_BODY = 1000
SAMPLE_AMOUNT = "5,000.00"
SAMPLE_NUMBER = "B1C2/2526/00042"
SAMPLE_CODE = "K7P2QX"


@dataclass(frozen=True)
class TemplateRow:
    kind: str
    language: str
    body: str
    dlt_template_id: str
    custom: bool
    """The shop changed it (else the kind's default text)."""


@dataclass(frozen=True)
class TemplateSaved:
    row: TemplateRow
    changes: frozenset[str] = frozenset({"message_template"})


def _kind(name: str) -> Kind:
    kind = KINDS.get(name)
    if kind is None:
        raise ValidationError("kind", "choose a kind of message from the list")
    return kind


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", "choose English or Hindi")
    return language


def _body(body: str) -> str:
    text = clean_text(body, field="body", max_len=MAX_BODY, required=True)
    placeholders_in(text, field="body")
    return text


class TemplateService:
    """Templates of every kind in English and Hindi."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def list(self) -> tuple[TemplateRow, ...]:
        with self._uow.read() as s:
            _device, branch = local_device(s)
            out = []
            for name in sorted(KINDS):
                kind = KINDS[name]
                for language in LANGUAGES:
                    row = s.get(MessageTemplate, template_id(branch.id, name, language))
                    body, dlt = template_body(s, kind, language, branch.id)
                    out.append(TemplateRow(name, language, body, dlt, row is not None))
            return tuple(out)

    def preview(self, kind: str, language: str, body: str, customer_id: str) -> str:
        """The text the customer would get: their name, the shop's name, and sample amount,
        number, due date (a week from today) and feedback code. ValidationError naming the
        message text for an unknown placeholder."""
        _kind(kind)
        _language(language)
        text = _body(body)
        with self._uow.read() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFound("No such customer.", customer_id=customer_id)
            due = shop_today(self._clock) + timedelta(days=7)
            return render(
                text,
                {
                    "name": customer.name,
                    "shop": shop_name(s),
                    "amount": SAMPLE_AMOUNT,
                    "order_no": SAMPLE_NUMBER,
                    "due_date": due.strftime("%d-%m-%Y"),
                    "code": SAMPLE_CODE,
                },
            )

    def save(
        self, kind: str, language: str, body: str, *, dlt_template_id: str = "", by: UserInfo
    ) -> TemplateSaved:
        """Store the shop's text of a kind in a language (managers only)."""
        _kind(kind)
        _language(language)
        text = _body(body)
        dlt = clean_text(dlt_template_id, field="dlt_template_id", max_len=40)
        if dlt and not dlt.isdigit():
            raise ValidationError("dlt_template_id", "the DLT template id is digits only")
        with self._uow.begin() as s:
            require_manager_role(s, by, action="change message templates")
            _device, branch = local_device(s)
            tid = template_id(branch.id, kind, language)
            row = s.get(MessageTemplate, tid)
            old = None if row is None else row.body
            if row is None:
                row = MessageTemplate(
                    id=tid,
                    kind=kind,
                    language=language,
                    body=text,
                    dlt_template_id=dlt,
                    set_by=by.id,
                )
                s.add(row)
            else:
                row.body, row.dlt_template_id, row.set_by = text, dlt, by.id
            audit(
                s,
                user_id=by.id,
                action="message.template",
                entity="message_template",
                entity_id=tid,
                at=self._clock.now(),
                details={"kind": kind, "language": language, "old": old, "new": text},
            )
            return TemplateSaved(TemplateRow(kind, language, text, dlt, True))

    def customers(self, text: str, *, limit: int = 20) -> tuple[tuple[str, str, str], ...]:
        """(id, name, mobile) of customers whose name or mobile matches, for the preview."""
        like = f"%{text.strip()}%"
        with self._uow.read() as s:
            rows = s.execute(
                select(Customer.id, Customer.name, Customer.mobile)
                .where((Customer.name.like(like)) | (Customer.mobile.like(like)))
                .order_by(Customer.name_key)
                .limit(limit)
            )
            return tuple((r[0], r[1], r[2]) for r in rows)
