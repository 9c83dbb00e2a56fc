"""What a manager approves on a bill, and checking the approvals of lines priced below the floor.

Granting and using an approval (the manager's PIN, the approval log) is the one path of
services/approvals.py; this module only knows which approvals a bill needs.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from jewelpos.domain.errors import ApprovalRequired
from jewelpos.services.approvals import APPROVAL_VALID_SECONDS, Approval, use_approval
from jewelpos.services.billing.drafts import APPROVE_BELOW_FLOOR, BillDraft, approve_line
from jewelpos.services.billing.quote import BillQuote

__all__ = ["APPROVAL_VALID_SECONDS", "Approval", "check_approvals"]


def check_approvals(
    s: Session, draft: BillDraft, q: BillQuote, *, invoice_id: str, now: datetime
) -> dict[str, str]:
    """Line key -> approving manager for lines below the floor; ApprovalRequired if any is
    not covered by a valid approval (each approval is marked used for this invoice)."""
    used: dict[str, str] = {}
    out: dict[str, str] = {}
    for i, line in enumerate(draft.lines, 1):
        if not q.lines_amounts[line.key].below_floor:
            continue
        found = [
            a for a in draft.approvals if a.what in (approve_line(line.key), APPROVE_BELOW_FLOOR)
        ]
        if not found:
            codes = q.lines_amounts[line.key].below_floor
            raise ApprovalRequired(
                f"Line {i} is priced below the floor ({', '.join(c.removeprefix('below_floor_') for c in codes)}): "
                "a manager must approve.",
                line=line.key,
                line_no=i,
                problems=codes,
            )
        a = found[0]
        if a.log_id not in used:
            used[a.log_id] = use_approval(s, a, used_for=invoice_id, now=now)
        out[line.key] = used[a.log_id]
    return out
