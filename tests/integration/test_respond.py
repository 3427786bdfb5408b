"""The respondent journey through the HTML pages, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from feedback.catalogue.builtin import BUILTIN_SLUGS
from feedback.data.interfaces import catalogue
from feedback.data.models import Answer, Draft, Response
from feedback.extensions import db
from tests.factories import make_collection, make_user
from tests.integration.respond_helpers import complete, send


def _spec(slug: str):
    form = catalogue.get_form_by_slug(slug)
    return catalogue.spec_for(catalogue.latest_version(form.id))


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def owner(app):
    with app.app_context():
        return make_user().id


def _collection(app, slug="cidva-child", **details):
    with app.app_context():
        owner = make_user()
        collection = make_collection(owner, slug, **details)
        return collection.code, _spec(slug)


@pytest.mark.parametrize("slug", BUILTIN_SLUGS)
@pytest.mark.parametrize("unhappy", [False, True], ids=["happy", "unhappy"])
def test_every_form_can_be_completed_and_stored(app, client, slug, unhappy):
    code, spec = _collection(app, slug)
    visited = complete(client, code, spec, unhappy=unhappy)
    response, submission_id = send(client, code)
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/c/{code}/thanks")
    thanks = client.get(f"/c/{code}/thanks")
    assert thanks.status_code == 200
    with app.app_context():
        stored = db.session.scalar(select(Response).where(Response.submission_id == submission_id))
        assert stored is not None
        assert stored.form_version.definition["slug"] == slug
        question_ids = {a.question_id for a in stored.answers}
        assert question_ids, "no answers stored"
        why_pages = [p for p in visited if p.endswith("-why")]
        has_follow_ups = any(q.follow_up for q in spec.questions)
        if unhappy and has_follow_ups:
            assert why_pages, "an unhappy answer should lead to a why? page"
            assert any(q.endswith("_why") for q in question_ids)
        if not unhappy:
            assert not why_pages
            assert not any(q.endswith("_why") for q in question_ids)
        assert _count(Draft) == 0


def test_child_pages_show_progress_and_help(app, client):
    code, spec = _collection(app, "cidva-child")
    client.post(f"/c/{code}")
    page = client.get(f"/c/{code}/q/2").get_data(as_text=True)
    assert f"Question 2 of {len(spec.pages)}" in page
    assert "0800 1111" in page and "999" in page
    assert "Read this to me" in page
    assert "govuk-exit-this-page" in page
    assert "a worker will need to act" in page
    assert "confidential" not in page.lower()


def test_parent_pages_explain_who_reads_answers(app, client):
    code, _ = _collection(app, "cp-conference-parent")
    page = client.get(f"/c/{code}").get_data(as_text=True)
    assert "Who reads your answers" in page
    assert "we will need to act" in page
    assert "Read this to me" not in page
    assert "govuk-exit-this-page" not in page


def test_double_submit_with_same_submission_id_stores_one_response(app, client):
    code, spec = _collection(app, "cidva-parent")
    complete(client, code, spec)
    first, submission_id = send(client, code)
    assert first.status_code == 303
    again = client.post(f"/c/{code}/check", data={"submission_id": submission_id})
    assert again.status_code == 303
    assert again.headers["Location"].endswith("/thanks")
    with app.app_context():
        assert _count(Response) == 1


def test_tampered_submission_id_is_refused_and_nothing_stored(app, client):
    code, spec = _collection(app, "cidva-parent")
    complete(client, code, spec)
    for forged in ["not-a-uuid", "00000000-0000-4000-8000-000000000000", ""]:
        response = client.post(f"/c/{code}/check", data={"submission_id": forged})
        assert response.status_code == 400
        assert "page was changed" in response.get_data(as_text=True)
    with app.app_context():
        assert _count(Response) == 0
        assert _count(Draft) == 1


def test_answers_can_be_changed_from_check_page(app, client):
    code, spec = _collection(app, "cp-conference-parent")
    complete(client, code, spec)
    # Change the report question to No: the why? page appears, then back to check.
    q = spec.question("report_in_time")
    response = client.post(
        f"/c/{code}/q/1?change=1",
        data={
            name: "no" if name == "report_in_time" else "yes"
            for name in [qq.id for qq in spec.pages[0].questions]
        },
    )
    assert response.status_code == 302
    assert "-why" in response.headers["Location"] and "change=1" in response.headers["Location"]
    response = client.post(
        response.headers["Location"].replace("http://localhost", ""),
        data={"report_in_time_why": "It came the night before"},
    )
    assert response.headers["Location"].endswith("/check")
    check = client.get(f"/c/{code}/check").get_data(as_text=True)
    assert "It came the night before" in check
    assert str(escape(q.short)) in check


def test_changing_away_from_a_trigger_drops_the_why_answer(app, client):
    code, spec = _collection(app, "cp-conference-parent")
    complete(client, code, spec, unhappy=True)
    first_page = [q.id for q in spec.pages[0].questions]
    client.post(f"/c/{code}/q/1?change=1", data=dict.fromkeys(first_page, "yes"))
    with app.app_context():
        draft = db.session.scalars(select(Draft)).one()
        assert "report_in_time_why" not in draft.answers


def test_optional_questions_can_be_skipped(app, client):
    code, spec = _collection(app, "cidva-child")
    client.post(f"/c/{code}")
    for page in spec.pages:
        if not any(q.required for q in page.questions):
            response = client.post(f"/c/{code}/q/{page.number}", data={})
            assert response.status_code == 302
    response, _ = send(client, code)
    assert response.status_code == 303


def test_required_question_left_empty_shows_error(app, client):
    code, spec = _collection(app, "training-reaction")
    client.post(f"/c/{code}")
    required_page = next(p for p in spec.pages if any(q.required for q in p.questions))
    response = client.post(f"/c/{code}/q/{required_page.number}", data={})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "There is a problem" in html
    assert "<title>Error: " in html


def test_over_long_text_is_refused_and_not_saved(app, client):
    code, spec = _collection(app, "cidva-child")
    client.post(f"/c/{code}")
    question = next(q for q in spec.questions if q.type.value == "long_text")
    page = next(p for p in spec.pages if question in p.questions)
    response = client.post(f"/c/{code}/q/{page.number}", data={question.id: "a" * 5001})
    assert response.status_code == 400
    assert "5,000" in response.get_data(as_text=True)
    with app.app_context():
        assert question.id not in db.session.scalars(select(Draft)).one().answers
    ok = client.post(f"/c/{code}/q/{page.number}", data={question.id: "a" * 5000})
    assert ok.status_code == 302


def test_choice_not_offered_is_refused(app, client):
    code, spec = _collection(app, "cidva-child")
    client.post(f"/c/{code}")
    question = next(q for q in spec.questions if q.type.value == "faces5")
    page = next(p for p in spec.pages if question in p.questions)
    response = client.post(f"/c/{code}/q/{page.number}", data={question.id: "ecstatic"})
    assert response.status_code == 400
    assert "Choose one of the answers shown" in response.get_data(as_text=True)
    checkbox = next(q for q in spec.questions if q.type.value == "multiple_choice")
    page = next(p for p in spec.pages if checkbox in p.questions)
    response = client.post(f"/c/{code}/q/{page.number}", data={checkbox.id: ["happier", "made_up"]})
    assert response.status_code == 400


def test_exclusive_checkbox_cannot_be_combined(app, client):
    code, spec = _collection(app, "cidva-child")
    client.post(f"/c/{code}")
    checkbox = next(q for q in spec.questions if q.exclusive)
    page = next(p for p in spec.pages if checkbox in p.questions)
    other = next(o.value for o in checkbox.options if o.value != checkbox.exclusive)
    response = client.post(
        f"/c/{code}/q/{page.number}", data={checkbox.id: [checkbox.exclusive, other]}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("code", ["ZZZZZZ", "AC", "HELLO!!", "ACDEFG"])
def test_unknown_code_gives_clear_error(client, code):
    response = client.post("/", data={"code": code})
    assert response.status_code in (400, 404)
    assert "There is a problem" in response.get_data(as_text=True)
    assert client.get(f"/c/{code.upper()}").status_code in (404, 302)


def test_empty_code(client):
    response = client.post("/", data={"code": "  "})
    assert response.status_code == 400
    assert "Enter your code" in response.get_data(as_text=True)


def test_code_is_forgiving_about_case_and_spaces(app, client):
    code, _ = _collection(app)
    typed = f" {code[:3].lower()} {code[3:].lower()} "
    response = client.post("/", data={"code": typed})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/c/{code}")


def test_closed_collection_refuses_answers(app, client):
    code, _ = _collection(app)
    client.post(f"/c/{code}")
    with app.app_context():
        from feedback.data.interfaces import collections

        collections.close_collection(collections.get_collection_by_code(code))
        db.session.commit()
    assert client.get(f"/c/{code}").status_code == 410
    assert client.post("/", data={"code": code}).status_code == 410
    assert client.post(f"/c/{code}/q/1", data={}).status_code == 410
    assert client.post(f"/c/{code}/check", data={"submission_id": "x"}).status_code == 410
    with app.app_context():
        assert _count(Response) == 0


def test_expired_and_not_yet_open_collections(app, client):
    yesterday = date.today() - timedelta(days=1)
    tomorrow = date.today() + timedelta(days=1)
    expired, _ = _collection(app, closes_on=yesterday)
    future, _ = _collection(app, opens_on=tomorrow)
    assert client.get(f"/c/{expired}").status_code == 410
    assert "closed" in client.post("/", data={"code": expired}).get_data(as_text=True)
    assert client.get(f"/c/{future}").status_code == 403


def test_unknown_step_is_404(app, client):
    code, _ = _collection(app)
    client.post(f"/c/{code}")
    assert client.get(f"/c/{code}/q/99").status_code == 404
    assert client.get(f"/c/{code}/q/1-why").status_code == 404


def test_pages_without_a_draft_go_to_start(app, client):
    code, _ = _collection(app)
    response = client.get(f"/c/{code}/q/1")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/c/{code}")


def test_versioned_form_keeps_old_wording(app, client):
    code, spec = _collection(app, "cidva-parent")
    complete(client, code, spec)
    send(client, code)
    with app.app_context():
        import copy

        from feedback.catalogue.builtin import builtin_definitions

        changed = copy.deepcopy(
            next(d for d in builtin_definitions() if d["slug"] == "cidva-parent")
        )
        changed["pages"][0]["questions"][0]["text"] = "A brand new wording for this question"
        results = catalogue.load_definitions([changed])
        db.session.commit()
        assert results[0].changed and results[0].version == 2
        again = catalogue.load_definitions([changed])
        assert not again[0].changed
        stored = db.session.scalars(select(Response)).one()
        assert stored.form_version.number == 1
        old_spec = catalogue.spec_for(stored.form_version)
        assert old_spec.questions[0].text != "A brand new wording for this question"
        response_id = stored.id
        owner_email = stored.collection.owner.email
    from tests.factories import sign_in

    sign_in(client, owner_email)
    page = client.get(f"/staff/responses/{response_id}").get_data(as_text=True)
    assert "A brand new wording" not in page
    assert "version 1" in page


def test_answers_stored_as_rows_for_reporting(app, client):
    code, spec = _collection(app, "cidva-child")
    complete(client, code, spec)
    send(client, code)
    with app.app_context():
        rows = db.session.scalars(select(Answer).where(Answer.question_id == "difference")).all()
        assert len(rows) == 2
        assert all(r.choice for r in rows)
