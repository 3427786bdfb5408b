"""Sentiment: TextBlob plus the domain lexicon, negation, contrast, short answers, emoji."""

from __future__ import annotations

import pytest

from feedback.analysis import analyse


def label(text: str) -> str:
    return analyse(text).sentiment.label


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "OK.",
        "nothing",
        "n/a",
        "N/A",
        "dont know",
        "-",
        "none",
        "no comment",
        "",
        "   ",
        "Not sure",
        "?",
    ],
)
def test_short_answers_are_neutral(text):
    result = analyse(text).sentiment
    assert result.label == "neutral"
    assert result.score == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "nobody told me what was happening",
        "never heard from her again",
        "the report came too late",
        "I felt judged",
        "they talked about me not to me",
        "I had to repeat my story again",
    ],
)
def test_domain_negative_phrases(text):
    assert label(text) == "negative"


@pytest.mark.parametrize(
    "text", ["she listened to me", "we are back on track as a family", "my worker is the best"]
)
def test_domain_positive_phrases(text):
    assert label(text) == "positive"


def test_negation_flips():
    assert label("it was helpful") == "positive"
    assert label("it was not helpful") == "negative"
    assert label("I was never listened to") == "negative"
    assert label("I am not scared any more") == "positive"


def test_contrast_gives_mixed_or_weights_the_second_clause():
    assert label("the worker was lovely but the report came too late") == "mixed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she listend to me", "positive"),
        ("it realy helped alot", "positive"),
        ("i dont like it", "negative"),
        ("definately the best", "positive"),
    ],
)
def test_misspellings(text, expected):
    assert label(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("😊", "positive"),
        ("👍", "positive"),
        ("❤️", "positive"),
        ("😢", "negative"),
        ("😡", "negative"),
        ("👎", "negative"),
    ],
)
def test_emoji(text, expected):
    assert label(text) == expected


def test_score_in_range_and_label_valid():
    for text in ["great", "awful awful awful", "good but bad", "meh", "x" * 10_000]:
        result = analyse(text).sentiment
        assert -1.0 <= result.score <= 1.0
        assert result.label in {"positive", "negative", "neutral", "mixed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation and "less"/"not as" turn a bad feeling into an improvement
        ("i feel less lonely", "positive"),
        ("im not as angry with my mum anymore", "positive"),
        ("she never made me feel stupid", "positive"),
        # words TextBlob does not know (domain lexicon or the VADER supplement)
        ("The room was stuffy and cramped", "negative"),
        ("Hearing from other agencies was invaluable", "positive"),
        ("Sessions kept being moved at short notice", "negative"),
        # a negator that negates no opinion is a complaint of its own
        ("nobody ever asks me anything", "negative"),
        ("There was no break until 1pm", "negative"),
        # "not ... yet" is not a judgement
        ("Not had a relevant case yet", "neutral"),
        # hedged answers and factual words stay neutral
        ("it was alright i suppose", "neutral"),
        ("I got a new worker in september", "neutral"),
        # a past difficulty followed by "now" is background to an improvement
        ("i was really sad all the time but now im ok most days", "positive"),
        # comma-joined and "apart from" contrasts are mixed
        ("Great content, terrible sound on the Teams call", "mixed"),
        ("Lovely venue apart from the parking", "mixed"),
    ],
)
def test_generalised_rules(text: str, expected: str) -> None:
    assert label(text) == expected


# The classifier that blends with the rules (feedback/analysis/sentiment_model.py).


def test_model_loads_and_is_small() -> None:
    from importlib import resources

    from feedback.analysis.sentiment_model import LABELS, MODEL_FILE, load_model

    model = load_model()
    assert model is not None
    assert len(model.bias) == len(LABELS)
    assert all(len(row) == len(LABELS) for row in model.weights.values())
    path = resources.files("feedback.analysis").joinpath("data", MODEL_FILE)
    assert len(path.read_bytes()) < 1_000_000


def test_blend_is_deterministic() -> None:
    text = "the worker was lovely but the report came too late"
    first = analyse(text).sentiment
    assert all(analyse(text).sentiment == first for _ in range(5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my worker was really kind and always listened to me", "positive"),
        ("The training was excellent and very relevant to my role", "positive"),
        ("things are much better at home now", "positive"),
        ("nobody listened and the meeting was a waste of time", "negative"),
        ("the sessions kept getting cancelled and no one rang me back", "negative"),
        ("I still feel angry all the time", "negative"),
        ("the trainer was great but the room was far too hot", "mixed"),
        ("I saw her on tuesdays", "neutral"),
        ("Could we have the slides emailed?", "neutral"),
    ],
)
def test_blend_clear_cases(text: str, expected: str) -> None:
    assert label(text) == expected


def test_blend_falls_back_to_rules_without_a_model() -> None:
    from feedback.analysis.normalise import normalise
    from feedback.analysis.sentiment import rule_evidence, rule_sentiment
    from feedback.analysis.sentiment_model import blend

    norm = normalise("she listened to me")
    ev = rule_evidence(norm)
    assert rule_sentiment(norm).label == "positive"
    # A model with no weights and a flat bias predicts the first label with the rule score.
    from feedback.analysis.sentiment_model import LABELS, Model

    flat = Model({"labels": list(LABELS), "bias": [0.0] * 4, "weights": {}})
    assert -1.0 <= blend(norm, ev, flat).score <= 1.0
