"""Turns the aggregate queries into what the Board sees, with every number suppressed.

Nothing leaves this module unsuppressed: counts become `Shown` values (a number, "0",
or "fewer than N"), percentages are left out on small denominators, and quotes are
only offered when the filter matches at least the threshold of responses.

Differencing across selections
------------------------------
Each table is suppressed on its own (feedback.reporting.suppression), but a reader
can open two selections, one inside the other -- "2025/26 Q3" and "2025/26 Q3,
review conferences" -- and subtract. If 14 responses came in during Q3 and 12 after
review conferences, two came after initial conferences, and every table subtracts to
a table about those two people.

Every period is a run of whole months (feedback.periods): the standard quarters and
years are, and dates a reader chooses are widened to the 1st of the first month and
the last day of the last. Without that a reader could compare a selection with the
same selection a day longer and learn one day's responses; with it, the finest step
a reader can take is a month.

So a selection's *wider selections* are the filters with any of its constraints taken
away or widened: the form, the conference type and the agency each kept or dropped
(`wider_dimensions`), with the period kept, widened to any longer run of months that
holds it, or dropped. Each of these matches every response the selection matches,
and more.

A table (a distribution, a theme's row, a course's line, the headline count) is
shown for a selection only when, for *every* wider selection, the two tables differ
in no cell and no total by 1 to N-1 (`counts_leak`). Otherwise it is withheld with
a sentence saying why. Cells missing from one side count as 0, so a quarter's
table is compared with the year's whole table: every other quarter is part of the
difference too. The decision uses only the true counts, never what a wider page
happens to show, so it does not depend on the order in which pages are built.

Why every wider selection and not just the next one up: single steps do not chain.
With F inside P inside G, F - P may be 0 while P - G is 2, so P's table is
withheld but F's and G's differ by 2. Checking F against G directly closes that.
A difference of tables that has no value from 1 to N-1 is itself a table with no
small value, and it says nothing about people that "fewer than N" hides: every
small cell of the wider table equals the same, hidden, cell of the narrower one.

Every run of months, in closed form. There are too many runs of months to build a
table for each, but none is needed. For a selection with dimensions D over months a
to b, a wider-or-equal D' and a cell, the wider selection over months c to d has
base + L + R more, where base is D' less D over a to b, and L and R are the counts
for D' over c to a-1 and over b+1 to d. Counts are never negative, so L and R start
at 0 and only grow as c and d move out. The smallest positive difference is base if
base is positive, and otherwise the count in the nearest month, on either side, in
which D' has that cell at all (`extension_leaks`). "No period" is the longest run,
so it is one of them, as are the standard quarter and year. A table leaks exactly
when some D' and some cell give a smallest positive difference below N. The counts
for each D' month by month come from the same queries as its tables, grouped by
month (`_Source`). Without a period the only wider selections drop constraints
(`wider_filters`).

What this does not cover:

* Three or more selections together: two narrow selections added up and taken from
  a wider one (initial plus review conferences against all of them), or a
  difference of differences. Only pairs, one inside the other, are compared.
* Selections that overlap without one holding the other: September to November
  against October to December (which differ by September less December), or review
  conferences against one agency.
* The same selection read on two days: the responses that came in between are the
  difference, and they are not checked.
* Each table's complementary suppression is still chosen on its own, so a value
  one table hides as "not shown" may be shown exactly in a nested selection's table
  (wider ``[2, 10, 20]`` hides the 10; narrower ``[2, 10, 8]`` hides the 8 and shows
  the 10). Knowing the narrower count is at most the wider one, and this rule,
  narrows or pins the hidden small value. Closing that needs the hidden cells
  chosen consistently across nested selections.
* Word clouds, and quotes, are not counts and are not compared.

The extra cost falls on filtered pages only. The page with no filter has no wider
selection, so it runs the same queries as before. With a period, the counts come
from one query per combination of the other constraints, grouped by month; the
period's tables, and each month's, are then added up in Python with no further
query. Because a month is a small step, this withholds more on thin data than the
check against the quarter and year alone did: a table is withheld whenever, for some
cell, the nearest month outside the period with any count in it adds 1 to N-1.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from feedback.catalogue.schema import FormSpec, QuestionType
from feedback.data.interfaces import catalogue, reports
from feedback.periods import (
    Period,
    financial_year_start,
    fy_quarter_label,
    fy_quarter_of_month,
    month_span,
    months_period,
    quarter_of,
    quarter_period,
    year_period,
)
from feedback.reporting import wordcloud
from feedback.reporting.filters import ReportFilter
from feedback.reporting.suppression import (
    SECONDARY_TEXT,
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
# Said in place of a table withheld because of a wider selection.
WIDER_TEXT = "Not shown: it would let a small group be worked out from a wider selection."
TRAINING_FORMS = ("training-reaction", "training-learning", "training-impact")
CONFERENCE_FORM = "cp-conference-parent"
CIDVA_FORM = "cidva-child"
MULTIPLE_NOTE = (
    "People could tick more than one, so the counts add up to more than the number who answered."
)
CIDVA_NOTE = (
    "Children could tick more than one, so the counts add up to more than the number who answered."
)


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


# --- wider selections and the differencing check ------------------------------------------


def _hidden() -> Shown:
    return Shown(value=None, text=SECONDARY_TEXT, hidden=True)


def _wider_periods(period: Period | None) -> list[Period | None]:
    """The period itself, then the standard quarter and year that strictly contain it,
    then no period."""
    if period is None:
        return [None]
    found: list[Period | None] = [period]
    start_year = financial_year_start(period.start)
    for wider in (quarter_period(start_year, quarter_of(period.start)), year_period(start_year)):
        contains = wider.start <= period.start and period.end <= wider.end
        if contains and (wider.start, wider.end) != (period.start, period.end):
            found.append(wider)
    found.append(None)
    return found


def wider_dimensions(f: ReportFilter) -> list[ReportFilter]:
    """``f`` first, then ``f`` with any of its form, conference type and agency dropped;
    all keep ``f``'s period. The periods around it are the month check's business."""
    forms = [f.form, None] if f.form else [None]
    conferences = [f.conference, None] if f.conference else [None]
    agencies = [f.agency, None] if f.agency else [None]
    return [
        ReportFilter(form, conference, agency, f.period)
        for form, conference, agency in itertools.product(forms, conferences, agencies)
    ]


def wider_filters(f: ReportFilter) -> list[ReportFilter]:
    """Every filter that matches all that ``f`` matches and is reachable by dropping
    constraints or widening the period to a standard one: not only the next step up
    (see the module docstring). Empty for the filter with no constraints. A selection
    with a period is checked against every longer run of months too
    (`extension_leaks`); these are among them."""
    wider = [
        replace(dims, period=period)
        for dims in wider_dimensions(f)
        for period in _wider_periods(f.period)
    ]
    return [w for w in wider if w != f]


def counts_leak(
    narrow: Mapping[Hashable, int], wide: Mapping[Hashable, int], threshold: int
) -> bool:
    """True when some count in ``wide`` differs from the same count in ``narrow`` by 1
    to ``threshold - 1``: subtracting would reveal a small group. A key missing on
    one side counts as 0."""
    return any(
        0 < abs(wide.get(key, 0) - narrow.get(key, 0)) < threshold
        for key in narrow.keys() | wide.keys()
    )


def extension_leaks(
    narrow: Mapping[Hashable, int],
    wide: Mapping[Hashable, int],
    before: Sequence[Mapping[Hashable, int]],
    after: Sequence[Mapping[Hashable, int]],
    threshold: int,
) -> bool:
    """Whether ``narrow``, a table for a selection over the months a to b, differs by 1
    to ``threshold - 1`` in some count from the same table for a wider-or-equal
    selection over any run of months that holds a to b (all the data included).

    ``wide`` is the wider selection's table over a to b; ``before`` and ``after`` are
    its tables for each month outside a to b, nearest first. A key missing counts as 0.

    Over months c to d, a count differs by base + L + R, where base is wide minus
    narrow and L and R are the wider selection's counts over c to a-1 and b+1 to d.
    Counts are never negative, so L and R only grow as c and d move out, from 0. The
    smallest positive difference is therefore base when base > 0, and otherwise the
    smaller of the first positive L and the first positive R: the nearest month on
    each side with a count at all. A negative base cannot happen with counts read
    together; if counts move between reads it withholds, to be safe."""
    keys: set[Hashable] = set(narrow) | set(wide)
    for cells in itertools.chain(before, after):
        keys.update(cells)
    for key in keys:
        base = wide.get(key, 0) - narrow.get(key, 0)
        if base != 0:
            if base < threshold:
                return True
            continue
        for side in (before, after):
            nearest = next((n for cells in side if (n := cells.get(key, 0)) != 0), 0)
            if 0 != nearest < threshold:
                return True
    return False


_T = TypeVar("_T")


class _Source:
    """The aggregate queries for a filter and its wider selections, each run once.

    With ``by_month``, counts for any period (and for no period) are added up from one
    query per filter without its period, grouped by month."""

    def __init__(self, by_month: bool) -> None:
        self.by_month = by_month
        self._memo: dict[tuple[Hashable, ...], Any] = {}

    def _once(self, key: tuple[Hashable, ...], fetch: Callable[[], _T]) -> _T:
        if key not in self._memo:
            self._memo[key] = fetch()
        found: _T = self._memo[key]
        return found

    def _split(self, f: ReportFilter) -> tuple[ReportFilter, tuple[int, int] | None] | None:
        """(the filter without its period, its first and last months: None for all),
        or None when the filter is queried as it is."""
        if not self.by_month:
            return None
        if f.period is None:
            return f, None
        return replace(f, period=None), month_span(f.period)

    @staticmethod
    def _within(per_month: Mapping[int, _T], months: tuple[int, int] | None) -> list[_T]:
        if months is None:
            return list(per_month.values())
        first, last = months
        if first == last:
            found = per_month.get(first)
            return [] if found is None else [found]
        return [value for month, value in per_month.items() if first <= month <= last]

    def months(self) -> list[int]:
        """Every month with a response, oldest first (with ``by_month`` only)."""
        every = ReportFilter()
        return sorted(self._once(("overview-m", every), lambda: reports.overview_by_month(every)))

    def overview(self, f: ReportFilter) -> list[reports.OverviewRow]:
        split = self._split(f)
        if split is None:
            return self._once(("overview", f), lambda: reports.overview(f))
        base, months = split
        per_month = self._once(("overview-m", base), lambda: reports.overview_by_month(base))
        totals: dict[tuple[str, str, int], int] = defaultdict(int)
        for rows in self._within(per_month, months):
            for r in rows:
                totals[(r.slug, r.title, r.fy_quarter)] += r.count
        return [reports.OverviewRow(*key, n) for key, n in totals.items()]

    def trend(self, f: ReportFilter) -> dict[int, dict[str, int]]:
        split = self._split(f)
        if split is None:
            return self._once(("trend", f), lambda: reports.sentiment_by_quarter(f))
        base, months = split
        per_month = self._once(("trend-m", base), lambda: reports.sentiment_by_month(base))
        totals: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for month, counts in per_month.items():
            if months is None or months[0] <= month <= months[1]:
                quarter = totals[fy_quarter_of_month(month)]
                for sentiment, n in counts.items():
                    quarter[sentiment] += n
        return {q: dict(c) for q, c in sorted(totals.items())}

    def themes(self, f: ReportFilter) -> list[reports.ThemeCount]:
        split = self._split(f)
        if split is None:
            return self._once(("themes", f), lambda: reports.theme_counts(f))
        base, months = split
        per_month = self._once(("themes-m", base), lambda: reports.theme_counts_by_month(base))
        totals: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for rows in self._within(per_month, months):
            for row in rows:
                for sentiment, n in row.by_sentiment.items():
                    totals[(row.slug, row.label)][sentiment] += n
        themes = [reports.ThemeCount(s, label, dict(c)) for (s, label), c in totals.items()]
        return sorted(themes, key=lambda row: (-row.total, row.label))

    def choices(self, f: ReportFilter) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
        split = self._split(f)
        if split is None:
            return self._once(("choices", f), lambda: reports.choice_counts(f))
        base, months = split
        counts_m, answered_m = self._once(
            ("choices-m", base), lambda: reports.choice_counts_by_month(base)
        )
        return _added(self._within(counts_m, months)), _added(self._within(answered_m, months))

    # The comparisons depend on the agency and period only.
    def by_conference(self, f: ReportFilter) -> dict[str, dict[str, dict[str, int]]]:
        split = self._split(f)
        if split is None:
            return self._once(
                ("conference", f.agency, f.period),
                lambda: reports.choice_counts_by_conference(f, CONFERENCE_FORM),
            )
        base, months = split
        per_month = self._once(
            ("conference-m", f.agency),
            lambda: reports.choice_counts_by_conference_by_month(base, CONFERENCE_FORM),
        )
        return _added(self._within(per_month, months))

    def courses(self, f: ReportFilter) -> list[reports.CourseRow]:
        split = self._split(f)
        if split is None:
            return self._once(("courses", f.agency, f.period), lambda: reports.training_courses(f))
        base, months = split
        per_month = self._once(
            ("courses-m", f.agency), lambda: reports.training_courses_by_month(base)
        )
        by_course: dict[int, list[reports.CourseRow]] = defaultdict(list)
        for rows in self._within(per_month, months):
            for row in rows:
                by_course[row.collection_id].append(row)
        return sorted(
            (_merge_course(rows) for rows in by_course.values()),
            key=lambda row: (row.title, row.collection_id),
        )

    def per_form(self, f: ReportFilter) -> dict[str, int]:
        split = self._split(f)
        if split is None:
            return self._once(
                ("per-form", f.agency, f.period),
                lambda: reports.responses_per_form(f, TRAINING_FORMS),
            )
        base, months = split
        per_month = self._once(
            ("per-form-m", f.agency),
            lambda: reports.responses_per_form_by_month(base, TRAINING_FORMS),
        )
        return _added(self._within(per_month, months))


def _added(tables: Iterable[Mapping[Any, Any]]) -> dict[Any, Any]:
    """Counts in nested mappings (any depth, ending in numbers) added key by key, in the
    order the keys first appear."""
    total: dict[Any, Any] = {}

    def add(into: dict[Any, Any], table: Mapping[Any, Any]) -> None:
        for key, value in table.items():
            if isinstance(value, Mapping):
                add(into.setdefault(key, {}), value)
            else:
                into[key] = into.get(key, 0) + value

    for table in tables:
        add(total, table)
    return total


def _merge_course(rows: list[reports.CourseRow]) -> reports.CourseRow:
    """One course's months together; the average confidence is weighted by the pairs."""
    pairs = sum(r.confidence_pairs for r in rows)

    def average(values: list[tuple[float | None, int]]) -> float | None:
        if not pairs:
            return None
        return sum((value or 0) * n for value, n in values) / pairs

    first = rows[0]
    return reports.CourseRow(
        first.title,
        first.course_type,
        sum(r.responses for r in rows),
        sum(r.good_ratings for r in rows),
        sum(r.rated for r in rows),
        average([(r.confidence_before, r.confidence_pairs) for r in rows]),
        average([(r.confidence_after, r.confidence_pairs) for r in rows]),
        pairs,
        first.collection_id,
    )


@dataclass(frozen=True)
class _TableCounts:
    """A two-way table before suppression; rows and columns carry keys that mean the
    same thing in every selection."""

    caption: str
    row_head: str
    columns: list[tuple[Hashable, str]]
    rows: list[tuple[Hashable, str, list[int]]]

    def cells(self) -> dict[Hashable, int]:
        found: dict[Hashable, int] = {}
        for row_key, _, values in self.rows:
            for (column_key, _), n in zip(self.columns, values, strict=True):
                found[(row_key, column_key)] = n
            found[(row_key, None)] = sum(values)
        for j, (column_key, _) in enumerate(self.columns):
            found[(None, column_key)] = sum(values[j] for _, _, values in self.rows)
        found[(None, None)] = sum(sum(values) for _, _, values in self.rows)
        return found


@dataclass(frozen=True)
class _DistributionCounts:
    """A one-way distribution before suppression. ``denominator`` is the number of
    people answering a multiple-choice question."""

    title: str
    items: list[tuple[Hashable, str, int]]
    denominator: int | None = None
    note: str = ""

    def cells(self) -> dict[Hashable, int]:
        found: dict[Hashable, int] = {key: n for key, _, n in self.items}
        found[("total",)] = sum(n for _, _, n in self.items)
        if self.denominator is not None:
            found[("answering",)] = self.denominator
        return found


@dataclass(frozen=True)
class _CourseCounts:
    title: str
    rows: list[reports.CourseRow]

    def cells(self) -> dict[Hashable, int]:
        return {
            "responses": sum(r.responses for r in self.rows),
            "rated": sum(r.rated for r in self.rows),
            "good": sum(r.good_ratings for r in self.rows),
            "pairs": sum(r.confidence_pairs for r in self.rows),
        }


@dataclass(frozen=True)
class _Counts:
    """Any other set of named counts (the headline, the follow-up evaluations)."""

    values: dict[str, int]

    def cells(self) -> dict[Hashable, int]:
        found: dict[Hashable, int] = {}
        found.update(self.values)
        return found


_Section = _TableCounts | _DistributionCounts | _CourseCounts | _Counts
_Sections = dict[str, _Section]


def _main_sections(f: ReportFilter, src: _Source) -> _Sections:
    """The headline, responses by form and quarter, sentiment, and a row per theme."""
    rows = src.overview(f)
    quarters = sorted({r.fy_quarter for r in rows})
    forms = sorted({(r.slug, r.title) for r in rows}, key=lambda item: item[1])
    grid = {(r.slug, r.fy_quarter): r.count for r in rows}
    sections: _Sections = {
        "total": _Counts({"responses": sum(r.count for r in rows)}),
        "overview": _TableCounts(
            "Responses received, by form and quarter",
            "Form",
            [(q, fy_quarter_label(q)) for q in quarters],
            [(slug, title, [grid.get((slug, q), 0) for q in quarters]) for slug, title in forms],
        ),
    }
    by_quarter = src.trend(f)
    overall = {s: sum(counts.get(s, 0) for counts in by_quarter.values()) for s in SENTIMENTS}
    sections["sentiment"] = _DistributionCounts(
        "How comments felt", [(s, SENTIMENT_LABELS[s], overall[s]) for s in SENTIMENTS]
    )
    sections["trend"] = _TableCounts(
        "How comments felt, by quarter",
        "Quarter",
        [(s, SENTIMENT_LABELS[s]) for s in SENTIMENTS],
        [
            (q, fy_quarter_label(q), [counts.get(s, 0) for s in SENTIMENTS])
            for q, counts in by_quarter.items()
        ],
    )
    sections.update(_theme_sections(f, src))
    return sections


def _theme_sections(f: ReportFilter, src: _Source) -> _Sections:
    return {
        f"theme:{row.slug}": _DistributionCounts(
            row.label,
            [(s, SENTIMENT_LABELS[s], row.by_sentiment.get(s, 0)) for s in SENTIMENTS],
        )
        for row in src.themes(f)
    }


def _question_sections(f: ReportFilter, src: _Source, specs: dict[str, FormSpec]) -> _Sections:
    """The closed questions of the chosen form."""
    spec = specs.get(f.form) if f.form else None
    if spec is None:
        return {}
    counts, answered = src.choices(f)
    sections: _Sections = {}
    for question in spec.questions:
        if question.type not in REPORTED_TYPES or question.id in SKIPPED_QUESTIONS:
            continue
        given = counts.get(question.id, {})
        items: list[tuple[Hashable, str, int]] = [
            (o.value, o.label, given.get(o.value, 0)) for o in question.options
        ]
        if question.type == QuestionType.MULTIPLE_CHOICE:
            sections[f"question:{question.id}"] = _DistributionCounts(
                question.text, items, answered.get(question.id, 0), MULTIPLE_NOTE
            )
        else:
            sections[f"question:{question.id}"] = _DistributionCounts(question.text, items)
    return sections


def _comparison_sections(f: ReportFilter, src: _Source, specs: dict[str, FormSpec]) -> _Sections:
    """Initial against review conferences, the CIDVA checklist, and training."""
    sections: _Sections = {}
    if f.form in (None, CONFERENCE_FORM) and CONFERENCE_FORM in specs:
        by_type = src.by_conference(f)
        for question in specs[CONFERENCE_FORM].questions:
            if question.type not in REPORTED_TYPES:
                continue
            rows: list[tuple[Hashable, str, list[int]]] = [
                (
                    o.value,
                    o.label,
                    [
                        by_type.get(kind, {}).get(question.id, {}).get(o.value, 0)
                        for kind in ("initial", "review")
                    ],
                )
                for o in question.options
            ]
            if any(sum(values) for _, _, values in rows):
                sections[f"conference:{question.id}"] = _TableCounts(
                    question.text,
                    "Answer",
                    [("initial", "Initial"), ("review", "Review")],
                    rows,
                )
    if f.form in (None, CIDVA_FORM) and CIDVA_FORM in specs:
        scoped = ReportFilter(form=CIDVA_FORM, agency=f.agency, period=f.period)
        counts, answered = src.choices(scoped)
        question = specs[CIDVA_FORM].question("difference")
        given = counts.get(question.id, {})
        if answered.get(question.id):
            sections["cidva"] = _DistributionCounts(
                "What difference the support made to children",
                [(o.value, o.label, given.get(o.value, 0)) for o in question.options],
                answered.get(question.id, 0),
                CIDVA_NOTE,
            )
    if f.form in (None, *TRAINING_FORMS) and f.conference is None:
        found = src.courses(f)
        for row in found:
            # Keyed by the course's collection, which means the same in every selection.
            sections[f"course:{row.collection_id}"] = _CourseCounts(row.title, [row])
        for kind, label in (("face_to_face", "Face-to-face"), ("e_learning", "E-learning")):
            same = [row for row in found if row.course_type == kind]
            if same:
                sections[f"course-type:{kind}"] = _CourseCounts(label, same)
        if found:
            sections["follow-up"] = _Counts(src.per_form(f))
    return sections


def _report_sections(f: ReportFilter, src: _Source, specs: dict[str, FormSpec]) -> _Sections:
    return {
        **_main_sections(f, src),
        **_question_sections(f, src, specs),
        **_comparison_sections(f, src, specs),
    }


def _withheld(
    f: ReportFilter,
    sections: _Sections,
    sections_for: Callable[[ReportFilter], _Sections],
    threshold: int,
    src: _Source,
) -> set[str]:
    """The sections of ``f`` that differ from a wider selection's by a small number.

    Without a period, the wider selections are ``wider_filters``. With one, they are
    the wider-or-equal dimensions over every run of months that holds the period,
    checked in closed form (`extension_leaks`) from each one's tables month by month."""
    withheld: set[str] = set()
    if f.period is None:
        for wider in wider_filters(f):
            if len(withheld) == len(sections):
                break
            theirs = sections_for(wider)
            for key, section in sections.items():
                other = theirs.get(key)
                if key in withheld or other is None:
                    continue
                if counts_leak(section.cells(), other.cells(), threshold):
                    withheld.add(key)
        return withheld
    first, last = month_span(f.period)
    months = src.months()
    before = [m for m in reversed(months) if m < first]
    after = [m for m in months if m > last]
    for dims in wider_dimensions(f):
        if len(withheld) == len(sections):
            break
        wide = sections if dims == f else sections_for(dims)
        by_month = {m: sections_for(replace(dims, period=_month(m))) for m in before + after}

        def cells(key: str, months: list[int]) -> list[dict[Hashable, int]]:
            found = (by_month[m].get(key) for m in months)  # noqa: B023
            return [section.cells() if section is not None else {} for section in found]

        for key, section in sections.items():
            other = wide.get(key)
            if key in withheld or other is None:
                continue
            if extension_leaks(
                section.cells(), other.cells(), cells(key, before), cells(key, after), threshold
            ):
                withheld.add(key)
    return withheld


_MONTHS: dict[int, Period] = {}


def _month(code: int) -> Period:
    if code not in _MONTHS:
        _MONTHS[code] = months_period(code, code)
    return _MONTHS[code]


# --- what the page shows -----------------------------------------------------------------


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
    # True when the distribution is not shown at all; ``reason`` says why.
    withheld: bool = False
    reason: str = ""

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


def _withheld_distribution(title: str, labels: list[str], note: str = "") -> Distribution:
    bars = [Bar(label, _hidden(), None) for label in labels]
    return Distribution(title, bars, _hidden(), note, withheld=True, reason=WIDER_TEXT)


def _show_distribution(section: _Section, threshold: int, withheld: bool) -> Distribution:
    assert isinstance(section, _DistributionCounts)
    if withheld:
        return _withheld_distribution(
            section.title, [label for _, label, _ in section.items], section.note
        )
    return distribution(
        section.title,
        [(label, n) for _, label, n in section.items],
        threshold,
        denominator=section.denominator,
        note=section.note,
    )


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
    # Why, when it is not simply that the selection is too small.
    reason: str = ""


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


def _show_table(section: _Section, threshold: int, withheld: bool) -> Table:
    assert isinstance(section, _TableCounts)
    columns = [label for _, label in section.columns]
    if withheld:
        return Table(
            section.caption,
            section.row_head,
            columns,
            [(label, [_hidden() for _ in columns], _hidden()) for _, label, _ in section.rows],
            [_hidden() for _ in columns],
            _hidden(),
            withheld=True,
            reason=WIDER_TEXT,
        )
    return table(
        section.caption,
        section.row_head,
        columns,
        [(label, values) for _, label, values in section.rows],
        threshold,
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
    # True when something is withheld because of a wider selection.
    wider_withheld: bool = False


def describe(f: ReportFilter, choices: Choices) -> str:
    parts = []
    if f.period is None:
        parts.append("All periods")
    elif f.period.custom:
        parts.append(f"{f.period.label} (whole months)")
    else:
        parts.append(f.period.label)
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


def _previous_theme_totals(f: ReportFilter, src: _Source, threshold: int) -> dict[str, Shown]:
    """Theme totals for the period before, as that period's own page shows them: a
    change is a difference, so it must not give away a number that page withholds."""
    previous = f.period.previous() if f.period else None
    if previous is None:
        return {}
    earlier = replace(f, period=previous)
    sections = _theme_sections(earlier, src)
    withheld = _withheld(earlier, sections, lambda w: _theme_sections(w, src), threshold, src)
    return {
        key.removeprefix("theme:"): suppress_count(
            sum(section.cells().get(s, 0) for s in SENTIMENTS), threshold
        )
        for key, section in sections.items()
        if key not in withheld
    }


def build(f: ReportFilter, threshold: int) -> BoardReport:
    choices = filter_choices()
    specs = _specs()
    src = _Source(by_month=f.period is not None)
    sections = _report_sections(f, src, specs)
    withheld = _withheld(f, sections, lambda w: _report_sections(w, src, specs), threshold, src)

    total = sections["total"].cells()["responses"]
    detail = allow_detail(total, threshold)
    headline = _hidden() if "total" in withheld else suppress_count(total, threshold)
    overview = _show_table(sections["overview"], threshold, "overview" in withheld)
    sentiment = _show_distribution(sections["sentiment"], threshold, "sentiment" in withheld)
    trend = _show_table(sections["trend"], threshold, "trend" in withheld)

    previous_counts = _previous_theme_totals(f, src, threshold)
    counted = src.themes(f)
    wanted = {
        row.slug: max(row.by_sentiment.items(), key=lambda item: (item[1], item[0]))[0]
        for row in counted[:QUOTED_THEMES]
        if detail and allow_detail(row.total, threshold)
    }
    found_quotes = reports.quotes(f, wanted)
    themes = []
    for row in counted:
        key = f"theme:{row.slug}"
        mix = _show_distribution(sections[key], threshold, key in withheld)
        themes.append(
            ThemeRow(
                row.slug,
                row.label,
                mix.total,
                mix.bars,
                _change(mix.total, previous_counts.get(row.slug)),
                found_quotes.get(row.slug, []),
            )
        )

    questions = [
        _show_distribution(section, threshold, key in withheld)
        for key, section in sections.items()
        if key.startswith("question:")
    ]

    cloud = cloud_words(f, threshold) if detail else []
    return BoardReport(
        cloud_alt=wordcloud.alt_text(cloud) if cloud else None,
        comparisons=_comparisons(sections, withheld, threshold),
        description=describe(f, choices),
        total=headline,
        detail_allowed=detail,
        overview=overview,
        sentiment=sentiment,
        trend=trend,
        themes=themes,
        questions=questions,
        threshold=threshold,
        wider_withheld=bool(withheld),
    )


def cloud_words(f: ReportFilter, threshold: int) -> list[tuple[str, int]]:
    """Words for the cloud; none at all when the filter matches too few responses."""
    if not allow_detail(reports.total_responses(f), threshold):
        return []
    return wordcloud.word_counts(reports.redacted_texts(f), threshold)


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


def _show_course(section: _Section, threshold: int, withheld: bool) -> CourseLine:
    assert isinstance(section, _CourseCounts)
    if withheld:
        return CourseLine(section.title, _hidden(), None, None)
    return _course_line(section.title, section.rows, threshold)


def _comparisons(sections: _Sections, withheld: set[str], threshold: int) -> Comparisons | None:
    tables = [
        _show_table(section, threshold, key in withheld)
        for key, section in sections.items()
        if key.startswith("conference:")
    ]
    cidva = None
    if "cidva" in sections:
        cidva = _show_distribution(sections["cidva"], threshold, "cidva" in withheld)
    courses = [
        _show_course(section, threshold, key in withheld)
        for key, section in sections.items()
        if key.startswith("course:")
    ]
    course_types = [
        _show_course(section, threshold, key in withheld)
        for key, section in sections.items()
        if key.startswith("course-type:")
    ]
    rates: list[tuple[str, Shown, str | None]] = []
    follow_up = sections.get("follow-up")
    if follow_up is not None:
        per_form = follow_up.cells()
        hidden = "follow-up" in withheld
        reaction = (
            _hidden() if hidden else suppress_count(per_form.get("training-reaction", 0), threshold)
        )
        for slug, label in (
            ("training-learning", "Level 2: follow-up 2 weeks later"),
            ("training-impact", "Level 3 and 4: managers, 1 to 3 months later"),
        ):
            shown = _hidden() if hidden else suppress_count(per_form.get(slug, 0), threshold)
            rates.append((label, shown, shown.percent_of(reaction, threshold)))
    if not (tables or cidva or courses):
        return None
    return Comparisons(tables, cidva, courses, course_types, rates)


def comparisons(f: ReportFilter, threshold: int) -> Comparisons | None:
    """Initial against review conferences, the CIDVA checklist, and training by course,
    each withheld where a wider selection would give a small group away."""
    specs = _specs()
    src = _Source(by_month=f.period is not None)
    sections = _comparison_sections(f, src, specs)
    withheld = _withheld(f, sections, lambda w: _comparison_sections(w, src, specs), threshold, src)
    return _comparisons(sections, withheld, threshold)


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
    # The comments themselves could be compared one by one with a wider selection's,
    # so a small difference in their number withholds them as well as the number.
    differs = _comments_differ(f, slug, total_n, threshold)
    detail = detail and not differs
    return ThemePage(
        slug,
        label,
        describe(f, filter_choices()),
        comments if detail else [],
        _hidden() if differs else suppress_count(total_n, threshold),
        page,
        pages,
        detail,
    )


def _comments_differ(f: ReportFilter, slug: str, total_n: int, threshold: int) -> bool:
    """Whether a theme's comment count differs by a small number from a wider
    selection's: over every longer run of months too when ``f`` has a period."""
    if f.period is None:
        return any(
            counts_leak(
                {"comments": total_n},
                {"comments": reports.theme_comments(wider, slug, page=1, per_page=1)[1]},
                threshold,
            )
            for wider in wider_filters(f)
        )
    first, last = month_span(f.period)
    for dims in wider_dimensions(f):
        per_month = reports.theme_comment_counts_by_month(replace(dims, period=None), slug)
        within = sum(n for month, n in per_month.items() if first <= month <= last)
        before: list[Mapping[Hashable, int]] = [
            {"comments": per_month[m]} for m in sorted(per_month, reverse=True) if m < first
        ]
        after: list[Mapping[Hashable, int]] = [
            {"comments": per_month[m]} for m in sorted(per_month) if m > last
        ]
        if extension_leaks({"comments": total_n}, {"comments": within}, before, after, threshold):
            return True
    return False
