"""Staff sign-in, sessions, roles and collections, on SQLite and PostgreSQL."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from feedback.auth import PUBLIC, access_rule
from feedback.data.models import Collection, Response, StaffSession
from feedback.data.types import Role
from feedback.extensions import db
from tests.factories import PASSWORD, make_collection, make_user, sign_in
from tests.integration.respond_helpers import complete, respond, spec_for_code


def _users(app, *roles):
    with app.app_context():
        return [make_user(role).email for role in roles]


def test_signed_out_visit_to_staff_page_goes_to_sign_in(client):
    for path in ["/staff/", "/staff/collections", "/staff/users", "/staff/responses/1"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/staff/sign-in" in response.headers["Location"]


def test_sign_in_with_wrong_password_is_refused(app, client):
    (email,) = _users(app, Role.PRACTITIONER)
    response = client.post("/staff/sign-in", data={"email": email, "password": "wrong password!"})
    assert response.status_code == 401
    assert "Enter a correct email address and password" in response.get_data(as_text=True)
    response = client.post(
        "/staff/sign-in", data={"email": "nobody@example.org", "password": PASSWORD}
    )
    assert response.status_code == 401
    assert client.get("/staff/").status_code == 302


def test_sign_in_with_empty_fields(client):
    response = client.post("/staff/sign-in", data={})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "Enter your email address" in html and "Enter your password" in html


def test_sign_in_is_case_insensitive_on_email(app, client):
    (email,) = _users(app, Role.PRACTITIONER)
    sign_in(client, email.upper())
    assert client.get("/staff/").status_code == 200


def test_passwords_are_argon2id(app):
    with app.app_context():
        user = make_user()
        assert user.password_hash.startswith("$argon2id$")
        assert PASSWORD not in user.password_hash


def test_session_cookie_replayed_after_sign_out_is_refused(app):
    (email,) = _users(app, Role.PRACTITIONER)
    client = app.test_client()
    sign_in(client, email)
    cookie = client.get_cookie("feedback_session")
    assert cookie is not None
    saved = cookie.value
    assert client.get("/staff/").status_code == 200
    response = client.post("/staff/sign-out")
    assert response.status_code == 302
    assert client.get("/staff/").status_code == 302
    # An attacker who copied the cookie before sign-out replays it.
    other = app.test_client()
    other.set_cookie("feedback_session", saved, domain="localhost")
    response = other.get("/staff/")
    assert response.status_code == 302
    assert "/staff/sign-in" in response.headers["Location"]
    with app.app_context():
        revoked = db.session.scalars(select(StaffSession)).all()
        assert revoked and all(s.revoked_at is not None for s in revoked)


def test_turned_off_user_loses_access_at_once(app):
    admin_email, prac_email = _users(app, Role.ADMIN, Role.PRACTITIONER)
    prac = app.test_client()
    sign_in(prac, prac_email)
    admin = app.test_client()
    sign_in(admin, admin_email)
    with app.app_context():
        from feedback.data.interfaces.users import get_user_by_email

        prac_id = get_user_by_email(prac_email).id
    assert admin.post(f"/staff/users/{prac_id}/active").status_code == 302
    assert prac.get("/staff/").status_code == 302


def test_every_staff_endpoint_declares_an_access_rule(app):
    unguarded = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(("/staff", "/board")):
            continue
        view = app.view_functions[rule.endpoint]
        if access_rule(view) is None:
            unguarded.append(rule.endpoint)
    assert unguarded == []
    assert access_rule(app.view_functions["staff.sign_in"]) == PUBLIC


def test_every_staff_get_page_refuses_signed_out_users(app, client):
    for rule in app.url_map.iter_rules():
        if (
            not rule.rule.startswith("/staff")
            or access_rule(app.view_functions[rule.endpoint]) == PUBLIC
        ):
            continue
        path = re.sub(r"<(?:int:)?[^>]+>", "1", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(path, method=method)
            assert response.status_code == 302, (method, path)
            assert "/staff/sign-in" in response.headers["Location"]


ROLE_MATRIX = {
    # path template: roles that may open it
    "/staff/": {Role.ADMIN, Role.PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.BOARD},
    "/staff/collections": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/collections/new": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/collections/new/cidva-child": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/collections/{collection}": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/collections/{collection}/qr.png": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/collections/{collection}/responses": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/responses/{response}": {Role.ADMIN, Role.PRACTITIONER},
    "/staff/users": {Role.ADMIN},
    "/staff/alerts": {Role.ADMIN, Role.SAFEGUARDING_LEAD},
    "/staff/alerts/{alert}": {Role.ADMIN, Role.SAFEGUARDING_LEAD},
    "/staff/themes": {Role.ADMIN},
    "/staff/themes/new": {Role.ADMIN},
    "/staff/themes/{theme}": {Role.ADMIN},
}


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix(app, role):
    """Each role reaches exactly the pages it should; a practitioner here owns the data."""
    with app.app_context():
        user = make_user(role)
        owner = user if role == Role.PRACTITIONER else make_user(Role.PRACTITIONER)
        # The child form's first answers include "I would like someone to talk to me",
        # so the response also raises an alert, sent to every lead.
        collection = make_collection(owner, "cidva-child")
        code = collection.code
        collection_id = collection.id
        email = user.email
    response_id = respond(app, code)
    with app.app_context():
        from feedback.data.models import Alert, Theme

        alert_id = db.session.scalar(select(Alert.id))
        theme_id = db.session.scalar(select(Theme.id))
        assert alert_id is not None
    client = app.test_client()
    sign_in(client, email)
    for template, allowed in ROLE_MATRIX.items():
        path = template.format(
            collection=collection_id, response=response_id, alert=alert_id, theme=theme_id
        )
        status = client.get(path).status_code
        if role in allowed:
            assert status == 200, (role, path, status)
        else:
            assert status in (403, 404), (role, path, status)


def test_practitioner_gets_404_for_anothers_collection_and_response(app):
    with app.app_context():
        mine = make_user(Role.PRACTITIONER)
        theirs = make_user(Role.PRACTITIONER)
        their_collection = make_collection(theirs, "cidva-parent")
        code, their_id, my_email = their_collection.code, their_collection.id, mine.email
    response_id = respond(app, code)
    client = app.test_client()
    sign_in(client, my_email)
    assert client.get(f"/staff/collections/{their_id}").status_code == 404
    assert client.get(f"/staff/collections/{their_id}/responses").status_code == 404
    assert client.get(f"/staff/collections/{their_id}/qr.png").status_code == 404
    assert client.post(f"/staff/collections/{their_id}/close").status_code == 404
    assert client.get(f"/staff/responses/{response_id}").status_code == 404
    listing = client.get("/staff/collections").get_data(as_text=True)
    assert code not in listing


def test_board_user_cannot_open_an_individual_response(app):
    with app.app_context():
        board = make_user(Role.BOARD)
        owner = make_user(Role.PRACTITIONER)
        collection = make_collection(owner, "cidva-parent")
        code, board_email = collection.code, board.email
    complete(app.test_client(), code, spec_for_code(app, code))  # an abandoned draft too
    response_id = respond(app, code)
    client = app.test_client()
    sign_in(client, board_email)
    assert client.get(f"/staff/responses/{response_id}").status_code == 403
    assert client.get("/staff/collections").status_code == 403


def test_create_collection_through_the_pages(app, client):
    (email,) = _users(app, Role.PRACTITIONER)
    sign_in(client, email)
    response = client.post("/staff/collections/new", data={"form_slug": "cp-conference-parent"})
    assert response.headers["Location"].endswith("/staff/collections/new/cp-conference-parent")
    # Conference forms need the conference type.
    response = client.post(
        "/staff/collections/new/cp-conference-parent",
        data={"title": "Review CP conferences, spring"},
    )
    assert response.status_code == 400
    assert "initial or review" in response.get_data(as_text=True)
    response = client.post(
        "/staff/collections/new/cp-conference-parent",
        data={
            "title": "Review CP conferences, spring",
            "conference_type": "review",
            "opens_on": ["1", "4", "2026"],
            "closes_on": ["30", "6", "2026"],
        },
    )
    assert response.status_code == 302
    page = client.get(response.headers["Location"])
    html = page.get_data(as_text=True)
    assert "Review CP conferences, spring" in html
    with app.app_context():
        collection = db.session.scalars(select(Collection)).one()
        assert collection.conference_type == "review"
        assert len(collection.code) == 6
        assert not set(collection.code) & set("0O1IL")
        assert collection.code in html
        assert f"/c/{collection.code}" in html
        assert "data:image/svg+xml" in html  # the QR code
        collection_id = collection.id
    qr = client.get(f"/staff/collections/{collection_id}/qr.png")
    assert qr.status_code == 200 and qr.data.startswith(b"\x89PNG")


def test_new_collection_validation(app, client):
    (email,) = _users(app, Role.PRACTITIONER)
    sign_in(client, email)
    cases = [
        {},
        {"title": "x" * 201},
        {"title": "Course", "opens_on": ["31", "2", "2026"]},
        {"title": "Course", "opens_on": ["2", "2", "2026"], "closes_on": ["1", "2", "2026"]},
        {"title": "Course", "course_type": "hologram"},
    ]
    for data in cases:
        response = client.post("/staff/collections/new/training-reaction", data=data)
        assert response.status_code == 400, data
        assert "There is a problem" in response.get_data(as_text=True)
    assert client.post("/staff/collections/new", data={"form_slug": "nope"}).status_code == 400
    assert client.get("/staff/collections/new/not-a-form").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count(Collection.id))) == 0


def test_close_and_reopen_collection(app, client):
    with app.app_context():
        owner = make_user()
        collection = make_collection(owner)
        code, collection_id, email = collection.code, collection.id, owner.email
    sign_in(client, email)
    assert client.post(f"/staff/collections/{collection_id}/close").status_code == 302
    assert app.test_client().get(f"/c/{code}").status_code == 410
    assert client.post(f"/staff/collections/{collection_id}/close").status_code == 302
    assert app.test_client().get(f"/c/{code}").status_code == 200


def test_practitioner_sees_responses_and_answers(app, client):
    with app.app_context():
        owner = make_user()
        collection = make_collection(owner, "cidva-child")
        code, collection_id, email = collection.code, collection.id, owner.email
    respond(app, code)
    sign_in(client, email)
    listing = client.get(f"/staff/collections/{collection_id}/responses")
    assert listing.status_code == 200
    assert listing.headers["Cache-Control"] == "no-store"
    with app.app_context():
        response_id = db.session.scalar(select(Response.id))
    detail = client.get(f"/staff/responses/{response_id}").get_data(as_text=True)
    assert "My answer to helped_most" in detail


def test_admin_creates_users(app, client):
    (admin,) = _users(app, Role.ADMIN)
    sign_in(client, admin)
    response = client.post(
        "/staff/users",
        data={
            "email": "new.lead@example.org",
            "role": "safeguarding_lead",
            "password": "long enough password",
        },
    )
    assert response.status_code == 302
    again = client.post(
        "/staff/users",
        data={"email": "NEW.lead@example.org", "role": "board", "password": "long enough password"},
    )
    assert again.status_code == 400
    assert "already a staff account" in again.get_data(as_text=True)
    short = client.post(
        "/staff/users", data={"email": "x@example.org", "role": "board", "password": "short"}
    )
    assert short.status_code == 400
    fresh = app.test_client()
    sign_in(fresh, "new.lead@example.org", "long enough password")
    assert fresh.get("/staff/").status_code == 200


def test_next_parameter_cannot_redirect_off_site(app, client):
    (email,) = _users(app, Role.PRACTITIONER)
    response = client.post(
        "/staff/sign-in?next=https://evil.example/steal",
        data={"email": email, "password": PASSWORD},
    )
    assert response.headers["Location"].endswith("/staff/")
