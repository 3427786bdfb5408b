"""Shared state for several app instances: rate limits live in Redis when it is set."""

from __future__ import annotations

import os
import uuid

import pytest

REDIS_URL = os.environ.get("REDIS_TEST_URL", "")


@pytest.fixture
def redis_url():
    if not REDIS_URL:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but REDIS_TEST_URL is not set")
        pytest.skip("REDIS_TEST_URL is not set")
    return REDIS_URL


def test_sign_in_limit_is_shared_between_instances(app_factory, redis_url):
    prefix = f"test-{uuid.uuid4().hex}"
    config = {
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": redis_url,
        "RATELIMIT_KEY_PREFIX": prefix,
    }
    first = app_factory(**config).test_client()
    second = app_factory(**config).test_client()
    for _ in range(5):
        first.post("/staff/sign-in", data={"email": "a@example.org", "password": "x"})
    statuses = [
        second.post("/staff/sign-in", data={"email": "a@example.org", "password": "x"}).status_code
        for _ in range(6)
    ]
    # 10 a minute in all: the second instance sees the first one's five attempts.
    assert statuses[:5] == [401] * 5
    assert statuses[5] == 429
    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"*{prefix}*"))
    assert keys, "no rate-limit counters in Redis"
    for key in keys:
        client.delete(key)
