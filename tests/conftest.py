"""Shared fixtures. Every database test runs on SQLite and, when TEST_DATABASE_URL is set,
on PostgreSQL too. Under CI=true a missing PostgreSQL is a failure, not a skip."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ["FEEDBACK_ENV"] = "testing"
os.environ["SECRET_KEY"] = "test-secret-key-that-is-long-enough-for-the-check"
# Point outside services at hosts that cannot exist, so a missed mock fails loudly.
os.environ["REDIS_URL"] = ""
os.environ.pop("PUBLIC_BASE_URL", None)
os.environ.pop("DATABASE_URL", None)

from feedback import create_app
from feedback.catalogue.builtin import builtin_definitions
from feedback.data.interfaces import analysis, catalogue
from feedback.extensions import db
from tests.audit import AuditingClient

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_URL = os.environ.get("TEST_DATABASE_URL", "")


def _pg_params() -> list[Any]:
    if PG_URL:
        return [pytest.param("postgresql", marks=pytest.mark.postgres)]
    if IN_CI:
        return [pytest.param("postgresql", marks=pytest.mark.postgres)]
    return [
        pytest.param(
            "postgresql",
            marks=[pytest.mark.postgres, pytest.mark.skip(reason="TEST_DATABASE_URL is not set")],
        )
    ]


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A private schema for this test session, dropped afterwards."""
    if not PG_URL:
        pytest.fail("CI=true but TEST_DATABASE_URL is not set: PostgreSQL tests cannot run")
    schema = f"test_{uuid.uuid4().hex[:10]}"
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=["sqlite", *_pg_params()])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return str(request.getfixturevalue("pg_schema_url"))


def make_app(database_url: str, **overrides: Any) -> Flask:
    import tempfile

    config = {
        "OUTBOX_PATH": tempfile.mkdtemp(prefix="outbox-"),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": "localhost",
        "FAST_PASSWORD_HASHING_FOR_TESTS": True,
        **overrides,
    }
    app = create_app(config)
    app.test_client_class = AuditingClient
    return app


_PG_READY: set[str] = set()


@pytest.fixture
def app_factory(database_url: str) -> Iterator[Any]:
    """Apps on a clean database with the catalogue loaded. SQLite gets a new file per test;
    PostgreSQL keeps its schema for the session and is truncated after each test."""
    made: list[Flask] = []
    is_pg = database_url.startswith("postgresql")

    def factory(**overrides: Any) -> Flask:
        app = make_app(database_url, **overrides)
        with app.app_context():
            if database_url not in _PG_READY:
                db.create_all()
                if is_pg:
                    _PG_READY.add(database_url)
            catalogue.load_definitions(builtin_definitions())
            analysis.ensure_default_themes()
            db.session.commit()
        made.append(app)
        return app

    yield factory
    for app in made:
        with app.app_context():
            db.session.remove()
            if is_pg and app is made[0]:
                tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
                with db.engine.begin() as conn:
                    conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
            db.engine.dispose()


@pytest.fixture
def app(app_factory: Any) -> Flask:
    return app_factory()


@pytest.fixture
def client(app: Flask) -> AuditingClient:
    return app.test_client()  # type: ignore[return-value]


@pytest.fixture
def ctx(app: Flask) -> Iterator[None]:
    with app.app_context():
        yield
