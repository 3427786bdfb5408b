"""Drafts (answers in progress, kept server-side) and the responses they become."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from feedback.catalogue.schema import FormSpec, QuestionType
from feedback.data.base import utcnow
from feedback.data.models import Answer, Collection, Draft, FormVersion, Response, User
from feedback.data.types import Role
from feedback.extensions import db
from feedback.periods import fy_quarter, month_code, uk_date


def period_columns(submitted_at: datetime) -> dict[str, Any]:
    """The time a response was sent, with its UK date, financial quarter and month."""
    day = uk_date(submitted_at)
    return {
        "submitted_at": submitted_at,
        "submitted_on": day,
        "fy_quarter": fy_quarter(day),
        "submitted_month": month_code(day),
    }


def new_submission_id() -> str:
    return str(uuid.uuid4())


def is_well_formed_submission_id(value: str) -> bool:
    try:
        return str(uuid.UUID(value, version=4)) == value
    except (ValueError, AttributeError, TypeError):
        return False


def start_draft(collection: Collection, version: FormVersion) -> Draft:
    draft = Draft(
        id=secrets.token_urlsafe(32),
        collection_id=collection.id,
        form_version_id=version.id,
        submission_id=new_submission_id(),
        answers={},
    )
    db.session.add(draft)
    db.session.flush()
    return draft


def get_draft(token: str | None, collection: Collection) -> Draft | None:
    if not token:
        return None
    draft = db.session.get(Draft, token)
    if draft is None or draft.collection_id != collection.id:
        return None
    return draft


def save_draft_answers(draft: Draft, answers: dict[str, Any]) -> None:
    # Assign a new dict: JSON columns only notice replacement, not mutation.
    draft.answers = dict(answers)
    draft.updated_at = utcnow()


def discard_draft(draft: Draft) -> None:
    db.session.delete(draft)


def purge_stale_drafts(older_than: timedelta, now: datetime | None = None) -> int:
    """Delete drafts nobody has touched for a while, so unsent answers don't linger."""
    cutoff = (now or utcnow()) - older_than
    result = db.session.execute(delete(Draft).where(Draft.updated_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)


def answer_values(spec: FormSpec, answers: dict[str, Any]) -> list[dict[str, Any]]:
    """Draft answers as the column values of Answer rows: one row per value, in question
    order. Plain dicts, so bulk loaders can insert them without building ORM objects."""
    rows: list[dict[str, Any]] = []

    def add(
        question_id: str,
        choice: str | None = None,
        number: int | None = None,
        text: str | None = None,
    ) -> None:
        rows.append(
            {
                "question_id": question_id,
                "position": len(rows),
                "choice": choice,
                "number": number,
                "text": text,
            }
        )

    for question in spec.questions:
        value = answers.get(question.id)
        if value not in (None, "", []):
            if question.type == QuestionType.MULTIPLE_CHOICE:
                for choice in value:
                    add(question.id, choice=choice)
            elif question.type == QuestionType.CONFIDENCE5:
                add(question.id, choice=value, number=int(value))
            elif question.is_choice:
                add(question.id, choice=value)
            else:
                add(question.id, text=value)
        why = answers.get(question.follow_up_id)
        if question.follow_up is not None and why:
            add(question.follow_up_id, text=why)
    return rows


def answer_rows(spec: FormSpec, answers: dict[str, Any]) -> list[Answer]:
    return [Answer(**values) for values in answer_values(spec, answers)]


def get_response_by_submission_id(submission_id: str) -> Response | None:
    return db.session.scalar(select(Response).where(Response.submission_id == submission_id))


def submit_draft(
    draft: Draft, spec: FormSpec, submitted_at: datetime | None = None
) -> tuple[Response, bool]:
    """Store the draft as a response, in the request's transaction, and discard the draft.
    Returns the response and whether it is new.

    The submission id is unique: if a double tap or a retry already stored it, the
    stored response is returned and nothing new is written.
    """
    existing = get_response_by_submission_id(draft.submission_id)
    if existing is not None:
        discard_draft(draft)
        return existing, False
    response = Response(
        collection_id=draft.collection_id,
        form_version_id=draft.form_version_id,
        submission_id=draft.submission_id,
        **period_columns(submitted_at or utcnow()),
    )
    response.answers = answer_rows(spec, draft.answers)
    try:
        with db.session.begin_nested():
            db.session.add(response)
            db.session.flush()
    except IntegrityError:
        # Another request stored the same submission between our check and insert.
        stored = get_response_by_submission_id(draft.submission_id)
        if stored is None:
            raise
        discard_draft(draft)
        return stored, False
    discard_draft(draft)
    return response, True


def store_response(
    collection: Collection,
    version: FormVersion,
    spec: FormSpec,
    answers: dict[str, Any],
    submitted_at: datetime,
    submission_id: str | None = None,
) -> Response:
    """Store a whole response at once (demo data and imports)."""
    response = Response(
        collection_id=collection.id,
        form_version_id=version.id,
        submission_id=submission_id or new_submission_id(),
        **period_columns(submitted_at),
    )
    response.answers = answer_rows(spec, answers)
    db.session.add(response)
    return response


def _visible(query: Any, user: User) -> Any:
    if user.role == Role.ADMIN:
        return query
    return query.join(Collection, Collection.id == Response.collection_id).where(
        Collection.owner_id == user.id
    )


def responses_for_collection(
    collection: Collection, *, page: int = 1, per_page: int = 50
) -> tuple[Sequence[Response], int]:
    total = (
        db.session.scalar(
            select(func.count(Response.id)).where(Response.collection_id == collection.id)
        )
        or 0
    )
    rows = db.session.scalars(
        select(Response)
        .where(Response.collection_id == collection.id)
        .order_by(Response.submitted_at.desc(), Response.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
        .options(selectinload(Response.answers))
    ).all()
    return rows, int(total)


def get_response_for(user: User, response_id: int) -> Response | None:
    """The response if this user may read individual responses and owns its collection."""
    if user.role not in (Role.ADMIN, Role.PRACTITIONER):
        return None
    query = (
        select(Response)
        .where(Response.id == response_id)
        .options(
            selectinload(Response.answers),
            joinedload(Response.collection).joinedload(Collection.form),
            joinedload(Response.form_version),
        )
    )
    return db.session.scalar(_visible(query, user))


def count_responses() -> int:
    return db.session.scalar(select(func.count(Response.id))) or 0
