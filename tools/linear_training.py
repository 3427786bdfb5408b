"""What tools/train_disclosure.py and tools/train_themes.py share: the binary design
matrix, Adam on a penalised loss, a model's scores for one text, and writing the
weights in the shape :mod:`feedback.analysis.linear` reads. numpy is needed here only,
at training time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

# names of the features kept, their weights (features x classes) and the bias
Fitted = tuple[list[str], np.ndarray, np.ndarray]


def design(feature_sets: Sequence[set[str]], min_df: int) -> tuple[list[str], np.ndarray]:
    """The features seen in at least ``min_df`` texts, sorted, and the 0/1 matrix of
    texts by those features."""
    df: dict[str, int] = {}
    for feats in feature_sets:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    names = sorted(f for f, n in df.items() if n >= min_df)
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(feature_sets), len(names)))
    for r, feats in enumerate(feature_sets):
        for f in feats:
            i = index.get(f)
            if i is not None:
                x[r, i] = 1.0
    return names, x


def adam(
    x: np.ndarray,
    classes: int,
    residual: Callable[[np.ndarray], np.ndarray],
    l2: float,
    epochs: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias by full-batch Adam. ``residual(logits)`` gives the gradient of
    the loss with respect to the logits (already weighted per text); the penalty is
    ``l2`` on the weights."""
    w = np.zeros((x.shape[1], classes))
    b = np.zeros(classes)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        err = residual(x @ w + b)
        gw = x.T @ err + l2 * w
        gb = err.sum(axis=0)
        for g, m, v, theta in ((gw, mw, vw, w), (gb, mb, vb, b)):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            theta -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return w, b


def logits(model: Fitted, feats: set[str]) -> np.ndarray:
    names, w, b = model
    index = {n: i for i, n in enumerate(names)}
    z = b.copy()
    for f in feats:
        i = index.get(f)
        if i is not None:
            z = z + w[i]
    return z


def write(out: Path, model: Fitted, extra: dict[str, Any]) -> int:
    """Write the weights (rounded; rows whose every weight is under 0.01 left out),
    the bias and ``extra``; return the number of features kept."""
    names, w, b = model
    weights = {
        name: [round(float(v), 4) for v in w[i]]
        for i, name in enumerate(names)
        if float(np.abs(w[i]).max()) >= 0.01
    }
    data = {**extra, "bias": [round(float(v), 4) for v in b], "weights": weights}
    out.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    return len(weights)
