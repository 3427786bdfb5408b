"""The trigger-term syntax shared by theme rules and the sentiment lexicon.

A term is matched case-insensitively against the *normalised* text (see
:mod:`feedback.analysis.normalise`: lower case, common misspellings corrected,
contractions expanded - "didn't" becomes "did not" - and apostrophes dropped, so
"mum's" is "mums"). The syntax:

- ``listened`` - a whole word: matches "listened", not "unlistened" or "listenedx".
- ``listen*`` - a trailing ``*`` matches any word starting with that prefix:
  "listen", "listened", "listening".
- ``talked about me`` - a phrase: its words in order, separated by any spaces or
  punctuation ("talked about... me" matches too).
- ``report ... late`` - ``...`` between words allows a gap of up to three words:
  "report came really late".
- ``!school holidays`` - a veto (theme rules only): a term that starts with ``!``
  never tags anything itself; instead, a match of the theme's other terms is ignored
  when the veto term appears in the same clause. A clause ends at ``. , ; : ! ?``, a
  new line, or "but" / "though" / "although" / "however" / "whereas". So with
  ``school`` and ``!school holidays``, "we met in the school holidays" is not about
  school, but "in the school holidays, i missed my teacher" still is ("teacher" is in
  another clause, and "school" in the first clause is vetoed). Vetoes use the same
  syntax as other terms: ``!sessions ... at school`` vetoes "the sessions were held at
  school". A veto only affects its own theme.
- Write terms in lower case; apostrophes are ignored ("didn't" is the same as
  "did not" after normalisation, so write "did not").

Terms are compiled into one regular expression per rule and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from feedback.analysis import rxcache

VETO = "!"
_GAP = r"(?:\W+\w+){0,3}"
_SEP = r"\W+"
_CONTRACTION = re.compile(r"(\w+)n't\b")


def normalise_term(term: str) -> str:
    """Lower-case a term and apply the same contraction and apostrophe rules as the text."""
    term = term.strip().lower().replace("\u2019", "'")
    term = term.replace("can't", "can not").replace("won't", "will not")
    term = _CONTRACTION.sub(r"\1 not", term)
    return term.replace("'", "")


def term_pattern(term: str) -> str:
    """The regular-expression source for one term (without boundaries)."""
    words = normalise_term(term).split()
    parts: list[str] = []
    pending_gap = False
    for word in words:
        if word == "...":
            pending_gap = True
            continue
        if parts:
            parts.append(_GAP + _SEP if pending_gap else _SEP)
        pending_gap = False
        if word.endswith("*") and len(word) > 1:
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word.rstrip("*")))
    return "".join(parts)


def is_veto(term: str) -> bool:
    """True for a veto term (one that starts with ``!``)."""
    return term.lstrip().startswith(VETO)


def split_terms(terms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ordinary terms, and the veto terms without their ``!``."""
    plain = tuple(t for t in terms if not is_veto(t))
    vetoes = tuple(t.lstrip()[len(VETO) :].lstrip("! ") for t in terms if is_veto(t))
    return plain, vetoes


_ESCAPE = re.compile(r"\\.", re.S)
_QUANTIFIER = ("*", "+", "?", "{")


def _first_literal(source: str) -> tuple[str, str] | None:
    """``(c, rest)`` when ``source`` matches exactly the character ``c`` then ``rest``.

    That is: it starts with ``c`` or its escape, unrepeated, and has no ``|`` at all,
    so it is one sequence of which ``c`` is the first element.
    """
    if not source or "|" in _ESCAPE.sub("", source):
        return None
    if source[0] == "\\":
        char = source[1:2]
        if not char or re.escape(char) != source[:2]:
            return None  # \w, \W, \b, \d: not a literal character
    else:
        char = source[0]
        if re.escape(char) != char:
            return None  # ( [ . ^ $ and other characters with a meaning
    rest = source[len(re.escape(char)) :]
    if rest.startswith(_QUANTIFIER):
        return None
    return char, rest


def grouped_alternation(sources: list[str], depth: int = 3) -> str:
    """``"|".join(sources)`` with alternatives that begin with the same literal character
    written once behind it: ``ab|ac|b`` becomes ``a(?:b|c)|b``.

    At each position of a text ``re`` tries the alternatives of a ``|`` one by one,
    checking the first character of each; grouped, it checks one character per group
    instead (six times faster for the sentiment lexicon). The two patterns match the
    same text at the same places and prefer the same alternative: at a given position
    only alternatives starting with the character there can match, and within a group
    they keep their order. Alternatives that do not start with a plain character leave
    the list as it is. Groups are grouped again, down to ``depth`` characters.
    """
    if depth <= 0 or len(sources) < 2:
        return "|".join(sources)
    groups: dict[str, list[str]] = {}
    for source in sources:
        split = _first_literal(source)
        if split is None:
            return "|".join(sources)
        groups.setdefault(split[0], []).append(split[1])
    parts = []
    for char, rests in groups.items():
        if rests == [""]:
            parts.append(re.escape(char))
        else:
            inner = grouped_alternation(rests, depth - 1) if "" not in rests else "|".join(rests)
            parts.append(f"{re.escape(char)}(?:{inner})")
    return "|".join(parts)


def _alternation(terms: tuple[str, ...]) -> str:
    sources = {term_pattern(t) for t in terms if normalise_term(t).strip(". *")}
    if not sources:
        return ""
    # Longest first. Sources of equal length are in a fixed order (they used to follow
    # the set's, which changed with every process) so the pattern's text, and its entry
    # in the regex cache, are the same in every process.
    alternation = grouped_alternation(sorted(sources, key=lambda s: (len(s), s), reverse=True))
    return rf"(?<!\w)(?:{alternation})(?!\w)"


@lru_cache(maxsize=256)
def compile_terms(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex matching any of ``terms`` on word boundaries, longest first; None if empty.

    Veto terms (``!...``) are left out: see :func:`split_terms`.
    """
    terms = split_terms(terms)[0]
    source = rxcache.memo("terms", terms, lambda: _alternation(terms), [__file__])
    return rxcache.compile(source) if source else None


def clean_evidence(text: str) -> str:
    """Collapse the punctuation and spaces inside a matched phrase."""
    return " ".join(re.findall(r"\w+", text))
