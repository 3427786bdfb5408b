"""The Board report: role access, aggregates only, small numbers suppressed, filters in
the URL, quarter boundaries, quotes only from safe responses."""

from __future__ import annotations

from datetime import UTC, datetime

from feedback.data.types import Role
from feedback.extensions import db
from tests.factories import make_collection, make_user, sign_in
from tests.factories import submit_answers as _store

PARENT_TEXT = "Mrs Jenkins explained everything and listened to us, call me on 07700 900123"


def _page(app, email, query=""):
    client = app.test_client()
    sign_in(client, email)
    response = client.get(f"/board/{query}")
    return response.status_code, response.get_data(as_text=True)


def test_only_board_and_admin_see_the_report(app):
    with app.app_context():
        emails = {role: make_user(role).email for role in Role}
    for role, email in emails.items():
        status, _ = _page(app, email)
        assert status == (200 if role in (Role.BOARD, Role.ADMIN) else 403), role
    assert app.test_client().get("/board/").status_code == 302


def test_small_numbers_are_suppressed_and_no_quotes(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cp-conference-parent")
        for _ in range(3):
            _store(
                collection,
                {"report_in_time": "yes", "went_well": PARENT_TEXT},
                datetime(2025, 11, 3, 10, tzinfo=UTC),
            )
        db.session.commit()
    status, html = _page(app, board, "?period=2025-26-Q3")
    assert status == 200
    assert "Responses: <strong>fewer than 5</strong>" in html
    assert ">3<" not in html
    assert "too few responses in this selection to show quotes" in html
    assert "Jenkins" not in html and "07700" not in html
    status, html = _page(app, board, "?period=2025-26-Q3&form=cp-conference-parent")
    assert "fewer than 5" in html


def test_larger_numbers_show_with_redacted_quotes_only(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cp-conference-parent")
        for _ in range(12):
            _store(
                collection,
                {"report_in_time": "no", "went_well": PARENT_TEXT},
                datetime(2025, 11, 3, 10, tzinfo=UTC),
            )
        # A response with a disclosure must never be quoted, whatever its themes.
        _store(
            collection,
            {
                "report_in_time": "no",
                "went_well": "The chair listened to us but my partner hits me "
                "and I am scared for the children",
            },
            datetime(2025, 11, 4, 10, tzinfo=UTC),
        )
        db.session.commit()
    status, html = _page(app, board, "?period=2025-26-Q3&form=cp-conference-parent")
    assert status == 200
    assert "Responses: <strong>13</strong>" in html
    assert "Jenkins" not in html and "07700" not in html
    assert "[name]" in html or "[phone]" in html
    assert "partner hits me" not in html
    assert "/staff/responses/" not in html
    client = app.test_client()
    sign_in(client, board)
    theme = client.get("/board/themes/listened_to?period=2025-26-Q3")
    assert theme.status_code == 200
    text = theme.get_data(as_text=True)
    assert "partner hits me" not in text and "Jenkins" not in text
    assert "[name]" in text


def test_filters_live_in_the_url_and_bad_values_are_refused(app, board):
    for query in [
        "?period=2025-27",
        "?form=nope",
        "?conference=final",
        "?agency=army",
        "?from=2025-10-01",
        "?from=2025-13-01&to=2025-12-01",
        "?from=2025-12-01&to=2025-10-01",
    ]:
        status, html = _page(app, board, query)
        assert status == 400, query
        assert "There is a problem" in html
    status, html = _page(app, board, "?period=2025-26-Q3&conference=review")
    assert status == 200
    assert "2025/26 Q3" in html and "review conferences" in html


def test_quarter_boundary_in_uk_time(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cidva-parent")
        # 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April: Q1 of 2026/27.
        for _ in range(6):
            _store(
                collection,
                {"worker_relationship": "good"},
                datetime(2026, 3, 31, 23, 30, tzinfo=UTC),
            )
        for _ in range(7):
            _store(
                collection,
                {"worker_relationship": "good"},
                datetime(2026, 3, 31, 12, 0, tzinfo=UTC),
            )
        db.session.commit()
    _, q1 = _page(app, board, "?period=2026-27-Q1")
    assert "Responses: <strong>6</strong>" in q1
    _, q4 = _page(app, board, "?period=2025-26-Q4")
    assert "Responses: <strong>7</strong>" in q4


def test_cached_report_notices_new_responses(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cidva-parent")
        for _ in range(6):
            _store(collection, {"worker_relationship": "good"}, datetime(2025, 7, 1, tzinfo=UTC))
        db.session.commit()
        collection_id = collection.id
    _, before = _page(app, board)
    assert "Responses: <strong>6</strong>" in before
    with app.app_context():
        from feedback.data.models import Collection

        collection = db.session.get(Collection, collection_id)
        _store(collection, {"worker_relationship": "good"}, datetime(2025, 7, 2, tzinfo=UTC))
        db.session.commit()
    _, after = _page(app, board)
    assert "Responses: <strong>7</strong>" in after


def test_closed_questions_for_a_chosen_form(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cidva-child")
        for i in range(10):
            _store(
                collection,
                {
                    "difference": ["happier", "less_angry"] if i < 8 else ["happier"],
                    "sessions_feel": "great",
                },
                datetime(2025, 5, 1, tzinfo=UTC),
            )
        db.session.commit()
    _, html = _page(app, board, "?form=cidva-child")
    assert "I feel happy more of the time" in html
    assert "People answering" in html
    # The ask-to-talk question is never charted for the Board.
    assert "would like someone to talk to me" not in html


def test_comparisons_initial_review_cidva_and_training(app, board):
    with app.app_context():
        owner = make_user()
        initial = make_collection(owner, "cp-conference-parent", conference_type="initial")
        review = make_collection(owner, "cp-conference-parent", conference_type="review")
        when = datetime(2025, 10, 6, 10, tzinfo=UTC)
        for _ in range(6):
            _store(initial, {"report_in_time": "no"}, when)
        for _ in range(9):
            _store(review, {"report_in_time": "yes"}, when)
        course = make_collection(owner, "training-reaction", title="Understanding Neglect, 6 Oct")
        for _ in range(8):
            _store(
                course,
                {
                    "agency": "health",
                    "trainer_rating": "very_good",
                    "confidence_before": "2",
                    "confidence_after": "4",
                },
                when,
            )
        db.session.commit()
    _, html = _page(app, board, "?period=2025-26-Q3")
    assert "Parents after initial and review child protection conferences" in html
    section = html.split("social worker")[1].split("</table>")[0]
    assert ">6<" in section and ">9<" in section
    assert "Understanding Neglect, 6 Oct" in html
    assert "2.0 to 4.0 (change +2.0)" in html
    assert "100%" in html  # trainer rated good or very good


def test_word_cloud_only_with_enough_responses(app, board):
    with app.app_context():
        collection = make_collection(make_user(), "cp-conference-parent")
        for _ in range(3):
            _store(
                collection,
                {"went_well": "The chair listened and the report was clear"},
                datetime(2025, 10, 6, tzinfo=UTC),
            )
        db.session.commit()
    client = app.test_client()
    sign_in(client, board)
    html = client.get("/board/").get_data(as_text=True)
    assert "too few responses in this selection to show a word cloud" in html
    assert client.get("/board/wordcloud.png").status_code == 404
    with app.app_context():
        collection = db.session.scalars(select_collection()).one()
        for _ in range(4):
            _store(
                collection,
                {"went_well": "The chair listened and the report was clear"},
                datetime(2025, 10, 7, tzinfo=UTC),
            )
        db.session.commit()
    html = client.get("/board/").get_data(as_text=True)
    assert "most used first: chair, clear, listened, report" in html
    image = client.get("/board/wordcloud.png")
    assert image.status_code == 200 and image.data.startswith(b"\x89PNG")


def select_collection():
    from sqlalchemy import select

    from feedback.data.models import Collection

    return select(Collection)
