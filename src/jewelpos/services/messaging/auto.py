"""Automatic messages, queued by the sending place once per (kind, subject, day): birthday and
anniversary greetings (the customer and family members), a thank-you with a feedback code
after a purchase, and scheme reminders (instalment due, post-dated cheque due, maturity)."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_merge import CustomerFamilyMember, CustomerMerge
from jewelpos.db.models_messaging import FeedbackCode, Message
from jewelpos.db.models_schemes import SchemeAccount, SchemeCheque
from jewelpos.domain.formatting import format_indian
from jewelpos.domain.money import from_paise
from jewelpos.domain.schemes import due_dates
from jewelpos.services.messaging.outbox import queue
from jewelpos.services.messaging.settings import GatewaySettings, load_gateways
from jewelpos.services.scheme_state import state_of

INSTALMENT_NOTICE_DAYS = 3
"""An instalment reminder goes this many days before it falls due (and up to the day)."""
CHEQUE_NOTICE_DAYS = 2
MATURITY_NOTICE_DAYS = 7
THANK_YOU_WITHIN = timedelta(days=2)
"""Bills older than this when the sending place first sees them get no thank-you."""
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


@dataclass(frozen=True)
class AutoRun:
    queued: Mapping[str, int]
    changes: frozenset[str] = frozenset({"message"})

    @property
    def total(self) -> int:
        return sum(self.queued.values())


def _d(day: date) -> str:
    return day.strftime("%d-%m-%Y")


def contact_of(c: Customer, g: GatewaySettings) -> tuple[str, str] | None:
    """(channel, recipient) by the customer's preferred contact; None: no messages wanted."""
    pref = c.preferred_contact
    if pref == "none":
        return None
    if pref == "email" and c.email:
        return "email", c.email
    if not c.mobile:
        return ("email", c.email) if c.email else None
    if pref == "whatsapp":
        return ("whatsapp_api" if g.wa_api_url else "whatsapp_link"), c.mobile
    return "sms", c.mobile


def new_feedback_code(s: Session) -> str:
    """A short code no other bill has (6 letters and digits, no 0/O or 1/I)."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if s.scalars(select(FeedbackCode.id).where(FeedbackCode.code == code)).first() is None:
            return code


def _exists(s: Session, kind: str, key: str) -> bool:
    return (
        s.scalars(select(Message.id).where(Message.kind == kind, Message.key == key)).first()
        is not None
    )


def queue_automatic(s: Session, *, today: date, now: datetime) -> AutoRun:
    """Queue today's automatic messages in the caller's transaction; running it again the same
    day queues nothing new."""
    g = load_gateways(s)
    counts: Counter[str] = Counter()

    def put(kind: str, key: str, c: Customer, variables: dict[str, str]) -> None:
        contact = contact_of(c, g)
        if contact is None:
            return
        if queue(
            s,
            kind=kind,
            key=key,
            customer_id=c.id,
            recipient=contact[1],
            channel=contact[0],
            variables=variables,
            now=now,
        ):
            counts[kind] += 1

    md = (today.month, today.day)
    # a customer merged into another is the same person: greeted once, as the survivor
    live = Customer.id.not_in(select(CustomerMerge.merged_id))
    for kind, column in (("birthday", Customer.birthday), ("anniversary", Customer.anniversary)):
        for c in s.scalars(
            select(Customer).where(
                extract("month", column) == md[0], extract("day", column) == md[1], live
            )
        ):
            put(kind, f"{c.id}:{today.isoformat()}", c, {"name": c.name})
    for kind, fcol in (
        ("birthday", CustomerFamilyMember.birthday),
        ("anniversary", CustomerFamilyMember.anniversary),
    ):
        for member, c in s.execute(
            select(CustomerFamilyMember, Customer)
            .join(Customer, Customer.id == CustomerFamilyMember.customer_id)
            .where(extract("month", fcol) == md[0], extract("day", fcol) == md[1], live)
        ):
            put(kind, f"{c.id}:family:{member.id}:{today.isoformat()}", c, {"name": member.name})

    for inv, c in s.execute(
        select(Invoice, Customer)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Invoice.status == "final", Invoice.issued_at >= now - THANK_YOU_WITHIN)
        .order_by(Invoice.issued_at)
    ):
        if _exists(s, "thank_you", inv.id) or contact_of(c, g) is None:
            continue
        code = new_feedback_code(s)
        s.add(FeedbackCode(code=code, invoice_no=inv.number, customer_id=c.id))
        amount = format_indian(from_paise(inv.net_payable_paise))
        put(
            "thank_you",
            inv.id,
            c,
            {"name": c.name, "order_no": inv.number, "amount": amount, "code": code},
        )

    for acc, c in s.execute(
        select(SchemeAccount, Customer)
        .join(Customer, Customer.id == SchemeAccount.customer_id)
        .where(SchemeAccount.status == "active")
    ):
        st = state_of(s, acc.id)
        dues = due_dates(acc.start_date, st.terms.count)
        amount = format_indian(st.terms.instalment)
        if st.paid_count < len(dues):
            due = dues[st.paid_count]
            if today <= due <= today + timedelta(days=INSTALMENT_NOTICE_DAYS):
                put(
                    "instalment_due",
                    f"{acc.id}:{due.isoformat()}",
                    c,
                    {
                        "name": c.name,
                        "amount": amount,
                        "order_no": acc.passbook,
                        "due_date": _d(due),
                    },
                )
        mat = st.maturity
        if today <= mat <= today + timedelta(days=MATURITY_NOTICE_DAYS):
            put(
                "maturity",
                f"{acc.id}:{mat.isoformat()}",
                c,
                {
                    "name": c.name,
                    "order_no": acc.passbook,
                    "due_date": _d(mat),
                    "amount": format_indian(from_paise(st.balance_paise)),
                },
            )

    for chq, acc, c in s.execute(
        select(SchemeCheque, SchemeAccount, Customer)
        .join(SchemeAccount, SchemeAccount.id == SchemeCheque.account_id)
        .join(Customer, Customer.id == SchemeAccount.customer_id)
        .where(
            SchemeCheque.status == "due",
            SchemeCheque.due_on >= today,
            SchemeCheque.due_on <= today + timedelta(days=CHEQUE_NOTICE_DAYS),
        )
    ):
        put(
            "cheque_due",
            f"{chq.id}:{chq.due_on.isoformat()}",
            c,
            {
                "name": c.name,
                "amount": format_indian(from_paise(chq.amount_paise)),
                "order_no": acc.passbook,
                "due_date": _d(chq.due_on),
            },
        )
    return AutoRun(dict(counts))
