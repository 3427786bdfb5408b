"""Disclosures: does the text suggest a child may be at risk of harm now?

Missing a disclosure is the worst failure, so the patterns in
:mod:`feedback.analysis.disclosure_patterns` are broad and the guards narrow:

- idioms and everyday exaggeration ("bored to death", "my brother kills me at
  FIFA", "mum will kill me if I'm late") are removed before matching;
- a match in a sentence that says the harm is past or resolved ("used to", "any
  more", "gone now", "dealt with") is dropped unless the sentence also says it is
  still going on ("still", "again", "every night");
- abstract harm words ("neglect", "grooming") inside course or teaching content
  ("the session on neglect was useful") are dropped, and so are concrete harm
  phrases in a content frame on training forms or from professionals, unless a
  marker says someone is reporting a real, current concern ("a colleague has been
  seen...", "happening to me").

The whole text is read, however long. Evidence is the matched phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache

from feedback.analysis.disclosure_patterns import (
    CONTENT,
    CURRENT,
    IDIOMS,
    PAST,
    PATTERNS,
    REAL,
    TEACHING,
    TOPIC,
)
from feedback.analysis.terms import clean_evidence
from feedback.analysis.types import Disclosure

CATEGORIES = (
    "physical_abuse",
    "sexual_abuse",
    "exploitation",
    "emotional_abuse",
    "neglect",
    "domestic_abuse",
    "self_harm",
    "missing_or_homeless",
    "threat",
    "other_risk",
)
# When several categories match, the first in this order wins.
PRIORITY = (
    "self_harm",
    "sexual_abuse",
    "exploitation",
    "domestic_abuse",
    "threat",
    "physical_abuse",
    "emotional_abuse",
    "neglect",
    "missing_or_homeless",
    "other_risk",
)
NO_DISCLOSURE = Disclosure(False, None, ())

_SENTENCE = re.compile(r"(?<=[.!?\n])\s+|\s*\n+\s*")


def _any(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    out: dict[str, re.Pattern[str]] = {}
    for category in PRIORITY:
        normal = tuple(p for p in PATTERNS[category] if not p.startswith("!"))
        strong = tuple(p[1:] for p in PATTERNS[category] if p.startswith("!"))
        out[category] = _any(normal)
        out["!" + category] = _any(strong) if strong else re.compile(r"(?!x)x")
    out["_topic"] = _any(TOPIC)
    out["_idiom"] = _any(IDIOMS)
    out["_past"] = _any(PAST)
    out["_current"] = _any(CURRENT)
    out["_content"] = _any(CONTENT)
    out["_real"] = _any(REAL)
    out["_teaching"] = _any(TEACHING)
    return out


def _topic_category(phrase: str) -> str:
    if "neglect" in phrase:
        return "neglect"
    if "domestic" in phrase or "violence" in phrase:
        return "domestic_abuse"
    if "self harm" in phrase or "suicid" in phrase:
        return "self_harm"
    if any(
        w in phrase for w in ("groom", "exploit", "cse", "county", "sextort", "traffick", "slavery")
    ):
        return "exploitation"
    if "sexual" in phrase:
        return "sexual_abuse"
    return "other_risk"


def _sentence_hits(sentence: str, training: bool) -> list[tuple[int, str, str]]:
    rx = _compiled()
    sentence = rx["_idiom"].sub(" ~ ", sentence)
    hits: list[tuple[int, str, str]] = []
    for rank, category in enumerate(PRIORITY, start=1):
        for match in rx["!" + category].finditer(sentence):
            hits.append((0, category, clean_evidence(match.group())))
        for match in rx[category].finditer(sentence):
            hits.append((rank, category, clean_evidence(match.group())))
    topic = [
        (len(PRIORITY) + 1, _topic_category(m.group()), clean_evidence(m.group()))
        for m in rx["_topic"].finditer(sentence)
    ]
    if not hits and not topic:
        return []
    real = rx["_real"].search(sentence) is not None
    content = rx["_content"].search(sentence) is not None and not real
    if content:
        topic = []
        if training or rx["_teaching"].search(sentence):
            hits = []
    hits.extend(topic)
    if hits and rx["_past"].search(sentence) and not rx["_current"].search(sentence):
        return []
    return [h for h in hits if h[2]]


def detect(norm: str, respondent: str | None = None, form: str | None = None) -> Disclosure:
    """Scan already-normalised text (all of it) for a disclosure."""
    if not norm:
        return NO_DISCLOSURE
    training = respondent == "professional" or bool(form and form.startswith("training-"))
    hits: list[tuple[int, str, str]] = []
    for sentence in _SENTENCE.split(norm):
        if sentence:
            hits.extend(_sentence_hits(sentence, training))
    if not hits:
        return NO_DISCLOSURE
    hits.sort(key=lambda hit: hit[0])
    category = hits[0][1]
    evidence: list[str] = []
    for _, _, phrase in hits:
        if phrase not in evidence:
            evidence.append(phrase)
    return Disclosure(True, category, tuple(evidence[:10]))
