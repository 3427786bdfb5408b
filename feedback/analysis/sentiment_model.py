"""A small classifier that blends with the rule-based sentiment.

The rules in :mod:`feedback.analysis.sentiment` (TextBlob polarity plus the domain
lexicon) give a label, a score and counts of what they found. This module turns that
evidence, plus the words of the text, into features for a multinomial logistic
regression over the four labels, trained on the labelled ``dev`` corpus by
``tools/train_sentiment.py``. The weights live in ``data/sentiment_model.json``
(about a thousand features, ~60 KB). Prediction is a sparse dot product: well under 0.1 ms.

If the weights file is missing or unreadable the rules are used unchanged.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from feedback.analysis.types import Sentiment

LABELS = ("positive", "negative", "neutral", "mixed")
MODEL_FILE = "sentiment_model.json"
_WORD = re.compile(r"[a-z]+")


@dataclass(slots=True)
class RuleEvidence:
    """What the rules found in one text (filled in by ``sentiment.rule_evidence``)."""

    label: str = "neutral"
    score: float = 0.0
    positive: float = 0.0  # strongest positive clause (weighted)
    negative: float = 0.0  # strongest negative clause (weighted), as a positive number
    short_answer: bool = False
    clauses: int = 0
    scored: int = 0  # clauses that carried an opinion
    contrast: bool = False
    except_clause: bool = False
    background: bool = False
    hedged: bool = False
    not_yet: bool = False
    negations: int = 0
    implicit: int = 0
    lexicon_pos: float = 0.0
    lexicon_neg: float = 0.0
    vader_pos: float = 0.0
    vader_neg: float = 0.0
    textblob_count: int = 0
    textblob_polarity: float = 0.0  # sum over TextBlob's assessments
    textblob_subjectivity: float = 0.0


def _squash(value: float) -> float:
    """0.. -> 0..1, smoothly (counts and sums of scores)."""
    return value / (1.0 + value)


def features(norm: str, ev: RuleEvidence) -> dict[str, float]:
    """Named feature values for one normalised text. Absent features are zero."""
    words = _WORD.findall(norm)
    n = len(words)
    f: dict[str, float] = {
        "rule:" + ev.label: 1.0,
        "score": ev.score,
        "pos": ev.positive,
        "neg": ev.negative,
        "lex_pos": _squash(ev.lexicon_pos),
        "lex_neg": _squash(ev.lexicon_neg),
        "vader_pos": _squash(ev.vader_pos),
        "vader_neg": _squash(ev.vader_neg),
        "negations": _squash(float(ev.negations)),
        "implicit": _squash(float(ev.implicit)),
        "len:" + ("1-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"): 1.0,
    }
    if ev.textblob_count:
        f["tb_polarity"] = ev.textblob_polarity / ev.textblob_count
        f["tb_subjectivity"] = ev.textblob_subjectivity / ev.textblob_count
    if ev.scored == 0:
        f["no_opinion"] = 1.0
    if ev.positive > 0 and ev.negative > 0:
        f["both"] = min(ev.positive, ev.negative)
    for name in ("contrast", "except_clause", "background", "hedged", "not_yet"):
        if getattr(ev, name):
            f[name] = 1.0
    if "?" in norm:
        f["question"] = 1.0
    emoji_pos = words.count("emojipos")
    emoji_neg = words.count("emojineg")
    if emoji_pos:
        f["emoji_pos"] = _squash(float(emoji_pos))
    if emoji_neg:
        f["emoji_neg"] = _squash(float(emoji_neg))
    if words:
        # Words and word pairs, each worth 1/sqrt(length) so long texts do not swamp.
        value = 1.0 / math.sqrt(n)
        previous = "^"
        for word in words:
            f["w:" + word] = value
            f["b:" + previous + "_" + word] = value
            previous = word
    return f


class Model:
    """Multinomial logistic regression over named features."""

    def __init__(self, data: dict[str, Any]) -> None:
        labels = tuple(data["labels"])
        if labels != LABELS:
            raise ValueError(f"unexpected labels {labels}")
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.weights: dict[str, list[float]] = {
            name: [float(w) for w in row] for name, row in data["weights"].items()
        }
        self.score_mix = float(data.get("score_mix", 0.5))

    def logits(self, feats: dict[str, float]) -> list[float]:
        out = list(self.bias)
        weights = self.weights
        for name, value in feats.items():
            row = weights.get(name)
            if row is not None:
                out[0] += row[0] * value
                out[1] += row[1] * value
                out[2] += row[2] * value
                out[3] += row[3] * value
        return out

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        logits = self.logits(feats)
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        return [e / total for e in exps]


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The trained model, or None when the weights file is missing or broken."""
    try:
        text = (
            resources.files("feedback.analysis")
            .joinpath("data", MODEL_FILE)
            .read_text(encoding="utf-8")
        )
        return Model(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def blend(norm: str, ev: RuleEvidence, model: Model | None = None) -> Sentiment:
    """The label from the classifier, the score from the rules and the classifier."""
    model = model or load_model()
    if model is None:
        return Sentiment(ev.label, ev.score)
    probs = model.probabilities(features(norm, ev))
    best = max(range(len(LABELS)), key=probs.__getitem__)
    label = LABELS[best]
    mix = model.score_mix
    score = (1.0 - mix) * ev.score + mix * (probs[0] - probs[1])
    if label == "positive":
        score = max(score, 0.0)
    elif label == "negative":
        score = min(score, 0.0)
    return Sentiment(label, round(max(-1.0, min(1.0, score)), 3))
