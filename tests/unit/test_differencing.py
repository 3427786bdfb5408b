"""The Board's differencing check: which selections are wider, and when two sets of
counts give a small group away."""

from __future__ import annotations

import itertools
from collections.abc import Hashable
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.board.summary import (
    counts_leak,
    extension_leaks,
    wider_dimensions,
    wider_filters,
)
from feedback.data.types import ConferenceType
from feedback.periods import (
    Period,
    custom_period,
    fy_quarter_of_month,
    month_span,
    months_period,
    quarter_period,
    year_period,
)
from feedback.reporting.filters import ReportFilter

Q3 = quarter_period(2025, 3)
YEAR = year_period(2025)


def test_no_filter_has_no_wider_selection():
    assert wider_filters(ReportFilter()) == []


def test_a_quarter_widens_to_its_year_and_to_all_periods():
    assert wider_filters(ReportFilter(period=Q3)) == [
        ReportFilter(period=YEAR),
        ReportFilter(),
    ]
    assert wider_filters(ReportFilter(period=YEAR)) == [ReportFilter()]


def test_every_combination_of_dropped_constraints_is_included():
    f = ReportFilter("cp-conference-parent", ConferenceType.REVIEW, "police", Q3)
    wider = wider_filters(f)
    # Two choices each for form, conference and agency, three for the period, less f.
    assert len(wider) == 2 * 2 * 2 * 3 - 1 == len(set(wider))
    assert f not in wider
    # Not only one step up: all the way to no filter at all.
    assert ReportFilter() in wider
    assert ReportFilter(conference=ConferenceType.REVIEW, period=YEAR) in wider
    assert ReportFilter(form="cp-conference-parent", agency="police") in wider


def test_own_dates_widen_to_the_quarter_and_year_that_hold_them():
    inside = custom_period(date(2025, 10, 6), date(2025, 11, 20))
    periods = [w.period for w in wider_filters(ReportFilter(period=inside))]
    assert periods == [Q3, YEAR, None]
    across_years = custom_period(date(2025, 12, 1), date(2026, 5, 1))
    assert [w.period for w in wider_filters(ReportFilter(period=across_years))] == [None]
    # Dates that are exactly a quarter: the year, not the same quarter again.
    same = custom_period(Q3.start, Q3.end)
    assert [w.period for w in wider_filters(ReportFilter(period=same))] == [YEAR, None]


def test_month_spans():
    assert month_span(Q3) == (202510, 202512)
    assert month_span(YEAR) == (202504, 202603)
    assert month_span(custom_period(date(2025, 10, 2), date(2026, 6, 3))) == (202510, 202606)
    # A period made by hand that is not whole months is refused, not half counted.
    for start, end in [(date(2025, 10, 2), date(2025, 12, 31)), (Q3.start, date(2025, 12, 30))]:
        with pytest.raises(ValueError, match="whole months"):
            month_span(Period(start, end, "by hand", "by-hand"))


def test_wider_dimensions_keep_the_period_and_start_with_the_filter():
    f = ReportFilter("cp-conference-parent", ConferenceType.REVIEW, None, Q3)
    assert wider_dimensions(f) == [
        f,
        ReportFilter("cp-conference-parent", None, None, Q3),
        ReportFilter(None, ConferenceType.REVIEW, None, Q3),
        ReportFilter(None, None, None, Q3),
    ]
    assert wider_dimensions(ReportFilter()) == [ReportFilter()]


def test_counts_leak_on_a_difference_below_the_threshold():
    assert counts_leak({"a": 12}, {"a": 14}, 5)
    assert counts_leak({"a": 12}, {"a": 16}, 5)
    assert not counts_leak({"a": 12}, {"a": 17}, 5)
    assert not counts_leak({"a": 12}, {"a": 12}, 5)
    # A cell missing on one side is 0.
    assert counts_leak({}, {"a": 3}, 5)
    assert counts_leak({"a": 12, "b": 0}, {"a": 12, "b": 0, "c": 1}, 5)
    assert not counts_leak({"a": 12}, {"a": 12, "c": 5}, 5)
    # Either way round: counts read moments apart may have moved.
    assert counts_leak({"a": 14}, {"a": 12}, 5)
    # The publication threshold.
    assert counts_leak({"a": 20}, {"a": 29}, 10)


def test_one_step_up_is_not_enough():
    # F inside P inside G: F and P are the same, but P and G differ by 2. P's table is
    # withheld, and if F were compared with P only, F and G would both be shown.
    f, p, g = {"yes": 12}, {"yes": 12}, {"yes": 14}
    assert not counts_leak(f, p, 5)
    assert counts_leak(p, g, 5)
    assert counts_leak(f, g, 5)


# --- every nested standard selection is a wider one --------------------------------------

FORMS = [None, "cp-conference-parent"]
CONFERENCES = [None, ConferenceType.INITIAL, ConferenceType.REVIEW]
AGENCIES = [None, "police"]
STANDARD: list[Period | None] = [
    None,
    YEAR,
    *(quarter_period(2025, q) for q in (1, 2, 3, 4)),
    year_period(2024),
]
OWN_DATES = [
    custom_period(date(2025, 10, 6), date(2025, 11, 20)),
    custom_period(date(2025, 4, 1), date(2025, 9, 30)),
]


def _contains(wide: Period | None, narrow: Period | None) -> bool:
    if wide is None:
        return True
    return narrow is not None and wide.start <= narrow.start and narrow.end <= wide.end


def _inside(narrow: ReportFilter, wide: ReportFilter) -> bool:
    """Whether everything ``narrow`` matches, ``wide`` matches too, for any data."""
    return (
        wide.form in (None, narrow.form)
        and wide.conference in (None, narrow.conference)
        and wide.agency in (None, narrow.agency)
        and _contains(wide.period, narrow.period)
    )


def test_every_wider_standard_selection_is_found():
    universe = [
        ReportFilter(*values)
        for values in itertools.product(FORMS, CONFERENCES, AGENCIES, STANDARD + OWN_DATES)
    ]
    wider_choices = [w for w in universe if w.period not in OWN_DATES]
    for narrow in universe:
        found = set(wider_filters(narrow))
        expected = {w for w in wider_choices if w != narrow and _inside(narrow, w)}
        assert expected <= found, narrow
        # And nothing that is not wider.
        assert all(_inside(narrow, w) for w in found), narrow


# --- the rule, played out on random data ----------------------------------------------------

DIMENSIONS = list(
    itertools.product(
        ["cp-conference-parent", "cidva-parent"],
        [ConferenceType.INITIAL, ConferenceType.REVIEW],
        ["police", "health"],
        [2, 3],
        ["yes", "no"],
    )
)


def _table(data: dict[tuple, int], f: ReportFilter) -> dict[str, int]:
    counts = {"yes": 0, "no": 0}
    for (form, conference, agency, quarter, answer), n in data.items():
        if f.form not in (None, form) or f.conference not in (None, conference):
            continue
        if f.agency not in (None, agency):
            continue
        if f.period is not None and not _contains(f.period, quarter_period(2025, quarter)):
            continue
        counts[answer] += n
    counts["total"] = counts["yes"] + counts["no"]
    return counts


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=32, max_size=32))
def test_shown_tables_never_differ_by_a_small_number(values):
    data = dict(zip(DIMENSIONS, values, strict=True))
    filters = [
        ReportFilter(*v)
        for v in itertools.product(
            ["cp-conference-parent", None],
            [ConferenceType.REVIEW, None],
            ["police", None],
            [Q3, YEAR, None],
        )
    ]
    tables = {f: _table(data, f) for f in filters}
    shown = {
        f
        for f in filters
        if not any(counts_leak(tables[f], _table(data, w), 5) for w in wider_filters(f))
    }
    for narrow in shown:
        for wide in shown:
            if narrow != wide and _inside(narrow, wide):
                for key in ("yes", "no", "total"):
                    difference = tables[wide][key] - tables[narrow][key]
                    assert difference == 0 or difference >= 5, (narrow, wide, key)


# --- every longer run of months, in closed form ---------------------------------------------


def test_extension_leaks_examples():
    # The same selection over the months around it: the nearest month with any count
    # on either side is the smallest step a reader can take.
    assert extension_leaks({"a": 12}, {"a": 12}, [{"a": 3}], [], 5)
    assert extension_leaks({"a": 12}, {"a": 12}, [], [{"a": 0}, {"a": 4}, {"a": 9}], 5)
    assert not extension_leaks({"a": 12}, {"a": 12}, [{"a": 5}, {"a": 1}], [{"a": 7}], 5)
    # Empty months are skipped: only months with a count change the table.
    assert not extension_leaks({"a": 12}, {"a": 12}, [{}, {"a": 6}, {"a": 1}], [], 5)
    # A wider selection over the same months decides alone when it differs at all.
    assert extension_leaks({"a": 12}, {"a": 14}, [{"a": 20}], [{"a": 20}], 5)
    assert not extension_leaks({"a": 12}, {"a": 17}, [{"a": 1}], [{"a": 1}], 5)
    # A count only outside the period (another quarter's column) counts from 0.
    assert extension_leaks({"a": 12}, {"a": 12}, [{"b": 2}], [], 5)
    # Counts that moved between reads: withheld, to be safe.
    assert extension_leaks({"a": 20}, {"a": 12}, [], [], 5)


MONTHS = [202510, 202511, 202512, 202601, 202602, 202603]
RANGES = [(a, b) for i, a in enumerate(MONTHS) for b in MONTHS[i:]]
SMALL_FORMS = [None, "cp-conference-parent", "cidva-parent"]
SMALL_CONFERENCES = [None, ConferenceType.INITIAL, ConferenceType.REVIEW]
CELLS = ["yes", "no"]
PER_MONTH = list(itertools.product(SMALL_FORMS[1:], SMALL_CONFERENCES[1:], MONTHS, CELLS))


def _month_table(data: dict[tuple, int], f: ReportFilter) -> dict[Hashable, int]:
    """Each answer's count, the total, and, like the Board's tables by quarter, each
    answer's count per quarter, present only for quarters with a response."""
    first, last = month_span(f.period) if f.period else (MONTHS[0], MONTHS[-1])
    counts: dict[Hashable, int] = dict.fromkeys(CELLS, 0)
    for (form, conference, month, cell), n in data.items():
        matches = f.form in (None, form) and f.conference in (None, conference)
        if matches and first <= month <= last:
            counts[cell] += n
            if n:
                by_quarter = (cell, fy_quarter_of_month(month))
                counts[by_quarter] = counts.get(by_quarter, 0) + n
    counts["total"] = sum(counts[cell] for cell in CELLS)
    return counts


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from([0, 0, 0, 1, 2, 4, 5, 6, 9]),
        min_size=len(PER_MONTH),
        max_size=len(PER_MONTH),
    ),
    st.sampled_from([3, 5, 10]),
)
def test_closed_form_agrees_with_every_nested_selection(values, threshold):
    """For every selection with a period: the closed form finds a small difference
    exactly when some wider-or-equal selection over a run of months holding the period,
    or over no period, differs from it by 1 to threshold - 1 somewhere."""
    data = dict(zip(PER_MONTH, values, strict=True))
    periods: list[Period | None] = [months_period(a, b) for a, b in RANGES] + [None]
    selections = [
        ReportFilter(form, conference, None, period)
        for form, conference, period in itertools.product(SMALL_FORMS, SMALL_CONFERENCES, periods)
    ]
    tables = {f: _month_table(data, f) for f in selections}
    for narrow in selections:
        if narrow.period is None:
            continue
        brute = any(
            counts_leak(tables[narrow], tables[wide], threshold)
            for wide in selections
            if wide != narrow and _inside(narrow, wide)
        )
        first, last = month_span(narrow.period)
        closed = any(
            extension_leaks(
                tables[narrow],
                tables[dims],
                [
                    tables[replace(dims, period=months_period(m, m))]
                    for m in reversed(MONTHS)
                    if m < first
                ],
                [tables[replace(dims, period=months_period(m, m))] for m in MONTHS if m > last],
                threshold,
            )
            for dims in wider_dimensions(narrow)
        )
        assert closed == brute, (narrow, data)
