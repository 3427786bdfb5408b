"""Migrations upgrade and downgrade cleanly, and match the models, on both databases."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from feedback.extensions import db
from feedback.periods import month_code
from tests.conftest import PG_URL, make_app


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrations.sqlite'}"
        return
    if not PG_URL:
        import os

        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but TEST_DATABASE_URL is not set")
        pytest.skip("TEST_DATABASE_URL is not set")
    schema = f"migrate_{uuid.uuid4().hex[:10]}"
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield (
        make_url(PG_URL)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def test_upgrade_matches_models_and_downgrade_removes_everything(empty_database):
    app = make_app(empty_database)
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert set(db.metadata.tables) <= tables
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata
            )
        assert diff == [], f"models and migrations differ: {diff}"
        downgrade(revision="base")
        left = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
        assert left == set()
        upgrade()
        assert set(db.metadata.tables) <= set(inspect(db.engine).get_table_names())
        db.engine.dispose()


def test_0004_fills_each_response_month_from_its_uk_date(empty_database):
    """Responses already stored get their month from submitted_on (the UK date, 0003),
    so one sent at 00:30 BST on 1 April is in April although it was March in UTC."""
    app = make_app(empty_database)
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    sent = [
        (datetime(2026, 3, 31, 23, 30, tzinfo=UTC), date(2026, 4, 1), 20261, 202604),
        (datetime(2026, 3, 31, 12, 0, tzinfo=UTC), date(2026, 3, 31), 20254, 202603),
        (datetime(2025, 12, 31, 20, 0, tzinfo=UTC), date(2025, 12, 31), 20253, 202512),
        (datetime(2026, 1, 1, 9, 0, tzinfo=UTC), date(2026, 1, 1), 20254, 202601),
    ]
    with app.app_context():
        upgrade(revision="0003")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO forms (id, slug, title, audience, created_at) "
                    "VALUES (1, 'f', 'F', 'parent', :t)"
                ),
                {"t": stamp},
            )
            conn.execute(
                text(
                    "INSERT INTO users (id, email, full_name, password_hash, role, is_active,"
                    " created_at) VALUES (1, 'a@example.org', 'A', 'x', 'admin', :yes, :t)"
                ),
                {"t": stamp, "yes": True},
            )
            conn.execute(
                text(
                    "INSERT INTO form_versions (id, form_id, number, digest, definition,"
                    " created_at) VALUES (1, 1, 1, 'd', '{}', :t)"
                ),
                {"t": stamp},
            )
            conn.execute(
                text(
                    "INSERT INTO collections (id, form_id, owner_id, title, code, status,"
                    " created_at) VALUES (1, 1, 1, 'C', 'ABC123', 'open', :t)"
                ),
                {"t": stamp},
            )
            for number, (at, day, quarter, _) in enumerate(sent, start=1):
                conn.execute(
                    text(
                        "INSERT INTO responses (id, collection_id, form_version_id,"
                        " submission_id, submitted_at, submitted_on, fy_quarter)"
                        " VALUES (:id, 1, 1, :sid, :at, :day, :quarter)"
                    ),
                    {"id": number, "sid": f"s{number}", "at": at, "day": day, "quarter": quarter},
                )
        upgrade()
        with db.engine.connect() as conn:
            months = dict(conn.execute(text("SELECT id, submitted_month FROM responses")).all())
        assert months == {number: row[3] for number, row in enumerate(sent, start=1)}
        assert all(row[3] == month_code(row[1]) for row in sent)
        downgrade(revision="0003")
        columns = {c["name"] for c in inspect(db.engine).get_columns("responses")}
        assert "submitted_month" not in columns and "fy_quarter" in columns
        db.engine.dispose()
