"""Reads the built-in definitions shipped in definitions/*.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from feedback.catalogue.schema import parse_definition

DEFINITIONS_DIR = Path(__file__).parent / "definitions"

BUILTIN_SLUGS = (
    "cidva-child",
    "cidva-parent",
    "cp-conference-parent",
    "cp-conference-child",
    "training-reaction",
    "training-learning",
    "training-impact",
    "young-people-event",
)


@cache
def builtin_definitions() -> tuple[dict[str, Any], ...]:
    """The raw definitions, in catalogue order, each checked against the schema."""
    definitions = []
    for slug in BUILTIN_SLUGS:
        raw = json.loads((DEFINITIONS_DIR / f"{slug}.json").read_text(encoding="utf-8"))
        spec = parse_definition(raw)
        if spec.slug != slug:
            raise ValueError(f"{slug}.json declares slug {spec.slug}")
        definitions.append(raw)
    return tuple(definitions)
