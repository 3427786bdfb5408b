"""The fixed respondent forms: code entry, start, and send."""

from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovSubmitInput, GovTextInput
from wtforms import HiddenField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from feedback.forms import messages
from feedback.forms.fields import clean_text


class CodeForm(FlaskForm):
    code = StringField(
        "Enter your code",
        description=(
            "It is 6 letters and numbers. You can find it on the card or screen you were given."
        ),
        validators=[
            DataRequired(message=messages.CODE_MISSING),
            Length(max=20, message=messages.CODE_FORMAT),
        ],
        widget=GovTextInput(),
        filters=[clean_text],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())


class StartForm(FlaskForm):
    submit = SubmitField("Start", widget=GovSubmitInput())


class SendForm(FlaskForm):
    submission_id = HiddenField()
    submit = SubmitField("Send my answers", widget=GovSubmitInput())
