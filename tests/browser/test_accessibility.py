"""axe-core finds no WCAG 2.2 AA violations on any page, at 1280px and at 320px wide.

Each test walks a whole journey and audits every page on the way, then reports every
violation it found at once, so one run shows everything that needs fixing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.base import AXE_FILE_PATH
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import WIDTHS, LiveServer
from tests.browser.pages import NEGATIVE_ANSWERS, SUBMIT, RespondentJourney, StaffPages

pytestmark = pytest.mark.browser

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
DEFINITIONS = Path(__file__).resolve().parents[2] / "feedback" / "catalogue" / "definitions"
SLUGS = sorted(p.stem for p in DEFINITIONS.glob("*.json"))
TOO_LONG = "a" * 5001
UNKNOWN_CODE = "XXXXXX"

# axe-core goes into every page of an audited context as an init script (which the app's
# CSP does not apply to), so Axe.run need not send the 500 KB script again on each page.
_axe = Axe(axe_script="void 0")


class Audit:
    """Runs axe on each page it is shown and keeps every violation for one report."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.audited: list[str] = []
        self.found: list[str] = []

    def __call__(self, name: str) -> None:
        self.page.wait_for_load_state()
        result = _axe.run(self.page, options=AXE_OPTIONS)
        ran = sum(len(result.response[kind]) for kind in ("passes", "violations", "incomplete"))
        assert ran > 0, f"axe checked nothing on {self.page.url}"
        path = self.page.url.split("//", 1)[-1].split("/", 1)[-1]
        self.audited.append(f"{name} (/{path})")
        for violation in result.response["violations"]:
            targets = [", ".join(map(str, node["target"])) for node in violation["nodes"]]
            self.found.append(
                f"{name} /{path}: {violation['id']} ({violation.get('impact')}): "
                f"{violation['help']}\n    nodes: {json.dumps(targets)}"
            )

    def assert_clean(self) -> None:
        assert not self.found, (
            f"{len(self.found)} axe violation(s) on {len(self.audited)} page(s):\n"
            + "\n".join(self.found)
        )


def _audited_page(new_context: Callable[..., Any], viewport: dict[str, int]) -> Any:
    context = new_context(viewport)
    context.add_init_script(path=str(AXE_FILE_PATH))
    return context.new_page()


def test_the_audit_reports_a_known_violation(new_context: Callable[..., Any]) -> None:
    """A guard against a silent harness: a page with a known fault must fail the audit."""
    page = _audited_page(new_context, WIDTHS["320"])
    page.set_content(
        '<html lang="en"><head><title>Broken</title></head><body><main><h1>Broken</h1>'
        '<img src="data:,"><input type="text"></main></body></html>'
    )
    audit = Audit(page)
    audit("broken page")
    with pytest.raises(AssertionError) as failure:
        audit.assert_clean()
    assert "image-alt" in str(failure.value)
    assert "label" in str(failure.value)


@pytest.fixture(params=list(WIDTHS), ids=lambda w: f"{w}px")
def sized_page(request: pytest.FixtureRequest, new_context: Callable[..., Any]) -> Any:
    return _audited_page(new_context, WIDTHS[request.param])


def test_code_entry_pages(sized_page: Any) -> None:
    audit = Audit(sized_page)
    journey = RespondentJourney(sized_page)
    journey.open("/")
    audit("code entry")
    journey.continue_()
    assert journey.error_summary(), "no error for an empty code"
    audit("code entry, empty")
    journey.enter_code(UNKNOWN_CODE)
    assert journey.error_summary(), "no error for an unknown code"
    audit("code entry, unknown code")
    audit.assert_clean()


def _error_plan(definition: dict[str, Any]) -> tuple[str, str]:
    """Which page to show in its error state, and how: ("required" or "too_long", key).

    A required question submitted empty where the form has one; otherwise an answer over
    5,000 characters in the first long-text question.
    """
    pages = definition["pages"]
    for number, page in enumerate(pages, start=1):
        if any(q.get("required") for q in page["questions"]):
            return "required", str(number)
    for number, page in enumerate(pages, start=1):
        if any(q["type"] == "long_text" for q in page["questions"]):
            return "too_long", str(number)
    raise AssertionError("this form has no page that can show an error")


@pytest.mark.parametrize("slug", SLUGS)
def test_form_pages(slug: str, sized_page: Any, make_collection_code: Callable[[str], str]) -> None:
    code = make_collection_code(slug)
    definition = json.loads((DEFINITIONS / f"{slug}.json").read_text())
    has_follow_ups = any("follow_up" in q for p in definition["pages"] for q in p["questions"])
    audit = Audit(sized_page)
    journey = RespondentJourney(sized_page)
    journey.enter_code(code)
    audit("start")
    journey.start()
    how, error_key = _error_plan(definition)
    error_shown = False
    for _ in range(40):
        if not journey.on_question_page():
            break
        audit("question")
        if journey.path.endswith(f"/q/{error_key}"):
            if how == "too_long":
                journey.page.locator("#main-content textarea").first.fill(TOO_LONG)
            journey.continue_()
            assert journey.error_summary(), f"no error shown on {journey.path}"
            error_shown = True
            audit(f"question, error ({how})")
        journey.answer_current_page(NEGATIVE_ANSWERS)
        journey.continue_()
        assert not journey.error_summary(), journey.error_summary()
    assert error_shown, "no question page showed an error state"
    if has_follow_ups:
        assert any(p.endswith("-why") for p in journey.visited), "no 'why?' page appeared"
    journey.check_answers()
    audit("check your answers")
    journey.send()
    assert journey.on_thanks_page(), journey.path
    audit("thank you")
    audit.assert_clean()


def test_staff_pages(sized_page: Any, live_server: LiveServer) -> None:
    from feedback.data.interfaces import catalogue, responses
    from tests.factories import make_collection, make_user

    def setup() -> tuple[str, int]:
        user = make_user()
        collection = make_collection(user, slug="training-reaction")
        version = catalogue.latest_version(collection.form_id)
        assert version is not None
        spec = catalogue.spec_for(version)
        answers = {
            "agency": "police",
            "objectives_met": "no",
            "objectives_met_why": "Too fast.",
            "confidence_before": "2",
            "confidence_after": "4",
            "most_useful": "The case studies.",
        }
        responses.store_response(collection, version, spec, answers, datetime.now(UTC))
        from feedback.extensions import db

        db.session.commit()
        return user.email, collection.id

    email, collection_id = live_server.run(setup)
    page = sized_page
    audit = Audit(page)

    page.goto("/staff/sign-in")
    audit("sign in")
    page.locator(SUBMIT).click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("sign in, empty")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "not the password")
    page.locator(SUBMIT).click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("sign in, wrong password")

    StaffPages(page).sign_in(email)
    page.goto("/staff/collections")
    audit("collections")
    page.goto("/staff/collections/new")
    audit("choose form")
    page.locator(SUBMIT).click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("choose form, empty")
    page.goto("/staff/collections/new/cp-conference-parent")
    audit("new collection")
    page.fill("input[name=title]", "")
    page.fill("#closes_on-day", "31")
    page.fill("#closes_on-month", "2")
    page.fill("#closes_on-year", "2030")
    page.locator(SUBMIT).click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("new collection, errors")
    page.goto(f"/staff/collections/{collection_id}")
    audit("collection")
    page.goto(f"/staff/collections/{collection_id}/responses")
    audit("responses")
    page.locator("#main-content table a").first.click()
    page.wait_for_load_state()
    assert "/staff/responses/" in page.url
    audit("response")
    audit.assert_clean()


def test_alert_theme_and_admin_pages(sized_page: Any, live_server: LiveServer) -> None:
    from feedback.data.interfaces import catalogue, responses
    from feedback.data.types import Role
    from feedback.extensions import db
    from feedback.safeguarding import process_submission
    from tests.factories import make_collection, make_user

    def setup() -> tuple[str, int, int]:
        admin = make_user(Role.ADMIN)
        worker = make_user()
        collection = make_collection(worker, slug="cidva-child")
        version = catalogue.latest_version(collection.form_id)
        assert version is not None
        spec = catalogue.spec_for(version)
        response = responses.store_response(
            collection,
            version,
            spec,
            {"helped_most": "my stepdad hits me and I am scared", "wants_to_talk": "yes_talk"},
            datetime.now(UTC),
        )
        db.session.flush()
        alert = process_submission(response, spec)
        assert alert is not None
        theme_id = catalogue_theme_id()
        db.session.commit()
        return admin.email, alert.id, theme_id

    def catalogue_theme_id() -> int:
        from feedback.data.interfaces import analysis

        return analysis.list_themes()[0].id

    email, alert_id, theme_id = live_server.run(setup)
    page = sized_page
    audit = Audit(page)
    StaffPages(page).sign_in(email)
    page.goto("/staff/")
    audit("staff home")
    page.goto("/staff/alerts")
    audit("alerts")
    page.goto(f"/staff/alerts/{alert_id}")
    audit("alert")
    page.check("input[value=no_further_action]")
    page.locator("button:has-text('Record the outcome')").click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("alert, outcome without a reason")
    page.goto("/staff/themes")
    audit("themes")
    page.goto("/staff/themes/new")
    audit("new theme")
    page.locator("button:has-text('Save theme')").click()
    page.wait_for_load_state()
    assert page.locator(".govuk-error-summary").count()
    audit("new theme, errors")
    page.goto(f"/staff/themes/{theme_id}")
    audit("edit theme")
    page.goto("/staff/users")
    audit("users")
    audit.assert_clean()


def test_board_pages(sized_page: Any, live_server: LiveServer) -> None:
    from feedback.data.interfaces import catalogue, responses
    from feedback.data.types import Role
    from feedback.extensions import db
    from feedback.safeguarding import process_submission
    from tests.factories import make_collection, make_user

    def setup() -> str:
        board = make_user(Role.BOARD)
        owner = make_user()
        for slug, answers in [
            (
                "cp-conference-parent",
                {
                    "report_in_time": "no",
                    "overall": "good",
                    "went_well": "The chair listened to us and explained the plan in plain words",
                },
            ),
            (
                "cidva-child",
                {
                    "difference": ["happier"],
                    "sessions_feel": "great",
                    "helped_most": "Talking to my worker helped me feel calmer",
                },
            ),
        ]:
            collection = make_collection(owner, slug=slug)
            version = catalogue.latest_version(collection.form_id)
            assert version is not None
            spec = catalogue.spec_for(version)
            for day in range(1, 8):
                response = responses.store_response(
                    collection, version, spec, answers, datetime(2025, 11, day, 10, tzinfo=UTC)
                )
                db.session.flush()
                process_submission(response, spec)
        db.session.commit()
        return board.email

    email = live_server.run(setup)
    page = sized_page
    audit = Audit(page)
    StaffPages(page).sign_in(email)
    page.goto("/board/")
    audit("board, no filter")
    page.goto("/board/?period=2025-26-Q3&form=cp-conference-parent&conference=review")
    audit("board, filtered")
    page.goto("/board/?from=2025-10-15&to=2025-11-20")
    audit("board, own dates widened to whole months")
    page.goto("/board/?form=cidva-child")
    audit("board, child form")
    page.goto("/board/?period=2025-27")
    assert page.locator(".govuk-error-summary").count()
    audit("board, bad filter")
    page.goto("/board/themes/listened_to?period=2025-26-Q3")
    audit("board theme page")
    audit.assert_clean()
