"""WTForms for staff pages, rendered through govuk-frontend-wtf."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCharacterCount,
    GovCheckboxesInput,
    GovDateInput,
    GovPasswordInput,
    GovRadioInput,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import DateField, PasswordField, StringField, SubmitField, TextAreaField
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    Optional,
    Regexp,
    ValidationError,
)

from feedback.data.types import AlertOutcome, ConferenceType, CourseType, Role
from feedback.forms import messages
from feedback.forms.fields import ChoiceCheckboxField, ChoiceRadioField, clean_text


class SignInForm(FlaskForm):
    email = StringField(
        "Email address",
        validators=[InputRequired(message=messages.SIGN_IN_EMAIL_MISSING), Length(max=254)],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    password = PasswordField(
        "Password",
        validators=[InputRequired(message=messages.SIGN_IN_PASSWORD_MISSING), Length(max=1024)],
        widget=GovPasswordInput(),
    )
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class ChooseFormForm(FlaskForm):
    form_slug = ChoiceRadioField(
        "Which form do you want to use?",
        validators=[InputRequired(message=messages.FORM_MISSING)],
        widget=GovRadioInput(),
        not_offered=messages.FORM_MISSING,
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class _UKDateField(DateField):
    """Day, month and year boxes that give a plain-English error for an impossible date."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("format", "%d %m %Y")
        kwargs.setdefault("widget", GovDateInput())
        super().__init__(*args, **kwargs)

    def process_formdata(self, valuelist: list[Any]) -> None:
        # The widget re-renders exactly three boxes, so keep exactly three raw values.
        parts = [str(v or "").strip() for v in valuelist][:3]
        parts += [""] * (3 - len(parts))
        self.raw_data = parts
        self.data = None
        if not any(parts):
            return
        try:
            super().process_formdata([" ".join(parts)])
        except ValueError as exc:
            raise ValueError(messages.DATE_INVALID) from exc
        if self.data is None:
            raise ValueError(messages.DATE_INVALID)


class CollectionForm(FlaskForm):
    title = StringField(
        "Title",
        description="For example, ‘Review CP conferences, spring’ or "
        "‘Working Together 1-day course, 14 Jan 2026’",
        validators=[
            DataRequired(message=messages.TITLE_MISSING),
            Length(max=200, message=messages.TITLE_TOO_LONG),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    conference_type = ChoiceRadioField(
        "Which conferences is this for?",
        choices=[(c.value, c.label) for c in ConferenceType],
        validators=[Optional()],
        widget=GovRadioInput(),
        not_offered=messages.CONFERENCE_TYPE_MISSING,
    )
    trainer_name = StringField(
        "Trainer",
        validators=[Optional(), Length(max=200, message=messages.TRAINER_TOO_LONG)],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    course_type = ChoiceRadioField(
        "Course type",
        choices=[(c.value, c.label) for c in CourseType],
        validators=[Optional()],
        widget=GovRadioInput(),
        not_offered="Select face-to-face or e-learning",
    )
    opens_on = _UKDateField(
        "Opening date (optional)",
        description="Answers are taken from this date. For example, 14 1 2026",
        validators=[Optional()],
    )
    closes_on = _UKDateField(
        "Closing date (optional)",
        description="Answers are not taken after this date",
        validators=[Optional()],
    )
    leads = ChoiceCheckboxField(
        "Safeguarding leads for this collection (optional)",
        description="They get any safeguarding alert from it. If you choose nobody, every "
        "safeguarding lead gets it.",
        validators=[Optional()],
        widget=GovCheckboxesInput(),
        not_offered="Select leads from the list",
    )
    submit = SubmitField("Create collection", widget=GovSubmitInput())

    def validate_closes_on(self, field: Any) -> None:
        if field.data and self.opens_on.data and field.data < self.opens_on.data:
            raise ValidationError(messages.DATE_ORDER)


class UserForm(FlaskForm):
    email = StringField(
        "Email address",
        validators=[
            InputRequired(message=messages.SIGN_IN_EMAIL_MISSING),
            Length(max=254),
            Email(message=messages.EMAIL_INVALID, check_deliverability=False),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    full_name = StringField(
        "Full name", validators=[Optional(), Length(max=200)], widget=GovTextInput()
    )
    role = ChoiceRadioField(
        "Role",
        choices=[(r.value, r.label) for r in Role],
        validators=[InputRequired(message=messages.ROLE_MISSING)],
        widget=GovRadioInput(),
        not_offered=messages.ROLE_MISSING,
    )
    password = PasswordField(
        "Password",
        description="At least 12 characters. Give it to them in person or by phone, not by email.",
        validators=[
            InputRequired(message=messages.PASSWORD_TOO_SHORT),
            Length(min=12, max=1024, message=messages.PASSWORD_TOO_SHORT),
        ],
        widget=GovPasswordInput(),
    )
    submit = SubmitField("Create account", widget=GovSubmitInput())


class ActionForm(FlaskForm):
    """A bare form for POST-only buttons: it carries the CSRF token and nothing else."""


class AlertOutcomeForm(FlaskForm):
    outcome = ChoiceRadioField(
        "What action was taken?",
        choices=[(o.value, o.label) for o in AlertOutcome],
        validators=[InputRequired(message=messages.ALERT_OUTCOME_MISSING)],
        widget=GovRadioInput(),
        not_offered=messages.ALERT_OUTCOME_MISSING,
    )
    notes = TextAreaField(
        "Notes",
        description="Needed for no further action: give the reason. Keep to what others "
        "need to know.",
        # No Optional(): it would stop the chain before validate_notes checks the reason.
        validators=[Length(max=5000, message=messages.NOTES_TOO_LONG)],
        widget=GovCharacterCount(),
        filters=[clean_text],
    )
    submit = SubmitField("Record the outcome and close", widget=GovSubmitInput())

    def validate_notes(self, field: Any) -> None:
        if self.outcome.data == AlertOutcome.NO_FURTHER_ACTION.value and not field.data:
            raise ValidationError(messages.NFA_REASON_MISSING)


class ThemeForm(FlaskForm):
    label = StringField(
        "Name",
        validators=[DataRequired(message=messages.THEME_LABEL_MISSING), Length(max=100)],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    description = TextAreaField(
        "What it covers",
        validators=[Optional(), Length(max=1000)],
        widget=GovTextArea(),
        filters=[clean_text],
    )
    terms = TextAreaField(
        "Trigger terms and phrases",
        description="One a line. A word matches in any case; end it with * to match words "
        "that start with it, like listen* for listened and listening. Start a line with ! to "
        "stop the theme where those words appear, like !school holidays.",
        validators=[
            DataRequired(message=messages.THEME_TERMS_MISSING),
            Length(max=20000, message=messages.THEME_TERMS_TOO_LONG),
        ],
        widget=GovTextArea(),
        filters=[clean_text],
    )
    submit = SubmitField("Save theme", widget=GovSubmitInput())


class NewThemeForm(ThemeForm):
    slug = StringField(
        "Short name for reports and exports",
        description="Lower-case letters and underscores, like being_believed. It cannot be "
        "changed later.",
        validators=[
            InputRequired(message=messages.THEME_SLUG_MISSING),
            Regexp(r"^[a-z][a-z0-9_]{1,62}$", message=messages.THEME_SLUG_FORMAT),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )
