"""Financial-year quarters, with their boundaries in UK time."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from feedback.periods import (
    custom_period,
    fy_quarter,
    fy_quarter_label,
    fy_quarter_of_month,
    month_code,
    month_span,
    months_period,
    next_month,
    parse_period_key,
    quarter_period,
    uk_date,
    year_period,
)


def test_quarter_boundaries():
    assert fy_quarter(date(2026, 3, 31)) == 20254  # Q4 of 2025/26
    assert fy_quarter(date(2026, 4, 1)) == 20261  # Q1 of 2026/27
    assert fy_quarter(date(2025, 12, 31)) == 20253
    assert fy_quarter(date(2026, 1, 1)) == 20254
    assert fy_quarter_label(20253) == "2025/26 Q3"


def test_uk_time_decides_the_day():
    # 00:30 on 1 April BST is 23:30 on 31 March UTC: it belongs to Q1.
    moment = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert uk_date(moment) == date(2026, 4, 1)
    assert fy_quarter(uk_date(moment)) == 20261


def test_period_spans():
    q3 = quarter_period(2025, 3)
    assert (q3.start, q3.end, q3.label, q3.key) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
        "2025/26 Q3",
        "2025-26-Q3",
    )
    q4 = quarter_period(2025, 4)
    assert (q4.start, q4.end) == (date(2026, 1, 1), date(2026, 3, 31))
    year = year_period(2025)
    assert (year.start, year.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert q4.previous() == q3
    assert quarter_period(2025, 1).previous() == quarter_period(2024, 4)
    assert year.previous() == year_period(2024)


def test_parse_period_keys():
    assert parse_period_key("2025-26-Q3") == quarter_period(2025, 3)
    assert parse_period_key("2025-26") == year_period(2025)
    for bad in ["2025-27", "2025-26-Q5", "Q3", "", "1900-01", "2025-26-Q3; drop table"]:
        assert parse_period_key(bad) is None


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_is_in_the_quarter_it_is_labelled_with(day):
    code = fy_quarter(day)
    period = quarter_period(code // 10, code % 10)
    assert period.start <= day <= period.end


def test_months():
    assert month_code(date(2025, 11, 30)) == 202511
    assert month_code(uk_date(datetime(2026, 3, 31, 23, 30, tzinfo=UTC))) == 202604
    assert next_month(202511) == 202512
    assert next_month(202512) == 202601
    assert fy_quarter_of_month(202603) == 20254
    assert fy_quarter_of_month(202604) == 20261
    november = months_period(202511, 202511)
    assert (november.start, november.end) == (date(2025, 11, 1), date(2025, 11, 30))
    assert months_period(202510, 202512) == custom_period(date(2025, 10, 1), date(2025, 12, 31))
    assert november.custom and not quarter_period(2025, 3).custom


def test_standard_periods_are_whole_months():
    assert month_span(quarter_period(2025, 4)) == (202601, 202603)
    assert month_span(year_period(2025)) == (202504, 202603)


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_is_in_the_month_it_is_numbered_with(day):
    period = months_period(month_code(day), month_code(day))
    assert period.start <= day <= period.end
    assert fy_quarter_of_month(month_code(day)) == fy_quarter(day)
