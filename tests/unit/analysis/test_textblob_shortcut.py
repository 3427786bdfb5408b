"""The sentiment rules read TextBlob's assessments without its tokenizer for plain
words: the result is the same as TextBlob's own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.analysis.sentiment import _assessments, _pattern_sentiment

_WORDS = [
    "good",
    "not",
    "very",
    "really",
    "bad",
    "never",
    "no",
    "nt",
    "n",
    "t",
    "s",
    "d",
    "ll",
    "xd",
    "x",
    "d",
    "o",
    "0",
    "8",
    "3",
    "lol",
    "great",
    "terribly",
    "helpful",
    "sad",
    "happy",
    "but",
    "the",
    "worker",
    "was",
    "a",
    "bit",
    "too",
    "late",
    "1st",
    "2nd",
    "etc",
    "eg",
    "mr",
    "dr",
    "p",
    "b",
    "c",
    "end",
    "of",
    "sentence",
    "amazing",
    "so",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.text(alphabet="abcdnostx0123789", min_size=1)),
        min_size=1,
        max_size=15,
    )
)
def test_plain_words_get_textblobs_own_assessments(words):
    assert _assessments(words) == _pattern_sentiment(" ".join(words)).assessments


def test_other_text_goes_through_textblob():
    for words in (["good", "😊"], ["café", "was", "great"], ["a_b", "good"], ["ok", ":)"]):
        assert _assessments(words) == _pattern_sentiment(" ".join(words)).assessments
