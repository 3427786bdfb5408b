"""Reading the Board's filter from the URL: dates a person chooses cover whole months."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import parse_qsl

import pytest
from hypothesis import given
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from feedback.periods import month_end
from feedback.reporting.filters import FilterError, ReportFilter, parse_filter

FORMS = {"cp-conference-parent"}
AGENCIES = {"police"}


def _parse(**args: str) -> ReportFilter:
    return parse_filter(MultiDict(args), FORMS, AGENCIES)


def _span(start: str, end: str) -> tuple[date, date, str]:
    period = _parse(**{"from": start, "to": end}).period
    assert period is not None
    return period.start, period.end, period.label


def test_own_dates_widen_to_whole_months():
    assert _span("2025-09-15", "2025-11-03") == (
        date(2025, 9, 1),
        date(2025, 11, 30),
        "1 Sep 2025 to 30 Nov 2025",
    )
    # Already whole months: unchanged.
    assert _span("2025-10-01", "2025-12-31")[:2] == (date(2025, 10, 1), date(2025, 12, 31))


def test_the_end_of_march_and_the_start_of_april():
    # The last day of the financial year stays in March; the first day of the next is April.
    assert _span("2026-03-31", "2026-03-31")[:2] == (date(2026, 3, 1), date(2026, 3, 31))
    assert _span("2026-04-01", "2026-04-01")[:2] == (date(2026, 4, 1), date(2026, 4, 30))
    assert _span("2026-03-31", "2026-04-01")[:2] == (date(2026, 3, 1), date(2026, 4, 30))


def test_a_range_inside_one_month_is_that_month():
    assert _span("2025-10-06", "2025-10-20")[:2] == (date(2025, 10, 1), date(2025, 10, 31))
    assert _span("2024-02-10", "2024-02-10")[:2] == (date(2024, 2, 1), date(2024, 2, 29))
    assert _span("2025-12-24", "2025-12-25")[:2] == (date(2025, 12, 1), date(2025, 12, 31))


def test_an_end_before_the_start_is_still_an_error():
    for start, end in [("2025-10-20", "2025-10-05"), ("2025-12-01", "2025-10-01")]:
        with pytest.raises(FilterError, match="end date must be"):
            _parse(**{"from": start, "to": end})
    with pytest.raises(FilterError, match="both"):
        _parse(**{"from": "2025-10-01"})
    with pytest.raises(FilterError, match="YYYY-MM-DD"):
        _parse(**{"from": "2025-13-01", "to": "2025-12-01"})


def test_the_first_and_last_months_there_are():
    assert _span("0001-01-05", "9999-12-15")[:2] == (date(1, 1, 1), date(9999, 12, 31))


def test_links_carry_the_dates_used():
    f = _parse(**{"from": "2025-09-15", "to": "2025-11-03", "form": "cp-conference-parent"})
    assert f.query() == "form=cp-conference-parent&from=2025-09-01&to=2025-11-30"
    assert parse_filter(MultiDict(parse_qsl(f.query())), FORMS, AGENCIES) == f


@given(
    st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_every_range_is_the_fewest_whole_months_that_hold_it(start, days):
    end = start + timedelta(days=days)
    period = _parse(**{"from": start.isoformat(), "to": end.isoformat()}).period
    assert period is not None
    assert period.start == start.replace(day=1)
    assert period.end == month_end(end)
    assert period.start <= start <= end <= period.end
