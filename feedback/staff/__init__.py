"""Staff pages under /staff/: sign-in, collections, responses and users."""

from flask import Blueprint

bp = Blueprint("staff", __name__, url_prefix="/staff")

from feedback.staff import routes  # noqa: E402,F401
