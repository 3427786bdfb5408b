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

import itertools
import json
import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

MODEL_FILE = "theme_model.json"
_WORD = re.compile(r"[a-z]+|\d+")
_STEM = 5
_NEGATORS = frozenset(("not", "never", "no", "nobody", "noone", "nothing", "none", "without"))
_PLAIN = frozenset(
    _WORD.findall(
        "a an and are as at be been but by for from had has have he her him his i if in is it "
        "its me my of on or our she so that the their them they this to us was we were when "
        "with you your im not do does did will would can could just get got go went say says "
        "said like then there what who how all up out about one some any more very really too "
        "also because coz am it was is"
    )
)


def features(
    norm: str, respondent: str | None, form: str | None, matched: dict[str, int]
) -> set[str]:
    """Words, pairs, stems and negated words of the comment; who wrote it on which
    form; and which themes' terms matched (with ``:2`` when two or more did)."""
    words = _WORD.findall(norm)
    found = {f"w:{w}" for w in words}
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    found.update(f"p:{w[:_STEM]}" for w in words if len(w) > _STEM)
    for i, word in enumerate(words):
        if word in _NEGATORS:
            found.update(f"n:{w}" for w in words[i + 1 : i + 4] if w not in _NEGATORS)
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
    weights: dict[str, tuple[float, ...]]
    threshold: float

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        logits: list[float] = list(self.bias)
        weights = self.weights
        # In a fixed order, so the sum (and a score right at the threshold) does not
        # depend on the hash seed.
        for name in sorted(feats):
            row = weights.get(name)
            if row is not None:
                logits = list(map(operator.add, logits, row))
        return {
            slug: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for slug, z in zip(self.slugs, logits, strict=True)
        }

    def explain(self, feats: set[str], slug: str, limit: int = 3) -> tuple[str, ...]:
        """The words and pairs present that pushed most towards ``slug``."""
        i = self.slugs.index(slug)
        pushes = []
        for name in feats:
            row = self.weights.get(name)
            if row is None or not name.startswith(("w:", "b:")) or row[i] <= 0:
                continue
            if all(w in _PLAIN for w in name[2:].split("_")):
                continue
            pushes.append((-row[i], name))
        pushes.sort()
        chosen: list[str] = []
        for _, name in pushes:
            phrase = name[2:].replace("_", " ")
            if any(phrase in other or other in phrase for other in chosen):
                continue
            chosen.append(phrase)
            if len(chosen) == limit:
                break
        return tuple(chosen)


def parse(data: dict[str, Any]) -> Model:
    slugs = tuple(str(s) for s in data["slugs"])
    bias = tuple(float(v) for v in data["bias"])
    weights = {str(n): tuple(float(v) for v in row) for n, row in data["weights"].items()}
    if len(bias) != len(slugs) or any(len(r) != len(slugs) for r in weights.values()):
        raise ValueError("inconsistent theme model")
    return Model(slugs, bias, weights, float(data["threshold"]))


@lru_cache(maxsize=1)
def load() -> Model | None:
    try:
        raw = resources.files("feedback.analysis").joinpath("data", MODEL_FILE).read_text("utf-8")
        return parse(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError):
        return None
