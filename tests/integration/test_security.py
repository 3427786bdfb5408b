"""CSRF on every POST, the timed-out page, one transaction per request, headers and logs."""

from __future__ import annotations

import logging
import re

import pytest
from sqlalchemy import func, select

from feedback.data.models import Draft, Response
from feedback.extensions import db
from tests.factories import csrf_token_from, make_collection, make_user, sign_in


@pytest.fixture
def csrf_app(app_factory):
    return app_factory(WTF_CSRF_ENABLED=True)


def _post_rules(app):
    for rule in app.url_map.iter_rules():
        if "POST" in (rule.methods or ()):
            yield rule


def test_every_post_endpoint_refuses_a_missing_csrf_token(csrf_app):
    with csrf_app.app_context():
        admin = make_user(__import__("feedback.data.types", fromlist=["Role"]).Role.ADMIN)
        collection = make_collection(admin)
        code, collection_id, email = collection.code, collection.id, admin.email
    client = csrf_app.test_client()
    page = client.get("/staff/sign-in")
    token = csrf_token_from(page.get_data(as_text=True))
    signed_in = client.post(
        "/staff/sign-in",
        data={"email": email, "password": "correct horse battery staple", "csrf_token": token},
    )
    assert signed_in.status_code == 302
    checked = []
    for rule in _post_rules(csrf_app):
        path = re.sub(r"<int:[^>]+>", str(collection_id), rule.rule)
        path = re.sub(r"<[^>]+>", code if "code" in rule.rule else "cidva-child", path)
        for data in ({}, {"csrf_token": "forged-token"}):
            response = client.post(path, data=data)
            assert response.status_code == 400, (path, data, response.status_code)
            assert "timed out" in response.get_data(as_text=True)
        checked.append(rule.endpoint)
    assert {
        "respond.index",
        "respond.start",
        "respond.step",
        "respond.check",
        "staff.sign_in",
        "staff.sign_out",
        "staff.new_collection",
    } <= set(checked)
    with csrf_app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 0


def test_timed_out_page_keeps_earlier_answers(csrf_app):
    with csrf_app.app_context():
        code = make_collection(make_user(), "cidva-child").code
    client = csrf_app.test_client()
    start = client.get(f"/c/{code}")
    token = csrf_token_from(start.get_data(as_text=True))
    first = client.post(f"/c/{code}", data={"csrf_token": token})
    assert first.status_code == 302
    page2 = client.get(f"/c/{code}/q/2")
    assert "difference" in page2.get_data(as_text=True)
    token = csrf_token_from(page2.get_data(as_text=True))
    answered = client.post(f"/c/{code}/q/2", data={"csrf_token": token, "difference": ["happier"]})
    assert answered.status_code == 302
    # The second page is sent with an expired (here: forged) token.
    expired = client.post(
        f"/c/{code}/q/3", data={"csrf_token": "expired", "helped_most": "The games"}
    )
    assert expired.status_code == 400
    html = expired.get_data(as_text=True)
    assert "This page timed out" in html and "earlier pages have been kept" in html
    assert f"/c/{code}/q/3" in html
    check = client.get(f"/c/{code}/check").get_data(as_text=True)
    assert "I feel happy more of the time" in check
    with csrf_app.app_context():
        draft = db.session.scalars(select(Draft)).one()
        assert draft.answers.get("difference") == ["happier"]
        assert "helped_most" not in draft.answers


def test_request_leaves_no_uncommitted_changes(app, client):
    """One transaction per request: after any request the session holds nothing pending."""
    with app.app_context():
        code = make_collection(make_user()).code
    seen = []

    @app.teardown_request
    def record(_exc):
        seen.append(bool(db.session.new or db.session.dirty or db.session.deleted))

    client.post(f"/c/{code}")
    client.post(f"/c/{code}/q/2", data={"difference": ["happier"]})
    client.post(f"/c/{code}/q/2", data={"difference": ["not-an-option"]})
    client.get(f"/c/{code}/check")
    assert seen and not any(seen)


def test_error_response_rolls_back(app, client):
    with app.app_context():
        code = make_collection(make_user()).code
    client.post(f"/c/{code}")
    with app.app_context():
        before = db.session.scalars(select(Draft)).one().answers
    # A bad page must not change the stored draft, even partly.
    client.post(f"/c/{code}/q/2", data={"difference": ["less_angry"]})
    with app.app_context():
        before = db.session.scalars(select(Draft)).one().answers
    response = client.post(f"/c/{code}/q/2", data={"difference": ["happier", "bogus"]})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalars(select(Draft)).one().answers == before


def test_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self' 'nonce-" in csp
    assert "http" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert f'nonce="{nonce}"' in response.get_data(as_text=True)


def test_session_cookie_flags(app, client):
    with app.app_context():
        email = make_user().email
    response = sign_in(client, email)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_respondent_pages_make_no_third_party_references(app, client):
    with app.app_context():
        code = make_collection(make_user(), "cidva-child").code
    client.post(f"/c/{code}")
    for path in ["/", f"/c/{code}", f"/c/{code}/q/1", f"/c/{code}/check", "/privacy"]:
        html = client.get(path).get_data(as_text=True)
        for attr in re.findall(r'(?:src|href|action)="([^"]+)"', html):
            # The only off-site address is the Exit this page link, followed only on a click.
            assert not attr.startswith(("http:", "https:", "//")) or "bbc.co.uk/weather" in attr, (
                path,
                attr,
            )


def test_free_text_never_reaches_the_logs(app, client, caplog):
    secret = "my uncle Zebedee shouts at me"
    with app.app_context():
        code = make_collection(make_user(), "cidva-child").code
    caplog.set_level(logging.DEBUG)
    client.post(f"/c/{code}")
    client.post(f"/c/{code}/q/2", data={"helped_most": secret})
    client.post(f"/c/{code}/q/2", data={"helped_most": secret + "x" * 6000})
    text = caplog.text
    assert "Zebedee" not in text
    assert "correct horse" not in text


def test_production_start_up_needs_a_secret_key(monkeypatch, tmp_path):
    from feedback import create_app
    from feedback.config import ConfigError

    monkeypatch.setenv("FEEDBACK_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("FEEDBACK_INSTANCE_PATH", str(tmp_path))
    (tmp_path / "secret_key").write_text("x" * 64)  # a dev key file is ignored in production
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app()
    monkeypatch.setenv("SECRET_KEY", "short")
    with pytest.raises(ConfigError, match="32 characters"):
        create_app()


def test_fast_hashing_is_refused_outside_tests(monkeypatch, tmp_path):
    from feedback import create_app
    from feedback.config import ConfigError

    monkeypatch.setenv("FEEDBACK_ENV", "production")
    monkeypatch.setenv("FEEDBACK_INSTANCE_PATH", str(tmp_path))
    with pytest.raises(ConfigError):
        create_app({"FAST_PASSWORD_HASHING_FOR_TESTS": True})


def test_production_cookies_are_secure(monkeypatch, tmp_path):
    from feedback import create_app

    monkeypatch.setenv("FEEDBACK_ENV", "production")
    monkeypatch.setenv("FEEDBACK_INSTANCE_PATH", str(tmp_path))
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SECRET_KEY"] == "test-secret-key-that-is-long-enough-for-the-check"


def test_huge_request_body_is_a_clear_4xx(app, client):
    with app.app_context():
        code = make_collection(make_user()).code
    client.post(f"/c/{code}")
    response = client.post(f"/c/{code}/q/2", data={"helped_most": "a" * 400_000})
    assert response.status_code == 413
    assert "too long" in response.get_data(as_text=True)


def test_rate_limit_on_sign_in(app_factory):
    app = app_factory(RATELIMIT_ENABLED=True)
    client = app.test_client()
    statuses = [
        client.post("/staff/sign-in", data={"email": "a@example.org", "password": "x"}).status_code
        for _ in range(12)
    ]
    assert 429 in statuses
    assert "Please wait" in client.post("/staff/sign-in", data={}).get_data(as_text=True)
