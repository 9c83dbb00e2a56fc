"""Reports service: sales by day refuses a backwards or over-long range, stops when asked,
reports progress day by day; GST settings are changed by managers only."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jewelpos.domain.errors import PermissionDenied, ValidationError
from jewelpos.services import Services
from jewelpos.services.auth import UserInfo
from jewelpos.services.gst_settings import GstSettingsService
from jewelpos.services.reports import ReportCancelled, ReportsService

sys.path.insert(0, str(Path(__file__).resolve().parent))
from billing_helpers import Counter, make_counter

D = Decimal


@pytest.fixture
def counter(services: Services, owner: UserInfo) -> Counter:
    return make_counter(services, owner)


def test_range_checks_progress_and_stop(counter: Counter) -> None:
    """A range ending before it starts or longer than two years is refused in words; progress
    counts every day; a stop request ends it with ReportCancelled."""
    svc = ReportsService(counter.services.uow)
    with pytest.raises(ValidationError, match="last day comes before"):
        svc.sales_by_day(date(2025, 6, 2), date(2025, 6, 1))
    with pytest.raises(ValidationError, match="at most 731 days"):
        svc.sales_by_day(date(2023, 1, 1), date(2025, 6, 1))
    seen: list[tuple[int, int]] = []
    report = svc.sales_by_day(
        date(2025, 5, 30), date(2025, 6, 1), progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 3), (2, 3), (3, 3)] and len(report.days) == 3
    assert report.total("invoice_value") == D("0.00") and report.total("bills") == 0
    with pytest.raises(ReportCancelled):
        svc.sales_by_day(
            date(2025, 5, 1),
            date(2025, 6, 1),
            cancelled=lambda: len(seen) > 4,
            progress=lambda d, t: seen.append((d, t)),
        )
    assert len(seen) == 5


def test_gst_settings_need_a_manager(counter: Counter) -> None:
    """A cashier cannot change the B2C large limit or the Tally ledgers; a bad value is named."""
    svc = GstSettingsService(counter.services.uow)
    with pytest.raises(PermissionDenied):
        svc.save(by=counter.cashier, b2cl_threshold=D("250000"))
    with pytest.raises(ValidationError, match="no Tally account called sales_tax"):
        svc.save(by=counter.manager, ledgers={"sales_tax": "X"})
    with pytest.raises(ValidationError, match="above zero"):
        svc.save(by=counter.manager, b2cl_threshold=D("0"))
    saved = svc.save(by=counter.manager, b2cl_threshold=D("250000"), hsn_split=False)
    assert (saved.b2cl_threshold, saved.hsn_split) == (D("250000"), False)
    assert svc.load().tally_ledgers["cash"] == "Cash"
