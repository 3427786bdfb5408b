"""The flask commands that acceptance checks and admins rely on."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback.catalogue.builtin import BUILTIN_SLUGS
from feedback.data.interfaces import users
from feedback.data.models import Collection, FormVersion
from feedback.extensions import db


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def test_catalogue_load_is_idempotent_and_list_puts_slug_first(app, runner):
    first = runner.invoke(args=["catalogue", "load"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(args=["catalogue", "load"])
    assert second.exit_code == 0
    assert "new version" not in second.output
    with app.app_context():
        assert db.session.scalar(select(func.count(FormVersion.id))) == len(BUILTIN_SLUGS)
    listing = runner.invoke(args=["catalogue", "list"])
    assert listing.exit_code == 0, (listing.output, listing.exception)
    lines = listing.output.strip().splitlines()
    assert [line.split()[0] for line in lines] == list(BUILTIN_SLUGS)


def test_users_create_reads_password_from_stdin(app, runner):
    result = runner.invoke(
        args=["users", "create", "Board.Member@example.org", "--role", "board", "--password-stdin"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    assert "a long enough password" not in result.output
    with app.app_context():
        user = users.authenticate("board.member@example.org", "a long enough password")
        assert user is not None and user.role == "board"


def test_users_create_prompts_without_stdin_flag(app, runner):
    result = runner.invoke(
        args=["users", "create", "lead@example.org", "--role", "safeguarding_lead"],
        input="another long password\nanother long password\n",
    )
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert users.authenticate("lead@example.org", "another long password") is not None


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (
            ["users", "create", "x@example.org", "--role", "king", "--password-stdin"],
            "long password!!\n",
        ),
        (["users", "create", "x@example.org", "--role", "board", "--password-stdin"], "short\n"),
        (
            ["users", "create", "not-an-email", "--role", "board", "--password-stdin"],
            "long password!!\n",
        ),
    ],
)
def test_users_create_refuses_bad_input(runner, args, stdin):
    result = runner.invoke(args=args, input=stdin)
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_collections_create_prints_url_last(app, runner):
    runner.invoke(
        args=["users", "create", "t@example.org", "--role", "practitioner", "--password-stdin"],
        input="trainer password 1\n",
    )
    result = runner.invoke(
        args=[
            "collections",
            "create",
            "training-reaction",
            "--owner",
            "t@example.org",
            "--title",
            "Working Together, 14 Jan 2026",
        ]
    )
    assert result.exit_code == 0, result.output
    url = result.output.strip().splitlines()[-1]
    with app.app_context():
        collection = db.session.scalars(select(Collection)).one()
        assert url == f"http://127.0.0.1:5000/c/{collection.code}"
        assert collection.title == "Working Together, 14 Jan 2026"
    assert app.test_client().get(url.replace("http://127.0.0.1:5000", "")).status_code == 200


def test_collections_create_conference_type(app, runner):
    runner.invoke(
        args=["users", "create", "c@example.org", "--role", "practitioner", "--password-stdin"],
        input="chair password 12\n",
    )
    missing = runner.invoke(
        args=[
            "collections",
            "create",
            "cp-conference-parent",
            "--owner",
            "c@example.org",
            "--title",
            "Initial conferences",
        ]
    )
    assert missing.exit_code != 0
    ok = runner.invoke(
        args=[
            "collections",
            "create",
            "cp-conference-parent",
            "--owner",
            "c@example.org",
            "--title",
            "Initial conferences",
            "--conference-type",
            "initial",
        ]
    )
    assert ok.exit_code == 0, ok.output
    with app.app_context():
        assert db.session.scalars(select(Collection)).one().conference_type == "initial"
    for bad in (
        ["nope-form", "--owner", "c@example.org", "--title", "x"],
        ["cidva-child", "--owner", "nobody@example.org", "--title", "x"],
        ["cidva-child", "--owner", "c@example.org", "--title", "x", "--conference-type", "initial"],
    ):
        result = runner.invoke(args=["collections", "create", *bad])
        assert result.exit_code != 0, bad


def test_collections_create_respects_public_base_url(app_factory):
    app = app_factory(PUBLIC_BASE_URL="https://feedback.example.org")
    runner = app.test_cli_runner()
    runner.invoke(
        args=["users", "create", "p@example.org", "--role", "practitioner", "--password-stdin"],
        input="practitioner pass\n",
    )
    result = runner.invoke(
        args=[
            "collections",
            "create",
            "cidva-child",
            "--owner",
            "p@example.org",
            "--title",
            "CIDVA sessions",
        ]
    )
    assert result.output.strip().splitlines()[-1].startswith("https://feedback.example.org/c/")
