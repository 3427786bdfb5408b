"""What the learned readers share: word features, adding up a linear model's weights,
explaining a decision with the text's own words, and reading a weights file.

:mod:`feedback.analysis.disclosure_model` and :mod:`feedback.analysis.theme_model`
are both linear models over binary features, trained by scripts in ``tools/``; the
weights are a JSON object from feature name to one number per class.
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import Any

WORD = re.compile(r"[a-z]+|\d+")
# Words too common to explain a decision on their own.
PLAIN = frozenset(
    WORD.findall(
        "a an and are as at be been but by for from had has have he her him his i if in is it "
        "its me my of on or our she so that the their them they this to us was we were when "
        "with you your im not do does did will would can could just get got go went say says "
        "said like then there what who how all up out about one some any more very really too "
        "also because coz am"
    )
)
NEGATORS = frozenset(("not", "never", "no", "nobody", "noone", "nothing", "none", "without"))
SCOPE = 3  # words after a negator that it marks
STEM = 5  # the first letters of a longer word stand for its other forms and misspellings

Weights = dict[str, tuple[float, ...]]


def word_features(words: Sequence[str]) -> set[str]:
    """Words (``w:``), their stems (``p:``), adjacent pairs (``b:``) and the words in
    the scope of a negation (``n:``: "nobody hits me" gives ``n:hits``)."""
    found = {f"w:{w}" for w in words}
    found.update(f"p:{w[:STEM]}" for w in words if len(w) > STEM)
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    for i, word in enumerate(words):
        if word in NEGATORS:
            found.update(f"n:{w}" for w in words[i + 1 : i + 1 + SCOPE] if w not in NEGATORS)
    return found


def logits(bias: Sequence[float], weights: Weights, feats: Iterable[str]) -> list[float]:
    """The bias plus every present feature's row, added in a fixed order so that a
    score right at a threshold does not depend on the hash seed."""
    total = list(bias)
    for name in sorted(feats):
        row = weights.get(name)
        if row is not None:
            total = list(map(operator.add, total, row))
    return total


def explain(
    weights: Weights,
    feats: Iterable[str],
    push: Callable[[tuple[float, ...]], float],
    plain: frozenset[str] = PLAIN,
    limit: int = 3,
) -> tuple[str, ...]:
    """The words and pairs present whose ``push`` (read from their row) is largest and
    positive, strongest first, without a phrase that repeats a chosen one."""
    pushes = []
    for name in feats:
        row = weights.get(name)
        if row is None or not name.startswith(("w:", "b:")):
            continue
        if all(w in plain for w in name[2:].split("_")):
            continue
        amount = push(row)
        if amount > 0:
            pushes.append((-amount, name))
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


def read_rows(data: dict[str, Any], width: int) -> tuple[tuple[float, ...], Weights]:
    """The bias and the weights of a model with ``width`` classes; ValueError when a
    row has another width."""
    bias = tuple(float(v) for v in data["bias"])
    weights = {str(n): tuple(float(v) for v in row) for n, row in data["weights"].items()}
    if len(bias) != width or any(len(r) != width for r in weights.values()):
        raise ValueError("inconsistent model weights")
    return bias, weights


def read_data(name: str) -> dict[str, Any] | None:
    """The JSON object in ``feedback/analysis/data/<name>``, or None if it is missing
    or unreadable."""
    try:
        raw = resources.files("feedback.analysis").joinpath("data", name).read_text("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
