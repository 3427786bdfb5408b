"""Train the learned second reader for disclosures (feedback.analysis.disclosure_model).

    python tools/train_disclosure.py                 # cross-validate, then write weights
    python tools/train_disclosure.py --cv-only       # cross-validate only
    python tools/train_disclosure.py --threshold 0.4 # choose the flag threshold (0.3)

Training data, development only (the ``heldout`` split is never read):
``tests/data/disclosures.jsonl`` and ``disclosures_extra.jsonl`` (flags and categories),
and every comment of ``corpus.jsonl`` and ``corpus_extra.jsonl`` as a text with no
disclosure. The model is a multinomial logistic regression over "none" and the ten
categories, with binary features from :func:`disclosure_model.features`, an L2
penalty, and positive texts weighted up so that misses cost more than extra flags.
It is fitted by full-batch gradient descent with numpy (a training-time dependency
only: the app reads the weights with plain Python).

Five-fold cross-validation prints, for each threshold, the precision and recall of
the model alone and of the rules with the model behind them. The rules were tuned on
all of this data, so the combined figures are optimistic; the held-out split and
fresh blind sets are the honest measure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linear_training import Fitted, adam, design, write  # noqa: E402
from linear_training import logits as linear_logits  # noqa: E402

from feedback.analysis.disclosure import CATEGORIES, detect_traced, guards_fired  # noqa: E402
from feedback.analysis.disclosure_model import MODEL_FILE, NONE, features  # noqa: E402
from feedback.analysis.normalise import clean, normalise  # noqa: E402

DATA = ROOT / "tests" / "data"
OUT = ROOT / "feedback" / "analysis" / "data" / MODEL_FILE
CLASSES = (NONE, *CATEGORIES)
SEED = 20261126
MIN_DF = 2
L2 = 0.0005
POSITIVE_WEIGHT = 2.0
EPOCHS = 300
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4)
GUARDED = (0.4, 0.5, 0.6, 0.7, 0.8, 1.01)
VETO = (0.0, 0.01, 0.02, 0.05, 0.1)

# id, class, features, the rules' flag, whether a guard had something to say
Example = tuple[str, str, set[str], bool, bool]


def load() -> list[Example]:
    """An :data:`Example` for every development text."""
    rows = []
    for name in ("disclosures.jsonl", "disclosures_extra.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "dev":
                    rows.append((row, row["category"] if row["flag"] else NONE))
    for name in ("corpus.jsonl", "corpus_extra.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "dev":
                    rows.append((row, NONE))
    out = []
    for row, label in rows:
        norm = normalise(clean(row["text"]))
        found, trace = detect_traced(norm, row.get("respondent"), row.get("form"))
        feats = features(norm, row.get("respondent"), row.get("form"), trace)
        out.append((row["id"], label, feats, found.flag, guards_fired(norm)))
    return out


def fit(examples: list[Example]) -> Fitted:
    names, x = design([feats for _, _, feats, _, _ in examples], MIN_DF)
    y = np.array([CLASSES.index(label) for _, label, _, _, _ in examples])
    onehot = np.eye(len(CLASSES))[y]
    sw = np.where(y == 0, 1.0, POSITIVE_WEIGHT)
    sw = sw / sw.sum()

    def residual(logits: np.ndarray) -> np.ndarray:
        # The weighted softmax log-loss.
        logits = logits - logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        return (p - onehot) * sw[:, None]

    w, b = adam(x, len(CLASSES), residual, L2, EPOCHS)
    return names, w, b


def predict_some_harm(model: Fitted, feats: set[str]) -> float:
    z = linear_logits(model, feats)
    z -= z.max()
    p = np.exp(z)
    p /= p.sum()
    return float(1.0 - p[0])


def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def cross_validate(examples: list[Example]) -> None:
    order = list(range(len(examples)))
    random.Random(SEED).shuffle(order)
    folds = [order[i::5] for i in range(5)]
    scores: list[tuple[bool, bool, float, bool]] = []  # gold, rules, model p, guarded
    for k, test in enumerate(folds):
        test_set = set(test)
        model = fit([e for i, e in enumerate(examples) if i not in test_set])
        for i in test:
            _, label, feats, rules, guarded = examples[i]
            scores.append((label != NONE, rules, predict_some_harm(model, feats), guarded))
        print(f"  fold {k + 1} done", file=sys.stderr)
    report(scores)


def report(scores: list[tuple[bool, bool, float, bool]]) -> None:
    positives = sum(g for g, _, _, _ in scores)
    print(f"{len(scores)} texts, {positives} disclosures")
    tp = sum(g and r for g, r, _, _ in scores)
    fp = sum(r and not g for g, r, _, _ in scores)
    p, r = pr(tp, fp, positives - tp)
    print(f"rules alone            P {p:.3f} R {r:.3f}")
    for t, gt in itertools.product(THRESHOLDS, GUARDED):
        flags = [(g, r or (m >= t and (m >= gt or not guarded))) for g, r, m, guarded in scores]
        ct = sum(g and f for g, f in flags)
        cf = sum(f and not g for g, f in flags)
        cp, cr = pr(ct, cf, positives - ct)
        print(f"threshold {t:.2f}, guarded {gt:.2f}: rules+model P {cp:.3f} R {cr:.3f}")
    for veto in VETO:
        flags = [
            (g, (r and m >= veto) or (m >= 0.25 and (m >= 0.8 or not guarded)))
            for g, r, m, guarded in scores
        ]
        ct = sum(g and f for g, f in flags)
        cf = sum(f and not g for g, f in flags)
        cp, cr = pr(ct, cf, positives - ct)
        print(f"0.25 / 0.8, veto below {veto:.3f}: P {cp:.3f} R {cr:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--guarded-threshold", type=float, default=0.6)
    args = parser.parse_args()
    examples = load()
    cross_validate(examples)
    if args.cv_only:
        return
    kept = write(
        OUT,
        fit(examples),
        {
            "classes": list(CLASSES),
            "threshold": args.threshold,
            "guarded_threshold": args.guarded_threshold,
        },
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {kept} features")


if __name__ == "__main__":
    main()
