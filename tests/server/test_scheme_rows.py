"""Scheme rows at head office: a redemption's negative entry is stored, not refused, and a
scheme account's receipts and entries are shared with every branch (they sync home)."""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from jewelpos.server import schemas, store  # noqa: E402
from serverrows import full_row  # noqa: E402


def test_a_redemption_entry_takes_money_out() -> None:
    """-4,000.00 redeemed (and -1.500 g of a weight plan) passes the scheme_entry schema."""
    row = full_row("scheme_entry", kind="redeemed", amount_paise=-400_000, mg=-1_500)
    assert schemas.check_row("scheme_entry", row, branch_code="B1", counter_code="C1") == ""


def test_other_money_stays_non_negative() -> None:
    """A negative instalment receipt is still refused."""
    row = full_row("scheme_receipt", number="SB1-C1/26/00001", amount_paise=-100)
    problem = schemas.check_row("scheme_receipt", row, branch_code="B1", counter_code="C1")
    assert problem == "amount_paise must be at least 0"


def test_receipts_and_entries_travel_with_their_account() -> None:
    """The account, its receipts and its entries are shared across branches."""
    assert {"scheme_account", "scheme_receipt", "scheme_entry"} <= store.SHARED_TABLES
