"""Admins edit the theme taxonomy; new answers use it at once; `flask reanalyse` re-tags
stored answers in resumable batches."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.data.interfaces import analysis
from feedback.data.models import AnswerTheme, TextAnalysis, Theme
from feedback.data.types import Role
from feedback.extensions import db
from tests.factories import make_collection, make_user, sign_in


def _send(client, code, text):
    import re

    client.post(f"/c/{code}")
    client.post(f"/c/{code}/q/3", data={"helped_most": text})
    page = client.get(f"/c/{code}/check").get_data(as_text=True)
    sid = re.search(r'name="submission_id" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post(f"/c/{code}/check", data={"submission_id": sid}).status_code == 303


def _tags(app) -> list[set[str]]:
    with app.app_context():
        rows = db.session.scalars(select(TextAnalysis).order_by(TextAnalysis.answer_id)).all()
        return [{t.theme.slug for t in row.themes} for row in rows]


@pytest.fixture
def admin(app):
    with app.app_context():
        admin = make_user(Role.ADMIN)
        collection = make_collection(admin, "cidva-child")
        return {"email": admin.email, "code": collection.code}


def test_default_themes_are_installed_once(app):
    with app.app_context():
        slugs = {t.slug for t in analysis.list_themes()}
        assert {"listened_to", "feeling_safe", "practice_impact"} <= slugs
        assert len(slugs) == 14
        assert analysis.ensure_default_themes() == 0


def test_new_theme_tags_new_answers_with_evidence(app, admin):
    client = app.test_client()
    sign_in(client, admin["email"])
    response = client.post(
        "/staff/themes/new",
        data={
            "slug": "games_and_play",
            "label": "Games and play",
            "description": "Playing games in sessions",
            "terms": "minecraft\nboard game*\nplay*",
        },
    )
    assert response.status_code == 302
    _send(app.test_client(), admin["code"], "We played Minecraft and board games together")
    assert "games_and_play" in _tags(app)[0]
    with app.app_context():
        tag = db.session.scalars(
            select(AnswerTheme).join(Theme).where(Theme.slug == "games_and_play")
        ).one()
        assert any("minecraft" in e.lower() for e in tag.evidence)
        response_id = tag.analysis.response_id
    page = client.get(f"/staff/responses/{response_id}").get_data(as_text=True)
    assert "Games and play" in page and "because of" in page


def test_theme_form_validation(app, admin):
    client = app.test_client()
    sign_in(client, admin["email"])
    for data in (
        {},
        {"slug": "Bad Slug", "label": "x", "terms": "a"},
        {"slug": "listened_to", "label": "Again", "terms": "a"},
        {"slug": "fine_slug", "label": "Fine", "terms": "   "},
    ):
        response = client.post("/staff/themes/new", data=data)
        assert response.status_code == 400, data
        assert "There is a problem" in response.get_data(as_text=True)


def test_rename_keeps_slug_and_retire_stops_tagging(app, admin):
    client = app.test_client()
    sign_in(client, admin["email"])
    with app.app_context():
        theme = analysis.get_theme_by_slug("school_education")
        theme_id, terms = theme.id, "\n".join(theme.terms)
    response = client.post(
        f"/staff/themes/{theme_id}",
        data={"label": "School, college and work", "description": "", "terms": terms},
    )
    assert response.status_code == 302
    with app.app_context():
        theme = db.session.get(Theme, theme_id)
        assert theme.slug == "school_education" and theme.label == "School, college and work"
    _send(app.test_client(), admin["code"], "my teacher at school was really helpful")
    assert "school_education" in _tags(app)[0]
    assert client.post(f"/staff/themes/{theme_id}/active").status_code == 302
    _send(app.test_client(), admin["code"], "my teacher at school was really helpful")
    assert "school_education" not in _tags(app)[1]


def test_reanalyse_retags_stored_answers_and_resumes(app, admin):
    for text in ["my teacher at school was kind", "school was better", "i like my school now"]:
        _send(app.test_client(), admin["code"], text)
    assert all("school_education" in tags for tags in _tags(app))
    with app.app_context():
        theme = analysis.get_theme_by_slug("school_education")
        analysis.update_theme(
            theme,
            label=theme.label,
            description=theme.description,
            terms=theme.terms,
            is_active=False,
        )
        db.session.commit()
        taxonomy = analysis.current_taxonomy()
        stamp = analysis.fingerprint(taxonomy)
        assert analysis.count_stale(stamp) == 3
        # One batch, then "crash": the next run picks up the other two.
        assert analysis.reanalyse_batch(taxonomy, limit=1) == 1
        db.session.commit()
        assert analysis.count_stale(stamp) == 2
    result = app.test_cli_runner().invoke(args=["reanalyse", "--batch-size", "1"])
    assert result.exit_code == 0, result.output
    assert "Re-analysed 2 answers" in result.output
    assert all("school_education" not in tags for tags in _tags(app))
    again = app.test_cli_runner().invoke(args=["reanalyse"])
    assert "up to date" in again.output


def test_only_admins_manage_themes(app):
    with app.app_context():
        emails = [
            make_user(role).email
            for role in (Role.PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.BOARD)
        ]
    for email in emails:
        client = app.test_client()
        sign_in(client, email)
        assert client.get("/staff/themes").status_code == 403
        assert client.post("/staff/themes/new", data={}).status_code == 403
