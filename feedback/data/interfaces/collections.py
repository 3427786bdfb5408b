"""Collections: one run of one form, with the short code respondents type."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from feedback.data.base import utcnow
from feedback.data.models import Collection, Form, Response, User
from feedback.data.types import CollectionStatus, ConferenceType, CourseType, Role
from feedback.extensions import db

# No 0/O, 1/I/L, 2/Z, 5/S or 8/B: each is easy to misread or mistype on a tablet.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6


def normalise_code(raw: str) -> str:
    """Upper-case a typed code and drop the spaces and dashes people add."""
    return "".join(ch for ch in raw.upper() if ch not in " -\t")


def is_well_formed_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code)


def _new_code() -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if db.session.scalar(select(Collection.id).where(Collection.code == code)) is None:
            return code


@dataclass(frozen=True)
class CollectionDetails:
    title: str
    conference_type: ConferenceType | None = None
    course_type: CourseType | None = None
    trainer_name: str | None = None
    opens_on: date | None = None
    closes_on: date | None = None
    leads: tuple[User, ...] = ()


def create_collection(form: Form, owner: User, details: CollectionDetails) -> Collection:
    collection = Collection(
        form_id=form.id,
        owner_id=owner.id,
        title=details.title.strip(),
        code=_new_code(),
        conference_type=details.conference_type,
        course_type=details.course_type,
        trainer_name=(details.trainer_name or "").strip() or None,
        opens_on=details.opens_on,
        closes_on=details.closes_on,
    )
    collection.leads = list(details.leads)
    db.session.add(collection)
    db.session.flush()
    return collection


def get_collection_by_code(code: str) -> Collection | None:
    code = normalise_code(code)
    if not is_well_formed_code(code):
        return None
    return db.session.scalar(
        select(Collection).options(joinedload(Collection.form)).where(Collection.code == code)
    )


def can_see_all(user: User) -> bool:
    return user.role == Role.ADMIN


def collections_for(user: User) -> list[tuple[Collection, int]]:
    """The collections this user may see, newest first, with their response counts."""
    counts = (
        select(Response.collection_id, func.count(Response.id).label("n"))
        .group_by(Response.collection_id)
        .subquery()
    )
    query = (
        select(Collection, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.collection_id == Collection.id)
        .options(joinedload(Collection.form), joinedload(Collection.owner))
        .order_by(Collection.created_at.desc(), Collection.id.desc())
    )
    if not can_see_all(user):
        query = query.where(Collection.owner_id == user.id)
    return [(collection, int(n)) for collection, n in db.session.execute(query)]


def get_collection_for(user: User, collection_id: int) -> Collection | None:
    """The collection if this user may see it; None (a 404) otherwise, so ids don't leak."""
    collection = db.session.get(Collection, collection_id)
    if collection is None:
        return None
    if not can_see_all(user) and collection.owner_id != user.id:
        return None
    return collection


def close_collection(collection: Collection) -> None:
    if collection.status != CollectionStatus.CLOSED:
        collection.status = CollectionStatus.CLOSED
        collection.closed_at = utcnow()


def reopen_collection(collection: Collection) -> None:
    collection.status = CollectionStatus.OPEN
    collection.closed_at = None


def is_accepting(collection: Collection, today: date) -> bool:
    return availability(collection, today) == "open"


def availability(collection: Collection, today: date) -> str:
    """'open', 'closed' (closed by hand or past its closing date) or 'not_yet_open'."""
    if collection.status == CollectionStatus.CLOSED:
        return "closed"
    if collection.closes_on is not None and today > collection.closes_on:
        return "closed"
    if collection.opens_on is not None and today < collection.opens_on:
        return "not_yet_open"
    return "open"
