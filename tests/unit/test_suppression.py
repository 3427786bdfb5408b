"""Small-number suppression: worked examples, then properties over random tables.

The strongest property plays the reader: it knows the shown numbers, that "fewer
than N" is 1..N-1 (0..N-1 in a row or column whose total is "fewer than N"), that
"not shown" is at least N, and that every row and column adds up to its total.
It then searches every table consistent with that, and checks that no value below
the threshold has only one possibility.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.reporting.suppression import (
    DEFAULT_THRESHOLD,
    PUBLICATION_THRESHOLD,
    SECONDARY_TEXT,
    Shown,
    SuppressedTable,
    allow_detail,
    complement_leaks,
    primary_text,
    suppress_count,
    suppress_distribution,
    suppress_table,
)


def shown(value: int) -> Shown:
    return Shown(value=value, text=str(value), hidden=False)


def fewer(threshold: int = DEFAULT_THRESHOLD) -> Shown:
    return Shown(value=None, text=f"fewer than {threshold}", hidden=True)


NOT_SHOWN = Shown(value=None, text="not shown", hidden=True)


# --- worked examples ----------------------------------------------------------------


def test_one_small_cell_takes_the_next_smallest_with_it():
    cells, total = suppress_distribution([12, 3, 20])
    assert cells == [NOT_SHOWN, fewer(), shown(20)]
    assert total == shown(35)


def test_a_single_small_cell_with_its_total_is_hidden_entirely():
    cells, total = suppress_distribution([3])
    assert cells == [fewer()] and total == fewer()
    # Zeros too: "0, fewer than 5, 0" would say every child gave the same answer.
    cells, total = suppress_distribution([0, 3, 0])
    assert cells == [fewer()] * 3 and total == fewer()


def test_zero_is_shown_and_a_table_of_zeros_is_shown():
    cells, total = suppress_distribution([0, 12, 20])
    assert cells == [shown(0), shown(12), shown(20)] and total == shown(32)
    table = suppress_table([[0, 0], [0, 0]])
    assert not table.withheld and table.grand_total == shown(0)


def test_nothing_to_hide_shows_everything():
    cells, total = suppress_distribution([5, 12, 20])
    assert [c.value for c in cells] == [5, 12, 20] and total == shown(37)


def test_counting_hidden_cells_is_not_enough():
    # Hiding 1 and 5 would leave "fewer than 5" + "at least 5" = 6, so the 1 is pinned.
    cells, total = suppress_distribution([1, 5, 20])
    assert cells == [fewer(), shown(5), NOT_SHOWN] and total == shown(26)
    # Two ones protect nothing: together they are 2, so each is 1.
    cells, total = suppress_distribution([1, 1, 20])
    assert cells == [fewer(), fewer(), NOT_SHOWN] and total == shown(22)


def test_ties_are_broken_by_position():
    cells, _ = suppress_distribution([3, 12, 12, 20])
    assert cells == [fewer(), NOT_SHOWN, shown(12), shown(20)]
    assert suppress_distribution([3, 12, 12, 20]) == suppress_distribution((3, 12, 12, 20))


def test_publication_threshold_hides_more():
    assert suppress_distribution([8, 15, 30])[0] == [shown(8), shown(15), shown(30)]
    cells, total = suppress_distribution([8, 15, 30], PUBLICATION_THRESHOLD)
    assert cells == [fewer(10), NOT_SHOWN, shown(30)] and total == shown(53)
    assert primary_text(PUBLICATION_THRESHOLD) == "fewer than 10"


def test_without_the_total_the_cells_are_still_protected():
    cells, total = suppress_distribution([12, 3, 20], with_total=False)
    assert cells == [NOT_SHOWN, fewer(), shown(20)]
    assert total.hidden and total.text == SECONDARY_TEXT


def test_two_way_table():
    # The cheapest rectangle through the 3: hiding 15 + 25 + 18 beats 20 + 30 + 25.
    table = suppress_table([[20, 3, 15], [30, 25, 18], [12, 40, 22]])
    assert table.cells == [
        [shown(20), fewer(), NOT_SHOWN],
        [shown(30), NOT_SHOWN, NOT_SHOWN],
        [shown(12), shown(40), shown(22)],
    ]
    assert table.row_totals == [shown(38), shown(73), shown(74)]
    assert table.col_totals == [shown(62), shown(68), shown(55)]
    assert table.grand_total == shown(185)
    assert not table.withheld


def test_a_small_column_hides_its_zeros():
    # Four ones in a column of four: "fewer than 5" four times over a total of
    # "fewer than 5" would pin each of them to 1, unless the zeros are hidden too.
    rows = [[1, 20], [1, 30], [1, 25], [1, 40], [0, 35]]
    table = suppress_table(rows)
    assert [row[0] for row in table.cells] == [fewer()] * 5
    assert table.col_totals[0] == fewer()
    check_table(rows, DEFAULT_THRESHOLD, table)


def test_a_table_below_the_threshold_is_withheld():
    table = suppress_table([[1, 0], [2, 1]])
    assert table.withheld
    assert all(c == fewer() for row in table.cells for c in row)
    assert table.grand_total == fewer()


def test_a_table_too_sparse_to_protect_is_withheld():
    table = suppress_table([[1, 1], [2, 2]], 3)
    assert table.withheld
    entries = [
        *(c for row in table.cells for c in row),
        *table.row_totals,
        *table.col_totals,
        table.grand_total,
    ]
    assert all(e.hidden and e.text == SECONDARY_TEXT for e in entries)


def test_empty_inputs():
    assert suppress_distribution([]) == ([], shown(0))
    assert suppress_table([]) == SuppressedTable([], [], [], shown(0), withheld=False)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="at least 3"):
        suppress_distribution([1, 2], 2)
    with pytest.raises(ValueError, match="negative"):
        suppress_table([[1, -1]])
    with pytest.raises(ValueError, match="same number"):
        suppress_table([[1, 2], [3]])
    with pytest.raises(TypeError):
        suppress_distribution([1.5])  # type: ignore[list-item]


def test_percentages():
    assert shown(5).percent_of(shown(8), 5) == "63%"  # halves round up
    assert shown(1).percent_of(shown(8), 5) == "13%"  # 12.5
    assert shown(0).percent_of(shown(12), 5) == "0%"
    assert shown(12).percent_of(shown(12), 5) == "100%"
    assert shown(3).percent_of(shown(4), 3) == "75%"
    assert shown(3).percent_of(shown(4), 5) is None  # denominator below threshold
    assert fewer().percent_of(shown(40), 5) is None
    assert NOT_SHOWN.percent_of(shown(40), 5) is None
    assert shown(12).percent_of(NOT_SHOWN, 5) is None
    assert shown(1234).text == "1234"
    assert suppress_count(1234).text == "1,234"


def test_single_counts_detail_and_differencing():
    assert suppress_count(0) == shown(0)
    assert suppress_count(4) == fewer()
    assert suppress_count(9, PUBLICATION_THRESHOLD) == fewer(10)
    assert suppress_count(10, PUBLICATION_THRESHOLD) == shown(10)
    assert not allow_detail(4) and allow_detail(5)
    assert not allow_detail(9, PUBLICATION_THRESHOLD) and allow_detail(10, PUBLICATION_THRESHOLD)
    assert complement_leaks(30, 33, 5)
    assert not complement_leaks(30, 30, 5)  # same group: nothing new
    assert not complement_leaks(30, 35, 5)
    assert complement_leaks(30, 39, 10)
    with pytest.raises(ValueError, match="larger"):
        complement_leaks(5, 4, 5)


def test_a_large_table_is_quick():
    rng = random.Random(7)
    rows = [[rng.choice([0, 1, 2, 3, 4, rng.randint(0, 60)]) for _ in range(20)] for _ in range(20)]
    start = time.perf_counter()
    table = suppress_table(rows)
    assert time.perf_counter() - start < 2
    check_table(rows, DEFAULT_THRESHOLD, table, brute_force=False)


# --- the reader ---------------------------------------------------------------------

INF = 10**9


def is_primary(entry: Shown, threshold: int) -> bool:
    return entry.hidden and entry.text == primary_text(threshold)


class Reader:
    """Everything a reader can deduce: unknown values with bounds and line sums."""

    def __init__(self) -> None:
        self.bounds: list[tuple[int, int]] = []
        self.truth: list[int] = []
        # (unknowns, known part of the sum, low, high)
        self.lines: list[tuple[list[int], int, int, int]] = []

    def term(self, entry: Shown, true_value: int, low: int, high: int) -> tuple[list[int], int]:
        """A cell as (unknowns, known): either a fixed value or a new unknown."""
        if not entry.hidden:
            assert entry.value == true_value
            return [], true_value
        # Searching only within 1 of the truth keeps this quick, and can only make the
        # reader's job harder (fewer tables to find), never pass a leak. If any other
        # table exists, one within 1 of the truth does (the values move round a cycle).
        self.bounds.append((max(low, true_value - 1), min(high, true_value + 1)))
        self.truth.append(true_value)
        return [len(self.truth) - 1], 0

    def line(self, terms: Sequence[tuple[list[int], int]], total: Shown, low: int, high: int):
        unknowns = [u for us, _ in terms for u in us]
        known = sum(k for _, k in terms)
        if not total.hidden:
            assert total.value is not None
            low = high = total.value
        self.lines.append((unknowns, known, low, high))

    def can_be_other_than(self, unknowns: list[int], known: int, value: int) -> bool:
        """Whether some consistent table gives sum(unknowns) + known != value."""
        return any(
            self._solvable([*self.lines, (unknowns, known, low, high)])
            for low, high in ((-INF, value - 1), (value + 1, INF))
        )

    def _solvable(self, lines: list[tuple[list[int], int, int, int]]) -> bool:
        n = len(self.truth)
        lines_of: list[list[int]] = [[] for _ in range(n)]
        for k, (unknowns, _, _, _) in enumerate(lines):
            for u in unknowns:
                lines_of[u].append(k)
        partial = [known for _, known, _, _ in lines]
        rest_low = [sum(self.bounds[u][0] for u in us) for us, _, _, _ in lines]
        rest_high = [sum(self.bounds[u][1] for u in us) for us, _, _, _ in lines]

        def feasible(k: int) -> bool:
            _, _, low, high = lines[k]
            return partial[k] + rest_low[k] <= high and partial[k] + rest_high[k] >= low

        if not all(feasible(k) for k in range(len(lines))):
            return False

        def search(u: int) -> bool:
            if u == n:
                return True
            low, high = self.bounds[u]
            # Nearest the truth first: a different table, if there is one, is close by.
            values = sorted(range(low, high + 1), key=lambda v: (abs(v - self.truth[u]), v))
            for value in values:
                for k in lines_of[u]:
                    partial[k] += value
                    rest_low[k] -= low
                    rest_high[k] -= high
                ok = all(feasible(k) for k in lines_of[u]) and search(u + 1)
                for k in lines_of[u]:
                    partial[k] -= value
                    rest_low[k] += low
                    rest_high[k] += high
                if ok:
                    return True
            return False

        return search(0)


def cell_bounds(entry: Shown, threshold: int, in_small_line: bool) -> tuple[int, int]:
    if is_primary(entry, threshold):
        return (0 if in_small_line else 1), threshold - 1
    return threshold, INF


def total_bounds(entry: Shown, threshold: int) -> tuple[int, int]:
    return (1, threshold - 1) if is_primary(entry, threshold) else (threshold, INF)


def assert_small_values_not_pinned(rows: list[list[int]], threshold: int, table: SuppressedTable):
    n_rows, n_cols = len(rows), len(rows[0])
    grand = sum(map(sum, rows))
    if table.withheld and not is_primary(table.grand_total, threshold):
        return  # withheld although large: nothing at all is published
    reader = Reader()
    terms = []
    for i in range(n_rows):
        row_terms = []
        for j in range(n_cols):
            entry = table.cells[i][j]
            if table.withheld:
                low, high = 0, threshold - 1
            else:
                small = is_primary(table.row_totals[i], threshold) or is_primary(
                    table.col_totals[j], threshold
                )
                low, high = cell_bounds(entry, threshold, small)
            row_terms.append(reader.term(entry, rows[i][j], low, high))
        terms.append(row_terms)
    lowest_total = 0 if table.withheld else 1
    for i in range(n_rows):
        low, high = total_bounds(table.row_totals[i], threshold)
        reader.line(terms[i], table.row_totals[i], min(low, lowest_total), high)
    for j in range(n_cols):
        low, high = total_bounds(table.col_totals[j], threshold)
        column = [terms[i][j] for i in range(n_rows)]
        reader.line(column, table.col_totals[j], min(low, lowest_total), high)
    everything = [t for row_terms in terms for t in row_terms]
    reader.line(everything, table.grand_total, *total_bounds(table.grand_total, threshold))

    def check(entry: Shown, true_value: int, cells: list[tuple[list[int], int]]):
        if entry.hidden and 0 < true_value < threshold:
            unknowns = [u for us, _ in cells for u in us]
            known = sum(k for _, k in cells)
            assert reader.can_be_other_than(unknowns, known, true_value), (entry, true_value)

    for i in range(n_rows):
        for j in range(n_cols):
            check(table.cells[i][j], rows[i][j], [terms[i][j]])
        check(table.row_totals[i], sum(rows[i]), terms[i])
    for j in range(n_cols):
        column = [terms[i][j] for i in range(n_rows)]
        check(table.col_totals[j], sum(row[j] for row in rows), column)
    check(table.grand_total, grand, everything)


def lines_of(rows: list[list[int]], table: SuppressedTable) -> list[list[tuple[Shown, int]]]:
    """Every row and column with its total, and the totals row and column with the
    grand total, as (shown, true value) pairs."""
    n_rows, n_cols = len(rows), len(rows[0])
    row_totals = [sum(row) for row in rows]
    col_totals = [sum(row[j] for row in rows) for j in range(n_cols)]
    grand = sum(row_totals)
    lines = [
        [*zip(table.cells[i], rows[i], strict=True), (table.row_totals[i], row_totals[i])]
        for i in range(n_rows)
    ]
    lines += [
        [
            *((table.cells[i][j], rows[i][j]) for i in range(n_rows)),
            (table.col_totals[j], col_totals[j]),
        ]
        for j in range(n_cols)
    ]
    lines.append([*zip(table.row_totals, row_totals, strict=True), (table.grand_total, grand)])
    lines.append([*zip(table.col_totals, col_totals, strict=True), (table.grand_total, grand)])
    return lines


def check_table(
    rows: list[list[int]], threshold: int, table: SuppressedTable, *, brute_force: bool = True
):
    lines = lines_of(rows, table)
    entries = [pair for line in lines for pair in line]
    for entry, true_value in entries:
        if entry.hidden:
            assert entry.value is None
            assert entry.text in (primary_text(threshold), SECONDARY_TEXT)
            if entry.text == SECONDARY_TEXT and not table.withheld:
                assert true_value >= threshold
        else:
            # Nothing altered, only hidden; and nothing small is shown.
            assert entry.value == true_value
            assert entry.text == f"{true_value:,}"
            assert not 0 < true_value < threshold
    for line in lines:
        # No hidden value can be worked out by subtraction within a line. (A line's
        # only hidden entry may be 0: a zero hidden because its column is small.)
        hidden = [true_value for entry, true_value in line if entry.hidden]
        assert len(hidden) != 1 or hidden[0] == 0, line
    for line in lines:
        *parts, (total, _) = line
        for part, _ in parts:
            percent = part.percent_of(total, threshold)
            if part.hidden or total.hidden or total.value is None or total.value < threshold:
                assert percent is None
            else:
                assert part.value is not None
                assert percent == f"{round(100 * part.value / total.value + 1e-9)}%"
    if brute_force:
        assert_small_values_not_pinned(rows, threshold, table)


# --- properties -----------------------------------------------------------------------

thresholds = st.integers(min_value=3, max_value=12)


def tables(max_side: int, max_count: int) -> st.SearchStrategy[list[list[int]]]:
    count = st.one_of(
        st.integers(0, max_count), st.integers(0, min(12, max_count)), st.integers(0, 3)
    )
    return st.integers(1, max_side).flatmap(
        lambda n_cols: st.lists(
            st.lists(count, min_size=n_cols, max_size=n_cols), min_size=1, max_size=max_side
        )
    )


@settings(max_examples=300, deadline=None)
@given(rows=tables(6, 60), threshold=thresholds)
def test_tables_hide_only_and_leave_no_line_with_one_hidden_value(rows, threshold):
    table = suppress_table(rows, threshold)
    check_table(rows, threshold, table, brute_force=False)
    assert suppress_table([list(row) for row in rows], threshold) == table  # deterministic


@settings(max_examples=600, deadline=None)
@given(rows=tables(3, 12), threshold=thresholds)
def test_no_small_value_in_a_small_table_can_be_pinned_down(rows, threshold):
    check_table(rows, threshold, suppress_table(rows, threshold))


@settings(max_examples=300, deadline=None)
@given(
    counts=st.lists(st.one_of(st.integers(0, 12), st.integers(0, 3)), min_size=1, max_size=6),
    threshold=thresholds,
)
def test_no_small_value_in_a_distribution_can_be_pinned_down(counts, threshold):
    cells, total = suppress_distribution(counts, threshold)
    # A distribution is a one-row table whose column totals are its cells.
    table = SuppressedTable([cells], [total], cells, total, withheld=is_primary(total, threshold))
    check_table([counts], threshold, table)
    assert suppress_distribution(tuple(counts), threshold) == (cells, total)
    hidden_total = suppress_distribution(counts, threshold, with_total=False)
    assert hidden_total[0] == cells and hidden_total[1].hidden


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 100), threshold=thresholds)
def test_single_counts(n, threshold):
    entry = suppress_count(n, threshold)
    assert entry.hidden == (0 < n < threshold)
    assert allow_detail(n, threshold) == (n >= threshold)
    denominator = suppress_count(n + 7, threshold)
    assert (entry.percent_of(denominator, threshold) is None) == (entry.hidden or n + 7 < threshold)
