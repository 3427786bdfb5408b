"""Sentiment: TextBlob's pattern polarity, corrected for this domain.

For each clause of the normalised text the score combines TextBlob's
``PatternAnalyzer`` polarity with the domain lexicon in
:mod:`feedback.analysis.lexicon` ("nobody told me", "back on track", emoji), with
negation ("not", "never", "no", "nobody" up to three words before a lexicon phrase
flip it) and contrast ("good but too late": the clause after "but" weighs more).
Whole answers with no opinion ("ok", "n/a", "nothing", "dont know") are neutral.
A text with a clearly positive and a clearly negative clause of similar weight is
``mixed``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from textblob.en import sentiment as _pattern_sentiment

from feedback.analysis.lexicon import CONTRAST_AFTER, LEXICON, NEGATORS, SHORT_ANSWERS
from feedback.analysis.normalise import ANALYSIS_CAP
from feedback.analysis.terms import clean_evidence, normalise_term, term_pattern
from feedback.analysis.types import Sentiment

# Tunable thresholds (chosen on the corpus's dev split).
POSITIVE_AT = 0.1
NEGATIVE_AT = -0.05
MIXED_AT = 0.15  # both a clause at or above +MIXED_AT and one at or below -MIXED_AT
MIXED_BALANCE = 0.35  # ... and the weaker side at least this share of the stronger
TEXTBLOB_WEIGHT = 0.5  # share of TextBlob's polarity when the lexicon also has a say
CONTRAST_WEIGHT = 1.6  # weight of the clause after "but"; the one before gets 1
NEGATION_FACTOR = -0.7

_SENTENCE = re.compile(r"[.!?;\n]+|\s-\s")
_CONTRAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CONTRAST_AFTER) + r")(?!\w)")
_KEY = re.compile(r"[^\w/]+")
_TOKEN = re.compile(r"\w+")


class _Lexicon:
    def __init__(self) -> None:
        exact: dict[str, float] = {}
        prefixes: list[tuple[str, float]] = []
        sources = []
        for term, score in LEXICON.items():
            norm = normalise_term(term)
            sources.append(term_pattern(term))
            if norm.endswith("*"):
                prefixes.append((norm[:-1], score))
            else:
                exact[norm] = score
        sources.sort(key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(sources) + r")(?!\w)")
        self.exact = exact
        self.prefixes = sorted(prefixes, key=lambda p: -len(p[0]))

    def score(self, phrase: str) -> float:
        found = self.exact.get(phrase)
        if found is not None:
            return found
        for prefix, score in self.prefixes:
            if phrase.startswith(prefix):
                return score
        return 0.0


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _lexicon_score(clause: str) -> tuple[float, int]:
    lex = _lexicon()
    total = 0.0
    hits = 0
    for match in lex.pattern.finditer(clause):
        phrase = clean_evidence(match.group())
        score = lex.score(phrase)
        if not score:
            continue
        words = phrase.split()
        if not NEGATORS.intersection(words):
            before = _TOKEN.findall(clause[max(0, match.start() - 30) : match.start()])[-3:]
            if NEGATORS.intersection(before) and "only" not in before:
                score *= NEGATION_FACTOR
        total += score
        hits += 1
    return total, hits


def _clause_score(clause: str) -> float | None:
    """The clause's polarity, or None when it carries no opinion at all."""
    polarity = float(_pattern_sentiment(clause)[0])
    lex, hits = _lexicon_score(clause)
    if not hits:
        return polarity if polarity else None
    lex = max(-1.0, min(1.0, lex))
    if not polarity:
        return lex
    return TEXTBLOB_WEIGHT * polarity + (1 - TEXTBLOB_WEIGHT) * lex


def _clauses(text: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for sentence in _SENTENCE.split(text):
        if not sentence.strip():
            continue
        parts = _CONTRAST.split(sentence)
        for index, part in enumerate(parts):
            if part.strip():
                weight = CONTRAST_WEIGHT if index > 0 else 1.0
                out.append((part, weight))
    return out


def is_short_answer(norm: str) -> bool:
    key = _KEY.sub(" ", norm).strip()
    return key in SHORT_ANSWERS or not any(ch.isalpha() for ch in key)


def sentiment_of(norm: str) -> Sentiment:
    """The sentiment of already-normalised text."""
    text = norm[:ANALYSIS_CAP]
    if is_short_answer(text):
        return Sentiment("neutral", 0.0)
    scored: list[tuple[float, float]] = []
    for clause, weight in _clauses(text):
        score = _clause_score(clause)
        if score is not None:
            scored.append((score, weight))
    if not scored:
        return Sentiment("neutral", 0.0)
    total_weight = sum(w for _, w in scored)
    score = sum(s * w for s, w in scored) / total_weight
    score = round(max(-1.0, min(1.0, score)), 3)
    positive = max((s * w for s, w in scored), default=0.0)
    negative = -min((s * w for s, w in scored), default=0.0)
    if (
        positive >= MIXED_AT
        and negative >= MIXED_AT
        and min(positive, negative) >= MIXED_BALANCE * max(positive, negative)
    ):
        return Sentiment("mixed", score)
    if score >= POSITIVE_AT:
        return Sentiment("positive", score)
    if score <= NEGATIVE_AT:
        return Sentiment("negative", score)
    return Sentiment("neutral", score)
