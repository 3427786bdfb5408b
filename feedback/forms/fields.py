"""Choice fields whose 'not one of the options' error is a specific, readable message."""

from __future__ import annotations

from typing import Any

from wtforms import RadioField, SelectField, SelectMultipleField
from wtforms.validators import ValidationError


class _NotOfferedMessage:
    def __init__(self, *args: Any, not_offered: str = "Select one of the options", **kw: Any):
        super().__init__(*args, **kw)  # type: ignore[call-arg]
        self.not_offered = not_offered

    def pre_validate(self, form: Any) -> None:
        try:
            super().pre_validate(form)  # type: ignore[misc]
        except ValidationError as exc:
            raise ValidationError(self.not_offered) from exc


class ChoiceRadioField(_NotOfferedMessage, RadioField):
    pass


class ChoiceSelectField(_NotOfferedMessage, SelectField):
    pass


class ChoiceCheckboxField(_NotOfferedMessage, SelectMultipleField):
    """Checkboxes that can also refuse a 'none of these' option ticked beside others."""

    def __init__(self, *args: Any, exclusive: str | None = None, clash: str = "", **kw: Any):
        super().__init__(*args, **kw)
        self.exclusive = exclusive
        self.clash_message = clash

    def pre_validate(self, form: Any) -> None:
        super().pre_validate(form)
        if self.exclusive and self.data and self.exclusive in self.data and len(self.data) > 1:
            raise ValidationError(self.clash_message)
