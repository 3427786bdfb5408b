"""The literal prefilter never hides a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.analysis import disclosure, themes
from feedback.analysis.prefilter import NO_MATCH, Screen, required_literals
from tests.unit.analysis.cache_isolation import isolated_cache


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:hits? (?:me|us)|kick\w*)", {"hit me", "hit us", "hits me", "hits us", "kick"}),
        (r"(?<!\w)(?:listen\w*|heard\W+me)(?!\w)", {"listen", "heard"}),
        (r"abc|d", {"abc", "d"}),
        (r"(?:very )?good", {"very good", "good"}),
        (r"x{2}y", {"xxy"}),
        (r"lol+", {"lo"}),
    ],
)
def test_required_literals(source, expected):
    with isolated_cache():
        assert required_literals(re.compile(source)) == expected


@pytest.mark.parametrize("source", [r"\w+", r"a|\d", r"(?i)abc", r"(a)\1", r"x*", r"(?:abc)?"])
def test_no_prefilter_when_unsure(source):
    with isolated_cache():
        assert required_literals(re.compile(source)) is None


def test_screen_narrows_only_impossible_patterns():
    kick, hug = re.compile(r"\bkick\w*"), re.compile(r"\bhug(?:s|ged)?\b")
    with isolated_cache():
        screen = Screen([kick, hug, None]).prepare()
    present = screen.scan("he kicked the ball")
    assert screen.possible_all(present) == [True, False, False]  # None: no pattern to run
    assert screen.possible(kick, present)
    assert not screen.possible(hug, present)
    assert screen.possible(re.compile("unknown to the screen"), present)
    assert NO_MATCH.search("anything") is None
    assert NO_MATCH.sub(" ~ ", "anything") == "anything"
    assert list(NO_MATCH.finditer("anything")) == []


def _real_patterns() -> list[re.Pattern[str]]:
    rx = disclosure._compiled()
    found = [cue[3] for cue in rx.cues] + list(rx[1:])
    for _rule, pattern, veto in themes._default_compiled():
        found.extend(p for p in (pattern, veto) if p is not None)
    return found


_PATTERNS = _real_patterns()
_SCREEN = Screen(_PATTERNS).prepare()
_PIECES = [
    *sorted(_SCREEN._literals)[::7],
    "my dad",
    "hits me",
    "at home",
    "not",
    "never",
    "used to",
    "lol",
    "the worker",
    "listened",
    "report came late",
    "i want to die",
    "scared of my stepdad",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_PIECES),
            st.sampled_from([" ", ", ", ". ", "\n", "~", "-", "'"]),
            st.text(alphabet="abcdehiklmnorstuwy ", max_size=8),
        ),
        max_size=30,
    )
)
def test_prefilter_never_hides_a_match(parts):
    text = " ".join(parts)
    present = _SCREEN.scan(text)
    for pattern, possible in zip(_PATTERNS, _SCREEN.possible_all(present), strict=True):
        if not possible:
            assert pattern.search(text) is None, pattern.pattern[:80]


@settings(max_examples=200, deadline=None)
@given(
    st.sets(st.text(alphabet="ab .\n", min_size=1, max_size=5), min_size=1, max_size=12),
    st.text(alphabet="ab .\n", max_size=40),
)
def test_scan_finds_every_literal_in_the_text(literals, text):
    with isolated_cache():
        screen = Screen([re.compile(re.escape(literal)) for literal in literals]).prepare()
    assert screen.scan(text) == {literal for literal in literals if literal in text}


def test_a_screen_lets_everything_run_until_it_is_prepared(tmp_path):
    kick, hug = re.compile(r"\bkick\w*"), re.compile(r"\bhug(?:s|ged)?\b")
    with isolated_cache(tmp_path):  # nothing kept yet
        screen = Screen([kick, hug, None], warm_up=3)
        for _ in range(2):
            present = screen.scan("he kicked the ball")
            assert present is None
            assert screen.possible_all(present) == [True, True, False]
        assert screen.possible_all(screen.scan("he kicked the ball")) == [True, False, False]
        # A new screen finds what the first one worked out, and screens at once.
        again = Screen([kick, hug, None], warm_up=3)
        assert again.possible_all(again.scan("he kicked the ball")) == [True, False, False]
