"""Board pages. Every number passes through small-number suppression before it is shown."""

from __future__ import annotations

from typing import Any

from flask import Response, abort, current_app, render_template, request

from feedback.auth import BOARD_REPORTS, requires
from feedback.board import bp, summary
from feedback.caching import cache
from feedback.data.interfaces import reports
from feedback.reporting import wordcloud
from feedback.reporting.filters import FilterError, ReportFilter, parse_filter


def _threshold() -> int:
    return int(current_app.config["SUPPRESSION_THRESHOLD"])


def _filter() -> tuple[ReportFilter, summary.Choices, str | None]:
    choices = summary.filter_choices()
    try:
        report_filter = parse_filter(request.args, set(choices.forms), set(choices.agencies))
    except FilterError as error:
        return ReportFilter(), choices, str(error)
    return report_filter, choices, None


@bp.route("/")
@requires(BOARD_REPORTS)
def index() -> Any:
    report_filter, choices, error = _filter()
    if error:
        return render_template(
            "board/index.html", report=None, choices=choices, f=report_filter, filter_error=error
        ), 400
    key = f"board:{report_filter.query()}:{_threshold()}:{reports.data_version()}"
    report = cache.get(key)
    if report is None:
        report = summary.build(report_filter, _threshold())
        cache.set(key, report)
    return render_template(
        "board/index.html", report=report, choices=choices, f=report_filter, filter_error=None
    )


@bp.route("/themes/<slug>")
@requires(BOARD_REPORTS)
def theme(slug: str) -> Any:
    report_filter, choices, error = _filter()
    if error:
        abort(400, description=error)
    page = max(1, request.args.get("page", 1, type=int) or 1)
    found = summary.theme_page(report_filter, slug, page, _threshold())
    if found is None:
        abort(404)
    return render_template("board/theme.html", page=found, f=report_filter, choices=choices)


@bp.route("/wordcloud.png")
@requires(BOARD_REPORTS)
def word_cloud() -> Any:
    report_filter, _, error = _filter()
    if error:
        abort(400, description=error)
    key = f"cloud:{report_filter.query()}:{_threshold()}:{reports.data_version()}"
    png = cache.get(key)
    if png is None:
        counts = summary.cloud_words(report_filter, _threshold())
        if not counts:
            abort(404)
        png = wordcloud.render_png(counts)
        cache.set(key, png)
    return Response(png, mimetype="image/png")
