"""Bad input never crashes; results are deterministic and serialisable."""

from __future__ import annotations

import json

import pytest

from feedback.analysis import Analysis, analyse, to_json

BAD = [
    "",
    " ",
    "x" * 100_000,
    "Je suis très content du travail social",
    "مرحبا، كان العامل لطيفا",
    "这个很好",
    "😊😊😊",
    "🙂",
    "<script>alert('x')</script><b>bold</b> &amp; text",
    "\x00\x01\x02\x1b[31mred\x7f",
    "a\u200bb\ufeffc",
    "(" * 5000,
    "he " * 20_000,
    "1234567890" * 100,
]


@pytest.mark.parametrize("text", BAD)
def test_bad_input_never_crashes(text):
    result = analyse(text)
    assert isinstance(result, Analysis)
    data = to_json(result)
    json.dumps(data, ensure_ascii=False)
    assert set(data) == {"sentiment", "themes", "disclosure", "redacted"}
    assert "\x00" not in result.redacted
    assert "<script>" not in result.redacted


def test_none_and_non_strings_are_tolerated():
    assert analyse(None).sentiment.label == "neutral"  # type: ignore[arg-type]


def test_deterministic():
    text = "My worker Sarah listened but the report came too late, and mums bf hits me"
    first = analyse(text, "child", "cidva-child")
    for _ in range(3):
        assert analyse(text, "child", "cidva-child") == first


def test_to_json_shape():
    data = to_json(analyse("she listened to me 😊", "child", "cidva-child"))
    assert data["sentiment"]["label"] == "positive"
    assert isinstance(data["sentiment"]["score"], float)
    assert data["themes"] == ["listened_to"] or "listened_to" in data["themes"]
    assert data["disclosure"] == {"flag": False, "category": None, "evidence": []}
