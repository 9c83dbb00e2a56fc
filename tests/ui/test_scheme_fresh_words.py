"""Another branch's scheme account refused at redemption reads as a sentence for the cashier in
each of its four cases (not connected, never pulled, head office unreachable, old copy)."""

from __future__ import annotations

from typing import Any

import pytest

from jewelpos.services.scheme_redemption import AccountNotFresh
from jewelpos.ui.messages import error_text
from jewelpos.ui.problem_texts import match_problem


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"age_minutes": None, "connected": False}, "redeem it at its home branch"),
        ({"age_minutes": None, "connected": True}, "Ctrl+Shift+S"),
        ({"age_minutes": 2, "connected": True, "offline": True}, "cannot be reached now"),
        ({"age_minutes": 20, "connected": True}, "last brought 20 minutes ago (at most 15)"),
    ],
)
def test_not_fresh_reads_as_a_sentence(qapp: Any, params: dict[str, Any], words: str) -> None:
    """Each case has its own sentence, naming what to do; no field names shown."""
    exc = AccountNotFresh(limit_minutes=15, **params)
    assert match_problem(exc.problem) is not None, exc.problem
    shown = error_text(exc)
    assert words in shown and "_" not in shown, shown
