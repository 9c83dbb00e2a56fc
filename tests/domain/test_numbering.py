"""Document numbers: one letter per type, the full branch and counter codes, at most 16 characters,
and no two (type, branch, counter, year, seq) give the same number."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.numbering import (
    DocType,
    format_document_number,
    parse_document_number,
    validate_branch_code,
    validate_counter_code,
)

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
branches = st.text(ALNUM, min_size=1, max_size=3)
counters = st.text(ALNUM, min_size=1, max_size=2)
days = st.dates(min_value=date(2000, 4, 1), max_value=date(2099, 3, 31))
seqs = st.integers(min_value=1, max_value=99_999)
types = st.sampled_from(list(DocType))


def test_each_document_type_has_its_own_letter_and_key() -> None:
    """No two document types share a letter (or a series key)."""
    assert len({t.letter for t in DocType}) == len(DocType)
    assert len({t.key for t in DocType}) == len(DocType)
    assert all(re.fullmatch(r"[A-Z]", t.letter) for t in DocType)
    assert {t.letter for t in DocType} >= set("ICPERTKASOJ")


def test_the_format_of_a_number() -> None:
    """Type letter, branch, '-', counter, the financial year's start year, five digits."""
    day = date(2026, 5, 10)  # FY 2026-27
    assert (
        format_document_number(
            DocType.INVOICE, branch_code="B12", counter_code="C3", day=day, seq=42
        )
        == "IB12-C3/26/00042"
    )
    jan = date(2027, 1, 15)  # still FY 2026-27
    assert (
        format_document_number(
            DocType.CREDIT_NOTE, branch_code="B1", counter_code="C1", day=jan, seq=1
        )
        == "CB1-C1/26/00001"
    )


def test_codes_beyond_the_limits_are_refused_in_words() -> None:
    """Branch codes are 1-3 letters or digits, counter codes 1-2; the message says so."""
    assert validate_branch_code(" b12 ") == "B12"
    assert validate_counter_code("c3") == "C3"
    for bad in ("", "B123", "B-1", "B 1", "बी1"):
        with pytest.raises(ValidationError) as e:
            validate_branch_code(bad)
        assert e.value.field == "branch_code"
        assert e.value.problem == "use 1 to 3 letters or digits, e.g. B1"
    for bad in ("", "C12", "C/"):
        with pytest.raises(ValidationError) as e:
            validate_counter_code(bad)
        assert e.value.problem == "use 1 to 2 letters or digits, e.g. C1"
    with pytest.raises(ValidationError):
        format_document_number(
            DocType.INVOICE, branch_code="B1", counter_code="C1", day=date(2026, 4, 1), seq=100_000
        )


@given(types, branches, counters, days, seqs)
def test_every_number_fits_16_gst_characters_and_parses_back(
    doc_type: DocType, branch: str, counter: str, day: date, seq: int
) -> None:
    """Any allowed codes give at most 16 characters of [A-Za-z0-9/-], and the number says back
    exactly which type, branch, counter, year and sequence it came from (so it is unique)."""
    number = format_document_number(
        doc_type, branch_code=branch, counter_code=counter, day=day, seq=seq
    )
    assert len(number) <= 16 and re.fullmatch(r"[A-Za-z0-9/-]+", number)
    start = day.year if day.month >= 4 else day.year - 1
    assert parse_document_number(number) == (doc_type, branch, counter, f"{start % 100:02d}", seq)


@given(
    st.tuples(types, branches, counters, seqs),
    st.tuples(types, branches, counters, seqs),
)
def test_different_series_never_give_the_same_number(
    a: tuple[DocType, str, str, int], b: tuple[DocType, str, str, int]
) -> None:
    """B12 + C3 and B1 + 2C3 and every other pair of codes or types stay apart."""
    day = date(2026, 6, 1)
    na = format_document_number(a[0], branch_code=a[1], counter_code=a[2], day=day, seq=a[3])
    nb = format_document_number(b[0], branch_code=b[1], counter_code=b[2], day=day, seq=b[3])
    assert (na == nb) == (a == b)


def test_a_counter_set_up_under_the_old_limits_keeps_numbering() -> None:
    """Codes the old setup took (1-4 characters each, 5 together) still number within 16
    characters and parse back; setup itself takes only 3 + 2 now."""
    day = date(2026, 6, 1)
    number = format_document_number(
        DocType.INVOICE, branch_code="MAIN", counter_code="C", day=day, seq=7
    )
    assert number == "IMAIN-C/26/00007" and len(number) == 16
    assert parse_document_number(number) == (DocType.INVOICE, "MAIN", "C", "26", 7)
    with pytest.raises(ValidationError):
        format_document_number(
            DocType.INVOICE, branch_code="MAIN", counter_code="C1", day=day, seq=7
        )
