"""What happens after a response is stored: analyse its free text, and raise a safeguarding
alert when the text suggests a child may be at risk or a child asked to talk to someone.

Missing a disclosure is the worst failure this product can have, so if analysis itself
fails the response is treated as flagged and a person looks at it."""

from __future__ import annotations

import logging
from typing import Any

from flask import current_app, has_request_context, request, url_for

from feedback import notify
from feedback.catalogue.schema import FormSpec
from feedback.data.interfaces import alerts, analysis
from feedback.data.models import Alert, Response
from feedback.filters import uk_datetime

log = logging.getLogger(__name__)


def process_submission(response: Response, spec: FormSpec) -> Alert | None:
    reasons: list[dict[str, Any]] = []
    try:
        rows = analysis.analyse_response(response, spec.audience.value, spec.slug)
    except Exception as exc:  # any failure must still reach a person
        # Only the type: an exception message could quote the text.
        log.error("analysis failed for response %s: %s", response.id, type(exc).__name__)
        reasons.append({"kind": "analysis_failed"})
        rows = []
    by_answer = {a.id: a for a in response.answers}
    for row in rows:
        if row.disclosure_flag:
            reasons.append(
                {
                    "kind": "text",
                    "question_id": by_answer[row.answer_id].question_id,
                    "category": row.disclosure_category,
                    "evidence": row.disclosure_evidence,
                }
            )
    chosen = {(a.question_id, a.choice) for a in response.answers if a.choice}
    for question in spec.questions:
        for option in question.options:
            if option.raises_alert and (question.id, option.value) in chosen:
                reasons.append({"kind": "asked", "question_id": question.id})
    if not reasons:
        return None
    alert = alerts.raise_alert(response, reasons, current_app.config["ALERT_ACK_WORKING_DAYS"])
    notify_new_alert(alert)
    return alert


def alert_url(alert: Alert) -> str:
    path = url_for("staff.alert_detail", alert_id=alert.id) if has_request_context() else None
    base = current_app.config.get("PUBLIC_BASE_URL")
    if path is None:
        with current_app.test_request_context():
            path = url_for("staff.alert_detail", alert_id=alert.id)
        base = base or "http://127.0.0.1:5000"
    elif not base:
        base = request.host_url.rstrip("/")
    return f"{base}{path}"


def _send_safely(to: list[str], subject: str, body: str, alert: Alert) -> None:
    try:
        notify.send(to, subject, body)
    except OSError as exc:
        # The alert is stored either way, and escalation catches an unread one.
        log.error("could not send mail for alert %s: %s", alert.id, type(exc).__name__)


def notify_new_alert(alert: Alert) -> None:
    body = (
        "A response to a feedback form may show that a child is at risk of harm, or a child "
        "has asked for someone to talk to them.\n\n"
        "Please sign in and look at it today:\n"
        f"{alert_url(alert)}\n\n"
        "This email does not contain the response, for the child's safety.\n"
        f"If nobody acknowledges the alert by {uk_datetime(alert.acknowledge_by)}, "
        "it will be passed to the admins.\n"
    )
    _send_safely(
        [u.email for u in alert.recipients], "Safeguarding alert: please sign in today", body, alert
    )


def escalate_overdue() -> list[Alert]:
    """Pass alerts nobody acknowledged in time to every admin. Cron runs this."""
    admins = alerts.active_admins()
    escalated = []
    for alert in alerts.overdue_for_escalation():
        alerts.mark_escalated(alert, admins)
        body = (
            "A safeguarding alert has not been acknowledged in time.\n\n"
            f"It was raised on {uk_datetime(alert.created_at)} and was due to be acknowledged "
            f"by {uk_datetime(alert.acknowledge_by)}.\n\n"
            f"Please sign in and make sure someone acts on it today:\n{alert_url(alert)}\n\n"
            "This email does not contain the response.\n"
        )
        _send_safely(
            [a.email for a in admins], "Escalated safeguarding alert: not acknowledged", body, alert
        )
        escalated.append(alert)
    return escalated
