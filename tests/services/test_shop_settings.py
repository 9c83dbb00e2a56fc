"""The shop's settings: defaults, managers only, checked values, an audit entry per change, and
billing pricing new bills with them while saved bills keep what they were priced with."""

from __future__ import annotations

import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from jewelpos.db.models import AuditLog, SyncOutbox
from jewelpos.domain.errors import CashLimitExceeded, PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import BillDraft
from jewelpos.services.shop_settings import CategoryDefaults, ShopSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, cash, make_counter, paid_in_full, upi

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def test_defaults_are_the_laws_and_domains(counter: Counter) -> None:
    """With nothing stored the settings are DOMAIN.md's defaults and the categories are listed."""
    got = counter.services.shop_settings.load()
    assert replace(got, categories=()) == ShopSettings()
    assert got.hallmark_fee == D("45.00") and got.cash_limit == D("200000")
    assert got.repair_labour_gst_percent == D("18") and got.time_zone == "Asia/Kolkata"
    assert {c.code for c in got.categories} >= {"RING", "NECK"}


def test_a_manager_saves_and_each_change_is_audited_and_queued(counter: Counter) -> None:
    """Two changed values: two audit entries (old and new value) and outbox rows for sync."""
    svc = counter.services.shop_settings
    saved = svc.save(
        {"hallmark_fee": "50", "huid_exempt": True, "time_zone": "Asia/Kolkata"},
        by=counter.manager,
    )
    assert saved.hallmark_fee == D("50.00") and saved.huid_exempt
    assert svc.load() == saved
    with counter.services.uow.read() as s:
        entries = list(
            s.scalars(select(AuditLog.details).where(AuditLog.action == "settings.change"))
        )
        queued = s.scalar(
            select(SyncOutbox.seq).where(SyncOutbox.table_name == "shop_setting").limit(1)
        )
    assert sorted(e["key"] for e in entries) == ["hallmark_fee_paise", "huid_exempt"]
    assert {"key": "hallmark_fee_paise", "old": "4500", "new": "5000"} in entries
    assert queued is not None


def test_a_cashier_cannot_change_settings(counter: Counter) -> None:
    """PermissionDenied for a cashier, and nothing is stored."""
    with pytest.raises(PermissionDenied):
        counter.services.shop_settings.save({"hallmark_fee": "50"}, by=counter.cashier)
    assert counter.services.shop_settings.load().hallmark_fee == D("45.00")


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("hallmark_fee", "forty", "hallmark fee in rupees"),
        ("hallmark_fee", "-5", "hallmark fee must be from"),
        ("cash_limit", "0", "cash limit must be from"),
        ("pan_threshold", "1.234", "two decimals"),
        ("repair_labour_gst_percent", "40", "at most 28"),
        ("time_zone", "Mars/Olympus", "not a time zone"),
        ("reopen_hours", "soon", "whole hours"),
        ("huid_exempt", "maybe", "yes or no"),
    ],
)
def test_bad_values_are_refused_in_words(
    counter: Counter, field: str, value: str, words: str
) -> None:
    """A bad value names its field and says in words what is expected; nothing is stored."""
    with pytest.raises(ValidationError) as bad:
        counter.services.shop_settings.save({field: value}, by=counter.manager)
    assert bad.value.field == field and words in bad.value.problem
    assert replace(counter.services.shop_settings.load(), categories=()) == ShopSettings()


def test_category_defaults_are_edited(counter: Counter) -> None:
    """A category's default VA and making change, and new lines of that category use them."""
    counter.services.shop_settings.save(
        {},
        by=counter.manager,
        categories=(
            CategoryDefaults(
                code="RING",
                wastage_percent=D("10"),
                wastage_on="weight",
                making_kind="per_g",
                making_value=D("500"),
            ),
        ),
    )
    ring = next(c for c in counter.services.shop_settings.load().categories if c.code == "RING")
    assert ring.wastage_percent == D("10.00") and ring.making_value == D("500.00")
    line = counter.ring()
    assert line.making_value == D("500.00") and line.wastage_percent == D("10.00")


def test_hallmark_fee_prices_new_bills_but_never_a_saved_one(counter: Counter) -> None:
    """Fee 45 -> 100: a new quote's hallmark is 100.00; the bill saved at 45 keeps 45.00 in its
    view and invoice document, and its taxable value stays 2,66,093.64."""
    draft = BillDraft(lines=(counter.necklace(huid="NEK001"),), customer_id=counter.customer.id)
    saved = counter.billing.save_bill(paid_in_full(counter, draft), by=counter.cashier)
    before_doc = counter.billing.invoice_document(saved.id)
    counter.services.shop_settings.save({"hallmark_fee": "100"}, by=counter.manager)

    fresh = counter.necklace(huid="NEK002")
    q = counter.billing.quote(BillDraft(lines=(fresh,)), customer=None)
    # 32.640 g x 7,150.00 = 2,33,376.00; VA 14 % = 32,672.64; hallmark 100.00 -> 2,66,148.64
    assert q.lines_amounts[fresh.key].hallmark == D("100.00")
    assert q.taxable == D("266148.64")

    view = counter.billing.bill(saved.id)
    assert [line.hallmark for line in view.lines] == [D("45.00")]
    # 2,33,376.00 + 32,672.64 + 45.00 = 2,66,093.64 (DOMAIN.md's exchange example)
    assert view.taxable == D("266093.64")
    assert counter.billing.invoice_document(saved.id) == before_doc


def test_cash_limit_setting_is_what_save_bill_enforces(counter: Counter) -> None:
    """Cash limit Rs 10,000: Rs 10,000 in cash is refused (must stay below), 9,999 is taken."""
    counter.services.shop_settings.save({"cash_limit": "10000"}, by=counter.manager)
    assert counter.billing.cash_limit == D("10000.00")
    line = counter.ring()
    due = counter.billing.quote(BillDraft(lines=(line,)), customer=None).net_payable
    too_much = BillDraft(lines=(line,), payments=(cash("10000"), upi(str(due - 10000))))
    q = counter.billing.quote(too_much, customer=None)
    assert "cash_limit" in [p.code for p in q.problems]
    with pytest.raises(CashLimitExceeded):
        counter.billing.save_bill(too_much, by=counter.cashier)
    ok = BillDraft(lines=(line,), payments=(cash("9999"), upi(str(due - 9999))))
    counter.billing.save_bill(ok, by=counter.cashier)


def test_pan_threshold_setting_is_used(counter: Counter) -> None:
    """PAN limit Rs 10,000: a ring bill above it needs PAN or Form 60."""
    line = counter.ring()
    assert not counter.billing.quote(BillDraft(lines=(line,)), customer=None).pan_required
    counter.services.shop_settings.save({"pan_threshold": "10000"}, by=counter.manager)
    q = counter.billing.quote(BillDraft(lines=(line,)), customer=None)
    assert q.pan_required and "pan_required" in [p.code for p in q.problems]
    (problem,) = [p for p in q.problems if p.code == "pan_required"]
    assert "10,000" in problem.params["threshold"]


def test_a_gold_piece_without_huid_is_flagged_unless_the_shop_is_exempt(counter: Counter) -> None:
    """A tagged 22K piece of 32.640 g without HUID gets a huid_missing notice; with its HUID, or
    once the shop is marked exempt (turnover under Rs 40 lakh), it gets none."""
    bare = counter.necklace()
    marked = counter.necklace(huid="NEK003")
    q = counter.billing.quote(BillDraft(lines=(bare, marked)), customer=None)
    assert [(n.code, n.params["line_no"]) for n in q.notices] == [("huid_missing", "1")]
    counter.services.shop_settings.save({"huid_exempt": True}, by=counter.manager)
    assert counter.billing.quote(BillDraft(lines=(bare,)), customer=None).notices == ()
