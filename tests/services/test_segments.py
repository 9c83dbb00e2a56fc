"""Segments against hand-built customers: each rule alone, rules combined, RFM, exports."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.customer_profile import FamilyMember
from jewelpos.services.segments import SegmentRules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter
from crm_helpers import BANGLE_BILL, at_day, bangle_bill, customer

D = Decimal
TODAY = date(2025, 6, 1)  # factories.SHOP_MORNING: Sunday; the week is Mon 26 May - Sun 1 June


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _names(services: Services, rules: SegmentRules) -> set[str]:
    return {m.name for m in services.segments.run(rules).members}


def test_not_seen_for_n_days_is_who_bought_before_but_not_since(counter: Counter) -> None:
    """A bill 200 days ago and none since: not seen for 90 days; a bill 10 days ago or no
    bill at all: not in the segment."""
    gone = customer(counter, "Gopal Rao", "9822000001")
    regular = customer(counter, "Rekha Jain", "9822000002")
    customer(counter, "Neha Never", "9822000003")
    at_day(counter, TODAY - timedelta(days=200))
    bangle_bill(counter, gone)
    bangle_bill(counter, regular)
    at_day(counter, TODAY - timedelta(days=10))
    bangle_bill(counter, regular)
    at_day(counter, TODAY)
    svc = counter.services
    rules = SegmentRules(not_seen_days=90)
    assert _names(svc, rules) == {"Gopal Rao"}
    assert svc.segments.count(rules) == 1
    # 200 days ago is within 365 days: nobody is unseen for a year
    assert svc.segments.count(SegmentRules(not_seen_days=365)) == 0


def test_vip_by_spend_and_rfm_score(counter: Counter) -> None:
    """Two 1 g bangle bills 10 days ago (16,201.92) pass a 10,000 spend; one bill (8,100.96)
    does not. RFM of the two-bill customer: recency 10 days -> 5, 2 bills -> 2, spend under
    50,000 -> 1: score 8, code "521"."""
    big = customer(counter, "Vimala Desai", "9822000011")
    small = customer(counter, "Sonal Shah", "9822000012")
    at_day(counter, TODAY - timedelta(days=10))
    bangle_bill(counter, big)
    bangle_bill(counter, big)
    bangle_bill(counter, small)
    at_day(counter, TODAY)
    svc = counter.services
    result = svc.segments.run(SegmentRules(vip_min_spend=D("10000")))
    assert [m.name for m in result.members] == ["Vimala Desai"]
    vip = result.members[0]
    assert vip.spend == 2 * BANGLE_BILL == D("16201.92")
    assert (vip.bills, vip.last_bill) == (2, TODAY - timedelta(days=10))
    assert (vip.rfm.code, vip.rfm.score) == ("521", 8)
    assert svc.segments.count(SegmentRules(vip_min_spend=D("10000"), vip_min_rfm=8)) == 1
    assert svc.segments.count(SegmentRules(vip_min_spend=D("10000"), vip_min_rfm=9)) == 0
    # spend counts only the last vip_months: a month ago it was none of the two
    assert svc.segments.count(SegmentRules(vip_min_spend=D("8000"))) == 2


def test_only_one_category_and_by_salesperson_and_branch(counter: Counter) -> None:
    """Bangles only vs bangle + ring; bills named on the manager vs the cashier; the branch."""
    one = customer(counter, "Ila Kulkarni", "9822000021")
    two = customer(counter, "Tara Mehta", "9822000022")
    bangle_bill(counter, one, salesperson_id=counter.manager.id)
    bangle_bill(counter, one, salesperson_id=counter.manager.id)
    bangle_bill(counter, two, salesperson_id=counter.cashier.id)
    bangle_bill(counter, two, cat="RING", salesperson_id=counter.cashier.id)
    svc = counter.services
    assert _names(svc, SegmentRules(one_category=True)) == {"Ila Kulkarni"}
    bangle = counter.cats["BANGLE"]
    ring = counter.cats["RING"]
    assert _names(svc, SegmentRules(one_category=True, category_id=bangle)) == {"Ila Kulkarni"}
    assert _names(svc, SegmentRules(one_category=True, category_id=ring)) == set()
    assert _names(svc, SegmentRules(salesperson_id=counter.cashier.id)) == {"Tara Mehta"}
    branch = svc.setup.shop_info().branch_id
    assert _names(svc, SegmentRules(branch_id=branch)) == {"Ila Kulkarni", "Tara Mehta"}
    # combined with AND: bought from the manager and only one category
    rules = SegmentRules(one_category=True, salesperson_id=counter.cashier.id)
    assert _names(svc, rules) == set()


def test_birthday_or_anniversary_this_week_counts_family_members(counter: Counter) -> None:
    """The week of Sunday 1 June 2025 runs from Monday 26 May: a birthday on 28 May, an
    anniversary on 1 June and a son's birthday on 26 May are in; 2 June is not."""
    customer(counter, "Bina Joshi", "9822000031", birthday=date(1980, 5, 28))
    customer(counter, "Chetan Naik", "9822000032", anniversary=date(2005, 6, 1))
    parent = customer(counter, "Dev Pawar", "9822000033")
    customer(counter, "Esha Late", "9822000034", birthday=date(1990, 6, 2))
    svc = counter.services
    svc.profiles.set_family(
        parent.id, (FamilyMember("Aarav Pawar", "son", date(2012, 5, 26)),), by=counter.owner
    )
    assert _names(svc, SegmentRules(birthday_week=True)) == {
        "Bina Joshi",
        "Chetan Naik",
        "Dev Pawar",
    }


def test_schemes_not_joined_last_year_and_not_renewed(counter: Counter) -> None:
    """Joined 400 days ago: no scheme in the last year; joined 30 days ago: has one. A scheme
    closed with no running one: not renewed; one closed and a new one running: renewed."""
    from jewelpos.domain.schemes import PlanKind, PlanTerms
    from jewelpos.services.schemes import PlanInput

    svc = counter.services
    plan = svc.schemes.save_plan(
        PlanInput("GOLD11", "Gold 11", PlanTerms(PlanKind.AMOUNT, D("1000.00"), 11)),
        by=counter.owner,
    )
    old = customer(counter, "Om Prakash", "9822000041")
    new = customer(counter, "Nina Rao", "9822000042")
    lapsed = customer(counter, "Lata Bose", "9822000043")
    renewed = customer(counter, "Ravi Gill", "9822000044")
    svc.schemes.enrol(
        customer_id=old.id,
        plan_id=plan.id,
        start_date=TODAY - timedelta(days=400),
        by=counter.owner,
    )
    svc.schemes.enrol(
        customer_id=new.id, plan_id=plan.id, start_date=TODAY - timedelta(days=30), by=counter.owner
    )
    for who in (lapsed, renewed):
        acc = svc.schemes.enrol(
            customer_id=who.id,
            plan_id=plan.id,
            start_date=TODAY - timedelta(days=60),
            by=counter.owner,
        )
        svc.schemes.close_early(acc.id, by=counter.owner, reason="moving away")
    svc.schemes.enrol(customer_id=renewed.id, plan_id=plan.id, by=counter.owner)
    assert _names(svc, SegmentRules(no_scheme_last_year=True)) == {
        "Om Prakash",
        "Asha Patil",  # make_counter's customer never joined one
    }
    assert _names(svc, SegmentRules(scheme_not_renewed=True)) == {"Lata Bose"}
    both = SegmentRules(scheme_not_renewed=True, no_scheme_last_year=True)
    assert _names(svc, both) == set()


def test_a_merged_customer_counts_as_the_survivor(counter: Counter) -> None:
    """Bills of a customer merged into another add to the survivor's spend; the merged one is
    not listed itself."""
    keep = customer(counter, "Uma Survivor", "9822000051")
    gone = customer(counter, "Uma S", "9822000052")
    bangle_bill(counter, keep)
    bangle_bill(counter, gone)
    counter.services.merges.merge(keep.id, gone.id, by=counter.owner)
    members = counter.services.segments.run(SegmentRules(vip_min_spend=D("10000"))).members
    assert [(m.name, m.spend, m.bills) for m in members] == [("Uma Survivor", 2 * BANGLE_BILL, 2)]


def test_saved_segments_and_bad_rules(counter: Counter) -> None:
    """A manager saves a segment (the same name replaces it); a cashier may not; a rule out of
    range names its field."""
    svc = counter.services
    saved = svc.segments.save("Lapsed", SegmentRules(not_seen_days=90), by=counter.owner)
    again = svc.segments.save("Lapsed", SegmentRules(not_seen_days=120), by=counter.manager)
    assert again.id == saved.id
    assert [(g.name, g.rules.not_seen_days) for g in svc.segments.segments()] == [("Lapsed", 120)]
    with pytest.raises(PermissionDenied):
        svc.segments.save("Mine", SegmentRules(birthday_week=True), by=counter.cashier)
    with pytest.raises(ValidationError) as err:
        svc.segments.count(SegmentRules(not_seen_days=0))
    assert err.value.field == "not_seen_days"
    with pytest.raises(ValidationError) as err:
        svc.segments.save("Empty", SegmentRules(), by=counter.owner)
    assert err.value.field == "segment_rules"


def test_csv_and_excel_exports_hold_every_member(counter: Counter) -> None:
    """The CSV and the workbook read back with a header row, each member and the spend."""
    a = customer(counter, "Kavya Iyer", "9822000061")
    bangle_bill(counter, a)
    bangle_bill(counter, a)
    rules = SegmentRules(vip_min_spend=D("1"))
    svc = counter.services
    text = svc.segments.export_csv(rules).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Name", "Mobile", "E-mail"]
    assert rows[1][:2] == ["Kavya Iyer", "9822000061"] and rows[1][5] == "16201.92"
    data = svc.segments.export_xlsx(rules, title="VIP", subtitle="1 June 2025")
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws is not None
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "VIP" and values[3][0] == "Name"
    assert values[4][:2] == ["Kavya Iyer", "9822000061"]
    assert D(str(values[4][5])) == D("16201.92")
    assert values[-1][0] == "1"  # the totals row: one member
