"""Choice fields whose 'not one of the options' error is a specific, readable message."""

from __future__ import annotations

import re
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


# C0 and C1 control characters other than tab, line feed and carriage return, plus the
# Unicode noncharacters: none belongs in an answer, and HTML cannot carry them.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


def clean_text(value: Any) -> Any:
    """Strip the ends and drop control characters; leave non-text values alone."""
    if not isinstance(value, str):
        return value
    return _CONTROL.sub("", value.replace("\r\n", "\n")).strip()
