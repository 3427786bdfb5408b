"""The built-in form definitions: they follow the schema, keep the slug contract,
and read easily enough for a nine-year-old on the children's forms."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import nltk
import pytest
import textstat

from feedback.catalogue.builtin import BUILTIN_SLUGS, DEFINITIONS_DIR, builtin_definitions
from feedback.catalogue.schema import DefinitionError, FormSpec, QuestionType, parse_definition

CONTRACT_SLUGS = (
    "cidva-child",
    "cidva-parent",
    "cp-conference-parent",
    "cp-conference-child",
    "training-reaction",
    "training-learning",
    "training-impact",
    "young-people-event",
)
CHILD_SLUGS = ("cidva-child", "cp-conference-child", "young-people-event")
TRAINING_SLUGS = ("training-reaction", "training-learning", "training-impact")
READING_EASE_MIN = 80

# The question ids that analysis, exports and acceptance checks rely on.
EXPECTED_IDS = {
    "cidva-child": {"sessions_feel", "difference", "helped_most", "anything_else", "wants_to_talk"},
    "cidva-parent": {
        "worker_relationship",
        "contact_frequency",
        "sessions_arranged",
        "difference_for_children",
        "other_comments",
    },
    "cp-conference-parent": {
        "purpose_explained",
        "report_in_time",
        "agency_reports",
        "listened_to",
        "understood_plan",
        "treated_with_respect",
        "practical_arrangements",
        "overall",
        "went_well",
        "could_be_better",
    },
    "cp-conference-child": {
        "meeting_feel",
        "purpose_explained",
        "views_shared",
        "listened_to",
        "know_next",
        "make_better",
        "anything_else",
        "wants_to_talk",
    },
    "training-reaction": {
        "agency",
        "objectives_met",
        "relevant_to_role",
        "trainer_rating",
        "materials_rating",
        "confidence_before",
        "confidence_after",
        "most_useful",
        "do_differently",
        "other_comments",
        "email",
    },
    "training-learning": {"agency", "used_from_course", "example", "confidence_now", "barriers"},
    "training-impact": {
        "agency",
        "practice_changed",
        "areas_changed",
        "example",
        "difference_for_children",
    },
    "young-people-event": {"event_rating", "learned", "tell_a_friend", "anything_else"},
}


def _count_syllables_offline() -> None:
    """Keep textstat off the network.

    textstat counts English syllables with NLTK's CMU dictionary and, when that
    corpus is not installed, tries to download it, which fails on a machine with
    no network. There it falls back to its own Pyphen count, which it already
    uses for words the dictionary lacks. The definitions are checked to pass
    both ways."""
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        try:
            from textstat.backend.counts import _count_syllables
        except ImportError:  # an older textstat counts with Pyphen alone
            return
        _count_syllables.get_cmudict = lambda lang: None


_count_syllables_offline()


def _specs() -> dict[str, FormSpec]:
    return {raw["slug"]: parse_definition(raw) for raw in builtin_definitions()}


def _child_strings(spec: FormSpec) -> Iterator[tuple[str, str]]:
    """Every piece of text a child reads on the form, with where it comes from.

    The fixed scale labels (Yes, Partly, No; the five faces) belong to the
    schema, not the definitions: a reading score means nothing for one word."""
    yield f"{spec.slug} title", spec.title
    yield f"{spec.slug} intro", spec.intro
    for question in spec.questions:
        where = f"{spec.slug} {question.id}"
        yield f"{where} text", question.text
        yield f"{where} short", question.short
        if question.hint:
            yield f"{where} hint", question.hint
        if question.type not in (
            QuestionType.YES_PARTLY_NO,
            QuestionType.RATING5,
            QuestionType.FACES5,
            QuestionType.CONFIDENCE5,
        ):
            for option in question.options:
                yield f"{where} option {option.value}", option.label
                if option.hint:
                    yield f"{where} option {option.value} hint", option.hint
        if question.follow_up:
            yield f"{where} follow-up text", question.follow_up.text
            if question.follow_up.hint:
                yield f"{where} follow-up hint", question.follow_up.hint


CHILD_STRINGS = [item for slug in CHILD_SLUGS for item in _child_strings(_specs()[slug])]


def _minimal(**overrides: Any) -> dict[str, Any]:
    """A small valid definition to break one rule at a time."""
    raw: dict[str, Any] = {
        "slug": "test-form",
        "title": "Test form",
        "audience": "parent",
        "intro": "A form for tests.",
        "pages": [
            {
                "questions": [
                    {"id": "overall", "type": "rating5", "text": "Overall, how was it?"},
                    {
                        "id": "colour",
                        "type": "single_choice",
                        "text": "Which colour?",
                        "options": [
                            {"value": "red", "label": "Red"},
                            {"value": "blue", "label": "Blue"},
                        ],
                    },
                ]
            }
        ],
    }
    raw.update(overrides)
    return raw


def _with_question(question: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    raw = _minimal(**overrides)
    raw["pages"][0]["questions"].append(question)
    return raw


# --- The catalogue -------------------------------------------------------------------


def test_the_slugs_are_the_contract_list() -> None:
    assert BUILTIN_SLUGS == CONTRACT_SLUGS
    on_disk = sorted(path.stem for path in DEFINITIONS_DIR.glob("*.json"))
    assert on_disk == sorted(CONTRACT_SLUGS)


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_each_definition_parses_and_matches_its_filename(slug: str) -> None:
    raw = json.loads((DEFINITIONS_DIR / f"{slug}.json").read_text(encoding="utf-8"))
    spec = parse_definition(raw)
    assert spec.slug == slug
    assert [d["slug"] for d in builtin_definitions()] == list(CONTRACT_SLUGS)


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_question_ids_are_the_expected_ones(slug: str) -> None:
    ids = [q.id for q in _specs()[slug].questions]
    assert len(ids) == len(set(ids))
    assert set(ids) == EXPECTED_IDS[slug]


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_long_text_questions_have_a_hint_and_email_is_optional(slug: str) -> None:
    for question in _specs()[slug].questions:
        if question.type == QuestionType.LONG_TEXT:
            assert question.hint, question.id
        if question.type == QuestionType.EMAIL:
            assert not question.required


# --- Children's forms ----------------------------------------------------------------


@pytest.mark.parametrize(("where", "text"), CHILD_STRINGS, ids=[w for w, _ in CHILD_STRINGS])
def test_child_text_reads_easily(where: str, text: str) -> None:
    score = textstat.flesch_reading_ease(text)
    assert score >= READING_EASE_MIN, f"{where}: {text!r} scores {score:.1f}"


def test_lowest_reading_ease_on_child_forms() -> None:
    scores = [(textstat.flesch_reading_ease(text), where, text) for where, text in CHILD_STRINGS]
    lowest = min(scores)
    print(
        f"lowest Flesch reading ease on child forms: {lowest[0]:.1f} ({lowest[1]}: {lowest[2]!r})"
    )
    assert lowest[0] >= READING_EASE_MIN


@pytest.mark.parametrize("slug", CHILD_SLUGS)
def test_child_forms_ask_one_question_per_page(slug: str) -> None:
    spec = _specs()[slug]
    assert spec.is_child
    assert all(len(page.questions) == 1 for page in spec.pages)


@pytest.mark.parametrize("slug", CHILD_SLUGS)
def test_child_forms_have_a_face_scale_and_free_text(slug: str) -> None:
    types = [q.type for q in _specs()[slug].questions]
    assert QuestionType.FACES5 in types
    assert QuestionType.LONG_TEXT in types


@pytest.mark.parametrize("slug", CHILD_SLUGS)
def test_child_forms_promise_no_secrecy(slug: str) -> None:
    raw = json.loads((DEFINITIONS_DIR / f"{slug}.json").read_text(encoding="utf-8"))
    text = json.dumps(raw).lower()
    for word in ("confidential", "secret", "private"):
        assert word not in text


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_no_form_promises_confidentiality(slug: str) -> None:
    raw = json.loads((DEFINITIONS_DIR / f"{slug}.json").read_text(encoding="utf-8"))
    assert not re.search(r"confidential|in confidence", json.dumps(raw), re.IGNORECASE)


@pytest.mark.parametrize("slug", ["cidva-child", "cp-conference-child"])
def test_child_forms_offer_someone_to_talk_to(slug: str) -> None:
    spec = _specs()[slug]
    last = spec.pages[-1].questions[0]
    assert last.id == "wants_to_talk"
    assert last.type == QuestionType.SINGLE_CHOICE
    assert [o.value for o in last.options] == ["yes_talk", "no_thanks"]
    assert last.hint == "You can say yes even if nothing is wrong."


def test_cidva_child_checklist_keeps_the_seed_choices() -> None:
    question = _specs()["cidva-child"].question("difference")
    assert question.type == QuestionType.MULTIPLE_CHOICE
    assert {o.value for o in question.options} == {
        "happier",
        "more_people_to_confide_in",
        "get_on_better_with_family",
        "people_listen",
        "better_at_school",
        "less_angry",
        "nothing_changed",
        "happier_at_home",
        "less_anxious",
    }
    assert question.exclusive == "nothing_changed"


# --- Flags ---------------------------------------------------------------------------


def test_flags() -> None:
    specs = _specs()
    assert {s.slug for s in specs.values() if s.exit_this_page} == {"cidva-child", "cidva-parent"}
    assert {s.slug for s in specs.values() if s.needs_conference_type} == {
        "cp-conference-parent",
        "cp-conference-child",
    }
    assert {s.slug for s in specs.values() if s.is_training} == set(TRAINING_SLUGS)
    assert {s.slug for s in specs.values() if s.is_child} == set(CHILD_SLUGS)


def test_only_training_reaction_asks_for_an_email_address() -> None:
    with_email = {
        spec.slug
        for spec in _specs().values()
        if any(q.type == QuestionType.EMAIL for q in spec.questions)
    }
    assert with_email == {"training-reaction"}


def test_report_in_time_is_the_seed_question() -> None:
    question = _specs()["cp-conference-parent"].question("report_in_time")
    assert question.type == QuestionType.YES_PARTLY_NO
    assert "social worker's report" in question.text
    assert question.follow_up is not None
    assert "no" in question.follow_up.triggers


@pytest.mark.parametrize("slug", TRAINING_SLUGS)
def test_training_forms_require_the_agency(slug: str) -> None:
    question = _specs()[slug].question("agency")
    assert question.required
    assert len(question.options) == 10


def test_training_reaction_requires_confidence_before_and_after() -> None:
    spec = _specs()["training-reaction"]
    for qid in ("confidence_before", "confidence_after"):
        assert spec.question(qid).type == QuestionType.CONFIDENCE5
        assert spec.question(qid).required


# --- The schema rejects broken definitions -------------------------------------------


def test_the_minimal_definition_is_valid() -> None:
    assert parse_definition(_minimal()).slug == "test-form"


def test_an_email_question_outside_a_training_form_is_rejected() -> None:
    email = {"id": "email", "type": "email", "text": "Your email address"}
    with pytest.raises(DefinitionError, match="only training forms"):
        parse_definition(_with_question(email))
    assert parse_definition(_with_question(email, is_training=True)).is_training


def test_an_unknown_question_type_is_rejected() -> None:
    with pytest.raises(DefinitionError, match="unknown type"):
        parse_definition(_with_question({"id": "stars", "type": "stars", "text": "Stars?"}))


def test_a_repeated_question_id_is_rejected() -> None:
    raw = _minimal()
    raw["pages"].append({"questions": [copy.deepcopy(raw["pages"][0]["questions"][0])]})
    with pytest.raises(DefinitionError, match="repeats"):
        parse_definition(raw)


def test_options_on_a_fixed_scale_are_rejected() -> None:
    question = {
        "id": "felt",
        "type": "faces5",
        "text": "How did it feel?",
        "options": [{"value": "happy", "label": "Happy"}, {"value": "sad", "label": "Sad"}],
    }
    with pytest.raises(DefinitionError, match="fixed options"):
        parse_definition(_with_question(question))


def test_a_follow_up_on_an_answer_the_question_lacks_is_rejected() -> None:
    question = {
        "id": "helpful",
        "type": "yes_partly_no",
        "text": "Was it helpful?",
        "follow_up": {"text": "Why?", "when": ["maybe"]},
    }
    with pytest.raises(DefinitionError, match="follow_up"):
        parse_definition(_with_question(question))


def test_a_follow_up_on_a_choice_without_default_triggers_is_rejected() -> None:
    raw = _minimal()
    raw["pages"][0]["questions"][1]["follow_up"] = {"text": "Why?"}
    with pytest.raises(DefinitionError, match="follow_up"):
        parse_definition(raw)


def test_a_question_id_ending_in_why_is_rejected() -> None:
    with pytest.raises(DefinitionError, match="lower_snake_case"):
        parse_definition(_with_question({"id": "overall_why", "type": "long_text", "text": "?"}))
