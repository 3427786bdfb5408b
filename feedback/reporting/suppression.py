"""Small-number suppression for every number that leaves the database.

Pages, charts, exports and the word cloud all go through this module, so a count
is hidden in the same way wherever it appears. Pure Python: no Flask, no SQLAlchemy.

The rules
---------
* **Primary suppression.** A count from 1 to ``threshold - 1`` is shown as
  "fewer than N" (``N`` = threshold). The default threshold is 5; an export for
  publication uses 10 (:data:`PUBLICATION_THRESHOLD`).
* **Zero is shown as 0.** A true zero says that nobody gave that answer, which
  identifies nobody, and hiding zeros would make every sparse table unreadable.
  The one exception is a table whose grand total is itself below the threshold:
  then *everything* is hidden, zeros included, because "0, 0, fewer than 5, 0"
  would say that every child in the group gave the same answer.
* **Complementary (secondary) suppression.** No hidden value may be worked back
  from the totals or from other cells. A cell hidden only to protect another one
  says "not shown" (:data:`SECONDARY_TEXT`) rather than "fewer than N", because it
  is *not* fewer than N and the page must not say something untrue. The price is
  that a reader learns a "not shown" cell is at least N (small ones say "fewer
  than N" and zeros are shown) -- and the algorithm below takes that into account
  (see "Why counting hidden cells is not enough").
* **Percentages.** None on a denominator below the threshold and none for a
  hidden cell (:meth:`Shown.percent_of`).
* **Detail.** Word clouds and quotes need at least ``threshold`` responses
  (:func:`allow_detail`). Two overlapping filters whose counts differ by 1 to N-1
  would reveal a small group by subtraction (:func:`complement_leaks`).

How complementary suppression works
-----------------------------------
A table with row totals, column totals and a grand total is a *circulation* in a
small network: a source S, a sink T, one node per row and per column; cell (i, j)
is an arc row_i -> col_j, row total i an arc S -> row_i, column total j an arc
col_j -> T and the grand total an arc T -> S. "Each row adds up to its total" is
flow conservation at the row's node, and likewise for columns and for the totals
row and column. A one-way distribution is the same with cells as arcs S -> T.

A reader who sees the table knows the shown values exactly, that a "fewer than N"
value is in 1..N-1, and that a "not shown" value is at least N. A hidden value can
be changed by one, with every shown value and every line sum unchanged, exactly
when the arc lies on a cycle of hidden arcs along which one unit can be pushed
within those bounds (network matrices are totally unimodular, so there is no
integer subtlety). So, for every value hidden under the primary rule, in a fixed
order: if no such cycle exists, we hide the cheapest set of shown, non-zero values
that completes one (Dijkstra; the cost of hiding a value is the value, so small
cells are hidden in preference to large ones and to totals; ties go to the first
cell in row-major order, then row totals, column totals, grand total). Hiding
more can only add cycles, so a value protected once stays protected and one pass
is enough. Every hidden value then lies on a cycle of hidden values, so no row or
column (with its total) has exactly one hidden non-zero entry.

Why counting hidden cells is not enough
---------------------------------------
"No line has exactly one hidden cell" is necessary but not sufficient:

* ``[1, 5, 20]`` with total 26: hiding 1 and then the next-smallest cell, 5, leaves
  "fewer than 5, not shown, 20, total 26". The hidden pair sums to 6 and the "not
  shown" cell is at least 5, so the small one must be 1. Here the 20 is hidden.
* ``[1, 1, 20]``: two hidden ones sum to 2, so each is 1.
* In a two-way table, two protected blocks joined by a single hidden cell satisfy
  the counting rule, but that cell equals a difference of row and column sums.

The cycle test catches all three.

Small rows and columns
----------------------
If a row's (or column's) total is itself below the threshold, every cell in it
is hidden as "fewer than N" -- zeros too, which is still true. Otherwise a column
"fewer than 5, fewer than 5, fewer than 5, fewer than 5, 0" with total "fewer
than 5" would say that each of the four cells is exactly 1. The reader then knows
such a "fewer than N" cell might be 0, and the cycle test uses that.

In a few tiny tables with a threshold of 3 or 4, no choice of extra cells can
protect every small value (``[[1, 1], [2, 2]]`` at threshold 3 is one). Then the
whole table is withheld, like a table whose grand total is below the threshold.

The guarantee is that no value under the threshold can be pinned to a single
number, by any reasoning with the published totals. It does not try to stop a
reader narrowing "fewer than 5" down to, say, "3 or 4", and it assumes the reader
does not exploit the order in which cells are chosen for secondary suppression.
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "DEFAULT_THRESHOLD",
    "MIN_THRESHOLD",
    "PUBLICATION_THRESHOLD",
    "SECONDARY_TEXT",
    "Shown",
    "SuppressedTable",
    "allow_detail",
    "complement_leaks",
    "primary_text",
    "suppress_count",
    "suppress_distribution",
    "suppress_table",
]

DEFAULT_THRESHOLD = 5
PUBLICATION_THRESHOLD = 10
# "fewer than 2" could only mean 1, so a threshold of 2 (or less) hides nothing.
MIN_THRESHOLD = 3
# Text for a value hidden only so that a small one cannot be worked out.
SECONDARY_TEXT = "not shown"

_SHOWN, _PRIMARY, _SECONDARY = 0, 1, 2
_INFINITY = 1 << 62


def _check_threshold(threshold: int) -> int:
    threshold = operator.index(threshold)
    if threshold < MIN_THRESHOLD:
        raise ValueError(
            f"threshold must be at least {MIN_THRESHOLD}: "
            f"'fewer than {threshold}' would give the hidden number away"
        )
    return threshold


def _check_count(count: int) -> int:
    count = operator.index(count)
    if count < 0:
        raise ValueError(f"a count cannot be negative: {count}")
    return count


def primary_text(threshold: int) -> str:
    """How a count from 1 to ``threshold - 1`` is shown."""
    return f"fewer than {threshold}"


@dataclass(frozen=True)
class Shown:
    """A number as it may be published: its ``value`` is None when it is hidden."""

    value: int | None
    text: str
    hidden: bool

    def percent_of(self, denominator: Shown, threshold: int) -> str | None:
        """This value as a whole percentage of ``denominator`` ("42%"), or None.

        None when either number is hidden or the denominator is below the threshold.
        Halves round up (5 of 8 is "63%").
        """
        threshold = _check_threshold(threshold)
        if self.hidden or self.value is None:
            return None
        if denominator.hidden or denominator.value is None or denominator.value < threshold:
            return None
        whole = denominator.value
        return f"{(200 * self.value + whole) // (2 * whole)}%"


@dataclass(frozen=True)
class SuppressedTable:
    """A two-way table after suppression. ``withheld`` means every entry is hidden
    (the grand total is below the threshold, or the table is too sparse to protect):
    show one sentence, not a table."""

    cells: list[list[Shown]]
    row_totals: list[Shown]
    col_totals: list[Shown]
    grand_total: Shown
    withheld: bool


def _shown(value: int) -> Shown:
    return Shown(value=value, text=f"{value:,}", hidden=False)


def suppress_count(n: int, threshold: int = DEFAULT_THRESHOLD) -> Shown:
    """A single count on its own (a headline number or a denominator)."""
    threshold = _check_threshold(threshold)
    n = _check_count(n)
    if 0 < n < threshold:
        return Shown(value=None, text=primary_text(threshold), hidden=True)
    return _shown(n)


def allow_detail(n: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether word clouds and quotes may be shown for ``n`` responses."""
    return _check_count(n) >= _check_threshold(threshold)


def complement_leaks(part: int, whole: int, threshold: int) -> bool:
    """True when publishing both ``part`` and ``whole`` (``part`` counted within
    ``whole``, as with two overlapping filters) would reveal a group of 1 to
    threshold - 1 by subtraction."""
    threshold = _check_threshold(threshold)
    part, whole = _check_count(part), _check_count(whole)
    if part > whole:
        raise ValueError(f"part ({part}) is larger than whole ({whole})")
    return 0 < whole - part < threshold


class _Network:
    """The table as a circulation; see the module docstring."""

    def __init__(
        self,
        n_nodes: int,
        arcs: list[tuple[int, int]],
        values: list[int],
        threshold: int,
        in_small_line: set[int],
    ) -> None:
        self.tails = [tail for tail, _ in arcs]
        self.heads = [head for _, head in arcs]
        self.values = values
        self.threshold = threshold
        self.incident: list[list[int]] = [[] for _ in range(n_nodes)]
        for index, (tail, head) in enumerate(arcs):
            self.incident[tail].append(index)
            self.incident[head].append(index)
        self.states = [
            _PRIMARY if 0 < value < threshold or index in in_small_line else _SHOWN
            for index, value in enumerate(values)
        ]
        # The least a "fewer than N" value could be, as far as the reader can tell.
        self.lowest = [0 if index in in_small_line else 1 for index in range(len(values))]

    def _capacity(self, arc: int, forward: bool, state: int) -> int:
        """How far the reader could think ``arc`` might move up (forward) or down."""
        value, n = self.values[arc], self.threshold
        if state == _PRIMARY:  # the reader knows it is 1..n-1
            return n - 1 - value if forward else value - self.lowest[arc]
        if state == _SECONDARY:  # the reader knows it is at least n
            return _INFINITY if forward else value - n
        return 0

    def _cheapest_path(
        self, start: int, goal: int, excluded: int, may_hide: bool
    ) -> tuple[int, int, list[int]] | None:
        """The cheapest residual path start -> goal that avoids ``excluded``, as
        (cost, number of arcs, arcs). With ``may_hide``, shown non-zero values may be
        used at the cost of their value; otherwise only hidden values (cost 0)."""
        best: dict[int, tuple[int, int]] = {start: (0, 0)}
        previous: dict[int, tuple[int, int]] = {}
        heap = [(0, 0, start)]
        done: set[int] = set()
        while heap:
            cost, hops, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            if node == goal:
                path = []
                while node != start:
                    arc, node = previous[node]
                    path.append(arc)
                return cost, hops, path[::-1]
            for arc in self.incident[node]:
                if arc == excluded:
                    continue
                forward = self.tails[arc] == node
                state = self.states[arc]
                step = 0
                if state == _SHOWN:
                    if not may_hide or self.values[arc] == 0:
                        continue
                    state, step = _SECONDARY, self.values[arc]
                if self._capacity(arc, forward, state) < 1:
                    continue
                other = self.heads[arc] if forward else self.tails[arc]
                key = (cost + step, hops + 1)
                if other not in done and (other not in best or key < best[other]):
                    best[other] = key
                    previous[other] = (arc, node)
                    heapq.heappush(heap, (key[0], key[1], other))
        return None

    def _routes(self, arc: int, may_hide: bool) -> list[tuple[int, int, int, list[int]]]:
        """Cycles through ``arc`` that move it down (0) or up (1)."""
        routes = []
        tail, head, state = self.tails[arc], self.heads[arc], self.states[arc]
        if self._capacity(arc, False, state) >= 1:
            found = self._cheapest_path(tail, head, arc, may_hide)
            if found is not None:
                routes.append((found[0], found[1], 0, found[2]))
        if self._capacity(arc, True, state) >= 1:
            found = self._cheapest_path(head, tail, arc, may_hide)
            if found is not None:
                routes.append((found[0], found[1], 1, found[2]))
        return routes

    def protect(self) -> bool:
        """Add secondary suppressions until no primary value can be pinned down.
        False if that is impossible (the caller then withholds the whole table)."""
        for arc in range(len(self.states)):
            if self.states[arc] != _PRIMARY or self.values[arc] == 0:
                continue
            if self._routes(arc, may_hide=False):
                continue
            routes = self._routes(arc, may_hide=True)
            if not routes:
                return False
            for other in min(routes)[3]:
                if self.states[other] == _SHOWN:
                    self.states[other] = _SECONDARY
        return True


def _suppress(
    n_nodes: int,
    arcs: list[tuple[int, int]],
    values: list[int],
    threshold: int,
    in_small_line: set[int],
) -> tuple[list[Shown], bool]:
    """Suppress the values of a network whose last arc is the grand total."""
    grand = values[-1]
    if 0 < grand < threshold:
        hidden = Shown(value=None, text=primary_text(threshold), hidden=True)
        return [hidden] * len(values), True
    network = _Network(n_nodes, arcs, values, threshold, in_small_line)
    if not network.protect():
        hidden = Shown(value=None, text=SECONDARY_TEXT, hidden=True)
        return [hidden] * len(values), True
    texts = {_PRIMARY: primary_text(threshold), _SECONDARY: SECONDARY_TEXT}
    return [
        _shown(value) if state == _SHOWN else Shown(value=None, text=texts[state], hidden=True)
        for value, state in zip(values, network.states, strict=True)
    ], False


def suppress_distribution(
    counts: Sequence[int], threshold: int = DEFAULT_THRESHOLD, *, with_total: bool = True
) -> tuple[list[Shown], Shown]:
    """Suppress a one-way distribution; returns the cells and the total.

    Complementary suppression always assumes the reader knows the total, because
    it is nearly always published somewhere ("35 responses"). With
    ``with_total=False`` the total comes back hidden, for callers that don't show it.
    """
    threshold = _check_threshold(threshold)
    values = [_check_count(count) for count in counts]
    total = sum(values)
    source, sink = 0, 1
    arcs = [(source, sink)] * len(values) + [(sink, source)]
    shown, _ = _suppress(2, arcs, [*values, total], threshold, set())
    cells, total_shown = shown[:-1], shown[-1]
    if not with_total and not total_shown.hidden:
        total_shown = Shown(value=None, text=SECONDARY_TEXT, hidden=True)
    return cells, total_shown


def suppress_table(
    rows: Sequence[Sequence[int]], threshold: int = DEFAULT_THRESHOLD
) -> SuppressedTable:
    """Suppress a two-way table of counts, shown with row, column and grand totals."""
    threshold = _check_threshold(threshold)
    table = [[_check_count(count) for count in row] for row in rows]
    n_rows = len(table)
    n_cols = len(table[0]) if table else 0
    if any(len(row) != n_cols for row in table):
        raise ValueError("every row must have the same number of cells")
    row_totals = [sum(row) for row in table]
    col_totals = [sum(row[j] for row in table) for j in range(n_cols)]
    grand = sum(row_totals)

    source, sink = 0, 1

    def row_node(i: int) -> int:
        return 2 + i

    def col_node(j: int) -> int:
        return 2 + n_rows + j

    arcs = [(row_node(i), col_node(j)) for i in range(n_rows) for j in range(n_cols)]
    arcs += [(source, row_node(i)) for i in range(n_rows)]
    arcs += [(col_node(j), sink) for j in range(n_cols)]
    arcs.append((sink, source))
    values = [count for row in table for count in row] + row_totals + col_totals + [grand]
    # Cells in a row or column whose total is below the threshold are all hidden,
    # zeros too: see "Small rows and columns" in the module docstring.
    in_small_line = {
        i * n_cols + j
        for i in range(n_rows)
        for j in range(n_cols)
        if 0 < row_totals[i] < threshold or 0 < col_totals[j] < threshold
    }
    shown, withheld = _suppress(2 + n_rows + n_cols, arcs, values, threshold, in_small_line)

    n_cells = n_rows * n_cols
    return SuppressedTable(
        cells=[shown[i * n_cols : (i + 1) * n_cols] for i in range(n_rows)],
        row_totals=shown[n_cells : n_cells + n_rows],
        col_totals=shown[n_cells + n_rows : n_cells + n_rows + n_cols],
        grand_total=shown[-1],
        withheld=withheld,
    )
