"""Scoring a labelled file of one's own: ``python -m feedback.analysis.evaluate --file``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from feedback.analysis.evaluate import main, read_labelled, score_rows


def write(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_rows_are_sorted_by_their_label_and_scored(tmp_path):
    path = write(
        tmp_path / "mine.jsonl",
        [
            {"text": "my stepdad hits me every night", "flag": True, "category": "physical_abuse"},
            {
                "text": "the course on neglect was useful",
                "flag": False,
                "category": None,
                "respondent": "professional",
                "form": "training-reaction",
            },
            {
                "text": "she listened to me and it really helped",
                "sentiment": "positive",
                "themes": ["listened_to"],
            },
            {"text": "ring me on 07700 900123", "expected": "ring me on [phone]"},
        ],
    )
    corpus, disclosures, redactions = read_labelled(path)
    assert (len(corpus), len(disclosures), len(redactions)) == (1, 2, 1)
    scores = score_rows("mine", corpus, disclosures, redactions)
    assert (scores.disclosure.tp, scores.disclosure.fp, scores.disclosure.fn) == (1, 0, 0)
    assert scores.sentiment["positive"].tp == 1
    assert scores.redaction_recall == 1.0


def test_the_command_prints_only_what_the_file_labels(tmp_path, capsys):
    path = write(
        tmp_path / "flags.jsonl",
        [{"text": "he hits me", "flag": True, "category": "physical_abuse"}],
    )
    assert main(["--file", str(path)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == "flags.jsonl: disclosure P 1.000 R 1.000"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (["not an object"], "no text"),
        ([{"text": "x"}], "no sentiment, flag or expected label"),
        ([{"text": "x", "flag": True, "category": "made_up"}], "needs a category"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_scored(tmp_path, capsys, rows, message):
    path = write(tmp_path / "bad.jsonl", rows)
    assert main(["--file", str(path)]) == 1
    out = capsys.readouterr().out
    assert message in out and "bad.jsonl:1" in out


def test_a_missing_file_or_argument_is_a_clear_error(tmp_path, capsys):
    assert main(["--file", str(tmp_path / "absent.jsonl")]) == 1
    assert "Cannot score" in capsys.readouterr().out
    assert main(["--file"]) == 2
