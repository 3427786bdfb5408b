"""Sentiment: TextBlob's pattern polarity, corrected for this domain.

Each clause of the normalised text is scored from three sources of opinion, in
this order of precedence:

1. the domain lexicon in :mod:`feedback.analysis.lexicon` ("nobody told me", "back
   on track", "too late", emoji): phrases matched first, and the words they cover
   are taken out of the clause;
2. TextBlob's ``PatternAnalyzer`` (the base engine): its assessments of the rest of
   the clause, less the ones it gets wrong here (factual adjectives such as "first",
   "new", "more", and "ok"/"fine", which the labelling conventions call neutral);
3. as a supplement, for words that neither of them knows, the general-purpose VADER
   lexicon shipped by the ``vaderSentiment`` package (read from its data file,
   weighted down; skipped if the package is absent).

Negation ("not", "never", "no", "nobody", "less", "not as" up to four words before
an opinion) flips it, and a negator that flips nothing is a mild complaint of its
own ("nobody ever asks me", "no one from health attended"). Contrast ("good but
too late"): the clause after "but" weighs more; a past difficulty followed by "now"
is background to an improvement, not a complaint. Whole answers with no opinion
("ok", "n/a", "nothing", "dont know") and hedged ones ("it was ok i guess") are
neutral. A text with a clearly positive and a clearly negative clause of similar
weight is ``mixed``.

The rules' label, score and evidence (lexicon and TextBlob hits, negation, contrast,
hedges) then go, with the words of the text, to a small logistic-regression classifier
trained on the dev corpus (:mod:`feedback.analysis.sentiment_model`), which gives the
final label. ``rule_sentiment`` is the rules alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from feedback.analysis import rxcache
from feedback.analysis.lexicon import (
    CONTRAST_AFTER,
    HEDGES,
    IMPLICIT_NEGATORS,
    LEXICON,
    NEGATORS,
    SHIFTERS,
    SHORT_ANSWERS,
    TEXTBLOB_IGNORE,
    VADER_IGNORE,
)
from feedback.analysis.normalise import ANALYSIS_CAP
from feedback.analysis.sentiment_model import RuleEvidence, blend
from feedback.analysis.terms import (
    clean_evidence,
    grouped_alternation,
    normalise_term,
    term_pattern,
)
from feedback.analysis.textblob_en import pattern_sentiment
from feedback.analysis.types import Sentiment

_pattern_sentiment = pattern_sentiment()

# Tunable thresholds (chosen on the dev split and tests/data/corpus_extra.jsonl).
POSITIVE_AT = 0.1
NEGATIVE_AT = -0.05
MIXED_AT = 0.15  # both a clause at or above +MIXED_AT and one at or below -MIXED_AT
MIXED_BALANCE = 0.3  # ... and the weaker side at least this share of the stronger
TEXTBLOB_WEIGHT = 1.0  # weight of one TextBlob assessment
LEXICON_WEIGHT = 1.0  # weight of one domain-lexicon phrase
VADER_WEIGHT = 0.6  # VADER valence (-4..4) is divided by 4 and multiplied by this
CONTRAST_WEIGHT = 1.6  # weight of the clause after "but"; the one before gets 1
NEGATION_FACTOR = -0.7
NEGATION_WINDOW = 4  # words before an opinion in which a negator flips it
IMPLICIT_NEGATIVE = -0.3  # a "never" or "nobody" that negates no opinion
EXCEPT_NEGATIVE = -0.4  # "apart from the parking": the excepted thing is a complaint
BACKGROUND_WEIGHT = 0.3  # "i was sad but now ...": the past difficulty's weight
HEDGED_BELOW = 0.45  # "it was ok i guess": hedged answers weaker than this are neutral

_SENTENCE = re.compile(r"[.!?;,\n]+|\s-\s")
_CONTRAST = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in CONTRAST_AFTER) + r")(?!\w)(?=\W+\w)"
)
_EXCEPT = frozenset({"except", "apart from", "other than"})
_KEY = re.compile(r"[^\w/]+")
_TOKEN = re.compile(r"\w+")
_NOW = re.compile(r"(?<!\w)(?:now|anymore|any more|no longer|these days|since then)(?!\w)")
_HEDGE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in HEDGES) + r")(?!\w)")


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
        alternation = grouped_alternation(sources)  # the same matches, found sooner
        self.pattern = rxcache.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)")
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


@lru_cache(maxsize=1)
def _vader() -> dict[str, float]:
    """VADER's single-word valences for words TextBlob does not know, scaled to -1..1."""
    try:
        text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].isalpha():
            continue
        word = parts[0].lower()
        if word in _pattern_sentiment or word in VADER_IGNORE:
            continue
        try:
            out[word] = max(-1.0, min(1.0, float(parts[1]) / 4.0)) * VADER_WEIGHT
        except ValueError:
            continue
    return out


_PLAIN_WORDS = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


def _assessments(words: list[str]) -> list[tuple[list[str], float, float, str | None]]:
    """TextBlob's assessments of the words, joined by spaces.

    TextBlob first tokenizes the text: it splits off punctuation, quotes and
    contractions, finds sentence ends, abbreviations and emoticons, and lower-cases
    the tokens. Lower-case ASCII letters and digits between single spaces hold none of
    those, so the tokens are the words themselves and the tokenizer (a third of the
    cost) is skipped for them; anything else goes through TextBlob whole.
    """
    masked = " ".join(words)
    if _PLAIN_WORDS.fullmatch(masked):
        return _pattern_sentiment.assessments(((w, None) for w in words), True)
    return _pattern_sentiment(masked).assessments


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _negated_by(tokens: list[tuple[str, int, int]], index: int, used: set[int]) -> int | None:
    """The index of a negator or shifter in the window before token ``index``."""
    for back in range(index - 1, max(-1, index - 1 - NEGATION_WINDOW), -1):
        word = tokens[back][0]
        if word in ("but", "and", "because", "so", "only"):
            return None
        if word in NEGATORS or word in SHIFTERS:
            if word == "as" and (back == 0 or tokens[back - 1][0] not in NEGATORS):
                continue
            return back
    return None


def _clause_items(clause: str, ev: RuleEvidence | None = None) -> list[float]:
    """The scored opinions in one clause (empty when it carries none).

    When ``ev`` is given, counts of what was found are added to it (for the classifier).
    """
    tokens = _tokens(clause)
    if not tokens:
        return []
    starts = {start: i for i, (_, start, _) in enumerate(tokens)}
    covered = [False] * len(tokens)
    used: set[int] = set()
    items: list[float] = []

    def polar(index: int, score: float) -> float:
        neg = _negated_by(tokens, index, used)
        if neg is not None and not covered[neg]:
            used.add(neg)
            if ev is not None:
                ev.negations += 1
            if tokens[neg][0] == "as":
                used.add(neg - 1)  # "not as angry": the "not" is spent too
            return score * NEGATION_FACTOR
        return score

    # 1. Domain lexicon phrases.
    lex = _lexicon()
    for match in lex.pattern.finditer(clause):
        phrase = clean_evidence(match.group())
        score = lex.score(phrase)
        first = starts.get(match.start())
        if first is None:
            continue
        last = first
        while last + 1 < len(tokens) and tokens[last + 1][1] < match.end():
            last += 1
        for i in range(first, last + 1):
            covered[i] = True
        if not score:
            continue
        if not NEGATORS.intersection(phrase.split()):
            score = polar(first, score)
        items.append(score * LEXICON_WEIGHT)
        if ev is not None:
            if score > 0:
                ev.lexicon_pos += score
            else:
                ev.lexicon_neg -= score

    # 2. TextBlob on the words the lexicon did not cover.
    rest = [(w, i) for i, (w, _, _) in enumerate(tokens) if not covered[i]]
    if rest:
        assessments = _assessments([w for w, _ in rest])
        cursor = 0
        for words, score, subj, _label in assessments:
            if not words:
                continue
            # Find where the assessed chunk ends in the uncovered tokens.
            head = words[-1]
            pos = cursor
            while pos < len(rest) and rest[pos][0] != head:
                pos += 1
            if pos >= len(rest):
                continue
            cursor = pos + 1
            index = rest[pos][1]
            if head in TEXTBLOB_IGNORE:
                continue
            if words[0] in NEGATORS:
                # TextBlob already negated it ("not good").
                start = rest[max(0, pos - len(words) + 1)][1]
                used.update(i for i in range(start, index) if tokens[i][0] in NEGATORS)
                value = float(score) * TEXTBLOB_WEIGHT
                if ev is not None:
                    ev.negations += 1
            else:
                first = rest[max(0, pos - len(words) + 1)][1]
                value = polar(first, float(score)) * TEXTBLOB_WEIGHT
                covered[index] = True
            items.append(value)
            if ev is not None:
                ev.textblob_count += 1
                ev.textblob_polarity += value
                ev.textblob_subjectivity += float(subj)
        # 3. VADER for words neither knows.
        vader = _vader()
        if vader:
            for word, index in rest:
                if covered[index] or word in _pattern_sentiment:
                    continue
                valence = vader.get(word)
                if valence:
                    valence = polar(index, valence)
                    items.append(valence)
                    if ev is not None:
                        if valence > 0:
                            ev.vader_pos += valence
                        else:
                            ev.vader_neg -= valence

    # A "never" or "nobody" that negated no opinion is a complaint of its own.
    for i, (word, _, _) in enumerate(tokens):
        if word in IMPLICIT_NEGATORS and i not in used and not covered[i]:
            if word == "no" and i == 0 and len(tokens) > 1:
                continue
            items.append(IMPLICIT_NEGATIVE)
            if ev is not None:
                ev.implicit += 1
    # "not yet", "haven't had a chance yet": not a judgement.
    if "yet" in (t[0] for t in tokens) and all(s <= 0 for s in items):
        if ev is not None:
            ev.not_yet = True
        return []
    return items


def _clause_score(clause: str, ev: RuleEvidence | None = None) -> float | None:
    """The clause's polarity, or None when it carries no opinion at all."""
    items = _clause_items(clause, ev)
    if not items:
        return None
    total = sum(items)
    if len(items) > 1:
        total /= len(items) ** 0.5
    return max(-1.0, min(1.0, total))


def _clauses(text: str) -> list[tuple[str, float, str]]:
    """(clause, weight, the contrast word before it or "")."""
    out: list[tuple[str, float, str]] = []
    for sentence in _SENTENCE.split(text):
        if not sentence.strip():
            continue
        parts = _CONTRAST.split(sentence)
        # parts alternate: text, contrast word, text, ...
        out_parts = [(parts[0], "")]
        for i in range(1, len(parts) - 1, 2):
            out_parts.append((parts[i + 1], parts[i]))
        for index, (part, word) in enumerate(out_parts):
            if part.strip():
                weight = CONTRAST_WEIGHT if index > 0 else 1.0
                out.append((part, weight, word))
    return out


def is_short_answer(norm: str) -> bool:
    key = _KEY.sub(" ", norm).strip()
    return key in SHORT_ANSWERS or not any(ch.isalpha() for ch in key)


def rule_evidence(norm: str) -> RuleEvidence:
    """The rule-based reading of already-normalised text, with what it was based on."""
    text = norm[:ANALYSIS_CAP]
    ev = RuleEvidence()
    if is_short_answer(text):
        ev.short_answer = True
        return ev
    scored: list[list[float]] = []
    previous: float | None = None
    for clause, weight, word in _clauses(text):
        ev.clauses += 1
        if word:
            ev.contrast = True
        score = _clause_score(clause, ev)
        if score is None and word in _EXCEPT and previous is not None and previous > 0:
            score = EXCEPT_NEGATIVE
            ev.except_clause = True
        if score is not None:
            if score > 0 and _NOW.search(clause) and not _NOW.search(text[: text.find(clause)]):
                # "i used to cry a lot but now i dont": the past is background.
                for earlier in scored:
                    if earlier[0] < 0:
                        earlier[0] *= BACKGROUND_WEIGHT
                        ev.background = True
            scored.append([score, weight])
            previous = score
    ev.hedged = _HEDGE.search(text) is not None
    if not scored:
        return ev
    ev.scored = len(scored)
    total_weight = sum(w for _, w in scored)
    score = sum(s * w for s, w in scored) / total_weight
    score = round(max(-1.0, min(1.0, score)), 3)
    positive = max((s * w for s, w in scored), default=0.0)
    negative = -min((s * w for s, w in scored), default=0.0)
    ev.score = score
    ev.positive = max(0.0, positive)
    ev.negative = max(0.0, negative)
    if (
        positive >= MIXED_AT
        and negative >= MIXED_AT
        and min(positive, negative) >= MIXED_BALANCE * max(positive, negative)
    ):
        ev.label = "mixed"
    elif abs(score) < HEDGED_BELOW and ev.hedged:
        ev.label = "neutral"
    elif score >= POSITIVE_AT:
        ev.label = "positive"
    elif score <= NEGATIVE_AT:
        ev.label = "negative"
    return ev


def rule_sentiment(norm: str) -> Sentiment:
    """The rules alone, without the classifier (for evaluation and training)."""
    ev = rule_evidence(norm)
    return Sentiment(ev.label, ev.score)


def sentiment_of(norm: str) -> Sentiment:
    """The sentiment of already-normalised text: the rules, blended with the classifier."""
    ev = rule_evidence(norm)
    if ev.short_answer:
        return Sentiment("neutral", 0.0)
    return blend(norm[:ANALYSIS_CAP], ev)
