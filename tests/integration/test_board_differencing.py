"""Differencing across Board selections: a reader who opens two selections, one inside
the other, and subtracts the same number in each must never get a count from 1 to 4.

Each page is read the way a person would read it: every table cell and the headline,
keyed by table, row and column, and only exact numbers ("12", not "fewer than 5" or
"not shown") are compared."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from itertools import count

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback.board import summary
from feedback.extensions import db
from tests.factories import make_collection, make_user, sign_in
from tests.factories import submit_answers as _store

THRESHOLD = 5
REPORT_IN_TIME = "Did you receive the social worker's report in sufficient time"
FORM = "form=cp-conference-parent"
COMMENT = "The chair listened to us and explained the plan clearly to the whole family"


def _page(app, email, query):
    client = app.test_client()
    sign_in(client, email)
    response = client.get(f"/board/?{query}")
    assert response.status_code == 200, query
    return response.get_data(as_text=True)


def _numbers(html: str) -> dict[tuple[str, ...], int]:
    """Every exact number on the page, keyed by where it is: the headline, or a table
    (its kind, from the id, and caption), the row and the column heading."""
    soup = BeautifulSoup(html, "html.parser")
    found: dict[tuple[str, ...], int] = {}
    headline = soup.find(id="total")
    if headline is not None:
        text = headline.strong.get_text(strip=True).replace(",", "")
        if text.isdigit():
            found[("headline",)] = int(text)
    for tab in soup.find_all("table"):
        kind = re.sub(r"-\d+$", "", tab.get("id", ""))
        caption = tab.caption.get_text(" ", strip=True) if tab.caption else ""
        head = tab.find("thead")
        columns = [th.get_text(" ", strip=True) for th in head.find_all("th")] if head else []
        for row in tab.find("tbody").find_all("tr", recursive=False):
            cells = row.find_all(["th", "td"], recursive=False)
            label = cells[0].get_text(" ", strip=True)
            for index, cell in enumerate(cells[1:], start=1):
                text = cell.get_text(strip=True).replace(",", "")
                if text.isdigit():
                    column = columns[index] if index < len(columns) else str(index)
                    found[(kind, caption, label, column)] = int(text)
    return found


def _report_in_time(numbers: dict[tuple[str, ...], int]) -> dict[tuple[str, ...], int]:
    """The closed question's own table (not the initial-against-review comparison,
    which covers both kinds of conference whatever the filter)."""
    return {
        key: n for key, n in numbers.items() if key[0] == "question" and REPORT_IN_TIME in key[1]
    }


def _leaks(narrow: dict, wide: dict) -> list[tuple]:
    """Places where both pages show an exact number and they differ by 1 to 4."""
    return [
        (key, narrow[key], wide[key])
        for key in narrow.keys() & wide.keys()
        if 0 < abs(wide[key] - narrow[key]) < THRESHOLD
    ]


def _conference_data(app, per_cell):
    """``per_cell`` maps (conference type, quarter start, answer) to a number of
    responses to the conference form, each with a comment."""
    with app.app_context():
        owner = make_user()
        collections = {
            kind: make_collection(owner, "cp-conference-parent", conference_type=kind)
            for kind in ("initial", "review")
        }
        for (kind, when, answer), n in per_cell.items():
            for _ in range(n):
                _store(collections[kind], {"report_in_time": answer, "went_well": COMMENT}, when)
        db.session.commit()


Q2 = datetime(2025, 8, 4, 10, tzinfo=UTC)
Q3 = datetime(2025, 11, 3, 10, tzinfo=UTC)


def test_review_against_all_conferences_in_a_quarter(app, board):
    # Q3: 12 after review conferences and 2 after initial ones, so "all" is 14.
    _conference_data(app, {("review", Q3, "yes"): 12, ("initial", Q3, "yes"): 2})
    everyone = _page(app, board, f"period=2025-26-Q3&{FORM}")
    review = _page(app, board, f"period=2025-26-Q3&{FORM}&conference=review")
    wide, narrow = _numbers(everyone), _numbers(review)
    assert wide[("headline",)] == 14
    # The wider page still shows its numbers; the narrower one cannot show 12.
    assert 14 in _report_in_time(wide).values()
    assert ("headline",) not in narrow
    assert _report_in_time(narrow) == {}
    assert _leaks(narrow, wide) == []
    assert "Responses: <strong>not shown</strong>" in review
    assert summary.WIDER_TEXT in review
    assert 'id="wider-withheld"' in review
    # Initial conferences on their own: fewer than 5, as before.
    initial = _page(app, board, f"period=2025-26-Q3&{FORM}&conference=initial")
    assert "Responses: <strong>fewer than 5</strong>" in initial
    assert _leaks(_numbers(initial), wide) == []


def test_a_quarter_against_its_year(app, board):
    # 12 in Q3 and 2 in Q2: the year has 14.
    _conference_data(app, {("review", Q3, "no"): 12, ("review", Q2, "no"): 2})
    year = _numbers(_page(app, board, f"period=2025-26&{FORM}"))
    quarter_html = _page(app, board, f"period=2025-26-Q3&{FORM}")
    quarter = _numbers(quarter_html)
    assert year[("headline",)] == 14
    assert ("headline",) not in quarter
    assert _leaks(quarter, year) == []
    # Nor against all periods, which holds the same 14.
    everything = _numbers(_page(app, board, FORM))
    assert _leaks(quarter, everything) == []
    # The page with no filter at all is unaffected.
    unfiltered = _page(app, board, "")
    assert "Responses: <strong>14</strong>" in unfiltered
    assert 'id="wider-withheld"' not in unfiltered


def test_differences_of_at_least_the_threshold_are_shown(app, board):
    _conference_data(app, {("review", Q3, "yes"): 12, ("initial", Q3, "yes"): 6})
    review = _page(app, board, f"period=2025-26-Q3&{FORM}&conference=review")
    assert "Responses: <strong>12</strong>" in review
    assert 'id="wider-withheld"' not in review
    numbers = _numbers(review)
    assert 12 in _report_in_time(numbers).values()


def test_a_small_difference_in_comments_withholds_themes_not_responses(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cp-conference-parent", conference_type="review")
        for _ in range(10):
            _store(collection, {"report_in_time": "yes", "went_well": COMMENT}, Q3)
        db.session.commit()
    # The year has 10 more, all without a comment.
    with app.app_context():
        collection = make_collection(make_user(), "cp-conference-parent", conference_type="review")
        for _ in range(10):
            _store(collection, {"report_in_time": "yes"}, Q2)
        _store(collection, {"report_in_time": "yes", "went_well": COMMENT}, Q2)
        db.session.commit()
    quarter_html = _page(app, board, "period=2025-26-Q3")
    quarter = _numbers(quarter_html)
    year = _numbers(_page(app, board, "period=2025-26"))
    assert quarter[("headline",)] == 10
    assert _leaks(quarter, year) == []
    assert not any(key[0] == "themes" for key in quarter)


def test_theme_page_comments_are_withheld_on_a_small_difference(app, board):
    _conference_data(app, {("review", Q3, "yes"): 12, ("initial", Q3, "yes"): 2})
    client = app.test_client()
    sign_in(client, board)
    narrow = client.get("/board/themes/listened_to?period=2025-26-Q3&conference=review")
    assert narrow.status_code == 200
    text = narrow.get_data(as_text=True)
    assert "Comments on this theme: <strong>not shown</strong>" in text
    assert "The chair listened" not in text
    wide = client.get("/board/themes/listened_to?period=2025-26-Q3").get_data(as_text=True)
    assert "Comments on this theme: <strong>14</strong>" in wide


_years = count(2030)

FILTERS = [
    ("Q3", "initial"),
    ("Q3", "review"),
    ("Q3", None),
    ("year", "initial"),
    ("year", "review"),
    ("year", None),
]


def _query(year: int, period: str, conference: str | None, form: bool) -> str:
    key = f"{year}-{(year + 1) % 100:02d}" + ("-Q3" if period == "Q3" else "")
    parts = [f"period={key}"]
    if form:
        parts.append(FORM)
    if conference:
        parts.append(f"conference={conference}")
    return "&".join(parts)


def _nested(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether selection ``a`` lies inside ``b`` (and is not ``b``)."""
    period_ok = a[0] == b[0] or b[0] == "year"
    conference_ok = a[1] == b[1] or b[1] is None
    return period_ok and conference_ok and a != b


cells = st.dictionaries(
    st.tuples(
        st.sampled_from(["initial", "review"]),
        st.sampled_from(["Q2", "Q3"]),
        st.sampled_from(["yes", "no"]),
    ),
    st.integers(min_value=0, max_value=7),
    max_size=8,
)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(per_cell=cells)
def test_no_small_difference_between_nested_selections(app, board, per_cell):
    # Each example uses a financial year of its own, so earlier examples never mix in.
    year = next(_years)
    days = {
        "Q2": datetime(year, 8, 4, 10, tzinfo=UTC),
        "Q3": datetime(year, 11, 3, 10, tzinfo=UTC),
    }
    _conference_data(
        app, {(kind, days[quarter], answer): n for (kind, quarter, answer), n in per_cell.items()}
    )
    for form in (True, False):
        pages = {
            selection: _numbers(_page(app, board, _query(year, *selection, form=form)))
            for selection in FILTERS
        }
        for narrow in FILTERS:
            for wide in FILTERS:
                if _nested(narrow, wide):
                    assert _leaks(pages[narrow], pages[wide]) == [], (per_cell, narrow, wide)
        # With a form chosen, against the same selection for all forms.
        if form:
            for selection in FILTERS:
                everything = _numbers(_page(app, board, _query(year, *selection, form=False)))
                assert _leaks(pages[selection], everything) == [], (per_cell, selection)


# --- dates a person chooses: whole months, checked against every longer run of months ------


def _on(year: int, month: int) -> datetime:
    return datetime(year, month, 10, 10, tzinfo=UTC)


def _months(first: tuple[int, int], last: tuple[int, int]) -> str:
    """The query for your own dates from the 1st of ``first`` to the end of ``last``."""
    (y1, m1), (y2, m2) = first, last
    following = (y2 + 1, 1) if m2 == 12 else (y2, m2 + 1)
    end = date(*following, 1) - timedelta(days=1)
    return f"from={y1}-{m1:02d}-01&to={end.isoformat()}"


def test_a_month_more_cannot_be_subtracted(app, board):
    # July 20, September 2 and October 12, all after review conferences. October's own
    # quarter holds the same 12 and the year 34, so only a run of months a standard
    # period does not give away -- September and October -- tells the 2 apart.
    _conference_data(
        app,
        {
            ("review", _on(2025, 7), "yes"): 20,
            ("review", _on(2025, 9), "yes"): 2,
            ("review", _on(2025, 10), "yes"): 12,
        },
    )
    october_html = _page(app, board, f"{_months((2025, 10), (2025, 10))}&{FORM}")
    october = _numbers(october_html)
    longer = _numbers(_page(app, board, f"{_months((2025, 9), (2025, 10))}&{FORM}"))
    assert longer[("headline",)] == 14
    assert ("headline",) not in october
    assert _report_in_time(october) == {}
    assert _leaks(october, longer) == []
    assert summary.WIDER_TEXT in october_html
    # A day off either end is the same whole month, so it is the same page.
    days = _page(app, board, f"from=2025-10-02&to=2025-10-30&{FORM}")
    assert _numbers(days) == october
    assert "1 Oct 2025 to 31 Oct 2025 (whole months)" in days
    assert 'id="dates-used"' in days and "<strong>1 Oct 2025 to 31 Oct 2025</strong>" in days
    # The standard quarter holding October is protected the same way: before this check
    # it showed its 12 (the year differs by 22), next to the 14 for September to December.
    assert ("headline",) not in _numbers(_page(app, board, f"period=2025-26-Q3&{FORM}"))


def test_the_page_says_own_dates_cover_whole_months(app, board):
    html = _page(app, board, "")
    assert "Your own dates always cover whole months" in html
    assert 'id="dates-used"' not in html
    html = _page(app, board, "from=2025-09-15&to=2025-11-03")
    assert "1 Sep 2025 to 30 Nov 2025 (whole months)" in html
    assert "<strong>1 Sep 2025 to 30 Nov 2025</strong>" in html
    assert '<details class="govuk-details" open>' in html
    # Links from the page carry the dates used.
    assert "from=2025-09-01&amp;to=2025-11-30" in html
    # The widest dates there are still make a page.
    assert "1 Jan 1 to 31 Dec 9999 (whole months)" in _page(
        app, board, "from=0001-01-01&to=9999-12-30"
    )


# Months as offsets from August of the example's year: August to January.
MONTH_OFFSETS = range(6)
# September to November, one month longer at either end, and one month shorter.
RUNS = {"base": (1, 3), "earlier": (0, 3), "later": (1, 4), "no-first": (2, 3), "no-last": (1, 2)}
NESTED = [
    ("no-first", "base"),
    ("no-last", "base"),
    ("base", "earlier"),
    ("base", "later"),
    ("no-first", "earlier"),
    ("no-last", "later"),
]

by_month = st.dictionaries(
    st.tuples(
        st.sampled_from(["initial", "review"]),
        st.sampled_from(list(MONTH_OFFSETS)),
        st.sampled_from(["yes", "no"]),
    ),
    st.integers(min_value=0, max_value=7),
    max_size=10,
)


def _month_of(year: int, offset: int) -> tuple[int, int]:
    month = 8 + offset
    return (year + 1, month - 12) if month > 12 else (year, month)


def _run(year: int, name: str, extra: str = "") -> str:
    first, last = RUNS[name]
    return f"{_months(_month_of(year, first), _month_of(year, last))}&{FORM}{extra}"


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(per_cell=by_month)
def test_no_small_difference_a_month_either_way(app, board, per_cell):
    """Your own dates against the same dates a month longer or shorter at either end,
    with and without a conference type: no exact number differs by 1 to 4."""
    year = next(_years)
    _conference_data(
        app,
        {
            (kind, _on(*_month_of(year, offset)), answer): n
            for (kind, offset, answer), n in per_cell.items()
        },
    )
    everyone = {name: _numbers(_page(app, board, _run(year, name))) for name in RUNS}
    review = {
        name: _numbers(_page(app, board, _run(year, name, "&conference=review"))) for name in RUNS
    }
    for pages in (everyone, review):
        for narrow, wide in NESTED:
            assert _leaks(pages[narrow], pages[wide]) == [], (per_cell, narrow, wide)
    for narrow in RUNS:
        for wide in RUNS:
            if narrow == wide or (narrow, wide) in NESTED:
                assert _leaks(review[narrow], everyone[wide]) == [], (per_cell, narrow, wide)
