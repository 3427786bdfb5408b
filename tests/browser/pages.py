"""Page objects for the respondent journey and the staff pages.

They use only what a respondent sees: GOV.UK radios, checkboxes, selects, text inputs,
textareas and the one submit button on each page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.factories import PASSWORD

# Answers that ask for a "why?" page where the question has one; tried in this order.
NEGATIVE = ("No", "Poor", "Terrible", "Not good", "Awful")
# Answers that never ask for a "why?" page.
POSITIVE = ("Yes", "Very good", "Good", "Great")

MAIN = "#main-content"
SUBMIT = f"{MAIN} form [type=submit]"


@dataclass
class Strategy:
    """How to answer a page: which radio label to prefer, and what to type."""

    prefer: Sequence[str] = ()
    text: str = "It was fine."
    email: str = "someone@example.org"
    checkboxes: int = 1
    fill_text: bool = True


FIRST = Strategy()
NEGATIVE_ANSWERS = Strategy(prefer=NEGATIVE, text="Nobody listened to me.")
POSITIVE_ANSWERS = Strategy(prefer=POSITIVE)
SKIP_TEXT = Strategy(fill_text=False)


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class RespondentJourney:
    page: Any
    visited: list[str] = field(default_factory=list)

    # -- where we are -------------------------------------------------------------------
    @property
    def path(self) -> str:
        return re.sub(r"^https?://[^/]+", "", self.page.url)

    def on_question_page(self) -> bool:
        return "/q/" in self.path

    def on_check_page(self) -> bool:
        return self.path.rstrip("/").endswith("/check")

    def on_thanks_page(self) -> bool:
        return self.path.rstrip("/").endswith("/thanks")

    def heading(self) -> str:
        return _words(self.page.locator("h1").first.inner_text())

    def error_summary(self) -> str:
        summary = self.page.locator(".govuk-error-summary")
        return _words(summary.inner_text()) if summary.count() else ""

    # -- actions --------------------------------------------------------------------------
    def open(self, path: str = "/") -> None:
        self.page.goto(path)
        self.visited.append(self.path)

    def enter_code(self, code: str) -> None:
        self.open("/")
        self.page.fill("input[name=code]", code)
        self.continue_()

    def start(self) -> None:
        self.page.locator(SUBMIT).click()
        self.page.wait_for_load_state()
        self.visited.append(self.path)

    def continue_(self) -> None:
        buttons = self.page.locator(SUBMIT)
        assert buttons.count() == 1, f"expected one submit button on {self.path}"
        buttons.click()
        self.page.wait_for_load_state()
        self.visited.append(self.path)

    def answer_current_page(self, strategy: Strategy = FIRST) -> None:
        """Fill whatever GOV.UK inputs the page shows."""
        main = self.page.locator(MAIN)
        for group in main.locator(".govuk-radios").all():
            self._choose_radio(group, strategy.prefer)
        for group in main.locator(".govuk-checkboxes").all():
            boxes = group.locator(".govuk-checkboxes__input")
            for i in range(min(strategy.checkboxes, boxes.count())):
                boxes.nth(i).check()
        for select in main.locator("select.govuk-select").all():
            values = [
                v
                for v in select.locator("option").evaluate_all(
                    "options => options.map(o => o.value)"
                )
                if v
            ]
            select.select_option(values[0])
        if strategy.fill_text:
            for area in main.locator("textarea.govuk-textarea").all():
                area.fill(strategy.text)
            for box in main.locator("input.govuk-input").all():
                kind = box.get_attribute("type") or "text"
                box.fill(strategy.email if kind == "email" else strategy.text)

    def _choose_radio(self, group: Any, prefer: Sequence[str]) -> None:
        items = group.locator(".govuk-radios__item")
        labels = [_words(t) for t in items.locator(".govuk-radios__label").all_inner_texts()]
        index = 0
        for wanted in prefer:
            if wanted in labels:
                index = labels.index(wanted)
                break
        items.nth(index).locator(".govuk-radios__input").check()

    def check_answers(self) -> list[tuple[str, str]]:
        assert self.on_check_page(), self.path
        rows = self.page.locator(".govuk-summary-list__row")
        return [
            (
                _words(row.locator(".govuk-summary-list__key").inner_text()),
                _words(row.locator(".govuk-summary-list__value").inner_text()),
            )
            for row in rows.all()
        ]

    def send(self) -> None:
        assert self.on_check_page(), self.path
        self.continue_()

    def answer_all(
        self,
        strategy: Strategy = FIRST,
        on_page: Callable[[RespondentJourney], None] | None = None,
        limit: int = 40,
    ) -> None:
        """From the start page, answer every question page until the check page."""
        self.start()
        for _ in range(limit):
            if not self.on_question_page():
                break
            if on_page is not None:
                on_page(self)
            self.answer_current_page(strategy)
            self.continue_()
            error = self.error_summary()
            assert not error, f"{self.path}: {error}"
        assert self.on_check_page(), f"expected the check page, on {self.path}"

    def complete(self, code: str, strategy: Strategy = FIRST) -> None:
        self.enter_code(code)
        self.answer_all(strategy)
        self.check_answers()
        self.send()
        assert self.on_thanks_page(), self.path


@dataclass
class StaffPages:
    page: Any

    def sign_in(self, email: str, password: str = PASSWORD) -> None:
        self.page.goto("/staff/sign-in")
        self.page.fill("input[name=email]", email)
        self.page.fill("input[name=password]", password)
        self.page.locator(SUBMIT).click()
        self.page.wait_for_load_state()
        assert "/staff/sign-in" not in self.page.url, "sign-in failed"
