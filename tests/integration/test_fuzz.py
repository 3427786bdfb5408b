"""Fuzz the respondent pages: whatever is posted, the answer is a 2xx/3xx or a clear 4xx,
never a 500, and a refused page stores nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from feedback.catalogue.builtin import BUILTIN_SLUGS
from feedback.data.interfaces import catalogue
from feedback.data.models import Draft
from feedback.extensions import db
from tests.factories import make_collection, make_user

nasty_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=4990, max_size=5010),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "\r\n\t",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "😀😀😀",
            "ناراحت هستم",
            '=HYPERLINK("x")',
            "\u202e\u200b",
            "a" * 100_000,
        ]
    ),
)
field_value = st.one_of(nasty_text, st.lists(nasty_text, max_size=4))


@pytest.fixture
def fuzz_target(app):
    with app.app_context():
        owner = make_user()
        targets = {}
        for slug in BUILTIN_SLUGS:
            collection = make_collection(owner, slug)
            form = catalogue.get_form_by_slug(slug)
            spec = catalogue.spec_for(catalogue.latest_version(form.id))
            targets[slug] = (collection.code, spec)
        return targets


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    slug=st.sampled_from(BUILTIN_SLUGS),
    page_index=st.integers(min_value=0, max_value=6),
    values=st.dictionaries(st.sampled_from(["a", "b"]), field_value, max_size=2),
    use_real_names=st.booleans(),
    data=st.data(),
)
def test_question_pages_never_fail(
    app, client, fuzz_target, slug, page_index, values, use_real_names, data
):
    code, spec = fuzz_target[slug]
    client.post(f"/c/{code}")
    page = spec.pages[page_index % len(spec.pages)]
    form: dict[str, object] = {}
    if use_real_names:
        for question in page.questions:
            if question.is_choice:
                choices = [o.value for o in question.options]
                form[question.id] = data.draw(
                    st.one_of(
                        st.sampled_from(choices),
                        st.lists(st.sampled_from(choices), max_size=3),
                        field_value,
                    )
                )
            else:
                form[question.id] = data.draw(field_value)
    else:
        form.update(values)
    with app.app_context():
        before = db.session.scalars(select(Draft)).first()
        before_answers = dict(before.answers) if before else None
    response = client.post(f"/c/{code}/q/{page.number}", data=form)
    assert response.status_code in (302, 400, 413), response.status_code
    if response.status_code != 302:
        with app.app_context():
            after = db.session.scalars(select(Draft)).first()
            assert (dict(after.answers) if after else None) == before_answers


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(code=st.text(max_size=40), submission_id=st.text(max_size=60))
def test_code_and_submission_fields_never_fail(client, fuzz_target, code, submission_id):
    response = client.post("/", data={"code": code})
    assert response.status_code in (302, 400, 403, 404, 410)
    real_code, _ = fuzz_target["cidva-parent"]
    response = client.post(f"/c/{real_code}/check", data={"submission_id": submission_id})
    assert response.status_code in (302, 303, 400)
