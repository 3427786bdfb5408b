"""The analysis engine's public value types. Frozen, hashable and free of Flask."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThemeRule:
    """One theme of the taxonomy. ``terms`` use the syntax in :mod:`feedback.analysis.terms`."""

    slug: str
    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Sentiment:
    label: str  # positive, negative, neutral or mixed
    score: float  # -1 to 1


@dataclass(frozen=True)
class ThemeMatch:
    slug: str
    evidence: tuple[str, ...]  # the words or phrases in the text that triggered the theme


@dataclass(frozen=True)
class Disclosure:
    flag: bool
    category: str | None
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Analysis:
    sentiment: Sentiment
    themes: tuple[ThemeMatch, ...]
    disclosure: Disclosure
    redacted: str
