"""Working days in England: weekends and bank holidays don't count towards deadlines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

UK = ZoneInfo("Europe/London")


@cache
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: datetime, days: int) -> datetime:
    """The moment `days` working days after `start`, at the same UK clock time.

    A start outside working days counts from the next working day's start, so an alert
    raised on Saturday is due by the end of Monday, not on Monday morning.
    """
    local = start.astimezone(UK)
    if not is_working_day(local.date()):
        local = local.replace(hour=23, minute=59, second=0, microsecond=0)
        while not is_working_day(local.date()):
            local += timedelta(days=1)
        days -= 1
    while days > 0:
        local += timedelta(days=1)
        if is_working_day(local.date()):
            days -= 1
    return local.astimezone(start.tzinfo or UK)
