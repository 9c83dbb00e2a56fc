"""Financial years (April-March), the document-type registry and document numbers like
``IB1-C2/25/00042``: one letter per type, branch, ``-``, counter, start year, 5-digit sequence."""

from __future__ import annotations

import re
from datetime import date
from enum import Enum

from jewelpos.domain.errors import ValidationError

MAX_DOCUMENT_NUMBER_LENGTH = 16
SEQ_DIGITS = 5
MAX_SEQ = 10**SEQ_DIGITS - 1
BRANCH_CODE_MAX = 3
COUNTER_CODE_MAX = 2
_ALLOWED = re.compile(r"^[A-Za-z0-9/-]+$")
_BRANCH = re.compile(rf"^[A-Z0-9]{{1,{BRANCH_CODE_MAX}}}$")
_COUNTER = re.compile(rf"^[A-Z0-9]{{1,{COUNTER_CODE_MAX}}}$")
# Counters set up before these limits could have codes of 1-4 characters, 5 together; their
# numbers fit 16 characters in this format too, so their series go on (setup takes no more).
_LEGACY_CODE = re.compile(r"^[A-Z0-9]{1,4}$")
_LEGACY_TOGETHER = 5
_NUMBER = re.compile(r"^([A-Z])([A-Z0-9]{1,4})-([A-Z0-9]{1,4})/(\d{2})/(\d{5})$")


class DocType(Enum):
    """Every numbered document type, with the letter its numbers start with (unique per type).

    The value is the key of its series in ``number_series.doc_type``.
    """

    INVOICE = ("invoice", "I")
    CREDIT_NOTE = ("credit_note", "C")
    OLD_GOLD = ("old_gold", "P")  # old-gold purchase voucher
    ESTIMATE = ("estimate", "E")
    STOCK_RECEIPT = ("stock_receipt", "R")
    TRANSFER_OUT = ("transfer_out", "T")
    TRANSFER_IN = ("transfer_in", "V")  # the receiving side of a transfer
    STOCK_TAKE = ("stock_take", "K")
    GIFT_VOUCHER = ("gift_voucher", "G")  # a gift voucher sold or issued (not a GST supply)
    # reserved for the modules to come
    ORDER_ADVANCE = ("order_advance", "A")
    SCHEME_INSTALMENT = ("scheme_instalment", "S")
    CUSTOMER_ORDER = ("customer_order", "O")
    REPAIR_JOB = ("repair_job", "J")

    def __init__(self, key: str, letter: str) -> None:
        self.key = key
        self.letter = letter

    @classmethod
    def by_letter(cls, letter: str) -> DocType:
        for t in cls:
            if t.letter == letter:
                return t
        raise ValidationError("number", f"no document type starts with {letter}")


def financial_year(day: date) -> str:
    """The Indian financial year (1 April - 31 March) of ``day`` as four digits: 2025-26 -> "2526"."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}{(start + 1) % 100:02d}"


def financial_year_start(day: date) -> date:
    """1 April of the financial year that contains ``day``."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def validate_branch_code(code: str) -> str:
    """The branch code in capitals; ValidationError in words if it is not 1-3 letters or digits."""
    clean = (code or "").strip().upper()
    if not _BRANCH.match(clean):
        raise ValidationError(
            "branch_code",
            f"use 1 to {BRANCH_CODE_MAX} letters or digits, e.g. B1",
            code=clean,
        )
    return clean


def validate_counter_code(code: str) -> str:
    """The counter code in capitals; ValidationError in words if it is not 1-2 letters or digits."""
    clean = (code or "").strip().upper()
    if not _COUNTER.match(clean):
        raise ValidationError(
            "counter_code",
            f"use 1 to {COUNTER_CODE_MAX} letters or digits, e.g. C1",
            code=clean,
        )
    return clean


def series_code(doc_type: DocType, *, branch_code: str, counter_code: str) -> str:
    """What every number of one counter's series of ``doc_type`` starts with, e.g. "IB1-C2"."""
    branch = (branch_code or "").strip().upper()
    counter = (counter_code or "").strip().upper()
    legacy = (
        _LEGACY_CODE.match(branch)
        and _LEGACY_CODE.match(counter)
        and len(branch) + len(counter) <= _LEGACY_TOGETHER
    )
    if not legacy:
        branch = validate_branch_code(branch)
        counter = validate_counter_code(counter)
    return f"{doc_type.letter}{branch}-{counter}"


def format_document_number(
    doc_type: DocType, *, branch_code: str, counter_code: str, day: date, seq: int
) -> str:
    """``{T}{branch}-{counter}/{yy}/{seq:05d}``, yy the financial year's start: "IB1-C2/25/00042".

    At most 16 characters of ``[A-Za-z0-9/-]`` for the longest codes allowed (``IB12-C3/26/00042``).
    """
    if not 1 <= seq <= MAX_SEQ:
        raise ValidationError("seq", f"document numbers run from 1 to {MAX_SEQ}", seq=seq)
    prefix = series_code(doc_type, branch_code=branch_code, counter_code=counter_code)
    number = f"{prefix}/{financial_year(day)[:2]}/{seq:0{SEQ_DIGITS}d}"
    assert len(number) <= MAX_DOCUMENT_NUMBER_LENGTH and _ALLOWED.match(number)
    return number


def parse_document_number(number: str) -> tuple[DocType, str, str, str, int]:
    """(type, branch code, counter code, yy, seq) of a number made by ``format_document_number``."""
    found = _NUMBER.match((number or "").strip().upper())
    if found is None:
        raise ValidationError("number", f"{number} is not a document number", number=number)
    letter, branch, counter, yy, seq = found.groups()
    return DocType.by_letter(letter), branch, counter, yy, int(seq)
