"""Disclosures: does the text suggest a child may be at risk of harm now?

Missing a disclosure is the worst failure, so the cues in
:mod:`feedback.analysis.disclosure_patterns` are broad vocabularies (who harms, the
harm verb in every form and common misspelling, whom it is aimed at) and the guards
are narrow constructions. Each sentence is read on its own; inside it, guards look at
the *clause* that holds the match (split at commas and at "but", "though", "now"...):

1. Idioms and everyday exaggeration are removed before matching, by construction:
   "<someone> kills/batters me at <game>", "<thing> is killing me", "bored/scared to
   death", "mum will kill me if I'm late" (unless the "if" is about telling).
2. Course content: abstract harm words ("neglect", "grooming") inside a content frame
   ("the session on neglect", "lived with domestic abuse") are dropped; concrete harm
   phrases in a content frame are dropped on training forms and from professionals,
   or after a teaching marker ("the play was about", "we learned that"), unless a
   marker says someone is reporting a real, current concern ("a pupil told me today").
3. Per match: hyperbole ("i wanted to die" next to "the quiz was so hard"), accidents
   for bare injuries ("bruise" + "playing rugby"), negation governing the harm verb
   ("nobody hurts me", "dad does not hit me", "i have never been hit") and generic
   hypotheticals ("if someone hurts you") drop the match.
4. Past and resolved: a match in a clause with an explicit past anchor ("used to",
   "when i was little", "last year") or in a sentence that says it is over ("fine
   now", "no longer", "since he left") is dropped, unless its own clause says it is
   still going on ("still", "again", "now he", "every night"). So "I used to get hit,
   now my stepdad threatens me" still flags.

A safety net (``disclosure_patterns.SAFETY_NET``) adds broader, indirect cues: fear of
a person or of home, secrecy and pressure, favours from older people or strangers,
being made to do things, being followed, feeling unsafe and plain requests for help.
They pass through the same guards and rank after every specific cue, so they only
choose the category when nothing more specific matched.

When unsure, a guard keeps the match: every flag is reviewed by a person. The whole
text is read, however long. Evidence is the matched phrases; the category is the first
match in a severity order.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from feedback.analysis import disclosure_patterns as dp
from feedback.analysis import rxcache
from feedback.analysis.prefilter import NO_MATCH, Screen
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
# Clause boundaries: punctuation, and conjunctions that contrast or move in time.
_CLAUSE = re.compile(
    r"\s*[,;:()]\s*|\s+-+\s+|\s+(?=(?:but|though|although|however|whereas|except|and now|now|"
    r"since then|these days|nowadays)\s+\w)"
)
_TURN = re.compile(r"\s*[,;]?\s+(?=(?:but|though|although|however|whereas|except)\s)")
# Kinds of pattern (their one-character prefix in disclosure_patterns).
_KINDS = {"!": "strong", "~": "hedge", "^": "trivial", "?": "injury"}
_BODILY = ("physical_abuse", "self_harm")
_LOOK = 90  # characters of context that the negation and frame guards look at
# "when i feel like that i cut": a habit, which the hypothetical guard must not drop.
_IF_I = re.compile(r"\b(?:if|in case|incase)\W*$")
_HABIT = re.compile(r"\bwhen(?:ever)? (?:i|we) (?:\w+ )?feel\b")


class _Hit(NamedTuple):
    rank: int
    category: str
    start: int
    kind: str
    text: str


def _any(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    # Every cue starts at a word: the leading \b lets the engine skip other positions.
    return rxcache.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


class _Rx(NamedTuple):
    cues: tuple[tuple[int, str, str, re.Pattern[str]], ...]
    topic: re.Pattern[str]
    topic_before: re.Pattern[str]
    topic_after: re.Pattern[str]
    idiom: re.Pattern[str]
    hedge: re.Pattern[str]
    trivial: re.Pattern[str]
    accident: re.Pattern[str]
    mishap: re.Pattern[str]
    self_negated: re.Pattern[str]
    hypothetical: re.Pattern[str]
    negation: re.Pattern[str]
    past: re.Pattern[str]
    resolved: re.Pattern[str]
    current_strong: re.Pattern[str]
    current_weak: re.Pattern[str]
    content: re.Pattern[str]
    teaching: re.Pattern[str]
    real: re.Pattern[str]
    real_own: re.Pattern[str]


@lru_cache(maxsize=1)
def _compiled() -> _Rx:
    cues: list[tuple[int, str, str, re.Pattern[str]]] = []
    for rank, category in enumerate(PRIORITY, start=1):
        by_kind: dict[str, list[str]] = {}
        for pattern in dp.PATTERNS[category]:
            kind = _KINDS.get(pattern[:1], "normal")
            body = pattern[1:] if kind != "normal" else pattern
            by_kind.setdefault(kind, []).append(body)
        for kind, bodies in by_kind.items():
            cues.append((0 if kind == "strong" else rank, category, kind, _any(bodies)))
    # The safety net ranks after the specific cues and the topic words.
    for rank, category in enumerate(PRIORITY, start=len(PRIORITY) + 2):
        if dp.SAFETY_NET.get(category):
            cues.append((rank, category, "net", _any(dp.SAFETY_NET[category])))
    return _Rx(
        cues=tuple(cues),
        topic=_any(dp.TOPIC),
        topic_before=rxcache.compile(dp.TOPIC_BEFORE),
        topic_after=rxcache.compile(dp.TOPIC_AFTER),
        idiom=_any(dp.IDIOMS),
        hedge=rxcache.compile(dp.HEDGE),
        trivial=rxcache.compile(dp.TRIVIAL),
        accident=rxcache.compile(dp.ACCIDENT),
        mishap=rxcache.compile(dp.MISHAP),
        self_negated=rxcache.compile(dp.SELF_NEGATED),
        hypothetical=rxcache.compile(dp.HYPOTHETICAL),
        negation=rxcache.compile(dp.NEGATION),
        past=_any(dp.PAST),
        resolved=_any(dp.RESOLVED),
        current_strong=_any(dp.CURRENT_STRONG),
        current_weak=_any(dp.CURRENT_WEAK),
        content=_any(dp.CONTENT),
        teaching=_any(dp.TEACHING),
        real=_any(dp.REAL),
        real_own=_any(dp.REAL_OWN),
    )


@lru_cache(maxsize=1)
def _screen() -> Screen:
    rx = _compiled()
    return Screen([cue[3] for cue in rx.cues] + list(rx[1:]))


def _screened(rx: _Rx, sentence: str) -> tuple[str, _Rx]:
    """The sentence with idioms taken out, and ``rx`` less the patterns that cannot
    match it (an exact prefilter: see :mod:`feedback.analysis.prefilter`)."""
    screen = _screen()
    possible = screen.possible_all(screen.scan(sentence))  # the cues, then the others
    if possible[len(rx.cues) + _Rx._fields.index("idiom") - 1]:
        without = rx.idiom.sub(" ~ ", sentence)
        if without != sentence:
            sentence = without
            possible = screen.possible_all(screen.scan(sentence))
    cues = tuple(cue for cue, ok in zip(rx.cues, possible, strict=False) if ok)
    others = zip(rx[1:], possible[len(rx.cues) :], strict=True)
    return sentence, _Rx(cues, *(p if ok else NO_MATCH for p, ok in others))


def _topic_category(phrase: str) -> str:
    if "neglect" in phrase:
        return "neglect"
    if "domestic" in phrase or "violen" in phrase:
        return "domestic_abuse"
    if "self harm" in phrase or "suicid" in phrase:
        return "self_harm"
    if "bull" in phrase:
        return "threat"
    if any(
        w in phrase
        for w in ("groom", "exploit", "cse", "cce", "county", "sextort", "traffick", "slavery")
    ):
        return "exploitation"
    if "sexual" in phrase:
        return "sexual_abuse"
    return "other_risk"


def _clauses(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _CLAUSE.finditer(sentence):
        if boundary.start() > start:
            spans.append((start, boundary.start()))
        start = boundary.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans or [(0, len(sentence))]


def _parts(sentence: str) -> list[tuple[int, int]]:
    """The sentence split only where it turns ("... but ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _TURN.finditer(sentence):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(sentence)))
    return spans


def _in_past(rx: _Rx, sentence: str, spans: list[tuple[int, int]], index: int) -> bool:
    """An explicit past anchor in the clause, or in a clause that leads into it."""
    start, end = spans[index]
    if rx.past.search(sentence, start, end):
        return True
    if index:
        prev_start, prev_end = spans[index - 1]
        match = rx.past.search(sentence, prev_start, prev_end)
        return match is not None and match.start() - prev_start <= 12
    return False


def _sentence_hits(
    sentence: str, training: bool, trace: list[tuple[str, str]] | None = None
) -> list[_Hit]:
    """The cues in ``sentence`` that survive the guards. When ``trace`` is a list, a
    ``(category, guard)`` pair is added to it for every cue found, naming the guard
    that dropped it ("kept" when none did)."""
    rx = _compiled()
    if "~" in sentence:
        sentence = sentence.replace("~", " ")
    sentence, rx = _screened(rx, sentence)
    hits: list[_Hit] = []
    for rank, category, kind, pattern in rx.cues:
        for match in pattern.finditer(sentence):
            hits.append(_Hit(rank, category, match.start(), kind, match.group()))
    for match in rx.topic.finditer(sentence):
        before = sentence[max(0, match.start() - _LOOK) : match.start()]
        after = sentence[match.end() : match.end() + _LOOK]
        if rx.topic_before.search(before) or rx.topic_after.search(after):
            continue
        category = _topic_category(match.group())
        hits.append(_Hit(len(PRIORITY) + 1, category, match.start(), "topic", match.group()))
    if not hits:
        return []

    # Course and teaching content, read in the part of the sentence that holds the
    # match: "the film about abuse was good but my dad hits me" keeps "hits me".
    if rx.content.search(sentence):
        parts = _parts(sentence)
        framed: list[_Hit] = []
        for hit in hits:
            start, end = next((p for p in parts if p[0] <= hit.start < p[1]), parts[-1])
            content = rx.content.search(sentence, start, end) and not (
                rx.real.search(sentence) or (not training and rx.real_own.search(sentence))
            )
            if content and (
                hit.kind == "topic" or training or rx.teaching.search(sentence, start, end)
            ):
                if trace is not None:
                    trace.append((hit.category, "content"))
                continue
            framed.append(hit)
        hits = framed
        if not hits:
            return []

    hedged = rx.hedge.search(sentence) is not None
    trivial = rx.trivial.search(sentence) is not None
    resolved = rx.resolved.search(sentence) is not None
    spans = _clauses(sentence)
    kept: list[_Hit] = []
    for hit in hits:
        guard = _guard(rx, sentence, spans, hit, hedged, trivial, resolved)
        if trace is not None:
            trace.append((hit.category, guard or "kept"))
        if guard is None:
            kept.append(hit)
    return kept


def _guard(
    rx: _Rx,
    sentence: str,
    spans: list[tuple[int, int]],
    hit: _Hit,
    hedged: bool,
    trivial: bool,
    resolved: bool,
) -> str | None:
    """The name of the guard that drops ``hit``, or None to keep it."""
    if (hit.kind == "hedge" and hedged) or (hit.kind == "trivial" and trivial):
        return hit.kind
    index = next((i for i, (s, e) in enumerate(spans) if s <= hit.start < e), len(spans) - 1)
    start, end = spans[index]
    if hit.kind == "injury" and rx.accident.search(sentence, start, end):
        return "accident"
    if hit.category in _BODILY and rx.mishap.search(sentence, start, end):
        return "mishap"
    pre = sentence[max(start, hit.start - _LOOK) : hit.start]
    if _IF_I.search(pre) and hit.text.startswith(("i ", "we ")):
        return "hypothetical"  # "... if i need help", "in case we get hurt"
    if rx.hypothetical.search(pre) and not (
        # "when i feel like that i cut": a habit, not a what-if.
        hit.category == "self_harm" and _HABIT.search(pre)
    ):
        return "hypothetical"
    if rx.negation.search(pre) and not rx.self_negated.match(hit.text):
        return "negation"
    if not rx.current_strong.search(sentence, start, end):
        if _in_past(rx, sentence, spans, index):
            return "past"
        if resolved and not rx.current_weak.search(sentence, start, end):
            return "resolved"
    return None


def without_idioms(norm: str) -> str:
    """The text with idioms and everyday exaggeration ("bored to death", "kills me at
    fifa", "mum will kill me if i am late") taken out, as the cues see it."""
    rx = _compiled()
    return rx.idiom.sub(" ~ ", norm.replace("~", " "))


def guards_fired(norm: str) -> bool:
    """True when the text has something the guards exist for: a sign that something
    is over ("safe now", "no longer"), an idiom, or a
    cue of any category at all (a cue the rules dropped as negated, past, resolved,
    hypothetical or course content). The learned reader needs more confidence to
    flag such a text than one with no cue at all."""
    rx = _compiled()
    if rx.resolved.search(norm):
        return True
    for sentence in _SENTENCE.split(norm):
        if not sentence:
            continue
        if rx.idiom.search(sentence) or rx.topic.search(sentence):
            return True
        if any(pattern.search(sentence) for _, _, _, pattern in rx.cues):
            return True
    return False


Trace = tuple[tuple[str, str], ...]


def detect(norm: str, respondent: str | None = None, form: str | None = None) -> Disclosure:
    """Scan already-normalised text (all of it) for a disclosure."""
    return detect_traced(norm, respondent, form)[0]


def detect_traced(
    norm: str, respondent: str | None = None, form: str | None = None
) -> tuple[Disclosure, Trace]:
    """:func:`detect`, and a ``(category, guard)`` pair for every cue found, naming the
    guard that dropped it or "kept": what the rules saw, for the learned reader."""
    if not norm:
        return NO_DISCLOSURE, ()
    training = respondent == "professional" or bool(form and form.startswith("training-"))
    hits: list[_Hit] = []
    trace: list[tuple[str, str]] = []
    for sentence in _SENTENCE.split(norm):
        if sentence:
            hits.extend(_sentence_hits(sentence, training, trace))
    if not hits:
        return NO_DISCLOSURE, tuple(trace)
    hits.sort(key=lambda hit: hit.rank)
    evidence: list[str] = []
    for hit in hits:
        phrase = clean_evidence(hit.text)
        if phrase and phrase not in evidence:
            evidence.append(phrase)
    if not evidence:
        return NO_DISCLOSURE, tuple(trace)
    return Disclosure(True, hits[0].category, tuple(evidence[:10])), tuple(trace)
