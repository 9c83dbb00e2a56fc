"""Campaigns: the frozen send list, the seeded hold-out, vouchers and messages queued once,
and conversions exact against hand-worked numbers."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models_messaging import Message
from jewelpos.db.models_vouchers import GiftVoucher
from jewelpos.domain import crm
from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.campaigns import CampaignInput
from jewelpos.services.customers import CustomerInfo
from jewelpos.services.segments import SegmentRules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter
from crm_helpers import BANGLE_BILL, at_day, bangle_bill, customer

D = Decimal
TODAY = date(2025, 6, 1)


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _birthday_people(counter: Counter, n: int) -> list[CustomerInfo]:
    return [
        customer(counter, f"Guest {i}", f"98230000{i:02d}", birthday=date(1985, 5, 30))
        for i in range(n)
    ]


def _seed_splitting(ids: list[str], share_bp: int, held: int) -> int:
    """The first seed that holds out exactly ``held`` of ``ids`` (the service draws the same)."""
    for seed in range(1, 10_000):
        if sum(crm.in_holdout(seed, i, share_bp) for i in ids) == held:
            return seed
    raise AssertionError("no seed splits them")


def _start(counter: Counter, people: list[CustomerInfo], *, held: int, **more: object) -> tuple:
    svc = counter.services
    segment = svc.segments.save("Birthdays", SegmentRules(birthday_week=True), by=counter.owner)
    seed = _seed_splitting([p.id for p in people], 4000, held)
    info = svc.campaigns.start(
        CampaignInput(
            name="Birthday week",
            segment_id=segment.id,
            holdout_percent=D(40),
            window_days=7,
            seed=seed,
            **more,  # type: ignore[arg-type]
        ),
        by=counter.owner,
    )
    return info, seed


def test_conversions_against_the_holdout_are_exact(counter: Counter) -> None:
    """Three sent, two held out. Within the 7 days: sent A buys twice, sent B once, held H1
    once; sent C bought only before the send, held H2 only after the 7 days, a stranger
    inside them. Each bill is one 1 g bangle of 8,100.96 (crm_helpers).

    sent: 2 of 3 converted = 66.67 %, 3 bills, 24,302.88, per recipient 8,100.96;
    hold-out: 1 of 2 = 50.00 %, 1 bill, 8,100.96, per recipient 4,050.48;
    uplift 16.67 points; incremental (8,100.96 - 4,050.48) x 3 = 12,151.44."""
    people = _birthday_people(counter, 5)
    stranger = customer(counter, "Stranger", "9823009999")
    at_day(counter, TODAY - timedelta(days=3))
    bangle_bill(counter, people[0])  # whoever: before the send, never counted
    at_day(counter, TODAY)
    info, seed = _start(counter, people, held=2)
    recipients = counter.services.campaigns.recipients(info.id)
    held = {cid for cid, h, _st in recipients if h}
    assert held == {p.id for p in people if crm.in_holdout(seed, p.id, 4000)}
    assert len(recipients) == 5 and (info.recipients, info.held_out) == (5, 2)
    sent = [p for p in people if p.id not in held]
    out = [p for p in people if p.id in held]
    # the bill before the send was people[0]'s; make sure C (sent, no bill inside) is not them
    a, b, c = sorted(sent, key=lambda p: p.id != people[0].id)[::-1]
    h1, h2 = out
    at_day(counter, TODAY + timedelta(days=2))
    bangle_bill(counter, a)
    bangle_bill(counter, h1)
    bangle_bill(counter, stranger)
    at_day(counter, TODAY + timedelta(days=6))
    bangle_bill(counter, a)
    bangle_bill(counter, b)
    at_day(counter, TODAY + timedelta(days=7))  # 10:30 seven days after the 10:30 send: outside
    bangle_bill(counter, h2)
    report = counter.services.campaigns.report(info.id)
    s, h = report.conversion.sent, report.conversion.holdout
    assert (s.recipients, s.converted, s.bills, s.revenue) == (3, 2, 3, D("24302.88"))
    assert (s.conversion_percent, s.revenue_per_recipient) == (D("66.67"), D("8100.96"))
    assert (h.recipients, h.converted, h.bills, h.revenue) == (2, 1, 1, D("8100.96"))
    assert (h.conversion_percent, h.revenue_per_recipient) == (D("50.00"), D("4050.48"))
    assert report.conversion.uplift_points == D("16.67")
    assert report.conversion.incremental_revenue == D("12151.44")
    assert D("24302.88") == 3 * BANGLE_BILL
    assert {(x.name, x.holdout, x.bills, x.amount) for x in report.converted} == {
        (a.name, False, 2, D("16201.92")),
        (b.name, False, 1, BANGLE_BILL),
        (h1.name, True, 1, BANGLE_BILL),
    }
    assert c.id not in {x.customer_id for x in report.converted}


def test_start_freezes_the_list_issues_vouchers_and_queues_each_message_once(
    counter: Counter,
) -> None:
    """Only the sent customers get a free voucher and one queued message (kind campaign, key
    campaign:customer); the hold-out gets neither; a customer who joins the segment later is
    not added to the campaign."""
    people = _birthday_people(counter, 5)
    info, _seed = _start(counter, people, held=2, voucher_amount=D("500"), voucher_days=30)
    svc = counter.services
    recipients = svc.campaigns.recipients(info.id)
    sent = {cid for cid, h, _st in recipients if not h}
    assert {st for _cid, h, st in recipients if not h} == {"queued"}
    assert {st for _cid, h, st in recipients if h} == {"holdout"}
    with svc.uow.read() as s:
        messages = s.scalars(select(Message).where(Message.kind == "campaign")).all()
        vouchers = s.scalars(select(GiftVoucher).where(GiftVoucher.campaign == "Birthday week"))
        voucher_owners = {v.customer_id: v for v in vouchers}
    assert {m.key for m in messages} == {f"{info.id}:{cid}" for cid in sent}
    assert set(voucher_owners) == sent
    assert all(v.value_paise == 50_000 and v.how == "free" for v in voucher_owners.values())
    one = next(m for m in messages if m.customer_id in sent)
    code = voucher_owners[one.customer_id].code
    assert code in one.text and "500" in one.text  # the shop's default campaign text
    customer(counter, "Late Comer", "9823008888", birthday=date(1991, 5, 31))
    assert svc.campaigns.get(info.id).recipients == 5
    assert svc.segments.count(SegmentRules(birthday_week=True)) == 6


def test_the_campaigns_own_text_is_sent_with_its_placeholders(counter: Counter) -> None:
    """A template typed for the campaign is rendered per customer; an unknown placeholder is
    refused naming the template."""
    people = _birthday_people(counter, 3)
    info, _ = _start(counter, people, held=0, template="Happy birthday {name}! - {shop}")
    with counter.services.uow.read() as s:
        texts = {m.text for m in s.scalars(select(Message).where(Message.kind == "campaign"))}
    assert texts == {f"Happy birthday {p.name}! - Shree Ganesh Jewellers" for p in people}
    with pytest.raises(ValidationError) as err:
        counter.services.campaigns.start(
            CampaignInput(name="Bad", segment_id="x", template="Hi {nme}"), by=counter.owner
        )
    assert err.value.field == "template"
    assert info.to_send == 0 and info.queued == 3


def test_only_a_manager_starts_a_campaign_and_names_are_unique(counter: Counter) -> None:
    """A cashier is refused; a second campaign of the same name is refused."""
    people = _birthday_people(counter, 2)
    _start(counter, people, held=0)
    segment = counter.services.segments.segments()[0]
    with pytest.raises(PermissionDenied):
        counter.services.campaigns.start(
            CampaignInput(name="Other", segment_id=segment.id), by=counter.cashier
        )
    from jewelpos.domain.errors import DuplicateValue

    with pytest.raises(DuplicateValue):
        counter.services.campaigns.start(
            CampaignInput(name="Birthday week", segment_id=segment.id), by=counter.owner
        )
