"""The feedback platform: create_app() builds the Flask app from the environment."""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask, g, request
from flask.typing import ResponseReturnValue
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from feedback.config import ConfigError, Settings

ROOT = Path(__file__).resolve().parent.parent


def create_app(overrides: Mapping[str, Any] | None = None) -> Flask:
    # Imported here, not at the top, so `import feedback.analysis` (and `flask analyse`,
    # which needs no app) doesn't pay for SQLAlchemy, Alembic and the rest.
    from feedback.extensions import cache, csrf, db, limiter, login_manager, migrate

    instance_path = os.environ.get("FEEDBACK_INSTANCE_PATH") or str(ROOT / "instance")
    app = Flask(
        __name__,
        instance_path=instance_path,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    settings = Settings.from_env(app.instance_path)
    app.config.update(settings.flask_config())
    if overrides:
        app.config.update(overrides)
    if app.config.get("FAST_PASSWORD_HASHING_FOR_TESTS") and settings.env != "testing":
        raise ConfigError("FAST_PASSWORD_HASHING_FOR_TESTS is only allowed when testing")
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(ROOT / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    hops = int(os.environ.get("PROXY_FIX_HOPS", "0") or 0)
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)  # type: ignore[method-assign]

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    csrf.init_app(app)
    limiter.init_app(app)
    cache.init_app(app)
    login_manager.init_app(app)
    _configure_login()
    _configure_logging(app)

    from feedback import cli, errors, filters
    from feedback.board import bp as board_bp
    from feedback.respond import bp as respond_bp
    from feedback.staff import bp as staff_bp

    app.register_blueprint(respond_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(board_bp)
    errors.register(app)
    filters.register(app)
    cli.register(app)
    _register_request_hooks(app)
    return app


def _configure_login() -> None:
    from feedback.data.interfaces.users import load_session_user
    from feedback.extensions import login_manager

    login_manager.login_view = "staff.sign_in"
    login_manager.login_message = "Sign in to see that page"
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(token: str) -> Any:
        return load_session_user(token)


def _configure_logging(app: Flask) -> None:
    # Request bodies are never logged; werkzeug logs only method, path and status.
    if not app.debug and not app.testing:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


def _register_request_hooks(app: Flask) -> None:
    from feedback.extensions import db

    @app.before_request
    def make_nonce() -> None:
        g.csp_nonce = secrets.token_urlsafe(16)

    @app.context_processor
    def inject_globals() -> dict[str, Any]:
        return {
            "csp_nonce": g.get("csp_nonce", ""),
            "partnership_name": app.config["PARTNERSHIP_NAME"],
            "service_name": app.config["SERVICE_NAME"],
        }

    @app.after_request
    def finish_transaction(response: Any) -> ResponseReturnValue:
        """One transaction per request: commit on success, roll back on any error status."""
        if response.status_code < 400:
            db.session.commit()
        else:
            db.session.rollback()
        return response

    @app.after_request
    def security_headers(response: Any) -> ResponseReturnValue:
        nonce = g.get("csp_nonce", "")
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; "
            f"script-src 'self' 'nonce-{nonce}'; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        if not request.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response
