"""The demo data generator: coverage, validity, realism, determinism and its text bank."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select

from feedback import demo, demo_text
from feedback.catalogue.schema import FormSpec, QuestionType
from feedback.data.interfaces import catalogue, responses, users
from feedback.data.models import Answer, Collection, Form, FormVersion, Response
from feedback.data.types import ConferenceType
from feedback.extensions import db

SEED_REPORT = Path("/work/shared/context/000_2b82dd704ae0436e.txt")
SLUGS = tuple(demo.FORM_WEIGHTS)


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo accounts' passwords are never used: skip argon2 to keep the tests quick."""
    monkeypatch.setattr(users, "hash_password", lambda password: "unusable")


def _quarter(when: datetime) -> int:
    return (when.month - 4) % 12 // 3


def _responses() -> list[tuple[int, str, ConferenceType | None, str, datetime, int]]:
    query = (
        select(
            Response.id,
            Form.slug,
            Collection.conference_type,
            Collection.title,
            Response.submitted_at,
            Response.form_version_id,
        )
        .join(Collection, Collection.id == Response.collection_id)
        .join(Form, Form.id == Collection.form_id)
        .order_by(Response.id)
    )
    return [tuple(row) for row in db.session.execute(query)]  # type: ignore[misc]


def _answers_by_response() -> dict[int, list[Answer]]:
    grouped: dict[int, list[Answer]] = defaultdict(list)
    for answer in db.session.scalars(select(Answer).order_by(Answer.response_id, Answer.position)):
        grouped[answer.response_id].append(answer)
    return grouped


def _as_given(spec: FormSpec, rows: list[Answer]) -> dict[str, Any]:
    """Rebuild the answers a respondent gave from the stored rows."""
    given: dict[str, Any] = {}
    for row in rows:
        if row.question_id.endswith("_why"):
            given[row.question_id] = row.text
            continue
        question = spec.question(row.question_id)
        if question.type == QuestionType.MULTIPLE_CHOICE:
            given.setdefault(row.question_id, []).append(row.choice)
        else:
            given[row.question_id] = row.choice if question.is_choice else row.text
    return given


def _check_response(spec: FormSpec, rows: list[Answer]) -> None:
    by_question: dict[str, list[Answer]] = defaultdict(list)
    for row in rows:
        by_question[row.question_id].append(row)
    assert [r.position for r in rows] == list(range(len(rows)))
    questions = {q.id: q for q in spec.questions}
    for question in spec.questions:
        if question.required:
            assert question.id in by_question, (spec.slug, question.id)
    for qid, given in by_question.items():
        if qid.endswith("_why") and qid not in questions:
            question = questions[qid.removesuffix("_why")]
            assert question.follow_up is not None, qid
            main = {r.choice for r in by_question.get(question.id, [])}
            assert main & set(question.follow_up.triggers), (spec.slug, qid, main)
            assert len(given) == 1 and given[0].text and len(given[0].text) <= 5000
            continue
        question = questions[qid]
        values = [o.value for o in question.options]
        if question.type == QuestionType.MULTIPLE_CHOICE:
            choices = [r.choice for r in given]
            assert set(choices) <= set(values) and len(set(choices)) == len(choices), choices
            if question.exclusive in choices:
                assert choices == [question.exclusive]
        elif question.is_choice:
            assert len(given) == 1 and given[0].choice in values, (qid, given[0].choice)
            if question.type == QuestionType.CONFIDENCE5:
                assert given[0].number == int(given[0].choice or "0")
        else:
            assert len(given) == 1 and given[0].choice is None
            text = given[0].text or ""
            assert text.strip() and len(text) <= question.max_length, (qid, text)
            if question.type == QuestionType.EMAIL:
                assert re.fullmatch(r"[a-z0-9.]+@example\.org", text), text


def test_a_year_of_valid_realistic_responses(app):
    with app.app_context():
        summary = demo.generate(300)
        db.session.commit()
        assert summary.startswith("Demo data: 300 responses in ")
        assert summary.endswith(" across 8 forms, 1 Apr 2025 to 31 Mar 2026")
        assert users.get_user_by_email("cidva.worker@example.org") is not None
        rows = _responses()
        assert len(rows) == 300

        quarters: dict[str, set[int]] = defaultdict(set)
        conferences = {ConferenceType.INITIAL: 0, ConferenceType.REVIEW: 0}
        for _, slug, conference_type, _, submitted_at, _ in rows:
            assert submitted_at.tzinfo is not None and submitted_at.utcoffset().seconds == 0
            assert (
                datetime(2025, 4, 1, tzinfo=UTC) <= submitted_at < datetime(2026, 4, 1, tzinfo=UTC)
            )
            quarters[slug].add(_quarter(submitted_at))
            if slug == "cp-conference-parent":
                assert conference_type is not None
                conferences[conference_type] += 1
        assert {slug: quarters[slug] for slug in SLUGS} == {slug: {0, 1, 2, 3} for slug in SLUGS}
        assert conferences[ConferenceType.REVIEW] > 1.5 * conferences[ConferenceType.INITIAL] > 0

        specs = {v.id: catalogue.spec_for(v) for v in db.session.scalars(select(FormVersion))}
        grouped = _answers_by_response()
        assert set(grouped) == {row[0] for row in rows}
        for response_id, *_, version_id in rows:
            spec = specs[version_id]
            stored = grouped[response_id]
            _check_response(spec, stored)
            # The bulk path stores exactly what the respondent journey would.
            expected = responses.answer_rows(spec, _as_given(spec, stored))
            as_tuples = [(a.question_id, a.position, a.choice, a.number, a.text) for a in stored]
            assert as_tuples == [
                (a.question_id, a.position, a.choice, a.number, a.text) for a in expected
            ]

        averages = {
            qid: float(average)
            for qid, average in db.session.execute(
                select(Answer.question_id, func.avg(Answer.number))
                .where(Answer.question_id.in_(["confidence_before", "confidence_after"]))
                .group_by(Answer.question_id)
            )
        }
        assert averages["confidence_after"] > averages["confidence_before"] + 0.5
        texts = db.session.scalars(select(Answer.text).where(Answer.text.is_not(None))).all()
        assert len(set(texts)) > 100


def _dump() -> list[tuple[Any, ...]]:
    grouped = _answers_by_response()
    return sorted(
        (
            title,
            submitted_at.isoformat(),
            tuple((a.question_id, a.choice, a.number, a.text) for a in grouped[response_id]),
        )
        for response_id, _, _, title, submitted_at, _ in _responses()
    )


def test_same_seed_same_data(app):
    with app.app_context():
        demo.generate(120, seed=7)
        db.session.commit()
        first = _dump()
        db.session.execute(delete(Answer))
        db.session.execute(delete(Response))
        db.session.commit()
        demo.generate(120, seed=7)
        db.session.commit()
        assert _dump() == first
        db.session.execute(delete(Answer))
        db.session.execute(delete(Response))
        demo.generate(120, seed=8)
        assert _dump() != first


def test_text_bank_is_large_and_varied():
    sentences = demo_text.all_sentences()
    assert len(set(sentences)) >= 150
    rng = random.Random(1)
    fill = {"topic": "coercive control", "trainer": "Sam", "worker": "Jess", "venue": "the hall"}
    made = {
        demo_text.compose(rng, key, tone, fill, child=False)
        for key in demo_text.BANKS
        for tone in ("pos", "neg", "mixed")
        for _ in range(20)
    }
    assert len(made) > 600


def _normalise(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"')
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def test_no_comment_is_copied_from_the_seed_report():
    if not SEED_REPORT.exists():
        pytest.skip("the seed report is not on this machine")
    report = _normalise(SEED_REPORT.read_text(errors="ignore"))
    rng = random.Random(2)
    fill = {"topic": "the Levels of Need", "trainer": "Sam", "worker": "my worker"}
    candidates = set(demo_text.all_sentences())
    for key in demo_text.BANKS:
        for tone in ("pos", "neg", "mixed"):
            candidates.update(
                demo_text.compose(rng, key, tone, fill, child=False) for _ in range(10)
            )
    words = report.split()
    runs = {tuple(words[i : i + 7]) for i in range(len(words) - 6)}
    for text in candidates:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            normalised = _normalise(sentence)
            if len(normalised.split()) >= 6:
                assert f" {normalised} " not in f" {report} ", sentence
        # Nor does any comment share a run of seven words with the report.
        said = _normalise(text).split()
        for i in range(len(said) - 6):
            assert tuple(said[i : i + 7]) not in runs, text
