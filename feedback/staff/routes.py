"""Staff routes. Every view declares its access rule with @requires or @public."""

from __future__ import annotations

import io
from typing import Any
from urllib.parse import urlsplit

import segno
from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user

from feedback.auth import MANAGE_COLLECTIONS, MANAGE_USERS, READ_RESPONSES, STAFF, public, requires
from feedback.catalogue.schema import FormSpec
from feedback.data.interfaces import analysis, catalogue, collections, responses, users
from feedback.data.models import Collection
from feedback.data.types import CollectionStatus, ConferenceType, CourseType, Role
from feedback.forms import messages
from feedback.ratelimit import limiter
from feedback.staff import alerts as _alerts  # noqa: F401 - registers the alert routes
from feedback.staff import bp
from feedback.staff import themes as _themes  # noqa: F401 - registers the theme routes
from feedback.staff.forms import (
    ActionForm,
    ChooseFormForm,
    CollectionForm,
    SignInForm,
    UserForm,
)


def respondent_url(collection: Collection) -> str:
    base = current_app.config.get("PUBLIC_BASE_URL")
    path = url_for("respond.start", code=collection.code)
    if base:
        return f"{base}{path}"
    return url_for("respond.start", code=collection.code, _external=True)


def _safe_next(target: str | None) -> str:
    """Only follow a ?next= that stays on this site and under /staff/."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and parts.path.startswith("/staff/"):
            return target
    return url_for("staff.home")


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit("10 per minute; 50 per hour", methods=["POST"])
@public
def sign_in() -> Any:
    if current_user.is_authenticated:
        return redirect(url_for("staff.home"))
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        user = users.authenticate(form.email.data or "", form.password.data or "")
        if user is not None:
            session.clear()  # no session fixation: a fresh session for the signed-in user
            users.start_session(user)
            login_user(user)
            return redirect(_safe_next(request.args.get("next")))
        form.email.errors.append(messages.SIGN_IN_FAILED)
        status = 401
    elif request.method == "POST":
        status = 400
    form.password.data = ""
    return render_template("staff/sign_in.html", form=form), status


@bp.route("/sign-out", methods=["POST"])
@requires(STAFF)
def sign_out() -> Any:
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    if current_user.current_session_id:
        users.revoke_session(current_user.current_session_id)
    logout_user()
    session.clear()
    flash("You have signed out", "success")
    return redirect(url_for("staff.sign_in"))


@bp.route("/")
@requires(STAFF)
def home() -> Any:
    return render_template("staff/home.html")


@bp.route("/collections")
@requires(MANAGE_COLLECTIONS)
def collection_list() -> Any:
    rows = collections.collections_for(current_user)
    return render_template("staff/collections.html", rows=rows, today=_today())


@bp.route("/collections/new", methods=["GET", "POST"])
@requires(MANAGE_COLLECTIONS)
def choose_form() -> Any:
    forms = catalogue.list_forms()
    chooser = ChooseFormForm()
    chooser.form_slug.choices = [(f.slug, f.title) for f in forms]
    if chooser.validate_on_submit():
        return redirect(url_for("staff.new_collection", slug=chooser.form_slug.data))
    status = 400 if request.method == "POST" else 200
    hints = {f.slug: f.audience.value for f in forms}
    return render_template("staff/choose_form.html", form=chooser, hints=hints), status


def _spec_for_slug(slug: str) -> tuple[Any, FormSpec]:
    form_row = catalogue.get_form_by_slug(slug)
    if form_row is None:
        abort(404)
    version = catalogue.latest_version(form_row.id)
    if version is None:
        abort(404)
    return form_row, catalogue.spec_for(version)


@bp.route("/collections/new/<slug>", methods=["GET", "POST"])
@requires(MANAGE_COLLECTIONS)
def new_collection(slug: str) -> Any:
    form_row, spec = _spec_for_slug(slug)
    form = CollectionForm()
    leads = {str(u.id): u for u in users.active_leads()}
    form.leads.choices = [(key, u.display_name) for key, u in leads.items()]
    status = 200
    if form.validate_on_submit():
        if spec.needs_conference_type and not form.conference_type.data:
            form.conference_type.errors = [messages.CONFERENCE_TYPE_MISSING]
        else:
            details = collections.CollectionDetails(
                title=form.title.data or "",
                conference_type=(
                    ConferenceType(form.conference_type.data)
                    if spec.needs_conference_type and form.conference_type.data
                    else None
                ),
                course_type=(
                    CourseType(form.course_type.data)
                    if spec.is_training and form.course_type.data
                    else None
                ),
                trainer_name=form.trainer_name.data if spec.is_training else None,
                opens_on=form.opens_on.data,
                closes_on=form.closes_on.data,
                leads=tuple(leads[key] for key in form.leads.data or []),
            )
            collection = collections.create_collection(form_row, current_user, details)
            flash(f"Collection created. Its code is {collection.code}", "success")
            return redirect(url_for("staff.collection_detail", collection_id=collection.id))
    if request.method == "POST":
        status = 400
    return render_template("staff/new_collection.html", form=form, spec=spec), status


def _collection_or_404(collection_id: int) -> Collection:
    collection = collections.get_collection_for(current_user, collection_id)
    if collection is None:
        abort(404)
    return collection


@bp.route("/collections/<int:collection_id>")
@requires(MANAGE_COLLECTIONS)
def collection_detail(collection_id: int) -> Any:
    collection = _collection_or_404(collection_id)
    _, total = responses.responses_for_collection(collection, per_page=1)
    return render_template(
        "staff/collection.html",
        collection=collection,
        url=respondent_url(collection),
        total=total,
        state=collections.availability(collection, _today()),
        action_form=ActionForm(),
        qr_data_uri=segno.make(respondent_url(collection), error="m").svg_data_uri(
            scale=6, dark="#0b0c0c"
        ),
    )


@bp.route("/collections/<int:collection_id>/qr.png")
@requires(MANAGE_COLLECTIONS)
def collection_qr(collection_id: int) -> Any:
    collection = _collection_or_404(collection_id)
    buffer = io.BytesIO()
    segno.make(respondent_url(collection), error="m").save(buffer, kind="png", scale=12, border=4)
    buffer.seek(0)
    return send_file(
        buffer,
        mimetype="image/png",
        as_attachment=True,
        download_name=f"feedback-{collection.code}.png",
    )


@bp.route("/collections/<int:collection_id>/close", methods=["POST"])
@requires(MANAGE_COLLECTIONS)
def close_collection(collection_id: int) -> Any:
    collection = _collection_or_404(collection_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if collection.status == CollectionStatus.OPEN:
        collections.close_collection(collection)
        flash("Collection closed. The code no longer takes answers.", "success")
    else:
        collections.reopen_collection(collection)
        flash("Collection reopened. The code takes answers again.", "success")
    return redirect(url_for("staff.collection_detail", collection_id=collection.id))


@bp.route("/collections/<int:collection_id>/responses")
@requires(READ_RESPONSES)
def response_list(collection_id: int) -> Any:
    collection = _collection_or_404(collection_id)
    page = max(1, request.args.get("page", 1, type=int) or 1)
    rows, total = responses.responses_for_collection(collection, page=page, per_page=50)
    pages = max(1, (total + 49) // 50)
    if page > pages:
        abort(404)
    return render_template(
        "staff/responses.html",
        collection=collection,
        rows=rows,
        total=total,
        page=page,
        pages=pages,
    )


@bp.route("/responses/<int:response_id>")
@requires(READ_RESPONSES)
def response_detail(response_id: int) -> Any:
    response = responses.get_response_for(current_user, response_id)
    if response is None:
        abort(404)
    spec = catalogue.spec_for(response.form_version)
    found = analysis.analyses_for_response(response.id)
    by_question: dict[str, list[Any]] = {}
    for answer in response.answers:
        by_question.setdefault(answer.question_id, []).append(answer)
    items = []
    for question in spec.questions:
        given = by_question.get(question.id, [])
        values = [
            question.label_for(a.choice) if a.choice is not None else (a.text or "") for a in given
        ]
        items.append(
            {
                "question": question.text,
                "values": values,
                "analyses": [found[a.id] for a in given if a.id in found],
            }
        )
        why = by_question.get(question.follow_up_id)
        if why and question.follow_up is not None:
            items.append(
                {
                    "question": f"{question.follow_up.text} ({question.short})",
                    "values": [a.text or "" for a in why],
                    "analyses": [found[a.id] for a in why if a.id in found],
                }
            )
    return render_template("staff/response.html", response=response, spec=spec, items=items)


@bp.route("/users", methods=["GET", "POST"])
@requires(MANAGE_USERS)
def user_list() -> Any:
    form = UserForm()
    status = 200
    if form.validate_on_submit():
        if users.get_user_by_email(form.email.data or "") is not None:
            form.email.errors.append(messages.USER_EMAIL_TAKEN)
        else:
            user = users.create_user(
                form.email.data or "",
                Role(form.role.data),
                form.password.data or "",
                form.full_name.data or "",
            )
            flash(f"Account created for {user.email}", "success")
            return redirect(url_for("staff.user_list"))
    if request.method == "POST":
        status = 400
        form.password.data = ""
    return render_template(
        "staff/users.html", form=form, users=users.list_users(), action_form=ActionForm()
    ), status


@bp.route("/users/<int:user_id>/active", methods=["POST"])
@requires(MANAGE_USERS)
def toggle_user(user_id: int) -> Any:
    if not ActionForm().validate_on_submit():
        abort(400)
    user = users.get_user(user_id)
    if user is None:
        abort(404)
    if user.id == current_user.id:
        flash("You cannot turn off your own account", "info")
    else:
        users.set_active(user, not user.is_active)
        flash(f"{user.email} can {'now' if user.is_active else 'no longer'} sign in", "success")
    return redirect(url_for("staff.user_list"))


def _today() -> Any:
    from datetime import date

    return date.today()
