"""Text analysis in pure Python (no Flask): sentiment, themes, disclosures, redaction.

``analyse(text, respondent, form, taxonomy)`` returns an :class:`Analysis`;
``to_json`` gives the shape that ``flask analyse`` prints. Theme trigger terms use
the syntax documented in :mod:`feedback.analysis.terms`.
"""

from feedback.analysis.pipeline import analyse, analyse_many, to_json
from feedback.analysis.taxonomy import default_taxonomy
from feedback.analysis.types import Analysis, Disclosure, Sentiment, ThemeMatch, ThemeRule

__all__ = [
    "Analysis",
    "Disclosure",
    "Sentiment",
    "ThemeMatch",
    "ThemeRule",
    "analyse",
    "analyse_many",
    "default_taxonomy",
    "to_json",
]
