"""Safeguarding alert pages for leads and admins. Every view and action is audited."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback.auth import HANDLE_ALERTS, requires
from feedback.data.interfaces import alerts, analysis, audit, catalogue
from feedback.data.types import AlertOutcome, AlertStatus
from feedback.staff import bp
from feedback.staff.forms import ActionForm, AlertOutcomeForm


@bp.route("/alerts")
@requires(HANDLE_ALERTS)
def alert_list() -> Any:
    rows = alerts.alerts_for(current_user)
    return render_template("staff/alerts.html", rows=rows)


@bp.route("/alerts/<int:alert_id>", methods=["GET", "POST"])
@requires(HANDLE_ALERTS)
def alert_detail(alert_id: int) -> Any:
    alert = alerts.get_alert_for(current_user, alert_id)
    if alert is None:
        abort(404)
    form = AlertOutcomeForm()
    status = 200
    if request.method == "POST":
        if form.validate_on_submit():
            alerts.close(
                alert, current_user, AlertOutcome(form.outcome.data), form.notes.data or ""
            )
            flash("Outcome recorded. The alert is closed.", "success")
            return redirect(url_for("staff.alert_detail", alert_id=alert.id))
        status = 400
    else:
        alerts.record_view(alert, current_user)
    response = alert.response
    spec = catalogue.spec_for(response.form_version)
    found = analysis.analyses_for_response(response.id)
    answers = []
    for answer in response.answers:
        if answer.text:
            answers.append(
                {
                    "question": _question_text(spec, answer.question_id),
                    "text": answer.text,
                    "analysis": found.get(answer.id),
                }
            )
    return render_template(
        "staff/alert.html",
        alert=alert,
        form=form,
        answers=answers,
        spec=spec,
        events=audit.events_for("alert", alert.id),
        action_form=ActionForm(),
        statuses=AlertStatus,
    ), status


def _question_text(spec: Any, question_id: str) -> str:
    for question in spec.questions:
        if question.id == question_id:
            return str(question.text)
        if question.follow_up_id == question_id and question.follow_up is not None:
            return f"{question.follow_up.text} ({question.short})"
    return question_id


@bp.route("/alerts/<int:alert_id>/acknowledge", methods=["POST"])
@requires(HANDLE_ALERTS)
def acknowledge_alert(alert_id: int) -> Any:
    alert = alerts.get_alert_for(current_user, alert_id)
    if alert is None:
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    alerts.acknowledge(alert, current_user)
    flash("Alert acknowledged. Record the action taken when you have it.", "success")
    return redirect(url_for("staff.alert_detail", alert_id=alert.id))
