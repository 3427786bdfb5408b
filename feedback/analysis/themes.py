"""Theme tagging: each rule's terms (see :mod:`feedback.analysis.terms`) are compiled
once per taxonomy and matched against the normalised text. Every tag carries its
evidence: the phrases that triggered it. At most ``MAX_THEMES`` tags are kept, those
with the most distinct evidence first.

When the form or respondent says the answer is about a training course (a form
slug starting ``training-`` or a professional respondent), the family-only themes
of the default taxonomy are not used, and on children's and families' forms the
training-only themes are not used. Themes an admin adds are always used.

A rule's veto terms (``!school holidays``, see :mod:`feedback.analysis.terms`) drop
that rule's matches in the clause where the veto appears.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from feedback.analysis import theme_model
from feedback.analysis.normalise import ANALYSIS_CAP
from feedback.analysis.prefilter import Screen
from feedback.analysis.taxonomy import FAMILY_SLUGS, TRAINING_SLUGS, default_taxonomy
from feedback.analysis.terms import clean_evidence, compile_terms, split_terms
from feedback.analysis.types import ThemeMatch, ThemeRule

MAX_THEMES = 3
MIN_HITS = 1
# Clause boundaries for vetoes: punctuation, new lines and contrasting conjunctions.
_CLAUSE_END = re.compile(r"[.,;:!?\n]|\b(?:but|though|although|however|whereas)\b")


Compiled = tuple[tuple[ThemeRule, re.Pattern[str] | None, re.Pattern[str] | None], ...]


@lru_cache(maxsize=64)
def compile_taxonomy(taxonomy: tuple[ThemeRule, ...]) -> Compiled:
    """Each rule with its compiled pattern and veto pattern; cached per taxonomy tuple."""
    compiled = []
    for rule in taxonomy:
        vetoes = split_terms(tuple(rule.terms))[1]
        compiled.append((rule, compile_terms(tuple(rule.terms)), compile_terms(vetoes)))
    return tuple(compiled)


_screens: dict[int, tuple[Compiled, Screen]] = {}


def _screen(compiled: Compiled) -> Screen:
    """An exact prefilter for the rules' patterns (see :mod:`feedback.analysis.prefilter`).

    Kept by the identity of ``compiled``: hashing it would hash every term and pattern.
    """
    kept = _screens.get(id(compiled))
    if kept is None or kept[0] is not compiled:
        if len(_screens) >= 64:
            _screens.clear()
        screen = Screen(p for _rule, pattern, veto in compiled for p in (pattern, veto))
        kept = _screens[id(compiled)] = (compiled, screen)
    return kept[1]


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``."""
    left = 0
    for boundary in _CLAUSE_END.finditer(text, 0, start):
        left = boundary.end()
    right = _CLAUSE_END.search(text, end)
    return left, right.start() if right else len(text)


def _vetoed(text: str, start: int, end: int, veto: re.Pattern[str]) -> bool:
    left, right = _clause_of(text, start, end)
    return veto.search(text, left, right) is not None


@lru_cache(maxsize=1)
def _default() -> tuple[ThemeRule, ...]:
    return default_taxonomy()


@lru_cache(maxsize=1)
def _default_compiled() -> Compiled:
    return compile_taxonomy(_default())


def context_of(respondent: str | None, form: str | None) -> str | None:
    """'training', 'family' or None when neither the form nor the respondent says."""
    if form:
        if form.startswith("training-"):
            return "training"
        return "family"
    if respondent == "professional":
        return "training"
    if respondent in ("child", "parent"):
        return "family"
    return None


def term_matches(
    norm: str,
    respondent: str | None = None,
    form: str | None = None,
    taxonomy: Sequence[ThemeRule] | None = None,
) -> tuple[list[ThemeRule], dict[str, ThemeMatch]]:
    """The rules that apply to this form, and the term matches among them (all of
    them, before any limit), by slug."""
    text = norm[:ANALYSIS_CAP]
    rules = _default() if taxonomy is None else tuple(taxonomy)
    compiled = _default_compiled() if taxonomy is None else compile_taxonomy(rules)
    context = context_of(respondent, form)
    excluded = (
        FAMILY_SLUGS if context == "training" else TRAINING_SLUGS if context == "family" else ()
    )
    screen = _screen(compiled)
    possible = screen.possible_all(screen.scan(text))  # each rule's pattern, then its veto
    applicable: list[ThemeRule] = []
    matches: dict[str, ThemeMatch] = {}
    for order, (rule, pattern, veto) in enumerate(compiled):
        if rule.slug in excluded:
            continue
        applicable.append(rule)
        if pattern is None or not possible[2 * order]:
            continue
        if veto is not None and (not possible[2 * order + 1] or veto.search(text) is None):
            veto = None
        evidence: list[str] = []
        for match in pattern.finditer(text):
            if veto is not None and _vetoed(text, match.start(), match.end(), veto):
                continue
            phrase = clean_evidence(match.group())
            if phrase and phrase not in evidence:
                evidence.append(phrase)
        if len(evidence) >= MIN_HITS:
            matches[rule.slug] = ThemeMatch(rule.slug, tuple(evidence))
    return applicable, matches


def match_themes(
    norm: str,
    respondent: str | None = None,
    form: str | None = None,
    taxonomy: Sequence[ThemeRule] | None = None,
) -> tuple[ThemeMatch, ...]:
    applicable, matches = term_matches(norm, respondent, form, taxonomy)
    model = theme_model.load()
    scored: list[tuple[float, int, ThemeMatch]] = []
    if model is None:
        for order, rule in enumerate(applicable):
            if rule.slug in matches:
                match = matches[rule.slug]
                scored.append((float(len(match.evidence)), order, match))
    else:
        text = norm[:ANALYSIS_CAP]
        hits = {slug: len(match.evidence) for slug, match in matches.items()}
        feats = theme_model.features(text, respondent, form, hits)
        probs = model.probabilities(feats)
        for order, rule in enumerate(applicable):
            if rule.slug not in probs:
                # An admin's own theme: its terms decide.
                if rule.slug in matches:
                    scored.append(
                        (1.0 + len(matches[rule.slug].evidence), order, matches[rule.slug])
                    )
                continue
            p = probs[rule.slug]
            if p < model.threshold:
                continue
            found = matches.get(rule.slug)
            if found is None:
                evidence = model.explain(feats, rule.slug)
                if not evidence:
                    continue
                found = ThemeMatch(rule.slug, evidence)
            scored.append((p, order, found))
    scored.sort(key=lambda item: (-item[0], item[1]))
    kept = sorted(scored[:MAX_THEMES], key=lambda item: item[1])
    return tuple(item[2] for item in kept)
