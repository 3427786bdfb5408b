"""Jinja filters for dates and times, shown in UK time and wording."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import Flask

UK = ZoneInfo("Europe/London")


def uk_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(UK)
    return local.strftime("%-d %B %Y at %-I:%M%p").replace("AM", "am").replace("PM", "pm")


def uk_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(UK).date()
    return value.strftime("%-d %B %Y")


def app_option(pair: tuple[str, str], selected: str) -> dict[str, object]:
    """A (value, text) pair as a GOV.UK select item, selected when it is the current value."""
    value, text = pair
    return {"value": value, "text": text, "selected": value == selected}


def register(app: Flask) -> None:
    app.jinja_env.filters["uk_datetime"] = uk_datetime
    app.jinja_env.filters["uk_date"] = uk_date
    app.jinja_env.filters["app_option"] = app_option
