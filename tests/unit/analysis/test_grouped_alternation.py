"""Grouped alternations match exactly like the plain ones they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.analysis.terms import grouped_alternation, normalise_term, term_pattern

_TERM_WORDS = st.sampled_from(["a", "ab", "abc", "b", "ba", "c", "a*", "ab*", "...", "-a", "a.b"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_TERM_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12),
    st.lists(st.text(alphabet="abc .-", max_size=25), min_size=1, max_size=5),
)
def test_grouped_alternation_matches_like_the_plain_one(terms, texts):
    sources = [term_pattern(t) for t in terms if normalise_term(t).strip(". *")]
    if not sources:
        return
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(sources)})(?!\w)")
    grouped = re.compile(rf"(?<!\w)(?:{grouped_alternation(sources)})(?!\w)")
    for text in texts:
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        assert [(m.span(), m.group()) for m in grouped.finditer(text)] == expected


def test_grouped_alternation_shares_first_characters():
    assert grouped_alternation(["ab", "ac", "b"]) == "a(?:b|c)|b"
    assert grouped_alternation(["ab", "a", "b"]) == "a(?:b|)|b"
    assert grouped_alternation([r"\w+", "ab"]) == r"\w+|ab"  # not a plain first character
    assert grouped_alternation(["a*b", "ab"]) == "a*b|ab"  # a repeated first character
    assert grouped_alternation([r"\-x", r"\-y"]) == r"\-(?:x|y)"
