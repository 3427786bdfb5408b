"""The rate limiter, kept apart from the database extensions so views can use it.

Limits are counted in Redis when REDIS_URL is set, so every app instance behind a
load balancer shares them; otherwise in memory, per process."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[])
