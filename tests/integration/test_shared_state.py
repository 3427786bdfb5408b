"""Shared state for several app instances: rate limits live in Redis when it is set."""

from __future__ import annotations

import os

import pytest

REDIS_URL = os.environ.get("REDIS_TEST_URL", "")


@pytest.fixture
def redis_store():
    if not REDIS_URL:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but REDIS_TEST_URL is not set")
        pytest.skip("REDIS_TEST_URL is not set")
    import redis

    store = redis.Redis.from_url(REDIS_URL)
    store.flushdb()  # REDIS_TEST_URL names a database kept for the tests
    yield store
    store.flushdb()


def test_sign_in_limit_is_shared_between_instances(app_factory, redis_store):
    config = {"RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": REDIS_URL}
    first = app_factory(**config).test_client()
    second = app_factory(**config).test_client()
    attempt = {"email": "a@example.org", "password": "x"}
    for _ in range(5):
        first.post("/staff/sign-in", data=attempt)
    statuses = [second.post("/staff/sign-in", data=attempt).status_code for _ in range(6)]
    # 10 a minute in all: the second instance sees the first one's five attempts.
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    assert redis_store.dbsize() > 0, "no rate-limit counters in Redis"
