"""Browser fixtures: a live server on 127.0.0.1 with real CSRF, the system Chromium through
Playwright, and pages at a desktop (1280px) and a small phone (320px) width.

Browser tests run on SQLite only; the integration tests cover PostgreSQL.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from flask import Flask
from werkzeug.serving import WSGIRequestHandler, make_server

from feedback.catalogue.builtin import builtin_definitions
from feedback.data.interfaces import analysis, catalogue
from feedback.extensions import db
from tests.conftest import make_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 320, "height": 640}
WIDTHS = {"1280": DESKTOP, "320": PHONE}

T = TypeVar("T")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


def _need_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"{CHROMIUM} is missing: run `make browser-deps` to install the system Chromium"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def _need_assets() -> None:
    if not (ROOT / "static" / "dist" / "application.css").exists():
        pytest.fail(
            "static/dist/application.css is missing: run `make assets` to build the front-end "
            "assets before the browser tests"
        )


class _QuietHandler(WSGIRequestHandler):
    """No line per request: a failing test's output shows its own errors, not every GET."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass


@dataclass
class LiveServer:
    app: Flask
    url: str

    def run(self, fn: Callable[[], T]) -> T:
        """Call fn inside the live app's app context (to make or read test data)."""
        with self.app.app_context():
            try:
                return fn()
            finally:
                db.session.remove()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    _need_assets()
    folder = tmp_path_factory.mktemp("browser")
    app = make_app(
        f"sqlite:///{folder / 'browser.sqlite'}",
        WTF_CSRF_ENABLED=True,
        SERVER_NAME=None,
    )
    with app.app_context():
        db.create_all()
        catalogue.load_definitions(builtin_definitions())
        analysis.ensure_default_themes()
        db.session.commit()
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        with app.app_context():
            db.engine.dispose()


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Any]:
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance: Any) -> Iterator[Any]:
    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser: Any, live_server: LiveServer) -> Iterator[Callable[..., Any]]:
    """Make browser contexts (each with its own cookies) that are closed after the test."""
    made: list[Any] = []

    def factory(viewport: dict[str, int] = DESKTOP, **options: Any) -> Any:
        context = browser.new_context(
            viewport=viewport, base_url=live_server.url, locale="en-GB", **options
        )
        context.set_default_timeout(10_000)
        made.append(context)
        return context

    yield factory
    for context in made:
        context.close()


@pytest.fixture
def page(new_context: Callable[..., Any]) -> Any:
    """A page at 1280x800."""
    return new_context(DESKTOP).new_page()


@pytest.fixture
def phone_page(new_context: Callable[..., Any]) -> Any:
    """A page at 320x640, the narrowest width WCAG reflow asks for."""
    return new_context(PHONE).new_page()


@pytest.fixture
def make_collection_code(live_server: LiveServer) -> Callable[..., str]:
    """Create an open collection of a built-in form and return its code."""
    from tests.factories import make_collection, make_user

    def factory(slug: str) -> str:
        return live_server.run(lambda: make_collection(make_user(), slug=slug).code)

    return factory


def response_count(live_server: LiveServer, code: str) -> int:
    from feedback.data.interfaces import collections, responses

    def count() -> int:
        collection = collections.get_collection_by_code(code)
        assert collection is not None, code
        return responses.responses_for_collection(collection, per_page=1)[1]

    return live_server.run(count)
