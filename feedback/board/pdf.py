"""The Board report and a one-page quarterly scorecard as PDFs, laid out to drop into the
Board's annual report.

Both are drawn from the same suppressed `summary.BoardReport` the page shows: every number
is its `Shown.text`, percentages only where the page gives them, quotes only where the
report allows detail, and only the redacted text. ``publication=1`` rebuilds the report
with the publication threshold, as the spreadsheet downloads do.

WeasyPrint renders the HTML with the system's fonts (Pango, fontconfig) and fetches
nothing: the only URLs it may open are ``data:`` ones, such as the word cloud PNG, and
any other stops the rendering. It is imported on first use, as it is slow to load.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from flask import Response, current_app, render_template
from flask_login import current_user

from feedback.auth import BOARD_REPORTS, requires
from feedback.board import bp, summary
from feedback.board.exports import _filter, _publication, _threshold, filename
from feedback.caching import cache
from feedback.catalogue.schema import FormSpec
from feedback.data.interfaces import audit, catalogue, reports
from feedback.reporting import wordcloud
from feedback.reporting.filters import ReportFilter
from feedback.reporting.suppression import Shown

TITLE = "Voice of children and families"
# Themes on the scorecard, and at most this many key results under them.
SCORECARD_THEMES = 5
SCORECARD_RESULTS = 3
# Closed questions of the parents' conference form worth a line on the scorecard.
CONFERENCE_KEY_QUESTIONS = ("report_in_time", "listened_to", "understood_plan")


# --- rendering ---------------------------------------------------------------------------


def render_pdf(html: str) -> tuple[bytes, int]:
    """The PDF for the HTML, and its number of pages. No network, no files: only data:."""
    from weasyprint import HTML, URLFetcher

    # Its step-by-step progress is noise in the app's log; its warnings still show.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    # A base URL so relative references resolve, to something the fetcher then refuses.
    base_url = Path(current_app.root_path).as_uri() + "/"
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(pdf_tags=True)
    return document.write_pdf(pdf_tags=True), len(document.pages)


def _pdf_response(body: bytes, name: str) -> Response:
    response = Response(body, mimetype="application/pdf")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --- what goes in ------------------------------------------------------------------------


def _report(f: ReportFilter, threshold: int) -> summary.BoardReport:
    """The cached summary, under the same key as the page and the spreadsheets."""
    key = f"board:{f.query()}:{threshold}:{reports.data_version()}"
    report = cache.get(key)
    if report is None:
        report = summary.build(f, threshold)
        cache.set(key, report)
    return report


def _cloud_uri(f: ReportFilter, threshold: int) -> str | None:
    """The word cloud as a data: URI, cached like the page's PNG."""
    key = f"cloud:{f.query()}:{threshold}:{reports.data_version()}"
    png = cache.get(key)
    if png is None:
        counts = summary.cloud_words(f, threshold)
        if not counts:
            return None
        png = wordcloud.render_png(counts)
        cache.set(key, png)
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def period_label(f: ReportFilter) -> str:
    return f.period.label if f.period else "All periods"


@dataclass(frozen=True)
class KeyResult:
    """One line of the scorecard: a question, and what was found, already suppressed."""

    label: str
    parts: list[tuple[str, str]]


def _spec(slug: str) -> FormSpec | None:
    form = catalogue.get_form_by_slug(slug)
    version = catalogue.latest_version(form.id) if form is not None else None
    return catalogue.spec_for(version) if version is not None else None


def _share(cell: Shown, total: Shown, threshold: int) -> str:
    """A percentage where one may be shown, else the suppressed count itself."""
    if total.value == 0:
        return "no answers"
    percent = cell.percent_of(total, threshold)
    return percent if percent is not None else cell.text


def _conference_results(report: summary.BoardReport) -> list[KeyResult]:
    c = report.comparisons
    spec = _spec("cp-conference-parent")
    if c is None or spec is None or not c.conference_tables:
        return []
    by_caption = {t.caption: t for t in c.conference_tables}
    results = []
    for question_id in CONFERENCE_KEY_QUESTIONS:
        try:
            question = spec.question(question_id)
        except KeyError:
            continue
        found = by_caption.get(question.text)
        if found is None or found.withheld or not found.rows:
            continue
        label, cells, _ = found.rows[0]
        parts = [
            (f"{column} conferences", _share(cell, total, report.threshold))
            for column, cell, total in zip(found.columns, cells, found.column_totals, strict=True)
        ]
        results.append(KeyResult(f"{question.short or question.text}: said ‘{label}’", parts))
    return results


def _training_results(report: summary.BoardReport) -> list[KeyResult]:
    """The trainer rating and the change in confidence, by course type (or course)."""
    c = report.comparisons
    if c is None:
        return []
    parts: list[tuple[str, str]] = []
    for line in c.course_types or c.courses[:2]:
        if line.rated_good:
            parts.append((f"{line.title}, trainer rated good or very good", line.rated_good))
        if line.confidence:
            parts.append((f"{line.title}, confidence (1 to 5)", line.confidence))
    return [KeyResult("Training: end-of-course evaluations", parts)] if parts else []


def _top_answer(dist: summary.Distribution) -> KeyResult | None:
    shown = [bar for bar in dist.bars if bar.shown.value]
    if not shown:
        return None
    top = max(shown, key=lambda bar: bar.shown.value or 0)
    parts = [(f"Most often ‘{top.label}’", top.percent or top.shown.text)]
    parts.append(("People answering" if dist.note else "Answers", dist.total.text))
    return KeyResult(dist.title, parts)


def key_results(report: summary.BoardReport, limit: int = SCORECARD_RESULTS) -> list[KeyResult]:
    """Two or three closed-question results, taken in turn from each kind the report has:
    conferences (initial against review), training (trainer and confidence), the CIDVA
    checklist, and the chosen form's own questions."""
    c = report.comparisons
    cidva = _top_answer(c.cidva_difference) if c and c.cidva_difference else None
    questions = [found for dist in report.questions if (found := _top_answer(dist))]
    groups = [
        _conference_results(report),
        _training_results(report),
        [cidva] if cidva else [],
        questions,
    ]
    results: list[KeyResult] = []
    depth = 0
    while len(results) < limit and any(len(group) > depth for group in groups):
        results += [group[depth] for group in groups if len(group) > depth]
        depth += 1
    return results[:limit]


# --- the downloads -----------------------------------------------------------------------


def _prepare() -> tuple[ReportFilter, bool, int, summary.BoardReport]:
    report_filter = _filter()
    publication = _publication()
    threshold = _threshold(publication)
    return report_filter, publication, threshold, _report(report_filter, threshold)


def _audit(action: str, f: ReportFilter, publication: bool) -> None:
    audit.record(
        action,
        "report",
        None,
        actor=current_user,
        filter=f.query(),
        format="pdf",
        count=reports.total_responses(f),
        status="publication" if publication else "internal",
    )


def _context(f: ReportFilter, publication: bool, report: summary.BoardReport) -> dict[str, Any]:
    return {
        "title": TITLE,
        "period": period_label(f),
        "report": report,
        "publication": publication,
        "partnership": current_app.config["PARTNERSHIP_NAME"],
        "produced": date.today(),
    }


@bp.route("/export/report.pdf")
@requires(BOARD_REPORTS)
def pdf_report() -> Any:
    report_filter, publication, threshold, report = _prepare()
    cloud = _cloud_uri(report_filter, threshold) if report.cloud_alt else None
    html = render_template(
        "board/pdf/report.html", cloud=cloud, **_context(report_filter, publication, report)
    )
    body, _ = render_pdf(html)
    _audit("export.report", report_filter, publication)
    extra = ("for-publication",) if publication else ()
    return _pdf_response(body, filename(report_filter, "pdf", *extra))


# Ever smaller scorecards, until one fits on a page:
# (themes, key results, the responses-by-form table, compact type).
_SCORECARD_FITS = (
    (SCORECARD_THEMES, SCORECARD_RESULTS, True, False),
    (SCORECARD_THEMES, SCORECARD_RESULTS, True, True),
    (SCORECARD_THEMES, SCORECARD_RESULTS, False, True),
    (SCORECARD_THEMES, 2, False, True),
    (3, 2, False, True),
)


@bp.route("/export/scorecard.pdf")
@requires(BOARD_REPORTS)
def pdf_scorecard() -> Any:
    report_filter, publication, _, report = _prepare()
    context = _context(report_filter, publication, report)
    results = key_results(report)
    body = b""
    for themes, shown, forms, compact in _SCORECARD_FITS:
        html = render_template(
            "board/pdf/scorecard.html",
            themes=report.themes[:themes],
            results=results[:shown],
            forms=forms,
            compact=compact,
            **context,
        )
        body, pages = render_pdf(html)
        if pages == 1:
            break
    _audit("export.scorecard", report_filter, publication)
    extra = ("scorecard", "for-publication") if publication else ("scorecard",)
    return _pdf_response(body, filename(report_filter, "pdf", *extra))
