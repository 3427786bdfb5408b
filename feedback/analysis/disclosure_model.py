"""A second, learned reader for disclosures, behind the rules.

The rules in :mod:`feedback.analysis.disclosure` are precise but only know the
wording they were written for. Children write about harm in ways nobody lists in
advance ("mummy wont wake up", "i have to keep his secret", "we get food from the
bins"), so a small multinomial logistic regression reads every text as well: over
words and word pairs, word groups that carry what it learned to words it never saw
(:mod:`feedback.analysis.concepts`), and which guard set aside each cue the rules
found. Its classes are "none" and the ten disclosure categories; it is trained on the
development corpus only by ``tools/train_disclosure.py`` and its
weights live in ``data/disclosure_model.json``.

The two are combined so that the model can only *add* flags, never remove one:
when the rules find nothing and the model puts at least ``threshold`` on "some kind
of harm" (``guarded_threshold`` when the text holds an idiom or a cue that the rules'
guards set aside), the text is flagged with the model's most likely category, and the
evidence is the words in the text that pushed hardest towards that category. A
person reviews every flag, so this trades a few more reviews for fewer misses.

If the weights file is missing or unreadable, the rules are used unchanged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from feedback.analysis import linear
from feedback.analysis.concepts import concept_features
from feedback.analysis.disclosure import Trace, guards_fired, without_idioms
from feedback.analysis.types import Disclosure

MODEL_FILE = "disclosure_model.json"
NONE = "none"
# Words too common to explain a flag on their own.
_PLAIN = linear.PLAIN | {"mum", "dad"}


def tokens(norm: str) -> list[str]:
    return linear.WORD.findall(norm)


def features(
    norm: str, respondent: str | None = None, form: str | None = None, trace: Trace = ()
) -> set[str]:
    """Binary features: words, stems, adjacent word pairs, words in the scope of a
    negation (see :func:`linear.word_features`), the word groups of
    :mod:`feedback.analysis.concepts` and their pairs, what the rules found and which
    guard set it aside (``trace``, from :func:`disclosure.detect_traced`), and who is
    writing. Idioms are taken out first, as they are for the rules."""
    words = tokens(without_idioms(norm))
    found = linear.word_features(words)
    found |= concept_features(words)
    for category, guard in trace:
        # Only the cues the rules set aside: the model reads a text only when the
        # rules flagged nothing, so a kept cue would teach it to lean on the rules.
        if guard != "kept":
            found.add(f"t:{guard}")
            found.add(f"t:{category}:{guard}")
    if respondent == "professional" or (form or "").startswith("training-"):
        found.add("r:professional")
    elif respondent == "child" or (form or "").endswith("-child") or form == "young-people-event":
        found.add("r:child")
    elif respondent == "parent" or (form or "").endswith("-parent"):
        found.add("r:parent")
    if len(words) <= 3:
        found.add("len:short")
    elif len(words) >= 40:
        found.add("len:long")
    return found


@dataclass(frozen=True, slots=True)
class Model:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: linear.Weights
    threshold: float
    guarded_threshold: float

    def probabilities(self, feats: set[str]) -> list[float]:
        logits = linear.logits(self.bias, self.weights, feats)
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return [v / total for v in exp]

    def explain(self, feats: set[str], category: str, limit: int = 3) -> tuple[str, ...]:
        """The words and pairs present that pushed most towards ``category`` against
        "none", strongest first."""
        i, j = self.classes.index(category), self.classes.index(NONE)
        return linear.explain(self.weights, feats, lambda row: row[i] - row[j], _PLAIN, limit)


def parse(data: dict[str, Any]) -> Model:
    classes = tuple(str(c) for c in data["classes"])
    if NONE not in classes:
        raise ValueError("a disclosure model needs the class 'none'")
    bias, weights = linear.read_rows(data, len(classes))
    return Model(classes, bias, weights, float(data["threshold"]), float(data["guarded_threshold"]))


@lru_cache(maxsize=1)
def load() -> Model | None:
    data = linear.read_data(MODEL_FILE)
    try:
        return None if data is None else parse(data)
    except (ValueError, KeyError, TypeError):
        return None


def second_reading(
    norm: str,
    found: Disclosure,
    respondent: str | None = None,
    form: str | None = None,
    trace: Trace = (),
) -> Disclosure:
    """``found`` (the rules' answer) if it is a flag; otherwise the model's flag when it
    is confident enough that some harm is described."""
    if found.flag or not norm:
        return found
    model = load()
    if model is None:
        return found
    feats = features(norm, respondent, form, trace)
    probs = model.probabilities(feats)
    none_at = model.classes.index(NONE)
    some_harm = 1.0 - probs[none_at]
    if some_harm < model.threshold:
        return found
    # Where a guard had something to say (an idiom, or a cue the rules set aside as
    # negated, over, hypothetical or course content), ask for more confidence.
    if some_harm < model.guarded_threshold and guards_fired(norm):
        return found
    best = max((i for i in range(len(probs)) if i != none_at), key=lambda i: (probs[i], -i))
    category = model.classes[best]
    evidence = model.explain(feats, category) or (category.replace("_", " "),)
    return Disclosure(True, category, evidence)
