"""analyse_many gives exactly what analyse gives for each answer, in order."""

from __future__ import annotations

import json
from pathlib import Path

from feedback.analysis import ThemeRule, analyse, analyse_many
from tests.unit.analysis.cache_isolation import isolated_cache

DATA = Path(__file__).resolve().parents[2] / "data"


def _items() -> list[tuple[str, str | None, str | None]]:
    items: list[tuple[str, str | None, str | None]] = []
    for name in ("corpus.jsonl", "disclosures.jsonl", "redaction.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()[::5]:
            row = json.loads(line)
            items.append((row["text"], row.get("respondent"), row.get("form")))
    items += [("", None, None), ("ok", "child", None), ("<b>Mrs P</b> hit me", None, "x")]
    return items


def test_analyse_many_matches_analyse_one_by_one():
    items = _items()
    assert analyse_many(items) == [analyse(*item) for item in items]


def test_analyse_many_with_a_taxonomy_and_no_items():
    taxonomy = [ThemeRule("food", "Food", ("lunch", "snack*", "!lunch break"))]
    items = [("the lunch was good", None, None), ("snacks, then a lunch break", None, None)]
    with isolated_cache():
        assert analyse_many(items, taxonomy) == [analyse(t, r, f, taxonomy) for t, r, f in items]
    assert analyse_many([]) == []
