"""Staff: list, add, change role, reset a PIN, deactivate and reactivate users (never delete).

Only owners and managers manage users; a manager never creates an owner, never changes anyone
to or from owner and never touches an owner; the shop always keeps one active owner. Users are
synced rows (``app_user``), so a user added at one counter logs in at the branch's others.
The command line acts as ``IT_USER`` (owner's powers, audited as ``cli``): whoever runs it
already has the counter's data folder, and with it the database file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, PinAttempt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import (
    DuplicateValue,
    LastOwner,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from jewelpos.services._common import audit
from jewelpos.services.auth import (
    Role,
    UserInfo,
    clear_attempts,
    hash_pin,
    new_user_row,
)

IT_USER_ID = "cli"
IT_USER = UserInfo(
    id=IT_USER_ID, username="cli", display_name="IT (command line)", role=Role.OWNER, language="en"
)
"""Who the ``jewelpos users`` command acts as; audit entries name it ``cli``."""


@dataclass(frozen=True)
class StaffMember:
    """One user as the Users screen and ``jewelpos users list`` show them."""

    id: str
    username: str
    display_name: str
    role: Role
    language: str
    active: bool
    must_change_pin: bool
    deactivated_at: datetime | None
    locked_until: datetime | None

    @property
    def info(self) -> UserInfo:
        return UserInfo(
            id=self.id,
            username=self.username,
            display_name=self.display_name,
            role=self.role,
            language=self.language,
            must_change_pin=self.must_change_pin,
        )


def _member(u: AppUser, attempt: PinAttempt | None, now: datetime) -> StaffMember:
    locked = attempt.locked_until if attempt is not None else None
    return StaffMember(
        id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=Role(u.role),
        language=u.language,
        active=bool(u.active),
        must_change_pin=bool(u.must_change_pin),
        deactivated_at=u.deactivated_at,
        locked_until=locked if locked is not None and locked > now else None,
    )


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError("role", f"unknown role {value!r}") from None


class UsersService:
    """The shop's staff, managed by owners and managers (and IT from the command line)."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    # --- reading ---------------------------------------------------------------------------
    def list_users(self, *, by: UserInfo) -> list[StaffMember]:
        """Every user, active ones first, by name (deactivated ones stay: documents name them)."""
        with self._uow.read() as s:
            _acting_role(s, by)
            rows = s.scalars(
                select(AppUser).order_by(AppUser.active.desc(), AppUser.display_name)
            ).all()
            attempts = {a.user_id: a for a in s.scalars(select(PinAttempt)).all()}
            now = self._clock.now()
            return [_member(u, attempts.get(u.id), now) for u in rows]

    def find(self, username: str, *, by: UserInfo) -> StaffMember:
        """A user by user name (for the command line); NotFound if there is none."""
        key = (username or "").strip().lower()
        for member in self.list_users(by=by):
            if member.username == key:
                return member
        raise NotFound(f"No user named {key!r}.", field="username", value=key)

    # --- changes ---------------------------------------------------------------------------
    def add_user(
        self,
        *,
        username: str,
        display_name: str,
        role: Role | str,
        pin: str,
        language: str = "en",
        by: UserInfo,
    ) -> StaffMember:
        """Add a user with their first PIN (the screen has it typed twice; this takes it once)."""
        with self._uow.begin() as s:
            actor = _acting_role(s, by)
            row = new_user_row(
                username=username,
                display_name=display_name,
                role=role,
                pin=pin,
                language=language,
            )
            if actor is not Role.OWNER and row.role == Role.OWNER:
                raise PermissionDenied("Only an owner can add an owner.")
            exists = s.scalar(select(AppUser.id).where(AppUser.username == row.username))
            if exists is not None:
                raise DuplicateValue(
                    f"The user name {row.username} is taken.",
                    field="username",
                    value=row.username,
                )
            s.add(row)
            s.flush()
            self._audit(s, by, "user.add", row, {"username": row.username, "role": row.role})
            return _member(row, None, self._clock.now())

    def change_role(self, user_id: str, role: Role | str, *, by: UserInfo) -> StaffMember:
        """Give a user another role; LastOwner if it would leave no active owner."""
        new_role = _role(role)
        with self._uow.begin() as s:
            actor = _acting_role(s, by)
            u = _target(s, user_id, actor)
            if actor is not Role.OWNER and new_role is Role.OWNER:
                raise PermissionDenied("Only an owner can make someone an owner.")
            old = Role(u.role)
            if old is not new_role:
                if old is Role.OWNER and u.active:
                    _keep_an_owner(s, u)
                u.role = new_role.value
                self._audit(s, by, "user.role", u, {"from": old.value, "to": new_role.value})
            return self._member(s, u)

    def reset_pin(self, user_id: str, temporary_pin: str, *, by: UserInfo) -> StaffMember:
        """Set a temporary PIN the user must replace right after the next login; unlocks them."""
        pin_hash = hash_pin(temporary_pin)
        with self._uow.begin() as s:
            actor = _acting_role(s, by)
            u = _target(s, user_id, actor)
            u.pin_hash = pin_hash
            u.must_change_pin = True
            clear_attempts(s, u.id)
            self._audit(s, by, "user.reset_pin", u, None)
            return self._member(s, u)

    def deactivate(self, user_id: str, *, by: UserInfo) -> StaffMember:
        """Stop a user logging in (kept for the documents they made); never yourself or the
        last active owner."""
        with self._uow.begin() as s:
            actor = _acting_role(s, by)
            u = _target(s, user_id, actor)
            if u.id == by.id:
                raise PermissionDenied("You cannot deactivate yourself.")
            if u.active:
                if u.role == Role.OWNER:
                    _keep_an_owner(s, u)
                u.active = False
                u.deactivated_at = self._clock.now()
                self._audit(s, by, "user.deactivate", u, None)
            return self._member(s, u)

    def reactivate(self, user_id: str, *, by: UserInfo) -> StaffMember:
        """Let a deactivated user log in again (with the PIN they had)."""
        with self._uow.begin() as s:
            actor = _acting_role(s, by)
            u = _target(s, user_id, actor)
            if not u.active:
                u.active = True
                u.deactivated_at = None
                self._audit(s, by, "user.reactivate", u, None)
            return self._member(s, u)

    # --- helpers ---------------------------------------------------------------------------
    def _member(self, s: Session, u: AppUser) -> StaffMember:
        return _member(u, s.get(PinAttempt, u.id), self._clock.now())

    def _audit(
        self, s: Session, by: UserInfo, action: str, u: AppUser, details: dict[str, str] | None
    ) -> None:
        audit(
            s,
            user_id=by.id,
            action=action,
            entity="app_user",
            entity_id=u.id,
            at=self._clock.now(),
            details={"username": u.username, **(details or {})},
        )


def _acting_role(s: Session, by: UserInfo) -> Role:
    """The actor's role as stored now (a role changed at another counter counts at once)."""
    if by.id == IT_USER_ID:
        return Role.OWNER
    row = s.get(AppUser, by.id)
    if row is None or not row.active or row.role not in (Role.OWNER, Role.MANAGER):
        raise PermissionDenied("Only an owner or manager can manage users.")
    return Role(row.role)


def _target(s: Session, user_id: str, actor: Role) -> AppUser:
    u = s.get(AppUser, user_id)
    if u is None:
        raise NotFound("No such user.", user_id=user_id)
    if actor is not Role.OWNER and u.role == Role.OWNER:
        raise PermissionDenied("Only an owner can change an owner.")
    return u


def _keep_an_owner(s: Session, leaving: AppUser) -> None:
    others = s.scalar(
        select(func.count())
        .select_from(AppUser)
        .where(
            AppUser.role == Role.OWNER.value,
            AppUser.active.is_(True),
            AppUser.id != leaving.id,
        )
    )
    if not others:
        raise LastOwner(
            f"{leaving.display_name} is the last active owner: make another user an owner first."
        )
