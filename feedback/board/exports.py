"""Downloads of the Board report, as CSV and XLSX, for the filter in the URL.

* The summary is the same suppressed report the page shows: every number is its
  `Shown.text`, percentages only where the page gives them. ``publication=1`` rebuilds
  it with the publication threshold (counts under 10 hidden).
* The row-level export is for admins only. Each response gets a number within the
  export (1..n), never its id; free text is only ever the redacted text, and email
  answers are left out altogether. No dates, collections or submission ids.

Every cell is made safe against formula injection, and every download is audited.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from flask import Response, abort, current_app, request, stream_with_context
from flask_login import current_user

from feedback.auth import BOARD_REPORTS, requires
from feedback.board import bp, summary
from feedback.caching import cache
from feedback.catalogue.schema import FormSpec, Question, QuestionType
from feedback.data.interfaces import audit, catalogue, reports
from feedback.data.types import ConferenceType, Role
from feedback.periods import fy_quarter_label
from feedback.reporting.export_formats import Sheet, csv_chunks, xlsx_bytes
from feedback.reporting.filters import FilterError, ReportFilter, parse_filter
from feedback.reporting.suppression import PUBLICATION_THRESHOLD

# Row-level responses, even redacted, are for admins only: never for the Board.
EXPORT_RESPONSES = frozenset({Role.ADMIN})

FORMATS = "any(csv, xlsx)"
MIMETYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
WITHHELD = "There are too few responses in this selection to show this table safely."


def _filter() -> ReportFilter:
    """The filter from the URL, read exactly as the report page reads it; 400 if bad."""
    choices = summary.filter_choices()
    try:
        return parse_filter(request.args, set(choices.forms), set(choices.agencies))
    except FilterError as error:
        abort(400, description=str(error))


def _publication() -> bool:
    raw = (request.args.get("publication") or "").strip()
    if raw not in ("", "0", "1"):
        abort(400, description="Choose whether the download is for publication")
    return raw == "1"


def _threshold(publication: bool) -> int:
    threshold = int(current_app.config["SUPPRESSION_THRESHOLD"])
    return max(threshold, PUBLICATION_THRESHOLD) if publication else threshold


def filename(f: ReportFilter, fmt: str, *extra: str) -> str:
    """Like "voice-of-children-2025-26-Q3.csv": what the filter chose, safe as a file name."""
    parts = ["voice-of-children", f.period.key if f.period else "all-periods"]
    parts += [value for value in (f.form, f.conference, f.agency) if value]
    parts += list(extra)
    name = "-".join(re.sub(r"[^A-Za-z0-9_]+", "-", str(part)).strip("-") for part in parts)
    return f"{name}.{fmt}"


def _download(body: Any, fmt: str, name: str) -> Response:
    response = Response(body, mimetype=MIMETYPES[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _write(sheets: Sequence[Sheet], fmt: str, name: str, *, titled: bool = True) -> Response:
    if fmt == "xlsx":
        return _download(xlsx_bytes(sheets), fmt, name)
    return _download(stream_with_context(csv_chunks(sheets, titled=titled)), fmt, name)


# --- the summary -------------------------------------------------------------------------


def _table_rows(t: summary.Table) -> list[list[str]]:
    if t.withheld:
        return [[t.caption], [WITHHELD]]
    rows = [[t.caption], [t.row_head, *t.columns, "Total"]]
    rows += [[label, *(c.text for c in cells), total.text] for label, cells, total in t.rows]
    rows.append(["Total", *(c.text for c in t.column_totals), t.grand_total.text])
    return rows


def _distribution_rows(d: summary.Distribution) -> list[list[str]]:
    rows = [[d.title], ["Answer", "Number", "Share"]]
    rows += [[bar.label, bar.shown.text, bar.percent or ""] for bar in d.bars]
    rows.append(["People answering" if d.note else "Total", d.total.text, ""])
    if d.note:
        rows.append([d.note])
    return rows


def summary_sheets(report: summary.BoardReport, publication: bool) -> list[Sheet]:
    n = report.threshold
    about = [
        ["Voice of children and families"],
        ["Selection", report.description],
        ["Responses", report.total.text],
        [
            "Small numbers",
            f"To protect people, counts from 1 to {n - 1} are shown as ‘fewer than {n}’, "
            "and other counts that would let them be worked out are ‘not shown’.",
        ],
        ["For publication", "Yes" if publication else "No"],
    ]
    sentiment = [*_distribution_rows(report.sentiment), [], *_table_rows(report.trend)]
    headings = ["Theme", "Comments"]
    for label in summary.SENTIMENT_LABELS.values():
        headings += [label, f"{label} (share)"]
    themes: list[list[str]] = [["Themes in the comments, most frequent first"], headings]
    for theme in report.themes:
        row = [theme.label, theme.total.text]
        for bar in theme.mix:
            row += [bar.shown.text, bar.percent or ""]
        themes.append([*row, theme.change or ""])
    themes[1].append("Change on the period before")
    if not report.themes:
        themes.append(["No comments match this selection."])
    questions: list[list[str]] = []
    for dist in report.questions:
        if questions:
            questions.append([])
        questions += _distribution_rows(dist)
    if not questions:
        questions = [["Choose a form to see the answers to its questions."]]
    return [
        Sheet("About this report", about, header_rows=1),
        Sheet("Responses received", _table_rows(report.overview), header_rows=2),
        Sheet("How people felt", sentiment, header_rows=2),
        Sheet("What people talked about", themes, header_rows=2),
        Sheet("Answers to each question", questions, header_rows=0),
        Sheet("Comparisons", _comparison_rows(report.comparisons), header_rows=0),
    ]


def _comparison_rows(c: summary.Comparisons | None) -> list[list[str]]:
    """Initial against review conferences, the CIDVA checklist and training, as on the page."""
    if c is None:
        return [["No comparisons for this selection."]]
    rows: list[list[str]] = []
    if c.conference_tables:
        rows.append(["Parents after initial and review child protection conferences"])
        for t in c.conference_tables:
            rows += [*_table_rows(t), []]
    if c.cidva_difference is not None:
        rows.append(["Children supported by a CIDVA"])
        rows += [*_distribution_rows(c.cidva_difference), []]
    for caption, lines in (
        ("Training by course", c.courses),
        ("Training by course type", c.course_types),
    ):
        if lines:
            rows.append([caption])
            rows.append(
                [
                    "Course",
                    "Responses",
                    "Trainer rated good or very good",
                    "Confidence before and after (1 to 5)",
                ]
            )
            rows += [
                [line.title, line.responses.text, line.rated_good or "", line.confidence or ""]
                for line in lines
            ]
            rows.append([])
    if c.follow_up_rates:
        rows.append(["Later evaluations, against end-of-course responses"])
        rows.append(["Evaluation", "Responses", "Rate"])
        rows += [[label, shown.text, rate or ""] for label, shown, rate in c.follow_up_rates]
    return rows


@bp.route(f"/export/summary.<{FORMATS}:fmt>")
@requires(BOARD_REPORTS)
def export_summary(fmt: str) -> Any:
    report_filter = _filter()
    publication = _publication()
    threshold = _threshold(publication)
    key = f"board:{report_filter.query()}:{threshold}:{reports.data_version()}"
    report = cache.get(key)
    if report is None:
        report = summary.build(report_filter, threshold)
        cache.set(key, report)
    count = reports.total_responses(report_filter)
    audit.record(
        "export.summary",
        "report",
        None,
        actor=current_user,
        filter=report_filter.query(),
        format=fmt,
        count=count,
        # Which threshold was used is part of what was exported.
        status="publication" if publication else "internal",
    )
    extra = ("for-publication",) if publication else ()
    return _write(summary_sheets(report, publication), fmt, filename(report_filter, fmt, *extra))


# --- the row-level responses (admins only) -----------------------------------------------


@dataclass(frozen=True)
class Column:
    """One answer column: a question of a form, or its "why" follow-up."""

    form_id: int
    question_id: str
    heading: str
    is_text: bool


def _heading(question: Question) -> str:
    return question.short or question.text


def _columns(specs: dict[int, tuple[int, FormSpec]]) -> list[Column]:
    """The union of the questions of every version in the export, form by form, newest
    wording first. Email questions are left out altogether."""
    by_form: dict[int, list[Column]] = {}
    titles: dict[int, str] = {}
    seen: set[tuple[int, str]] = set()
    for _version_id, (form_id, spec) in sorted(specs.items(), key=lambda item: -item[0]):
        titles.setdefault(form_id, spec.title)
        columns = by_form.setdefault(form_id, [])
        for question in spec.questions:
            if question.type == QuestionType.EMAIL:
                continue
            if (form_id, question.id) not in seen:
                seen.add((form_id, question.id))
                columns.append(Column(form_id, question.id, _heading(question), question.is_text))
            if question.follow_up is not None and (form_id, question.follow_up_id) not in seen:
                seen.add((form_id, question.follow_up_id))
                columns.append(
                    Column(form_id, question.follow_up_id, f"{_heading(question)}: why", True)
                )
    several = len(by_form) > 1
    ordered: list[Column] = []
    for form_id in sorted(by_form, key=lambda fid: titles[fid]):
        for column in by_form[form_id]:
            heading = f"{titles[form_id]}: {column.heading}" if several else column.heading
            ordered.append(Column(form_id, column.question_id, heading, column.is_text))
    return ordered


def _left_out(specs: dict[int, tuple[int, FormSpec]]) -> set[tuple[int, str]]:
    return {
        (version_id, question.id)
        for version_id, (_, spec) in specs.items()
        for question in spec.questions
        if question.type == QuestionType.EMAIL
    }


def _conference_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return ConferenceType(value).label
    except ValueError:
        return value


def response_rows(f: ReportFilter, up_to: int) -> tuple[list[str], Iterator[list[str]]]:
    """The heading row and a generator of rows, one per response, numbered 1..n."""
    specs: dict[int, tuple[int, FormSpec]] = {}
    for version_id in reports.export_versions(f):
        version = catalogue.get_version(version_id)
        if version is not None:
            specs[version_id] = (version.form_id, catalogue.spec_for(version))
    columns = _columns(specs)
    # Where each answer goes, and whether it is free text (with a feeling column after it).
    place: dict[tuple[int, str], tuple[int, bool]] = {}
    heading = ["Response number", "Form", "Conference type", "Quarter"]
    for column in columns:
        place[(column.form_id, column.question_id)] = (len(heading), column.is_text)
        heading.append(column.heading)
        if column.is_text:
            heading.append(f"{column.heading} (feeling)")
    left_out = _left_out(specs)
    questions = {
        version_id: {question.id: question for question in spec.questions}
        for version_id, (_, spec) in specs.items()
    }

    def rows() -> Iterator[list[str]]:
        number = 0
        for found in reports.export_responses(f, up_to, left_out):
            form_id, _ = specs[found.form_version_id]
            asked = questions[found.form_version_id]
            number += 1
            row = [str(number), found.form_title, _conference_label(found.conference_type)]
            row.append(fy_quarter_label(found.fy_quarter))
            row += [""] * (len(heading) - len(row))
            for question_id, choice, redacted, sentiment in found.answers:
                found_place = place.get((form_id, question_id))
                if found_place is None:
                    continue
                index, is_text = found_place
                if not is_text:
                    # Multiple choice: one answer row per ticked option.
                    question = asked.get(question_id)
                    label = question.label_for(choice or "") if question else (choice or "")
                    row[index] = f"{row[index]}; {label}" if row[index] else label
                else:
                    # Only the redacted text: Answer.text is never read for an export.
                    row[index] = redacted or ""
                    row[index + 1] = summary.SENTIMENT_LABELS.get(sentiment or "", "")
            yield row

    return heading, rows()


@bp.route(f"/export/responses.<{FORMATS}:fmt>")
@requires(EXPORT_RESPONSES)
def export_responses(fmt: str) -> Any:
    report_filter = _filter()
    count, up_to = reports.export_extent(report_filter)
    audit.record(
        "export.responses",
        "report",
        None,
        actor=current_user,
        filter=report_filter.query(),
        format=fmt,
        count=count,
    )
    heading, rows = response_rows(report_filter, up_to)

    def with_heading() -> Iterator[list[str]]:
        yield heading
        yield from rows

    sheet = Sheet("Responses (redacted)", with_heading(), header_rows=1)
    return _write([sheet], fmt, filename(report_filter, fmt, "responses"), titled=False)
