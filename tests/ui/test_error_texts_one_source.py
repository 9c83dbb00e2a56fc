"""Each error code has one translated sentence: billing screens and the rest of the app agree."""

from __future__ import annotations

from pathlib import Path

import pytest

import jewelpos.ui.messages as messages
from jewelpos.domain.errors import (
    ApprovalRequired,
    BuyerDetailsRequired,
    CashLimitExceeded,
    DayClosed,
    DayReopenRefused,
    JewelPOSError,
    NotFound,
    PanRequired,
    PieceNotAvailable,
    PrinterUnavailable,
)
from jewelpos.ui.billing_texts import BILLING_CODES, billing_error_text
from jewelpos.ui.messages import error_text

ERRORS: list[JewelPOSError] = [
    PanRequired("pan", "x", threshold="200000.00"),
    PanRequired("pan", "x", threshold="300000.00"),
    BuyerDetailsRequired("customer", "x", threshold="50000.00", missing="name"),
    CashLimitExceeded("x", remaining="50000.00", already="150000.00"),
    DayClosed("x", day="2025-05-02"),
    DayReopenRefused("x", why="synced"),
    PieceNotAvailable("x", tag_code="R00012", status="sold"),
    PieceNotAvailable("x"),
    ApprovalRequired("x", what="cancel_bill"),
    PrinterUnavailable("x", printer="127.0.0.1:9100"),
    NotFound("x", code="ZZ999"),
    NotFound("x"),
]


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: f"{e.code}-{sorted(e.params)}")
def test_billing_and_messages_say_the_same(exc: JewelPOSError) -> None:
    """A refusal reads the same on the billing screen and anywhere else (one text per code)."""
    assert billing_error_text(exc) == error_text(exc)


def test_billing_codes_are_not_worded_in_messages() -> None:
    """ui/messages.py holds no sentence of its own for the codes billing_texts words."""
    text = Path(messages.__file__).read_text(encoding="utf-8")
    for code in BILLING_CODES:
        assert f'code == "{code}"' not in text, code
