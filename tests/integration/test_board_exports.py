"""Board exports: the suppressed summary for the Board, redacted rows for admins only,
no cell a spreadsheet could run as a formula, and every download in the audit trail."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime

import openpyxl
import pytest
from sqlalchemy import select

from feedback.auth import access_rule
from feedback.data.interfaces import analysis, users
from feedback.data.models import AuditEvent
from feedback.data.types import Role
from feedback.extensions import db
from feedback.reporting.export_formats import FORMULA_STARTS, neutralise
from tests.factories import make_collection, make_user, sign_in, submit_answers

PARENT_TEXT = "Mrs Jenkins explained everything and listened to us, call me on 07700 900123"
Q3 = datetime(2025, 11, 3, 10, tzinfo=UTC)
FORMULAS = [
    '=HYPERLINK("http://evil.example/x","Click here")',
    "+1 the chair listened",
    "-2 for the report",
    "@SUM(A1:A2) they listened",
    "\tx they listened",
    "\rx they listened",
]
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _store(collection, answers, when=Q3):
    return submit_answers(collection, answers, when)


def _parents(n, answers=None, when=Q3):
    collection = make_collection(make_user(), "cp-conference-parent")
    for _ in range(n):
        _store(collection, answers or {"report_in_time": "yes", "went_well": PARENT_TEXT}, when)
    db.session.commit()


@pytest.fixture
def admin(app):
    with app.app_context():
        return make_user(Role.ADMIN).email


def _get(app, email, path):
    client = app.test_client()
    if email:
        sign_in(client, email)
    return client.get(path)


def _cells(response, fmt):
    """Every cell of a CSV or XLSX download, as rows of text."""
    if fmt == "csv":
        text = response.get_data().decode("utf-8-sig")
        return list(csv.reader(io.StringIO(text, newline="")))
    workbook = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    rows = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                # Every cell is text: never a formula, never a number.
                assert cell.value is None or cell.data_type == "s", (cell.coordinate, cell.value)
            rows.append(["" if cell.value is None else str(cell.value) for cell in row])
    return rows


def _flat(rows):
    return [value for row in rows for value in row]


def _assert_no_formula(rows):
    for value in _flat(rows):
        assert not value.startswith(FORMULA_STARTS), repr(value)


def _audit_events(app):
    with app.app_context():
        return [
            (e.action, e.object_type, e.actor_id, dict(e.details))
            for e in db.session.scalars(
                select(AuditEvent).where(AuditEvent.action.like("export.%")).order_by(AuditEvent.id)
            )
        ]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_summary_hides_small_numbers(app, board, fmt):
    with app.app_context():
        _parents(3)
    response = _get(app, board, f"/board/export/summary.{fmt}?period=2025-26-Q3")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="voice-of-children-2025-26-Q3.{fmt}"'
    )
    assert response.headers["Cache-Control"] == "no-store"
    rows = _cells(response, fmt)
    cells = _flat(rows)
    assert ["Responses", "fewer than 5"] in rows
    assert "3" not in cells
    assert "Jenkins" not in " ".join(cells) and "07700" not in " ".join(cells)
    _assert_no_formula(rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_summary_shows_larger_numbers_and_publication_raises_the_threshold(app, board, fmt):
    with app.app_context():
        _parents(7)
    query = "period=2025-26-Q3&form=cp-conference-parent"
    rows = _cells(_get(app, board, f"/board/export/summary.{fmt}?{query}"), fmt)
    assert ["Responses", "7"] in rows
    # The closed question, with its share: 7 of 7 said yes.
    assert ["Yes", "7", "100%"] in rows
    published = _get(app, board, f"/board/export/summary.{fmt}?{query}&publication=1")
    assert published.status_code == 200
    assert "for-publication" in published.headers["Content-Disposition"]
    rows = _cells(published, fmt)
    assert ["Responses", "fewer than 10"] in rows
    assert "7" not in _flat(rows)
    assert "100%" not in _flat(rows)
    _assert_no_formula(rows)
    events = _audit_events(app)
    assert [e[3]["status"] for e in events] == ["internal", "publication"]


def test_summary_with_enough_responses(app, board):
    with app.app_context():
        _parents(12)
    rows = _cells(_get(app, board, "/board/export/summary.csv?period=2025-26-Q3"), "csv")
    assert ["Responses", "12"] in rows
    assert any(row[:2] == ["Your child protection conference", "12"] for row in rows)


def test_row_level_export_is_for_admins_only(app, admin):
    with app.app_context():
        emails = {role: make_user(role).email for role in Role}
        _parents(2)
    for fmt in ("csv", "xlsx"):
        for role, email in emails.items():
            status = _get(app, email, f"/board/export/responses.{fmt}").status_code
            assert status == (200 if role == Role.ADMIN else 403), (role, fmt)
        assert _get(app, None, f"/board/export/responses.{fmt}").status_code == 302
        assert _get(app, None, f"/board/export/summary.{fmt}").status_code == 302
    rules = {
        rule.endpoint: access_rule(app.view_functions[rule.endpoint])
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("board.export")
    }
    assert rules == {
        "board.export_summary": frozenset({Role.ADMIN, Role.BOARD}),
        "board.export_responses": frozenset({Role.ADMIN}),
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_row_level_export_is_redacted_numbered_and_without_emails(app, admin, fmt):
    with app.app_context():
        # Earlier responses outside the filter push the database ids up past 40.
        _parents(40, {"report_in_time": "no"}, datetime(2025, 5, 1, tzinfo=UTC))
        _parents(3, {"report_in_time": "yes", "listened_to": "no", "went_well": PARENT_TEXT})
        training = make_collection(make_user(), "training-reaction")
        for _ in range(2):
            _store(
                training,
                {
                    "agency": "police",
                    "confidence_before": "2",
                    "confidence_after": "4",
                    "most_useful": "The case studies, thanks Mrs Jenkins",
                    "email": "delegate.person@example.org",
                },
            )
        db.session.commit()
    response = _get(app, admin, f"/board/export/responses.{fmt}?period=2025-26-Q3")
    assert response.status_code == 200
    assert "voice-of-children-2025-26-Q3-responses" in response.headers["Content-Disposition"]
    rows = _cells(response, fmt)
    heading, body = rows[0], rows[1:]
    assert heading[:4] == ["Response number", "Form", "Conference type", "Quarter"]
    assert [row[0] for row in body] == ["1", "2", "3", "4", "5"]
    text = " ".join(_flat(rows))
    assert "Jenkins" not in text and "07700" not in text
    assert "[name]" in text
    assert "example.org" not in text and "delegate" not in text.lower()
    assert not any("email" in h.lower() for h in heading)
    assert not UUID.search(text)
    parents = [dict(zip(heading, row, strict=True)) for row in body[:3]]
    first = parents[0]
    assert first["Form"] == "Your child protection conference"
    assert first["Conference type"] == "Review"
    assert first["Quarter"] == "2025/26 Q3"
    assert first["Your child protection conference: Social worker's report in time to read"] == (
        "Yes"
    )
    assert first["Your child protection conference: Listened to and views taken into account"] == (
        "No"
    )
    went_well = "Your child protection conference: What went well?"
    assert "[name]" in first[went_well]
    assert first[f"{went_well} (feeling)"] in {"Positive", "Negative", "Neutral", "Mixed"}
    training_row = dict(zip(heading, body[3], strict=True))
    assert training_row["Course evaluation: Agency or sector"] == "Police"
    _assert_no_formula(rows)
    # No database id anywhere: the ids in the filter are all above 40.
    assert not any(re.fullmatch(r"4[1-9]", value) for value in _flat(rows))


@pytest.mark.parametrize("path", ["summary", "responses"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_no_cell_can_run_as_a_formula(app, admin, path, fmt):
    with app.app_context():
        # A theme label an admin typed is neutralised too.
        analysis.create_theme("formula", "=cmd|' /C calc'!A0", "", ["listened"])
        db.session.commit()
        collection = make_collection(make_user(), "cp-conference-parent", title="=EVIL()")
        for i in range(12):
            _store(
                collection,
                {
                    "report_in_time": "yes",
                    "went_well": FORMULAS[i % len(FORMULAS)],
                    "could_be_better": FORMULAS[(i + 1) % len(FORMULAS)],
                },
            )
        db.session.commit()
    response = _get(app, admin, f"/board/export/{path}.{fmt}?form=cp-conference-parent")
    assert response.status_code == 200
    rows = _cells(response, fmt)
    _assert_no_formula(rows)
    cells = _flat(rows)
    if path == "responses":
        assert len(rows) == 13
        assert any(value.startswith("'=HYPERLINK") for value in cells)
        assert any(value.startswith("'+1") for value in cells)
        assert any(value.startswith("'-2") for value in cells)
        assert any(value.startswith("'@SUM") for value in cells)
    else:
        assert "'=cmd|' /C calc'!A0" in cells
    assert "=EVIL()" not in " ".join(cells)


def test_neutralise():
    for value in [*FORMULAS, "=1+1", "+", "-", "@", "\t", "\r", " =1", "\n=1", "\x01=1"]:
        assert not neutralise(value).startswith(FORMULA_STARTS)
        assert neutralise(value).startswith("'")
    assert neutralise("fewer than 5") == "fewer than 5"
    assert neutralise("12") == "12"
    assert neutralise(None) == ""
    assert neutralise("a\x00b") == "ab"


def test_every_export_is_audited_without_text(app, admin):
    with app.app_context():
        _parents(6)
        admin_id = users.get_user_by_email(admin).id
    query = "period=2025-26-Q3&form=cp-conference-parent"
    for path in ("summary", "responses"):
        for fmt in ("csv", "xlsx"):
            assert _get(app, admin, f"/board/export/{path}.{fmt}?{query}").status_code == 200
    events = _audit_events(app)
    assert [(e[0], e[3]["format"]) for e in events] == [
        ("export.summary", "csv"),
        ("export.summary", "xlsx"),
        ("export.responses", "csv"),
        ("export.responses", "xlsx"),
    ]
    for _action, object_type, actor_id, details in events:
        assert object_type == "report"
        assert actor_id == admin_id
        assert details["filter"] == "form=cp-conference-parent&period=2025-26-Q3"
        assert details["count"] == 6
        dumped = json.dumps(details)
        assert "Jenkins" not in dumped and "[name]" not in dumped and "listened" not in dumped


@pytest.mark.parametrize("path", ["summary", "responses"])
@pytest.mark.parametrize(
    "query", ["period=2025-27", "form=nope", "conference=final", "from=2025-10-01", "publication=2"]
)
def test_a_bad_filter_is_refused(app, admin, path, query):
    response = _get(app, admin, f"/board/export/{path}.csv?{query}")
    if path == "responses" and query == "publication=2":
        assert response.status_code == 200  # the row-level export has no such option
        return
    assert response.status_code == 400
    assert _audit_events(app) == []


def test_unknown_format_is_not_found(app, admin):
    assert _get(app, admin, "/board/export/summary.pdf").status_code == 404


def test_download_links_carry_the_filter(app, board, admin):
    with app.app_context():
        _parents(6)
    query = "?period=2025-26-Q3&form=cp-conference-parent"
    html = _get(app, board, f"/board/{query}").get_data(as_text=True)
    assert "Download this report" in html
    assert (
        'href="/board/export/summary.csv?form=cp-conference-parent&amp;period=2025-26-Q3"' in html
    )
    assert (
        'href="/board/export/summary.xlsx?form=cp-conference-parent&amp;period=2025-26-Q3'
        '&amp;publication=1"' in html
    )
    assert "/board/export/responses" not in html
    html = _get(app, admin, f"/board/{query}").get_data(as_text=True)
    assert (
        'href="/board/export/responses.xlsx?form=cp-conference-parent&amp;period=2025-26-Q3"'
        in html
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_summary_includes_the_comparisons(app, board, fmt):
    with app.app_context():
        owner = make_user()
        initial = make_collection(owner, "cp-conference-parent", conference_type="initial")
        review = make_collection(owner, "cp-conference-parent", conference_type="review")
        for _ in range(6):
            _store(initial, {"report_in_time": "no"})
        for _ in range(9):
            _store(review, {"report_in_time": "yes"})
        db.session.commit()
    rows = _cells(_get(app, board, f"/board/export/summary.{fmt}?period=2025-26-Q3"), fmt)
    cells = _flat(rows)
    assert "Parents after initial and review child protection conferences" in cells
    assert ["Answer", "Initial", "Review", "Total"] in rows
    assert ["Yes", "0", "9", "9"] in rows and ["No", "6", "0", "6"] in rows
