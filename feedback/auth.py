"""Access rules for every staff endpoint, declared once per view.

Each view is decorated with @requires(...) or @public. A test walks app.url_map and
fails on any staff or board endpoint that has neither, so nothing ships unguarded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort
from flask_login import current_user

from feedback.data.types import Role
from feedback.extensions import login_manager

F = TypeVar("F", bound=Callable[..., Any])

ACCESS_RULE = "_access_rule"
PUBLIC = "public"

# What each role may do, in one place. Views name the capability, not the roles.
STAFF = frozenset(Role)
MANAGE_COLLECTIONS = frozenset({Role.ADMIN, Role.PRACTITIONER})
READ_RESPONSES = frozenset({Role.ADMIN, Role.PRACTITIONER})
MANAGE_USERS = frozenset({Role.ADMIN})
MANAGE_THEMES = frozenset({Role.ADMIN})
HANDLE_ALERTS = frozenset({Role.ADMIN, Role.SAFEGUARDING_LEAD})
BOARD_REPORTS = frozenset({Role.ADMIN, Role.BOARD})


def requires(allowed: frozenset[Role]) -> Callable[[F], F]:
    """Only signed-in users whose role is in `allowed` reach the view; others get 403."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        setattr(wrapped, ACCESS_RULE, allowed)
        return wrapped  # type: ignore[return-value]

    return decorator


def public(view: F) -> F:
    """Mark a view under /staff/ that a signed-out person may open, such as sign-in."""
    setattr(view, ACCESS_RULE, PUBLIC)
    return view


def access_rule(view: Callable[..., Any]) -> Any:
    return getattr(view, ACCESS_RULE, None)
