"""The Board's pages under /board/: themed summaries, comparisons and reports. Aggregates
only: no page here shows an individual response, a response id or unredacted text."""

from flask import Blueprint

bp = Blueprint("board", __name__, url_prefix="/board")

from feedback.board import exports, pdf, routes  # noqa: E402,F401
