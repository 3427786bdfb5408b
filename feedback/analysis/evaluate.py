"""Score the analysis engine on the labelled corpus in tests/data (``make eval``).

Prints precision, recall and F1 for sentiment, themes, disclosures and redaction,
separately for the ``dev`` split (used for tuning) and the ``heldout`` split (never
used for tuning). ``python -m feedback.analysis.evaluate [DATA_DIR]``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedback.analysis.disclosure import CATEGORIES
from feedback.analysis.normalise import clean
from feedback.analysis.pipeline import analyse
from feedback.analysis.redaction import redact
from feedback.analysis.taxonomy import default_taxonomy

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SENTIMENT_LABELS = ("positive", "negative", "neutral", "mixed")
PLACEHOLDERS = ("name", "phone", "email", "postcode", "address")
_PLACEHOLDER = re.compile(r"\[(name|phone|email|postcode|address)\]")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    split: str
    sentiment: dict[str, PRF] = field(default_factory=dict)
    themes: dict[str, PRF] = field(default_factory=dict)
    themes_micro: PRF = field(default_factory=PRF)
    disclosure: PRF = field(default_factory=PRF)
    category_recall: dict[str, tuple[int, int]] = field(default_factory=dict)
    category_correct: int = 0
    redaction: dict[str, tuple[int, int]] = field(default_factory=dict)
    redaction_spurious: Counter[str] = field(default_factory=Counter)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def sentiment_macro_f1(self) -> float:
        labels = ("positive", "negative", "neutral")
        return sum(self.sentiment[label].f1 for label in labels) / len(labels)

    @property
    def redaction_recall(self) -> float:
        found = sum(f for f, _ in self.redaction.values())
        total = sum(t for _, t in self.redaction.values())
        return found / total if total else 1.0


def _rows(path: Path, split: str) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if row.get("split") == split]


def score_split(split: str, data_dir: Path = DEFAULT_DATA) -> Scores:
    corpus = _rows(data_dir / "corpus.jsonl", split)
    corpus += _rows(data_dir / "corpus_extra.jsonl", split)
    # Extra hand-written examples (all "dev") are scored with the dev split when present.
    disclosures = _rows(data_dir / "disclosures.jsonl", split)
    disclosures += _rows(data_dir / "disclosures_extra.jsonl", split)
    redactions = _rows(data_dir / "redaction.jsonl", split)
    return score_rows(split, corpus, disclosures, redactions)


def read_labelled(path: Path) -> tuple[list[dict[str, Any]], ...]:
    """The rows of a labelled JSON-lines file of any split, sorted by what they label:
    sentiment and themes (``sentiment``), disclosures (``flag``) and redaction
    (``expected``). ValueError names the first line that is not such a row."""
    corpus: list[dict[str, Any]] = []
    disclosures: list[dict[str, Any]] = []
    redactions: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise ValueError(f"{path}:{number}: not JSON") from None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f"{path}:{number}: no text")
            if row.get("sentiment") in SENTIMENT_LABELS and isinstance(row.get("themes", []), list):
                row.setdefault("themes", [])
                corpus.append(row)
            elif isinstance(row.get("flag"), bool):
                if row["flag"] and row.get("category") not in CATEGORIES:
                    raise ValueError(f"{path}:{number}: a flagged row needs a category")
                disclosures.append(row)
            elif isinstance(row.get("expected"), str):
                redactions.append(row)
            else:
                raise ValueError(f"{path}:{number}: no sentiment, flag or expected label")
    return corpus, disclosures, redactions


def score_rows(
    name: str,
    corpus: list[dict[str, Any]],
    disclosures: list[dict[str, Any]],
    redactions: list[dict[str, Any]],
) -> Scores:
    """Scores for labelled rows: ``corpus`` for sentiment and themes, ``disclosures``
    for flags and ``redactions`` for placeholders."""
    scores = Scores(name)
    scores.sentiment = {label: PRF() for label in SENTIMENT_LABELS}
    scores.themes = {rule.slug: PRF() for rule in default_taxonomy()}
    for row in corpus:
        result = analyse(row["text"], row.get("respondent"), row.get("form"))
        gold, got = row["sentiment"], result.sentiment.label
        if gold == got:
            scores.sentiment[gold].tp += 1
        else:
            scores.sentiment[gold].fn += 1
            scores.sentiment[got].fp += 1
        gold_themes = set(row["themes"])
        got_themes = {theme.slug for theme in result.themes}
        for slug in gold_themes | got_themes:
            prf = scores.themes.setdefault(slug, PRF())
            if slug in gold_themes and slug in got_themes:
                prf.tp += 1
                scores.themes_micro.tp += 1
            elif slug in got_themes:
                prf.fp += 1
                scores.themes_micro.fp += 1
            else:
                prf.fn += 1
                scores.themes_micro.fn += 1
    per_category: dict[str, list[int]] = {c: [0, 0] for c in CATEGORIES}
    for row in disclosures:
        found = analyse(row["text"], row.get("respondent"), row.get("form")).disclosure
        if row["flag"]:
            per_category.setdefault(row["category"], [0, 0])[1] += 1
            if found.flag:
                scores.disclosure.tp += 1
                per_category[row["category"]][0] += 1
                scores.category_correct += found.category == row["category"]
            else:
                scores.disclosure.fn += 1
        elif found.flag:
            scores.disclosure.fp += 1
    scores.category_recall = {c: (v[0], v[1]) for c, v in per_category.items()}
    per_type = {p: [0, 0] for p in PLACEHOLDERS}
    for row in redactions:
        expected = Counter(_PLACEHOLDER.findall(row["expected"]))
        produced = Counter(_PLACEHOLDER.findall(redact(clean(row["text"]))))
        for kind, count in expected.items():
            per_type[kind][1] += count
            per_type[kind][0] += min(count, produced[kind])
        scores.redaction_spurious.update(produced - expected)
    scores.redaction = {p: (v[0], v[1]) for p, v in per_type.items()}
    scores.counts = {
        "corpus": len(corpus),
        "disclosures": len(disclosures),
        "redaction": len(redactions),
    }
    return scores


def _line(name: str, prf: PRF) -> str:
    support = prf.tp + prf.fn
    return (
        f"  {name:<28} P {prf.precision:5.2f}  R {prf.recall:5.2f}  F1 {prf.f1:5.2f}  (n={support})"
    )


def report(scores: Scores) -> Iterable[str]:
    counts = scores.counts
    yield (
        f"== {scores.split} == ({counts['corpus']} comments, {counts['disclosures']} "
        f"disclosure texts, {counts['redaction']} redaction texts)"
    )
    yield "Sentiment"
    for label in SENTIMENT_LABELS:
        yield _line(label, scores.sentiment[label])
    macro = scores.sentiment_macro_f1
    yield f"  macro-F1 (positive/negative/neutral): {macro:.3f}   target >= 0.80"
    yield "Themes"
    for slug, prf in scores.themes.items():
        yield _line(slug, prf)
    yield f"  micro-F1: {scores.themes_micro.f1:.3f}   target >= 0.75"
    d = scores.disclosure
    yield "Disclosures"
    yield (
        f"  flag precision {d.precision:.3f} (target >= 0.80)  recall {d.recall:.3f} "
        f"(target 1.0)  tp {d.tp} fp {d.fp} fn {d.fn}"
    )
    for category, (found, total) in scores.category_recall.items():
        if total:
            yield f"  {category:<28} recall {found}/{total}"
    yield f"  category correct when flagged: {scores.category_correct}/{d.tp}"
    yield "Redaction (recall: expected placeholders produced)"
    for kind, (found, total) in scores.redaction.items():
        value = found / total if total else 1.0
        yield f"  {'[' + kind + ']':<28} recall {value:5.2f}  ({found}/{total})"
    yield f"  overall recall: {scores.redaction_recall:.3f}   target >= 0.95"
    spurious = sum(scores.redaction_spurious.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(scores.redaction_spurious.items()))
    yield f"  spurious placeholders: {spurious}{' (' + detail + ')' if detail else ''}"


def summary(scores: Scores) -> str:
    d = scores.disclosure
    return (
        f"{scores.split:<8} sentiment macro-F1 {scores.sentiment_macro_f1:.3f} | themes micro-F1 "
        f"{scores.themes_micro.f1:.3f} | disclosure P {d.precision:.3f} R {d.recall:.3f} | "
        f"redaction recall {scores.redaction_recall:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m feedback.analysis.evaluate [DATA_DIR]`` scores the corpus's dev and
    held-out splits; ``--file PATH`` scores every row of one labelled file instead."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--file"]:
        if len(args) != 2:
            print("usage: python -m feedback.analysis.evaluate --file PATH")
            return 2
        path = Path(args[1])
        try:
            rows = read_labelled(path)
        except (OSError, ValueError) as exc:
            print(f"Cannot score {path}: {exc}")
            return 1
        scores = score_rows(path.name, *rows)
        for line in report(scores):
            print(line)
        corpus, disclosures, redactions = rows
        d = scores.disclosure
        parts = [
            f"sentiment macro-F1 {scores.sentiment_macro_f1:.3f}, themes micro-F1 "
            f"{scores.themes_micro.f1:.3f}"
            if corpus
            else "",
            f"disclosure P {d.precision:.3f} R {d.recall:.3f}" if disclosures else "",
            f"redaction recall {scores.redaction_recall:.3f}" if redactions else "",
        ]
        print(f"{path.name}: " + " | ".join(p for p in parts if p))
        return 0
    data_dir = Path(args[0]) if args else DEFAULT_DATA
    if not (data_dir / "corpus.jsonl").exists():
        print(f"No corpus in {data_dir}")
        return 1
    results = [score_split(split, data_dir) for split in ("dev", "heldout")]
    for scores in results:
        for line in report(scores):
            print(line)
        print()
    print("Summary")
    for scores in results:
        print("  " + summary(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
