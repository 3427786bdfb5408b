"""A second, learned reader for disclosures, behind the rules.

The rules in :mod:`feedback.analysis.disclosure` are precise but only know the
wording they were written for. Children write about harm in ways nobody lists in
advance ("mummy wont wake up", "i have to keep his secret", "we get food from the
bins"), so a small multinomial logistic regression over words and word pairs reads
every text as well. Its classes are "none" and the ten disclosure categories; it is
trained on the development corpus only by ``tools/train_disclosure.py`` and its
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

import itertools
import json
import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from feedback.analysis.disclosure import guards_fired, without_idioms
from feedback.analysis.types import Disclosure

MODEL_FILE = "disclosure_model.json"
NONE = "none"
_WORD = re.compile(r"[a-z]+|\d+")
# Words too common to explain a flag on their own.
_PLAIN = frozenset(
    _WORD.findall(
        "a an and are as at be been but by for from had has have he her him his i if in is it "
        "its me my of on or our she so that the their them they this to us was we were when "
        "with you your im not do does did will would can could just get got go went say says "
        "said like then there what who how all up out about one some any more very really too "
        "also because coz am mum dad"
    )
)


def tokens(norm: str) -> list[str]:
    return _WORD.findall(norm)


_NEGATORS = frozenset(("not", "never", "no", "nobody", "noone", "nothing", "none", "without"))
_SCOPE = 3  # words after a negator that it marks
_STEM = 5  # the first letters of a longer word stand for its other forms and misspellings


def features(norm: str, respondent: str | None = None, form: str | None = None) -> set[str]:
    """Binary features: words, adjacent word pairs, words in the scope of a negation
    ("nobody hits me" gives ``n:hits``), and who is writing. Idioms are taken out
    first, as they are for the rules."""
    words = tokens(without_idioms(norm))
    found = {f"w:{w}" for w in words}
    found.update(f"p:{w[:_STEM]}" for w in words if len(w) > _STEM)
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    for i, word in enumerate(words):
        if word in _NEGATORS:
            found.update(f"n:{w}" for w in words[i + 1 : i + 1 + _SCOPE] if w not in _NEGATORS)
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
    weights: dict[str, tuple[float, ...]]
    threshold: float
    guarded_threshold: float

    def probabilities(self, feats: set[str]) -> list[float]:
        logits: list[float] = list(self.bias)
        weights = self.weights
        # In a fixed order, so the sum (and a score right at the threshold) does not
        # depend on the hash seed.
        for name in sorted(feats):
            row = weights.get(name)
            if row is not None:
                logits = list(map(operator.add, logits, row))
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        return [v / total for v in exp]

    def explain(self, feats: set[str], category: str, limit: int = 3) -> tuple[str, ...]:
        """The words and pairs present that pushed most towards ``category`` against
        "none", strongest first."""
        i, j = self.classes.index(category), self.classes.index(NONE)
        pushes = []
        for name in feats:
            row = self.weights.get(name)
            if row is None or not name.startswith(("w:", "b:")):
                continue
            words = name[2:].split("_")
            if all(w in _PLAIN for w in words):
                continue
            push = row[i] - row[j]
            if push > 0:
                pushes.append((push, name))
        pushes.sort(key=lambda item: (-item[0], item[1]))
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
    classes = tuple(str(c) for c in data["classes"])
    k = len(classes)
    bias = tuple(float(v) for v in data["bias"])
    weights = {str(n): tuple(float(v) for v in row) for n, row in data["weights"].items()}
    if len(bias) != k or NONE not in classes or any(len(r) != k for r in weights.values()):
        raise ValueError("inconsistent disclosure model")
    return Model(classes, bias, weights, float(data["threshold"]), float(data["guarded_threshold"]))


@lru_cache(maxsize=1)
def load() -> Model | None:
    try:
        raw = resources.files("feedback.analysis").joinpath("data", MODEL_FILE).read_text("utf-8")
        return parse(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def second_reading(
    norm: str, found: Disclosure, respondent: str | None = None, form: str | None = None
) -> Disclosure:
    """``found`` (the rules' answer) if it is a flag; otherwise the model's flag when it
    is confident enough that some harm is described."""
    if found.flag or not norm:
        return found
    model = load()
    if model is None:
        return found
    feats = features(norm, respondent, form)
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
