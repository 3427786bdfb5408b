"""The page sequence: why? pages only after a trigger answer; pruning; progress wording."""

from __future__ import annotations

from feedback.catalogue.schema import parse_definition
from feedback.respond import journey

DEFINITION = {
    "slug": "test-form",
    "title": "A test form",
    "audience": "parent",
    "intro": "Tell us what you think.",
    "pages": [
        {
            "questions": [
                {
                    "id": "report",
                    "type": "yes_partly_no",
                    "text": "Did the report come in time?",
                    "follow_up": {"text": "Tell us why"},
                },
                {
                    "id": "overall",
                    "type": "rating5",
                    "text": "Overall?",
                    "required": True,
                    "follow_up": {"text": "What went wrong?"},
                },
            ]
        },
        {"questions": [{"id": "comments", "type": "long_text", "text": "Anything else?"}]},
    ],
}
SPEC = parse_definition(DEFINITION)


def keys(answers):
    return [s.key for s in journey.steps(SPEC, answers)]


def test_no_follow_up_without_a_trigger():
    assert keys({}) == ["1", "2"]
    assert keys({"report": "yes", "overall": "good"}) == ["1", "2"]


def test_follow_up_page_after_trigger_answers():
    assert keys({"report": "no"}) == ["1", "1-why", "2"]
    steps = journey.steps(SPEC, {"report": "no", "overall": "terrible"})
    why = steps[1]
    assert why.is_follow_up
    assert [q.id for q in why.questions] == ["report_why", "overall_why"]
    assert "No" in (why.questions[0].hint or "")


def test_prune_drops_stale_why_and_unknown_keys():
    answers = {
        "report": "yes",
        "report_why": "late",
        "overall": "poor",
        "overall_why": "rude",
        "smuggled": "x",
    }
    assert journey.prune(SPEC, answers) == {
        "report": "yes",
        "overall": "poor",
        "overall_why": "rude",
    }


def test_first_missing_required():
    assert journey.first_missing_required(SPEC, {}).id == "overall"
    assert journey.first_missing_required(SPEC, {"overall": "good"}) is None


def test_answers_are_valid_rejects_tampering():
    assert journey.answers_are_valid(SPEC, {"report": "yes", "comments": "fine"})
    assert not journey.answers_are_valid(SPEC, {"report": "maybe"})
    assert not journey.answers_are_valid(SPEC, {"comments": "x" * 5001})
    assert not journey.answers_are_valid(SPEC, {"comments": ["a list"]})


def test_progress_label_and_step_lookup():
    steps = journey.steps(SPEC, {})
    assert journey.progress_label(SPEC, steps[1]) == "Page 2 of 2"
    assert journey.step_for_question(SPEC, "overall") == "1"
    assert journey.step_for_question(SPEC, "overall_why") == "1-why"
    one_per_page = parse_definition(
        {
            **DEFINITION,
            "pages": [{"questions": [q]} for p in DEFINITION["pages"] for q in p["questions"]],
        }
    )
    steps = journey.steps(one_per_page, {})
    assert journey.progress_label(one_per_page, steps[2]) == "Question 3 of 3"
