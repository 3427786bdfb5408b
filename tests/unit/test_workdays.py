"""Deadlines in working days: weekends and England's bank holidays don't count."""

from __future__ import annotations

from datetime import UTC, datetime

from feedback.workdays import add_working_days, is_working_day


def test_bank_holidays_and_weekends_are_not_working_days():
    assert not is_working_day(datetime(2026, 12, 25).date())  # Christmas Day
    assert not is_working_day(datetime(2026, 8, 31).date())  # summer bank holiday
    assert not is_working_day(datetime(2026, 11, 28).date())  # a Saturday
    assert is_working_day(datetime(2026, 11, 26).date())


def test_one_working_day_from_a_weekday_is_the_next_working_day():
    thursday = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert add_working_days(thursday, 1) == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    friday = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    assert add_working_days(friday, 1) == datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def test_weekend_alert_is_due_by_the_end_of_the_next_working_day():
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    due = add_working_days(saturday, 1)
    assert due.date() == datetime(2026, 11, 30).date()
    assert due.astimezone(UTC).hour == 23


def test_christmas_is_skipped():
    christmas_eve = datetime(2026, 12, 24, 12, 0, tzinfo=UTC)
    # 25th (Fri) and 28th (Mon, Boxing Day substitute) are bank holidays.
    assert add_working_days(christmas_eve, 1).date() == datetime(2026, 12, 29).date()
