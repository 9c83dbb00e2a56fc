"""Campaigns: a segment + a channel + a template + an optional free gift voucher per customer.
Starting one freezes its send list (the segment's members at that moment), draws the
hold-out share by a recorded seed (held-out customers get nothing), issues the vouchers and
queues each other customer's message once in the messaging outbox, all in one transaction.
The report counts who bought within the campaign's days of the send, and for how much,
against the hold-out."""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import Customer
from jewelpos.db.models_billing import Invoice
from jewelpos.db.models_crm import Campaign, CampaignRecipient, Segment
from jewelpos.db.models_merge import CustomerMerge
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain import crm
from jewelpos.domain.clock import Clock, shop_today, shop_zone
from jewelpos.domain.errors import DuplicateValue, NotFound, ValidationError
from jewelpos.domain.formatting import format_inr
from jewelpos.domain.messages import CHANNELS, placeholders_in, render
from jewelpos.services._common import audit, clean_text, paise_to_money, percent_to_bp
from jewelpos.services.approvals import require_manager_role
from jewelpos.services.auth import UserInfo
from jewelpos.services.messaging.outbox import queue, register_kind
from jewelpos.services.segments import SegmentRules, member_list
from jewelpos.services.setup import ShopInfo
from jewelpos.services.vouchers import VoucherInput, clean_amount, issue_in

KIND = "campaign"
register_kind(
    KIND,
    {
        "en": "Dear {name}, {shop} has a gift for you: voucher {code} worth Rs {amount}, "
        "valid till {due_date}. We look forward to your visit.",
        "hi": "प्रिय {name}, {shop} की ओर से आपके लिए उपहार: ₹ {amount} का वाउचर {code}, "
        "{due_date} तक मान्य। आपकी प्रतीक्षा रहेगी।",
    },
)
EMAIL_CHANNELS = ("email",)
TO_SEND, QUEUED, HOLDOUT, NO_ADDRESS, ALREADY = (
    "to_send",
    "queued",
    "holdout",
    "no_address",
    "already",
)
MAX_WINDOW_DAYS = 365
_CHUNK = 500


@dataclass(frozen=True)
class CampaignInput:
    """A campaign to start; ``template`` empty sends the shop's "campaign" message template in
    each customer's language. Amounts in rupees; ``seed`` None draws one (it is recorded)."""

    name: str
    segment_id: str
    channel: str = "sms"
    template: str = ""
    voucher_amount: Decimal | None = None
    voucher_days: int = 90
    holdout_percent: Decimal = Decimal(10)
    window_days: int = 30
    seed: int | None = None


@dataclass(frozen=True)
class CampaignInfo:
    id: str
    name: str
    segment_name: str
    channel: str
    started_at: datetime
    window_days: int
    holdout_bp: int
    seed: int
    voucher: Decimal
    recipients: int
    held_out: int
    queued: int
    to_send: int


@dataclass(frozen=True)
class ConvertedCustomer:
    customer_id: str
    name: str
    mobile: str
    holdout: bool
    bills: int
    amount: Decimal


@dataclass(frozen=True)
class CampaignReport:
    """Conversions within ``window_days`` of the send: the sent group against the hold-out."""

    campaign: CampaignInfo
    ends_on: date
    conversion: crm.Conversion
    converted: tuple[ConvertedCustomer, ...]


def _clean(inp: CampaignInput) -> tuple[str, str, int, int, Decimal | None]:
    name = clean_text(inp.name, field="campaign_name", max_len=80, required=True)
    if inp.channel not in CHANNELS:
        raise ValidationError("channel", "choose SMS, e-mail or WhatsApp")
    template = clean_text(inp.template, field="template", max_len=1000)
    if template:
        placeholders_in(template)
    holdout_bp = percent_to_bp(inp.holdout_percent, field="holdout_percent")
    if holdout_bp > 5000:
        raise ValidationError("holdout_percent", "hold out at most half of the customers")
    if not 1 <= inp.window_days <= MAX_WINDOW_DAYS:
        raise ValidationError(
            "window_days", f"count bills from 1 to {MAX_WINDOW_DAYS} days after the send"
        )
    amount = None
    if inp.voucher_amount is not None and Decimal(inp.voucher_amount) != 0:
        amount = clean_amount(
            VoucherInput(amount=Decimal(inp.voucher_amount), value_kind="open", how="free")
        )
        if not 1 <= inp.voucher_days <= 3650:
            raise ValidationError("valid_days", "a voucher is valid from 1 to 3,650 days")
    return name, template, holdout_bp, inp.window_days, amount


def _address(channel: str, c: Customer) -> str:
    return (c.email or "") if channel in EMAIL_CHANNELS else (c.mobile or "")


def _info(s: Session, c: Campaign) -> CampaignInfo:
    counts: dict[str, int] = defaultdict(int)
    for status, n in s.execute(
        select(CampaignRecipient.status, func.count())
        .where(CampaignRecipient.campaign_id == c.id)
        .group_by(CampaignRecipient.status)
    ):
        counts[status] = int(n)
    return CampaignInfo(
        id=c.id,
        name=c.name,
        segment_name=c.segment_name,
        channel=c.channel,
        started_at=c.started_at,
        window_days=c.window_days,
        holdout_bp=c.holdout_bp,
        seed=int(c.seed),
        voucher=paise_to_money(c.voucher_paise),
        recipients=sum(counts.values()),
        held_out=counts[HOLDOUT],
        queued=counts[QUEUED] + counts[ALREADY],
        to_send=counts[TO_SEND],
    )


class CampaignService:
    """Start campaigns (managers), list them, queue what is left to send, report conversions."""

    def __init__(self, uow: UnitOfWork, clock: Clock, shop: Callable[[], ShopInfo]) -> None:
        self._uow = uow
        self._clock = clock
        self._shop = shop

    def start(self, inp: CampaignInput, *, by: UserInfo) -> CampaignInfo:
        """Freeze the segment's members as the send list, mark the hold-out, issue vouchers and
        queue the messages. ValidationError naming the field; DuplicateValue for a name used."""
        name, template, holdout_bp, window, amount = _clean(inp)
        seed = inp.seed if inp.seed is not None else secrets.randbelow(2**31)
        with self._uow.begin() as s:
            require_manager_role(s, by, action="start a campaign")
            segment = s.get(Segment, inp.segment_id)
            if segment is None:
                raise NotFound("No such segment.", segment_id=inp.segment_id)
            if s.scalar(select(Campaign.id).where(Campaign.name == name)):
                raise DuplicateValue(
                    f"A campaign is already called {name}.", field="campaign_name", value=name
                )
            now = self._clock.now()
            today = shop_today(self._clock)
            rules = SegmentRules.from_json(segment.rules)
            members = member_list(s, rules, today)
            if not members:
                raise ValidationError("segment", "the segment has no customers today")
            campaign = Campaign(
                name=name,
                segment_id=segment.id,
                segment_name=segment.name,
                rules=rules.to_json(),
                channel=inp.channel,
                template=template,
                voucher_paise=0 if amount is None else int(amount * 100),
                voucher_days=inp.voucher_days if amount is not None else 0,
                holdout_bp=holdout_bp,
                seed=seed,
                window_days=window,
                started_at=now,
                started_by=by.id,
            )
            s.add(campaign)
            s.flush()
            shop = self._shop()
            for m in members:
                held = crm.in_holdout(seed, m.customer_id, holdout_bp)
                customer = s.get(Customer, m.customer_id)
                assert customer is not None
                row = CampaignRecipient(
                    campaign_id=campaign.id,
                    customer_id=m.customer_id,
                    holdout=held,
                    address=_address(inp.channel, customer),
                    voucher_id=None,
                    status=HOLDOUT if held else TO_SEND,
                )
                s.add(row)
                if held:
                    continue
                variables = {"name": customer.name, "shop": shop.shop_name}
                if amount is not None:
                    voucher = issue_in(
                        s,
                        VoucherInput(
                            amount=amount,
                            value_kind="open",
                            how="free",
                            campaign=name,
                            customer_id=m.customer_id,
                            valid_days=inp.voucher_days,
                        ),
                        amount=amount,
                        campaign=name,
                        by=by,
                        now=now,
                        day=today,
                        series_codes=shop.series_codes,
                    )
                    row.voucher_id = voucher.id
                    variables |= {
                        "code": voucher.code,
                        "amount": format_inr(amount).replace("₹", "").strip(),
                        "due_date": voucher.expires_on.strftime("%d-%m-%Y"),
                    }
                row.status = self._queue(s, campaign, row, variables, now)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="campaign.start",
                entity="campaign",
                entity_id=campaign.id,
                at=now,
                details={
                    "name": name,
                    "segment": segment.name,
                    "recipients": len(members),
                    "seed": seed,
                    "holdout_bp": holdout_bp,
                },
            )
            s.flush()
            return _info(s, campaign)

    def _queue(
        self,
        s: Session,
        campaign: Campaign,
        row: CampaignRecipient,
        variables: dict[str, str],
        now: datetime,
    ) -> str:
        if not row.address:
            return NO_ADDRESS
        text = render(campaign.template, variables) if campaign.template else None
        fresh = queue(
            s,
            kind=KIND,
            key=f"{campaign.id}:{row.customer_id}",
            customer_id=row.customer_id,
            recipient=row.address,
            channel=campaign.channel,
            variables=variables,
            now=now,
            text=text,
        )
        return QUEUED if fresh else ALREADY

    def campaigns(self) -> list[CampaignInfo]:
        with self._uow.read() as s:
            rows = s.scalars(select(Campaign).order_by(Campaign.started_at.desc()))
            return [_info(s, c) for c in rows]

    def get(self, campaign_id: str) -> CampaignInfo:
        with self._uow.read() as s:
            return _info(s, self._campaign(s, campaign_id))

    @staticmethod
    def _campaign(s: Session, campaign_id: str) -> Campaign:
        c = s.get(Campaign, campaign_id)
        if c is None:
            raise NotFound("No such campaign.", campaign_id=campaign_id)
        return c

    def recipients(self, campaign_id: str) -> list[tuple[str, bool, str]]:
        """(customer id, held out, status) of the frozen send list."""
        with self._uow.read() as s:
            q = select(
                CampaignRecipient.customer_id, CampaignRecipient.holdout, CampaignRecipient.status
            ).where(CampaignRecipient.campaign_id == campaign_id)
            return [(cid, bool(h), st) for cid, h, st in s.execute(q)]

    def report(self, campaign_id: str) -> CampaignReport:
        """Who bought (final bills, their invoice value) from the send until ``window_days``
        after it, the sent group against the hold-out. A customer merged into a recipient
        counts as the recipient."""
        with self._uow.read() as s:
            c = self._campaign(s, campaign_id)
            info = _info(s, c)
            start = c.started_at
            end = start + timedelta(days=c.window_days)
            held: dict[str, bool] = {
                cid: bool(h)
                for cid, h in s.execute(
                    select(CampaignRecipient.customer_id, CampaignRecipient.holdout).where(
                        CampaignRecipient.campaign_id == c.id
                    )
                )
            }
            owner = {cid: cid for cid in held}
            for merged, survivor in s.execute(
                select(CustomerMerge.merged_id, CustomerMerge.survivor_id)
            ):
                if survivor in held:
                    owner[merged] = survivor
            bills: dict[str, int] = defaultdict(int)
            paise: dict[str, int] = defaultdict(int)
            ids = list(owner)
            for i in range(0, len(ids), _CHUNK):
                chunk = ids[i : i + _CHUNK]
                q = select(Invoice.customer_id, Invoice.invoice_value_paise).where(
                    Invoice.customer_id.in_(chunk),
                    Invoice.status == "final",
                    Invoice.issued_at >= start,
                    Invoice.issued_at < end,
                )
                for cid, value in s.execute(q):
                    who = owner[str(cid)]
                    bills[who] += 1
                    paise[who] += int(value)
            groups = {}
            for side in (False, True):
                members = [cid for cid, h in held.items() if bool(h) is side]
                bought = [cid for cid in members if bills[cid]]
                groups[side] = crm.GroupOutcome(
                    recipients=len(members),
                    converted=len(bought),
                    bills=sum(bills[cid] for cid in bought),
                    revenue=paise_to_money(sum(paise[cid] for cid in bought)),
                )
            converted = []
            buyers = [cid for cid in held if bills[cid]]
            for i in range(0, len(buyers), _CHUNK):
                for cu in s.scalars(
                    select(Customer).where(Customer.id.in_(buyers[i : i + _CHUNK]))
                ):
                    converted.append(
                        ConvertedCustomer(
                            customer_id=cu.id,
                            name=cu.name,
                            mobile=cu.mobile,
                            holdout=bool(held[cu.id]),
                            bills=bills[cu.id],
                            amount=paise_to_money(paise[cu.id]),
                        )
                    )
            converted.sort(key=lambda x: (-x.amount, x.name))
            ends_on = (end - timedelta(microseconds=1)).astimezone(shop_zone(self._clock)).date()
            return CampaignReport(
                campaign=info,
                ends_on=ends_on,
                conversion=crm.Conversion(sent=groups[False], holdout=groups[True]),
                converted=tuple(converted),
            )
