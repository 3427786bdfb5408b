"""An exact prefilter for large regular expressions: the literals a match needs.

Most comments match few of the big disclosure and theme patterns, yet ``re`` tries
every alternative of every pattern at every word boundary of every sentence. This
module reads a pattern's syntax tree once and works out a set of literal strings of
which *every* match must contain at least one: for ``\\b(?:hits? (?:me|us)|kick\\w*)``
that is ``{"hits me", "hits us", "hit me", "hit us", "kick"}``. One pass over the
text finds which literals of a whole group of patterns occur in it (a :class:`Screen`);
a pattern none of whose literals occurs cannot match, so it need not run.

The prefilter never changes a result. Where the analysis is unsure (a construct it
does not model, case-insensitive matching, a pattern that needs no particular literal)
it gives ``None`` and the pattern always runs. A literal found anywhere in the text
counts, so the answer also holds for searches of part of the text (``search(text,
start, end)``) and of any substring of it: a match there is a match in the text.
It depends only on how ``re`` reads patterns, never on what they say.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from itertools import product
from typing import Any

from feedback.analysis import rxcache

try:  # the parser behind re.compile (CPython 3.11); without it nothing is prefiltered
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parser = None  # type: ignore[assignment]

Literals = frozenset[str]

_EXACT_LIMIT = 64  # most strings tracked exactly for one part of a pattern
_RANGE_LIMIT = 16  # widest character range expanded into its characters
_EMPTY: Literals = frozenset({""})
_IGNORECASE = int(re.IGNORECASE)

# What a pattern's matches need: alternatives, each a tuple of clauses (sets of
# literals). Every match holds, for one of the alternatives, a literal of each of its
# clauses. For \b(?:hits? me|kick\w*) that is ((hit me, hits me),), ((kick,),).
Requirement = tuple[tuple[Literals, ...], ...]
_CLAUSES = 3  # clauses kept per alternative, the rarest
_EXTRA_CLAUSE_MIN = 3  # shortest literal in a clause kept beyond the rarest one
_RUN_LIMIT = 4000  # alternatives of a pattern at most, once groups are expanded

# A pattern that never matches, at once: ``\A`` fails everywhere after the first
# position, and ``re`` stops there. ``sub`` gives the text back unchanged.
NO_MATCH: re.Pattern[str] = re.compile(r"\A(?!)")


class _Unsupported(Exception):
    """A construct the analysis does not model: no prefilter for this pattern."""


def _rarity(literals: Iterable[str]) -> float:
    """Roughly how likely a text is to hold one of ``literals``: lower is better."""
    return sum(16.0 ** -len(s) for s in literals)


def _best(candidates: Iterable[Literals | None]) -> Literals | None:
    best: Literals | None = None
    best_score = 0.0
    for literals in candidates:
        if not literals or "" in literals:
            continue  # no constraint
        score = _rarity(literals)
        if best is None or score < best_score:
            best, best_score = literals, score
    return best


# Each part of a pattern is summarised as (exact, needed):
# - exact: every string the part can match, when there are few of them, else None;
# - needed: literals of which every match of the part contains one, else None.
_Summary = tuple[Literals | None, Literals | None]


def _needed(summary: _Summary) -> Literals | None:
    exact, needed = summary
    return _best((needed, exact))


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Summary:
    """A run of items matched one after another."""
    exact, candidates = _sequence_candidates(items)
    return exact, _best(candidates)


def _sequence_candidates(
    items: Iterable[tuple[Any, Any]],
) -> tuple[Literals | None, list[Literals | None]]:
    """The run's exact strings (or None), and sets of literals that are each needed."""
    current: Literals | None = _EMPTY  # the exact strings of the run so far
    candidates: list[Literals | None] = []
    whole = True
    for op, av in items:
        exact, needed = _item(op, av)
        if exact is not None and current is not None:
            if len(current) * len(exact) <= _EXACT_LIMIT:
                current = frozenset(a + b for a, b in product(current, exact))
                continue
            candidates.append(current)  # too many: a new exact run starts here
            candidates.append(needed)
            current = exact
            whole = False
            continue
        whole = False
        if current is not None:
            candidates.append(current)
        candidates.append(needed)
        current = exact if exact is not None else _EMPTY
    candidates.append(current)
    return (current if whole else None), candidates


def _item(op: Any, av: Any) -> _Summary:
    if op is _c.LITERAL:
        return frozenset({chr(av)}), None
    if op is _c.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is _c.LITERAL:
                chars.add(chr(item_av))
            elif item_op is _c.RANGE and item_av[1] - item_av[0] < _RANGE_LIMIT:
                chars.update(chr(i) for i in range(item_av[0], item_av[1] + 1))
            else:  # NEGATE, CATEGORY (\w, \s...), wide ranges
                return None, None
        return (frozenset(chars) if len(chars) <= _EXACT_LIMIT else None), None
    if op in (_c.ANY, _c.NOT_LITERAL, _c.CATEGORY):
        return None, None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return _EMPTY, None  # zero width: adds nothing to the matched text
    if op is _c.BRANCH:
        summaries = [_sequence(alternative) for alternative in av[1]]
        exact: Literals | None = None
        if all(e is not None for e, _ in summaries):
            union = frozenset().union(*(e for e, _ in summaries if e is not None))
            exact = union if len(union) <= _EXACT_LIMIT else None
        needs = [_needed(s) for s in summaries]
        needed: Literals | None = None
        if all(n is not None for n in needs):
            needed = frozenset().union(*(n for n in needs if n is not None))
        return exact, needed
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & _IGNORECASE:
            raise _Unsupported("case-insensitive group")
        return _sequence(sub)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, sub = av
        inner = _sequence(sub)
        exact = inner[0]
        if low == 0:
            if high == 1 and exact is not None:
                return exact | _EMPTY, None
            return None, None
        if low == high and exact is not None and len(exact) ** low <= _EXACT_LIMIT:
            return frozenset("".join(p) for p in product(exact, repeat=low)), None
        return None, _needed(inner)  # at least one repetition: its literals are needed
    raise _Unsupported(str(op))  # back references, conditionals, anything new


def _clauses(items: Iterable[tuple[Any, Any]]) -> tuple[Literals, ...] | None:
    """Up to ``_CLAUSES`` sets of literals that a match of the run needs, rarest first."""
    _exact, candidates = _sequence_candidates(items)
    usable = {c for c in candidates if c and "" not in c}
    ordered = sorted(usable, key=lambda c: (_rarity(c), sorted(c)))
    # Beyond the rarest, only clauses of longer literals: short ones ("a", " ", "he")
    # occur everywhere, and finding them would cost more than they save.
    extra = [c for c in ordered[1:] if min(map(len, c)) >= _EXTRA_CLAUSE_MIN]
    return tuple(ordered[:1] + extra[: _CLAUSES - 1]) or None


def _runs(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The pattern as alternative runs of items: a top-level ``|`` is split, and a run
    of characters then a ``|``, as in grouped alternations (``ab(?:c|d)``), becomes one
    run per alternative with the characters in front (``abc``, ``abd``), so that whole
    words are seen again. A match of the pattern is a match of one of the runs."""
    consuming = [item for item in items if item[0] not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT)]
    if len(consuming) == 1 and consuming[0][0] is _c.BRANCH:
        pending = [list(alternative) for alternative in consuming[0][1][1]]
    else:
        pending = [list(items)]
    runs: list[list[tuple[Any, Any]]] = []
    while pending:
        run = pending.pop(0)
        if run and run[-1][0] is _c.BRANCH and all(op is _c.LITERAL for op, _ in run[:-1]):
            branches = run[-1][1][1]
            if len(runs) + len(pending) + len(branches) <= _RUN_LIMIT:
                pending[:0] = [run[:-1] + list(branch) for branch in branches]
                continue
        runs.append(run)
    return runs


def _requirement(items: list[tuple[Any, Any]]) -> Requirement | None:
    alternatives = [_clauses(run) for run in _runs(items)]
    if any(clauses is None for clauses in alternatives):
        return None  # an alternative that needs no literal: the pattern always runs
    return tuple(clauses for clauses in alternatives if clauses is not None)


def _analyse(source: str, flags: int) -> Requirement | None:
    if _sre_parser is None or flags & _IGNORECASE:
        return None
    try:
        parsed = _sre_parser.parse(source, flags)
        if parsed.state.flags & _IGNORECASE:
            return None
        return _requirement(list(parsed.data))
    except (_Unsupported, AttributeError, TypeError, ValueError, re.error):
        return None


def requirement(pattern: re.Pattern[str]) -> Requirement | None:
    """What a match of ``pattern`` needs (see :data:`Requirement`); None when unknown."""
    source, flags = pattern.pattern, pattern.flags
    if type(source) is not str:
        return None
    return rxcache.memo("requirement", (source, flags), lambda: _analyse(source, flags), [__file__])


def _requirement_kept(pattern: re.Pattern[str]) -> bool:
    return type(pattern.pattern) is not str or rxcache.is_kept(
        "requirement", (pattern.pattern, pattern.flags), [__file__]
    )


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Literals of which every match of ``pattern`` holds one; None when unknown."""
    needs = requirement(pattern)
    if needs is None:
        return None
    return frozenset().union(*(clauses[0] for clauses in needs))


def _trie_source(words: Iterable[str]) -> str:
    """A regular expression that matches the longest of ``words`` at a position."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: longest first

    return build(trie)


class Screen:
    """Several patterns, what they need, and one scan of a text for all of them.

    ``present = screen.scan(text)``; then ``screen.possible_all(present)`` says, for
    each pattern in the order given, False only when it cannot match ``text`` or any
    part of it.

    Working out what the patterns need takes about half a second for the disclosure
    cues; it is kept between processes (:mod:`feedback.analysis.rxcache`). Until it is
    at hand, the screen lets every pattern run: a process that finds it in the cache
    screens from the first text, and one that does not works it out only after
    ``warm_up`` texts, so that a few lines never cost more than they did before.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str] | None], warm_up: int = 400) -> None:
        self._patterns = list(patterns)  # (None stands for no pattern: never possible)
        self._unscreened = [p is not None for p in self._patterns]
        self._ready = False
        self._warm_up = warm_up
        self._lock = threading.Lock()
        if all(p is None or _requirement_kept(p) for p in self._patterns):
            self._prepare(cached_only=True)

    def prepare(self) -> Screen:
        """Work out what the patterns need now, if it is not done yet."""
        if not self._ready:
            with self._lock:  # (threads of a web app: one works it out)
                if not self._ready:
                    self._prepare(cached_only=False)
        return self

    def _prepare(self, cached_only: bool) -> None:
        # Everything is built first and published last, with _ready: a thread that
        # sees _ready sees the rest.
        needs = [None if p is None else requirement(p) for p in self._patterns]
        words = sorted({w for need in needs if need for cl in need for c in cl for w in c})
        finder: re.Pattern[str] | None = None
        if words:
            if cached_only and not rxcache.is_kept("trie", words, [__file__]):
                return
            source = rxcache.memo("trie", words, lambda: _trie_source(words), [__file__])
            # A lookahead finds the literal starting at every position, overlaps included.
            finder_source = f"(?=({source}))"
            if cached_only and not rxcache.is_compiled(finder_source, re.S):
                return
            finder = rxcache.compile(finder_source, re.S)
        # Each alternative is found through the literals of its rarest clause; its
        # other clauses are checked then.
        index: dict[str, list[tuple[int, tuple[Literals, ...]]]] = {}
        always: list[int] = []
        for number, (pattern, need) in enumerate(zip(self._patterns, needs, strict=True)):
            if need is None:
                if pattern is not None:
                    always.append(number)
                continue
            for clauses in need:
                for literal in clauses[0]:
                    index.setdefault(literal, []).append((number, clauses[1:]))
        self._index = index
        self._always = always
        # By id: hashing a Pattern hashes its whole program. self._patterns keeps the
        # patterns alive, so the ids stay theirs.
        self._needs = {id(p): n for p, n in zip(self._patterns, needs, strict=True) if p}
        self._literals = frozenset(words)
        self._prefixes: dict[str, tuple[str, ...]] = {}  # literal: the literals it starts with
        self._finder = finder
        self._ready = True

    def scan(self, text: str) -> frozenset[str] | None:
        """Every literal the patterns need that occurs in ``text`` (None: not screened,
        every pattern may match)."""
        if not self._ready:
            self._warm_up -= 1
            if self._warm_up > 0:
                return None
            self.prepare()
        if self._finder is None:
            return frozenset()
        found: set[str] = set()
        prefixes = self._prefixes
        for longest in set(self._finder.findall(text)):
            # The longest literal at a position; the others there are its prefixes.
            known = prefixes.get(longest)
            if known is None:
                literals = self._literals
                known = tuple(longest[:n] for n in range(1, len(longest) + 1))
                known = prefixes[longest] = tuple(p for p in known if p in literals)
            found.update(known)
        return frozenset(found)

    def possible(self, pattern: re.Pattern[str], present: frozenset[str] | None) -> bool:
        """False only when ``pattern`` cannot match a text whose literals are ``present``
        (a pattern the screen was not made with always can)."""
        if present is None or not self._ready:
            return True
        need = self._needs.get(id(pattern))
        if need is None:
            return True
        return any(all(not c.isdisjoint(present) for c in clauses) for clauses in need)

    def possible_all(self, present: frozenset[str] | None) -> list[bool]:
        """For each pattern, in order: False only when it cannot match a text whose
        literals are ``present``."""
        if present is None or not self._ready:
            return list(self._unscreened)
        result = [False] * len(self._patterns)
        for number in self._always:
            result[number] = True
        index = self._index
        for literal in present:
            for number, others in index.get(literal, ()):
                if result[number]:
                    continue
                for clause in others:
                    if clause.isdisjoint(present):
                        break
                else:
                    result[number] = True
        return result


__all__ = ["NO_MATCH", "Literals", "Requirement", "Screen", "required_literals", "requirement"]
