"""Deterministic, realistic demo data: every built-in form over the financial year 2025/26.

`generate(n, seed)` creates demo staff accounts (with unusable random passwords), the
collections a partnership would run in a year (conferences, CIDVA caseloads, courses,
follow-up surveys, young people's events) and n responses spread over them and over
the four quarters. The answers and timestamps depend only on n and the seed; collection
codes and submission ids are random, as they are in real use.

Responses are written in batches with bulk INSERTs: store_response builds an ORM object a
row, too slow for 100,000 responses. responses.answer_values gives the same column values
that the app stores, as plain dicts for a bulk INSERT.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, insert

from feedback import demo_text
from feedback.analysis import Analysis, analyse
from feedback.catalogue.schema import FormSpec, Question, QuestionType
from feedback.data.interfaces import analysis, catalogue, collections, responses, users
from feedback.data.models import Answer, AnswerTheme, FormVersion, Response, TextAnalysis
from feedback.data.types import ConferenceType, CourseType
from feedback.demo_text import COURSES, EVENTS, SCHEDULE, STAFF, STANDING, VENUES, WORKERS
from feedback.extensions import db

FY_START = date(2025, 4, 1)
FY_END = date(2026, 3, 31)
QUARTERS = (
    (date(2025, 4, 1), date(2025, 6, 30)),
    (date(2025, 7, 1), date(2025, 9, 30)),
    (date(2025, 10, 1), date(2025, 12, 31)),
    (date(2026, 1, 1), date(2026, 3, 31)),
)
QUARTER_LABELS = ("Apr to Jun 2025", "Jul to Sep 2025", "Oct to Dec 2025", "Jan to Mar 2026")
QUARTER_WEIGHTS = (0.25, 0.21, 0.28, 0.26)
# Things dip over the summer and improve by the end of the year.
QUARTER_MOOD = (-0.02, -0.06, 0.0, 0.04)

# Share of the responses each form gets: lots of training, fewer children.
FORM_WEIGHTS = {
    "training-reaction": 0.42,
    "training-learning": 0.11,
    "training-impact": 0.06,
    "cp-conference-parent": 0.13,
    "cp-conference-child": 0.05,
    "cidva-child": 0.07,
    "cidva-parent": 0.06,
    "young-people-event": 0.10,
}
# The chance that a respondent had a good experience overall.
BASE_HAPPY = {
    "training-reaction": 0.85,
    "training-learning": 0.8,
    "training-impact": 0.76,
    "cp-conference-parent": 0.72,
    "cp-conference-child": 0.68,
    "cidva-child": 0.84,
    "cidva-parent": 0.82,
    "young-people-event": 0.82,
}
BATCH = 2000


@dataclass
class Plan:
    """One collection to create and how its responses arrive."""

    slug: str
    title: str
    owner: str
    weight: float
    windows: dict[int, tuple[date, date]]
    hours: str
    conference_type: ConferenceType | None = None
    course_type: CourseType | None = None
    trainer: str | None = None
    topics: tuple[str, ...] = ()
    event_kind: str | None = None
    mood: float = 0.0
    worker: str | None = None
    venue: str | None = None
    opens_on: date | None = None
    closes_on: date | None = None
    collection_id: int = 0
    fill: dict[str, str] = field(default_factory=dict)


def generate(n_responses: int, seed: int = 2025) -> str:
    """Create demo staff, collections and n_responses responses; return a summary line."""
    rng = random.Random(seed)
    owners = _ensure_staff()
    forms: dict[str, tuple[FormVersion, FormSpec]] = {}
    for slug in FORM_WEIGHTS:
        form = catalogue.get_form_by_slug(slug)
        version = catalogue.latest_version(form.id) if form is not None else None
        if form is None or version is None:
            raise RuntimeError(f"Form {slug!r} is not installed: run `flask catalogue load`.")
        forms[slug] = (version, catalogue.spec_for(version))

    plans = _plans(rng)
    for plan in plans:
        form = catalogue.get_form_by_slug(plan.slug)
        assert form is not None
        collection = collections.create_collection(
            form,
            owners[plan.owner],
            collections.CollectionDetails(
                title=plan.title,
                conference_type=plan.conference_type,
                course_type=plan.course_type,
                trainer_name=plan.trainer,
                opens_on=plan.opens_on,
                closes_on=plan.closes_on,
            ),
        )
        plan.collection_id = collection.id

    slots: list[tuple[datetime, int, int]] = []
    for (slug, quarter), count in _allocate(n_responses).items():
        candidates = [i for i, p in enumerate(plans) if p.slug == slug and quarter in p.windows]
        weights = [plans[i].weight for i in candidates]
        for i in rng.choices(candidates, weights, k=count):
            slots.append((_timestamp(rng, plans[i], quarter), i, quarter))
    slots.sort()

    writer = _Writer()
    for when, i, quarter in slots:
        plan = plans[i]
        version, spec = forms[plan.slug]
        answers = _Respondent(rng, spec, plan, quarter).answers()
        writer.add(plan.collection_id, version.id, spec, answers, when)
    writer.flush()
    used_forms = len({p.slug for p in plans})
    return (
        f"Demo data: {n_responses} responses in {len(plans)} collections across "
        f"{used_forms} forms, 1 Apr 2025 to 31 Mar 2026"
    )


def _ensure_staff() -> dict[str, Any]:
    owners = {}
    for email, role, name in STAFF:
        user = users.get_user_by_email(email)
        if user is None:
            # Nobody knows this password: an admin sets a real one before anyone signs in.
            user = users.create_user(email, role, secrets.token_urlsafe(32), name)
        owners[email] = user
    return owners


# ----- Collections ---------------------------------------------------------------------


def _plans(rng: random.Random) -> list[Plan]:
    year = {q: QUARTERS[q] for q in range(4)}
    plans = [
        Plan(slug, title, f"{owner}@example.org", weight, year, hours,
             conference_type=conference_type, worker=worker, mood=mood,
             opens_on=FY_START, closes_on=FY_END)
        for slug, title, owner, weight, hours, conference_type, worker, mood in STANDING
    ]  # fmt: skip
    for q, keys in enumerate(SCHEDULE):
        start, end = QUARTERS[q]
        for key in keys:
            course = COURSES[key]
            # A course of several days runs Monday onwards, within one week.
            days = [d for d in _weekdays(start + timedelta(days=7), end)
                    if d.weekday() >= course.days - 1]  # fmt: skip
            day = rng.choice(days)
            first = day - timedelta(days=course.days - 1)
            when = f"{first.day}-{day.day} {day:%B %Y}" if course.days > 1 else _long(day)
            plans.append(Plan(
                "training-reaction", f"{course.title}, {when}", "trainer@example.org",
                course.size, {q: (day, day)}, "half_day" if course.half_day else "course_day",
                course_type=CourseType.FACE_TO_FACE, trainer=course.trainer,
                topics=demo_text.COURSE_TOPICS[course.topics], venue=rng.choice(VENUES),
                mood=-0.05 if key == "forum" else 0.0, opens_on=day,
                closes_on=day + timedelta(days=14),
            ))  # fmt: skip
        label = QUARTER_LABELS[q]
        plans += [
            Plan("training-reaction", f"Safeguarding essentials e-learning, {label}",
                 "trainer@example.org", 40, {q: (start, end)}, "any",
                 course_type=CourseType.E_LEARNING, mood=-0.06, opens_on=start,
                 topics=demo_text.COURSE_TOPICS["e_learning"], closes_on=end),
            Plan("training-learning", f"Two-week follow-up survey, courses {label}",
                 "trainer@example.org", 1.0, {q: (start, end)}, "office",
                 topics=demo_text.COURSE_TOPICS["working_together"], opens_on=start,
                 closes_on=end + timedelta(days=21)),
            Plan("training-impact", f"Managers' impact survey, {label}",
                 "trainer@example.org", 1.0, {q: (start, end)}, "office",
                 topics=demo_text.COURSE_TOPICS["neglect"], opens_on=start, closes_on=end),
        ]  # fmt: skip
    for title, kind, size, first, last, one_day in EVENTS:
        q = next(i for i, (start, end) in enumerate(QUARTERS) if start <= first <= end)
        if one_day:
            first = last = rng.choice(_weekdays(first, last))
            title = f"{title}, {_long(first)}"
        plans.append(Plan(
            "young-people-event", title, "participation.worker@example.org", size,
            {q: (first, last)}, "event", event_kind=kind, opens_on=first,
            closes_on=last + timedelta(days=7), mood=0.03 if kind == "theatre" else 0.0,
        ))  # fmt: skip
    for plan in plans:
        plan.fill = {"venue": plan.venue or "the venue"}
        if plan.trainer and not plan.trainer.startswith("Business"):
            plan.fill["trainer"] = plan.trainer.removeprefix("DS ").split()[0]
    return plans


def _long(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@cache
def _weekdays(start: date, end: date) -> list[date]:
    days = []
    day = start
    while day <= end:
        christmas = (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)
        if day.weekday() < 5 and not christmas:
            days.append(day)
        day += timedelta(days=1)
    return days


def _allocate(n: int) -> dict[tuple[str, int], int]:
    """Split n over (form, quarter) cells by weight; at least one each when n allows."""
    cells = [(slug, q) for slug in FORM_WEIGHTS for q in range(4)]
    weights = [FORM_WEIGHTS[s] * QUARTER_WEIGHTS[q] for s, q in cells]
    floor = 1 if n >= len(cells) else 0
    spare = n - floor * len(cells)
    total = sum(weights)
    exact = [spare * w / total for w in weights]
    counts = [floor + int(x) for x in exact]
    by_remainder = sorted(range(len(cells)), key=lambda i: (int(exact[i]) - exact[i], i))
    for i in by_remainder[: n - sum(counts)]:
        counts[i] += 1
    return dict(zip(cells, counts, strict=True))


# ----- Timestamps ----------------------------------------------------------------------

# Local (UK) hours at which each kind of respondent fills the form in.
HOURS = {
    "course_day": ((15.5, 16.9),),
    "half_day": ((12.0, 12.8),),
    "event": ((10.0, 14.5),),
    "school": ((9.2, 15.0),),
    "after_school": ((15.5, 19.0), (10.0, 15.0)),
    "parent": ((10.0, 17.0), (17.0, 21.5)),
    "office": ((8.5, 17.5),),
    "any": ((8.0, 17.5), (17.5, 21.0)),
}


def _timestamp(rng: random.Random, plan: Plan, quarter: int) -> datetime:
    start, end = plan.windows[quarter]
    if start == end:
        day = start
        later = _weekdays(
            start + timedelta(days=1), min(start + timedelta(days=4), QUARTERS[quarter][1])
        )
        if plan.hours in ("course_day", "half_day") and later and rng.random() < 0.12:
            day = rng.choice(later)  # filled in from the emailed link
            low, high = HOURS["office"][0]
        else:
            low, high = HOURS[plan.hours][0]
    else:
        day = rng.choice(_weekdays(start, end))
        if plan.hours in ("parent", "any", "after_school") and rng.random() < 0.12:
            saturday = day + timedelta(days=5 - day.weekday())
            if saturday <= end:
                day = saturday
        ranges = HOURS[plan.hours]
        low, high = ranges[0] if len(ranges) == 1 or rng.random() < 0.7 else ranges[1]
    hour = low + rng.random() * (high - low)
    local = datetime.combine(day, time()) + timedelta(seconds=int(hour * 3600))
    local += timedelta(seconds=rng.randrange(60))
    return _uk_to_utc(local)


def _uk_to_utc(local: datetime) -> datetime:
    """UK local time to UTC: British Summer Time runs 30 Mar-26 Oct 2025 and from 29 Mar 2026."""
    day = local.date()
    bst = date(2025, 3, 30) <= day < date(2025, 10, 26) or day >= date(2026, 3, 29)
    return (local - timedelta(hours=1 if bst else 0)).replace(tzinfo=UTC)


# ----- Answers -------------------------------------------------------------------------

# Weights for ordered scales, best option first: (a good experience, a poor one).
SCALES: dict[int, tuple[Sequence[int], Sequence[int]]] = {
    3: ((78, 17, 5), (20, 38, 42)),
    5: ((46, 38, 11, 4, 1), (5, 17, 33, 28, 17)),
}
QUESTION_SCALES: dict[str, tuple[Sequence[int], Sequence[int]]] = {
    "cp-conference-parent.report_in_time:initial": ((50, 30, 20), (8, 30, 62)),
    "cp-conference-parent.report_in_time:review": ((80, 14, 6), (30, 35, 35)),
    "cp-conference-parent.agency_reports": ((60, 25, 15), (12, 30, 58)),
    "cp-conference-child.know_next": ((66, 24, 10), (18, 40, 42)),
    "training-reaction.relevant_to_role": ((88, 10, 2), (40, 42, 18)),
    "training-reaction.trainer_rating": ((62, 30, 6, 2, 0), (10, 30, 35, 18, 7)),
}
# fmt: off
OPTION_WEIGHTS = {
    "agency": {"police": 10, "health": 18, "education": 24, "childrens_social_care": 16,
               "adult_social_care": 4, "probation": 3, "youth_offending": 3,
               "voluntary_sector": 10, "early_years": 9, "other": 3},
    "cidva-child.difference": {"happier": 30, "more_people_to_confide_in": 22,
                               "get_on_better_with_family": 20, "people_listen": 26,
                               "better_at_school": 15, "less_angry": 18,
                               "happier_at_home": 20, "less_anxious": 28},
    "cp-conference-child.views_shared": {"told_worker_before": 45, "spoke_at_meeting": 25,
                                         "wrote_or_drew": 22, "someone_said_it": 20},
    "training-impact.areas_changed": {"referrals": 30, "recording": 30,
                                      "multi_agency_working": 25, "information_sharing": 22,
                                      "supervision_discussion": 18},
}
# fmt: on
# How often each free-text question is answered at all.
TEXT_RATES = {
    "cidva-child.helped_most": 0.75,
    "cidva-child.anything_else": 0.45,
    "cidva-parent.other_comments": 0.6,
    "cp-conference-parent.went_well": 0.7,
    "cp-conference-parent.could_be_better": 0.62,
    "cp-conference-child.make_better": 0.55,
    "cp-conference-child.anything_else": 0.4,
    "training-reaction.most_useful": 0.66,
    "training-reaction.do_differently": 0.6,
    "training-reaction.other_comments": 0.35,
    "training-learning.used_from_course": 0.92,
    "training-learning.example": 0.72,
    "training-learning.barriers": 0.55,
    "training-impact.example": 0.78,
    "training-impact.difference_for_children": 0.7,
    "young-people-event.learned": 0.78,
    "young-people-event.anything_else": 0.35,
}
# Questions asking what could be better: a satisfied respondent often says "nothing".
IMPROVEMENT_QUESTIONS = {"could_be_better", "make_better", "barriers"}
SAFEGUARDING_RATE = {"child": 0.02, "parent": 0.005}


class _Respondent:
    """One person filling in one form: a mood, an age band and answers that fit them."""

    def __init__(self, rng: random.Random, spec: FormSpec, plan: Plan, quarter: int) -> None:
        self.rng = rng
        self.spec = spec
        self.plan = plan
        self.happy = (
            rng.random() < BASE_HAPPY.get(spec.slug, 0.8) + plan.mood + QUARTER_MOOD[quarter]
        )
        young_share = {"cidva-child": 0.45, "cp-conference-child": 0.3}.get(spec.slug, 0.0)
        self.age = "young" if rng.random() < young_share else "teen"
        self.flagged = False
        self.fill = dict(plan.fill)
        if plan.topics:
            self.fill["topic"] = rng.choice(plan.topics)
        self.fill["worker"] = plan.worker if rng.random() < 0.4 and plan.worker else "my worker"
        if spec.slug == "cidva-parent":
            self.fill["worker"] = plan.worker or rng.choice(WORKERS)

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for question in self.spec.questions:
            value = self._answer(question, out)
            if value in (None, "", []):
                continue
            out[question.id] = value
            follow = question.follow_up
            if follow is None:
                continue
            given = value if isinstance(value, list) else [value]
            answered = self.rng.random() < (0.5 if self.spec.is_child else 0.7)
            if answered and any(v in follow.triggers for v in given):
                out[question.follow_up_id] = self._why(question)
        return out

    def _key(self, question: Question) -> str:
        return f"{self.spec.slug}.{question.id}"

    def _answer(self, question: Question, so_far: dict[str, Any]) -> Any:
        rng = self.rng
        qtype = question.type
        if qtype == QuestionType.CONFIDENCE5:
            return self._confidence(question, so_far)
        if qtype == QuestionType.MULTIPLE_CHOICE:
            return self._ticks(question, so_far)
        if qtype == QuestionType.EMAIL:
            if rng.random() < 0.09:
                return f"delegate{rng.randrange(100, 10000)}@example.org"
            return None
        if question.is_text:
            return self._text(question)
        if not question.required and rng.random() < 0.03:
            return None
        values = [o.value for o in question.options]
        if qtype in (QuestionType.YES_PARTLY_NO, QuestionType.RATING5, QuestionType.FACES5):
            happy = self.happy if rng.random() < 0.85 else not self.happy
            ctype = self.plan.conference_type
            key = self._key(question)
            scales = (QUESTION_SCALES.get(f"{key}:{ctype.value}") if ctype else None) or (
                QUESTION_SCALES.get(key) or SCALES.get(len(values))
            )
            if scales is None:
                return rng.choice(values)
            return rng.choices(values, scales[0] if happy else scales[1])[0]
        if question.id == "wants_to_talk":
            yes = 0.7 if self.flagged else (0.04 if self.happy else 0.12)
            if "yes_talk" in values and "no_thanks" in values:
                roll = rng.random()
                return "yes_talk" if roll < yes else ("no_thanks" if roll < 0.8 else None)
        if question.id == "tell_a_friend" and values == ["yes", "maybe", "no"]:
            return rng.choices(values, (80, 15, 5) if self.happy else (25, 40, 35))[0]
        table = OPTION_WEIGHTS.get(question.id) or OPTION_WEIGHTS.get(self._key(question), {})
        return rng.choices(values, [table.get(v, 1) for v in values])[0]

    def _confidence(self, question: Question, so_far: dict[str, Any]) -> str:
        rng = self.rng
        if question.id == "confidence_after" and "confidence_before" in so_far:
            before = int(so_far["confidence_before"])
            gain = rng.choices((0, 1, 2, 3), (17, 52, 27, 4) if self.happy else (45, 45, 10, 0))
            return str(min(5, before + gain[0]))
        if question.id == "confidence_now":
            weights = (1, 3, 22, 52, 22) if self.happy else (5, 18, 42, 30, 5)
            return str(rng.choices(range(1, 6), weights)[0])
        return str(rng.choices(range(1, 6), (8, 27, 40, 21, 4))[0])

    def _ticks(self, question: Question, so_far: dict[str, Any]) -> list[str] | None:
        rng = self.rng
        if not question.required and rng.random() < 0.06:
            return None
        exclusive = question.exclusive
        if question.id == "areas_changed" and so_far.get("practice_changed") == "no":
            return [exclusive] if exclusive and rng.random() < 0.7 else None
        if exclusive and rng.random() < (0.03 if self.happy else 0.28):
            return [exclusive]
        table = OPTION_WEIGHTS.get(self._key(question), {})
        pool = [o.value for o in question.options if o.value != exclusive]
        weights = [table.get(v, 10) for v in pool]
        count = rng.choices((1, 2, 3, 4, 5), (30, 30, 22, 11, 7))[0]
        picked: list[str] = []
        while pool and len(picked) < count:
            i = rng.choices(range(len(pool)), weights)[0]
            picked.append(pool.pop(i))
            weights.pop(i)
        order = [o.value for o in question.options]
        return sorted(picked, key=order.index)

    def _text(self, question: Question) -> str | None:
        rng = self.rng
        key = self._key(question)
        if rng.random() >= TEXT_RATES.get(key, 0.5):
            return None
        audience = "child" if self.spec.is_child else self.spec.audience.value
        rate = SAFEGUARDING_RATE.get(audience, 0.0)
        if not self.flagged and question.type == QuestionType.LONG_TEXT and rng.random() < rate:
            self.flagged = True
            return demo_text.safeguarding_comment(rng, audience)
        if self.happy:
            tones = (50, 10, 40) if question.id in IMPROVEMENT_QUESTIONS else (66, 12, 22)
            tone = rng.choices(("pos", "mixed", "neutral"), tones)[0]
        else:
            tone = rng.choices(("neg", "mixed", "neutral"), (58, 27, 15))[0]
        bank = demo_text.resolve(key, self.plan.event_kind, self.age)
        text = demo_text.compose(rng, bank, tone, self.fill, child=self.spec.is_child, age=self.age)
        return text[: question.max_length]

    def _why(self, question: Question) -> str:
        tone = "neg" if self.rng.random() < 0.88 else "neutral"
        bank = demo_text.resolve(f"{self._key(question)}_why", self.age)
        text = demo_text.compose(
            self.rng, bank, tone, self.fill, child=self.spec.is_child, age=self.age
        )
        return text[:5000]


# ----- Writing -------------------------------------------------------------------------


class _Writer:
    """Bulk-inserts responses, their answer rows and the analysis of their free text, a
    batch at a time. Demo comments repeat, so each distinct text is analysed once."""

    def __init__(self) -> None:
        self.pending: list[tuple[dict[str, Any], list[dict[str, Any]], tuple[str, str]]] = []
        self.responses = cast(Table, Response.__table__)
        self.answers = cast(Table, Answer.__table__)
        self.analyses = cast(Table, TextAnalysis.__table__)
        self.answer_themes = cast(Table, AnswerTheme.__table__)
        self.taxonomy = analysis.current_taxonomy()
        self.stamp = analysis.fingerprint(self.taxonomy)
        self.theme_ids = analysis.theme_ids()
        self.analysed: dict[tuple[str, str, str], Analysis] = {}

    def _analyse(self, text: str, respondent: str, form: str) -> Analysis:
        key = (text, respondent, form)
        found = self.analysed.get(key)
        if found is None:
            found = analyse(text, respondent=respondent, form=form, taxonomy=self.taxonomy)
            self.analysed[key] = found
        return found

    def add(
        self,
        collection_id: int,
        version_id: int,
        spec: FormSpec,
        answers: dict[str, Any],
        when: datetime,
    ) -> None:
        row = {
            "collection_id": collection_id,
            "form_version_id": version_id,
            "submission_id": responses.new_submission_id(),
            **responses.period_columns(when),
        }
        audience = (spec.audience.value, spec.slug)
        self.pending.append((row, responses.answer_values(spec, answers), audience))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        ids = db.session.scalars(
            insert(self.responses).returning(self.responses.c.id, sort_by_parameter_order=True),
            [row for row, _, _ in self.pending],
        ).all()
        rows = []
        for response_id, (_, answer_rows, _audience) in zip(ids, self.pending, strict=True):
            for answer in answer_rows:
                answer["response_id"] = response_id
                rows.append(answer)
        if rows:
            answer_ids = db.session.scalars(
                insert(self.answers).returning(self.answers.c.id, sort_by_parameter_order=True),
                rows,
            ).all()
            self._store_analyses(rows, answer_ids)
        self.pending = []

    def _store_analyses(self, rows: list[dict[str, Any]], answer_ids: Sequence[int]) -> None:
        by_response = {
            id(row): audience for _, answer_rows, audience in self.pending for row in answer_rows
        }
        found_rows, theme_rows = [], []
        now = datetime.now(UTC)
        for row, answer_id in zip(rows, answer_ids, strict=True):
            if not row.get("text"):
                continue
            respondent, form = by_response[id(row)]
            result = self._analyse(row["text"], respondent, form)
            found_rows.append(
                {
                    "answer_id": answer_id,
                    "response_id": row["response_id"],
                    "sentiment_label": result.sentiment.label,
                    "sentiment_score": float(result.sentiment.score),
                    "redacted": result.redacted,
                    "disclosure_flag": result.disclosure.flag,
                    "disclosure_category": result.disclosure.category,
                    "disclosure_evidence": list(result.disclosure.evidence),
                    "fingerprint": self.stamp,
                    "analysed_at": now,
                }
            )
            for match in result.themes:
                if match.slug in self.theme_ids:
                    theme_rows.append(
                        {
                            "answer_id": answer_id,
                            "theme_id": self.theme_ids[match.slug],
                            "evidence": list(match.evidence),
                        }
                    )
        if found_rows:
            db.session.execute(insert(self.analyses), found_rows)
        if theme_rows:
            db.session.execute(insert(self.answer_themes), theme_rows)
