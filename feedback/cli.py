"""The flask commands. Their names, arguments and output are a contract: keep them stable."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app, url_for
from flask.cli import AppGroup, with_appcontext

from feedback.catalogue.builtin import builtin_definitions
from feedback.data.interfaces import catalogue, collections, responses, users
from feedback.data.types import ConferenceType, Role
from feedback.extensions import db

catalogue_cli = AppGroup("catalogue", help="Install and list the built-in forms.")
users_cli = AppGroup("users", help="Manage staff accounts.")
collections_cli = AppGroup("collections", help="Manage collections.")

DEMO_ADMIN_EMAIL = "admin@example.org"


@catalogue_cli.command("load")
def catalogue_load() -> None:
    """Install or update the built-in forms. Running it again changes nothing."""
    from feedback.data.interfaces import analysis

    results = catalogue.load_definitions(builtin_definitions())
    added = analysis.ensure_default_themes()
    db.session.commit()
    if added:
        click.echo(f"Installed {added} default theme{'' if added == 1 else 's'}", err=True)
    for result in results:
        state = "new version" if result.changed else "unchanged"
        click.echo(f"{result.slug}\tversion {result.version}\t{state}")


@catalogue_cli.command("list")
def catalogue_list() -> None:
    """One form a line: slug, latest version, audience and title."""
    numbers = catalogue.latest_version_numbers()
    for form in catalogue.list_forms():
        click.echo(f"{form.slug}\tv{numbers.get(form.id, 0)}\t{form.audience.value}\t{form.title}")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 12:
        raise click.UsageError("The password must be 12 characters or more.")
    return password


@users_cli.command("create")
@click.argument("email")
@click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option("--name", "full_name", default="", help="The person's full name.")
def users_create(email: str, role: str, password_stdin: bool, full_name: str) -> None:
    """Create a staff account with the given role."""
    if "@" not in email or len(email) > 254:
        raise click.UsageError(f"{email!r} is not an email address.")
    if users.get_user_by_email(email) is not None:
        raise click.UsageError(f"There is already an account for {email}.")
    password = _read_password(password_stdin)
    user = users.create_user(email, Role(role), password, full_name)
    db.session.commit()
    click.echo(f"Created {user.email} ({user.role.value})")


@users_cli.command("demo-admin")
def users_demo_admin() -> None:
    """Create the demo admin for `make run`, once, and print how to sign in."""
    secret_file = Path(current_app.instance_path) / "demo-admin-password"
    user = users.get_user_by_email(DEMO_ADMIN_EMAIL)
    if user is None or not secret_file.exists():
        password = secrets.token_urlsafe(12)
        if user is None:
            users.create_user(DEMO_ADMIN_EMAIL, Role.ADMIN, password, "Demo admin")
        else:
            users.set_password(user, password)
        db.session.commit()
        secret_file.write_text(password + "\n")
        secret_file.chmod(0o600)
    password = secret_file.read_text().strip()
    click.echo("Demo admin sign-in (development only):")
    click.echo(f"  email:    {DEMO_ADMIN_EMAIL}")
    click.echo(f"  password: {password}")
    click.echo(f"  (kept in {secret_file})")


@collections_cli.command("create")
@click.argument("slug")
@click.option("--owner", "owner_email", required=True, help="Email of the owning staff member.")
@click.option("--title", required=True)
@click.option("--conference-type", type=click.Choice([c.value for c in ConferenceType]))
def collections_create(
    slug: str, owner_email: str, title: str, conference_type: str | None
) -> None:
    """Create a collection; the respondent URL is the last line printed."""
    form = catalogue.get_form_by_slug(slug)
    if form is None:
        raise click.UsageError(f"No form called {slug!r}. Run `flask catalogue list`.")
    owner = users.get_user_by_email(owner_email)
    if owner is None:
        raise click.UsageError(f"No staff account for {owner_email}.")
    version = catalogue.latest_version(form.id)
    assert version is not None
    spec = catalogue.spec_for(version)
    if spec.needs_conference_type and conference_type is None:
        raise click.UsageError(f"{slug} needs --conference-type initial or review.")
    if not spec.needs_conference_type and conference_type is not None:
        raise click.UsageError(f"{slug} does not take a conference type.")
    if not title.strip() or len(title) > 200:
        raise click.UsageError("The title must be 1 to 200 characters.")
    collection = collections.create_collection(
        form,
        owner,
        collections.CollectionDetails(
            title=title,
            conference_type=ConferenceType(conference_type) if conference_type else None,
        ),
    )
    db.session.commit()
    click.echo(f"Created collection {collection.id}: {collection.title}")
    click.echo(f"Code: {collection.code}")
    click.echo(public_url("respond.start", code=collection.code))


def public_url(endpoint: str, **values: Any) -> str:
    """An absolute URL for respondents, from PUBLIC_BASE_URL (default: the `make run` server)."""
    base = current_app.config.get("PUBLIC_BASE_URL") or "http://127.0.0.1:5000"
    with current_app.test_request_context():
        return base + url_for(endpoint, **values)


@click.command("demo-data")
@with_appcontext
@click.option("--responses", "n_responses", default=600, show_default=True, type=click.IntRange(0))
@click.option("--if-empty", is_flag=True, help="Do nothing if there are responses already.")
@click.option("--seed", default=2025, show_default=True, help="Seed for the generator.")
def demo_data(n_responses: int, if_empty: bool, seed: int) -> None:
    """Make a deterministic, realistic demo set covering every form over a financial year."""
    from feedback import demo

    if if_empty and responses.count_responses() > 0:
        click.echo("Responses already exist: demo data left as it is.")
        return
    catalogue.load_definitions(builtin_definitions())
    summary = demo.generate(n_responses, seed=seed)
    db.session.commit()
    click.echo(summary)


alerts_cli = AppGroup("alerts", help="Safeguarding alerts.")


@alerts_cli.command("escalate")
def alerts_escalate() -> None:
    """Pass alerts nobody acknowledged in time to the admins. Run it from cron."""
    from feedback.safeguarding import escalate_overdue

    escalated = escalate_overdue()
    db.session.commit()
    click.echo(f"Escalated {len(escalated)} alert{'' if len(escalated) == 1 else 's'}")


@click.command("reanalyse")
@with_appcontext
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1, 10_000))
def reanalyse(batch_size: int) -> None:
    """Re-analyse stored answers after the themes change. Batches are committed as they
    finish, so an interrupted run picks up where it stopped."""
    from feedback.data.interfaces import analysis

    taxonomy = analysis.current_taxonomy()
    db.session.commit()
    stamp = analysis.fingerprint(taxonomy)
    total = analysis.count_stale(stamp)
    if total == 0:
        click.echo("Every stored answer is up to date.")
        return
    done = 0
    with click.progressbar(
        length=total, label="Re-analysing answers", show_pos=True, file=sys.stderr
    ) as bar:
        while True:
            count = analysis.reanalyse_batch(taxonomy, batch_size)
            db.session.commit()
            if count == 0:
                break
            done += count
            bar.update(count)
    click.echo(f"Re-analysed {done} answer{'' if done == 1 else 's'}")


def register(app: Flask) -> None:
    app.cli.add_command(catalogue_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(collections_cli)
    app.cli.add_command(alerts_cli)
    app.cli.add_command(demo_data)
    app.cli.add_command(reanalyse)
    # `flask analyse` is registered as a flask.commands entry point (pyproject.toml), so the
    # Flask CLI finds it without building the app: it needs no database and starts faster.
