"""Financial-year periods: Q1 is April to June, ..., Q4 is January to March.

A period key is written like "2025-26-Q3" (a quarter) or "2025-26" (a whole year).
Dates are UK calendar dates: a response sent at 00:30 on 1 April, British Summer Time,
belongs to Q1 even though it is still 31 March in UTC.

Every period is a run of whole calendar months: quarters and years are, and a period on
dates a person chose is widened to the 1st of its first month and the last day of its
last month (`custom_period`). A month is numbered year * 100 + month, so 202511 is
November 2025 (`month_code`); responses store theirs, and the Board adds counts up month
by month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
_KEY = re.compile(r"^(\d{4})-(\d{2})(?:-Q([1-4]))?$")


def uk_date(moment: datetime) -> date:
    return moment.astimezone(UK).date()


def financial_year_start(day: date) -> int:
    """The calendar year in which the day's financial year began."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: date) -> int:
    return ((day.month - 4) % 12) // 3 + 1


def fy_quarter(day: date) -> int:
    """A sortable number for the day's quarter: 20253 is 2025/26 Q3."""
    return financial_year_start(day) * 10 + quarter_of(day)


def month_code(day: date) -> int:
    """A sortable number for the day's calendar month: 202511 is November 2025."""
    return day.year * 100 + day.month


def next_month(code: int) -> int:
    return code + 1 if code % 100 < 12 else (code // 100 + 1) * 100 + 1


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    return _month_end(month_start(day))


def fy_quarter_of_month(code: int) -> int:
    """The financial quarter (as 20253) that the month (as 202511) falls in."""
    return fy_quarter(date(code // 100, code % 100, 1))


def year_label(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def fy_quarter_label(code: int) -> str:
    return f"{year_label(code // 10)} Q{code % 10}"


@dataclass(frozen=True)
class Period:
    """A span of UK dates, inclusive at both ends, with a label for people."""

    start: date
    end: date
    label: str
    key: str

    @property
    def custom(self) -> bool:
        """Whether the period is on dates a person chose, not a standard quarter or year."""
        return "_" in self.key

    def previous(self) -> Period | None:
        """The period of the same kind just before this one, for comparisons."""
        match = _KEY.match(self.key)
        if not match:
            return None
        year, quarter = int(match.group(1)), match.group(3)
        if quarter is None:
            return year_period(year - 1)
        q = int(quarter)
        return quarter_period(year - 1, 4) if q == 1 else quarter_period(year, q - 1)


def quarter_period(start_year: int, quarter: int) -> Period:
    first_month = (quarter - 1) * 3 + 4
    year = start_year if first_month <= 12 else start_year + 1
    month = first_month if first_month <= 12 else first_month - 12
    end_month = month + 2
    start = date(year, month, 1)
    end = month_end(date(year + (end_month > 12), (end_month - 1) % 12 + 1, 1))
    key = f"{start_year}-{(start_year + 1) % 100:02d}-Q{quarter}"
    return Period(start, end, f"{year_label(start_year)} Q{quarter}", key)


def year_period(start_year: int) -> Period:
    key = f"{start_year}-{(start_year + 1) % 100:02d}"
    return Period(
        date(start_year, 4, 1), date(start_year + 1, 3, 31), f"{year_label(start_year)}", key
    )


def _month_end(first: date) -> date:
    if first.month == 12:
        # Not through 1 January, which does not exist after 9999.
        return date(first.year, 12, 31)
    return date.fromordinal(date(first.year, first.month + 1, 1).toordinal() - 1)


def parse_period_key(key: str) -> Period | None:
    """The period for a key like 2025-26-Q3 or 2025-26, or None if it isn't one."""
    match = _KEY.match(key.strip())
    if not match:
        return None
    year = int(match.group(1))
    if (year + 1) % 100 != int(match.group(2)) or not 2000 <= year <= 2100:
        return None
    if match.group(3):
        return quarter_period(year, int(match.group(3)))
    return year_period(year)


def custom_period(start: date, end: date) -> Period:
    """The whole months from ``start``'s to ``end``'s: a reader who could move a date by
    a day could subtract one day's responses, so the finest step is a month."""
    start, end = month_start(start), month_end(end)
    label = f"{start.strftime('%-d %b %Y')} to {end.strftime('%-d %b %Y')}"
    return Period(start, end, label, f"{start.isoformat()}_{end.isoformat()}")


def months_period(first: int, last: int) -> Period:
    """The period from the start of month ``first`` to the end of month ``last``."""
    return custom_period(date(first // 100, first % 100, 1), date(last // 100, last % 100, 1))


def month_span(period: Period) -> tuple[int, int]:
    """The first and last months of a period. Every period is whole months; one that is
    not (made by hand, not through this module) is refused rather than half counted."""
    if period.start != month_start(period.start) or period.end != month_end(period.end):
        raise ValueError(f"{period.label} is not a run of whole months")
    return month_code(period.start), month_code(period.end)
