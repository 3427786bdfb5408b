"""``analyse``: sentiment, themes, disclosure and redaction of one free-text answer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from feedback.analysis.disclosure import detect
from feedback.analysis.disclosure_model import second_reading
from feedback.analysis.normalise import clean, normalise
from feedback.analysis.redaction import redact
from feedback.analysis.sentiment import sentiment_of
from feedback.analysis.themes import match_themes
from feedback.analysis.types import Analysis, Disclosure, ThemeRule


def analyse(
    text: str,
    respondent: str | None = None,
    form: str | None = None,
    taxonomy: Sequence[ThemeRule] | None = None,
) -> Analysis:
    """Analyse one answer. Never raises on odd input: any string (or None) is accepted.

    ``respondent`` is "child", "parent" or "professional"; ``form`` a form slug such as
    "cidva-child" or "training-reaction". Both are optional and only steer themes and the
    course-content guard of disclosures. ``taxonomy`` defaults to the 14 default themes.
    """
    cleaned = clean(text)
    norm = normalise(cleaned)
    disclosure = second_reading(norm, detect(norm, respondent, form), respondent, form)
    if disclosure.evidence:
        # Evidence is stored alongside the redacted text, so it is redacted too.
        disclosure = Disclosure(
            disclosure.flag, disclosure.category, tuple(redact(e) for e in disclosure.evidence)
        )
    return Analysis(
        sentiment=sentiment_of(norm),
        themes=match_themes(norm, respondent, form, taxonomy),
        disclosure=disclosure,
        redacted=redact(cleaned),
    )


def to_json(result: Analysis) -> dict[str, Any]:
    """The JSON shape of the ``flask analyse`` contract (without the id)."""
    return {
        "sentiment": {"label": result.sentiment.label, "score": result.sentiment.score},
        "themes": [theme.slug for theme in result.themes],
        "disclosure": {
            "flag": result.disclosure.flag,
            "category": result.disclosure.category,
            "evidence": list(result.disclosure.evidence),
        },
        "redacted": result.redacted,
    }
