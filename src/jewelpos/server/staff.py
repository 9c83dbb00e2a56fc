"""Head-office dashboard users: argon2 passwords, roles, and login sessions (hashed tokens)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select

from jewelpos.domain.ids import new_id
from jewelpos.server.models import ho_session, ho_user
from jewelpos.server.store import _aware, hash_secret, utcnow

ROLE_OWNER = "owner"
ROLE_ACCOUNTS = "accounts"
ROLE_ORDER_MANAGER = "order_manager"
ROLES = (ROLE_OWNER, ROLE_ACCOUNTS, ROLE_ORDER_MANAGER)
SESSION_LENGTH = timedelta(hours=12)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


class StaffError(Exception):
    """A user cannot be added (bad name, role or password, or the name is taken)."""


@dataclass(frozen=True)
class StaffUser:
    id: str
    username: str
    role: str


def add_user(engine: Engine, *, username: str, password: str, role: str) -> str:
    """A dashboard user; returns the id. StaffError in words for a bad name, role or password."""
    name = username.strip().lower()
    if not name or len(name) > 60 or not all(c.isalnum() or c in "._-" for c in name):
        raise StaffError("User name: use letters, digits, dots, dashes (at most 60)")
    if role not in ROLES:
        raise StaffError(f"Role: one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise StaffError(f"Password: at least {MIN_PASSWORD} characters")
    with engine.begin() as conn:
        if conn.execute(select(ho_user.c.id).where(ho_user.c.username == name)).first():
            raise StaffError(f"User name: {name} is taken")
        uid = new_id()
        conn.execute(
            insert(ho_user).values(
                id=uid,
                username=name,
                password_hash=_hasher.hash(password),
                role=role,
                created_at=utcnow(),
            )
        )
    return uid


def log_in(engine: Engine, username: str, password: str) -> str | None:
    """A new session token for a right name and password, else None (same answer either way)."""
    with engine.connect() as conn:
        found = conn.execute(
            select(ho_user).where(ho_user.c.username == username.strip().lower())
        ).first()
    try:
        ok = found is not None and _hasher.verify(found.password_hash, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or found is None:
        return None
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(delete(ho_session).where(ho_session.c.expires_at < now))
        conn.execute(
            insert(ho_session).values(
                token_hash=hash_secret(token),
                user_id=found.id,
                created_at=now,
                expires_at=now + SESSION_LENGTH,
            )
        )
    return token


def session_user(
    engine: Engine, token: str | None, *, now: datetime | None = None
) -> StaffUser | None:
    """The user of a live session token (None if unknown or expired)."""
    if not token or len(token) > 200:
        return None
    with engine.connect() as conn:
        found = conn.execute(
            select(ho_user.c.id, ho_user.c.username, ho_user.c.role, ho_session.c.expires_at)
            .join(ho_session, ho_session.c.user_id == ho_user.c.id)
            .where(ho_session.c.token_hash == hash_secret(token))
        ).first()
    if found is None or _aware(found.expires_at) <= (now or utcnow()):
        return None
    return StaffUser(found.id, found.username, found.role)


def log_out(engine: Engine, token: str | None) -> None:
    if token:
        with engine.begin() as conn:
            conn.execute(delete(ho_session).where(ho_session.c.token_hash == hash_secret(token)))
