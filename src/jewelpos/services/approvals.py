"""Manager approval inside a service: the acting user is a manager, or brings a manager's approval.

Every approval-gated action calls ``require_manager`` in its own transaction, so the rule holds
whoever calls the service (screen, command line, script), and each use is one approval_log row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser
from jewelpos.db.models_billing import ApprovalLog
from jewelpos.domain.errors import ApprovalRequired, PermissionDenied
from jewelpos.services.auth import Role, UserInfo

APPROVAL_VALID_SECONDS = 15 * 60
"""An approval is good for one use within this many seconds (as billing's approvals)."""
MANAGER_ROLES = (Role.OWNER.value, Role.MANAGER.value)


class ApprovalLike(Protocol):
    """billing.Approval: which manager approved what, and its approval_log row."""

    @property
    def manager_id(self) -> str: ...
    @property
    def what(self) -> str: ...
    @property
    def log_id(self) -> str: ...


def is_manager(s: Session, user_id: str) -> bool:
    """The user exists, is active and is an owner or manager, as the database says now."""
    row = s.get(AppUser, user_id)
    return row is not None and bool(row.active) and row.role in MANAGER_ROLES


def require_manager_role(s: Session, by: UserInfo, *, action: str) -> None:
    """PermissionDenied unless ``by`` is an active owner or manager (checked in the database)."""
    if not is_manager(s, by.id):
        raise PermissionDenied(
            f"Only an owner or manager can {action}.", action=action, role=str(by.role)
        )


def require_manager(
    s: Session,
    by: UserInfo,
    approval: ApprovalLike | None,
    *,
    what: str,
    used_for: str,
    now: datetime,
) -> str:
    """The approving manager's id, logged in approval_log as used for ``used_for``.

    A manager or owner acting themselves is logged as their own approval; anyone else needs a
    fresh, unused approval of ``what`` by a manager, else ApprovalRequired.
    """
    if approval is None:
        if not is_manager(s, by.id):
            raise ApprovalRequired(
                "A manager must approve this with their PIN.", what=what, role=str(by.role)
            )
        s.add(ApprovalLog(manager_id=by.id, what=what, at=now, used_for=used_for, used_at=now))
        return by.id
    row = s.get(ApprovalLog, approval.log_id) if approval.log_id else None
    fresh = row is not None and (now - row.at).total_seconds() <= APPROVAL_VALID_SECONDS
    if (
        row is None
        or row.manager_id != approval.manager_id
        or row.what != what
        or row.used_for is not None
        or not fresh
    ):
        raise ApprovalRequired(
            "The manager's approval is missing, used or expired: ask a manager again.", what=what
        )
    if not is_manager(s, row.manager_id):
        raise ApprovalRequired("The approving user is no longer a manager.", what=what)
    row.used_for = used_for
    row.used_at = now
    return row.manager_id
