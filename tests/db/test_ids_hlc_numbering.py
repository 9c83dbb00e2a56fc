"""Row ids (UUID v7), the hybrid logical clock, financial years and gapless document numbers."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from jewelpos.db.engine import make_engine, make_session_factory
from jewelpos.db.numbering import allocate_number, peek_next, preview_number
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import ValidationError
from jewelpos.domain.hlc import Hlc, HybridLogicalClock
from jewelpos.domain.ids import id_timestamp_ms, new_id
from jewelpos.domain.numbering import DocType, financial_year


def test_new_ids_are_uuid7_strings_in_creation_order() -> None:
    """Ids are 36-character UUID v7 strings that sort in the order they were made."""
    ids = [new_id() for _ in range(2000)]
    assert all(len(i) == 36 and uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_id_carries_its_timestamp_and_later_times_sort_later() -> None:
    """The first 48 bits are the Unix time in ms; an id made at a later ms sorts after."""
    a = new_id(now_ms=1_900_000_000_000)
    b = new_id(now_ms=1_900_000_000_001)
    assert id_timestamp_ms(a) == 1_900_000_000_000
    assert a < b


def test_hlc_tick_is_monotonic_even_if_the_wall_clock_goes_back() -> None:
    """Local events get increasing versions even when the wall clock stalls or steps back."""
    clock = HybridLogicalClock("node1")
    versions = [clock.tick(t) for t in (1000, 1000, 999, 1001, 500)]
    assert versions == sorted(versions)
    assert [v.pack() for v in versions] == sorted(v.pack() for v in versions)
    assert versions[1] == Hlc(1000, 1, "node1")
    assert versions[3] == Hlc(1001, 0, "node1")


def test_hlc_receive_moves_past_a_remote_version_from_the_future() -> None:
    """After merging a remote version ahead of our clock, our next versions sort after it."""
    clock = HybridLogicalClock("a")
    clock.tick(1000)
    remote = Hlc(5000, 7, "b")
    merged = clock.receive(remote, now_ms=1001)
    assert merged > remote and merged.wall_ms == 5000 and merged.counter == 8
    assert clock.tick(1002) > merged


def test_hlc_packed_form_round_trips_and_sorts_like_the_tuple() -> None:
    """The packed string parses back and compares like (wall, counter, node)."""
    a, b = Hlc(1_748_754_000_000, 15, "abc"), Hlc(1_748_754_000_000, 16, "abc")
    assert Hlc.unpack(a.pack()) == a
    assert a.pack() < b.pack() and a.as_int() < b.as_int()
    with pytest.raises(ValueError):
        Hlc.unpack("not-a-version")


@pytest.mark.parametrize(
    ("day", "fy"),
    [
        (date(2025, 4, 1), "2526"),
        (date(2026, 3, 31), "2526"),
        (date(2025, 3, 31), "2425"),
        (date(1999, 12, 31), "9900"),
        (date(2099, 4, 1), "9900"),
    ],
)
def test_financial_year_runs_april_to_march(day: date, fy: str) -> None:
    """The financial year changes on 1 April."""
    assert financial_year(day) == fy


def _uow(db_path: Path) -> UnitOfWork:
    clock = FixedClock(datetime(2025, 6, 1, tzinfo=UTC))
    return UnitOfWork(make_session_factory(make_engine(db_path), clock=clock))


CODES = {"device_id": "dev", "branch_code": "B1", "counter_code": "C2"}


def test_numbers_are_gapless_and_restart_each_financial_year(db_path: Path) -> None:
    """Each allocation takes the next number; a new financial year starts again at 1."""
    uow = _uow(db_path)
    with uow.begin() as s:
        got = [
            allocate_number(s, DocType.INVOICE, day=date(2025, 6, 1), **CODES).number
            for _ in range(3)
        ]
    with uow.begin() as s:
        got.append(allocate_number(s, DocType.INVOICE, day=date(2026, 4, 1), **CODES).number)
        other = allocate_number(s, DocType.STOCK_RECEIPT, day=date(2025, 6, 1), **CODES)
    assert got == ["IB1-C2/25/00001", "IB1-C2/25/00002", "IB1-C2/25/00003", "IB1-C2/26/00001"]
    assert other == ("RB1-C2/25/00001", "RB1-C2", 1)


def test_a_rolled_back_number_is_given_again(db_path: Path) -> None:
    """A number taken in a transaction that fails returns to the series: no gap."""
    uow = _uow(db_path)
    with uow.begin() as s:
        allocate_number(s, DocType.INVOICE, day=date(2025, 6, 1), **CODES)
    with pytest.raises(RuntimeError), uow.begin() as s:
        lost = allocate_number(s, DocType.INVOICE, day=date(2025, 6, 1), **CODES)
        assert lost.number == "IB1-C2/25/00002"
        raise RuntimeError("printer jammed before commit")
    with uow.begin() as s:
        again = allocate_number(s, DocType.INVOICE, day=date(2025, 6, 1), **CODES)
        assert peek_next(s, device_id="dev", doc_type="invoice", period="2526") == 3
        assert (
            preview_number(s, DocType.INVOICE, day=date(2025, 6, 1), **CODES) == "IB1-C2/25/00003"
        )
    assert again.number == "IB1-C2/25/00002"


def test_codes_too_long_are_refused_before_taking_a_number(db_path: Path) -> None:
    """A branch code longer than 3 characters raises ValidationError and takes nothing."""
    uow = _uow(db_path)
    with pytest.raises(ValidationError) as bad, uow.begin() as s:
        allocate_number(
            s, DocType.INVOICE, day=date(2025, 6, 1), **{**CODES, "branch_code": "BR12"}
        )
    assert bad.value.field == "branch_code"
    with uow.begin() as s:
        assert peek_next(s, device_id="dev", doc_type="invoice", period="2526") == 1
