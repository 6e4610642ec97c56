from __future__ import annotations

from enum import Enum


class Color(str, Enum):
    """Color values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    RED = "red"
    GREEN = "green"
    DARK_BLUE = "dark-blue"
    VALUE_1ST = "1st"
    CLASS = "class"
    VALUE = ""

    @classmethod
    def _missing_(cls, value: object) -> Color | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
