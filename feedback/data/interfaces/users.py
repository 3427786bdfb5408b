"""Staff accounts, argon2id password hashes and server-side sign-in sessions."""

from __future__ import annotations

import contextlib
import secrets
from datetime import datetime, timedelta

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app, has_app_context
from sqlalchemy import func, select

from feedback.data.base import utcnow
from feedback.data.models import StaffSession, User
from feedback.data.types import Role
from feedback.extensions import db

# argon2-cffi's defaults are argon2id with the RFC 9106 low-memory profile. The test
# suite may ask for argon2id's cheapest parameters; production never can (see config).
_STRONG = PasswordHasher()
_CHEAP = PasswordHasher.from_parameters(profiles.CHEAPEST)
_DUMMY_HASHES: dict[int, str] = {}


def _hasher() -> PasswordHasher:
    if has_app_context() and current_app.config.get("FAST_PASSWORD_HASHING_FOR_TESTS"):
        return _CHEAP
    return _STRONG


def _dummy_hash() -> str:
    """A hash to verify against for unknown emails, so both cases take the same time."""
    hasher = _hasher()
    if id(hasher) not in _DUMMY_HASHES:
        _DUMMY_HASHES[id(hasher)] = hasher.hash(secrets.token_urlsafe(16))
    return _DUMMY_HASHES[id(hasher)]


SESSION_IDLE_LIMIT = timedelta(hours=8)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def create_user(email: str, role: Role, password: str, full_name: str = "") -> User:
    user = User(
        email=normalise_email(email),
        role=Role(role),
        password_hash=hash_password(password),
        full_name=full_name.strip(),
    )
    db.session.add(user)
    db.session.flush()
    return user


def get_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def get_user(user_id: int) -> User | None:
    return db.session.get(User, user_id)


def list_users() -> list[User]:
    return list(db.session.scalars(select(User).order_by(User.role, User.email)))


def count_users(role: Role | None = None) -> int:
    query = select(func.count(User.id))
    if role is not None:
        query = query.where(User.role == role)
    return db.session.scalar(query) or 0


def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, or None. Rehashes outdated hashes."""
    user = get_user_by_email(email)
    if user is None or not user.is_active:
        with contextlib.suppress(VerificationError):
            _hasher().verify(_dummy_hash(), password)
        return None
    try:
        _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    revoke_all_sessions(user)


def set_active(user: User, active: bool) -> None:
    user.is_active = active
    if not active:
        revoke_all_sessions(user)


def start_session(user: User) -> str:
    """Record a new signed-in browser and return its token for the session cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    db.session.add(StaffSession(id=token, user_id=user.id, created_at=now, last_seen_at=now))
    user.last_sign_in_at = now
    user.attach_session(token)
    db.session.flush()
    return token


def load_session_user(token: str, now: datetime | None = None) -> User | None:
    """The user behind a live session token; None once it is revoked, idle or the user left."""
    now = now or utcnow()
    staff_session = db.session.get(StaffSession, token)
    if staff_session is None or staff_session.revoked_at is not None:
        return None
    if now - staff_session.last_seen_at > SESSION_IDLE_LIMIT:
        staff_session.revoked_at = now
        return None
    user = staff_session.user
    if not user.is_active:
        return None
    # Touch at most once a minute, so most requests write nothing.
    if now - staff_session.last_seen_at > timedelta(minutes=1):
        staff_session.last_seen_at = now
    user.attach_session(token)
    return user


def revoke_session(token: str) -> None:
    staff_session = db.session.get(StaffSession, token)
    if staff_session is not None and staff_session.revoked_at is None:
        staff_session.revoked_at = utcnow()


def revoke_all_sessions(user: User) -> None:
    now = utcnow()
    for staff_session in db.session.scalars(
        select(StaffSession).where(
            StaffSession.user_id == user.id, StaffSession.revoked_at.is_(None)
        )
    ):
        staff_session.revoked_at = now


def active_leads() -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .where(User.role == Role.SAFEGUARDING_LEAD, User.is_active)
            .order_by(User.full_name, User.email)
        )
    )
