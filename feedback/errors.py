"""Friendly error pages with the right 4xx status. No traceback ever reaches a person."""

from __future__ import annotations

from typing import Any

from flask import Flask, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("Sorry, there is a problem with what was sent", "Go back and try again."),
    403: ("You cannot see this page", "Your account does not give you access to this page."),
    404: ("Page not found", "If you typed the web address, check it is correct."),
    405: ("Page not found", "If you typed the web address, check it is correct."),
    410: ("This form is closed", "It is no longer taking answers."),
    413: ("What you sent is too long", "Go back and shorten your answer, then try again."),
    429: (
        "Please wait a minute",
        "There have been too many attempts from this device. Wait a minute, then try again.",
    ),
    500: (
        "Sorry, there is a problem with the service",
        "Try again later. Your answers on earlier pages are saved on this device.",
    ),
}


def _render(status: int, description: str | None = None, **extra: Any) -> tuple[str, int]:
    heading, default_text = _DEFAULTS.get(status, _DEFAULTS[400])
    paragraphs = [description or default_text]
    return (
        render_template("errors/error.html", heading=heading, paragraphs=paragraphs, **extra),
        status,
    )


def register(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        # The answers already saved live on the server, keyed by the session, so
        # sending the person back to the same page loses nothing they had saved.
        return (
            render_template(
                "errors/error.html",
                heading="This page timed out",
                paragraphs=[
                    "We could not save the answers on that page, so please give them again.",
                    "Answers you gave on earlier pages have been kept.",
                ],
                continue_url=request.full_path.rstrip("?")
                if request.method == "POST"
                else url_for("respond.index"),
                continue_text="Go back to the page and carry on",
            ),
            400,
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Any:
        status = error.code or 500
        if status < 400:
            return error
        description = error.description if _is_own_message(error) else None
        return _render(status, description)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> tuple[str, int]:
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return _render(500)


def _is_own_message(error: HTTPException) -> bool:
    """Our own abort(..., description=...) texts are shown; Werkzeug's stock ones are not."""
    stock = type(error).description
    return bool(error.description) and error.description != stock
