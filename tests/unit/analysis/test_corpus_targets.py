"""The quality targets on the labelled corpus (dev and held-out splits)."""

from __future__ import annotations

import pytest

from feedback.analysis.evaluate import DEFAULT_DATA, score_split, summary

FILES = ("corpus.jsonl", "disclosures.jsonl", "redaction.jsonl")


@pytest.mark.skipif(
    not all((DEFAULT_DATA / name).exists() for name in FILES),
    reason="tests/data corpus files are absent",
)
def test_quality_targets_on_dev():
    scores = score_split("dev")
    message = summary(scores)
    assert scores.sentiment_macro_f1 >= 0.80, message
    assert scores.themes_micro.f1 >= 0.75, message
    # The development split holds every blind set, some written to defeat a detector
    # ("nobody pulls my hair here"); the learned reader is fitted to it but cannot fit
    # every line, so this allows 1 miss in 200. The held-out split must find them all.
    assert scores.disclosure.recall >= 0.995, message
    assert scores.disclosure.precision >= 0.80, message
    assert scores.redaction_recall >= 0.95, message


@pytest.mark.skipif(
    not all((DEFAULT_DATA / name).exists() for name in FILES),
    reason="tests/data corpus files are absent",
)
def test_held_out_scores_do_not_fall():
    """The held-out split is never tuned on. The issue's targets are met there (see
    `make eval`); this keeps them from slipping back."""
    scores = score_split("heldout")
    message = summary(scores)
    assert scores.redaction_recall >= 0.95, message
    assert scores.disclosure.precision >= 0.80, message
    assert scores.disclosure.recall == 1.0, message
    assert scores.sentiment_macro_f1 >= 0.80, message
    assert scores.themes_micro.f1 >= 0.75, message
