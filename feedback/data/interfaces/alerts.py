"""Safeguarding alerts: raised on a response, assigned to leads, acknowledged, closed with
an outcome, and escalated to admins when nobody acknowledges them in time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from feedback.data.base import utcnow
from feedback.data.interfaces import audit
from feedback.data.models import Alert, Collection, Response, User
from feedback.data.types import AlertOutcome, AlertStatus, Role
from feedback.extensions import db
from feedback.workdays import add_working_days

# The order in which categories name an alert that has several reasons.
_CATEGORY_ORDER = (
    "self_harm",
    "sexual_abuse",
    "physical_abuse",
    "domestic_abuse",
    "exploitation",
    "threat",
    "missing_or_homeless",
    "neglect",
    "emotional_abuse",
    "other_risk",
)


def recipients_for(collection: Collection) -> list[User]:
    """The leads named on the collection, else every active lead, else every admin."""
    named = [u for u in collection.leads if u.is_active]
    if named:
        return named
    leads = list(
        db.session.scalars(select(User).where(User.role == Role.SAFEGUARDING_LEAD, User.is_active))
    )
    if leads:
        return leads
    return list(db.session.scalars(select(User).where(User.role == Role.ADMIN, User.is_active)))


def main_category(reasons: list[dict[str, Any]]) -> str | None:
    categories = [r.get("category") for r in reasons if r.get("category")]
    for category in _CATEGORY_ORDER:
        if category in categories:
            return category
    return categories[0] if categories else None


def raise_alert(
    response: Response,
    reasons: list[dict[str, Any]],
    working_days: int,
    now: datetime | None = None,
) -> Alert:
    now = now or utcnow()
    alert = Alert(
        response_id=response.id,
        reasons=reasons,
        category=main_category(reasons),
        acknowledge_by=add_working_days(now, working_days),
        created_at=now,
    )
    alert.recipients = recipients_for(response.collection)
    db.session.add(alert)
    db.session.flush()
    audit.record("alert.raised", "alert", alert.id, recipients=[u.id for u in alert.recipients])
    return alert


def can_see_all(user: User) -> bool:
    return user.role == Role.ADMIN


def alerts_for(user: User, *, status: AlertStatus | None = None) -> list[Alert]:
    query = (
        select(Alert)
        .options(joinedload(Alert.response).joinedload(Response.collection))
        .order_by(Alert.created_at.desc(), Alert.id.desc())
    )
    if not can_see_all(user):
        query = query.where(Alert.recipients.any(User.id == user.id))
    if status is not None:
        query = query.where(Alert.status == status)
    return list(db.session.scalars(query).unique())


def get_alert_for(user: User, alert_id: int) -> Alert | None:
    alert = db.session.scalar(
        select(Alert)
        .where(Alert.id == alert_id)
        .options(
            selectinload(Alert.recipients),
            joinedload(Alert.response).selectinload(Response.answers),
            joinedload(Alert.response).joinedload(Response.collection),
        )
    )
    if alert is None:
        return None
    if not can_see_all(user) and user not in alert.recipients:
        return None
    return alert


def record_view(alert: Alert, user: User) -> None:
    audit.record("alert.viewed", "alert", alert.id, actor=user)


def acknowledge(alert: Alert, user: User) -> None:
    if alert.status != AlertStatus.OPEN:
        return
    alert.status = AlertStatus.ACKNOWLEDGED
    alert.acknowledged_at = utcnow()
    alert.acknowledged_by_id = user.id
    audit.record("alert.acknowledged", "alert", alert.id, actor=user)


def close(alert: Alert, user: User, outcome: AlertOutcome, notes: str) -> None:
    if alert.status == AlertStatus.OPEN:
        acknowledge(alert, user)
    alert.status = AlertStatus.CLOSED
    alert.outcome = outcome
    alert.outcome_notes = notes.strip() or None
    alert.closed_at = utcnow()
    alert.closed_by_id = user.id
    audit.record(
        "alert.closed",
        "alert",
        alert.id,
        actor=user,
        outcome=outcome.value,
        reason_given=bool(notes.strip()),
    )


def overdue_for_escalation(now: datetime | None = None) -> list[Alert]:
    now = now or utcnow()
    return list(
        db.session.scalars(
            select(Alert)
            .where(
                Alert.status == AlertStatus.OPEN,
                Alert.escalated_at.is_(None),
                Alert.acknowledge_by <= now,
            )
            .order_by(Alert.id)
        )
    )


def mark_escalated(alert: Alert, admins: list[User]) -> None:
    alert.escalated_at = utcnow()
    for admin in admins:
        if admin not in alert.recipients:
            alert.recipients.append(admin)
    audit.record("alert.escalated", "alert", alert.id, recipients=[u.id for u in admins])


def active_admins() -> list[User]:
    return list(db.session.scalars(select(User).where(User.role == Role.ADMIN, User.is_active)))


def open_count_for(user: User) -> int:
    return len(alerts_for(user, status=AlertStatus.OPEN))
