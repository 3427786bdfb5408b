"""The cache for expensive report pages: Redis when REDIS_URL is set, so every app instance
shares it, else in the process. Kept apart from the database extensions so views can use it."""

from __future__ import annotations

from flask_caching import Cache

cache = Cache()
