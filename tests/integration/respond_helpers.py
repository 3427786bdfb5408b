"""Drive the respondent journey through the HTML pages with the test client."""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup

from feedback.catalogue.schema import FormSpec, Question, QuestionType


def answer_for(question: Question, *, unhappy: bool = False) -> Any:
    """A valid answer; with unhappy=True, a choice that triggers the 'why?' follow-up."""
    if question.type == QuestionType.MULTIPLE_CHOICE:
        return [o.value for o in question.options if o.value != question.exclusive][:2]
    if question.is_choice:
        if unhappy and question.follow_up is not None:
            return question.follow_up.triggers[0]
        return question.options[0].value
    if question.type == QuestionType.EMAIL:
        return "delegate@example.org"
    return f"My answer to {question.id}"


def page_fields(html: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", attrs={"method": "post"})
    assert form is not None
    return {
        tag["name"]
        for tag in form.find_all(["input", "textarea", "select"])
        if tag.get("name") and tag["name"] != "csrf_token"
    }


def complete(client: Any, code: str, spec: FormSpec, *, unhappy: bool = False) -> list[str]:
    """Answer every page of the form as a respondent would; return the page paths visited."""
    visited = []
    response = client.post(f"/c/{code}")
    assert response.status_code == 302, response.status_code
    location = response.headers["Location"]
    while "/q/" in location:
        path = re.sub(r"^https?://[^/]+", "", location)
        page = client.get(path)
        assert page.status_code == 200, path
        visited.append(path)
        names = page_fields(page.get_data(as_text=True))
        data: dict[str, Any] = {}
        for name in names:
            if name.endswith("_why"):
                data[name] = "Because it did not go well for us"
            else:
                data[name] = answer_for(spec.question(name), unhappy=unhappy)
        response = client.post(path, data=data)
        assert response.status_code == 302, (path, response.get_data(as_text=True)[:500])
        location = response.headers["Location"]
    assert location.endswith("/check"), location
    return visited


def send(client: Any, code: str) -> Any:
    check = client.get(f"/c/{code}/check")
    assert check.status_code == 200
    match = re.search(
        r'name="submission_id" type="hidden" value="([^"]+)"', check.get_data(as_text=True)
    )
    assert match, "no submission id on the check page"
    return client.post(f"/c/{code}/check", data={"submission_id": match.group(1)}), match.group(1)


def spec_for_code(app: Any, code: str) -> FormSpec:
    from feedback.data.interfaces import catalogue, collections

    with app.app_context():
        collection = collections.get_collection_by_code(code)
        assert collection is not None, code
        version = catalogue.latest_version(collection.form_id)
        assert version is not None
        return catalogue.spec_for(version)


def respond(app: Any, code: str) -> int:
    """Answer a collection's form through its pages as a new respondent; the response id."""
    from sqlalchemy import select

    from feedback.data.models import Response
    from feedback.extensions import db

    client = app.test_client()
    complete(client, code, spec_for_code(app, code))
    _, submission_id = send(client, code)
    with app.app_context():
        response_id = db.session.scalar(
            select(Response.id).where(Response.submission_id == submission_id)
        )
    assert response_id is not None
    return int(response_id)
