"""Tests that build patterns of their own keep them out of the user's regex cache."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from feedback.analysis import rxcache

_ENV = "FEEDBACK_ANALYSIS_CACHE"


@contextmanager
def isolated_cache(directory: Path | None = None) -> Iterator[None]:
    """rxcache as a new process would see it, with ``directory`` as its cache (or none);
    afterwards it is as it was, and nothing built inside is ever written out."""
    saved = (rxcache._entries, rxcache._used, rxcache._dirty, rxcache._save_registered)
    env = os.environ.get(_ENV)
    rxcache._entries, rxcache._used, rxcache._dirty = None, set(), False
    rxcache._save_registered = True  # no atexit save from here
    os.environ[_ENV] = str(directory) if directory is not None else "off"
    try:
        yield
    finally:
        rxcache._entries, rxcache._used, rxcache._dirty, rxcache._save_registered = saved
        if env is None:
            os.environ.pop(_ENV, None)
        else:
            os.environ[_ENV] = env
