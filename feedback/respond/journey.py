"""The pages a respondent moves through, worked out from the form and the answers so far.

A "why?" page follows a page only when one of its answers asked for it (Poor, Terrible,
No), so the journey works with no JavaScript and the follow-up costs nothing otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from feedback.catalogue.schema import FormSpec, Page, Question, QuestionType
from feedback.forms.questions import follow_up_question


@dataclass(frozen=True)
class Step:
    key: str
    page: Page
    questions: tuple[Question, ...]
    is_follow_up: bool

    @property
    def single(self) -> bool:
        return len(self.questions) == 1


def _triggered(question: Question, answers: dict[str, Any]) -> bool:
    return (
        question.follow_up is not None and answers.get(question.id) in question.follow_up.triggers
    )


def steps(spec: FormSpec, answers: dict[str, Any]) -> list[Step]:
    result = []
    for page in spec.pages:
        result.append(Step(str(page.number), page, page.questions, is_follow_up=False))
        follow_ups = tuple(
            follow_up_question(q, q.label_for(answers[q.id]))
            for q in page.questions
            if _triggered(q, answers)
        )
        if follow_ups:
            result.append(Step(f"{page.number}-why", page, follow_ups, is_follow_up=True))
    return result


def find_step(spec: FormSpec, answers: dict[str, Any], key: str) -> tuple[int, list[Step]] | None:
    all_steps = steps(spec, answers)
    for index, step in enumerate(all_steps):
        if step.key == key:
            return index, all_steps
    return None


def prune(spec: FormSpec, answers: dict[str, Any]) -> dict[str, Any]:
    """Drop 'why?' answers whose trigger has since been changed, and unknown keys."""
    kept: dict[str, Any] = {}
    for question in spec.questions:
        if question.id in answers:
            kept[question.id] = answers[question.id]
        if _triggered(question, answers) and question.follow_up_id in answers:
            kept[question.follow_up_id] = answers[question.follow_up_id]
    return kept


def first_missing_required(spec: FormSpec, answers: dict[str, Any]) -> Question | None:
    for question in spec.questions:
        if question.required and answers.get(question.id) in (None, "", []):
            return question
    return None


def answers_are_valid(spec: FormSpec, answers: dict[str, Any]) -> bool:
    """A last check of the whole draft before it is stored, in case it was tampered with."""
    for question in spec.questions:
        value = answers.get(question.id)
        if value is None:
            continue
        if question.type == QuestionType.MULTIPLE_CHOICE:
            allowed = {o.value for o in question.options}
            if not isinstance(value, list) or not set(value) <= allowed:
                return False
        elif question.is_choice:
            if value not in {o.value for o in question.options}:
                return False
        elif not isinstance(value, str) or len(value) > question.max_length:
            return False
        why = answers.get(question.follow_up_id)
        if why is not None and (not isinstance(why, str) or len(why) > 5000):
            return False
    return True


def progress_label(spec: FormSpec, step: Step) -> str:
    total = len(spec.pages)
    noun = "Question" if all(len(p.questions) == 1 for p in spec.pages) else "Page"
    return f"{noun} {step.page.number} of {total}"


def step_for_question(spec: FormSpec, question_id: str) -> str:
    for page in spec.pages:
        for question in page.questions:
            if question.id == question_id:
                return str(page.number)
            if question.follow_up_id == question_id:
                return f"{page.number}-why"
    raise KeyError(question_id)
