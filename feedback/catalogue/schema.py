"""The schema of a form definition, parsed from plain data into frozen dataclasses.

A definition is JSON so that it can be stored verbatim on a FormVersion: what a
respondent answered is always readable against the exact wording they saw.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from feedback.data.types import Audience

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
LONG_TEXT_LIMIT = 5000
SHORT_TEXT_LIMIT = 200


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_PARTLY_NO = "yes_partly_no"
    RATING5 = "rating5"
    FACES5 = "faces5"
    CONFIDENCE5 = "confidence5"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SELECT = "select"
    EMAIL = "email"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    hint: str | None = None
    # Choosing it asks for a worker to get in touch ("I want someone to talk to me"): it
    # raises a safeguarding alert directly, more reliably than reading free text.
    raises_alert: bool = False


# The fixed scales. Their values are stored; their labels are shown.
FIXED_OPTIONS: dict[QuestionType, tuple[Option, ...]] = {
    QuestionType.YES_PARTLY_NO: (
        Option("yes", "Yes"),
        Option("partly", "Partly"),
        Option("no", "No"),
    ),
    QuestionType.RATING5: (
        Option("very_good", "Very good"),
        Option("good", "Good"),
        Option("okay", "Okay"),
        Option("poor", "Poor"),
        Option("terrible", "Terrible"),
    ),
    QuestionType.FACES5: (
        Option("great", "Great"),
        Option("good", "Good"),
        Option("okay", "OK"),
        Option("not_good", "Not good"),
        Option("awful", "Awful"),
    ),
    QuestionType.CONFIDENCE5: (
        Option("1", "1 – not at all confident"),
        Option("2", "2"),
        Option("3", "3"),
        Option("4", "4"),
        Option("5", "5 – very confident"),
    ),
}

# Answers after which a "why?" follow-up page is shown, when the question asks for one.
DEFAULT_FOLLOW_UP_TRIGGERS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.YES_PARTLY_NO: ("no",),
    QuestionType.RATING5: ("poor", "terrible"),
    QuestionType.FACES5: ("not_good", "awful"),
}

CHOICE_TYPES = frozenset(
    {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.YES_PARTLY_NO,
        QuestionType.RATING5,
        QuestionType.FACES5,
        QuestionType.CONFIDENCE5,
        QuestionType.SELECT,
    }
)
TEXT_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT, QuestionType.EMAIL})


class DefinitionError(ValueError):
    """A form definition that does not follow the schema."""


@dataclass(frozen=True)
class FollowUp:
    text: str
    hint: str | None
    triggers: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: str
    hint: str | None
    required: bool
    options: tuple[Option, ...]
    exclusive: str | None
    follow_up: FollowUp | None
    # A shorter wording for the check-your-answers page and staff views.
    short: str

    @property
    def is_choice(self) -> bool:
        return self.type in CHOICE_TYPES

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES

    @property
    def max_length(self) -> int:
        if self.type == QuestionType.LONG_TEXT:
            return LONG_TEXT_LIMIT
        if self.type == QuestionType.EMAIL:
            return 254
        return SHORT_TEXT_LIMIT

    @property
    def follow_up_id(self) -> str:
        return f"{self.id}_why"

    def label_for(self, value: str) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        return value


@dataclass(frozen=True)
class Page:
    number: int
    title: str | None
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class FormSpec:
    slug: str
    title: str
    audience: Audience
    intro: str
    exit_this_page: bool
    needs_conference_type: bool
    is_training: bool
    pages: tuple[Page, ...]

    @property
    def is_child(self) -> bool:
        return self.audience == Audience.CHILD

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for page in self.pages for q in page.questions)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


def _text(raw: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = raw.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(f"{where}: '{key}' must be non-empty text")
    return value.strip()


def _parse_question(raw: dict[str, Any], where: str) -> Question:
    qid = raw.get("id")
    if not isinstance(qid, str) or not ID_PATTERN.match(qid) or qid.endswith("_why"):
        raise DefinitionError(f"{where}: question id {qid!r} must be lower_snake_case")
    where = f"{where} question {qid}"
    try:
        qtype = QuestionType(str(raw.get("type")))
    except ValueError as exc:
        raise DefinitionError(f"{where}: unknown type {raw.get('type')!r}") from exc
    text = _text(raw, "text", where)
    assert text is not None
    options: tuple[Option, ...] = ()
    if qtype in FIXED_OPTIONS:
        if "options" in raw:
            raise DefinitionError(f"{where}: {qtype} has fixed options")
        options = FIXED_OPTIONS[qtype]
    elif qtype in CHOICE_TYPES:
        raw_options = raw.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise DefinitionError(f"{where}: needs at least two options")
        parsed = []
        for raw_option in raw_options:
            value = raw_option.get("value") if isinstance(raw_option, dict) else None
            if not isinstance(value, str) or not ID_PATTERN.match(value):
                raise DefinitionError(f"{where}: option value {value!r} must be lower_snake_case")
            label = _text(raw_option, "label", f"{where} option {value}")
            assert label is not None
            raises_alert = raw_option.get("raises_alert", False)
            if not isinstance(raises_alert, bool):
                raise DefinitionError(f"{where}: 'raises_alert' must be true or false")
            parsed.append(
                Option(value, label, _text(raw_option, "hint", where, optional=True), raises_alert)
            )
        options = tuple(parsed)
        if len({o.value for o in options}) != len(options):
            raise DefinitionError(f"{where}: option values repeat")
    elif "options" in raw:
        raise DefinitionError(f"{where}: a {qtype} question takes no options")
    exclusive = raw.get("exclusive")
    if exclusive is not None and (
        qtype != QuestionType.MULTIPLE_CHOICE or exclusive not in {o.value for o in options}
    ):
        raise DefinitionError(f"{where}: 'exclusive' must name one of its checkbox options")
    follow_up = None
    raw_follow = raw.get("follow_up")
    if raw_follow is not None:
        if not isinstance(raw_follow, dict):
            raise DefinitionError(f"{where}: follow_up must be an object")
        triggers = raw_follow.get("when") or DEFAULT_FOLLOW_UP_TRIGGERS.get(qtype)
        if not triggers or not set(triggers) <= {o.value for o in options}:
            raise DefinitionError(f"{where}: follow_up needs 'when' values from its options")
        follow_text = _text(raw_follow, "text", f"{where} follow_up")
        assert follow_text is not None
        follow_up = FollowUp(
            text=follow_text,
            hint=_text(raw_follow, "hint", where, optional=True),
            triggers=tuple(triggers),
        )
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise DefinitionError(f"{where}: 'required' must be true or false")
    if qtype == QuestionType.EMAIL and required:
        raise DefinitionError(f"{where}: an email question is always optional")
    short = _text(raw, "short", where, optional=True) or text
    return Question(
        id=qid,
        type=qtype,
        text=text,
        hint=_text(raw, "hint", where, optional=True),
        required=required,
        options=options,
        exclusive=exclusive,
        follow_up=follow_up,
        short=short,
    )


def parse_definition(raw: dict[str, Any]) -> FormSpec:
    """Check a definition against the schema and return its typed form."""
    if not isinstance(raw, dict):
        raise DefinitionError("a definition must be an object")
    slug = raw.get("slug")
    if not isinstance(slug, str) or not re.match(r"^[a-z][a-z0-9-]{1,62}$", slug):
        raise DefinitionError(f"bad slug {slug!r}")
    try:
        audience = Audience(str(raw.get("audience")))
    except ValueError as exc:
        raise DefinitionError(f"{slug}: unknown audience {raw.get('audience')!r}") from exc
    raw_pages = raw.get("pages")
    if not isinstance(raw_pages, list) or not raw_pages:
        raise DefinitionError(f"{slug}: needs at least one page")
    pages = []
    seen: set[str] = set()
    for number, raw_page in enumerate(raw_pages, start=1):
        where = f"{slug} page {number}"
        raw_questions = raw_page.get("questions") if isinstance(raw_page, dict) else None
        if not isinstance(raw_questions, list) or not raw_questions:
            raise DefinitionError(f"{where}: needs at least one question")
        questions = tuple(_parse_question(q, where) for q in raw_questions)
        for q in questions:
            if q.id in seen:
                raise DefinitionError(f"{where}: question id {q.id} repeats")
            seen.add(q.id)
        pages.append(
            Page(
                number=number,
                title=_text(raw_page, "title", where, optional=True),
                questions=questions,
            )
        )
    is_training = bool(raw.get("is_training", False))
    if any(q.type == QuestionType.EMAIL for p in pages for q in p.questions) and not is_training:
        raise DefinitionError(f"{slug}: only training forms may ask for an email address")
    title = _text(raw, "title", slug)
    intro = _text(raw, "intro", slug)
    assert title is not None and intro is not None
    return FormSpec(
        slug=slug,
        title=title,
        audience=audience,
        intro=intro,
        exit_this_page=bool(raw.get("exit_this_page", False)),
        needs_conference_type=bool(raw.get("needs_conference_type", False)),
        is_training=is_training,
        pages=tuple(pages),
    )


def digest(raw: dict[str, Any]) -> str:
    """A stable fingerprint of a definition: a new digest means a new version."""
    canonical = json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
