"""Factory helpers that build test data through the same interfaces the app uses."""

from __future__ import annotations

import itertools
import re
from typing import Any

from feedback.data.interfaces import catalogue, collections, users
from feedback.data.models import Collection, User
from feedback.data.types import ConferenceType, Role
from feedback.extensions import db

PASSWORD = "correct horse battery staple"
_counter = itertools.count(1)


def make_user(
    role: Role = Role.PRACTITIONER, email: str | None = None, password: str = PASSWORD
) -> User:
    email = email or f"{role.value}{next(_counter)}@example.org"
    user = users.create_user(email, role, password, full_name=f"Test {role.value}")
    db.session.commit()
    return user


def make_collection(
    owner: User, slug: str = "cidva-child", title: str | None = None, **details: Any
) -> Collection:
    form = catalogue.get_form_by_slug(slug)
    assert form is not None, slug
    spec = catalogue.spec_for(catalogue.latest_version(form.id))  # type: ignore[arg-type]
    if spec.needs_conference_type:
        details.setdefault("conference_type", ConferenceType.REVIEW)
    collection = collections.create_collection(
        form, owner, collections.CollectionDetails(title=title or f"Test {slug}", **details)
    )
    db.session.commit()
    return collection


def sign_in(client: Any, email: str, password: str = PASSWORD) -> Any:
    response = client.post("/staff/sign-in", data={"email": email, "password": password})
    assert response.status_code == 302, response.status_code
    return response


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def submit_answers(collection: Collection, answers: dict[str, Any], when: Any) -> Any:
    """Store a whole response as if it were sent, with its analysis and any alert."""
    from feedback.data.interfaces import responses
    from feedback.safeguarding import process_submission

    version = catalogue.latest_version(collection.form_id)
    assert version is not None
    spec = catalogue.spec_for(version)
    response = responses.store_response(collection, version, spec, answers, when)
    db.session.flush()
    process_submission(response, spec)
    return response
