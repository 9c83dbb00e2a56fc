"""Financial years (April-March) and document numbers like ``B1C2/2526/00042`` (<= 16 chars)."""

from __future__ import annotations

import re
from datetime import date

from jewelpos.domain.errors import ValidationError

MAX_DOCUMENT_NUMBER_LENGTH = 16
_ALLOWED = re.compile(r"^[A-Za-z0-9/-]+$")
_PREFIX = re.compile(r"^[A-Za-z0-9-]+$")


def financial_year(day: date) -> str:
    """The Indian financial year (1 April - 31 March) of ``day`` as four digits: 2025-26 -> "2526"."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}{(start + 1) % 100:02d}"


def financial_year_start(day: date) -> date:
    """1 April of the financial year that contains ``day``."""
    return date(day.year if day.month >= 4 else day.year - 1, 4, 1)


def format_document_number(*, prefix: str, fy: str, seq: int, digits: int = 5) -> str:
    """``prefix/fy/seq`` with ``seq`` zero-padded, e.g. "B1C2/2526/00042".

    Raises ValidationError if the result would exceed 16 characters or use characters
    outside ``[A-Za-z0-9/-]`` (the GST rule for invoice numbers).
    """
    if not _PREFIX.match(prefix):
        raise ValidationError("prefix", "use only letters, digits and '-'", prefix=prefix)
    if not re.fullmatch(r"\d{4}", fy):
        raise ValidationError("fy", "financial year must be four digits like 2526", fy=fy)
    if seq < 1:
        raise ValidationError("seq", "document numbers start at 1", seq=seq)
    number = f"{prefix}/{fy}/{seq:0{digits}d}"
    if len(number) > MAX_DOCUMENT_NUMBER_LENGTH or not _ALLOWED.match(number):
        raise ValidationError(
            "prefix",
            f"document number {number} is longer than {MAX_DOCUMENT_NUMBER_LENGTH} characters",
            number=number,
        )
    return number


def check_prefix_fits(prefix: str, *, digits: int = 5) -> None:
    """Raise ValidationError now if a series with this prefix could not number its documents."""
    format_document_number(prefix=prefix, fy="0000", seq=1, digits=digits)
