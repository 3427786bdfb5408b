"""Whole journeys through a real browser: keyboard only, every form, touch targets, read
aloud, exit this page, no third-party requests, and the "why?" page without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.conftest import DESKTOP, PHONE, LiveServer, response_count
from tests.browser.pages import (
    FIRST,
    MAIN,
    NEGATIVE_ANSWERS,
    POSITIVE_ANSWERS,
    RespondentJourney,
    Strategy,
)

pytestmark = pytest.mark.browser

DEFINITIONS = Path(__file__).resolve().parents[2] / "feedback" / "catalogue" / "definitions"
SLUGS = sorted(p.stem for p in DEFINITIONS.glob("*.json"))
MIN_TARGET = 44

FAKE_SPEECH = """
(() => {
  window.__spoken = [];
  const fake = {
    speaking: false,
    speak(utterance) { window.__spoken.push(utterance.text); },
    cancel() {},
    getVoices() { return []; },
  };
  Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true});
  window.SpeechSynthesisUtterance = class {
    constructor(text) { this.text = text; }
  };
})();
"""

NO_SPEECH = """
(() => {
  delete Window.prototype.speechSynthesis;
  Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true});
  delete window.speechSynthesis;
  window.SpeechSynthesisUtterance = undefined;
})();
"""


# -- keyboard only ----------------------------------------------------------------------


def _focused(page: Any, selector: str) -> bool:
    return bool(
        page.evaluate(
            "s => !!document.activeElement && document.activeElement.matches(s)", selector
        )
    )


def _tab_to(page: Any, selector: str, limit: int = 40) -> None:
    """Press Tab until the focused element matches selector."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if _focused(page, selector):
            return
    active = page.evaluate("() => document.activeElement && document.activeElement.outerHTML")
    raise AssertionError(f"Tab never reached {selector}; focus is on {active}")


def _press_and_wait(page: Any, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def _keyboard_answer(page: Any) -> None:
    """Answer the current question page with the keyboard and move on."""
    main = page.locator(MAIN)
    if main.locator(".govuk-radios__input").count():
        _tab_to(page, f"{MAIN} .govuk-radios__input")
        # Arrow keys move through a radio group and select as they go.
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
        assert main.locator(".govuk-radios__input:checked").count() == 1
    if main.locator(".govuk-checkboxes__input").count():
        _tab_to(page, f"{MAIN} .govuk-checkboxes__input")
        page.keyboard.press("Space")
        assert main.locator(".govuk-checkboxes__input:checked").count() == 1
    if main.locator("textarea").count():
        _tab_to(page, f"{MAIN} textarea")
        page.keyboard.type("my worker was kind")
    _tab_to(page, f"{MAIN} form [type=submit]")
    _press_and_wait(page, "Enter")


def test_cidva_child_with_the_keyboard_alone(
    phone_page: Any,
    make_collection_code: Callable[[str], str],
    live_server: LiveServer,
) -> None:
    code = make_collection_code("cidva-child")
    page = phone_page
    page.goto("/")
    _tab_to(page, "input[name=code]")
    page.keyboard.type(code.lower())
    _press_and_wait(page, "Enter")
    assert page.url.endswith(f"/c/{code}"), page.url
    _tab_to(page, f"{MAIN} form [type=submit]")
    _press_and_wait(page, "Enter")
    for _ in range(20):
        if "/q/" not in page.url:
            break
        _keyboard_answer(page)
        assert not page.locator(".govuk-error-summary").count(), page.url
    assert page.url.endswith("/check"), page.url
    assert "my worker was kind" in page.locator(".govuk-summary-list").inner_text()
    _tab_to(page, f"{MAIN} form [type=submit]")
    _press_and_wait(page, "Space")
    assert page.url.endswith("/thanks"), page.url
    assert page.locator("h1").inner_text().strip() == "Thank you"
    assert response_count(live_server, code) == 1


# -- every form -------------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_every_form_can_be_completed(
    slug: str,
    page: Any,
    make_collection_code: Callable[[str], str],
    live_server: LiveServer,
) -> None:
    code = make_collection_code(slug)
    journey = RespondentJourney(page)
    journey.complete(code, POSITIVE_ANSWERS)
    assert journey.heading() in {"Thank you", "Your answers have been sent"}
    assert response_count(live_server, code) == 1


# -- touch targets ----------------------------------------------------------------------


def _union(*boxes: dict[str, float]) -> dict[str, float]:
    left = min(b["x"] for b in boxes)
    top = min(b["y"] for b in boxes)
    right = max(b["x"] + b["width"] for b in boxes)
    bottom = max(b["y"] + b["height"] for b in boxes)
    return {"width": right - left, "height": bottom - top}


def _small_targets(page: Any) -> list[str]:
    small = []
    for kind in ("radios", "checkboxes"):
        for item in page.locator(f"{MAIN} .govuk-{kind}__item").all():
            box = _union(
                item.locator(f".govuk-{kind}__input").bounding_box(),
                item.locator(f".govuk-{kind}__label").bounding_box(),
            )
            if box["width"] < MIN_TARGET or box["height"] < MIN_TARGET:
                small.append(f"{kind} item {item.inner_text().strip()!r}: {box}")
    buttons = page.locator(
        "button:visible, .govuk-button:visible, input[type=submit]:visible, "
        ".govuk-exit-this-page__button:visible"
    )
    for button in buttons.all():
        box = button.bounding_box()
        if box["width"] < MIN_TARGET or box["height"] < MIN_TARGET:
            small.append(f"button {button.inner_text().strip()!r}: {box}")
    return small


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "320px"])
def test_child_touch_targets_are_at_least_44px(
    viewport: dict[str, int],
    new_context: Callable[..., Any],
    make_collection_code: Callable[[str], str],
) -> None:
    code = make_collection_code("cidva-child")
    context = new_context(viewport)
    context.add_init_script(FAKE_SPEECH)  # so the read-aloud button shows and is measured
    page = context.new_page()
    journey = RespondentJourney(page)
    journey.enter_code(code)
    journey.start()
    small: list[str] = []
    measured = 0
    while journey.on_question_page():
        assert page.locator("[data-module=app-read-aloud]").is_visible()
        measured += page.locator(
            f"{MAIN} .govuk-radios__item, {MAIN} .govuk-checkboxes__item"
        ).count()
        small += [f"{journey.path}: {s}" for s in _small_targets(page)]
        journey.answer_current_page(FIRST)
        journey.continue_()
    assert measured >= 10, "expected to measure the faces, checkboxes and radios"
    assert not small, "touch targets under 44x44 CSS px:\n" + "\n".join(small)


# -- read aloud -------------------------------------------------------------------------


def _first_child_question(
    new_context: Callable[..., Any], code: str, **options: Any
) -> tuple[Any, RespondentJourney]:
    context = new_context(PHONE, **options)
    page = context.new_page()
    journey = RespondentJourney(page)
    journey.enter_code(code)
    journey.start()
    assert journey.path.endswith("/q/1"), journey.path
    return context, journey


def test_read_aloud_speaks_the_question(
    new_context: Callable[..., Any], make_collection_code: Callable[[str], str]
) -> None:
    code = make_collection_code("cidva-child")
    context = new_context(PHONE)
    context.add_init_script(FAKE_SPEECH)
    page = context.new_page()
    journey = RespondentJourney(page)
    journey.enter_code(code)
    journey.start()
    button = page.locator('[data-module="app-read-aloud"]')
    assert button.is_visible()
    heading = journey.heading()
    button.click()
    spoken = page.evaluate("() => window.__spoken")
    assert len(spoken) == 1
    assert heading in spoken[0], (heading, spoken[0])
    assert button.get_attribute("aria-pressed") == "true"


def test_read_aloud_is_hidden_where_the_browser_cannot_speak(
    new_context: Callable[..., Any], make_collection_code: Callable[[str], str]
) -> None:
    code = make_collection_code("cidva-child")
    context = new_context(PHONE)
    context.add_init_script(NO_SPEECH)
    page = context.new_page()
    journey = RespondentJourney(page)
    journey.enter_code(code)
    journey.start()
    assert page.evaluate("() => typeof window.SpeechSynthesisUtterance") != "function"
    assert page.locator('[data-module="app-read-aloud"]').is_hidden()


def test_without_javascript_read_aloud_is_hidden_and_the_form_works(
    new_context: Callable[..., Any], make_collection_code: Callable[[str], str]
) -> None:
    code = make_collection_code("cidva-child")
    _, journey = _first_child_question(new_context, code, java_script_enabled=False)
    page = journey.page
    assert page.locator('[data-module="app-read-aloud"]').count() == 1
    assert page.locator('[data-module="app-read-aloud"]').is_hidden()
    journey.answer_current_page(POSITIVE_ANSWERS)
    journey.continue_()
    assert journey.path.endswith("/q/2"), journey.path


# -- exit this page ---------------------------------------------------------------------


@pytest.mark.parametrize("slug", SLUGS)
def test_exit_this_page_only_on_domestic_abuse_forms(
    slug: str, page: Any, make_collection_code: Callable[[str], str]
) -> None:
    code = make_collection_code(slug)
    journey = RespondentJourney(page)
    journey.enter_code(code)
    pages_checked = {"start": page.locator(".govuk-exit-this-page").count()}
    journey.start()
    pages_checked["question"] = page.locator(".govuk-exit-this-page").count()
    expected = 1 if slug in {"cidva-child", "cidva-parent"} else 0
    assert pages_checked == {"start": expected, "question": expected}
    if expected:
        assert page.locator(".govuk-exit-this-page__button").is_visible()


# -- privacy ----------------------------------------------------------------------------


def test_a_child_journey_makes_no_third_party_requests(
    page: Any, make_collection_code: Callable[[str], str], live_server: LiveServer
) -> None:
    code = make_collection_code("cidva-child")
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    RespondentJourney(page).complete(code, NEGATIVE_ANSWERS)
    assert len(seen) > 10
    elsewhere = [
        url for url in seen if not url.startswith("data:") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert not elsewhere, elsewhere


# -- "why?" without JavaScript ----------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "trigger", "other"),
    [
        ("cp-conference-parent", "No", "Yes"),  # yes_partly_no
        ("cidva-parent", "Poor", "Good"),  # rating5
    ],
)
def test_why_page_works_without_javascript(
    slug: str,
    trigger: str,
    other: str,
    new_context: Callable[..., Any],
    make_collection_code: Callable[[str], str],
) -> None:
    code = make_collection_code(slug)
    context = new_context(DESKTOP, java_script_enabled=False)
    journey = RespondentJourney(context.new_page())
    journey.enter_code(code)
    journey.start()
    # Walk to the first page whose question asks "why?" after the trigger answer.
    for _ in range(12):
        journey.answer_current_page(_only(trigger))
        journey.continue_()
        if journey.path.endswith("-why"):
            break
    else:
        raise AssertionError(f"no 'why?' page after answering {trigger!r}")
    why_key = journey.path.rsplit("/", 1)[-1]
    question_key = why_key.removesuffix("-why")
    assert journey.page.locator("textarea").count() >= 1
    hint = journey.page.locator(".govuk-hint").first.inner_text()
    assert trigger in hint, hint
    journey.answer_current_page(FIRST)
    journey.continue_()
    assert journey.path.endswith(f"/q/{int(question_key) + 1}"), journey.path

    # Change the answer to one that does not ask why: the next page follows directly.
    journey.open(f"/c/{code}/q/{question_key}")
    journey.answer_current_page(_only(other))
    journey.continue_()
    assert journey.path.endswith(f"/q/{int(question_key) + 1}"), journey.path
    response = journey.page.goto(f"/c/{code}/q/{why_key}")
    assert response is not None and response.status == 404
    assert journey.heading() == "Page not found"


def _only(label: str) -> Strategy:
    """Choose this radio label wherever it is offered; tick and type nothing."""
    return Strategy(prefer=(label,), fill_text=False, checkboxes=0)
