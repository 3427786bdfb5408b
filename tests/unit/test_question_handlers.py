"""Each question type builds a field that validates like the GOV.UK pattern says."""

from __future__ import annotations

import pytest
from flask import Flask
from werkzeug.datastructures import MultiDict

from feedback.catalogue.schema import parse_definition
from feedback.forms.questions import build_form_class, form_answers, render_params


@pytest.fixture
def request_ctx():
    app = Flask(__name__)
    app.config.update(SECRET_KEY="x" * 40, WTF_CSRF_ENABLED=False)
    with app.test_request_context(method="POST"):
        yield


def spec_with(*questions):
    return parse_definition(
        {
            "slug": "unit-form",
            "title": "Unit",
            "audience": "professional",
            "intro": "Hello.",
            "is_training": True,
            "pages": [{"questions": list(questions)}],
        }
    )


def validate(spec, data, child=False):
    form_class = build_form_class(spec.questions, child=child)
    form = form_class(formdata=MultiDict(data))
    ok = form.validate()
    return ok, form


ALL_TYPES = [
    {
        "id": "radio",
        "type": "single_choice",
        "text": "Pick one",
        "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}],
    },
    {
        "id": "boxes",
        "type": "multiple_choice",
        "text": "Pick some",
        "exclusive": "none",
        "options": [
            {"value": "a", "label": "A"},
            {"value": "b", "label": "B"},
            {"value": "none", "label": "None of these"},
        ],
    },
    {"id": "ypn", "type": "yes_partly_no", "text": "Yes or no?"},
    {"id": "rating", "type": "rating5", "text": "How good?"},
    {"id": "faces", "type": "faces5", "text": "How did it feel?"},
    {"id": "confidence", "type": "confidence5", "text": "How confident?"},
    {"id": "short", "type": "short_text", "text": "Your role"},
    {"id": "long", "type": "long_text", "text": "Comments"},
    {
        "id": "pick",
        "type": "select",
        "text": "Your agency",
        "options": [{"value": "police", "label": "Police"}, {"value": "health", "label": "Health"}],
    },
    {"id": "email", "type": "email", "text": "Email"},
]


def test_all_types_accept_valid_answers(request_ctx):
    spec = spec_with(*ALL_TYPES)
    data = [
        ("radio", "a"),
        ("boxes", "a"),
        ("boxes", "b"),
        ("ypn", "partly"),
        ("rating", "terrible"),
        ("faces", "great"),
        ("confidence", "4"),
        ("short", "  Nurse  "),
        ("long", "Line one\r\nLine two"),
        ("pick", "health"),
        ("email", "someone@example.org"),
    ]
    ok, form = validate(spec, data)
    assert ok, form.errors
    answers = form_answers(form, spec.questions)
    assert answers["boxes"] == ["a", "b"]
    assert answers["short"] == "Nurse"
    assert answers["long"] == "Line one\nLine two"
    assert answers["confidence"] == "4"


def test_optional_questions_can_all_be_skipped(request_ctx):
    spec = spec_with(*ALL_TYPES)
    ok, form = validate(spec, [])
    assert ok, form.errors
    assert form_answers(form, spec.questions) == {}


@pytest.mark.parametrize(
    ("qid", "value", "message"),
    [
        ("radio", "c", "Select one of the answers shown"),
        ("ypn", "maybe", "Select one of the answers shown"),
        ("confidence", "6", "Select one of the answers shown"),
        ("pick", "army", "Select one of the answers shown"),
        ("long", "x" * 5001, "5,000 characters or fewer"),
        ("short", "x" * 201, "200 characters or fewer"),
        ("email", "not an email", "correct format"),
    ],
)
def test_bad_answers_get_specific_messages(request_ctx, qid, value, message):
    spec = spec_with(*ALL_TYPES)
    ok, form = validate(spec, [(qid, value)])
    assert not ok
    assert message in form[qid].errors[0]


def test_exclusive_option_refused_with_others(request_ctx):
    spec = spec_with(*ALL_TYPES)
    ok, form = validate(spec, [("boxes", "a"), ("boxes", "none")])
    assert not ok
    assert "None of these" in form["boxes"].errors[0]


def test_required_messages_name_the_question(request_ctx):
    spec = spec_with(
        {
            "id": "rating",
            "type": "rating5",
            "text": "How good was the trainer?",
            "short": "The trainer",
            "required": True,
        }
    )
    ok, form = validate(spec, [])
    assert not ok
    assert form["rating"].errors == ["Select an answer for the trainer"]


def test_child_messages_use_plain_words(request_ctx):
    spec = parse_definition(
        {
            "slug": "kid-form",
            "title": "Kids",
            "audience": "child",
            "intro": "Hi.",
            "pages": [
                {
                    "questions": [
                        {"id": "faces", "type": "faces5", "text": "How was it?", "required": True}
                    ]
                }
            ],
        }
    )
    ok, form = validate(spec, [], child=True)
    assert not ok
    assert form["faces"].errors == ["Choose one answer"]


def test_faces_render_with_svg_and_visible_word():
    spec = spec_with(ALL_TYPES[4])
    params = render_params(spec.questions[0], as_heading=True, child=True)
    assert len(params["items"]) == 5
    first = str(params["items"][0]["html"])
    assert "<svg" in first and 'aria-hidden="true"' in first and "Great" in first
    assert params["fieldset"]["legend"]["isPageHeading"] is True
