"""Train the learned reader for the default themes (feedback.analysis.theme_model).

    python tools/train_themes.py                  # cross-validate, then write weights
    python tools/train_themes.py --cv-only
    python tools/train_themes.py --threshold 0.45

Training data, development only (the ``heldout`` split is never read):
``tests/data/corpus.jsonl`` and ``corpus_extra.jsonl``. One logistic regression per
default theme (one against the rest) over the features of
:func:`theme_model.features`, which include the trigger terms' matches, with an L2
penalty, fitted by full-batch gradient descent with numpy (a training-time
dependency only).

Five-fold cross-validation prints micro-F1 of the terms alone and of the model at
each threshold, on the folds it was not trained on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linear_training import Fitted, adam, design, logits, write  # noqa: E402

from feedback.analysis.normalise import ANALYSIS_CAP, clean, normalise  # noqa: E402
from feedback.analysis.taxonomy import default_taxonomy  # noqa: E402
from feedback.analysis.theme_model import MODEL_FILE, features  # noqa: E402
from feedback.analysis.themes import MAX_THEMES, term_matches  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "feedback" / "analysis" / "data" / MODEL_FILE
SLUGS = tuple(rule.slug for rule in default_taxonomy())
SEED = 20261126
MIN_DF = 2
L2 = 0.001
EPOCHS = 300
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)

# features, gold slugs, slugs the terms found, slugs that apply to the form
Example = tuple[set[str], set[str], set[str], set[str]]


def load() -> list[Example]:
    out = []
    for name in ("corpus.jsonl", "corpus_extra.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("split") != "dev":
                continue
            norm = normalise(clean(row["text"]))
            applicable, matches = term_matches(norm, row.get("respondent"), row.get("form"))
            hits = {slug: len(m.evidence) for slug, m in matches.items()}
            feats = features(norm[:ANALYSIS_CAP], row.get("respondent"), row.get("form"), hits)
            # The terms alone, as match_themes used them: at most MAX_THEMES, most
            # evidence first.
            ranked = sorted(matches, key=lambda s: -hits[s])[:MAX_THEMES]
            out.append((feats, set(row["themes"]), set(ranked), {r.slug for r in applicable}))
    return out


def fit(examples: list[Example]) -> Fitted:
    names, x = design([feats for feats, _, _, _ in examples], MIN_DF)
    y = np.array([[slug in gold for slug in SLUGS] for _, gold, _, _ in examples], dtype=float)
    n = len(examples)

    def residual(z: np.ndarray) -> np.ndarray:
        # The mean logistic loss of each theme against the rest.
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return (p - y) / n

    w, b = adam(x, len(SLUGS), residual, L2, EPOCHS)
    return names, w, b


def predict(model: Fitted, feats: set[str]) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(logits(model, feats), -30, 30)))


def choose(probs: np.ndarray, applicable: set[str], threshold: float) -> set[str]:
    ranked = sorted(
        (p, s) for p, s in zip(probs, SLUGS, strict=True) if p >= threshold and s in applicable
    )
    return {s for _, s in ranked[::-1][:MAX_THEMES]}


def micro_f1(pairs: list[tuple[set[str], set[str]]]) -> tuple[float, float, float]:
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def cross_validate(examples: list[Example]) -> None:
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    folds = [order[i::5] for i in range(5)]
    results: list[tuple[set[str], set[str], np.ndarray, set[str]]] = []
    for k, test in enumerate(folds):
        test_set = set(test)
        model = fit([e for i, e in enumerate(examples) if i not in test_set])
        for i in test:
            feats, gold, terms, applicable = examples[i]
            results.append((gold, terms, predict(model, feats), applicable))
        print(f"  fold {k + 1} done", file=sys.stderr)
    p, r, f = micro_f1([(g, t) for g, t, _, _ in results])
    print(f"{len(results)} comments. terms alone: P {p:.3f} R {r:.3f} micro-F1 {f:.3f}")
    for threshold in THRESHOLDS:
        p, r, f = micro_f1([(g, choose(pr, a, threshold)) for g, _, pr, a in results])
        print(f"threshold {threshold:.2f}: P {p:.3f} R {r:.3f} micro-F1 {f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    examples = load()
    cross_validate(examples)
    if args.cv_only:
        return
    kept = write(OUT, fit(examples), {"slugs": list(SLUGS), "threshold": args.threshold})
    print(f"wrote {OUT.relative_to(ROOT)}: {kept} features")


if __name__ == "__main__":
    main()
