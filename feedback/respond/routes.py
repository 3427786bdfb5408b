"""Routes for respondents: enter a code, answer page by page, check, send, thank you."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flask import abort, current_app, redirect, render_template, request, session, url_for

from feedback import safeguarding
from feedback.catalogue.schema import FormSpec
from feedback.data.interfaces import catalogue, collections, responses
from feedback.data.models import Collection, Draft
from feedback.forms import messages
from feedback.forms.questions import (
    build_form_class,
    form_answers,
    form_data_from_answers,
    render_params,
)
from feedback.ratelimit import limiter
from feedback.respond import bp, journey
from feedback.respond.forms import CodeForm, SendForm, StartForm

DRAFTS_KEY = "drafts"


def _today() -> date:
    return date.today()


def _draft_token(code: str) -> str | None:
    return session.get(DRAFTS_KEY, {}).get(code)


def _remember_draft(code: str, token: str | None) -> None:
    drafts = dict(session.get(DRAFTS_KEY, {}))
    if token is None:
        drafts.pop(code, None)
    else:
        drafts[code] = token
    session[DRAFTS_KEY] = drafts


def _open_collection_or_error(code: str) -> Collection:
    """The collection for a code that is taking answers, or an error page with a 4xx."""
    collection = collections.get_collection_by_code(code)
    if collection is None:
        abort(404, description=messages.CODE_UNKNOWN)
    state = collections.availability(collection, _today())
    if state == "closed":
        abort(410, description=messages.CODE_CLOSED)
    if state == "not_yet_open":
        abort(403, description=messages.CODE_NOT_OPEN)
    return collection


def _context(collection: Collection) -> tuple[Draft | None, FormSpec]:
    draft = responses.get_draft(_draft_token(collection.code), collection)
    if draft is not None:
        version = catalogue.get_version(draft.form_version_id)
    else:
        version = catalogue.latest_version(collection.form_id)
    if version is None:
        abort(404)
    return draft, catalogue.spec_for(version)


def _page(
    template: str, spec: FormSpec, collection: Collection, status: int = 200, **kwargs: Any
) -> tuple[str, int]:
    return render_template(template, spec=spec, collection=collection, **kwargs), status


@bp.route("/", methods=["GET", "POST"])
@limiter.limit("60 per minute", methods=["POST"])
def index() -> Any:
    form = CodeForm()
    status = 200
    if form.validate_on_submit():
        code = collections.normalise_code(form.code.data or "")
        collection = collections.get_collection_by_code(code)
        if not collections.is_well_formed_code(code):
            form.code.errors.append(messages.CODE_FORMAT)
            status = 400
        elif collection is None:
            form.code.errors.append(messages.CODE_UNKNOWN)
            status = 404
        else:
            state = collections.availability(collection, _today())
            if state == "open":
                return redirect(url_for("respond.start", code=collection.code))
            form.code.errors.append(
                messages.CODE_CLOSED if state == "closed" else messages.CODE_NOT_OPEN
            )
            status = 410 if state == "closed" else 403
    elif request.method == "POST":
        status = 400
    return render_template("respond/index.html", form=form), status


@bp.route("/c/<code>", methods=["GET", "POST"])
@limiter.limit("60 per minute", methods=["POST"])
def start(code: str) -> Any:
    if code != collections.normalise_code(code):
        return redirect(url_for("respond.start", code=collections.normalise_code(code)))
    collection = _open_collection_or_error(code)
    draft, spec = _context(collection)
    form = StartForm()
    if form.validate_on_submit():
        if draft is not None:
            responses.discard_draft(draft)
        responses.purge_stale_drafts(timedelta(days=current_app.config["DRAFT_DAYS"]))
        version = catalogue.latest_version(collection.form_id)
        assert version is not None
        new_draft = responses.start_draft(collection, version)
        _remember_draft(collection.code, new_draft.id)
        return redirect(url_for("respond.step", code=collection.code, key="1"))
    has_answers = draft is not None and bool(draft.answers)
    return _page(
        "respond/start.html",
        spec,
        collection,
        form=form,
        has_answers=has_answers,
        status=400 if request.method == "POST" else 200,
    )


@bp.route("/c/<code>/q/<key>", methods=["GET", "POST"])
@limiter.limit("120 per minute", methods=["POST"])
def step(code: str, key: str) -> Any:
    collection = _open_collection_or_error(code)
    draft, spec = _context(collection)
    if draft is None:
        return redirect(url_for("respond.start", code=collection.code))
    found = journey.find_step(spec, draft.answers, key)
    if found is None:
        abort(404)
    index, all_steps = found
    current = all_steps[index]
    changing = request.args.get("change") == "1"
    form_class = build_form_class(current.questions, child=spec.is_child)
    if request.method == "POST":
        form = form_class()
    else:
        form = form_class(data=form_data_from_answers(draft.answers, current.questions))
    status = 200
    if form.validate_on_submit():
        answers = dict(draft.answers)
        for question in current.questions:
            answers.pop(question.id, None)
        answers.update(form_answers(form, current.questions))
        answers = journey.prune(spec, answers)
        responses.save_draft_answers(draft, answers)
        next_steps = journey.steps(spec, answers)
        keys = [s.key for s in next_steps]
        position = keys.index(current.key)
        following = next_steps[position + 1] if position + 1 < len(next_steps) else None
        if following is not None and (following.is_follow_up or not changing):
            args: dict[str, Any] = {"change": "1"} if changing else {}
            return redirect(
                url_for("respond.step", code=collection.code, key=following.key, **args)
            )
        return redirect(url_for("respond.check", code=collection.code))
    if request.method == "POST":
        status = 400
    back = (
        url_for("respond.check", code=collection.code)
        if changing
        else url_for("respond.step", code=collection.code, key=all_steps[index - 1].key)
        if index > 0
        else url_for("respond.start", code=collection.code)
    )
    fields = [
        (form[q.id], render_params(q, as_heading=current.single, child=spec.is_child))
        for q in current.questions
    ]
    return _page(
        "respond/step.html",
        spec,
        collection,
        form=form,
        step=current,
        fields=fields,
        progress=journey.progress_label(spec, current),
        back=back,
        status=status,
    )


@bp.route("/c/<code>/check", methods=["GET", "POST"])
@limiter.limit("30 per minute", methods=["POST"])
def check(code: str) -> Any:
    collection = _open_collection_or_error(code)
    draft, spec = _context(collection)
    form = SendForm()
    if request.method == "POST":
        posted_id = request.form.get("submission_id", "")
        if draft is None or posted_id != draft.submission_id:
            stored = (
                responses.get_response_by_submission_id(posted_id)
                if responses.is_well_formed_submission_id(posted_id)
                else None
            )
            if stored is not None and stored.collection_id == collection.id:
                # A double tap or a retry of something already stored.
                return redirect(url_for("respond.thanks", code=collection.code), code=303)
            abort(400, description=messages.SUBMISSION_TAMPERED)
    if draft is None:
        return redirect(url_for("respond.start", code=collection.code))
    missing = journey.first_missing_required(spec, draft.answers)
    if form.validate_on_submit():
        if missing is not None:
            return redirect(
                url_for(
                    "respond.step",
                    code=collection.code,
                    key=journey.step_for_question(spec, missing.id),
                )
            )
        if not journey.answers_are_valid(spec, draft.answers):
            abort(400, description=messages.SUBMISSION_TAMPERED)
        response, is_new = responses.submit_draft(draft, spec)
        alert = safeguarding.process_submission(response, spec) if is_new else None
        _remember_draft(collection.code, None)
        session["sent"] = collection.code
        session["sent_flagged"] = alert is not None
        return redirect(url_for("respond.thanks", code=collection.code), code=303)
    form.submission_id.data = draft.submission_id
    rows = _summary_rows(spec, draft.answers, collection.code)
    first_missing_step = (
        journey.step_for_question(spec, missing.id) if missing is not None else None
    )
    return _page(
        "respond/check.html",
        spec,
        collection,
        form=form,
        rows=rows,
        missing=missing,
        first_missing_step=first_missing_step,
        status=400 if request.method == "POST" else 200,
    )


def _summary_rows(spec: FormSpec, answers: dict[str, Any], code: str) -> list[dict[str, Any]]:
    rows = []
    for step in journey.steps(spec, answers):
        for question in step.questions:
            value = answers.get(question.id)
            if isinstance(value, list):
                shown = [question.label_for(v) for v in value]
            elif value in (None, ""):
                shown = []
            elif question.is_choice:
                shown = [question.label_for(value)]
            else:
                shown = [value]
            rows.append(
                {
                    "question": question,
                    "values": shown,
                    "change": url_for("respond.step", code=code, key=step.key, change="1"),
                }
            )
    return rows


@bp.route("/c/<code>/thanks")
def thanks(code: str) -> Any:
    collection = collections.get_collection_by_code(code)
    if collection is None:
        abort(404, description=messages.CODE_UNKNOWN)
    version = catalogue.latest_version(collection.form_id)
    if version is None:
        abort(404)
    spec = catalogue.spec_for(version)
    just_sent = session.get("sent") == collection.code
    flagged = just_sent and bool(session.get("sent_flagged"))
    return _page("respond/thanks.html", spec, collection, just_sent=just_sent, flagged=flagged)


@bp.route("/privacy")
def privacy() -> Any:
    return render_template("respond/privacy.html")


@bp.app_context_processor
def respondent_helpers() -> dict[str, Any]:
    return {"draft_days": current_app.config["DRAFT_DAYS"]}
