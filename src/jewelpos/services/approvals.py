"""Manager approval inside a service: the acting user is a manager, or brings a manager's approval.

The ONE path for "check a manager's PIN and write the approval log" (``grant_approval``) and for
using an approval (``use_approval``). Every approval-gated action calls ``require_manager`` (or
``use_approval``) in its own transaction, so the rule holds whoever calls the service (screen,
command line, script), and each use is one approval_log row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser
from jewelpos.db.models_billing import ApprovalLog
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import ApprovalRequired, PermissionDenied
from jewelpos.services._common import audit, clean_text
from jewelpos.services.auth import Role, UserInfo, check_manager_pin

APPROVAL_VALID_SECONDS = 15 * 60
"""An approval is good for one use within this many seconds (as billing's approvals)."""
MANAGER_ROLES = (Role.OWNER.value, Role.MANAGER.value)


@dataclass(frozen=True)
class Approval:
    """A manager's approval, granted by ``grant_approval`` (``BillingService.approve``) and logged."""

    manager_id: str
    what: str
    log_id: str = ""
    manager_name: str = ""


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
    return use_approval(s, approval, what=what, used_for=used_for, now=now)


def grant_approval(
    uow: UnitOfWork, clock: Clock, *, username: str, pin: str, what: str
) -> Approval:
    """A manager's or owner's approval of ``what``, written to the approval log (one transaction).

    InvalidCredentials on a wrong PIN (the same wrong-PIN lock as login: an approval PIN cannot
    be guessed either), PermissionDenied for a cashier or salesperson. The approval is good for
    one use within APPROVAL_VALID_SECONDS (``use_approval``).
    """
    what = clean_text(what, field="what", max_len=80, required=True)
    who = check_manager_pin(uow, clock, username, pin)
    manager_id, name = who.id, who.display_name
    now = clock.now()
    with uow.begin() as s:
        row = ApprovalLog(manager_id=manager_id, what=what, at=now)
        s.add(row)
        s.flush()
        audit(
            s,
            user_id=manager_id,
            action="approval.grant",
            entity="approval_log",
            entity_id=row.id,
            at=now,
            details={"what": what},
        )
        return Approval(manager_id=manager_id, what=what, log_id=row.id, manager_name=name)


def use_approval(
    s: Session,
    approval: ApprovalLike,
    *,
    used_for: str,
    now: datetime,
    what: str | None = None,
) -> str:
    """Check an approval against its log row (same manager, of ``what`` — the approval's own
    ``what`` when None —, unused, fresh, the manager still a manager) and mark it used for
    ``used_for``; the manager's id. ApprovalRequired otherwise."""
    wanted = approval.what if what is None else what
    row = s.get(ApprovalLog, approval.log_id) if approval.log_id else None
    fresh = row is not None and (now - row.at).total_seconds() <= APPROVAL_VALID_SECONDS
    if (
        row is None
        or row.manager_id != approval.manager_id
        or row.what != wanted
        or row.used_for is not None
        or not fresh
    ):
        raise ApprovalRequired(
            "The manager's approval is missing, used or expired: ask a manager again.", what=wanted
        )
    if not is_manager(s, row.manager_id):
        raise ApprovalRequired("The approving user is no longer a manager.", what=wanted)
    row.used_for = used_for
    row.used_at = now
    return row.manager_id
