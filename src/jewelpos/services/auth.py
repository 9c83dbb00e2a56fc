"""Users and PIN login (argon2 hashes): list, log in (with a lock after wrong PINs), add users,
choose a language, change one's PIN. Managing staff (roles, resets, deactivation) is users.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser, PinAttempt
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import SHOP_ZONE, Clock
from jewelpos.domain.errors import (
    InvalidCredentials,
    NotFound,
    PermissionDenied,
    UserLocked,
    ValidationError,
)
from jewelpos.services._common import audit, clean_text

LANGUAGES = ("en", "hi")
_PIN = re.compile(r"[0-9]{4,8}")
_USERNAME = re.compile(r"[a-z0-9][a-z0-9_.-]{2,31}")
_hasher = PasswordHasher()
MAX_WRONG_PINS = 5
"""Wrong PINs in a row (at one counter) that lock the user ..."""
LOCK_MINUTES = 5
"""... for this many minutes; a right PIN, a PIN reset or the end of the lock starts again."""


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    CASHIER = "cashier"
    SALESPERSON = "salesperson"


@dataclass(frozen=True)
class UserInfo:
    """A logged-in or listed user (never the PIN hash)."""

    id: str
    username: str
    display_name: str
    role: Role
    language: str
    must_change_pin: bool = False

    @property
    def can_manage(self) -> bool:
        """Owners and managers may set rates, add users and change the catalogue."""
        return self.role in (Role.OWNER, Role.MANAGER)


def valid_pin(pin: str) -> str:
    """The PIN if it is 4-8 digits; ValidationError otherwise."""
    if not isinstance(pin, str) or not _PIN.fullmatch(pin):
        raise ValidationError("pin", "the PIN must be 4 to 8 digits")
    return pin


def hash_pin(pin: str) -> str:
    """Validate a PIN (4-8 digits) and hash it with argon2."""
    return _hasher.hash(valid_pin(pin))


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def clean_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.fullmatch(name):
        raise ValidationError(
            "username",
            "use 3-32 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    return name


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError("language", f"choose one of {', '.join(LANGUAGES)}")
    return language


def user_info(u: AppUser) -> UserInfo:
    return UserInfo(
        id=u.id,
        username=u.username,
        display_name=u.display_name,
        role=Role(u.role),
        language=u.language,
        must_change_pin=bool(u.must_change_pin),
    )


def new_user_row(
    *, username: str, display_name: str, role: Role | str, pin: str, language: str
) -> AppUser:
    """A validated, not yet added AppUser (used by setup and add_user)."""
    try:
        role_value = Role(role)
    except ValueError:
        raise ValidationError("role", f"unknown role {role!r}") from None
    return AppUser(
        username=clean_username(username),
        display_name=clean_text(display_name, field="display_name", max_len=120, required=True),
        role=role_value.value,
        pin_hash=hash_pin(pin),
        language=check_language(language),
        active=True,
    )


class AuthService:
    """Users of this shop and PIN login."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self._dummy_hash: str | None = None

    def users(self) -> list[UserInfo]:
        """Active users, by display name (for the login list)."""
        with self._uow.read() as s:
            rows = s.scalars(
                select(AppUser).where(AppUser.active.is_(True)).order_by(AppUser.display_name)
            ).all()
            return [user_info(u) for u in rows]

    def login(self, username: str, pin: str) -> UserInfo:
        """The user if the PIN matches; InvalidCredentials otherwise (same for unknown users).

        Wrong PINs are counted at this counter: the ``MAX_WRONG_PINS``-th in a row locks the
        user for ``LOCK_MINUTES`` (UserLocked, even with the right PIN, until then).
        ``must_change_pin`` on the result means the PIN was reset: ask for a new one now.
        """
        return check_pin(self._uow, self._clock, username, pin, dummy=self._dummy)

    def manager_login(self, username: str, pin: str, *, what: str = "approve this") -> UserInfo:
        """The owner or manager whose PIN this is (``check_manager_pin``): a manager acting in
        their own name (closing or reopening the day)."""
        return check_manager_pin(
            self._uow, self._clock, username, pin, what=what, dummy=self._dummy
        )

    def _dummy(self) -> str:
        if self._dummy_hash is None:
            self._dummy_hash = _hasher.hash("000000")
        return self._dummy_hash

    def add_user(
        self,
        *,
        username: str,
        display_name: str,
        role: Role | str,
        pin: str,
        language: str = "en",
        by: UserInfo,
    ) -> UserInfo:
        """Add a user (the rules are UsersService.add_user's: one path for every caller)."""
        from jewelpos.services.users import UsersService  # users.py builds on this module

        member = UsersService(self._uow, self._clock).add_user(
            username=username,
            display_name=display_name,
            role=role,
            pin=pin,
            language=language,
            by=by,
        )
        return member.info

    def set_language(self, user_id: str, language: str) -> UserInfo:
        """Remember the user's language (en or hi) for the next login."""
        check_language(language)
        with self._uow.begin() as s:
            u = _get_user(s, user_id)
            if u.language != language:
                old = u.language
                u.language = language
                audit(
                    s,
                    user_id=user_id,
                    action="user.language",
                    entity="app_user",
                    entity_id=user_id,
                    at=self._clock.now(),
                    details={"from": old, "to": language},
                )
            return user_info(u)

    def change_pin(self, user_id: str, *, old_pin: str, new_pin: str) -> UserInfo:
        """Change one's own PIN (also the forced change after a reset, which must pick a PIN
        other than the temporary one); InvalidCredentials if the old PIN is wrong."""
        with self._uow.begin() as s:
            u = _get_user(s, user_id)
            if not u.active or not verify_pin(u.pin_hash, old_pin):
                raise InvalidCredentials("Wrong PIN.")
            forced = bool(u.must_change_pin)
            if forced and new_pin == old_pin:
                raise ValidationError("pin", "choose a new PIN, not the temporary one")
            u.pin_hash = hash_pin(new_pin)
            u.must_change_pin = False
            audit(
                s,
                user_id=user_id,
                action="user.pin",
                entity="app_user",
                entity_id=user_id,
                at=self._clock.now(),
                details={"after_reset": True} if forced else None,
            )
            return user_info(u)


def check_manager_pin(
    uow: UnitOfWork,
    clock: Clock,
    username: str,
    pin: str,
    *,
    what: str = "approve this",
    dummy: Callable[[], str] | None = None,
) -> UserInfo:
    """The manager-PIN block, the one for every approval (billing, day end, returns...): the
    PIN checked with the wrong-PIN lock (``check_pin``), then PermissionDenied unless the user
    is an owner or manager."""
    who = check_pin(uow, clock, username, pin, dummy=dummy)
    if who.role not in (Role.OWNER, Role.MANAGER):
        raise PermissionDenied(
            f"{who.display_name} cannot {what}: a manager or the owner must enter the PIN.",
            role=who.role,
            what=what,
        )
    return who


def check_pin(
    uow: UnitOfWork,
    clock: Clock,
    username: str,
    pin: str,
    *,
    dummy: Callable[[], str] | None = None,
) -> UserInfo:
    """Check an active user's PIN with this counter's wrong-PIN lock (login and approvals).

    InvalidCredentials for an unknown or inactive user or a wrong PIN; UserLocked while locked
    (and on the wrong PIN that starts the lock). A right PIN clears the count.
    """
    key = (username or "").strip().lower()
    now = clock.now()
    with uow.read() as s:
        u = s.scalars(select(AppUser).where(AppUser.username == key)).first()
        if u is None or not u.active:
            # spend the same time as a real check so user names cannot be probed
            verify_pin(dummy() if dummy else _hasher.hash("000000"), pin or "")
            raise InvalidCredentials("Wrong user name or PIN.")
        info = user_info(u)
        pin_hash = u.pin_hash
        attempt = s.get(PinAttempt, u.id)
        # a PIN reset made after the last wrong PIN (here or, by sync, at another counter)
        # lifts the lock: the manager has spoken to the user
        reset_since = (
            attempt is not None and bool(u.must_change_pin) and u.updated_at > attempt.updated_at
        )
        locked_until = attempt.locked_until if attempt is not None and not reset_since else None
    if locked_until is not None and now < locked_until:
        raise _locked(info, locked_until)
    ok = verify_pin(pin_hash, pin or "")
    with uow.begin() as s:
        until = _count_attempt(s, info.id, ok=ok, now=now, restart=reset_since)
    if until is not None:
        raise _locked(info, until)
    if not ok:
        raise InvalidCredentials("Wrong user name or PIN.")
    return info


def _count_attempt(
    s: Session, user_id: str, *, ok: bool, now: datetime, restart: bool = False
) -> datetime | None:
    """Record one PIN check; the end of a lock if this wrong PIN starts one."""
    row = s.get(PinAttempt, user_id)
    if ok:
        if row is not None:
            s.delete(row)
        return None
    if row is None:
        row = PinAttempt(user_id=user_id, failures=0, updated_at=now)
        s.add(row)
    if restart or row.locked_until is not None:  # a reset, or an old lock ran out: afresh
        row.locked_until = None
        row.failures = 0
    row.failures += 1
    row.updated_at = now
    if row.failures >= MAX_WRONG_PINS:
        row.failures = 0
        row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        audit(
            s,
            user_id=user_id,
            action="user.locked",
            entity="app_user",
            entity_id=user_id,
            at=now,
            details={"wrong_pins": MAX_WRONG_PINS, "until": row.locked_until.isoformat()},
        )
        return row.locked_until
    return None


def clear_attempts(s: Session, user_id: str) -> None:
    """Forget a user's wrong PINs at this counter (after a PIN reset)."""
    row = s.get(PinAttempt, user_id)
    if row is not None:
        s.delete(row)


def _locked(info: UserInfo, until: datetime) -> UserLocked:
    local = until.astimezone(SHOP_ZONE).strftime("%H:%M")
    return UserLocked(
        f"Too many wrong PINs: {info.display_name} can try again at {local}.",
        until=until,
        minutes=LOCK_MINUTES,
    )


def _get_user(s: Session, user_id: str) -> AppUser:
    u = s.get(AppUser, user_id)
    if u is None:
        raise NotFound("No such user.", user_id=user_id)
    return u
