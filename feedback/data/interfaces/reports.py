"""Queries for the Board. Aggregates are counted in SQL with GROUP BY and never carry an
individual response, its id or unredacted text. The one row-level query, for the admins'
export, returns redacted text and the export numbers its rows itself."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy import null as sa_null

from feedback.data.models import (
    Alert,
    Answer,
    AnswerTheme,
    Collection,
    Form,
    Response,
    TextAnalysis,
    Theme,
)
from feedback.extensions import db
from feedback.periods import fy_quarter_of_month
from feedback.reporting.filters import ReportFilter


def _scoped(query: Any, f: ReportFilter) -> Any:
    """Limit a query that already selects from responses to the filter."""
    query = query.join(Collection, Collection.id == Response.collection_id).join(
        Form, Form.id == Collection.form_id
    )
    if f.form:
        query = query.where(Form.slug == f.form)
    if f.conference:
        query = query.where(Collection.conference_type == f.conference)
    if f.period:
        query = query.where(Response.submitted_on.between(f.period.start, f.period.end))
    if f.agency:
        agency = Answer.__table__.alias("agency_answer")
        query = query.where(
            exists().where(
                agency.c.response_id == Response.id,
                agency.c.question_id == "agency",
                agency.c.choice == f.agency,
            )
        )
    return query


def total_responses(f: ReportFilter) -> int:
    return int(db.session.scalar(_scoped(select(func.count(Response.id)), f)) or 0)


@dataclass(frozen=True)
class OverviewRow:
    slug: str
    title: str
    fy_quarter: int
    count: int


def overview(f: ReportFilter) -> list[OverviewRow]:
    query = _scoped(
        select(Form.slug, Form.title, Response.fy_quarter, func.count(Response.id)).select_from(
            Response
        ),
        f,
    ).group_by(Form.id, Form.slug, Form.title, Response.fy_quarter)
    return [
        OverviewRow(slug, title, int(q), int(n)) for slug, title, q, n in db.session.execute(query)
    ]


def choice_counts(f: ReportFilter) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """For the filter's form: how often each option was chosen, per question, and how many
    responses answered each question."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    query = _scoped(
        select(Answer.question_id, Answer.choice, func.count(Answer.id))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None)),
        f,
    ).group_by(Answer.question_id, Answer.choice)
    for question_id, choice, n in db.session.execute(query):
        counts[question_id][choice] = int(n)
    answered_query = _scoped(
        select(Answer.question_id, func.count(func.distinct(Answer.response_id)))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None)),
        f,
    ).group_by(Answer.question_id)
    answered = {qid: int(n) for qid, n in db.session.execute(answered_query)}
    return dict(counts), answered


def _comments(f: ReportFilter) -> Select[Any]:
    return _scoped(
        select().select_from(Response).join(TextAnalysis, TextAnalysis.response_id == Response.id),
        f,
    )


def _tagged(f: ReportFilter) -> Select[Any]:
    """Comments within the filter, one row per theme each is tagged with."""
    return (
        _comments(f)
        .join(AnswerTheme, AnswerTheme.answer_id == TextAnalysis.answer_id)
        .join(Theme, Theme.id == AnswerTheme.theme_id)
    )


def sentiment_counts(f: ReportFilter) -> dict[str, int]:
    query = (
        _comments(f)
        .add_columns(TextAnalysis.sentiment_label, func.count())
        .group_by(TextAnalysis.sentiment_label)
    )
    return {label: int(n) for label, n in db.session.execute(query)}


def sentiment_by_quarter(f: ReportFilter) -> dict[int, dict[str, int]]:
    query = (
        _comments(f)
        .add_columns(Response.fy_quarter, TextAnalysis.sentiment_label, func.count())
        .group_by(Response.fy_quarter, TextAnalysis.sentiment_label)
    )
    trend: dict[int, dict[str, int]] = defaultdict(dict)
    for quarter, label, n in db.session.execute(query):
        trend[int(quarter)][label] = int(n)
    return dict(sorted(trend.items()))


@dataclass(frozen=True)
class ThemeCount:
    slug: str
    label: str
    by_sentiment: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_sentiment.values())


def theme_counts(f: ReportFilter) -> list[ThemeCount]:
    """Comments tagged with each theme, split by sentiment, most frequent first."""
    query = (
        _tagged(f)
        .add_columns(Theme.slug, Theme.label, TextAnalysis.sentiment_label, func.count())
        .group_by(Theme.slug, Theme.label, TextAnalysis.sentiment_label)
    )
    found: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for slug, label, sentiment, n in db.session.execute(query):
        found[(slug, label)][sentiment] = int(n)
    rows = [ThemeCount(slug, label, counts) for (slug, label), counts in found.items()]
    return sorted(rows, key=lambda row: (-row.total, row.label))


def _quotable() -> Any:
    """Comments that may be quoted: never from a response with a flag or an alert."""
    flagged = TextAnalysis.__table__.alias("flagged")
    return and_(
        ~exists().where(flagged.c.response_id == Response.id, flagged.c.disclosure_flag),
        ~exists().where(Alert.response_id == Response.id),
    )


def quotes(f: ReportFilter, wanted: dict[str, str], limit: int = 3) -> dict[str, list[str]]:
    """A few clear, typical redacted comments for each theme in `wanted` (slug to its most
    common sentiment): of a readable length, strongest feeling first. One query for all."""
    if not wanted:
        return {}
    length = func.length(TextAnalysis.redacted)
    rank = (
        func.row_number()
        .over(
            partition_by=(Theme.slug, TextAnalysis.sentiment_label),
            order_by=(
                func.abs(TextAnalysis.sentiment_score).desc(),
                length,
                TextAnalysis.answer_id,
            ),
        )
        .label("rank")
    )
    ranked = (
        _tagged(f)
        .where(Theme.slug.in_(list(wanted)), length.between(40, 240), _quotable())
        .add_columns(Theme.slug, TextAnalysis.sentiment_label, TextAnalysis.redacted, rank)
        .subquery()
    )
    rows = db.session.execute(
        select(ranked.c.slug, ranked.c.sentiment_label, ranked.c.redacted)
        .where(ranked.c.rank <= limit * 4)
        .order_by(ranked.c.slug, ranked.c.rank)
    )
    chosen: dict[str, list[str]] = {slug: [] for slug in wanted}
    for slug, sentiment, text in rows:
        picked = chosen[slug]
        if sentiment == wanted[slug] and text not in picked and len(picked) < limit:
            picked.append(text)
    return chosen


def theme_comments(
    f: ReportFilter, slug: str, *, page: int, per_page: int = 50
) -> tuple[list[tuple[str, str]], int]:
    """Every redacted comment for a theme within the filter, newest first, with its
    sentiment. No ids or dates that would point to a person."""
    base = _tagged(f).where(Theme.slug == slug, _quotable())
    total = int(db.session.scalar(base.add_columns(func.count())) or 0)
    rows = db.session.execute(
        base.add_columns(TextAnalysis.redacted, TextAnalysis.sentiment_label)
        .order_by(Response.submitted_at.desc(), TextAnalysis.answer_id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    return [(text, label) for text, label in rows], total


def flagged_count(f: ReportFilter) -> int:
    return int(
        db.session.scalar(
            _comments(f).add_columns(func.count()).where(TextAnalysis.disclosure_flag)
        )
        or 0
    )


def quarters_with_data() -> set[int]:
    return {int(q) for q in db.session.scalars(select(Response.fy_quarter).distinct())}


def theme_label(slug: str) -> str | None:
    return db.session.scalar(select(Theme.label).where(Theme.slug == slug))


def data_version() -> tuple[int, str]:
    """Changes whenever a response arrives or a theme is edited: part of the cache key."""
    latest = db.session.scalar(select(func.max(Response.id))) or 0
    themes = db.session.scalar(select(func.max(Theme.updated_at)))
    return int(latest), themes.isoformat() if themes else ""


def choice_counts_by_conference(
    f: ReportFilter, form_slug: str
) -> dict[str, dict[str, dict[str, int]]]:
    """For one form: conference type to question to option to count."""
    scoped = ReportFilter(form=form_slug, conference=None, agency=f.agency, period=f.period)
    query = _scoped(
        select(Collection.conference_type, Answer.question_id, Answer.choice, func.count(Answer.id))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None), Collection.conference_type.is_not(None)),
        scoped,
    ).group_by(Collection.conference_type, Answer.question_id, Answer.choice)
    found: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for conference, question_id, choice, n in db.session.execute(query):
        found[str(conference)][question_id][choice] = int(n)
    return {k: dict(v) for k, v in found.items()}


@dataclass(frozen=True)
class CourseRow:
    title: str
    course_type: str | None
    responses: int
    good_ratings: int
    rated: int
    confidence_before: float | None
    confidence_after: float | None
    confidence_pairs: int
    # The course's collection: a key only, never shown.
    collection_id: int = 0


def training_courses(f: ReportFilter) -> list[CourseRow]:
    """Per course (a training-reaction collection): responses, trainer rated good or very
    good, and the average confidence before and after, from delegates who gave both."""
    return _training_courses(f, by_month=False).get(None, [])


def _month_group(by_month: bool) -> tuple[Any, ...]:
    """GROUP BY the month too, for the counts by month below."""
    return (Response.submitted_month,) if by_month else ()


def _training_courses(f: ReportFilter, *, by_month: bool) -> dict[int | None, list[CourseRow]]:
    """`training_courses`, for all months together (key None) or for each month."""
    scoped = ReportFilter(form="training-reaction", agency=f.agency, period=f.period)
    month = Response.submitted_month if by_month else sa_null()
    counts = _scoped(
        select(
            month, Collection.id, Collection.title, Collection.course_type, func.count(Response.id)
        ).select_from(Response),
        scoped,
    ).group_by(*_month_group(by_month), Collection.id, Collection.title, Collection.course_type)
    rows = {
        (m, cid): [title, ctype, int(n), 0, 0, None, None, 0]
        for m, cid, title, ctype, n in db.session.execute(counts)
    }
    ratings = _scoped(
        select(month, Collection.id, Answer.choice, func.count(Answer.id))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.question_id == "trainer_rating"),
        scoped,
    ).group_by(*_month_group(by_month), Collection.id, Answer.choice)
    for m, cid, choice, n in db.session.execute(ratings):
        rows[(m, cid)][4] += int(n)
        if choice in ("very_good", "good"):
            rows[(m, cid)][3] += int(n)
    before = Answer.__table__.alias("before")
    after = Answer.__table__.alias("after")
    pairs = _scoped(
        select(
            month,
            Collection.id,
            func.avg(before.c.number),
            func.avg(after.c.number),
            func.count(),
        )
        .select_from(Response)
        .join(
            before,
            and_(before.c.response_id == Response.id, before.c.question_id == "confidence_before"),
        )
        .join(
            after,
            and_(after.c.response_id == Response.id, after.c.question_id == "confidence_after"),
        ),
        scoped,
    ).group_by(*_month_group(by_month), Collection.id)
    for m, cid, avg_before, avg_after, n in db.session.execute(pairs):
        row = rows[(m, cid)]
        row[5], row[6], row[7] = float(avg_before), float(avg_after), int(n)
    found: dict[int | None, list[CourseRow]] = defaultdict(list)
    for (m, cid), (title, ctype, n, good, rated, b, a, pairs_n) in rows.items():
        found[int(m) if m is not None else None].append(
            CourseRow(title, str(ctype) if ctype else None, n, good, rated, b, a, pairs_n, cid)
        )
    return {
        m: sorted(courses, key=lambda row: (row.title, row.collection_id))
        for m, courses in found.items()
    }


def responses_per_form(f: ReportFilter, slugs: tuple[str, ...]) -> dict[str, int]:
    query = (
        _scoped(
            select(Form.slug, func.count(Response.id)).select_from(Response),
            ReportFilter(agency=f.agency, period=f.period),
        )
        .where(Form.slug.in_(slugs))
        .group_by(Form.slug)
    )
    return {slug: int(n) for slug, n in db.session.execute(query)}


# --- the row-level export (admins only) ------------------------------------------------


def export_extent(f: ReportFilter) -> tuple[int, int]:
    """How many responses the filter matches, and the highest response id among them:
    the export stops there, so its rows match the count written to the audit trail."""
    count, highest = db.session.execute(
        _scoped(select(func.count(Response.id), func.max(Response.id)).select_from(Response), f)
    ).one()
    return int(count or 0), int(highest or 0)


def export_versions(f: ReportFilter) -> list[int]:
    """The form versions answered within the filter, so the export knows its columns."""
    query = _scoped(select(Response.form_version_id).select_from(Response), f).distinct()
    return sorted(int(v) for v in db.session.scalars(query))


@dataclass(frozen=True)
class ExportResponse:
    """One response for the row-level export: no id, no date, no unredacted text. Each
    answer is (question id, choice, redacted text, sentiment)."""

    form_version_id: int
    form_title: str
    conference_type: str | None
    fy_quarter: int
    answers: list[tuple[str, str | None, str | None, str | None]]


def export_responses(
    f: ReportFilter,
    up_to: int,
    left_out: set[tuple[int, str]],
    batch: int = 2000,
) -> Iterator[ExportResponse]:
    """Every response within the filter (ids up to `up_to`), oldest first, streamed from
    one query. Free text comes only as TextAnalysis.redacted; Answer.text is never read.
    `left_out` holds (form version id, question id) pairs that are never selected, such
    as email addresses."""
    joined = Answer.response_id == Response.id
    if left_out:
        joined = and_(
            joined,
            ~or_(
                *(
                    and_(Response.form_version_id == version, Answer.question_id == question)
                    for version, question in sorted(left_out)
                )
            ),
        )
    query = (
        _scoped(
            select(
                Response.id,
                Response.form_version_id,
                Form.title,
                Collection.conference_type,
                Response.fy_quarter,
                Answer.question_id,
                Answer.choice,
                TextAnalysis.redacted,
                TextAnalysis.sentiment_label,
            ).select_from(Response),
            f,
        )
        .outerjoin(Answer, joined)
        .outerjoin(TextAnalysis, TextAnalysis.answer_id == Answer.id)
        .where(Response.id <= up_to)
        .order_by(Response.id, Answer.position, Answer.id)
        .execution_options(yield_per=batch)
    )
    current: int | None = None
    found: ExportResponse | None = None
    for (
        rid,
        version,
        title,
        conference,
        quarter,
        qid,
        choice,
        redacted,
        sentiment,
    ) in db.session.execute(query):
        if rid != current:
            if found is not None:
                yield found
            current = rid
            found = ExportResponse(
                int(version), title, str(conference) if conference else None, int(quarter), []
            )
        if qid is not None and found is not None:
            found.answers.append((qid, choice, redacted, sentiment))
    if found is not None:
        yield found


def redacted_texts(f: ReportFilter, limit: int = 20_000) -> list[str]:
    """Redacted comments that may be shown, newest first, for word clouds."""
    return list(
        db.session.scalars(
            _comments(f)
            .where(_quotable())
            .add_columns(TextAnalysis.redacted)
            .order_by(Response.submitted_at.desc())
            .limit(limit)
        )
    )


# --- counts by month, for the Board's differencing check ---------------------------------
#
# Each returns what its namesake above returns, separately for each calendar month (as
# 202511), from one query grouped by month. A response is in one month only, so the
# counts for any run of months, and for all of them, are sums with no further query.


def overview_by_month(f: ReportFilter) -> dict[int, list[OverviewRow]]:
    query = _scoped(
        select(
            Response.submitted_month, Form.slug, Form.title, func.count(Response.id)
        ).select_from(Response),
        f,
    ).group_by(Response.submitted_month, Form.id, Form.slug, Form.title)
    found: dict[int, list[OverviewRow]] = defaultdict(list)
    for month, slug, title, n in db.session.execute(query):
        found[int(month)].append(OverviewRow(slug, title, fy_quarter_of_month(int(month)), int(n)))
    return dict(found)


def sentiment_by_month(f: ReportFilter) -> dict[int, dict[str, int]]:
    query = (
        _comments(f)
        .add_columns(Response.submitted_month, TextAnalysis.sentiment_label, func.count())
        .group_by(Response.submitted_month, TextAnalysis.sentiment_label)
    )
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for month, label, n in db.session.execute(query):
        found[int(month)][label] = int(n)
    return dict(found)


def theme_counts_by_month(f: ReportFilter) -> dict[int, list[ThemeCount]]:
    query = (
        _tagged(f)
        .add_columns(
            Response.submitted_month,
            Theme.slug,
            Theme.label,
            TextAnalysis.sentiment_label,
            func.count(),
        )
        .group_by(Response.submitted_month, Theme.slug, Theme.label, TextAnalysis.sentiment_label)
    )
    found: dict[int, dict[tuple[str, str], dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for month, slug, label, sentiment, n in db.session.execute(query):
        found[int(month)][(slug, label)][sentiment] = int(n)
    return {
        month: [ThemeCount(slug, label, counts) for (slug, label), counts in themes.items()]
        for month, themes in found.items()
    }


def choice_counts_by_month(
    f: ReportFilter,
) -> tuple[dict[int, dict[str, dict[str, int]]], dict[int, dict[str, int]]]:
    """`choice_counts` for each month (the numbers answering add up across months too)."""
    counts: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    query = _scoped(
        select(Response.submitted_month, Answer.question_id, Answer.choice, func.count(Answer.id))
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None)),
        f,
    ).group_by(Response.submitted_month, Answer.question_id, Answer.choice)
    for month, question_id, choice, n in db.session.execute(query):
        counts[int(month)][question_id][choice] = int(n)
    answered_query = _scoped(
        select(
            Response.submitted_month,
            Answer.question_id,
            func.count(func.distinct(Answer.response_id)),
        )
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None)),
        f,
    ).group_by(Response.submitted_month, Answer.question_id)
    answered: dict[int, dict[str, int]] = defaultdict(dict)
    for month, question_id, n in db.session.execute(answered_query):
        answered[int(month)][question_id] = int(n)
    return (
        {month: dict(by_question) for month, by_question in counts.items()},
        dict(answered),
    )


def choice_counts_by_conference_by_month(
    f: ReportFilter, form_slug: str
) -> dict[int, dict[str, dict[str, dict[str, int]]]]:
    scoped = ReportFilter(form=form_slug, conference=None, agency=f.agency, period=f.period)
    query = _scoped(
        select(
            Response.submitted_month,
            Collection.conference_type,
            Answer.question_id,
            Answer.choice,
            func.count(Answer.id),
        )
        .select_from(Response)
        .join(Answer, Answer.response_id == Response.id)
        .where(Answer.choice.is_not(None), Collection.conference_type.is_not(None)),
        scoped,
    ).group_by(
        Response.submitted_month, Collection.conference_type, Answer.question_id, Answer.choice
    )
    found: dict[int, dict[str, dict[str, dict[str, int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(dict))
    )
    for month, conference, question_id, choice, n in db.session.execute(query):
        found[int(month)][str(conference)][question_id][choice] = int(n)
    return {
        month: {kind: dict(questions) for kind, questions in by_type.items()}
        for month, by_type in found.items()
    }


def training_courses_by_month(f: ReportFilter) -> dict[int, list[CourseRow]]:
    return {
        month: rows
        for month, rows in _training_courses(f, by_month=True).items()
        if month is not None
    }


def responses_per_form_by_month(
    f: ReportFilter, slugs: tuple[str, ...]
) -> dict[int, dict[str, int]]:
    query = (
        _scoped(
            select(Response.submitted_month, Form.slug, func.count(Response.id)).select_from(
                Response
            ),
            ReportFilter(agency=f.agency, period=f.period),
        )
        .where(Form.slug.in_(slugs))
        .group_by(Response.submitted_month, Form.slug)
    )
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for month, slug, n in db.session.execute(query):
        found[int(month)][slug] = int(n)
    return dict(found)


def theme_comment_counts_by_month(f: ReportFilter, slug: str) -> dict[int, int]:
    """How many comments `theme_comments` would list, for each month."""
    query = (
        _tagged(f)
        .where(Theme.slug == slug, _quotable())
        .add_columns(Response.submitted_month, func.count())
        .group_by(Response.submitted_month)
    )
    return {int(month): int(n) for month, n in db.session.execute(query)}
