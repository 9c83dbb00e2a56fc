"""Every approval-gated action is checked in its service: a cashier is refused, a manager (or a
cashier with a manager's logged approval) goes through. Day end and its reopening included."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from jewelpos.db.models import AuditLog, SyncOutbox
from jewelpos.db.models_billing import ApprovalLog, DayEnd
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import (
    ApprovalRequired,
    DayClosed,
    DayReopenRefused,
    PermissionDenied,
    ValidationError,
)
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.billing import (
    APPROVE_CANCEL,
    APPROVE_RETURN,
    BillDraft,
    approve_line,
)
from jewelpos.services.day_end import APPROVE_DAY_END, APPROVE_DAY_REOPEN
from jewelpos.services.returns import RefundEntry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import MANAGER_PIN, Counter, make_counter, paid_in_full

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def _bill(counter: Counter, huid: str = "RNG001") -> str:
    return counter.billing.save_bill(
        paid_in_full(counter, BillDraft(lines=(counter.ring(huid),))), by=counter.cashier
    ).id


def _approvals(counter: Counter, what: str) -> list[ApprovalLog]:
    with counter.services.uow.read() as s:
        return list(s.scalars(select(ApprovalLog).where(ApprovalLog.what == what)))


# --- day end --------------------------------------------------------------------------------


def test_a_cashier_cannot_close_the_day(counter: Counter) -> None:
    """close_day by a cashier without a manager's approval is refused and writes nothing."""
    day = counter.today()
    with pytest.raises(ApprovalRequired):
        counter.services.day_end.close_day(day, counted={}, by=counter.cashier)
    assert not counter.services.day_end.is_closed(day)


def test_a_manager_closes_the_day_in_the_approval_log(counter: Counter) -> None:
    """A manager closes the day; the approval log says who, and for which day_end row."""
    day = counter.today()
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)
    assert counter.services.day_end.is_closed(day)
    (row,) = _approvals(counter, APPROVE_DAY_END)
    with counter.services.uow.read() as s:
        day_end = s.scalars(select(DayEnd)).one()
    assert row.manager_id == counter.manager.id and row.used_for == day_end.id


def test_a_cashier_closes_the_day_with_a_managers_pin(counter: Counter) -> None:
    """A cashier with a manager's PIN approval closes the day; the approval is used once."""
    day = counter.today()
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_DAY_END)
    report = counter.services.day_end.close_day(
        day, counted={}, by=counter.cashier, approval=approval
    )
    assert report.closed_by == "Meena Shah"
    (row,) = _approvals(counter, APPROVE_DAY_END)
    assert row.used_for is not None


def test_expected_cash_includes_the_opening_float(counter: Counter) -> None:
    """Expected cash is the day's cash plus the opening float (Rs 5,000 + 2,000 = 7,000)."""
    draft = paid_in_full(counter, BillDraft(lines=(counter.ring(),)), cash_amount="5000")
    counter.billing.save_bill(draft, by=counter.cashier)
    report = counter.services.day_end.close_day(
        counter.today(),
        counted={2000: 3, 500: 2},  # 6,000 + 1,000 = 7,000 counted
        by=counter.manager,
        opening_float=D("2000"),
    )
    assert report.opening_float == D("2000.00")
    assert report.expected_cash == D("7000.00") and report.difference == D("0.00")
    again = counter.services.day_end.report(counter.today())
    assert again is not None and again.opening_float == D("2000.00")
    with pytest.raises(ValidationError):
        counter.services.day_end.close_day(
            counter.today() + timedelta(days=1), counted={}, by=counter.manager, opening_float=D(-1)
        )


def test_reopen_by_a_manager_lets_bills_be_saved_again(counter: Counter) -> None:
    """A reopened day takes bills; the reopening is in the approval and audit logs; closing
    again works and the day is closed once more."""
    day = counter.today()
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)
    with pytest.raises(DayClosed):
        _bill(counter)
    with pytest.raises(ApprovalRequired):
        counter.services.day_end.reopen_day(day, reason="late customer", by=counter.cashier)
    with pytest.raises(ValidationError):
        counter.services.day_end.reopen_day(day, reason="  ", by=counter.manager)
    done = counter.services.day_end.reopen_day(day, reason="late customer", by=counter.manager)
    assert done.reopened_by == "Meena Shah"
    assert not counter.services.day_end.is_closed(day)
    _bill(counter, "RNG009")
    (row,) = _approvals(counter, APPROVE_DAY_REOPEN)
    assert row.manager_id == counter.manager.id
    with counter.services.uow.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.action == "day.reopen")))
    assert actions == ["day.reopen"]
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)  # same instant
    assert counter.services.day_end.is_closed(day)
    assert counter.services.day_end.report(day) is not None


def test_a_cashier_reopens_with_a_managers_pin(counter: Counter) -> None:
    """A cashier with a manager's approval of day_reopen reopens the day."""
    day = counter.today()
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_DAY_REOPEN)
    counter.services.day_end.reopen_day(
        day, reason="one more bill", by=counter.cashier, approval=approval
    )
    assert not counter.services.day_end.is_closed(day)


def test_reopen_is_refused_once_the_day_end_reached_head_office(counter: Counter) -> None:
    """After the day_end row was sent to head office the day cannot be reopened."""
    day = counter.today()
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)
    with counter.services.uow.begin() as s:
        s.execute(
            update(SyncOutbox)
            .where(SyncOutbox.table_name == "day_end")
            .values(sent_at=counter.services.clock.now())
        )
    state = counter.services.day_end.reopen_state(day)
    assert not state.can_reopen and state.why == "synced"
    with pytest.raises(DayReopenRefused) as refused:
        counter.services.day_end.reopen_day(day, reason="late", by=counter.manager)
    assert refused.value.params["why"] == "synced"
    assert counter.services.day_end.is_closed(day)


def test_reopen_is_refused_after_the_set_hours(counter: Counter) -> None:
    """Six hours (the default) after closing, the day stays closed; a shorter setting applies."""
    day = counter.today()
    counter.services.shop_settings.save({"reopen_hours": "2"}, by=counter.manager)
    counter.services.day_end.close_day(day, counted={}, by=counter.manager)
    clock = counter.services.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(hours=2, minutes=1))
    with pytest.raises(DayReopenRefused) as refused:
        counter.services.day_end.reopen_day(day, reason="late", by=counter.manager)
    assert refused.value.params["why"] == "late"


# --- the other gated actions ----------------------------------------------------------------


def test_cancel_bill_needs_a_manager(counter: Counter) -> None:
    """cancel_bill refuses a cashier's approval-less call and takes a manager's approval."""
    bill_id = _bill(counter)
    with pytest.raises(ApprovalRequired):
        counter.billing.cancel_bill(
            bill_id, reason="wrong piece", approval=None, by=counter.cashier
        )
    approval = counter.billing.approve(username="meena", pin=MANAGER_PIN, what=APPROVE_CANCEL)
    done = counter.billing.cancel_bill(
        bill_id, reason="wrong piece", approval=approval, by=counter.cashier
    )
    assert done.status == "cancelled"


def test_sales_return_needs_a_manager(counter: Counter) -> None:
    """A cashier cannot take goods back alone; a manager can."""
    bill_id = _bill(counter)
    line_ids = tuple(line.id for line in counter.billing.bill(bill_id).lines)
    cash_back = (RefundEntry("cash", counter.billing.return_value(bill_id, line_ids)),)
    with pytest.raises((PermissionDenied, ApprovalRequired)):
        counter.billing.sales_return(
            bill_id,
            line_ids=line_ids,
            reason="did not fit",
            by=counter.cashier,
            refunds=cash_back,
        )
    note = counter.billing.sales_return(
        bill_id,
        line_ids=line_ids,
        reason="did not fit",
        by=counter.manager,
        refunds=cash_back,
    )
    assert note.number
    assert APPROVE_RETURN  # the cashier's way: a manager's approval of APPROVE_RETURN


def test_price_below_the_floor_needs_a_managers_approval(counter: Counter) -> None:
    """save_bill refuses a below-floor line without a logged approval, whoever saves it."""
    cheap = replace(counter.ring(), making_value=D("300.00"))
    draft = paid_in_full(counter, BillDraft(lines=(cheap,)))
    with pytest.raises(ApprovalRequired):
        counter.billing.save_bill(draft, by=counter.cashier)
    approval = counter.billing.approve(
        username="meena", pin=MANAGER_PIN, what=approve_line(cheap.key)
    )
    counter.billing.save_bill(replace(draft, approvals=(approval,)), by=counter.cashier)


def test_stock_differences_need_a_manager(counter: Counter) -> None:
    """record_differences is refused to a cashier and done for a manager."""
    take = counter.services.stocktake.start("branch", by=counter.cashier)
    counter.services.stocktake.close(take.id, by=counter.cashier)
    with pytest.raises(PermissionDenied):
        counter.services.stocktake.record_differences(take.id, by=counter.cashier)
    counter.services.stocktake.record_differences(take.id, by=counter.manager)


def test_shop_settings_need_a_manager(counter: Counter) -> None:
    """Saving shop settings is refused to a cashier and done for a manager."""
    with pytest.raises(PermissionDenied):
        counter.services.shop_settings.save({"cash_limit": "150000"}, by=counter.cashier)
    saved = counter.services.shop_settings.save({"cash_limit": "150000"}, by=counter.manager)
    assert saved.cash_limit == D("150000.00")


def test_a_forged_manager_role_is_refused_by_the_database(counter: Counter) -> None:
    """A cashier's user passed with role=manager is still a cashier to the settings service."""
    forged = replace(counter.cashier, role=counter.manager.role)
    with pytest.raises(PermissionDenied):
        counter.services.shop_settings.save({"hallmark_fee": "50"}, by=forged)
    with pytest.raises(ApprovalRequired):
        counter.services.day_end.close_day(counter.today(), counted={}, by=forged)


def test_rates_need_a_manager(counter: Counter) -> None:
    """set_rates is refused to a cashier and done for a manager."""
    rates = {("gold", 916): D("7200.00")}
    with pytest.raises(PermissionDenied):
        counter.services.rates.set_rates(counter.today(), rates, by=counter.cashier)
    counter.services.rates.set_rates(counter.today(), rates, by=counter.manager)


def test_categories_need_a_manager(counter: Counter) -> None:
    """add_category is refused to a cashier and done for a manager."""
    values = {"code": "KADA", "name": "Kada", "metal": "gold", "default_purity": 916}
    with pytest.raises(PermissionDenied):
        counter.services.stock.add_category(**values, by=counter.cashier)  # type: ignore[arg-type]
    counter.services.stock.add_category(**values, by=counter.manager)  # type: ignore[arg-type]


def test_cost_code_and_tag_layout_need_a_manager(counter: Counter) -> None:
    """The cost cipher and the tag layout are refused to a cashier and saved for a manager."""
    with pytest.raises(PermissionDenied):
        counter.services.receiving.save_cost_cipher("JEWELRYBOX", by=counter.cashier)
    layout = counter.services.tags.layout()
    with pytest.raises(PermissionDenied):
        counter.services.tags.save_layout(layout, by=counter.cashier)
    counter.services.tags.save_layout(layout, by=counter.manager)


def test_import_users_and_sync_release_need_a_manager(counter: Counter, tmp_path: Path) -> None:
    """Importing, adding a user and sending refused changes again are refused to a cashier;
    the same calls go through for a manager."""
    from jewelpos.services.auth import Role
    from jewelpos.services.sync_status import SyncStatusService

    csv = tmp_path / "customers.csv"
    csv.write_text("name,mobile\nLata Rao,9822012399\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        counter.services.importing.run_import(csv, "customers", by=counter.cashier)
    report = counter.services.importing.run_import(csv, "customers", by=counter.manager)
    assert report is not None
    user = {"username": "kiran", "display_name": "Kiran Rao", "role": Role.CASHIER, "pin": "5555"}
    with pytest.raises(PermissionDenied):
        counter.services.auth.add_user(**user, by=counter.cashier)  # type: ignore[arg-type]
    counter.services.auth.add_user(**user, by=counter.manager)  # type: ignore[arg-type]
    status = SyncStatusService(counter.services.uow, counter.services.clock)
    with pytest.raises(PermissionDenied):
        status.release_quarantined(by=counter.cashier)
    assert status.release_quarantined(by=counter.manager) == 0


def test_the_shops_upi_id_and_printer_need_a_manager(counter: Counter) -> None:
    """A cashier cannot point the bills' UPI QR at another account; a manager can change it."""
    prints = counter.services.prints
    with pytest.raises(PermissionDenied):
        prints.set_counter_settings(
            printer_target="", receipt_width_mm=80, upi_vpa="thief@okaxis", by=counter.cashier
        )
    assert prints.upi_vpa != "thief@okaxis"
    prints.set_counter_settings(
        printer_target="", receipt_width_mm=58, upi_vpa="shreeganesh@okaxis", by=counter.manager
    )
    assert prints.upi_vpa == "shreeganesh@okaxis" and prints.receipt_width_mm == 58
