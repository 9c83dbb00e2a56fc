"""Users and PIN login (argon2 hashes): list, log in, add users, choose a language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from jewelpos.db.models import AppUser
from jewelpos.db.uow import UnitOfWork
from jewelpos.domain.clock import Clock
from jewelpos.domain.errors import (
    DuplicateValue,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from jewelpos.services._common import audit, clean_text

LANGUAGES = ("en", "hi")
_PIN = re.compile(r"^[0-9]{4,8}$")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,39}$")
_hasher = PasswordHasher()


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

    @property
    def can_manage(self) -> bool:
        """Owners and managers may set rates, add users and change the catalogue."""
        return self.role in (Role.OWNER, Role.MANAGER)


def check_pin(pin: str) -> str:
    """The PIN if it is 4-8 digits; ValidationError otherwise."""
    if not isinstance(pin, str) or not _PIN.match(pin):
        raise ValidationError("pin", "the PIN must be 4 to 8 digits")
    return pin


def hash_pin(pin: str) -> str:
    """Validate a PIN (4-8 digits) and hash it with argon2."""
    return _hasher.hash(check_pin(pin))


def verify_pin(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def clean_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.match(name):
        raise ValidationError(
            "username",
            "use 2-40 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
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
        """The user if the PIN matches; InvalidCredentials otherwise (same for unknown users)."""
        key = (username or "").strip().lower()
        with self._uow.read() as s:
            u = s.scalars(select(AppUser).where(AppUser.username == key)).first()
            if u is None or not u.active:
                # spend the same time as a real check so user names cannot be probed
                if self._dummy_hash is None:
                    self._dummy_hash = _hasher.hash("000000")
                verify_pin(self._dummy_hash, pin or "")
                raise InvalidCredentials("Wrong user name or PIN.")
            if not verify_pin(u.pin_hash, pin or ""):
                raise InvalidCredentials("Wrong user name or PIN.")
            return user_info(u)

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
        """Add a user. Managers may add cashiers and salespeople; only owners add managers/owners."""
        if not by.can_manage:
            raise PermissionDenied("Only an owner or manager can add users.")
        row = new_user_row(
            username=username, display_name=display_name, role=role, pin=pin, language=language
        )
        if by.role is not Role.OWNER and row.role in (Role.OWNER, Role.MANAGER):
            raise PermissionDenied("Only the owner can add owners and managers.")
        with self._uow.begin() as s:
            exists = s.scalar(select(AppUser.id).where(AppUser.username == row.username))
            if exists is not None:
                raise DuplicateValue(f"The user name {row.username} is taken.", field="username")
            s.add(row)
            s.flush()
            audit(
                s,
                user_id=by.id,
                action="user.add",
                entity="app_user",
                entity_id=row.id,
                at=self._clock.now(),
                details={"username": row.username, "role": row.role},
            )
            return user_info(row)

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

    def change_pin(self, user_id: str, *, old_pin: str, new_pin: str) -> None:
        """Change one's own PIN; InvalidCredentials if the old PIN is wrong."""
        with self._uow.begin() as s:
            u = _get_user(s, user_id)
            if not verify_pin(u.pin_hash, old_pin):
                raise InvalidCredentials("Wrong PIN.")
            u.pin_hash = hash_pin(new_pin)
            audit(
                s,
                user_id=user_id,
                action="user.pin",
                entity="app_user",
                entity_id=user_id,
                at=self._clock.now(),
            )


def _get_user(s: Session, user_id: str) -> AppUser:
    u = s.get(AppUser, user_id)
    if u is None:
        raise NotFound("No such user.", user_id=user_id)
    return u
