"""Turns the aggregate queries into what the Board sees, with every number suppressed.

Nothing leaves this module unsuppressed: counts become `Shown` values (a number, "0",
or "fewer than N"), percentages are left out on small denominators, and quotes are
only offered when the filter matches at least the threshold of responses."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback.catalogue.schema import FormSpec, QuestionType
from feedback.data.interfaces import catalogue, reports
from feedback.periods import fy_quarter_label, quarter_period, year_period
from feedback.reporting import wordcloud
from feedback.reporting.filters import ReportFilter
from feedback.reporting.suppression import (
    Shown,
    allow_detail,
    suppress_count,
    suppress_distribution,
    suppress_table,
)

SENTIMENTS = ("positive", "negative", "neutral", "mixed")
SENTIMENT_LABELS = {
    "positive": "Positive",
    "negative": "Negative",
    "neutral": "Neutral",
    "mixed": "Mixed",
}
REPORTED_TYPES = {
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.YES_PARTLY_NO,
    QuestionType.RATING5,
    QuestionType.FACES5,
    QuestionType.CONFIDENCE5,
    QuestionType.SELECT,
}
# Quotes are shown for the most frequent themes only.
QUOTED_THEMES = 5
# Answers that identify nobody but say little for a Board summary.
SKIPPED_QUESTIONS = {"wants_to_talk"}


@dataclass(frozen=True)
class Choices:
    forms: dict[str, str]
    agencies: dict[str, str]
    periods: list[tuple[str, str]]


def _specs() -> dict[str, FormSpec]:
    specs = {}
    for form in catalogue.list_forms():
        version = catalogue.latest_version(form.id)
        if version is not None:
            specs[form.slug] = catalogue.spec_for(version)
    return specs


def filter_choices() -> Choices:
    specs = _specs()
    agencies: dict[str, str] = {}
    for spec in specs.values():
        for question in spec.questions:
            if question.id == "agency":
                agencies.update({o.value: o.label for o in question.options})
    quarters = sorted(reports.quarters_with_data(), reverse=True)
    years = sorted({q // 10 for q in quarters}, reverse=True)
    periods: list[tuple[str, str]] = []
    for year in years:
        whole = year_period(year)
        periods.append((whole.key, f"{whole.label} (whole year)"))
        for q in (4, 3, 2, 1):
            if year * 10 + q in quarters:
                period = quarter_period(year, q)
                periods.append((period.key, period.label))
    return Choices({slug: spec.title for slug, spec in specs.items()}, agencies, periods)


@dataclass(frozen=True)
class Bar:
    label: str
    shown: Shown
    percent: str | None


@dataclass(frozen=True)
class Distribution:
    title: str
    bars: list[Bar]
    total: Shown
    note: str = ""

    @property
    def largest(self) -> int:
        return max([b.shown.value or 0 for b in self.bars] + [1])


def distribution(
    title: str,
    items: list[tuple[str, int]],
    threshold: int,
    denominator: int | None = None,
    note: str = "",
) -> Distribution:
    cells, total = suppress_distribution([n for _, n in items], threshold)
    if denominator is not None:
        # Multiple choice: each person may tick several, so the base is people answering.
        total = suppress_count(denominator, threshold)
        if total.hidden:
            # With so few people, even "0, fewer than 5, 0" would say they all chose alike.
            cells = [suppress_count(1, threshold) for _ in items]
    bars = [
        Bar(label, cell, cell.percent_of(total, threshold))
        for (label, _), cell in zip(items, cells, strict=True)
    ]
    return Distribution(title, bars, total, note)


@dataclass(frozen=True)
class Table:
    caption: str
    row_head: str
    columns: list[str]
    rows: list[tuple[str, list[Shown], Shown]]
    column_totals: list[Shown]
    grand_total: Shown
    # True when no cell can be shown safely: the page says so in a sentence instead.
    withheld: bool = False


def table(
    caption: str,
    row_head: str,
    columns: list[str],
    rows: list[tuple[str, list[int]]],
    threshold: int,
) -> Table:
    suppressed = suppress_table([values for _, values in rows] or [[0] * len(columns)], threshold)
    shaped = [
        (label, suppressed.cells[i], suppressed.row_totals[i]) for i, (label, _) in enumerate(rows)
    ]
    return Table(
        caption,
        row_head,
        columns,
        shaped,
        suppressed.col_totals,
        suppressed.grand_total,
        suppressed.withheld,
    )


@dataclass(frozen=True)
class ThemeRow:
    slug: str
    label: str
    total: Shown
    mix: list[Bar]
    change: str | None
    quotes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CourseLine:
    title: str
    responses: Shown
    rated_good: str | None
    confidence: str | None


@dataclass(frozen=True)
class Comparisons:
    conference_tables: list[Table]
    cidva_difference: Distribution | None
    courses: list[CourseLine]
    course_types: list[CourseLine]
    follow_up_rates: list[tuple[str, Shown, str | None]]


@dataclass(frozen=True)
class BoardReport:
    description: str
    total: Shown
    detail_allowed: bool
    overview: Table
    sentiment: Distribution
    trend: Table
    themes: list[ThemeRow]
    questions: list[Distribution]
    threshold: int
    comparisons: Comparisons | None = None
    cloud_alt: str | None = None


def describe(f: ReportFilter, choices: Choices) -> str:
    parts = []
    parts.append(f.period.label if f.period else "All periods")
    if f.form:
        parts.append(choices.forms.get(f.form, f.form))
    if f.conference:
        parts.append(f"{f.conference.value} conferences")
    if f.agency:
        parts.append(choices.agencies.get(f.agency, f.agency))
    return ", ".join(parts)


def _change(current: Shown, previous: Shown | None) -> str | None:
    if previous is None or current.value is None or previous.value is None:
        return None
    difference = current.value - previous.value
    if difference == 0:
        return "no change"
    return f"up {difference}" if difference > 0 else f"down {-difference}"


def build(f: ReportFilter, threshold: int) -> BoardReport:
    choices = filter_choices()
    total_n = reports.total_responses(f)
    detail = allow_detail(total_n, threshold)

    rows = reports.overview(f)
    quarters = sorted({r.fy_quarter for r in rows})
    forms = sorted({(r.slug, r.title) for r in rows}, key=lambda item: item[1])
    grid = {(r.slug, r.fy_quarter): r.count for r in rows}
    overview = table(
        "Responses received, by form and quarter",
        "Form",
        [fy_quarter_label(q) for q in quarters],
        [(title, [grid.get((slug, q), 0) for q in quarters]) for slug, title in forms],
        threshold,
    )

    sentiments = reports.sentiment_counts(f)
    sentiment = distribution(
        "How comments felt",
        [(SENTIMENT_LABELS[s], sentiments.get(s, 0)) for s in SENTIMENTS],
        threshold,
    )
    by_quarter = reports.sentiment_by_quarter(f)
    trend = table(
        "How comments felt, by quarter",
        "Quarter",
        [SENTIMENT_LABELS[s] for s in SENTIMENTS],
        [
            (fy_quarter_label(q), [counts.get(s, 0) for s in SENTIMENTS])
            for q, counts in by_quarter.items()
        ],
        threshold,
    )

    previous_counts: dict[str, Shown] = {}
    previous = f.period.previous() if f.period else None
    if previous is not None:
        earlier = ReportFilter(f.form, f.conference, f.agency, previous)
        for row in reports.theme_counts(earlier):
            previous_counts[row.slug] = suppress_count(row.total, threshold)
    themes = []
    counted = reports.theme_counts(f)
    wanted = {
        row.slug: max(row.by_sentiment.items(), key=lambda item: (item[1], item[0]))[0]
        for row in counted[:QUOTED_THEMES]
        if detail and allow_detail(row.total, threshold)
    }
    found_quotes = reports.quotes(f, wanted)
    for row in counted:
        mix = distribution(
            row.label,
            [(SENTIMENT_LABELS[s], row.by_sentiment.get(s, 0)) for s in SENTIMENTS],
            threshold,
        )
        theme_total = mix.total
        quotes = found_quotes.get(row.slug, [])
        themes.append(
            ThemeRow(
                row.slug,
                row.label,
                theme_total,
                mix.bars,
                _change(theme_total, previous_counts.get(row.slug)),
                quotes,
            )
        )

    questions: list[Distribution] = []
    if f.form:
        specs = _specs()
        spec = specs.get(f.form)
        if spec is not None:
            counts, answered = reports.choice_counts(f)
            for question in spec.questions:
                if question.type not in REPORTED_TYPES or question.id in SKIPPED_QUESTIONS:
                    continue
                given = counts.get(question.id, {})
                items = [(o.label, given.get(o.value, 0)) for o in question.options]
                if question.type == QuestionType.MULTIPLE_CHOICE:
                    questions.append(
                        distribution(
                            question.text,
                            items,
                            threshold,
                            denominator=answered.get(question.id, 0),
                            note="People could tick more than one, so the counts add up to more "
                            "than the number who answered.",
                        )
                    )
                else:
                    questions.append(distribution(question.text, items, threshold))

    cloud = cloud_words(f, threshold) if detail else []
    return BoardReport(
        cloud_alt=wordcloud.alt_text(cloud) if cloud else None,
        comparisons=comparisons(f, threshold),
        description=describe(f, choices),
        total=suppress_count(total_n, threshold),
        detail_allowed=detail,
        overview=overview,
        sentiment=sentiment,
        trend=trend,
        themes=themes,
        questions=questions,
        threshold=threshold,
    )


def cloud_words(f: ReportFilter, threshold: int) -> list[tuple[str, int]]:
    """Words for the cloud; none at all when the filter matches too few responses."""
    if not allow_detail(reports.total_responses(f), threshold):
        return []
    return wordcloud.word_counts(reports.redacted_texts(f), threshold)


TRAINING_FORMS = ("training-reaction", "training-learning", "training-impact")


def _course_line(title: str, rows: list[reports.CourseRow], threshold: int) -> CourseLine:
    responses = sum(r.responses for r in rows)
    rated = sum(r.rated for r in rows)
    good = sum(r.good_ratings for r in rows)
    pairs = sum(r.confidence_pairs for r in rows)
    rated_good = None
    if allow_detail(rated, threshold):
        rated_good = suppress_count(good, threshold).percent_of(
            suppress_count(rated, threshold), threshold
        )
    confidence = None
    if allow_detail(pairs, threshold):
        before = sum((r.confidence_before or 0) * r.confidence_pairs for r in rows) / pairs
        after = sum((r.confidence_after or 0) * r.confidence_pairs for r in rows) / pairs
        confidence = f"{before:.1f} to {after:.1f} (change {after - before:+.1f})"
    return CourseLine(title, suppress_count(responses, threshold), rated_good, confidence)


def comparisons(f: ReportFilter, threshold: int) -> Comparisons | None:
    """Initial against review conferences, the CIDVA checklist, and training by course."""
    specs = _specs()
    tables: list[Table] = []
    if f.form in (None, "cp-conference-parent") and "cp-conference-parent" in specs:
        by_type = reports.choice_counts_by_conference(f, "cp-conference-parent")
        for question in specs["cp-conference-parent"].questions:
            if question.type not in REPORTED_TYPES:
                continue
            rows = [
                (
                    o.label,
                    [
                        by_type.get(kind, {}).get(question.id, {}).get(o.value, 0)
                        for kind in ("initial", "review")
                    ],
                )
                for o in question.options
            ]
            if any(sum(values) for _, values in rows):
                tables.append(
                    table(question.text, "Answer", ["Initial", "Review"], rows, threshold)
                )
    cidva = None
    if f.form in (None, "cidva-child") and "cidva-child" in specs:
        scoped = ReportFilter(form="cidva-child", agency=f.agency, period=f.period)
        counts, answered = reports.choice_counts(scoped)
        question = specs["cidva-child"].question("difference")
        given = counts.get(question.id, {})
        if answered.get(question.id):
            cidva = distribution(
                "What difference the support made to children",
                [(o.label, given.get(o.value, 0)) for o in question.options],
                threshold,
                denominator=answered.get(question.id, 0),
                note="Children could tick more than one, so the counts add up to more than "
                "the number who answered.",
            )
    courses: list[CourseLine] = []
    course_types: list[CourseLine] = []
    rates: list[tuple[str, Shown, str | None]] = []
    if f.form in (None, *TRAINING_FORMS) and f.conference is None:
        found = reports.training_courses(f)
        courses = [_course_line(row.title, [row], threshold) for row in found]
        for kind, label in (("face_to_face", "Face-to-face"), ("e_learning", "E-learning")):
            same = [row for row in found if row.course_type == kind]
            if same:
                course_types.append(_course_line(label, same, threshold))
        per_form = reports.responses_per_form(f, TRAINING_FORMS)
        reaction = suppress_count(per_form.get("training-reaction", 0), threshold)
        for slug, label in (
            ("training-learning", "Level 2: follow-up 2 weeks later"),
            ("training-impact", "Level 3 and 4: managers, 1 to 3 months later"),
        ):
            shown = suppress_count(per_form.get(slug, 0), threshold)
            rates.append((label, shown, shown.percent_of(reaction, threshold)))
    if not (tables or cidva or courses):
        return None
    return Comparisons(tables, cidva, courses, course_types, rates)


@dataclass(frozen=True)
class ThemePage:
    slug: str
    label: str
    description: str
    comments: list[tuple[str, str]]
    total: Shown
    page: int
    pages: int
    detail_allowed: bool


def theme_page(f: ReportFilter, slug: str, page: int, threshold: int) -> ThemePage | None:
    label = next((row.label for row in reports.theme_counts(f) if row.slug == slug), None)
    if label is None:
        label = reports.theme_label(slug)
        if label is None:
            return None
    comments, total_n = reports.theme_comments(f, slug, page=page)
    detail = allow_detail(reports.total_responses(f), threshold) and total_n >= threshold
    pages = max(1, (total_n + 49) // 50)
    return ThemePage(
        slug,
        label,
        describe(f, filter_choices()),
        comments if detail else [],
        suppress_count(total_n, threshold),
        page,
        pages,
        detail,
    )
