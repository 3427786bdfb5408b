"""The respondent journey: children, parents and delegates answer with no account."""

from flask import Blueprint

bp = Blueprint("respond", __name__)

from feedback.respond import routes  # noqa: E402,F401
