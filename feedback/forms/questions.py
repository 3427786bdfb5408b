"""One handler per question type: each builds a WTForms field and the GOV.UK macro params
that render it. A page's form class is assembled from its questions here, never by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovRadioInput,
    GovSelect,
    GovTextInput,
)
from markupsafe import Markup
from wtforms import Field, StringField, TextAreaField
from wtforms.validators import Email, InputRequired, Length, Optional

from feedback.catalogue.schema import Question, QuestionType
from feedback.forms import messages
from feedback.forms.faces import face_svg
from feedback.forms.fields import (
    ChoiceCheckboxField,
    ChoiceRadioField,
    ChoiceSelectField,
    clean_text,
)

Answer = str | list[str]


def _presence(question: Question, child: bool) -> list[Any]:
    if question.required:
        return [InputRequired(message=messages.required(question, child=child))]
    return [Optional()]


def _choices(question: Question) -> list[tuple[str, str]]:
    return [(o.value, o.label) for o in question.options]


def _radio_field(question: Question, child: bool) -> Field:
    return ChoiceRadioField(
        question.text,
        description=question.hint or "",
        choices=_choices(question),
        validators=_presence(question, child),
        widget=GovRadioInput(),
        not_offered=messages.not_offered(question, child=child),
    )


def _checkbox_field(question: Question, child: bool) -> Field:
    exclusive_label = question.label_for(question.exclusive) if question.exclusive else ""
    return ChoiceCheckboxField(
        question.text,
        description=question.hint or "",
        choices=_choices(question),
        validators=_presence(question, child),
        widget=GovCheckboxesInput(),
        exclusive=question.exclusive,
        clash=messages.exclusive_clash(question, exclusive_label, child=child),
        not_offered=messages.not_offered(question, child=child),
    )


def _select_field(question: Question, child: bool) -> Field:
    return ChoiceSelectField(
        question.text,
        description=question.hint or "",
        choices=[("", "Choose an answer"), *_choices(question)],
        validators=_presence(question, child),
        widget=GovSelect(),
        not_offered=messages.not_offered(question, child=child),
    )


def _text_field(question: Question, child: bool) -> Field:
    return StringField(
        question.text,
        description=question.hint or "",
        validators=[
            *_presence(question, child),
            Length(max=question.max_length, message=messages.too_long(question, child=child)),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )


def _long_text_field(question: Question, child: bool) -> Field:
    return TextAreaField(
        question.text,
        description=question.hint or "",
        validators=[
            *_presence(question, child),
            Length(max=question.max_length, message=messages.too_long(question, child=child)),
        ],
        widget=GovCharacterCount(),
        filters=[clean_text],
    )


def _email_field(question: Question, child: bool) -> Field:
    return StringField(
        question.text,
        description=question.hint or "",
        validators=[
            Optional(),
            Length(max=question.max_length, message=messages.too_long(question, child=child)),
            Email(message=messages.EMAIL_INVALID, check_deliverability=False),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )


FIELD_HANDLERS: dict[QuestionType, Callable[[Question, bool], Field]] = {
    QuestionType.SINGLE_CHOICE: _radio_field,
    QuestionType.YES_PARTLY_NO: _radio_field,
    QuestionType.RATING5: _radio_field,
    QuestionType.FACES5: _radio_field,
    QuestionType.CONFIDENCE5: _radio_field,
    QuestionType.MULTIPLE_CHOICE: _checkbox_field,
    QuestionType.SELECT: _select_field,
    QuestionType.SHORT_TEXT: _text_field,
    QuestionType.LONG_TEXT: _long_text_field,
    QuestionType.EMAIL: _email_field,
}


_FACE_ITEM = '<span class="app-face">{svg}<span class="app-face__word">{word}</span></span>'


def render_params(question: Question, *, as_heading: bool, child: bool) -> dict[str, Any]:
    """The GOV.UK macro params for one question, merged over what govuk-frontend-wtf maps."""
    heading_classes = "govuk-fieldset__legend--l" if as_heading else "govuk-fieldset__legend--m"
    params: dict[str, Any] = {}
    if question.is_choice and question.type != QuestionType.SELECT:
        params["fieldset"] = {
            "legend": {
                "text": question.text,
                "isPageHeading": as_heading,
                "classes": heading_classes,
            }
        }
        if question.type in {QuestionType.YES_PARTLY_NO} and not child:
            params["classes"] = "govuk-radios--inline"
        if question.type == QuestionType.FACES5:
            params["classes"] = "app-faces"
            # Markup.format escapes the word; the SVG is our own constant drawing.
            face_item = Markup(_FACE_ITEM)  # noqa: S704
            params["items"] = [
                {"html": face_item.format(svg=face_svg(option.value), word=option.label)}
                for option in question.options
            ]
        if question.exclusive:
            params["items"] = [
                {"behaviour": "exclusive"} if o.value == question.exclusive else {}
                for o in question.options
            ]
    else:
        label_classes = "govuk-label--l" if as_heading else "govuk-label--m"
        params["label"] = {
            "text": question.text,
            "isPageHeading": as_heading,
            "classes": label_classes,
        }
        if question.type == QuestionType.LONG_TEXT:
            params["maxlength"] = question.max_length
            params["rows"] = 6 if child else 5
        if question.type == QuestionType.EMAIL:
            params.update({"type": "email", "autocomplete": "email", "spellcheck": False})
        if question.type == QuestionType.SHORT_TEXT:
            params["classes"] = "govuk-!-width-two-thirds"
    return params


def follow_up_question(question: Question, answer_label: str) -> Question:
    """The 'why?' that follows a Poor, Terrible or No: an optional long text question."""
    assert question.follow_up is not None
    context = f"You answered ‘{answer_label}’ to: {question.short}"
    hint = f"{context}. {question.follow_up.hint}" if question.follow_up.hint else context
    return Question(
        id=question.follow_up_id,
        type=QuestionType.LONG_TEXT,
        text=question.follow_up.text,
        hint=hint,
        required=False,
        options=(),
        exclusive=None,
        follow_up=None,
        short=f"{question.short} – why",
    )


def build_form_class(questions: Sequence[Question], *, child: bool) -> type[FlaskForm]:
    """A FlaskForm subclass with one field per question, named by the question id."""
    attrs: dict[str, Any] = {}
    for question in questions:
        attrs[question.id] = FIELD_HANDLERS[question.type](question, child)
    return type("PageForm", (FlaskForm,), attrs)


def form_answers(form: FlaskForm, questions: Sequence[Question]) -> dict[str, Answer]:
    """The answers a validated form holds, leaving out skipped questions."""
    answers: dict[str, Answer] = {}
    for question in questions:
        data = form[question.id].data
        if question.type == QuestionType.MULTIPLE_CHOICE:
            if data:
                answers[question.id] = [o.value for o in question.options if o.value in data]
        elif data not in (None, ""):
            answers[question.id] = str(data)
    return answers


def form_data_from_answers(
    answers: dict[str, Answer], questions: Sequence[Question]
) -> dict[str, Any]:
    """Pre-fill values for a page, from answers already saved in the draft."""
    return {q.id: answers[q.id] for q in questions if q.id in answers}
