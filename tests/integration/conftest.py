"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from feedback.data.types import Role
from tests.factories import make_user


@pytest.fixture
def board(app):
    """The email of a signed-up Board member."""
    with app.app_context():
        return make_user(Role.BOARD).email
