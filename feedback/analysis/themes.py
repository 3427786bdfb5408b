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

from feedback.analysis.normalise import ANALYSIS_CAP
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


def match_themes(
    norm: str,
    respondent: str | None = None,
    form: str | None = None,
    taxonomy: Sequence[ThemeRule] | None = None,
) -> tuple[ThemeMatch, ...]:
    text = norm[:ANALYSIS_CAP]
    rules = _default() if taxonomy is None else tuple(taxonomy)
    context = context_of(respondent, form)
    excluded = (
        FAMILY_SLUGS if context == "training" else TRAINING_SLUGS if context == "family" else ()
    )
    found: list[tuple[int, int, int, ThemeMatch]] = []
    for order, (rule, pattern, veto) in enumerate(compile_taxonomy(rules)):
        if pattern is None or rule.slug in excluded:
            continue
        if veto is not None and veto.search(text) is None:
            veto = None
        evidence: list[str] = []
        first = -1
        for match in pattern.finditer(text):
            if veto is not None and _vetoed(text, match.start(), match.end(), veto):
                continue
            phrase = clean_evidence(match.group())
            if phrase and phrase not in evidence:
                evidence.append(phrase)
                if first < 0:
                    first = match.start()
        if len(evidence) >= MIN_HITS:
            found.append((-len(evidence), first, order, ThemeMatch(rule.slug, tuple(evidence))))
    found.sort(key=lambda item: item[:3])
    kept = [item[3] for item in found[:MAX_THEMES]]
    order_of = {rule.slug: i for i, rule in enumerate(rules)}
    return tuple(sorted(kept, key=lambda m: order_of[m.slug]))
