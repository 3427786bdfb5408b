"""The report filter, read from the URL so that a view can be bookmarked and shared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from feedback.data.types import ConferenceType
from feedback.periods import Period, custom_period, parse_period_key


class FilterError(ValueError):
    """A filter value that is not one of the choices; shown to the person as an error."""


@dataclass(frozen=True)
class ReportFilter:
    form: str | None = None
    conference: ConferenceType | None = None
    agency: str | None = None
    period: Period | None = None

    def query(self, **changes: Any) -> str:
        """The URL query string for this filter, with some values changed."""
        values = {
            "form": self.form,
            "conference": self.conference.value if self.conference else None,
            "agency": self.agency,
        }
        if self.period is not None:
            if self.period.custom:
                values["from"], values["to"] = self.period.key.split("_")
            else:
                values["period"] = self.period.key
        values.update(changes)
        return urlencode({k: v for k, v in values.items() if v})

    @property
    def is_empty(self) -> bool:
        return not (self.form or self.conference or self.agency or self.period)


def _date(raw: str, name: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise FilterError(f"Enter the {name} date as YYYY-MM-DD, like 2025-10-01") from exc


def parse_filter(args: MultiDict[str, str], forms: set[str], agencies: set[str]) -> ReportFilter:
    """The filter in a request's query string. Dates a person chose (``from`` and ``to``,
    YYYY-MM-DD) are widened to whole months: the start to the 1st of its month and the
    end to the last day of its month (`custom_period`). The end may not be before the
    start as typed, even within one month."""
    form = (args.get("form") or "").strip() or None
    if form is not None and form not in forms:
        raise FilterError("Select a form from the list")
    conference_raw = (args.get("conference") or "").strip() or None
    conference = None
    if conference_raw is not None:
        try:
            conference = ConferenceType(conference_raw)
        except ValueError as exc:
            raise FilterError("Select initial or review conferences") from exc
    agency = (args.get("agency") or "").strip() or None
    if agency is not None and agency not in agencies:
        raise FilterError("Select an agency or sector from the list")
    period: Period | None = None
    key = (args.get("period") or "").strip()
    start_raw, end_raw = (args.get("from") or "").strip(), (args.get("to") or "").strip()
    if key:
        period = parse_period_key(key)
        if period is None:
            raise FilterError("Select a period from the list")
    elif start_raw or end_raw:
        if not (start_raw and end_raw):
            raise FilterError("Enter both a start and an end date")
        start, end = _date(start_raw, "start"), _date(end_raw, "end")
        if end < start:
            raise FilterError("The end date must be the same as or after the start date")
        period = custom_period(start, end)
    return ReportFilter(form=form, conference=conference, agency=agency, period=period)
