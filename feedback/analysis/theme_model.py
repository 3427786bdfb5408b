"""A learned reader for the default themes, which weighs the trigger terms' matches
against the rest of the comment.

Trigger terms are exact and explainable, but a word can be on topic in one comment
and not in another ("the report" is ``communication_information`` when it came late,
not when a delegate praises a report template), and people describe a theme in
words no list holds. For each of the 14 default themes, a logistic regression reads
the words, word pairs and word stems of the comment, who wrote it, and which themes'
terms matched (``t:<slug>``). It is trained on the development corpus only by
``tools/train_themes.py``; the weights live in ``data/theme_model.json``.

A default theme is tagged when the model's probability reaches the threshold. Its
evidence is the terms that matched, or, when none did, the words that pushed the
model hardest towards the theme. Themes an admin adds are matched by their terms
alone. A retired theme is never tagged, since only the taxonomy's themes are read.
Because the term matches are features, an admin's new trigger term still counts: a
match pushes the model strongly towards its theme.

If the weights file is missing or unreadable, the terms are used alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from feedback.analysis import linear

MODEL_FILE = "theme_model.json"


def features(
    norm: str, respondent: str | None, form: str | None, matched: dict[str, int]
) -> set[str]:
    """Words, pairs, stems and negated words of the comment; who wrote it on which
    form; and which themes' terms matched (with ``:2`` when two or more did)."""
    words = linear.WORD.findall(norm)
    found = linear.word_features(words)
    if respondent:
        found.add(f"r:{respondent}")
    if form:
        found.add(f"f:{form}")
    if len(words) <= 3:
        found.add("len:short")
    for slug, hits in matched.items():
        found.add(f"t:{slug}")
        if hits >= 2:
            found.add(f"t:{slug}:2")
    return found


@dataclass(frozen=True, slots=True)
class Model:
    slugs: tuple[str, ...]
    bias: tuple[float, ...]
    weights: linear.Weights
    threshold: float

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        logits = linear.logits(self.bias, self.weights, feats)
        return {
            slug: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for slug, z in zip(self.slugs, logits, strict=True)
        }

    def explain(self, feats: set[str], slug: str, limit: int = 3) -> tuple[str, ...]:
        """The words and pairs present that pushed most towards ``slug``."""
        i = self.slugs.index(slug)
        return linear.explain(self.weights, feats, lambda row: row[i], limit=limit)


def parse(data: dict[str, Any]) -> Model:
    slugs = tuple(str(s) for s in data["slugs"])
    bias, weights = linear.read_rows(data, len(slugs))
    return Model(slugs, bias, weights, float(data["threshold"]))


@lru_cache(maxsize=1)
def load() -> Model | None:
    data = linear.read_data(MODEL_FILE)
    try:
        return None if data is None else parse(data)
    except (ValueError, KeyError, TypeError):
        return None
