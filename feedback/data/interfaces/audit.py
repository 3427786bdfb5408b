"""The audit trail: who did what, when, to which object. Details never hold response text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from feedback.data.models import AuditEvent, User
from feedback.extensions import db

# Keys that may appear in details: identifiers and choices, never free text.
_ALLOWED_DETAIL_KEYS = frozenset(
    {"outcome", "status", "recipients", "filter", "format", "count", "reason_given", "role"}
)


def record(
    action: str, object_type: str, object_id: int | None, actor: User | None = None, **details: Any
) -> AuditEvent:
    unknown = set(details) - _ALLOWED_DETAIL_KEYS
    if unknown:
        raise ValueError(f"audit details may not include {sorted(unknown)}")
    event = AuditEvent(
        actor_id=actor.id if actor is not None else None,
        action=action,
        object_type=object_type,
        object_id=object_id,
        details=details,
    )
    db.session.add(event)
    return event


def events_for(object_type: str, object_id: int) -> list[AuditEvent]:
    return list(
        db.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.object_type == object_type, AuditEvent.object_id == object_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    )
