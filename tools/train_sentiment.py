"""Train the sentiment classifier that blends with the rules (pure Python, no numpy).

    python tools/train_sentiment.py            # cross-validate, then write the weights
    python tools/train_sentiment.py --cv-only  # cross-validate only

Training data: ``tests/data/corpus.jsonl`` (split ``dev`` only; the ``heldout`` split
is never read) plus ``tests/data/corpus_extra.jsonl``. Features come from
:func:`feedback.analysis.sentiment_model.features`: the rules' label, score and
evidence (TextBlob, lexicon, negation, contrast, emoji, length) plus words and word
pairs seen in at least ``MIN_DF`` training texts. The model is an L2-regularised
multinomial logistic regression fitted with L-BFGS; word features get a much stronger
penalty than the rule features, so the words only correct the rules where the
evidence is consistent.

5-fold cross-validation on dev picks the penalties and compares the blend with the
rules alone on the held-out folds. Everything is deterministic (fixed seed, fixed
order), so rerunning the script rewrites the same ``sentiment_model.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import multiprocessing
import os
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback.analysis.normalise import clean, normalise  # noqa: E402
from feedback.analysis.sentiment import rule_evidence  # noqa: E402
from feedback.analysis.sentiment_model import (  # noqa: E402
    LABELS,
    MODEL_FILE,
    Model,
    RuleEvidence,
    blend,
    features,
)

DATA = ROOT / "tests" / "data"
OUT = ROOT / "feedback" / "analysis" / "data" / MODEL_FILE
SEED = 20240601
FOLDS = 5
MIN_DF = 3  # a word or pair must appear in this many training texts
# Penalty grid (per-feature L2, added to the mean log-loss).
DENSE_L2 = (0.0003, 0.001, 0.003)
WORD_L2 = (0.0001, 0.0003, 0.001)
SCORE_MIX = 0.5
K = len(LABELS)

Example = tuple[str, str, RuleEvidence, dict[str, float]]  # norm, gold, evidence, features


def load_dev() -> list[Example]:
    rows: list[dict[str, Any]] = []
    for name in ("corpus.jsonl", "corpus_extra.jsonl"):
        path = DATA / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "dev":
                    rows.append(row)
    out: list[Example] = []
    for row in rows:
        norm = normalise(clean(row["text"]))
        ev = rule_evidence(norm)
        out.append((norm, row["sentiment"], ev, features(norm, ev)))
    return out


def is_word_feature(name: str) -> bool:
    return name.startswith(("w:", "b:"))


def macro_f1(gold: list[str], pred: list[str]) -> float:
    total = 0.0
    for label in ("positive", "negative", "neutral"):
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        total += 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return total / 3


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)


class Problem:
    """Sparse design matrix and the regularised log-loss with its gradient."""

    def __init__(
        self, train: list[Example], dense_l2: float, word_l2: float, class_weight: bool
    ) -> None:
        examples = [e for e in train if not e[2].short_answer]
        df: Counter[str] = Counter()
        for _, _, _, feats in examples:
            df.update(name for name in feats if is_word_feature(name))
        names = sorted(
            {n for e in examples for n in e[3] if not is_word_feature(n) or df[n] >= MIN_DF}
        )
        self.names = names
        index = {n: i for i, n in enumerate(names)}
        self.rows: list[tuple[list[int], list[float]]] = []
        for _, _, _, feats in examples:
            pairs = sorted((index[n], v) for n, v in feats.items() if n in index)
            self.rows.append(([i for i, _ in pairs], [v for _, v in pairs]))
        self.gold = [LABELS.index(e[1]) for e in examples]
        counts = Counter(self.gold)
        n = len(self.gold)
        # Optional class weights: inverse square root of the class frequency.
        self.sample_weight = [
            (math.sqrt(n / (K * counts[g])) if class_weight else 1.0) for g in self.gold
        ]
        norm = sum(self.sample_weight)
        self.sample_weight = [w / norm for w in self.sample_weight]
        self.l2 = [word_l2 if is_word_feature(nm) else dense_l2 for nm in names]
        self.size = K * (len(names) + 1)  # weights per class, then K biases

    def loss_grad(self, theta: list[float]) -> tuple[float, list[float]]:
        nf = len(self.names)
        grad = [0.0] * self.size
        loss = 0.0
        ws = [theta[k * nf : (k + 1) * nf] for k in range(K)]
        bias_at = K * nf
        for (idx, val), gold, sw in zip(self.rows, self.gold, self.sample_weight, strict=True):
            logits = [
                theta[bias_at + k] + sum(ws[k][i] * v for i, v in zip(idx, val, strict=True))
                for k in range(K)
            ]
            top = max(logits)
            exps = [math.exp(z - top) for z in logits]
            total = sum(exps)
            loss -= sw * (logits[gold] - top - math.log(total))
            for k in range(K):
                d = sw * (exps[k] / total - (1.0 if k == gold else 0.0))
                if d:
                    base = k * nf
                    for i, v in zip(idx, val, strict=True):
                        grad[base + i] += d * v
                    grad[bias_at + k] += d
        for k in range(K):
            base = k * nf
            for i in range(nf):
                w = theta[base + i]
                loss += 0.5 * self.l2[i] * w * w
                grad[base + i] += self.l2[i] * w
        return loss, grad


def lbfgs(problem: Problem, iterations: int = 200, memory: int = 10) -> list[float]:
    """Minimise the problem's loss with L-BFGS and a backtracking line search."""
    x = [0.0] * problem.size
    f, g = problem.loss_grad(x)
    s_hist: list[list[float]] = []
    y_hist: list[list[float]] = []
    for _ in range(iterations):
        # Two-loop recursion for the search direction.
        q = list(g)
        alphas = []
        for s, y in zip(reversed(s_hist), reversed(y_hist), strict=True):
            rho = 1.0 / sum(a * b for a, b in zip(y, s, strict=True))
            alpha = rho * sum(a * b for a, b in zip(s, q, strict=True))
            alphas.append((rho, alpha))
            q = [qi - alpha * yi for qi, yi in zip(q, y, strict=True)]
        if s_hist:
            s, y = s_hist[-1], y_hist[-1]
            gamma = sum(a * b for a, b in zip(s, y, strict=True)) / sum(b * b for b in y)
        else:
            gamma = 1.0 / max(1e-12, math.sqrt(sum(v * v for v in g)))
        r = [gamma * v for v in q]
        for s, y, (rho, alpha) in zip(s_hist, y_hist, reversed(alphas), strict=True):
            beta = rho * sum(a * b for a, b in zip(y, r, strict=True))
            r = [ri + si * (alpha - beta) for ri, si in zip(r, s, strict=True)]
        direction = [-v for v in r]
        slope = sum(a * b for a, b in zip(g, direction, strict=True))
        if slope >= 0:
            direction = [-v for v in g]
            slope = -sum(v * v for v in g)
            s_hist.clear()
            y_hist.clear()
        step = 1.0
        while True:
            x_new = [a + step * b for a, b in zip(x, direction, strict=True)]
            f_new, g_new = problem.loss_grad(x_new)
            if f_new <= f + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s = [a - b for a, b in zip(x_new, x, strict=True)]
        y = [a - b for a, b in zip(g_new, g, strict=True)]
        if sum(a * b for a, b in zip(s, y, strict=True)) > 1e-12:
            s_hist.append(s)
            y_hist.append(y)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        converged = abs(f - f_new) < 1e-9 * max(1.0, abs(f))
        x, f, g = x_new, f_new, g_new
        if converged or math.sqrt(sum(v * v for v in g)) < 1e-6:
            break
    return x


def fit(train: list[Example], dense_l2: float, word_l2: float, class_weight: bool) -> Model:
    problem = Problem(train, dense_l2, word_l2, class_weight)
    theta = lbfgs(problem)
    nf = len(problem.names)
    weights = {}
    for i, name in enumerate(problem.names):
        row = [round(theta[k * nf + i], 4) for k in range(K)]
        if any(abs(w) >= 5e-4 for w in row):
            weights[name] = row
    bias = [round(theta[K * nf + k], 4) for k in range(K)]
    return Model(
        {
            "labels": list(LABELS),
            "bias": bias,
            "weights": weights,
            "score_mix": SCORE_MIX,
        }
    )


def predict(model: Model, examples: list[Example]) -> list[str]:
    return [
        blend(norm, ev, model).label if not ev.short_answer else "neutral"
        for norm, _, ev, _ in examples
    ]


def folds(examples: list[Example]) -> list[list[int]]:
    """Stratified folds: each label's examples shuffled with the seed and dealt round."""
    rng = random.Random(SEED)
    out: list[list[int]] = [[] for _ in range(FOLDS)]
    by_label: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_label.setdefault(e[1], []).append(i)
    position = 0
    for label in LABELS:
        ids = by_label.get(label, [])
        rng.shuffle(ids)
        for i in ids:
            out[position % FOLDS].append(i)
            position += 1
    return out


def cross_validate(
    examples: list[Example], configs: list[tuple[float, float, bool]]
) -> dict[tuple[float, float, bool], float]:
    parts = folds(examples)
    gold = [e[1] for e in examples]
    rules = [e[2].label for e in examples]
    print(
        f"rules alone on dev: macro-F1 {macro_f1(gold, rules):.3f} "
        f"accuracy {accuracy(gold, rules):.3f}"
    )
    results = {}
    with multiprocessing.get_context("fork").Pool(processes=min(2, os.cpu_count() or 1)) as pool:
        outcomes = pool.map(_cv_one, [(examples, parts, config) for config in configs])
    for config, (pred, per_fold) in zip(configs, outcomes, strict=True):
        score = macro_f1(gold, pred)
        results[config] = score
        folds_text = " ".join(f"{b:.3f}/{r:.3f}" for b, r in per_fold)
        print(
            f"dense_l2 {config[0]:<6} word_l2 {config[1]:<6} class_weight {config[2]!s:<5} "
            f"blend macro-F1 {score:.3f} acc {accuracy(gold, pred):.3f}  "
            f"folds blend/rules {folds_text}",
            flush=True,
        )
    return results


def _cv_one(
    job: tuple[list[Example], list[list[int]], tuple[float, float, bool]],
) -> tuple[list[str], list[tuple[float, float]]]:
    examples, parts, config = job
    pred = [""] * len(examples)
    per_fold = []
    for part in parts:
        held = set(part)
        train = [e for i, e in enumerate(examples) if i not in held]
        model = fit(train, *config)
        test = [examples[i] for i in part]
        got = predict(model, test)
        for i, p in zip(part, got, strict=True):
            pred[i] = p
        per_fold.append(
            (
                macro_f1([e[1] for e in test], got),
                macro_f1([e[1] for e in test], [e[2].label for e in test]),
            )
        )
    return pred, per_fold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    parser.add_argument("--no-cv", action="store_true", help="fit the default penalties only")
    args = parser.parse_args(argv)
    examples = load_dev()
    print(f"{len(examples)} dev examples: {dict(Counter(e[1] for e in examples))}")
    default = (0.0003, 0.001, True)  # the penalties cross-validation picks
    if args.no_cv:
        best = default
    else:
        configs = [(d, w, cw) for d, w, cw in itertools.product(DENSE_L2, WORD_L2, (True,))]
        results = cross_validate(examples, configs)
        best = max(configs, key=lambda c: (round(results[c], 3), c[1], c[0]))
        print(f"best: dense_l2 {best[0]} word_l2 {best[1]} class_weight {best[2]}")
    if args.cv_only:
        return 0
    model = fit(examples, *best)
    data = {
        "about": "Multinomial logistic regression blended with the sentiment rules; "
        "written by tools/train_sentiment.py from the dev corpus.",
        "labels": list(LABELS),
        "dense_l2": best[0],
        "word_l2": best[1],
        "class_weight": best[2],
        "min_df": MIN_DF,
        "score_mix": SCORE_MIX,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    OUT.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    gold = [e[1] for e in examples]
    pred = predict(model, examples)
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(model.weights)} features, "
        f"{OUT.stat().st_size} bytes; training macro-F1 {macro_f1(gold, pred):.3f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
