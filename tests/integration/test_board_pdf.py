"""Board PDFs: the report and the one-page scorecard carry the same suppressed numbers as
the page, only redacted quotes, no external resources, and every download is audited."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from feedback.auth import access_rule
from feedback.board import pdf
from feedback.data.models import AuditEvent, User
from feedback.data.types import Role
from feedback.extensions import db
from tests.factories import make_collection, make_user, sign_in, submit_answers

PARENT_TEXT = "Mrs Jenkins explained everything and listened to us, call me on 07700 900123"
Q3 = datetime(2025, 11, 3, 10, tzinfo=UTC)
Q2 = datetime(2025, 8, 4, 10, tzinfo=UTC)
TITLE = "Voice of children and families: 2025/26 Q3"


def _store(collection, answers, when=Q3):
    return submit_answers(collection, answers, when)


def _parents(n, answers=None, when=Q3, conference_type=None):
    collection = make_collection(
        make_user(), "cp-conference-parent", conference_type=conference_type
    )
    for _ in range(n):
        _store(collection, answers or {"report_in_time": "yes", "went_well": PARENT_TEXT}, when)
    db.session.commit()


def _get(app, email, path):
    client = app.test_client()
    if email:
        sign_in(client, email)
    return client.get(path)


def _pdf(response):
    """The PDF's pages and its text, with runs of white space made single spaces."""
    assert response.status_code == 200, response.status_code
    assert response.mimetype == "application/pdf"
    body = response.get_data()
    assert body.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(body))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return reader, re.sub(r"\s+", " ", text)


def _counts(text):
    """The text without what may hold a small number that is not a count: page numbers,
    the date it was produced, quarters and financial years."""
    text = re.sub(r"Page \d+ of \d+|Produced on \d+ \w+ \d{4}", "", text)
    return re.sub(r"\d{4}/\d{2}|\bQ\d\b|1 to 4|1 to 9|1 to 5", "", text)


def _audit_events(app):
    with app.app_context():
        return [
            (e.action, e.object_type, e.actor_id, dict(e.details))
            for e in db.session.scalars(
                select(AuditEvent).where(AuditEvent.action.like("export.%")).order_by(AuditEvent.id)
            )
        ]


def test_report_hides_small_numbers_and_quotes(app, board):
    with app.app_context():
        _parents(3)
    response = _get(app, board, "/board/export/report.pdf?period=2025-26-Q3")
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="voice-of-children-2025-26-Q3.pdf"'
    )
    assert response.headers["Cache-Control"] == "no-store"
    reader, text = _pdf(response)
    assert reader.metadata.title == TITLE
    assert TITLE in text
    assert "Herefordshire Safeguarding Children Partnership" in text
    assert "Page 1 of" in text
    assert "Responses: fewer than 5" in text
    assert "Responses received, by form and quarter" in text
    assert "How comments felt" in text
    assert "too few responses in this selection to show quotes" in text
    assert "too few responses in this selection to show a word cloud" in text
    assert "Jenkins" not in text and "07700" not in text
    assert not re.search(r"\b3\b", _counts(text)), "the count of 3 is hidden"


def test_report_with_enough_responses_has_numbers_redacted_quotes_and_the_cloud(app, board):
    with app.app_context():
        _parents(12, conference_type="initial")
        _parents(6, {"report_in_time": "no", "went_well": PARENT_TEXT}, when=Q2)
        # Responses with a disclosure must never be quoted, whatever their themes. Five of
        # them, so that no wider selection differs from Q2 by a small number.
        _parents(
            5,
            {
                "report_in_time": "no",
                "went_well": "The chair listened to us but my partner hits me "
                "and I am scared for the children",
            },
        )
    query = "period=2025-26-Q3&form=cp-conference-parent"
    reader, text = _pdf(_get(app, board, f"/board/export/report.pdf?{query}"))
    assert TITLE in text
    assert "2025/26 Q3, Your child protection conference" in text
    assert "Responses: 17" in text
    assert "Your child protection conference 17 17" in text  # the overview row and its total
    assert "Themes in the comments, most frequent first" in text
    # Quotes only as redacted, never from a response that raised a concern.
    assert "In their own words" in text
    assert "[name]" in text or "[phone]" in text
    assert "Jenkins" not in text and "07700" not in text
    assert "partner hits me" not in text
    # The closed questions, with their shares, and the comparisons.
    assert "sufficient time to read it before the conference" in text
    assert "Parents after initial and review child protection conferences" in text
    # The word cloud is embedded, with its alt text as the caption.
    assert "Word cloud of the words used most in comments, most used first:" in text
    assert any(page.images for page in reader.pages)
    # Change on the period before: 6 comments in Q2, 17 in Q3.
    assert "up 11" in text


def test_publication_raises_the_threshold(app, board):
    with app.app_context():
        _parents(7)
    query = "period=2025-26-Q3&form=cp-conference-parent"
    _, internal = _pdf(_get(app, board, f"/board/export/report.pdf?{query}"))
    assert "Responses: 7" in internal and "100%" in internal
    response = _get(app, board, f"/board/export/report.pdf?{query}&publication=1")
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="voice-of-children-2025-26-Q3-cp-conference-parent'
        '-for-publication.pdf"'
    )
    _, text = _pdf(response)
    assert "Responses: fewer than 10" in text
    assert "For publication: counts under 10 are hidden" in text
    assert "100%" not in text
    assert not re.search(r"\b7\b", _counts(text))
    _, card = _pdf(_get(app, board, f"/board/export/scorecard.pdf?{query}&publication=1"))
    assert "fewer than 10" in card and not re.search(r"\b7\b", _counts(card))
    assert [e[3]["status"] for e in _audit_events(app)] == [
        "internal",
        "publication",
        "publication",
    ]


def test_scorecard_is_one_page_with_headlines_themes_and_key_results(app, board):
    with app.app_context():
        owner = make_user()
        initial = make_collection(owner, "cp-conference-parent", conference_type="initial")
        review = make_collection(owner, "cp-conference-parent", conference_type="review")
        for _ in range(8):
            _store(initial, {"report_in_time": "no", "went_well": PARENT_TEXT})
        for _ in range(12):
            _store(review, {"report_in_time": "yes", "listened_to": "yes"})
        course = make_collection(owner, "training-reaction", title="Understanding Neglect")
        for _ in range(9):
            _store(
                course,
                {
                    "agency": "health",
                    "trainer_rating": "very_good",
                    "confidence_before": "2",
                    "confidence_after": "4",
                    "most_useful": "The case studies and the trainer explained it well",
                },
            )
        db.session.commit()
    response = _get(app, board, "/board/export/scorecard.pdf?period=2025-26-Q3")
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="voice-of-children-2025-26-Q3-scorecard.pdf"'
    )
    reader, text = _pdf(response)
    assert len(reader.pages) == 1
    assert "Quarterly scorecard: 2025/26 Q3" in text
    assert "Responses 29" in text
    # The report-in-time "Yes" share, initial against review: 0 of 8, 12 of 12.
    assert "Social worker's report in time to read: said ‘Yes’" in text
    assert "Initial conferences: 0%" in text and "Review conferences: 100%" in text
    assert "Understanding Neglect, trainer rated good or very good: 100%" in text
    assert "Understanding Neglect, confidence (1 to 5): 2.0 to 4.0 (change +2.0)" in text
    assert "Jenkins" not in text and "07700" not in text
    # Only the form's own questions: the closed questions of the chosen form.
    _, parents = _pdf(
        _get(app, board, "/board/export/scorecard.pdf?period=2025-26-Q3&form=cp-conference-parent")
    )
    assert "Responses 20" in parents


def test_scorecard_with_many_themes_and_questions_still_fits_one_page(app, board):
    with app.app_context():
        texts = [
            "The chair listened and explained the plan, and the report was clear and on time",
            "Nobody listened to me, the report came late and I did not understand the plan",
            "The social worker was kind and respectful but the meeting room was too small",
        ]
        collection = make_collection(make_user(), "cp-conference-parent", conference_type="review")
        for i in range(40):
            _store(
                collection,
                {
                    "report_in_time": ("yes", "partly", "no")[i % 3],
                    "listened_to": ("yes", "no")[i % 2],
                    "went_well": texts[i % 3],
                    "could_be_better": texts[(i + 1) % 3],
                },
            )
        db.session.commit()
    for query in ("period=2025-26-Q3", "period=2025-26-Q3&form=cp-conference-parent", ""):
        reader, text = _pdf(_get(app, board, f"/board/export/scorecard.pdf?{query}"))
        assert len(reader.pages) == 1, query
        assert "Responses 40" in text


def test_scorecard_small_numbers(app, board):
    with app.app_context():
        _parents(2)
    reader, text = _pdf(_get(app, board, "/board/export/scorecard.pdf?period=2025-26-Q3"))
    assert len(reader.pages) == 1
    assert "Responses fewer than 5" in text
    assert "%" not in text
    assert "Jenkins" not in text


def _users(role):
    return db.session.scalars(select(User).where(User.role == role)).all()


def test_downloads_are_audited(app, board):
    with app.app_context():
        _parents(6)
        board_id = next(u.id for u in _users(Role.BOARD))
    _get(app, board, "/board/export/report.pdf?period=2025-26-Q3")
    _get(app, board, "/board/export/scorecard.pdf?period=2025-26-Q3&form=cp-conference-parent")
    assert _audit_events(app) == [
        (
            "export.report",
            "report",
            board_id,
            {"filter": "period=2025-26-Q3", "format": "pdf", "count": 6, "status": "internal"},
        ),
        (
            "export.scorecard",
            "report",
            board_id,
            {
                "filter": "form=cp-conference-parent&period=2025-26-Q3",
                "format": "pdf",
                "count": 6,
                "status": "internal",
            },
        ),
    ]


def test_access_bad_filters_and_links(app, board):
    with app.app_context():
        emails = {role: make_user(role).email for role in Role}
        _parents(2)
    for path in ("/board/export/report.pdf", "/board/export/scorecard.pdf"):
        for role, email in emails.items():
            status = _get(app, email, path).status_code
            assert status == (200 if role in (Role.BOARD, Role.ADMIN) else 403), (role, path)
        signed_out = _get(app, None, path)
        assert signed_out.status_code == 302
        assert "/staff/sign-in" in signed_out.headers["Location"]
        assert _get(app, board, f"{path}?form=nonsense").status_code == 400
        assert _get(app, board, f"{path}?period=2025-26-Q9").status_code == 400
        assert _get(app, board, f"{path}?publication=2").status_code == 400
    for endpoint in ("board.pdf_report", "board.pdf_scorecard"):
        assert access_rule(app.view_functions[endpoint]) == frozenset({Role.ADMIN, Role.BOARD})
    # Refused requests are not audited as downloads.
    assert len(_audit_events(app)) == 4
    page = _get(app, board, "/board/?period=2025-26-Q3").get_data(as_text=True)
    assert 'href="/board/export/report.pdf?period=2025-26-Q3"' in page
    assert 'href="/board/export/scorecard.pdf?period=2025-26-Q3&amp;publication=1"' in page


def test_rendering_fetches_nothing_from_outside(app):
    from weasyprint.urls import FatalURLFetchingError

    html = '<p>Hello</p><img src="http://example.invalid/tracker.png" alt="">'
    with app.test_request_context(), pytest.raises(FatalURLFetchingError):
        pdf.render_pdf(html)
    with app.test_request_context(), pytest.raises(FatalURLFetchingError):
        pdf.render_pdf('<link rel="stylesheet" href="style.css"><p>Hello</p>')
    with app.test_request_context():
        body, pages = pdf.render_pdf("<p>Hello</p>")
    assert body.startswith(b"%PDF-") and pages == 1
