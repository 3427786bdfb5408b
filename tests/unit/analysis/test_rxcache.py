"""Patterns from the regex cache equal re.compile's, on disk and back."""

from __future__ import annotations

import re

import pytest

from feedback.analysis import rxcache


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"\b(?:hits? (?:me|us)|kick\w*)", 0),
        (r"(?P<word>\w+)\s+(?P=word)", 0),
        (r"(a)(b)?", re.IGNORECASE),
        (r"(?s:.)x(?m:^y$)", 0),
    ],
)
def test_cached_patterns_equal_re_compile(tmp_path, monkeypatch, source, flags):
    monkeypatch.setenv("FEEDBACK_ANALYSIS_CACHE", str(tmp_path))
    monkeypatch.setattr(rxcache, "_entries", None)
    monkeypatch.setattr(rxcache, "_used", set())
    monkeypatch.setattr(rxcache, "_dirty", False)
    monkeypatch.setattr(rxcache, "_save_registered", True)  # no atexit from a test
    fresh = rxcache.compile(source, flags)
    assert fresh == re.compile(source, flags)
    rxcache._save()
    assert rxcache.cache_path() is not None and rxcache.cache_path().exists()
    monkeypatch.setattr(rxcache, "_entries", None)  # as a new process would
    cached = rxcache.compile(source, flags)
    assert cached == re.compile(source, flags)
    assert cached.groupindex == re.compile(source, flags).groupindex
    for text in ("xx hits me", "ab ab", "A", "\ny"):
        expected = re.compile(source, flags).search(text)
        found = cached.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_cache_off_and_corrupt_files(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_ANALYSIS_CACHE", "off")
    assert rxcache.cache_path() is None
    monkeypatch.setenv("FEEDBACK_ANALYSIS_CACHE", str(tmp_path))
    path = rxcache.cache_path()
    assert path is not None
    path.write_bytes(b"not a cache")
    monkeypatch.setattr(rxcache, "_entries", None)
    assert rxcache.compile(r"ab+c") == re.compile(r"ab+c")


def test_memo_rebuilds_when_a_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_ANALYSIS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(rxcache, "_entries", None)
    monkeypatch.setattr(rxcache, "_save_registered", True)
    data = tmp_path / "data.txt"
    data.write_text("one")
    calls = []

    def build():
        calls.append(1)
        return data.read_text()

    assert rxcache.memo("test", ("x",), build, [data]) == "one"
    assert rxcache.memo("test", ("x",), build, [data]) == "one"
    assert len(calls) == 1
    data.write_text("two")
    rxcache._file_digest.cache_clear()
    assert rxcache.memo("test", ("x",), build, [data]) == "two"
    assert rxcache.memo("test", ("y",), build, [data]) == "two"
    assert len(calls) == 3
