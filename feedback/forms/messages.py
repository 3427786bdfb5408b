"""Every error message a person can see, in one place, specific to the question asked.

Child messages use plain words; the rest follow GOV.UK error-message patterns.
"""

from __future__ import annotations

from feedback.catalogue.schema import Question, QuestionType


def _subject(question: Question) -> str:
    """Lower-case the first letter of the short wording, so it reads inside a sentence."""
    text = question.short.rstrip("?:. ")
    return text[:1].lower() + text[1:]


def required(question: Question, *, child: bool) -> str:
    if child:
        if question.type in {QuestionType.MULTIPLE_CHOICE}:
            return "Tick at least one box"
        if question.is_text:
            return "Write an answer in the box"
        return "Choose one answer"
    if question.type == QuestionType.MULTIPLE_CHOICE:
        return f"Select all that apply for {_subject(question)}"
    if question.type == QuestionType.SELECT:
        return f"Select an answer for {_subject(question)}"
    if question.is_text:
        return f"Enter an answer for {_subject(question)}"
    return f"Select an answer for {_subject(question)}"


def not_offered(question: Question, *, child: bool) -> str:
    if child:
        return "Choose one of the answers shown"
    return f"Select one of the answers shown for {_subject(question)}"


def too_long(question: Question, *, child: bool) -> str:
    limit = f"{question.max_length:,}"
    if child:
        return f"Your answer is too long. Use {limit} letters or fewer"
    return f"Your answer must be {limit} characters or fewer"


def exclusive_clash(question: Question, option_label: str, *, child: bool) -> str:
    if child:
        return f"You ticked '{option_label}' and other boxes. Choose one or the other"
    return f"Select '{option_label}' on its own, or untick it"


EMAIL_INVALID = "Enter an email address in the correct format, like name@example.com"
CODE_MISSING = "Enter your code"
CODE_FORMAT = "Your code is 6 letters and numbers, like KTM4RW"
CODE_UNKNOWN = (
    "We cannot find that code. Check it and try again, or ask the person who gave it to you"
)
CODE_CLOSED = (
    "This form is closed. Ask the person who gave you the code if you still want to answer"
)
CODE_NOT_OPEN = "This form is not open yet. Ask the person who gave you the code when it opens"
SUBMISSION_TAMPERED = (
    "We could not send your answers because the page was changed. Go back and try again"
)

SIGN_IN_EMAIL_MISSING = "Enter your email address"
SIGN_IN_PASSWORD_MISSING = "Enter your password"
SIGN_IN_FAILED = "Enter a correct email address and password"

TITLE_MISSING = "Enter a title for the collection"
TITLE_TOO_LONG = "Title must be 200 characters or fewer"
FORM_MISSING = "Select which form to use"
CONFERENCE_TYPE_MISSING = "Select whether these are initial or review conferences"
DATE_ORDER = "The closing date must be the same as or after the opening date"
DATE_INVALID = "Enter a real date, like 14 1 2026"
TRAINER_TOO_LONG = "Trainer name must be 200 characters or fewer"

USER_EMAIL_TAKEN = "There is already a staff account with that email address"
PASSWORD_TOO_SHORT = "Password must be 12 characters or more"
ROLE_MISSING = "Select a role"

ALERT_OUTCOME_MISSING = "Select the action that was taken"
NFA_REASON_MISSING = "Give the reason for no further action"
NOTES_TOO_LONG = "Notes must be 5,000 characters or fewer"
THEME_LABEL_MISSING = "Enter a name for the theme"
THEME_TERMS_MISSING = "Enter at least one trigger term or phrase"
THEME_TERMS_TOO_LONG = "Trigger terms must be 20,000 characters or fewer in all"
THEME_SLUG_MISSING = "Enter a short name for the theme"
THEME_SLUG_FORMAT = "Short name must be 2 to 63 lower-case letters, numbers or underscores"
THEME_SLUG_TAKEN = "There is already a theme with that short name"
